/**
 * Texts the developers wrote themselves in the genres of the corpus, each
 * set with its gold written before poimija was first run on it (a README in
 * each folder says what each text exercises): a check of the rules on
 * sentences they were not written against. The figures are printed by
 * `npx poimija eval fixtures/invented` (and invented2 … invented5); no type
 * may fall below its set's floor, which is the set's figure when the floor
 * was set, less a margin of about a document's error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { score, type GoldDocument } from "../src/eval/score.js";

interface Floors {
  times: number;
  events: number;
  people: number;
  bodies: number;
  decisions: number;
  roles: number;
  macro: number;
}

const SETS: Array<[folder: string, documents: number, floors: Floors]> = [
  ["invented", 8, { times: 0.98, events: 0.98, people: 0.98, bodies: 0.95, decisions: 0.98, roles: 0.97, macro: 0.98 }],
  ["invented2", 10, { times: 0.95, events: 0.97, people: 0.98, bodies: 0.9, decisions: 0.97, roles: 0.97, macro: 0.96 }],
  ["invented3", 10, { times: 0.93, events: 0.95, people: 0.98, bodies: 0.83, decisions: 0.96, roles: 0.95, macro: 0.93 }],
  ["invented4", 10, { times: 0.97, events: 0.96, people: 0.98, bodies: 0.95, decisions: 0.96, roles: 0.97, macro: 0.97 }],
  ["invented5", 10, { times: 0.98, events: 0.97, people: 0.98, bodies: 0.93, decisions: 0.98, roles: 0.95, macro: 0.97 }],
];

describe.each(SETS)("invented texts in fixtures/%s", (folder, documents, floors) => {
  const dir = join(import.meta.dirname, "..", "fixtures", folder);
  const docs: GoldDocument[] = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
  const report = score(docs, new Map(docs.map((d) => [d.id, extract(d.text, { referenceDate: d.referenceDate ?? null })])));
  const { macro, ...fields } = floors;

  it("are there", () => expect(docs.length).toBe(documents));
  it.each(Object.entries(fields))("%s F1 stays at or above its floor", (field, floor) => {
    expect(report[field as keyof typeof fields].f1).toBeGreaterThanOrEqual(floor);
  });
  it("macro F1 stays at or above its floor", () => expect(report.macroF1).toBeGreaterThanOrEqual(macro));
});

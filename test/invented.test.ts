/**
 * Texts the developers wrote themselves, after the rules, in the genres of
 * the corpus (meeting news, a webinar programme, minutes, an association's
 * invitation, a decision summary, a press release with a contact block,
 * news of a contested appointment, a programme table): a check of the rules
 * on sentences they were not written against. The figures are printed by
 * `npx poimija eval fixtures/invented`; no type may fall below its floor.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { score, type GoldDocument } from "../src/eval/score.js";

const FLOORS = { times: 0.98, events: 0.95, people: 0.98, bodies: 0.95, decisions: 0.98, roles: 0.95 };

const dir = join(import.meta.dirname, "..", "fixtures", "invented");
const docs: GoldDocument[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
const report = score(docs, new Map(docs.map((d) => [d.id, extract(d.text, { referenceDate: d.referenceDate ?? null })])));

describe("invented texts", () => {
  it("are there", () => expect(docs.length).toBeGreaterThanOrEqual(8));
  it.each(Object.entries(FLOORS))("%s F1 stays at or above its floor", (field, floor) => {
    expect(report[field as keyof typeof FLOORS].f1).toBeGreaterThanOrEqual(floor);
  });
  it("macro F1 stays at or above 0.97", () => expect(report.macroF1).toBeGreaterThanOrEqual(0.97));
});

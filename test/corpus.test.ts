/**
 * The whole fixtures corpus through the pipeline: output validates against
 * the zod schema, spans slice to their text, and no entity type falls below
 * the F1 it has reached (raise the floors as the extractors improve).
 */
import { describe, expect, it } from "vitest";
import { extract, Extraction } from "../src/index.js";
import { score } from "../src/eval/score.js";
import { loadCorpus } from "./helpers.js";

const FLOORS = { times: 0.98, events: 0.98, people: 0.99, bodies: 0.95, decisions: 0.96, roles: 0.94 };
const ACCURACY_FLOORS = { eventTitleAccuracy: 0.94, roleTitleRecall: 0.93, roleOrganizationAccuracy: 0.89, contactAccuracy: 0.95, decisionOutcomeAccuracy: 0.95 };

const docs = loadCorpus();
const outputs = new Map(docs.map((d) => [d.id, extract(d.text, { referenceDate: d.referenceDate ?? null })]));

describe("fixtures corpus", () => {
  it("has the dev documents and the seeds", () => {
    expect(docs.length).toBeGreaterThanOrEqual(28);
  });

  it.each(docs.map((d) => [d.id]))("%s validates against the schema and its spans slice to the text", (id) => {
    const doc = docs.find((d) => d.id === id)!;
    const out = outputs.get(id)!;
    expect(() => Extraction.parse(out)).not.toThrow();
    for (const t of out.times) expect(doc.text.slice(t.span.start, t.span.end)).toBe(t.text);
    for (const d of out.decisions) expect(doc.text.slice(d.span.start, d.span.end)).toBe(d.text);
    for (const p of out.people) for (const m of p.mentions) expect(m.end).toBeGreaterThan(m.start);
    for (const b of out.bodies) for (const m of b.mentions) expect(doc.text.slice(m.start, m.end).length).toBeGreaterThan(1);
  });

  const report = score(docs, outputs);
  it.each(Object.entries(FLOORS))("%s F1 stays at or above its floor", (field, floor) => {
    expect(report[field as keyof typeof FLOORS].f1).toBeGreaterThanOrEqual(floor);
  });
  it.each(Object.entries(ACCURACY_FLOORS))("%s stays at or above its floor", (field, floor) => {
    expect(report[field as keyof typeof ACCURACY_FLOORS]).toBeGreaterThanOrEqual(floor);
  });

  it("gives the same output for the same input, whatever ran before", () => {
    const again = docs.map((d) => extract(d.text, { referenceDate: d.referenceDate ?? null }));
    docs.forEach((d, i) => expect(again[i]).toEqual(outputs.get(d.id)));
  });
});

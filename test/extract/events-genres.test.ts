/**
 * Invented texts of every genre, read whole: their times, events (start, end,
 * kind, title) and decisions (outcome, evidence) as ANNOTATION.md marks them.
 * Titles and evidence are judged as the scorer judges them: a title by the
 * words it shares with the annotator's, a decision by its span overlapping
 * the evidence.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { GENRE_TEXTS } from "./genres/texts.js";

/** A value at minute precision, without its offset. */
const minutes = (v: string | null) => (v ? v.replace(/:00(?:[+-]\d{2}:\d{2}|Z)/g, "") : null);

/** The scorer's title test: the share of the shorter title's words (five letters of each, three letters or more) found in the other. */
function overlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).map((w) => w.slice(0, 5)));
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}

describe.each(GENRE_TEXTS)("$name", ({ text, referenceDate, times, events, decisions }) => {
  const x = extract(text, { referenceDate });

  it("finds every time and nothing else", () => {
    expect(x.times.map((t) => minutes(t.value))).toEqual(times);
  });

  it("finds every event with its start, end, kind and parent", () => {
    expect(x.events.map((e) => [minutes(e.start), minutes(e.end), e.kind, e.parent])).toEqual(events.map(([start, end, kind, , parent]) => [start, end, kind, parent ?? null]));
  });

  it("titles each event with the words an annotator would use", () => {
    const poor = x.events.map((e, i) => [e.title, events[i]?.[3] ?? ""]).filter(([ours, theirs]) => overlap(ours, theirs) < 0.5);
    expect(poor).toEqual([]);
  });

  it("finds every decision with its outcome, its span on the evidence", () => {
    expect(x.decisions).toHaveLength(decisions.length);
    decisions.forEach(([outcome, evidence], i) => {
      const at = text.indexOf(evidence);
      expect(at, evidence).toBeGreaterThanOrEqual(0);
      const d = x.decisions[i];
      expect([d.outcome, d.span.start < at + evidence.length && at < d.span.end], evidence).toEqual([outcome, true]);
    });
  });
});

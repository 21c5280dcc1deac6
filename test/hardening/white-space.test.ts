/**
 * Every character Unicode gives White_Space=yes is white space to the
 * tokenizer and the rules: spaces between words replaced by any of the
 * horizontal ones, or line breaks by any of the vertical ones, leave the
 * extraction of a corpus text the same (each is one UTF-16 unit, so the
 * offsets stay; the surface texts are compared with white space as one space).
 *
 * The tokenizer, the text parser (its lines, trimming and bullets), the
 * Doc's lines, the capital-position test, the time rules and the chrome
 * filter's word lists read white space and line breaks through
 * src/text/chars.ts or compare with every run of white space made one space.
 * Every corpus text is tried.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, type Extraction } from "../../src/index.js";
import { WHITE_SPACE } from "./fuzz.js";

const LINE_BREAKS = new Set(["\n", "\v", "\f", "\r", "\u0085", "\u2028", "\u2029"]);
const HORIZONTAL = WHITE_SPACE.filter((c) => !LINE_BREAKS.has(c));
const VERTICAL = WHITE_SPACE.filter((c) => LINE_BREAKS.has(c) && c !== "\n");

interface Doc {
  text: string;
  referenceDate: string | null;
}

function corpusTexts(): Doc[] {
  const dir = join(import.meta.dirname, "../../fixtures/corpus");
  return readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Doc);
}

const oneSpace = (s: string) => s.replace(/\s+/g, " ");

/** What an extraction found, surface texts with white space made one space. */
function found(r: Extraction) {
  return {
    times: r.times.map((t) => `${t.value} ${JSON.stringify(t.span)}`),
    people: r.people.map((p) => `${oneSpace(p.name)} ${p.roles.map((x) => oneSpace(x.title)).join("|")}`).sort(),
    bodies: r.bodies.map((b) => oneSpace(b.name)).sort(),
    decisions: r.decisions.map((d) => `${d.outcome} ${JSON.stringify(d.span)}`),
    events: r.events.map((e) => `${e.kind} ${e.start}`),
  };
}

describe("every Unicode white-space character is white space", () => {
  const docs = corpusTexts();
  const expected = docs.map((d) => found(extract(d.text, { referenceDate: d.referenceDate, format: "text" })));

  it("the texts name people, bodies and times", () => {
    expect(expected.reduce((n, e) => n + e.people.length + e.bodies.length + e.times.length, 0)).toBeGreaterThan(500);
  });

  const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  for (const c of HORIZONTAL) {
    it(`${code(c)} between words`, () => {
      docs.forEach((d, i) => {
        const text = d.text.replace(/ /g, c);
        expect(found(extract(text, { referenceDate: d.referenceDate, format: "text" }))).toEqual(expected[i]);
      });
    });
  }
  for (const c of VERTICAL) {
    it(`${code(c)} as the line break`, () => {
      docs.forEach((d, i) => {
        const text = d.text.replace(/\n/g, c);
        expect(found(extract(text, { referenceDate: d.referenceDate, format: "text" }))).toEqual(expected[i]);
      });
    });
  }
});

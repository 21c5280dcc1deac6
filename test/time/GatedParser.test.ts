/** chrono's own parsers behind their gates find what they find without them. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as chrono from "chrono-node";
import { createFinnishTimeConfiguration } from "../../src/index.js";
import GatedParser from "../../src/time/fi/parsers/GatedParser.js";

const gated = createFinnishTimeConfiguration().parsers.filter((p): p is GatedParser => p instanceof GatedParser);
const found = (parser: chrono.Parser, text: string) =>
  new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, new Date(2022, 0, 1, 12)).map((r) => `${r.index}:${r.text}`);

describe("GatedParser", () => {
  it("wraps chrono's ISO and day-month parsers", () => {
    expect(gated.map((p) => p.parser.constructor.name).sort()).toEqual(["FIMonthNameLittleEndianParser", "ISOFormatParser"]);
  });

  it("finds in the corpus texts what the parser alone finds", () => {
    const dir = new URL("../../fixtures/corpus/", import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const text: string = JSON.parse(readFileSync(new URL(f, dir), "utf8")).text;
      for (const p of gated) expect(found(p, text)).toEqual(found(p.parser, text));
    }
  });

  it("finds in any mix of dates, month words and punctuation what the parser alone finds", () => {
    const part = fc.constantFrom("1", "12", "2022", "-", "–", ".", " ", "\n", "maaliskuuta", "Tammikuu", "elo", "kesä", "loka", "x", "(", "2022-03-01", "T10:00");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        for (const p of gated) expect(found(p, text)).toEqual(found(p.parser, text));
      }),
    );
  });
});

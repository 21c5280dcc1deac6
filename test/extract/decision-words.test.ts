/** Outcome stems read off a line's tokens agree with the patterns they replace. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outcomeStems, outcomeStemsIn } from "../../src/lexicon/outcome-stems.js";
import { tokenize } from "../../src/text/tokens.js";

const stemsOf = (text: string) => outcomeStems(text, tokenize(text));

// words with outcome stems only where they start, in any case, and words with none
const WORDS = ["päätti", "Hyväksyi", "HYVÄKSYTTIIN", "valittiin", "äänestyksen", "tulos", "tuloksen", "merkitsi", "tiedoksi", "muutoksin", "Pöydälle", "aluehallitus", "EU", "2023", "ja", "ä"];
// and words with stems inside them too (as do words glued to a digit or another word)
const COMPOUNDS = [...WORDS, "MensalaNimitti", "kokousmäärä", "toimintaperusteet", "esityslistan"];
const SEPARATORS = [" ", " ", "-", ", ", "’", ":", " – ", "\u00a0"];
const line = (words: string[], separators: string[]) => words.map((w, i) => (i ? separators[i % separators.length] : "") + w).join("");

describe("outcome stems of a line", () => {
  it("open the gate and tell the outcomes of a span as the patterns do, when stems start words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (words, separators, a, b) => {
        const text = line(words, separators);
        const ours = stemsOf(text);
        const patterns = outcomeStemsIn(text);
        expect(ours.gate).toBe(patterns.gate);
        if (!ours.gate) return;
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        expect(ours.within(from, to)).toBe(patterns.within(from, to));
      }),
    );
  });

  it("find no stem the patterns do not, where stems may lie inside words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...COMPOUNDS), { maxLength: 8 }), fc.array(fc.constantFrom(...SEPARATORS, "2", ""), { minLength: 1, maxLength: 4 }), (words, separators) => {
        const text = line(words, separators);
        const ours = stemsOf(text);
        const patterns = outcomeStemsIn(text);
        if (ours.gate) expect(patterns.gate).toBe(true);
        const bits = ours.within(0, text.length);
        expect(bits & patterns.within(0, text.length)).toBe(bits);
      }),
    );
  });

  it("count a stem only where a word starts", () => {
    // määräsi, perusti and hyväksyi inside compounds are no outcome verbs
    expect(stemsOf("Kokousmäärättiin ja uudelleenperustettiin sekä talousarviohyväksyi").gate).toBe(false);
    expect(outcomeStemsIn("Kokousmäärättiin ja uudelleenperustettiin").gate).toBe(true);
    // but after a hyphen, an apostrophe or a colon a word starts
    expect(stemsOf("EU-hyväksyi").gate).toBe(true);
    expect(stemsOf("äänestyksen tulos").gate).toBe(true);
  });
});

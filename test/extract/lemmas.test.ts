/** The per-document memo of analyses and its shortcuts. */
import { describe, expect, it } from "vitest";
import { Lemmas } from "../../src/morph/fi/lemmas.js";
import { tokenize } from "../../src/text/tokens.js";
import { analyse, WHOLE_WORD } from "../../src/morph/fi/index.js";

describe("Lemmas.hasReading", () => {
  const words = ["Kunnanvaltuusto", "Kunnanvaltuuston", "Valiokunta", "Tilapäisen", "Marmor", "Paahto", "Hallitus", "Päätetään", "Uudenmaan", "hyvinvointialueen", "Ujula", "seminaarin"];

  it("answers as the full analysis does, for every strength asked", () => {
    for (const word of words) {
      for (const strength of [0, 20, WHOLE_WORD]) {
        const expected = analyse(word).some((a) => a.known && a.strength >= strength);
        // a fresh memo takes the shortcut; one that has the analysis reads it
        expect(new Lemmas().hasReading(word, strength), `${word} ≥ ${strength}`).toBe(expected);
        const warm = new Lemmas();
        warm.analyse(word);
        expect(warm.hasReading(word, strength), `${word} ≥ ${strength}, analysed`).toBe(expected);
      }
    }
  });
});

describe("Lemmas.headForms", () => {
  it("reads words of four letters or more that end in a head's form, and nothing else", () => {
    const lemmas = new Lemmas();
    const [kunnan, ja, kokous] = tokenize("lautakunnan ja kokous");
    expect(lemmas.headForms(kunnan).map((r) => r.head)).toContain("lautakunta");
    expect(lemmas.headForms(ja)).toEqual([]);
    expect(lemmas.headForms(kokous)).toEqual(lemmas.forms(kokous));
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { withSurfaceCase } from "../../src/morph/fi/harmony.js";

/** The definition: each letter of the lemma takes the surface's letter where the two agree but for case. */
function byDefinition(surface: string, lemma: string): string {
  let out = "";
  for (let k = 0; k < lemma.length; k++) out += k < surface.length && surface[k].toLowerCase() === lemma[k] ? surface[k] : lemma[k];
  return out;
}

describe("withSurfaceCase", () => {
  it.each([
    ["Sote-jaoston", "sote-jaosto", "Sote-jaosto"],
    ["Melaluodon", "melaluoto", "Melaluoto"],
    ["KESKI-SUOMEN", "keski-suomi", "KESKI-SUOMi"],
    ["ÄÄNEKOSKEN", "äänekoski", "ÄÄNEKOSKi"],
  ])("%s, %s → %s", (surface, lemma, expected) => {
    expect(withSurfaceCase(surface, lemma)).toBe(expected);
  });

  it("agrees with its definition on any letters", () => {
    const letter = fc.constantFrom(..."aAäÄöÖzZßÞþİiıIŸÿ-é", "\u{1d400}");
    const word = fc.array(letter, { maxLength: 10 }).map((a) => a.join(""));
    fc.assert(
      fc.property(word, word, (surface, lemma) => {
        expect(withSurfaceCase(surface, lemma.toLowerCase())).toBe(byDefinition(surface, lemma.toLowerCase()));
        expect(withSurfaceCase(surface, lemma)).toBe(byDefinition(surface, lemma));
      }),
    );
  });
});

/** Surnames in base form, guessed by paradigm and ranked by the DVV statistics. */
import { describe, expect, it } from "vitest";
import { Lemmas } from "../../src/extract/lemmas.js";
import { surnameLemma } from "../../src/extract/names.js";

describe("surnameLemma", () => {
  it.each([
    ["Jokisen", "Jokinen"],
    ["Kinnusen", "Kinnunen"],
    ["Lahtiseen", "Lahtinen"],
    ["Aallon", "Aalto"],
    ["Melaluodon", "Melaluoto"],
    ["Kirvesniemen", "Kirvesniemi"],
    ["Kirvesniemellä", "Kirvesniemi"],
    ["Peltolan", "Peltola"],
    ["Leiviskän", "Leiviskä"],
    ["Ravolainen-Rinteen", "Ravolainen-Rinne"],
    ["Häggille", "Hägg"],
    ["Määttä", "Määttä"],
    ["Korhonen", "Korhonen"],
  ])("%s → %s", (form, lemma) => {
    expect(surnameLemma(form, new Lemmas())).toBe(lemma);
  });

  it("prefers the consonant-final base of a name with a particle", () => {
    expect(surnameLemma("Schevikhovenin", new Lemmas(), true)).toBe("Schevikhoven");
  });
});

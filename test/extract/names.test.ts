/** Surnames in base form, guessed by paradigm and ranked by the DVV statistics. */
import { describe, expect, it } from "vitest";
import { Lemmas } from "../../src/morph/fi/lemmas.js";
import { firstNameRankOf, isFirstName, surnameLemma, surnameRankOf } from "../../src/extract/names.js";
import { tokenize } from "../../src/text/tokens.js";

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

  it("reads a linking -i- after a foreign base that starts with two consonants, not a compound in -ori", () => {
    expect(surnameLemma("Kleynorin", new Lemmas())).toBe("Kleynor");
    expect(surnameLemma("Plenorin", new Lemmas())).toBe("Plenor");
  });

  it("prefers the consonant-final base of a name with a particle", () => {
    expect(surnameLemma("Schevikhovenin", new Lemmas(), true)).toBe("Schevikhoven");
  });
});

describe("isFirstName and the name bands of a token", () => {
  it("reads a token's bands once and answers for double names", () => {
    const [anna, virtanen, kunta, mikael] = tokenize("Anna-Liisa Virtanen Kunta Mikael");
    expect(isFirstName(anna)).toBe(true);
    expect(anna.names).not.toBe(-1); // looked up, and kept on the token
    expect(isFirstName(virtanen)).toBe(false);
    expect(surnameRankOf(virtanen)).toBeGreaterThan(0);
    expect(firstNameRankOf(virtanen)).toBe(0);
    expect(virtanen.names).toBeGreaterThan(0);
    expect(isFirstName(mikael)).toBe(true);
    expect(firstNameRankOf(kunta) + surnameRankOf(kunta)).toBe(0);
  });
});

/** The Finnish lemmatizer over real inflected forms, paradigm by paradigm. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyse, lemmatize, withoutClitic } from "../../src/morph/fi/index.js";

const CASES: Record<string, Array<[string, string]>> = {
  "1–4 (valo, palvelu, valtio, laatikko)": [
    ["aluevaltuuston", "aluevaltuusto"],
    ["yliopistolta", "yliopisto"],
    ["ministeriön", "ministeriö"],
    ["aallon", "aalto"],
    ["päällikön", "päällikkö"],
  ],
  "5–7 (risti, paperi, ovi)": [
    ["sairaanhoitopiirin", "sairaanhoitopiiri"],
    ["sihteeriksi", "sihteeri"],
    ["mäen", "mäki"],
    ["järvellä", "järvi"],
  ],
  "9–10 (kala, koira) with gradation": [
    ["valiokunnan", "valiokunta"],
    ["lautakunnassa", "lautakunta"],
    ["valiokuntaan", "valiokunta"],
    ["kunnissa", "kunta"],
    ["ohjausryhmän", "ohjausryhmä"],
    ["puheenjohtajaksi", "puheenjohtaja"],
    ["laajan", "laaja"],
    ["toimialajohtajiksi", "toimialajohtaja"],
  ],
  "9–10 with k lost after an i-diphthong, written j (aika, poika)": [
    ["vapaa-ajan", "vapaa-aika"],
    ["työajassa", "työaika"],
    ["pojalle", "poika"],
    ["rajan", "raja"],
  ],
  "32–33 (sisar, avain)": [
    ["jäsenen", "jäsen"],
    ["varajäseniksi", "varajäsen"],
    ["jäsenten", "jäsen"],
    ["toimielimen", "toimielin"],
    ["valmistelutoimielimen", "valmistelutoimielin"],
  ],
  "38–39 (nainen, vastaus)": [
    ["poliittisen", "poliittinen"],
    ["väliaikaisen", "väliaikainen"],
    ["tilapäiseen", "tilapäinen"],
    ["hallituksen", "hallitus"],
    ["aluehallituksen", "aluehallitus"],
    ["naisten", "nainen"],
    ["vastausten", "vastaus"],
  ],
  "41, 48 with inverse gradation (vieras, hame)": [
    ["ehdokkaaksi", "ehdokas"],
    ["ehdokkaissa", "ehdokas"],
    ["rinteen", "rinne"],
    ["hyvinvointialueen", "hyvinvointialue"],
    ["alueella", "alue"],
  ],
};

describe("lemmatize", () => {
  for (const [paradigm, cases] of Object.entries(CASES)) {
    it.each(cases)(`${paradigm}: %s → %s`, (form, lemma) => {
      expect(lemmatize(form)).toBe(lemma);
    });
  }

  it("reads no grading word's strong grade before an ending that closes the syllable (kortin, not korttin)", () => {
    expect(lemmatize("kortin")).toBe("kortti");
    expect(analyse("korttin").map((a) => a.lemma)).not.toContain("kortti");
    expect(analyse("kukkan").map((a) => a.lemma)).not.toContain("kukka");
  });

  it("leaves an unknown word as it is", () => {
    expect(lemmatize("xyzzyn")).toBe("xyzzyn");
  });
});

describe("nominative readings", () => {
  it("are the word itself when it ends in no clitic (what bodies rely on to skip analysing a non-adjective)", () => {
    const letters = fc.constantFrom(..."aeiouyäöhjklmnprstv");
    fc.assert(
      fc.property(fc.array(letters, { minLength: 3, maxLength: 14 }).map((a) => a.join("")), (w) => {
        if (withoutClitic(w) !== w) return;
        for (const a of analyse(w, false, new Set(["nom"]))) expect(a.lemma).toBe(w);
      }),
    );
    for (const w of ["lautakunta", "uusi", "tekninen", "hyvinvointialue", "kokoomus"]) for (const a of analyse(w, false, new Set(["nom"]))) expect(a.lemma).toBe(w);
  });
});

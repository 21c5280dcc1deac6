/** The cross-document cache changes nothing but speed, whatever the order documents come in. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCache, extract } from "../../src/index.js";

// invented documents that share names, bodies and inflected words, so a reading cached for one is reused by another
const DOCS = [
  "Kaupunginhallitus kokoontuu maanantaina 14.3.2022 klo 16.00 kaupungintalolla. Puheenjohtajana toimii Marjatta Kivelä.",
  "Sivistyslautakunta päätti 2.2.2022 hyväksyä Ristolan koulun laajennuksen. Esittelijänä toimi opetusjohtaja Pekka Lindroos.",
  "Tekninen lautakunta hylkäsi Kivelän esityksen. Kokous pidettiin kaupungintalon valtuustosalissa tiistaina klo 17.",
  "Kunnanvaltuusto valitsi puheenjohtajakseen Aino Lindroosin ja varapuheenjohtajaksi Matti Ristolan.",
  "# Kokouskutsu\n\nYmpäristölautakunta kokoontuu 5.4.2022 kello 18. Asialistalla on Ristolan kaavamuutos.\n\n- § 12 Kaavamuutos hyväksyttiin.\n- § 13 Lausunto palautettiin valmisteluun.",
  "Yhtiön hallituksen puheenjohtaja Liisa Kivelä kertoi, että hallitus päätti lopettaa tehtaan toiminnan. Toimitusjohtaja Jari Niemistö vahvisti asian.",
  "Koulutuslautakunnan kokous siirtyy torstaille 7.4. kello 15. Lisätietoja antaa sihteeri Hanna Ristola.",
  "Valtuutettu Pekka Lindroos jätti aloitteen uimahallin korjaamisesta. Kaupunginhallitus käsittelee aloitetta huhtikuussa.",
];
const REFERENCE_DATE = "2022-03-01";

describe("createCache", () => {
  const plain = DOCS.map((text) => JSON.stringify(extract(text, { referenceDate: REFERENCE_DATE })));

  it("gives the same extraction as no cache, in any document order and with any bound", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(DOCS.map((_, i) => i), { minLength: 1 }), fc.integer({ min: 2, max: 400 }), (order, maxEntries) => {
        const cache = createCache({ maxEntries });
        for (const i of [...order, ...order]) {
          expect(JSON.stringify(extract(DOCS[i], { referenceDate: REFERENCE_DATE, cache }))).toBe(plain[i]);
          expect(cache.size).toBeLessThanOrEqual(maxEntries);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("keeps readings between documents, within its bound", () => {
    const cache = createCache({ maxEntries: 1000 });
    extract(DOCS[0], { cache });
    const after = cache.size;
    expect(after).toBeGreaterThan(0);
    extract(DOCS[0], { cache });
    expect(cache.size).toBe(after);
    for (const d of DOCS) extract(d, { cache });
    expect(cache.size).toBeLessThanOrEqual(1000);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it("rejects a bound it cannot keep", () => {
    expect(() => createCache({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => createCache({ maxEntries: 1.5 })).toThrow(RangeError);
  });
});

/** A weekday alone gets a day only where the text makes it certain. */
import { describe, expect, it } from "vitest";
import { texts, values } from "./helpers.js";

// 2026-03-18 is a Wednesday
const REF = "2026-03-18";

describe("FILoneWeekdayParser", () => {
  it("reads a weekday inside a range stated before it as that day of the range", () => {
    expect(values("Nuorisoleiri pidettiin 6.–8.3.2026 Kuopiossa. Lauantaina kisattiin ja sunnuntaina pidettiin kevätkokous.", null)).toEqual([
      "2026-03-06/2026-03-08",
      "2026-03-07",
      "2026-03-08",
    ]);
    expect(values("Kurssi 6.–8.3.2026. Lauantai-iltana on yhteinen sauna.", null)).toEqual(["2026-03-06/2026-03-08", "2026-03-07"]);
    // a later day outside the range ends it as the weekday's context
    expect(values("Kurssi 6.–8.3.2026. Ilmoittaudu 20.2.2026. Lauantaina on sauna.", null)).toEqual(["2026-03-06/2026-03-08", "2026-02-20"]);
  });

  it("takes the next or the last such day by a word before it", () => {
    expect(values("Johtokunta kokoontuu ensi tiistaina.", REF)).toEqual(["2026-03-24"]);
    expect(values("Johtokunta kokoontui viime maanantaina.", REF)).toEqual(["2026-03-16"]);
    // the word is part of the expression; a word that only ends like one (`Vaaleensi`) is none
    expect(texts("Tule mukaan tulevana lauantaina!", REF)).toEqual(["tulevana lauantaina"]);
    expect(texts("Kysy Kaisa Vaaleensi maanantaina.", REF)).not.toContain("ensi maanantaina");
  });

  it("reads any verb's active past by its form, and takes the last such day", () => {
    expect(values("Kuoro esiintyi sunnuntaina kirkossa.", REF)).toEqual(["2026-03-15"]);
    expect(values("Joukkue varmisti paikkansa lauantaina, kun se kaatoi vieraat.", REF)).toEqual(["2026-03-14"]);
    expect(values("Pelaajat harjoittelivat maanantaina.", REF)).toEqual(["2026-03-16"]);
    // a noun that ends like a past (`konsertti`, `uusi`) tells no tense
    expect(values("Uusi konsertti lauantaina.", REF)).toEqual([]);
  });

  it("takes the day of the week a word names (ensi viikon, viime viikon, tämän viikon)", () => {
    // REF is a Wednesday: next week runs 23.–29.3., last week 9.–15.3.
    expect(values("Infotilaisuus pidetään ensi viikon tiistaina klo 18.", REF)).toEqual(["2026-03-24T18:00"]);
    expect(values("Ensi viikon sunnuntaina on kevätkonsertti.", REF)).toEqual(["2026-03-29"]);
    expect(values("Viime viikon torstaina pidettiin talkoot.", REF)).toEqual(["2026-03-12"]);
    expect(values("Hallitus kokoontuu tämän viikon maanantaina.", REF)).toEqual(["2026-03-16"]);
    expect(texts("Kokous on ensi viikon perjantaina.", REF)).toEqual(["ensi viikon perjantaina"]);
  });

  it("reads a weekday's genitive before a noun as that day", () => {
    expect(values("Seurakuntaneuvosto hyväksyi tiistain kokouksessaan uuden strategian.", REF)).toEqual(["2026-03-17"]);
    expect(texts("Asia tulee esille keskiviikon infotilaisuudessa.", REF)).toEqual(["keskiviikon"]);
    expect(values("Asia tulee esille perjantain infotilaisuudessa.", REF)).toEqual(["2026-03-20"]);
    // a coordinated genitive waits for its pair; a genitive standing alone names no day
    expect(texts("Maanantain ja tiistain välisenä yönä satoi lunta.", REF)).not.toContain("maanantain");
    expect(values("Lauantain osalta ohjelma on auki.", REF)).toEqual([]);
  });

  it("reads the tense of its clause against the reference date", () => {
    expect(values("Yhdistyksen hallitus kokoontui maanantaina ja valitsi sihteerin.", REF)).toEqual(["2026-03-16"]);
    expect(values("Yhdistyksen hallitus kokoontuu perjantaina kirjastolla.", REF)).toEqual(["2026-03-20"]);
    expect(values("Kokous pidettiin keskiviikkona.", REF)).toEqual(["2026-03-18"]);
  });

  it("reads an invitation, a meeting to come and a matter to be handled as ahead", () => {
    expect(values("Tervetuloa perjantaina kylätalolle kuulemaan kaavasta!", REF)).toEqual(["2026-03-20"]);
    expect(values("Nähdään lauantaina uimahallin edessä.", REF)).toEqual(["2026-03-21"]);
    expect(values("Aluevaltuusto käsittelee talousarviota maanantaina.", REF)).toEqual(["2026-03-23"]);
    expect(values("Asiaa käsitellään kunnanhallituksessa torstaina.", REF)).toEqual(["2026-03-19"]);
  });

  it("joins a day word (`tänään torstaina`) with its clock, and a clock later in the sentence takes that day", () => {
    expect(texts("Avoimet ovet tänään keskiviikkona kello 16–18.", REF)).toEqual(["tänään keskiviikkona kello 16–18"]);
    expect(values("Avoimet ovet tänään keskiviikkona kello 16–18.", REF)).toEqual(["2026-03-18T16:00/2026-03-18T18:00"]);
    expect(values("Avoimet ovet ovat tänään keskiviikkona, ja ne alkavat kello 16.", REF)).toEqual(["2026-03-18", "2026-03-18T16:00"]);
  });

  it("drops a weekday the text does not fix, and every weekday without a reference date or a range", () => {
    expect(values("Lauantaina on mukava ulkoilla.", REF)).toEqual([]);
    expect(values("Hallitus kokoontui maanantaina.", null)).toEqual([]);
  });

  it("leaves a weekday before a date to the date's expression", () => {
    expect(texts("Kokous tiistaina 24.3.2026 klo 18.", REF)).toEqual(["tiistaina 24.3.2026 klo 18"]);
  });
});

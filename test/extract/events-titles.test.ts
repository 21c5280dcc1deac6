/** Event titles: the heading above a dated line that names no happening itself. */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/index.js";

const titles = (text: string, referenceDate: string | null = "2026-01-10") => extractEvents(text, { referenceDate }).map((e) => e.title);

describe("event titles", () => {
  it("makes a meeting of each body coordinated before the meeting verb, and one of a joint meeting", () => {
    expect(titles("Sivistyslautakunta ja tekninen lautakunta kokoontuvat 14.10.2026.")).toEqual(["Sivistyslautakunta kokoontuvat", "tekninen lautakunta kokoontuvat"]);
    expect(titles("Sivistyslautakunta ja tekninen lautakunta kokoontuvat yhteiskokoukseen 14.10.2026.")).toHaveLength(1);
  });

  it("names a clause's bare happening noun by the heading whose word ends in it", () => {
    expect(titles("Metsänomistajien kevätkoulutus\n\nKoulutus järjestetään ti 14.4.2026 seuratalolla.")).toEqual(["Metsänomistajien kevätkoulutus"]);
    expect(titles("Lukupiirin ohjelma\n\nTilaisuus alkaa ke 15.4.2026 klo 18.")).toEqual(["Tilaisuus alkaa"]);
  });

  it("takes no day's line for the title of the next day's line", () => {
    expect(titles("Kevätleiri\nLauantai 16.5.2026 klo 10–16\nSunnuntai 17.5.2026 klo 9–13")).toEqual(["Kevätleiri", "Kevätleiri"]);
  });

  it("reads a list of times as one: neither the other dates nor the words that link them are a title", () => {
    expect(titles("Ompelukurssit 6.10.2026, 7.11.2026 ja 8.12.2026")).toEqual(["Ompelukurssit", "Ompelukurssit", "Ompelukurssit"]);
    expect(titles("Johtokunta kokoontuu 6.10.2026 sekä 7.11.2026 kirjastolla.")).toEqual(["Johtokunta kokoontuu kirjastolla", "Johtokunta kokoontuu kirjastolla"]);
    // the last date's own full stop ends the sentence too
    expect(titles("Kuoro harjoittelee ke 7.10. ja to 12.11.")).toEqual(["Kuoro harjoittelee", "Kuoro harjoittelee"]);
  });

  it("takes the heading above a field label (`Aika:`, `Milloin:`), not the label", () => {
    const text = "Kevään lukupiiri\n\nMilloin: tiistaina 10.3. klo 17.30–19\nMissä: Pääkirjasto\n\nRunoilta nuorille\n\nAika: to 12.3. klo 18 alkaen\nPaikka: Nuorisotalo";
    expect(titles(text)).toEqual(["Kevään lukupiiri", "Runoilta nuorille"]);
  });

  it("takes the heading above a date that stands alone in a list", () => {
    const text = "Pienyrittäjän aamukahvit\n\nTilaisuudet on tarkoitettu kaikille yrittäjille.\nTapaamisten ajat:\n- 4.2.2026 kello 8-9\n- 4.3.2026 kello 8-9";
    expect(titles(text)).toEqual(["Pienyrittäjän aamukahvit", "Pienyrittäjän aamukahvit"]);
  });

  it("takes the line that introduces a list of dated items with a colon, when it names happenings", () => {
    const text = "Tiedote\n\nKaupungin uusi kokousaikataulu on valmis.\nYhtymävaltuuston kokoukset:\n- ma 14.9.2026 klo 18\n- ma 12.10.2026 klo 18";
    expect(titles(text)).toEqual(["Yhtymävaltuuston kokoukset", "Yhtymävaltuuston kokoukset"]);
  });

  it("names the happening of a `… aika ja paikka` heading by its genitive", () => {
    const text = "Kahvitilaisuuden aika ja paikka\n\nke 18.3.2026 klo 14–16, Seurakuntatalo";
    expect(titles(text)[0]).toBe("Kahvitilaisuus");
    expect(titles("Juhlan ajankohta\n\nla 6.6.2026 klo 12")[0]).toBe("Juhla");
  });

  it("names a minutes page's meeting by the body line above its `Pöytäkirja` date", () => {
    const text = "Ympäristölautakunta\nPöytäkirja 14.04.2026/Pykälä 12\n\nAsia käsiteltiin.";
    expect(titles(text)).toEqual(["Ympäristölautakunta"]);
  });

  it("names the meeting by the body line above a document's number, not by the number", () => {
    expect(titles("Jätehuoltolautakunta\nEsityslista 5/2026\nKokousaika 3.3.2026 klo 15.00")).toEqual(["Jätehuoltolautakunta"]);
  });

  it("reads a document title without the crawler's date field or a section name before a bar", () => {
    const text = " date 2026-02-01 TIEDOTE | Lasten liikuntapäivä\n\nLa 7.2.2026\n10.00 Avaus\n10.30 Temppurata";
    expect(titles(text)).toEqual(["Lasten liikuntapäivä", "Avaus", "Temppurata"]);
  });

  it("names a bare happening noun by the name the sentence before gave it", () => {
    const text = "Kunta on mukana Kestävä kylä ja luonto -seminaarissa. Seminaari pidetään torstaina 9. huhtikuuta verkossa.";
    expect(titles(text)).toEqual(["Kestävä kylä ja luonto -seminaari"]);
    // without such a name the clause stays the title
    expect(titles("Seminaari pidetään torstaina 9. huhtikuuta verkossa.")).toEqual(["Seminaari pidetään verkossa"]);
  });

  it("leaves out the other dates of a clause that lists several", () => {
    expect(titles("Lautakunta kokoontuu: ti 8.9., ke 7.10.", "2026-08-01")).toEqual(["Lautakunta kokoontuu", "Lautakunta kokoontuu"]);
  });
});

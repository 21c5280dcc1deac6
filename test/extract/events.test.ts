/** Events built from times and their context. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractEvents } from "../../src/index.js";
import { cleanTitle } from "../../src/extract/events.js";

const brief = (text: string, referenceDate: string | null = null) =>
  extractEvents(text, { referenceDate }).map((e) => [e.title, e.start.slice(0, 16), e.end?.slice(0, 16) ?? null, e.kind, e.parent]);

describe("events", () => {
  it("times a dated happening by the clock written before the date in its sentence", () => {
    expect(brief("Kirkkokonsertti alkaa illalla klo 7 seurakuntatalolla 3.10.2026.")).toEqual([["Kirkkokonsertti alkaa illalla seurakuntatalolla", "2026-10-03T19:00", null, expect.any(String), null]]);
  });

  it("makes a programme: a dated line with its title, and its timed slots under it", () => {
    const text = "La 26.3. klo 10-15 Sanoista teoiksi -seminaari\n9.45 Linjat avataan\n10.00-10.20 Tilaisuuden avaus\n\n14.55 Tilaisuuden päätös";
    expect(brief(text, "2022-01-01")).toEqual([
      ["Sanoista teoiksi -seminaari", "2022-03-26T10:00", "2022-03-26T15:00", "seminar", null],
      ["Linjat avataan", "2022-03-26T09:45", null, "programme-item", 0],
      ["Tilaisuuden avaus", "2022-03-26T10:00", "2022-03-26T10:20", "programme-item", 0],
      ["Tilaisuuden päätös", "2022-03-26T14:55", null, "programme-item", 0],
    ]);
  });

  it("keeps a multi-day happening the parent of its days' slots across a registration deadline between them", () => {
    const text = "Kulttuuripäivät ma–ti 2.–3.11.2026\n\nIlmoittautuminen 20.10. mennessä.\n\nMaanantai 2.11.\n9-10: Kahvi\n10-12 Luennot\n\nTiistai 3.11.\n9.15-11 Työpajat";
    const events = brief(text, "2026-09-01");
    expect(events.filter((e) => e[4] === null).map((e) => [e[0], e[1], e[3]])).toEqual([
      ["Kulttuuripäivät", "2026-11-02", "other"],
      ["Ilmoittautuminen mennessä", "2026-10-20", "deadline"],
    ]);
    expect(events.filter((e) => e[4] !== null).map((e) => [e[1], e[4]])).toEqual([
      ["2026-11-02T09:00", 0],
      ["2026-11-02T10:00", 0],
      ["2026-11-03T09:15", 0],
    ]);
  });

  it("ends the meeting of the minutes at the chair's closing clock, past the next meeting's date", () => {
    const text = "Johtokunnan kokous\nAika: ti 3.3.2026 klo 18.00\n\n§ 6 Seuraava kokous\nSeuraava kokous pidetään 7.4.2026.\n\n§ 7 Kokouksen päättäminen\nPuheenjohtaja päätti kokouksen klo 19.35.";
    expect(brief(text, "2026-03-04").map((e) => [e[1], e[2]])).toEqual([
      ["2026-03-03T18:00", "2026-03-03T19:35"],
      ["2026-04-07", null],
    ]);
  });

  it("makes another clock of a timed happening's day, in a sentence of its own, a happening beside it", () => {
    const text = "Kyläyhdistyksen kevätkokous pidetään lauantaina 18.4.2026 kello 13 seurantalolla. Ennen kokousta klo 12.30 tarjolla on keittoa. Kokouksen jälkeen noin klo 15 kuullaan esitelmä kylän historiasta.";
    expect(brief(text).map((e) => e[1])).toEqual(["2026-04-18T13:00", "2026-04-18T12:30", "2026-04-18T15:00"]);
    // the chair's closing clock ends the meeting, and a member's arrival is no happening
    const minutes = "Hallitus kokoontui tiistaina 3.3.2026 klo 17. Riikka Aho saapui kokoukseen klo 17.20. Puheenjohtaja päätti kokouksen klo 18.45.";
    expect(brief(minutes).map((e) => [e[1], e[2]])).toEqual([["2026-03-03T17:00", "2026-03-03T18:45"]]);
  });

  it("ends a happening on the later day its own sentence says it ends", () => {
    expect(brief("Kurssi alkaa 12.3. klo 18 ja päättyy 13.3. klo 12.", "2026-03-01").map((e) => [e[1], e[2]])).toEqual([["2026-03-12T18:00", "2026-03-13T12:00"]]);
    expect(brief("Leiri alkaa perjantaina 20.3. ja päättyy sunnuntaina 22.3.", "2026-03-01").map((e) => [e[1], e[2]])).toEqual([["2026-03-20", "2026-03-22"]]);
    // two happenings of a sentence on two days stay two
    expect(brief("Hallitus kokoontui 12.3. ja valtuusto 16.3.", "2026-03-20")).toHaveLength(2);
    expect(brief("Hallitus kokoontui 12.3., ja siellä päätettiin, että valtuusto kokoontuu 16.3.", "2026-03-14")).toHaveLength(2);
  });

  it("reads the one clock line under a happening's date line as its start, and several as its slots", () => {
    expect(brief("Kevätkonsertti\n\nLauantaina 16.5.2026\nkello 15.00\nKirkko\n\nVapaa pääsy.")).toEqual([["Kevätkonsertti", "2026-05-16T15:00", null, "other", null]]);
    expect(brief("Kyläyhdistyksen kevätkokous 14.4.2026\nklo 18 alkaen Seurantalolla")).toEqual([["Kyläyhdistyksen kevätkokous", "2026-04-14T18:00", null, "meeting", null]]);
    const programme = brief("Perhepäivä\n\nLauantaina 16.5.2026\nklo 10 Avaus\nklo 11 Satutuokio");
    expect(programme.map((e) => [e[1], e[3], e[4]])).toEqual([
      ["2026-05-16", "other", null],
      ["2026-05-16T10:00", "programme-item", 0],
      ["2026-05-16T11:00", "programme-item", 0],
    ]);
  });

  it("takes a slot's title from the next line when the time stands alone", () => {
    const text = "Valtuustoseminaarin ohjelma\nTorstai 5.6.2025\n9.00–9.10\nTervetulosanat\nPerjantai 6.6.2025\n9.00–10.00\nTeemat";
    const events = brief(text);
    expect(events[0]).toEqual(["Valtuustoseminaarin ohjelma", "2025-06-05", "2025-06-06", "seminar", null]);
    expect(events.slice(1).map((e) => [e[0], e[4]])).toEqual([
      ["Tervetulosanat", 0],
      ["Teemat", 0],
    ]);
  });

  it("names a meeting from the clause and merges mentions of one day", () => {
    const text = "Laaja poliittinen ohjausryhmä kokoontui etäkokoukseen tiistaina 13.4.2021 klo 12–14. Kokous 13.4.2021 oli vilkas.";
    const events = extractEvents(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "meeting", online: true, start: "2021-04-13T12:00:00+03:00", end: "2021-04-13T14:00:00+03:00" });
    expect(events[0].title).toMatch(/ohjausryhmä kokoontui/);
  });

  it("knows deadlines, and that publication stamps and report periods are no events", () => {
    const text = "18.12.2025 11:06:07 EET | Tiedote\n\nIlmoittaudu viimeistään 25.5.2026.\nRaportti ajalta 1.1.-30.8.2025 hyväksyttiin.";
    expect(brief(text)).toEqual([["Ilmoittaudu viimeistään", "2026-05-25", null, "deadline", null]]);
    for (const stamp of ["Julkaistu: 2.2.2022", "PÄIVITETTY 2.2.2022", "Sivu päivätty :  2.2.2022", "Tilasto kaudelta 2.2.2022"]) expect(brief(stamp)).toEqual([]);
    expect(brief("Julkaistu:: 2.2.2022").length).toBe(1);
  });
});

describe("event organizer", () => {
  it("is the body the text says arranges it", () => {
    const [e] = extractEvents("Aluehallintovirasto järjestää 11.5.2022 webinaarin kunnille.");
    expect(e).toMatchObject({ kind: "webinar", organizer: "aluehallintovirasto" });
  });
});

describe("event kinds and titles from headers", () => {
  it("reads a body's dated page header as its meeting, and keeps words that begin like weekdays", () => {
    const text = "Tekninen lautakunta 12.03.2024 § 21\n\nKokousaika tiistai 12.3.2024 klo 17.00–18.45";
    expect(brief(text)).toEqual([["Tekninen lautakunta", "2024-03-12T17:00", "2024-03-12T18:45", "meeting", null]]);
  });

  it("drops a weekday before the date from a heading's title, but not letters of a word that end like one", () => {
    const titles = (text: string) => extractEvents(text).map((e) => e.title);
    expect(titles("# Kevätjuhla 2.6.2022\n\nTervetuloa.")).toEqual(["Kevätjuhla"]);
    expect(titles("# Ohjelma 2.6.2022\n\nTervetuloa.")).toEqual(["Ohjelma"]);
    expect(titles("# Kevätjuhla ti. 2.6.2022\n\nTervetuloa.")).toEqual(["Kevätjuhla"]);
    expect(titles("# Kevätjuhla torstaina 2.6.2022\n\nTervetuloa.")).toEqual(["Kevätjuhla"]);
  });
});

describe("event kinds by sentence", () => {
  it("reads each happening's kind from its own sentence, and 'klo 18 alkaen' is no milestone", () => {
    const text = "Kesäleiri järjestetään 1.–3.8.2025 Anjalassa. Hakuaika päättyy 31.5.2025 klo 16.00.\n\nAvoimet ovet ti 5.11. klo 18 alkaen kirjastossa.";
    expect(extractEvents(text, { referenceDate: "2025-04-01" }).map((e) => e.kind)).toEqual(["other", "deadline", "other"]);
  });

  it("reads a visit by its verb or its noun as a tour, not a link's imperative", () => {
    const kinds = (text: string) => extractEvents(text, { referenceDate: "2026-03-01" }).map((e) => e.kind);
    expect(kinds("Lautakunta tutustuu uuteen paloasemaan 12.5.2026.")).toEqual(["tour"]);
    expect(kinds("Eläkeläisten kesäretki Kolille tehdään 9.6.2026.")).toEqual(["tour"]);
    expect(kinds("Tutustu ohjelmaan: kevätseminaari 14.4.2026.")).toEqual(["seminar"]);
  });
});

describe("cleanTitle", () => {
  it("strips marks and white space at the ends and makes inner white space one space, as its pattern definition does", () => {
    const byPatterns = (s: string) => s.replace(/^[\s,.:;–—-]+/, "").replace(/\s*[,;:–—-]+\s*$/, "").replace(/\s+/g, " ").trim();
    const part = fc.constantFrom("Avaus", "ja", " ", "  ", "\t", "\n", "\u00a0", ",", ".", ":", ";", "–", "—", "-", "x", "(", ")", "\u2003");
    fc.assert(fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
      const s = parts.join("");
      expect(cleanTitle(s)).toBe(byPatterns(s));
    }));
    expect(cleanTitle(" – Avaus ja  esittely: ")).toBe("Avaus ja esittely");
  });
});

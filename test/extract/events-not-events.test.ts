/** Dates that are times but no happenings: estimates, aims, stamps of a document. */
import { describe, expect, it } from "vitest";
import { extractEvents, extractTimes } from "../../src/index.js";

const events = (text: string) => extractEvents(text, { referenceDate: "2026-01-10" });
const times = (text: string) => extractTimes(text, { referenceDate: "2026-01-10" });

describe("not events", () => {
  it("an approximate date is a time, not an event", () => {
    for (const text of ["Lehti ilmestyy noin 14.2.", "Tulokset valmistuvat suunnilleen 20.3.2026.", "Urakka valmistuu arviolta 30.9.2026."]) {
      expect(times(text)).toHaveLength(1);
      expect(events(text)).toEqual([]);
    }
  });

  it("a date set as an aim is a time, not an event; an aim said after the date is about the happening", () => {
    expect(events("Uusi päiväkoti pyritään avaamaan 1.8.2026 alkaen.")).toEqual([]);
    expect(events("Tavoitteena on ottaa järjestelmä käyttöön 1.9.2026.")).toEqual([]);
    expect(events("Liitto järjestää 5.3.2026 webinaarin, jonka tavoitteena on koota hyvät käytännöt.")).toHaveLength(1);
  });

  it("the date of a document itself (edited, dated, a press release) is a time only", () => {
    for (const text of ["Sivua muokattu 4.3.2026 10:02", "Kirje 12.2.2026 päivätty", "TIEDOTE 3.3.2026"]) {
      expect(times(text)).toHaveLength(1);
      expect(events(text)).toEqual([]);
    }
    expect(events("Yhdistyksen puolesta\nMaija Meikäläinen           3.2.2026\n\nTervehdys jäsenille.")).toEqual([]);
    // a word that only ends like a stamp word is no stamp
    expect(events("Kunnanhallituksen kokoustiedote 3.3.2026")).toHaveLength(1);
  });

  it("a date alone on its line is a stamp, but not in a list of days", () => {
    expect(events("Uutiset\n\n3.2.2026\n\nKirjasto uudistaa palvelujaan.")).toEqual([]);
    const list = events("Johtokunnan kokoukset keväällä 2026:\n\n12.1.2026\n26.1.2026\n9.2.2026");
    expect(list.map((e) => [e.start.slice(0, 10), e.kind])).toEqual([
      ["2026-01-12", "meeting"],
      ["2026-01-26", "meeting"],
      ["2026-02-09", "meeting"],
    ]);
    expect(events("Julkaistu:\n3.2.2026\n\nKirjasto uudistaa palvelujaan.")).toEqual([]);
  });

  it("a reporting or accounting period is a time, not an event; an application period or a term is a happening", () => {
    for (const text of ["Luvut kattavat ajanjakson 1.1.–30.6.2026.", "Tarkastelujaksolla 1.1.–31.3.2026 päivystyskäyntejä oli 3 200.", "Yhdistyksen tilikaudelta 1.5.2025–30.4.2026 kertyi ylijäämää.", "Talouden toteuma\nKäyttötalouden toteutuma 1.1.–31.5.2026 (§ 40)", "Osavuosikatsaus 1.1.–30.6.2026 julkaistiin."]) {
      expect(times(text)).toHaveLength(1);
      expect(events(text)).toEqual([]);
    }
    expect(events("Avustusten hakujakso 1.3.–31.3.2026.")).toHaveLength(1);
    expect(events("Johtokunnan toimikausi 1.6.2025–31.5.2029.")).toHaveLength(1);
  });

  it("a happening called off is a time, not an event; the day a move leaves is too, the day it moves to is the event", () => {
    for (const text of ["Lauantaiksi 7.2. suunniteltu hiihtoretki on peruttu lumen puutteen vuoksi.", "Johtokunta perui 14.2.2026 pidettäväksi aiotun kokouksen.", "Ystävänpäivän tanssiaisia 14.2.2026 ei järjestetä tänä vuonna.", "Maaliskuun lukupiiri 3.3. jää pitämättä."]) {
      expect(times(text)).toHaveLength(1);
      expect(events(text)).toEqual([]);
    }
    expect(events("Kyläyhdistyksen kevätkokous siirtyy torstailta 12.3. torstaille 19.3.2026.").map((e) => e.start.slice(0, 10))).toEqual(["2026-03-19"]);
    // a clock later in the text on the called-off day times a happening of its own
    expect(events("Tiistaiksi 10.2.2026 ilmoitettu kokous on peruttu. Samana päivänä pidetään kuitenkin infotilaisuus klo 17–18.").map((e) => e.start.slice(0, 16))).toEqual(["2026-02-10T17:00"]);
    // `siirtyy` with one day is a milestone (`vastuu siirtyy 1.1.`)
    expect(events("Vastuu pelastustoimesta siirtyy hyvinvointialueelle 1.3.2026.")).toHaveLength(1);
  });

  it("a byline's last field and a letter's dateline date the document, not a happening", () => {
    for (const text of ["Rantalan kyläyhdistys | Uutiset | 3.2.2026\n\nYhdistys kiittää talkoolaisia.", "Kiitämme kaikkia kesän talkoisiin osallistuneita.\n\nRantalassa 3.2.2026\nRantalan kyläyhdistyksen johtokunta"]) {
      expect(times(text)).toHaveLength(1);
      expect(events(text)).toEqual([]);
    }
  });
});


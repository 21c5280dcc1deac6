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
});

/** The refiners of the Finnish time locale, each on its own. */
import { ParsingComponents, ReferenceWithTimezone } from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFinnishTimeConfiguration } from "../../src/index.js";
import { isValid } from "../../src/time/fi/refiners/FIValidDateRefiner.js";
import { texts, values } from "./helpers.js";

describe("FIValidDateRefiner", () => {
  it("drops days that do not exist", () => {
    expect(values("Kokous 31.2.2022 ja 30.2.2022 ja 29.2.2024.")).toEqual(["2024-02-29"]);
  });

  it("drops clock times past the day", () => {
    expect(values("Kokous 1.3.2022 klo 24.30.")).toEqual(["2022-03-01"]);
  });

  it("agrees with chrono's isValidDate", () => {
    const reference = new ReferenceWithTimezone(new Date(2022, 0, 1, 12));
    fc.assert(
      fc.property(fc.integer({ min: 1899, max: 2101 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), (year, month, day, hour, minute, second) => {
        const c = new ParsingComponents(reference, { year, month, day, hour, minute, second });
        expect(isValid(c)).toBe(c.isValidDate());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("FIAddressFilterRefiner", () => {
  it("drops ISO dates and month dates inside links and addresses", () => {
    expect(values("Katso https://example.fi/2022-01-18/uutinen ja lisatieto.2022-01-18@example.fi", null)).toEqual([]);
  });
});

describe("FIMergeDateRangeRefiner", () => {
  it("joins two dates written with a dash, taking the end's year", () => {
    expect(values("1. maaliskuuta – 3. huhtikuuta 2022")).toEqual(["2022-03-01/2022-04-03"]);
  });
  it("joins two dates whose weekdays are written with them, with a dash or from the elative to the illative", () => {
    expect(values("Leiri ma 12.7. – pe 16.7.2027 Nuuksiossa.", null)).toEqual(["2027-07-12/2027-07-16"]);
    expect(values("Leiri ma 12.7.–pe 16.7.2027.", null)).toEqual(["2027-07-12/2027-07-16"]);
    expect(values("Leiri kestää maanantaista 12.7. perjantaihin 16.7.2027.", null)).toEqual(["2027-07-12/2027-07-16"]);
    // without the elative a move from one day to another is no range
    expect(values("Kokous siirretään 12.7. perjantaihin 16.7.2027.", null)).toEqual(["2027-07-12", "2027-07-16"]);
    // a full weekday name after the dash too (`maanantaina 4.5.–perjantaina 8.5.`)
    expect(values("Näyttely on esillä maanantaina 4.5.–perjantaina 8.5.2026.", null)).toEqual(["2026-05-04/2026-05-08"]);
  });
});

describe("FIMergeDateTimeRefiner", () => {
  it("does not join a date and a clock time on different lines", () => {
    expect(texts("Torstai 5.6.2025\n9.00–9.10 Avaus")).toEqual(["Torstai 5.6.2025", "9.00–9.10"]);
  });
  it("does not join a date and a clock time in the next sentence", () => {
    expect(texts("Kerho kokoontuu torstaina 4.2.2027. Illalla klo 7 on sauna.", null)).toEqual(["torstaina 4.2.2027", "klo 7"]);
    // the date's own dot before a lower-case word keeps them one
    expect(texts("Kerho kokoontuu 4.2.2027. klo 19.", null)).toEqual(["4.2.2027. klo 19"]);
  });
  it("joins a day's clock and another day's clock written with a dash into one range", () => {
    expect(values("Kurssi 4.5. klo 17 – 6.5. klo 20.", "2026-03-01")).toEqual(["2026-05-04T17:00/2026-05-06T20:00"]);
    expect(values("Leiri pe 9.10.2026 klo 17 - su 11.10.2026 klo 14", null)).toEqual(["2026-10-09T17:00/2026-10-11T14:00"]);
    expect(values("Leiri perjantaina 9.10.2026 klo 17 – sunnuntaina 11.10.2026 klo 14", null)).toEqual(["2026-10-09T17:00/2026-10-11T14:00"]);
    // a clock range on one day stays one (`klo 10-12.10.` ends at 12.10)
    expect(values("Kokous 12.10.2026 klo 10-12.10. Tervetuloa.", null)).toEqual(["2026-10-12T10:00/2026-10-12T12:10"]);
    // a list of days with their clocks stays a list
    expect(values("Lähetykset:\n- 27.1.2026 kello 9-10\n- 3.3.2026 kello 9-10", null)).toEqual(["2026-01-27T09:00/2026-01-27T10:00", "2026-03-03T09:00/2026-03-03T10:00"]);
  });
});

describe("FIDocumentAnchorRefiner", () => {
  it("drops a year-less date when nothing gives its year", () => {
    expect(values("Kokous 16.3. alkaa.", null)).toEqual([]);
  });
  it("uses the reference date's year when the text states none before", () => {
    expect(values("Kokous 16.3. alkaa.", "2024-01-10")).toEqual(["2024-03-16"]);
  });
  it("gives a clock the day of the date after it in its own sentence, not the day of an earlier sentence", () => {
    expect(values("Kirkkokonsertti alkaa illalla klo 7 seurakuntatalolla 3.10.2026.", null)).toEqual(["2026-10-03T19:00", "2026-10-03"]);
    expect(values("Edellinen kokous oli 1.10.2026. Seuraava alkaa klo 18 torstaina 8.10.2026.", null)).toEqual(["2026-10-01", "2026-10-08T18:00", "2026-10-08"]);
    // a date before it in its sentence keeps its day
    expect(values("Kokous 1.10.2026 alkaa klo 18 ja jatkuu 2.10.2026.", null)).toEqual(["2026-10-01", "2026-10-01T18:00", "2026-10-02"]);
  });
  it("lets a line that opens with klo wait for its date too, where a programme's bare slot time takes the day above", () => {
    expect(values("Tervetuloa!\nKlo 18.00 alkaen tiistaina 6.10.2026 kirjastossa.", null)).toEqual(["2026-10-06T18:00", "2026-10-06"]);
    expect(values("Seminaari ti 6.10.2026\n9.00 Avaus ja katsaus 1.10.2026 julkaistuun raporttiin", null)).toEqual(["2026-10-06", "2026-10-06T09:00", "2026-10-01"]);
  });
});

describe("the configuration", () => {
  it("builds on chrono's fi locale and replaces what misreads Finnish text", () => {
    const config = createFinnishTimeConfiguration();
    // chrono's own parsers run behind a gate (GatedParser)
    const names = config.parsers.map((p) => ("parser" in p ? (p.parser as object) : p).constructor.name);
    expect(names).toEqual(expect.arrayContaining(["ISOFormatParser", "FIMonthNameLittleEndianParser", "FINumericDateParser", "FIClockTimeParser"]));
    expect(names).not.toContain("SlashDateFormatParser");
    expect(names).not.toContain("FITimeExpressionParser");
    expect(config.refiners.map((r) => r.constructor.name).at(-1)).toBe("FIDocumentAnchorRefiner");
  });
});

import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("FIClockTimeParser", () => {
  it.each([
    ["Ke 2.2.2022 klo 18", "2022-02-02T18:00"],
    ["2.2.2022 klo 18.30", "2022-02-02T18:30"],
    ["2.2.2022 kello 18:30", "2022-02-02T18:30"],
    ["Ke 2.2.2022 klo 18-19.30", "2022-02-02T18:00/2022-02-02T19:30"],
    ["13.4.2021 klo 12–14", "2021-04-13T12:00/2021-04-13T14:00"],
    ["20.4.2021 kello 12–16", "2021-04-20T12:00/2021-04-20T16:00"],
    ["1.2.2021 klo 17.00 - 19.00", "2021-02-01T17:00/2021-02-01T19:00"],
    ["3.10. 2016 klo. 10-16", "2016-10-03T10:00/2016-10-03T16:00"],
    ["26.10.2017 16.01", "2017-10-26T16:01"],
    ["27.1.2026 14:45:16 EET", "2026-01-27T14:45"],
    ["25.10.2022, klo 16:00", "2022-10-25T16:00"],
    ["1.6.2018. klo 9.30-15", "2018-06-01T09:30/2018-06-01T15:00"],
    ["12.5.2022 klo 12—14", "2022-05-12T12:00/2022-05-12T14:00"],
    ["12.5.2022. Klo 12", "2022-05-12T12:00"],
    ["12.5.2022 KLO 9.15", "2022-05-12T09:15"],
    ["12.5.2022. Kello 13", "2022-05-12T13:00"],
  ])("%s → %s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("reads programme slots at line starts under the day that owns them", () => {
    const text = "La 26.3. klo 10-15 Seminaari\n9.45 Linjat avataan\n10.00-10.20 Avaus\n14.55 Päätös";
    expect(values(text)).toEqual(["2022-03-26T10:00/2022-03-26T15:00", "2022-03-26T09:45", "2022-03-26T10:00/2022-03-26T10:20", "2022-03-26T14:55"]);
  });

  it("anchors a clock time in running text to the day before it", () => {
    expect(values("Tilaisuus 1.2.2021 alkaa. Se päättyy viimeistään kuitenkin klo 19.00.")).toEqual(["2021-02-01", "2021-02-01T19:00"]);
  });

  it("drops a clock time with no day before it", () => {
    expect(values("Tervetuloa klo 18 kuulemaan.")).toEqual([]);
  });

  it("carries the Helsinki offset of that day (daylight saving)", () => {
    const winter = values("1.2.2022 klo 12", "2022-01-01");
    expect(winter).toEqual(["2022-02-01T12:00"]);
  });

  it("does not read bare numbers in running text as times", () => {
    expect(values("Äänestyksessä 14–3 ja 10.20 euron maksu 2.2.2022.")).toEqual(["2022-02-02"]);
    // a backwards range is a time past midnight only from the evening to the small hours
    expect(values("Valtuusto äänesti 19–2 ja tanssit 2.2.2022 klo 21–1.")).toEqual(["2022-02-02T21:00/2022-02-03T01:00"]);
  });
});

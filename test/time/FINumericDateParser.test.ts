import { describe, expect, it } from "vitest";
import { texts, values } from "./helpers.js";

describe("FINumericDateParser", () => {
  it.each([
    ["2.2.2022", "2022-02-02"],
    ["02.02.2022", "2022-02-02"],
    ["2.2.22", "2022-02-02"],
    ["25.10.22", "2022-10-25"],
    ["Kokous 16.3. alkaa", "2022-03-16"],
    ["3.10. 2016 järjestetään", "2016-10-03"],
    ["perjantaina 1.6.2018. Paikka", "2018-06-01"],
  ])("%s → %s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    ["23.10.2023 - 3.12.2023", "2023-10-23/2023-12-03"],
    ["20.–21.4.2021", "2021-04-20/2021-04-21"],
    ["ajalla 1.1.-30.8.2022", "2022-01-01/2022-08-30"],
    ["2.-5.2.2026", "2026-02-02/2026-02-05"],
  ])("range %s → %s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("takes the year of the nearest full date before a year-less one", () => {
    expect(values("Tiedote 20.08.2025. Kurssi 20.-24.8. Alavudella", null)).toEqual(["2025-08-20", "2025-08-20/2025-08-24"]);
  });

  it.each([["(449/2007)"], ["734/1992"], ["5146/01.04.00/2023"], ["versio 1.2.3"], ["puh. 040 706 9960"], ["§ 32"], ["80 M€"], ["https://example.fi/2.2.2022/uutinen"], ["etunimi.2.2.2022@example.fi"], ["äänin 45–30"], ["10/3"], ["1,5 milj."]])(
    "%s is not a time",
    (text) => {
      expect(texts(text)).toEqual([]);
    },
  );
});

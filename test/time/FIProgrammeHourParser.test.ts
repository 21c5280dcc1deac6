/** Programme slots written with hours only. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("FIProgrammeHourParser", () => {
  it("reads hour ranges and a lone hour beside a slot at a line's start, on the programme's day", () => {
    const text = "Kylätapahtuma la 16.5.2026\n9-10: Aamupuuro\n10-11:30 Kirpputori\n12 lounas\n13.15-14 Arpajaiset";
    expect(values(text)).toEqual([
      "2026-05-16",
      "2026-05-16T09:00/2026-05-16T10:00",
      "2026-05-16T10:00/2026-05-16T11:30",
      "2026-05-16T12:00",
      "2026-05-16T13:15/2026-05-16T14:00",
    ]);
  });

  it("reads a lone hour after a slot written with klo", () => {
    const text = "Kesäjuhla la 13.6.2026\nklo 15.30 – 17 Kyläkävely\n18 Sauna";
    expect(values(text)).toEqual(["2026-06-13", "2026-06-13T15:30/2026-06-13T17:00", "2026-06-13T18:00"]);
  });

  it("does not read agenda numbers, counts or a range of hours without a slot's form", () => {
    expect(values("Kokous 16.5.2026\n2 Kokouksen avaus\n3 Laillisuus\n1-2 hengen huoneet")).toEqual(["2026-05-16"]);
    expect(values("Kokous 16.5.2026. Paikalla 12 jäsentä.")).toEqual(["2026-05-16"]);
  });
});

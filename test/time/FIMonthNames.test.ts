import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("month names (chrono's FIMonthNameLittleEndianParser and FIMonthGenitiveDateParser)", () => {
  it.each([
    ["1. maaliskuuta 2022", "2022-03-01"],
    ["14. tammikuuta 2022", "2022-01-14"],
    ["14. Tammikuuta 2022", "2022-01-14"],
    ["maaliskuun 1. päivänä 2022", "2022-03-01"],
    ["Tammikuun 14. päivä 2023", "2023-01-14"],
    ["TAMMIKUUN 14 PÄIVÄNÄ 2023", "2023-01-14"],
    ["tammikuun 14. PÄivänä 2023", "2023-01-14"],
  ])("%s → %s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("resolves a year-less month date to the nearest year stated before it", () => {
    expect(values("Päätös 8.11.2021. Kokous pidettiin 19. lokakuuta.", null)).toEqual(["2021-11-08", "2021-10-19"]);
    expect(values("Vuoden 2022 lopussa sopimus päättyy. Kokous tiistaina 25. lokakuuta.", null)).toEqual(["2022-10-25"]);
  });

  it("takes the next year when the sentence says so", () => {
    expect(values("Kokous 2.12.2018. Tulevan vuoden vaalit: eduskuntavaalit 14.4.", null)).toEqual(["2018-12-02", "2019-04-14"]);
  });

  it("reads a month-first date only from the start of a word", () => {
    expect(values("Xmaaliskuun 1. päivänä 2022", null)).toEqual([]);
    expect(values("(maaliskuun 1. päivänä 2022)", null)).toEqual(["2022-03-01"]);
  });

  it("does not annotate a month alone", () => {
    expect(values("heinäkuussa 2021 ja keväällä 2023")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("FIRelativeDayParser", () => {
  it("anchors tänään, huomenna and eilen to the reference date", () => {
    expect(values("Edustajisto on tänään valinnut. Huomenna jatketaan, eilen aloitettiin.", "2025-12-18")).toEqual(["2025-12-18", "2025-12-19", "2025-12-17"]);
  });

  it("reads nothing without a reference date", () => {
    expect(values("Edustajisto on tänään valinnut.", null)).toEqual([]);
  });

  it("reads a day word only as a whole word, also at the start of the text", () => {
    expect(values("Ylihuomenna kokoonnutaan, ei ylihuomennakin.", "2025-12-18")).toEqual(["2025-12-20"]);
    expect(values("Sanat kuntänään ja xhuomenna eivät ole päiviä.", "2025-12-18")).toEqual([]);
  });

  it("does not read nyt or illalla", () => {
    expect(values("Nyt illalla tavataan.", "2025-12-18")).toEqual([]);
  });
});

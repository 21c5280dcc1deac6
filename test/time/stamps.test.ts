/** Stamps and references: dates of documents and live reports. */
import { describe, expect, it } from "vitest";
import { texts, values } from "./helpers.js";

describe("stamps and references", () => {
  it("reads a date and a clock joined by a dash as one time", () => {
    expect(texts("12.2.2026 - 14:05\nUutinen")).toEqual(["12.2.2026 - 14:05"]);
    expect(values("12.2.2026 - 14:05\nUutinen")).toEqual(["2026-02-12T14:05"]);
  });

  it("reads the date of a minutes reference before its section", () => {
    expect(texts("Pöytäkirja 03.03.2026/Pykälä 17")).toEqual(["03.03.2026"]);
    expect(values("Viite 5146/01.04.00/2023")).toEqual([]);
  });

  it("gives a live report's clock stamps the reference day when the text states no day", () => {
    expect(values("Äänestys alkoi. Kello 19.42. Tulos on selvä. Kello 19.50.", "2026-03-02")).toEqual(["2026-03-02T19:42", "2026-03-02T19:50"]);
    expect(values("Tervetuloa klo 18 kuulemaan.", "2026-03-02")).toEqual([]);
  });
});

/** A programme's clock times take the happening's own day. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("programme anchoring", () => {
  it("passes over a deadline between the programme's day and its slots", () => {
    const text = "Seminaari to 8.10.2026\nIlmoittaudu 30.9. mennessä.\n\n9.00 Avaus\n9.30 Alustukset";
    expect(values(text)).toEqual(["2026-10-08", "2026-09-30", "2026-10-08T09:00", "2026-10-08T09:30"]);
  });

  it("gives a clock in running text the day of the date before it, a deadline's too", () => {
    expect(values("Palauta lomake 30.9.2026 mennessä, viimeistään kuitenkin klo 16.")).toEqual(["2026-09-30", "2026-09-30T16:00"]);
  });
});

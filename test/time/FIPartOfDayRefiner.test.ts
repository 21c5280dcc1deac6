/** A part of the day beside a clock time sets its half of the day. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("FIPartOfDayRefiner", () => {
  it("makes evening and afternoon hours from 1 to 11 afternoon hours", () => {
    expect(values("Juhla pe 8.5.2026 illalla klo 7.")).toEqual(["2026-05-08", "2026-05-08T19:00"]);
    expect(values("Talkoot la 9.5.2026 iltapäivällä kello 3–5.")).toEqual(["2026-05-09", "2026-05-09T15:00/2026-05-09T17:00"]);
    expect(values("Tanssit la 9.5.2026 klo 9 illalla.")).toEqual(["2026-05-09T21:00"]);
  });

  it("leaves morning hours and hours already past noon alone", () => {
    expect(values("Retki su 10.5.2026 aamulla klo 8.")).toEqual(["2026-05-10", "2026-05-10T08:00"]);
    expect(values("Konsertti su 10.5.2026 illalla klo 19.")).toEqual(["2026-05-10", "2026-05-10T19:00"]);
  });
});

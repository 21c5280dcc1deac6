/** A part of the day beside a clock time sets its half of the day. */
import { describe, expect, it } from "vitest";
import { texts, values } from "./helpers.js";

describe("FIPartOfDayRefiner", () => {
  it("makes evening and afternoon hours from 1 to 11 afternoon hours", () => {
    expect(values("Juhla pe 8.5.2026 illalla klo 7.")).toEqual(["2026-05-08T19:00"]);
    expect(values("Talkoot la 9.5.2026 iltapäivällä kello 3–5.")).toEqual(["2026-05-09T15:00/2026-05-09T17:00"]);
    expect(values("Tanssit la 9.5.2026 klo 9 illalla.")).toEqual(["2026-05-09T21:00"]);
  });

  it("leaves morning hours and hours already past noon alone", () => {
    expect(values("Retki su 10.5.2026 aamulla klo 8.")).toEqual(["2026-05-10T08:00"]);
    expect(values("Konsertti su 10.5.2026 illalla klo 19.")).toEqual(["2026-05-10T19:00"]);
  });

  it("keeps a date, the part of the day and the clock time one expression", () => {
    expect(texts("Tervetuloa ensi tiistaina illalla klo 7 nuorisotalolle.", "2026-03-10")).toEqual(["ensi tiistaina illalla klo 7"]);
    expect(values("Tervetuloa ensi tiistaina illalla klo 7 nuorisotalolle.", "2026-03-10")).toEqual(["2026-03-17T19:00"]);
    expect(values("Lähtö huomenna aamulla kello 6.30 torin laidalta.", "2026-03-10")).toEqual(["2026-03-11T06:30"]);
    expect(values("Ilotulitus la 31.10.2026 yöllä klo 0.30.", null)).toEqual(["2026-10-31T00:30"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractTimes } from "../../src/index.js";
import { zoneOffsetMinutes } from "../../src/time/zone.js";

describe("time zone offsets", () => {
  it("follows EU daylight saving in Helsinki", () => {
    expect(zoneOffsetMinutes("Europe/Helsinki", 2022, 2, 2, 18, 0)).toBe(120);
    expect(zoneOffsetMinutes("Europe/Helsinki", 2022, 6, 1, 9, 30)).toBe(180);
    expect(zoneOffsetMinutes("Europe/Helsinki", 2022, 3, 27, 2, 59)).toBe(120);
    expect(zoneOffsetMinutes("Europe/Helsinki", 2022, 3, 27, 4, 0)).toBe(180);
    expect(zoneOffsetMinutes("Europe/Helsinki", 2022, 10, 30, 5, 0)).toBe(120);
  });

  it("agrees with Intl for Helsinki across a year", () => {
    for (let m = 1; m <= 12; m++) {
      expect(zoneOffsetMinutes("Europe/Helsinki", 2023, m, 15, 12, 0)).toBe(zoneOffsetMinutes("Europe/Stockholm", 2023, m, 15, 12, 0) + 60);
    }
  });

  it("writes the offset into clock values and takes other zones", () => {
    expect(extractTimes("1.6.2018 klo 9.30")[0].value).toBe("2018-06-01T09:30:00+03:00");
    expect(extractTimes("1.6.2018 klo 9.30", { timeZone: "Europe/Stockholm" })[0].value).toBe("2018-06-01T09:30:00+02:00");
    expect(() => extractTimes("x", { timeZone: "Mars/Olympus" })).toThrow(expect.objectContaining({ code: "invalid_time_zone" }));
  });
});

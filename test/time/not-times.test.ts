/** Numbers that look like dates or times and are neither. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("not times", () => {
  it("reads no date in a version number", () => {
    expect(values("Sovelluksen versio 4.2. korjaa virheen.")).toEqual([]);
    expect(values("Päivitys 3.11.24 on asennettu.")).toEqual([]);
  });

  it("reads no time in opening and service hours, even with a date before", () => {
    expect(values("Kokous 3.2.2026. Kanslia on avoinna arkisin klo 9–15.")).toEqual(["2026-02-03"]);
    expect(values("Kokous 3.2.2026. Neuvonta palvelee ma–pe klo 8–16.")).toEqual(["2026-02-03"]);
    expect(values("Kokous 3.2.2026. Puhelinaika klo 12–13.")).toEqual(["2026-02-03"]);
  });

  it("reads a weekday's hours listed after recurring ones as recurring too", () => {
    expect(values("Muutos tulee voimaan 2.3.2026. Uimahalli on auki ma–to klo 6–21 ja pe klo 6–18.")).toEqual(["2026-03-02"]);
    expect(values("Muutos tulee voimaan 2.3.2026. Toimisto on avoinna ti–to klo 9–15, pe klo 9–12 ja la klo 10–14.")).toEqual(["2026-03-02"]);
    // a day after a clock of one day is that day's
    expect(values("Retki tehdään 6.3.2026 klo 9–12 ja la klo 10–14 siivotaan.")).toContain("2026-03-06T09:00/2026-03-06T12:00");
  });
});

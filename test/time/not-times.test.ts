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
});

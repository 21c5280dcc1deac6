/** Two bodies' names glued into one word where a line break was lost. */
import { describe, expect, it } from "vitest";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("glued names", () => {
  it("reads two compounds written as one word as two bodies, the first with its owner", () => {
    expect(bodyKinds("Tiedote\n\nsisäministeriön hallinto-osastoulkoministeriö\n\nHallitus antoi esityksen.")).toMatchObject({
      "sisäministeriön hallinto-osasto": "other",
      ulkoministeriö: "ministry",
    });
    expect(bodyNames("valtioneuvoston viestintäosastoympäristöministeriö")).toEqual(["valtioneuvosto", "valtioneuvoston viestintäosasto", "ympäristöministeriö"]);
  });

  it("keeps a compound whose second part is a bare head as one name", () => {
    expect(bodyNames("Seurakuntayhtymä ja kansalaisjärjestöneuvottelukunta sekä vaalilautakuntatyöryhmä kokoontuivat.")).toEqual(["seurakuntayhtymä", "kansalaisjärjestöneuvottelukunta", "vaalilautakuntatyöryhmä"]);
  });
});

describe("a unit's owner", () => {
  it("keeps another body's genitive before a unit named by its field", () => {
    expect(bodyNames("Tiedotteen julkaisi ministeriön viestintäosasto.")).toEqual(["ministeriö", "ministeriön viestintäosasto"]);
  });
});

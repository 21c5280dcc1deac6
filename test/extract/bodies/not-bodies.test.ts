/** What is no body: venues, generic singulars under a determiner, places alone. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("not bodies", () => {
  it("takes a venue in a case of place for a place", () => {
    expect(bodyNames("Juhla pidetään Kangasalan seurakuntakeskuksessa ja kahvit Kuhmon kirkossa.")).toEqual([]);
    expect(bodyNames("Leiri pidetään Pajulahden Urheiluopistolla.")).toEqual([]);
  });

  it("takes a head under a generic determiner for any body of the kind", () => {
    expect(bodyNames("Jokainen kotiseutuyhdistys voi hakea tukea.")).toEqual([]);
    expect(bodyNames("Paikkoja ei voi siirtää toiselle yhdistykselle.")).toEqual([]);
    expect(bodyNames("Ohjeessa sanotaan, mikä toimielin päättää avustuksista.")).toEqual([]);
    expect(bodyNames("Paneeliin kutsuttiin jäsen jokaisesta valtuustossa istuvasta puolueesta.")).toEqual(["valtuusto"]);
  });

  it("takes a body's project or programme for no named body", () => {
    expect(bodyNames("Tapahtuman ohjelma julkaistaan. Kurssin ohjelma on liitteenä.")).toEqual([]);
  });
});

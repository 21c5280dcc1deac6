/** Council groups and lower-case party names. */
import { describe, expect, it } from "vitest";
import { bodyKinds } from "./helpers.js";

describe("council groups", () => {
  it("reads a party's group, by abbreviation or lower-case name, as a body of kind other", () => {
    expect(bodyKinds("SDP:n ryhmä ja kristillisdemokraattien valtuustoryhmä esittivät muutosta.")).toMatchObject({
      "SDP:n ryhmä": "other",
      "kristillisdemokraattien valtuustoryhmä": "other",
    });
  });

  it("reads a group's name written with its hyphen before the space, as written", () => {
    expect(bodyKinds("Aloitteen jättivät Reilu Esimerkkilä- valtuustoryhmä ja Vihreät- valtuustoryhmä.")).toMatchObject({
      "Reilu Esimerkkilä- valtuustoryhmä": "other",
      "Vihreät- valtuustoryhmä": "other",
    });
  });

  it("reads no group without a party", () => {
    expect(Object.keys(bodyKinds("Ryhmä kokoontui ja ikäryhmä vaihtui."))).toEqual([]);
  });
});

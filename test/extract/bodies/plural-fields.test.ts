/** Fields named in the plural genitive and by a compound's first part before ja. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("plural fields of a body", () => {
  it("keeps a field in the plural genitive and a coordinated compound's first part", () => {
    expect(bodyNames("Esityksen käsittelee perhe- ja sosiaalipalvelujen lautakunta.")).toEqual(["perhe- ja sosiaalipalvelujen lautakunta"]);
    expect(bodyNames("Toimeentulotuesta päättää yksilöasioiden jaosto.")).toEqual(["yksilöasioiden jaosto"]);
    expect(bodyNames("Maahanmuuttajien neuvottelukunta kokoontui tiistaina.")).toEqual(["Maahanmuuttajien neuvottelukunta"]);
  });

  it("reads no other bodies in the plural as a field", () => {
    expect(bodyNames("Kokouksessa oli mukana eri kuntien työryhmä.")).toEqual(["työryhmä"]);
  });
});

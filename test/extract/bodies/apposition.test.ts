/** A proper name in apposition after the head stays in the body's name. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("a name in apposition", () => {
  it("keeps a name after the head, in base form", () => {
    expect(bodyNames("Selvityksen teki tutkimuslaitos Sitran työryhmä.")).toContain("tutkimuslaitos Sitra");
    expect(bodyNames("Tilaisuuden järjesti ajatuspaja Kaarnan väki.")).toEqual(["ajatuspaja Kaarna"]);
  });

  it("does not take a place where the body acts for its name", () => {
    expect(bodyNames("Kotiseutuyhdistys Kuopiossa kokoontuu.")).toEqual(["kotiseutuyhdistys"]);
    expect(bodyNames("Kutsu lähti kotiseutuyhdistykselle Kuopioon.")).toEqual(["kotiseutuyhdistys"]);
  });

  it("takes an organization in apposition by its own name", () => {
    expect(bodyNames("Liiton jäsenjärjestö Tehy vaati korotuksia.")).toEqual(["Tehy"]);
  });

  it("does not read a legal form as an apposition", () => {
    expect(bodyNames("Mäntylän Kyläyhdistys ry:n kokous.")).toEqual(["Mäntylän Kyläyhdistys ry"]);
  });
});

describe("a joint municipal authority's name after it", () => {
  it("keeps the name after kuntayhtymä", () => {
    expect(bodyNames("Palvelut tuottaa perusturvakuntayhtymä Karviainen.")).toEqual(["perusturvakuntayhtymä Karviainen"]);
  });
});

describe("an agency's name after it", () => {
  it("keeps the name after virasto, in its base form", () => {
    expect(bodyNames("Luvan myönsi Liikenne- ja viestintävirasto Traficom.")).toEqual(["Liikenne- ja viestintävirasto Traficom"]);
    expect(bodyNames("Lupaa haettiin Liikenne- ja viestintävirasto Traficomilta.")).toEqual(["Liikenne- ja viestintävirasto Traficom"]);
  });
});

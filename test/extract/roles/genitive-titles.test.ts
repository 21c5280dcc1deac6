/** A genitive before a title: part of the title when it names a field or unit, the organization when it names a body (ANNOTATION.md). */
import { describe, expect, it } from "vitest";
import { roles } from "./helpers.js";

describe("genitives that belong to the title", () => {
  it("keeps a compound field genitive the word lists lack whole", () => {
    expect(roles("Avauspuheen pitää lastensuojelun palvelupäällikkö Kirsi Vainikainen.")["Kirsi Vainikainen"]).toContainEqual(["lastensuojelun palvelupäällikkö", null]);
    expect(roles("Paikalla oli nuorisotyön koordinaattori Elias Brandt.")["Elias Brandt"]).toContainEqual(["nuorisotyön koordinaattori", null]);
  });

  it("keeps a field genitive capitalised after a comma in a list", () => {
    const got = roles("Läsnä:\nHaavisto Meri, Diakonisen työn kehittäjä\nLaakso Petri, Yksikön päällikkö");
    expect(got["Meri Haavisto"].map((r) => r[0])).toEqual(["diakonisen työn kehittäjä"]);
    expect(got["Petri Laakso"].map((r) => r[0])).toEqual(["yksikön päällikkö"]);
  });

  it("reads a place's genitive after a comma as the organization, not the title", () => {
    const got = roles("Puhujina Veera Laine, Etelä-Karjalan hyvinvointijohtaja Outi Kara ja Tommi Rasi.");
    expect(got["Outi Kara"].map((r) => r[0])).toEqual(["hyvinvointijohtaja", "puhuja"]);
  });

  it("takes no time genitive into the title, though it ends like a participle", () => {
    expect(roles("Aamupäivän puheenjohtaja Sirpa Kautto, Pohjois-Savon liitto")["Sirpa Kautto"].map((r) => r[0])).toEqual(["puheenjohtaja"]);
  });

  it("takes no body before a comma as a genitive of the title after it", () => {
    const got = roles("Puhujina tutkija Heikki Ruuska Tampereen yliopistolta, nuorisotyön päällikkö Kaisa Ollila Lapin hyvinvointialueelta.");
    expect(got["Kaisa Ollila"]).toContainEqual(["nuorisotyön päällikkö", "Lapin hyvinvointialue"]);
  });
});

describe("organizations a title implies", () => {
  it("names a municipal office holder's municipality by the place its council is named after", () => {
    expect(roles("Kyrönkosken kunnanvaltuusto valitsi Aleksi Harjun kunnanjohtajaksi.")["Aleksi Harju"]).toEqual([["kunnanjohtaja", "Kyrönkosken kunta"]]);
  });
});

describe("a title compounded with a unit", () => {
  it("takes a body's genitive before it as the organization, not as the unit's field", () => {
    expect(roles("Puhujana oli valtiovarainministeriön kansliapäällikkö Juha Majanen.")["Juha Majanen"]).toContainEqual(["kansliapäällikkö", "valtiovarainministeriö"]);
  });
});

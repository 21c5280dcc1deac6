/** A title goes to the person the sentence gives it, not to a name next to it that belongs elsewhere (PHENOMENA 14–17). */
import { describe, expect, it } from "vitest";
import { roles, titles } from "./helpers.js";

describe("whose a title is", () => {
  it("gives titles joined by a slash after `ja` to the name after them", () => {
    const got = titles("Paikalla olivat tekninen johtaja Arvo Salmi ja rakennustarkastaja/ympäristösihteeri Kari Tuisku.");
    expect(got["Arvo Salmi"]).toEqual(["tekninen johtaja"]);
    expect(got["Kari Tuisku"]).toEqual(["rakennustarkastaja", "ympäristösihteeri"]);
  });

  it("reads a title past the party between it and the name", () => {
    expect(titles("Lautakunnan puheenjohtaja, kokoomuksen Ilpo Rauhala vastusti esitystä.")["Ilpo Rauhala"]).toEqual(["puheenjohtaja"]);
  });

  it("gives a relative clause's title to its antecedent, not to the names after it", () => {
    const got = roles("Puhumassa aluepäällikkö Reija Kotka, joka toimii henkilöstön edustajana hankkeen ohjausryhmässä, sekä Mirja Lauri Tehystä.");
    expect(got["Reija Kotka"].find((r) => r[0] === "henkilöstön edustaja")?.[1]).toMatch(/ohjausryhmä$/);
    expect(got["Mirja Lauri"]).toEqual([]);
  });

  it("reads titles after where someone comes from", () => {
    const got = roles("Mukana on Tuula Parkkinen Tehystä, hallituksen jäsen, sairaanhoitopiirin pääluottamusmies.");
    expect(got["Tuula Parkkinen"]).toContainEqual(["jäsen", "hallitus"]);
    expect(got["Tuula Parkkinen"].map((r) => r[0])).toContain("pääluottamusmies");
  });
});

describe("the body an essive title is held in", () => {
  it("takes the body in the inessive after the title", () => {
    expect(roles("Jussi Mäki toimii puheenjohtajana johtokunnassa.")["Jussi Mäki"]).toEqual([["puheenjohtaja", "johtokunta"]]);
  });
});

describe("titles on lines of their own", () => {
  it("gives a title line no name across a paragraph break", () => {
    const got = titles("Terveisin\nAnna Kivi\n\nPuheenjohtaja\nPekka Aho");
    expect(got["Anna Kivi"]).toEqual([]);
    expect(got["Pekka Aho"]).toEqual(["puheenjohtaja"]);
  });

  it("gives a title line under a name to that name only, in a list of names and titles on lines of their own", () => {
    const got = titles("Yhteystiedot\nAnna Kivi\npuheenjohtaja\nPekka Aho\nsihteeri");
    expect(got["Anna Kivi"]).toEqual(["puheenjohtaja"]);
    expect(got["Pekka Aho"]).toEqual(["sihteeri"]);
  });
});

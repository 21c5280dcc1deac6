/** People in base form, once each, with all mentions. */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../src/index.js";

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe("people", () => {
  it("puts inflected names in base form", () => {
    expect(names("Päätös Johanna Jokisen ja Arto Häggille annetusta tehtävästä.")).toEqual(["Johanna Jokinen", "Arto Hägg"]);
    expect(names("Äänestyksessä luottamus puheenjohtaja Heikki Lahtiseen.")).toEqual(["Heikki Lahtinen"]);
  });

  it("keeps double first names, hyphenated surnames and particles", () => {
    expect(names("Mukana Elli Maria Kultima, Anu Olkkonen-Nikula ja Willem van Schevikhovenin edustaja.")).toEqual([
      "Elli Maria Kultima",
      "Anu Olkkonen-Nikula",
      "Willem van Schevikhoven",
    ]);
  });

  it("turns an inverted list entry round, and reads its abbreviated title", () => {
    expect(extractPeople("Aula Maria Kaisa, pj.").map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Maria Kaisa Aula", ["puheenjohtaja"]]]);
    expect(extractPeople("Jarmo Kuosa vpj.").map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Jarmo Kuosa", ["varapuheenjohtaja"]]]);
  });

  it("joins surname-only mentions to the person", () => {
    const [p] = extractPeople("Hyvinvointialuejohtaja Tero Järvinen avaa tilaisuuden. – Tervetuloa, Järvinen kuvailee.");
    expect(p.mentions).toHaveLength(2);
  });

  it("finds no people in organizations, months or sentence-initial words", () => {
    expect(names("Lautakunta Hyväksyi esityksen. Maaliskuu Alkaa. Keski-Suomen Hyvinvointialue tiedottaa.")).toEqual([]);
  });
});

describe("surname-only people", () => {
  it("reads a listed surname after a title as a person, or as the one named in full", () => {
    expect(extractPeople("Kokouksessa puhui varapuheenjohtaja Hyrkkö.").map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Hyrkkö", ["varapuheenjohtaja"]]]);
    const people = extractPeople("Ministeri Kimmo Tiilikaisen johdolla kokoontui ryhmä. Näin linjaa ympäristöministeri Tiilikainen.");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Kimmo Tiilikainen", ["ministeri", "ympäristöministeri"]]]);
  });
});

describe("names the statistics do not settle", () => {
  it("takes a common-word surname after a title, and an unlisted first name before a listed surname", () => {
    expect(names("Puhujana sosiaalityön professiojohtaja Marena Paahto.")).toEqual(["Marena Paahto"]);
    expect(names("Avaussanat: toimitusjohtaja Xandra Korhonen.")).toEqual(["Xandra Korhonen"]);
  });
});

describe("roles of lines that name nobody", () => {
  it("gives a role in a line with only `hän` to the person named before it, and none in a line with neither", () => {
    const roles = (text: string) => extractPeople(text).map((p) => [p.name, p.roles.map((r) => r.title)]);
    const text = "Kehittämispäällikkö Anna Virtanen aloitti työnsä maanantaina.\n\nHän on toiminut aiemmin toiminnanjohtajana Mikkelissä.";
    expect(roles(text)).toEqual([["Anna Virtanen", ["kehittämispäällikkö", "toiminnanjohtaja"]]]);
    expect(roles(text.replace("Hän on", "Yhdistys on"))).toEqual([["Anna Virtanen", ["kehittämispäällikkö"]]]);
  });
});

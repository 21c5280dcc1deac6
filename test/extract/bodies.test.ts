/** Bodies in base form, once each, with their kinds and aliases. */
import { describe, expect, it } from "vitest";
import { extractBodies } from "../../src/index.js";

const names = (text: string) => extractBodies(text).map((b) => b.name);

describe("bodies", () => {
  it("lemmatizes agreeing modifiers and keeps genitive attributes", () => {
    expect(names("Laajan poliittisen ohjausryhmän kokous pidettiin.")).toEqual(["laaja poliittinen ohjausryhmä"]);
    expect(names("Asia kuului Keski-Suomen hyvinvointialueen hyvinvoinnin ja terveyden lautakunnalle.")).toEqual([
      "Keski-Suomen hyvinvointialue",
      "Keski-Suomen hyvinvointialueen hyvinvoinnin ja terveyden lautakunta",
    ]);
    expect(names("Jäsenet valittiin tilapäiseen valiokuntaan.")).toEqual(["tilapäinen valiokunta"]);
  });

  it("classifies kinds", () => {
    const kinds = Object.fromEntries(
      extractBodies("Aluevaltuusto, Soinin kunnanhallitus, Sote-jaosto, STTK ry, Ramboll Oy, LAURA-hanke ja Keski-Suomen hyvinvointialue kokoontuivat.").map((b) => [b.name, b.kind]),
    );
    expect(kinds).toMatchObject({
      aluevaltuusto: "council",
      "Soinin kunnanhallitus": "executive-board",
      "Sote-jaosto": "division",
      "STTK ry": "association",
      "Ramboll Oy": "company",
      "LAURA-hanke": "project",
      "Keski-Suomen hyvinvointialue": "welfare-area",
    });
  });

  it("merges short forms and introduced abbreviations into one body", () => {
    const bodies = extractBodies("Keski-Suomen hyvinvointialueen turvallisuuslautakunta kokoontui. Lautakunta hyväksyi asiat. Yhteistyö sosiaali- ja terveysministeriön (STM) kanssa jatkuu.");
    expect(bodies.map((b) => [b.name, b.aliases])).toEqual([
      ["Keski-Suomen hyvinvointialue", []],
      ["Keski-Suomen hyvinvointialueen turvallisuuslautakunta", ["lautakunta"]],
      ["sosiaali- ja terveysministeriö", ["STM"]],
    ]);
  });

  it("reads acronyms the text uses as names, and one-word organizations", () => {
    expect(names("STTK:n edustajisto valitsi. SOSTEn edustaja ja Tehystä tullut jäsen.")).toEqual(["STTK", "STTK:n edustajisto", "SOSTE", "Tehy"]);
    // a name's stem in the weak grade, and a legal form with its case ending after a colon
    expect(names("Vasemmistoliiton edustaja puhui. Ramboll Oy:n ja Tekla Oy Ab:n edustajat.")).toEqual(["vasemmistoliitto", "Ramboll Oy", "Tekla Oy Ab"]);
  });

  it("takes no generic plurals, look-alikes or passing modifiers", () => {
    expect(names("Järjestöt ja eri sidosryhmät sekä maakunta, valtakunta ja henkilökunta osallistuivat. Lautakunnat kokoontuvat.")).toEqual([]);
    expect(names("Uusi hyvinvointialue aloittaa.")).toEqual(["hyvinvointialue"]);
  });
});

describe("parties", () => {
  it("reads a party abbreviation after a name, and lower-case party names before one", async () => {
    const { extractBodies } = await import("../../src/index.js");
    expect(extractBodies("Jäseneksi valittiin Pekka Nieminen (kok.) ja keskustan Heidi Hakkarainen.").map((b) => [b.name, b.kind])).toEqual([
      ["kokoomus", "party"],
      ["keskusta", "party"],
    ]);
  });
});

describe("organizations in a programme's apposition", () => {
  it("reads the organization after a name and a title", async () => {
    const { extractBodies } = await import("../../src/index.js");
    const bodies = (t: string) => extractBodies(t).map((b) => [b.name, b.kind]);
    expect(bodies("- Ilkka Paananen, toimitusjohtaja, Supercell")).toEqual([["Supercell", "company"]]);
    expect(bodies("- Erja Yläjärvi, vastaava päätoimittaja, Helsingin Sanomat")).toEqual([["Helsingin Sanomat", "company"]]);
    expect(bodies("Mirja Kangas, Rovaniemi")).toEqual([]);
    expect(bodies("Anita Lehikoinen, entinen kansliapäällikkö, Tampere")).toEqual([]);
  });
});

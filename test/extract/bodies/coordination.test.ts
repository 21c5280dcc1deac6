/** Coordination: two bodies of the same head are two; a coordinated compound is one name. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("coordinated bodies", () => {
  it("splits two bodies of the same head", () => {
    expect(bodyNames("Sopimuksen allekirjoittivat Alavuden kaupungin ja Kuortaneen kunnan sekä Ähtärin kaupungin edustajat.")).toEqual([
      "Alavuden kaupunki",
      "Kuortaneen kunta",
      "Ähtärin kaupunki",
    ]);
    expect(bodyNames("Porin kaupungin ja Rauman kaupungin yhteistyö jatkuu.")).toEqual(["Porin kaupunki", "Rauman kaupunki"]);
  });

  it("keeps a coordinated compound as one name", () => {
    expect(bodyNames("Asiasta lausui sosiaali- ja terveysministeriö.")).toEqual(["sosiaali- ja terveysministeriö"]);
    // a series of three keeps its commas
    expect(bodyNames("Keräyksen järjesti Keuhko-, Iho- ja Allergialiitto.")).toEqual(["Keuhko-, Iho- ja Allergialiitto"]);
    expect(bodyNames("Vastineen antoi asunto-, liikenne- ja viestintäministeriö.")).toEqual(["asunto-, liikenne- ja viestintäministeriö"]);
  });
});

describe("a division named by its fields inside a title", () => {
  it("reads the body from coordinated field genitives before a title compounded with its head", () => {
    expect(bodyNames("Tervehdyksen toi liikunnan ja nuorisotyön toimialajohtaja Erkki Vaara.")).toEqual(["liikunnan ja nuorisotyön toimiala"]);
  });

  it("reads none from one genitive or from the compound title alone", () => {
    expect(bodyNames("Tervehdyksen toi toimialajohtaja Erkki Vaara.")).toEqual([]);
    expect(bodyNames("Tervehdyksen toi kirjaston palvelupäällikkö Erkki Vaara.")).toEqual([]);
  });
});

describe("a hyphen-ellipsis with the space after the hyphen left out", () => {
  it("keeps both parts, as written", () => {
    expect(bodyNames("Asiasta päätti sosiaali-ja terveyslautakunta eilen.")).toEqual(["sosiaali-ja terveyslautakunta"]);
  });

  it("reads one body of each name coordinated before a plural head", () => {
    expect(bodyNames("Pihlajaveden ja Kuusaaren kunnat hakivat avustusta yhdessä.")).toEqual(["Pihlajaveden kunta", "Kuusaaren kunta"]);
    expect(bodyNames("Sopimuksen tekivät Rantalan, Mäntykylän ja Kivijärven seurakunnat.")).toEqual(["Rantalan seurakunta", "Mäntykylän seurakunta", "Kivijärven seurakunta"]);
    // each party whose group it is counts as a body too, as in the corpus's minutes
    expect(bodyNames("Aloitteen jättivät vihreiden ja perussuomalaisten valtuustoryhmät.")).toEqual(["vihreät", "vihreiden valtuustoryhmä", "perussuomalaiset", "perussuomalaisten valtuustoryhmä"]);
    expect(bodyNames("Vasemmistoliiton ja vihreiden ryhmät jättivät eriävän mielipiteen.")).toContain("vihreät");
    // a party whose name ends in a head noun (-liitto) is still a party
    expect(bodyNames("Eriävän mielipiteen jättivät kokoomuksen ja Vasemmistoliiton ryhmät.")).toContain("Vasemmistoliiton ryhmä");
  });

  it("reads no body from a plural head after common nouns or people", () => {
    expect(bodyNames("Alueen kunnat ja kaupungit hakivat avustusta.")).toEqual([]);
    expect(bodyNames("Tutkimuksen ja opetuksen yliopistot kasvavat.")).toEqual([]);
  });

  it("keeps a compound apart from a longer one ending in it, and takes the bare head for the longer one's short form", () => {
    expect(bodyNames("Vaalilautakunta ja keskusvaalilautakunta kokoontuvat samana päivänä.")).toEqual(["vaalilautakunta", "keskusvaalilautakunta"]);
    expect(bodyNames("Kunnanhallitus esitti, ja hallitus hyväksyi esityksen.")).toEqual(["kunnanhallitus"]);
  });
});

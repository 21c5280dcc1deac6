/** Where a title begins and ends (PHENOMENA 17). */
import { describe, expect, it } from "vitest";
import { roles, titles } from "./helpers.js";

describe("title boundaries", () => {
  it("strips where someone is from", () => {
    expect(titles("Aloitteen teki kuopiolainen kansanedustaja Leena Harju.")).toEqual({ "Leena Harju": ["kansanedustaja"] });
  });

  it("drops status words before the title", () => {
    expect(titles("Puheen piti eroava toimitusjohtaja Kalle Vuori.")).toEqual({ "Kalle Vuori": ["toimitusjohtaja"] });
    expect(titles("Hallitus myönsi eron rehtori Kalle Vuorelle.")).toEqual({ "Kalle Vuori": ["rehtori"] });
    expect(titles("Hakemuksen allekirjoitti vt. kunnanjohtaja Maria Lehto.")).toEqual({ "Maria Lehto": ["kunnanjohtaja"] });
    // a degree written out is no role either
    expect(titles("Hakemuksen allekirjoitti diplomi-insinööri Maria Lehto.")).toEqual({ "Maria Lehto": [] });
    expect(titles("Muistopuheen piti seuran pitkäaikainen valmentaja Arvo Nurmi.")["Arvo Nurmi"]).toEqual(["valmentaja"]);
    expect(titles("Tilaisuuteen saapui eläkkeellä oleva piispa Veli Rasku.")["Veli Rasku"]).toEqual(["piispa"]);
    // an infinitive of purpose in -maan is no field's genitive (`ulkomaan` is)
    expect(titles("Seura pyysi kouluttamaan valmentaja Eero Hovin.")["Eero Hovi"]).toEqual(["valmentaja"]);
  });

  it("reads a title after the name past its acting prefix", () => {
    expect(titles("Lisätietoja antaa Kaisa Rinne, vs. rehtori.")).toEqual({ "Kaisa Rinne": ["rehtori"] });
    expect(titles("Muut läsnä\nHolm Petra, vt. talousjohtaja, sihteeri")).toEqual({ "Petra Holm": ["talousjohtaja", "sihteeri"] });
  });

  it("leaves a passive participle of what is to be done out of the title", () => {
    expect(titles("Ilmoittautumiset on toimitettava sihteeri Outi Rannalle.")).toEqual({ "Outi Ranta": ["sihteeri"] });
    // an active participle that says which post stays
    expect(titles("Päivystää vastaava lääkäri Ville Kuusela.")["Ville Kuusela"]).toEqual(["vastaava lääkäri"]);
  });

  it("keeps a field's genitive with its own adjective", () => {
    expect(titles("Avauksen pitää kestävän kehityksen johtaja Outi Rinne.")).toEqual({ "Outi Rinne": ["kestävän kehityksen johtaja"] });
    expect(titles("Seppeleen laskivat kukkien laskijat Tuula Aho ja Pekka Ruuth.")["Tuula Aho"]).toContain("kukkien laskija");
  });

  it("reads a body compounded with a member's title as that body's member", () => {
    expect(roles("Uusi hallitusjäsen Sanna Tuomi aloittaa tammikuussa.")).toEqual({ "Sanna Tuomi": [["jäsen", "hallitus"]] });
    // a secretary's compound is a post of its own
    expect(titles("Muistion kirjoitti projektisihteeri Iivo Saari.")).toEqual({ "Iivo Saari": ["projektisihteeri"] });
    expect(titles("Kirkossa puhui seurakuntasihteeri Iivo Saari.")).toEqual({ "Iivo Saari": ["seurakuntasihteeri"] });
  });

  it("knows the titles of news, the police, the arts and farming", () => {
    for (const title of ["kirjeenvaihtaja", "rikoskomisario", "ylikonstaapeli", "kapellimestari", "kuvataiteilija", "säveltäjä", "maanviljelijä", "proviisori", "historioitsija", "tutkijatohtori", "valokuvaaja", "suntio"])
      expect(titles(`Haastattelussa oli ${title} Iivo Saari.`)["Iivo Saari"]).toEqual([title]);
  });

  it("reads a collective's genitive as the organization", () => {
    expect(roles("Muistion laati puheenjohtajiston sihteeri Elina Koski.")).toEqual({ "Elina Koski": [["sihteeri", "puheenjohtajisto"]] });
  });

  it("reads abbreviated titles in parentheses", () => {
    expect(titles("Paikalla: Ville Kangas (pj), Mari Salo (vpj), Olli Peltonen")).toEqual({
      "Ville Kangas": ["puheenjohtaja"],
      "Mari Salo": ["varapuheenjohtaja"],
      "Olli Peltonen": [],
    });
  });
});

describe("title heads of supervisors and the church", () => {
  it("reads esimies, kirkkoherra, seurakuntapastori and lipunkantaja as titles", () => {
    const got = titles("Hanna Korpi, kotihoidon esimies, kertoi arjesta. Juhlan avasi kirkkoherra Juha Lampinen. Lipunkantajina toimivat Antti Aho ja Ville Rask.");
    expect(got["Hanna Korpi"]).toEqual(["kotihoidon esimies"]);
    expect(got["Juha Lampinen"]).toEqual(["kirkkoherra"]);
    expect(got["Ville Rask"]).toEqual(["lipunkantaja"]);
  });
});

describe("a title opening parentheses", () => {
  it("names the one after the comma in them", () => {
    expect(titles("14.10 Keskustelu (moderaattori, Jussi Aho)")["Jussi Aho"]).toEqual(["moderaattori"]);
  });
});

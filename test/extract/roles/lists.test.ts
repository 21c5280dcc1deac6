/** Roles that apply to lists (PHENOMENA 13–14). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";
import { roles } from "./helpers.js";

describe("roles of lists", () => {
  it("ends a members' list at a singular title alone on its line, which heads the one name below it", () => {
    const text = "Mäntylän tiekunta\nVuosikokous\n\nHoitokunnan jäsenet\nLaitinen Pekka, pj\nKorhonen Anni\n\nToimitsijamies\nRautio Eero\n\nOsakas Sirpa Kolehmainen ehdotti tien kunnostamista.";
    const got = roles(text);
    expect(got["Anni Korhonen"]).toEqual([["jäsen", "hoitokunta"]]);
    expect(got["Eero Rautio"]).toEqual([["toimitsijamies", "Mäntylän tiekunta"]]);
    expect(got["Sirpa Kolehmainen"]).toEqual([["osakas", "Mäntylän tiekunta"]]);
  });

  it("gives a plural title to every name after it, up to a name with a title of its own", () => {
    const got = roles("Esittelijöinä toimivat kehitysjohtajat Sirpa Hyvönen, Kari Sirola ja Laura Vuori sekä talousjohtaja Mika Ranta.");
    expect(got["Kari Sirola"]).toContainEqual(["kehitysjohtaja", null]);
    expect(got["Laura Vuori"]).toContainEqual(["kehitysjohtaja", null]);
    expect(got["Mika Ranta"].map((r) => r[0])).not.toContain("kehitysjohtaja");
  });

  it("gives an event role no organization from the brackets after a name: it is held in the happening", () => {
    const got = roles("Panelistit: Veera Aalto (Kela), Joonas Lind (THL) ja Iida Mäki (Kuntaliitto)");
    for (const name of ["Veera Aalto", "Joonas Lind", "Iida Mäki"]) expect(got[name]).toEqual([["panelisti", null]]);
  });

  it("takes no organization for a plural title from a body the clause only addresses", () => {
    const got = roles("Tutkimusjohtajat Veera Kantola ja Aapo Rinne esittelivät selvityksen lautakunnalle.");
    expect(got["Veera Kantola"]).toEqual([["tutkimusjohtaja", null]]);
    expect(got["Aapo Rinne"]).toEqual([["tutkimusjohtaja", null]]);
  });

  it("reads past a term of office between a plural title and the copula", () => {
    const got = roles("Nuorisovaltuuston jäsenet toimikaudelle 2026–2027 ovat Veera Lahti, Onni Puska ja Elsa Tuomi.");
    for (const name of ["Veera Lahti", "Onni Puska", "Elsa Tuomi"]) expect(got[name]).toEqual([["jäsen", "nuorisovaltuusto"]]);
  });

  it("reads a line ending in a plural title and a colon as a list heading, with the body it elects to", () => {
    const text = "Kevätkokous valitsi seuran johtokuntaan seuraavat varsinaisiksi jäseniksi:\n\nAnni Rask, Tero Kallio, Oona Lindfors\n\nsekä varajäseniksi:\n\nPaavo Heikkilä ja Saija Nurmi.\n\nKokouksen lopuksi Eetu Lahtinen kertoi kesän tapahtumista pitkästi ja innostuneesti.";
    const got = roles(text);
    expect(got["Tero Kallio"]).toEqual([["jäsen", "johtokunta"]]);
    expect(got["Saija Nurmi"].map((r) => r[0])).toEqual(["varajäsen"]);
    expect(got["Eetu Lahtinen"]).toEqual([]);
  });

  it("keeps a list going over a line that names a post instead of a person", () => {
    const text = "Jäsenet:\nAnna Kivi, varalla Jussi Ranta\nKunnan edustajana kunnanjohtaja, varalla talousjohtaja\nMarja Lepistö, varalla Teemu Aho";
    const got = roles(text);
    expect(got["Marja Lepistö"].map((r) => r[0])).toEqual(["jäsen"]);
    expect(got["Teemu Aho"].map((r) => r[0])).toEqual(["varajäsen"]);
  });
  it("reads a flattened attendance list written surname first, each title going to the entry before it", () => {
    const people = extractPeople("Läsnä: Kemppi Aila, pj Virta Kalle Ranta-Aho Mikko Laine Liisa");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Aila Kemppi", ["puheenjohtaja"]],
      ["Kalle Virta", []],
      ["Mikko Ranta-Aho", []],
      ["Liisa Laine", []],
    ]);
  });
});

describe("where a list starts and ends", () => {

  it("reads names in paragraphs of their own as the list's entries", () => {
    const got = roles("Jäsenet:\n\nAnna Kivi\n\nPekka Aho\n\nVarajäsenet:\n\nVille Ranta\n\nKokouksen avasi Tiina Lahti.");
    expect(got["Pekka Aho"].map((r) => r[0])).toEqual(["jäsen"]);
    expect(got["Ville Ranta"].map((r) => r[0])).toEqual(["varajäsen"]);
    expect(got["Tiina Lahti"]).toEqual([]);
  });

  it("ends a list at a new paragraph that labels its own name", () => {
    const got = roles("Seminaari Rovaniemen kaupungin tiloissa\n\nAlustajat:\nHeikki Laine (Kuntaliitto)\nSanna Toivonen (THL)\n\nKommenttipuheenvuoro: Jukka Mattila, Suomen Omaishoitajat ry");
    expect(got["Sanna Toivonen"]).toEqual([["alustaja", null]]);
    expect(got["Jukka Mattila"]).toEqual([]);
  });

  it("keeps a members' list going over paragraphs labelled with places", () => {
    const got = roles("Jäsenet:\n\nInari: Anna Kivi, varalla Pekka Aho\n\nKemi: Liisa Oja, varalla Ari Ek");
    expect(got["Liisa Oja"]).toEqual([["jäsen", null]]);
    expect(got["Ari Ek"]).toEqual([["varajäsen", null]]);
  });

  it("keeps status words out of a title between the body and it", () => {
    const got = roles("Johtokunnan erovuoroiset jäsenet Pentti Saari ja Leila Koski valittiin uudelleen.");
    expect(got["Leila Koski"]).toEqual([["jäsen", "johtokunta"]]);
  });

  it("gives a members' heading without a colon to the names under it, up to the other attendees' heading", () => {
    const got = roles("Saapuvilla olleet jäsenet\nAho Pekka, puheenjohtaja\nLaine Ville\n\nMuut saapuvilla olleet\nLahti Jussi, tekninen johtaja, esittelijä");
    expect(got["Ville Laine"].map((r) => r[0])).toEqual(["jäsen"]);
    expect(got["Jussi Lahti"].map((r) => r[0])).not.toContain("jäsen");
  });
});

describe("a role-case title over a list whose last name has a title of its own", () => {
  it("gives the role to every name of the list", () => {
    const got = roles("Panelisteina Marjo Aalto, Eino Berg ja Sotkamon kunnan hyvinvointikoordinaattori Riina Kallas.");
    expect(got["Eino Berg"].map((r) => r[0])).toEqual(["panelisti"]);
    expect(got["Riina Kallas"].map((r) => r[0]).sort()).toEqual(["hyvinvointikoordinaattori", "panelisti"]);
  });

  it("ends the list at sekä, which opens another group", () => {
    expect(roles("Kehittäjiksi valitut Marjo Aalto ja Eino Berg sekä palopäällikkö Riina Kallas esittäytyivät.")["Riina Kallas"].map((r) => r[0])).toEqual(["palopäällikkö"]);
  });
});

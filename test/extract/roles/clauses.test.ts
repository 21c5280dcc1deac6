/** Roles a clause gives (PHENOMENA 14–15, 17): objects before a translative, idioms of rising to a post, degrees between title and name. */
import { describe, expect, it } from "vitest";
import { roles, titles } from "./helpers.js";

describe("clause roles", () => {
  it("names by `Varalle valittiin` the deputies of a post elected to, not of one held or an office filled", () => {
    const got = titles("Pöytäkirjantarkastajaksi valittiin Aino Salo. Varalle valittiin Pekka Aho.");
    expect(got["Pekka Aho"]).toEqual(["varapöytäkirjantarkastaja"]);
    const office = titles("Lautakunta valitsi kirjastonjohtajan virkaan Sanna Orava. Orava toimii nyt kirjaston osastonjohtajana. Varalle valittiin Ville Kauppi.");
    expect(office["Ville Kauppi"] ?? []).toEqual([]);
  });

  it("reads a performer's role in the essive", () => {
    expect(roles("Konsertissa esiintyi solistina Emma Laakso ja pianistina Ari Kulo.")).toEqual({ "Emma Laakso": [["solisti", null]], "Ari Kulo": [["pianisti", null]] });
  });

  it("gives a translative title to the object before it, past the meeting's genitive", () => {
    const got = roles("Valittiin Veera Laine kokouksen sihteeriksi ja Joonas Aro ja Elsa Virta ääntenlaskijoiksi.");
    expect(got["Veera Laine"].map((r) => r[0])).toEqual(["sihteeri"]);
    expect(got["Joonas Aro"].map((r) => r[0])).toEqual(["ääntenlaskija"]);
  });

  it("reads rising to a post", () => {
    expect(roles("Seuran uudeksi puheenjohtajaksi nousi Heikki Kallio.")["Heikki Kallio"].map((r) => r[0])).toEqual(["puheenjohtaja"]);
  });

  it("skips a degree between the title and the name, and reads a place's genitive before a municipal title", () => {
    expect(roles("Juhlapuhe: Kurikan kaupunginjohtaja, filosofian tohtori Aila Mäkelä.")["Aila Mäkelä"]).toEqual([["kaupunginjohtaja", "Kurikka"]]);
  });

  it("gives a plural title before a comma to the names after it", () => {
    const got = roles("Kokouksessa valittiin uudet johtokunnan jäsenet, Ilona Saari puheenjohtajana.");
    expect(got["Ilona Saari"].map((r) => r[0]).sort()).toEqual(["jäsen", "puheenjohtaja"]);
  });
});

describe("predicates and wrapped lines", () => {
  it("gives the nominative titles of `Hän on/oli …` to the person named last before it", () => {
    const got = roles("Valtuusto muisti kokouksessa Eino Harjun elämäntyötä. Hän oli kurikkalainen kaupunginvaltuutettu ja entinen teknisen lautakunnan puheenjohtaja.");
    expect(got["Eino Harju"].map((r) => r[0]).sort()).toEqual(["kaupunginvaltuutettu", "puheenjohtaja"]);
    expect(got["Eino Harju"]).toContainEqual(["puheenjohtaja", "tekninen lautakunta"]);
  });

  it("reads a title at the end of a hard-wrapped line as the next line's name's, past an earlier sentence with a comma", () => {
    const got = roles("Kokous alkoi kello 18, paikalla yleisöä viisi. Avaussanoissaan kunnanvaltuuston puheenjohtaja\nHelena Ruotsi kertoi tutkimuksesta.");
    expect(got["Helena Ruotsi"]).toEqual([["puheenjohtaja", "kunnanvaltuusto"]]);
  });

  it("keeps a deputy's post out of the name before it", () => {
    expect(roles("Jäsenet: Anna Kivi, varalla talousjohtaja")["Anna Kivi"]).toEqual([["jäsen", null]]);
  });
});

describe("event roles", () => {
  it("reads more event role nouns, and an essive before the copula", () => {
    const got = titles("Kommentoijana toimii johtaja Riikka Heino. Työpajan vetäjänä on suunnittelija Aino Kurki. Kouluttajina ovat Pekka Aho ja Liisa Oja.");
    expect(got["Riikka Heino"]).toContain("kommentoija");
    // the happening's genitive is neither a field nor a body: the role is the noun (ANNOTATION's `moderaattori`)
    expect(got["Aino Kurki"]).toContain("vetäjä");
    expect(titles("Paneelin moderaattorina toimii toimittaja Ingrid Falk.")["Ingrid Falk"]).toContain("moderaattori");
    expect(got["Liisa Oja"]).toEqual(["kouluttaja"]);
  });

  it("reads an essive that opens a line without a verb, with the name or titled name after it", () => {
    const got = titles("10.15–11 Kuntatalouden näkymät\nAlustajana kehityspäällikkö Sari Honkanen, Kuntaliitto\nKommentoijana Ville Aro");
    expect(got["Sari Honkanen"].sort()).toEqual(["alustaja", "kehityspäällikkö"]);
    expect(got["Ville Aro"]).toEqual(["kommentoija"]);
  });

  it("reads a guide and a quizmaster as event roles, a trip's genitive left out", () => {
    const got = titles("Luontoretken oppaana on biologi Sanna Kivi. Visamestarina toimii Eero Laakso.");
    expect(got["Sanna Kivi"]).toContain("opas");
    expect(got["Eero Laakso"]).toEqual(["visamestari"]);
  });
});

describe("a title as the subject of the copula", () => {
  it("gives the subject's title to the name after the predicate's, each with its own organization", () => {
    const got = roles("Seminaarin puheenjohtaja on Lapin liiton maakuntajohtaja Mika Riipi. Yhdistyksen puheenjohtaja on toimittaja Pekka Aho.");
    expect(got["Mika Riipi"]).toContainEqual(["puheenjohtaja", null]);
    expect(got["Mika Riipi"]).toContainEqual(["maakuntajohtaja", "Lapin liitto"]);
    expect(got["Pekka Aho"]).toContainEqual(["toimittaja", null]);
  });
});

describe("a post named by its noun after the title's genitive", () => {
  it("elects into the post as the translative does", () => {
    expect(roles("Kaupunginhallitus valitsi Hietalan kaupungin tilapalvelupäällikön virkaan insinööri Arto Niskasen.")).toEqual({ "Arto Niskanen": [["tilapalvelupäällikkö", "Hietalan kaupunki"]] });
    expect(titles("Talousjohtajan virkaan valittiin Maarit Kuusela.")).toEqual({ "Maarit Kuusela": ["talousjohtaja"] });
  });

  it("acts in the post as the essive does", () => {
    expect(titles("Rehtorin tehtävässä jatkaa syksyllä Pirjo Lahtela.")).toEqual({ "Pirjo Lahtela": ["rehtori"] });
  });

  it("gives no role from a post that is only spoken of", () => {
    expect(titles("Kirjastonjohtajan virka täytetään keväällä, kertoo Pirjo Lahtela.")).toEqual({ "Pirjo Lahtela": [] });
  });
});

describe("titles of the professions, sports and a doctoral defence", () => {
  it("reads them as titles", () => {
    expect(titles("Vastaväittäjänä toimii professori Ingrid Solberg.")).toEqual({ "Ingrid Solberg": ["professori", "vastaväittäjä"] });
    expect(titles("Työpajaa vetää musiikkipedagogi Sanna Hietala.")).toEqual({ "Sanna Hietala": ["musiikkipedagogi"] });
    expect(titles("Puistot suunnitteli kaupunginpuutarhuri Jaana Rask.")).toEqual({ "Jaana Rask": ["kaupunginpuutarhuri"] });
  });
});

describe("a title linked to names past an adverb or an age", () => {
  it("gives the title over lisäksi, myös and 24-vuotias", () => {
    expect(titles("Joukkueen kapteeni on 24-vuotias Aino Kivelä.")).toEqual({ "Aino Kivelä": ["kapteeni"] });
    expect(roles("Työryhmän jäseniä ovat lisäksi Kaisa Rauta ja Jussi Mänty.")).toEqual({ "Kaisa Rauta": [["jäsen", "työryhmä"]], "Jussi Mänty": [["jäsen", "työryhmä"]] });
  });
});

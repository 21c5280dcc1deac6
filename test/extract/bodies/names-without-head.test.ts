/** Organizations named with no Finnish head noun: acronyms, companies, foreign names. */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("names with no head noun", () => {
  it("reads acronyms in a list in parentheses, as written", () => {
    expect(bodyNames("Palkansaajajärjestöt (JHL, Tehy, SuPer) vaativat korotuksia.")).toEqual(["JHL", "Tehy", "SuPer"]);
  });

  it("takes the linking vowel off an inflected acronym read as a word", () => {
    expect(bodyNames("Kurssi on maksuton MTKLin jäsenille.")).toEqual(["MTKL"]);
  });

  it("reads a word written in capitals as no acronym", () => {
    expect(bodyNames("Talousarvion toteuma (LIITE) esiteltiin.")).toEqual([]);
  });

  it("reads a company by its legal form, and a foreign name's stem without its linking vowel", () => {
    expect(bodyNames("Sopimuksen tekivät Nokia Oyj ja Brightwave Ltd.")).toEqual(["Nokia Oyj", "Brightwave Ltd"]);
    expect(bodyNames("Laitteet toimittaa yhtiö Netflixille.")).toEqual(["yhtiö Netflix"]);
  });

  it("reads organizations named in another language, without a Finnish ending", () => {
    expect(bodyNames("Tervetuloa Lissabonissa toimivan Atlantic Centre for Ocean Studiesin seminaariin.")).toEqual(["Atlantic Centre for Ocean Studies"]);
    expect(bodyNames("Mukana ovat Norsk Lærerforbund ja Finlands Svenska Idrottsförbundet.")).toEqual(["Norsk Lærerforbund", "Finlands Svenska Idrottsförbundet"]);
  });
});

describe("parties", () => {
  it("reads a lower-case party's genitive before a title", () => {
    expect(bodyNames("Puheen piti kokoomuksen entinen puheenjohtaja.")).toEqual(["kokoomus"]);
  });

  it("reads no party in a common word's genitive", () => {
    expect(bodyNames("Kaupungin keskustan alue muuttuu.")).toEqual([]);
  });

  it("reads a plural name in its plural cases", () => {
    expect(bodyNames("Valmisteluelin pyytää Saamelaiskäräjiä nimeämään jäsenen.")).toContain("Saamelaiskäräjät");
    expect(bodyNames("Asiasta neuvoteltiin Saamelaiskäräjillä.")).toEqual(["Saamelaiskäräjät"]);
  });

  it("reads the company a chief executive's title names by the capitalised genitive before it", () => {
    expect(bodyKinds("Puhujina ovat Koivulan toimitusjohtaja Anna Mäki ja Savon Sähkön toimitusjohtaja Pekka Virta.")).toEqual({ Koivula: "company", "Savon Sähkö": "company" });
    expect(bodyNames("Hän toimi Lidlin varatoimitusjohtajana.")).toEqual(["Lidl"]);
    // a body's genitive, a pronoun or a common word starting the sentence names no company here
    expect(bodyNames("Yhtiön toimitusjohtaja puhui. Tämän toimitusjohtaja vaikeni. Koneen toimitusjohtaja tuli.")).toEqual([]);
  });

  it("reads each name in parentheses after a plural head as an organization of its kind, known or not", () => {
    expect(bodyKinds("Neuvotteluihin osallistuivat pääsopijajärjestöt (YTK, Vartia ja KUNTO).")).toEqual({ YTK: "association", Vartia: "association", KUNTO: "association" });
    expect(bodyKinds("Tarjouksen jättivät yhtiöt (Kivirinne, Mesikämmen).")).toEqual({ Kivirinne: "company", Mesikämmen: "company" });
    // places after a plural of municipalities are place names
    expect(bodyNames("Hankkeessa ovat mukana kunnat (Pihlajavesi, Kuusaari).")).toEqual([]);
  });
});

describe("brands with an inner capital", () => {
  it("reads a brand with its inner capital further in, and the region that ends its segment", () => {
    expect(bodyNames("Puheenjohtaja Aino Rinne, ProAgria Etelä-Savo")).toEqual(["ProAgria Etelä-Savo"]);
    expect(bodyNames("Neuvontaa antaa ProAgrian asiantuntija.")).toEqual(["ProAgria"]);
    // a place in a local case says where; a surname after a first name is a person's
    expect(bodyNames("Koulutuksen järjestää ProAgria Kuopiossa.")).toEqual(["ProAgria"]);
    expect(bodyNames("Puhujana on Leena McCarthy.")).toEqual([]);
  });
});

describe("Swedish definite plurals", () => {
  it("reads a movement named by its members in Swedish as an organization, not a short word that ends so", () => {
    expect(bodyNames("Seminaariin osallistuu myös ruotsalainen Liberalerna.")).toEqual(["Liberalerna"]);
    expect(bodyNames("Illallinen syödään ravintola Tavernassa, ja Kaarna esiintyy.")).toEqual([]);
  });
});

describe("an organization opening a programme's parentheses", () => {
  it("reads a foreign-looking name alone or before its speakers, and a name of words before a person", () => {
    expect(bodyNames("3. Hankkeen esittely (Sweco, Anna Lehto ja Mika Aho)")).toEqual(["Sweco"]);
    expect(bodyNames("1. Tekniset järjestelyt (Ramboll)")).toEqual(["Ramboll"]);
    expect(bodyNames("4. Rahoitus (Business Finland, Aino Rinne)")).toEqual(["Business Finland"]);
  });

  it("reads no person, Finnish word, place or meeting platform in parentheses", () => {
    expect(bodyNames("Puheenvuoro (Virtanen) ja kommentti (Jutta Piispanen)")).toEqual([]);
    expect(bodyNames("Tilaisuus verkossa (Teams) ja tallenne (YouTube), kuvat (Helsinki)")).toEqual([]);
  });
});

describe("a name joined to its head by a space and a hyphen", () => {
  it("reaches back to the first capital of the name", () => {
    expect(bodyNames("Hallitus käynnisti Vihreä Kylä -hankkeen.")).toEqual(["hallitus", "Vihreä Kylä -hanke"]);
    expect(bodyNames("Puhdas Itämeri -hanke alkoi keväällä.")).toEqual(["Puhdas Itämeri -hanke"]);
    expect(bodyNames("Terveet tilat 2028 -hankeryhmä kokoontui.")).toEqual(["Terveet tilat 2028 -hankeryhmä"]);
  });

  it("reaches back to it from a genitive before another head, for the body and for a title's organization", () => {
    expect(bodyNames("Kirkas Lampi -hankkeen johtoryhmä kokoontui.")).toEqual(["Kirkas Lampi -hanke", "Kirkas Lampi -hankkeen johtoryhmä"]);
    const [person] = extractPeople("Tuloksista kertoi Kirkas Lampi -hankkeen projektikoordinaattori Oiva Nummi.");
    expect(person.roles).toMatchObject([{ title: "projektikoordinaattori", organization: "Kirkas Lampi -hanke" }]);
  });
});

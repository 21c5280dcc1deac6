/** Names vouched for by a title in any case, an age, or a surname beside a verb of saying (PHENOMENA 10–12). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const names = (text: string) => extractPeople(text).map((p) => p.name);
const mentionsOf = (text: string) => extractPeople(text).flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)));

describe("a title in the case of the name after it", () => {
  it("takes a name that agrees with a partitive, allative or genitive title", () => {
    expect(names("Lehti haastatteli yhtiön perustajaa Haruki Tanabea viime viikolla.")).toEqual(["Haruki Tanabe"]);
    expect(names("Ministeriö lähetti kirjeen pääsihteerille Amaru Quispelle maanantaina.")).toEqual(["Amaru Quispe"]);
    expect(mentionsOf("Laboratorion tutkijan Ilsabet Moorin mukaan näyte on puhdas.")).toEqual(["Ilsabet Moorin"]);
    expect(names("Lehti haastatteli yhtiön perustajaa Rob Huntta eilen.")).toEqual(["Rob Hunt"]);
  });

  it("reads a surname after a genitive title as a genitive, a consonant-final one with its linking -i-", () => {
    expect(names("Lautakunta kuuli kerhon rahastonhoitajan Ingmar Dahlgrenin selvityksen.")).toEqual(["Ingmar Dahlgren"]);
  });

  it("reads a first name in -n after a title as uninflected", () => {
    expect(names("Yliopiston professori Bryn Calloway esittää uuden mallin.")).toEqual(["Bryn Calloway"]);
  });

  it("reads a plural title as heading a list, not as naming a genitive pair", () => {
    expect(names("Laitteen suunnittelivat entiset työntekijät Kaltionin Vantaan yksikössä.")).toEqual([]);
  });

  it("takes a name after an age", () => {
    expect(names("Onnettomuudessa loukkaantui 41-vuotias Gideon Avraham perjantaina.")).toEqual(["Gideon Avraham"]);
  });
});

describe("a surname beside a verb of saying", () => {
  it("takes a surname DVV lists as a first name too, when the surname is the commoner", () => {
    expect(names("Laite on jo vanha, Tikkanen sanoo.")).toEqual(["Tikkanen"]);
  });

  it("takes a surname that is a common word where no capital goes, but not at a sentence's start", () => {
    expect(names("Hinta on liian korkea, Korpi sanoo.")).toEqual(["Korpi"]);
    expect(names("Korpi sanoo, että hinta on korkea.")).toEqual([]);
  });

  it("leaves a word the bodies stage reads as an organization to it, unless someone of that surname is named in full", () => {
    expect(names("Etuudet maksetaan ajallaan, Kela kertoo.")).toEqual([]);
    expect(names("Tutkija Anna Kela esitteli tulokset. Aineisto on kattava, Kela kertoo.")).toEqual(["Anna Kela"]);
  });

  it("reads no pair across a sentence's end after the verb", () => {
    expect(names("Laite on hyvä, Hakala sanoo. Julkaiseeko Zentra vihdoin uuden mallin?")).toEqual(["Hakala"]);
  });

  it("reads a surname after another capitalised word as the end of a longer name", () => {
    expect(names("Hinta nousee New York Korven mukaan.")).toEqual([]);
  });
});

describe("a foreign surname alone after a title", () => {
  it("takes a foreign-looking word no list knows after a singular title, in any case, but no Finnish-looking one", () => {
    expect(names("Tuomari Okonkwo hylkäsi vaatimuksen.")).toEqual(["Okonkwo"]);
    expect(names("Ryhmä arvostelee presidentti Okaforia yhä.")).toEqual(["Okafor"]);
    expect(names("Hänestä tuli kaupunginjohtaja Kuusamolan uusi johtaja.")).toEqual([]);
  });

  it("takes no word after a plural title", () => {
    expect(names("Vuodon takana olivat työntekijät Zentrixin sisällä.")).toEqual([]);
  });

  it("takes a surname after the Arabic article", () => {
    expect(names("Ryhmä tukee presidentti Hamid al-Rashidia yhä.")).toEqual(["Hamid al-Rashid"]);
  });
});

describe("pairs that name things", () => {
  it("reads a first name before an English noun of organizations and products as a name of a thing", () => {
    expect(names("Laitetta myy nyt myös Sony Store, kertoo Ville Kataja.")).toEqual(["Ville Kataja"]);
    expect(names("Asiasta kertoi Morris Research tiistaina.")).toEqual([]);
    expect(names("Uusi Mac Pro on nopea.")).toEqual([]);
    expect(names("Kukaan ei enää osta Mac Prota tai Sony Storesta.")).toEqual([]);
    // the noun as written, when its reading is a Finnish word's (Postin → posti)
    expect(names("Asiasta kertoi Dallas Postin toimittaja.")).toEqual([]);
    expect(names("Lehti Denver Gazette kertoi asiasta ensimmäisenä.")).toEqual([]);
  });

  it("reads a pair ending in an English noun of groups and forces as no person (Squad, Command, Army, Council)", () => {
    expect(names("Hakkeriryhmä Crystal Squad kertoi iskeneensä palvelimiin.")).toEqual([]);
    expect(names("Asiasta kertoo Summer Command tiedotteessaan.")).toEqual([]);
  });

  it("reads a place in the inessive before a verb of saying as no speaker: a subject stands in no case of where", () => {
    expect(names("Kassakone Salossa sanoi käyttäjälle virheilmoituksen.")).toEqual([]);
  });

  it("reads a foreign title's article, or a project's or an operation's opening noun, as no first name", () => {
    expect(names("Tilanne on vakava, kertoo Die Zeitungsmann.")).toEqual([]);
    expect(names("Haavoittuvuuksia etsivä Project Summer kertoo löytäneensä aukon.")).toEqual([]);
  });


});

describe("parts of one word", () => {
  it("reads no name in the capitalised parts of one word", () => {
    expect(names("Asiasta kertoi tiedottaja @JaakkoRantanen viestissään.")).toEqual([]);
    expect(names("Sovelluksen kehitti yhtiö MarkusSoft, kertoo Ville Kataja.")).toEqual(["Ville Kataja"]);
    expect(names("Tiedon julkaisi ensin PetriWatch, sanoo Emma Larsson.")).toEqual(["Emma Larsson"]);
  });
});

describe("a nickname in quotes", () => {
  it("takes a quoted nickname between first name and surname into the mention, not into the name", () => {
    const text = 'Ylikonstaapeli Pekka "Pexi" Lindroos kertoi asiasta. Lindroos muistutti vanhempia.';
    expect(extractPeople(text).map((p) => [p.name, p.mentions.map((m) => text.slice(m.start, m.end))])).toEqual([["Pekka Lindroos", ['Pekka "Pexi" Lindroos', "Lindroos"]]]);
    expect(names("Hän tapasi Anders ”Bamse” Holmbergin eilen.")).toEqual(["Anders Holmberg"]);
  });
});

describe("a pair that goes on", () => {
  it("reads a pair before a capitalised word in no case as part of a longer name, but not before one in a case", () => {
    expect(names("Tutkimus tehtiin Dennis Holbrook National Labissa.")).toEqual([]);
    expect(names("Asian vahvisti tiedottaja Ilkka Savonen Kyberturvallisuuskeskuksesta.")).toEqual(["Ilkka Savonen"]);
  });
});

describe("adverbs", () => {
  it("reads an adverb in -sti at a sentence's start as no first name", () => {
    expect(names("Ville Kataja aloitti. Vastaavasti Kataja huomauttaa, että työ jatkuu.")).toEqual(["Ville Kataja"]);
    expect(names("Erikoisesti Zimmerwald kertoo, että työ jatkuu.")).toEqual([]);
  });
});

describe("a first name that is also a function word", () => {
  it("takes it where no capital goes, not at a sentence's start", () => {
    expect(names("Paikalla oli Jo Virtanen eilen.")).toEqual(["Jo Virtanen"]);
    expect(names("Jo Zentrix kertoi asiasta.")).toEqual([]);
  });
});

/** Names the DVV lists lack, found by their context (PHENOMENA 10–12). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe("names beyond the name lists", () => {
  it("takes two capitalised words after a title", () => {
    expect(names("Asiaa tutkinut professori Amira Haddad muistuttaa riskeistä.")).toEqual(["Amira Haddad"]);
  });

  it("takes them next to a verb of saying, or before mukaan", () => {
    expect(names("Tilanne on vakava, sanoo Kwame Mensah.")).toEqual(["Kwame Mensah"]);
    expect(names("Jean-Luc Moreau kertoo hankkeesta.")).toEqual(["Jean-Luc Moreau"]);
    expect(names("Siobhan Kellyn mukaan työ jatkuu.")).toEqual(["Siobhan Kelly"]);
  });

  it("undoes a foreign surname's linking vowel and keeps a final -n", () => {
    expect(names("Tutkija Sarah Johnsonin mukaan tulos yllätti.")).toEqual(["Sarah Johnson"]);
    expect(names("Tilaisuudessa puhuu tutkija Emma Larsson.")).toEqual(["Emma Larsson"]);
    expect(names("Palkinto myönnettiin toimittaja Oliver Morganille.")).toEqual(["Oliver Morgan"]);
    // a strong grade before a closed syllable is no Finnish word's (kortin), so `-ttin` is a linking vowel's: Watt, not watti
    expect(names("James Wattin keksintö mullisti teollisuuden.")).toEqual(["James Watt"]);
  });

  it("reads a second given name after an age as after a title", () => {
    expect(names("Kilpailun voitti 36-vuotias Zebulon Ato Quarto.")).toEqual(["Zebulon Ato Quarto"]);
  });

  it("hears a person in a calling or standing before an unlisted pair (hakkeri, sijoittaja, poliitikko)", () => {
    expect(names("Lavalla esiintyi räppäri Zebulon Quarto.")).toEqual(["Zebulon Quarto"]);
    expect(names("Hän lainasi sijoittaja Warren Buffettin sanoja.")).toEqual(["Warren Buffett"]);
  });

  it("joins a later surname-only mention to the person", () => {
    const [p, ...rest] = extractPeople("Professori Amira Haddad johtaa hanketta. Haddad kertoi tuloksista.");
    expect(rest).toEqual([]);
    expect(p.mentions).toHaveLength(2);
  });

  it("takes no hall or service named after a person", () => {
    expect(names("Konsertti pidetään Minna Canth -salissa.")).toEqual([]);
    expect(names("Tiedot siirretään Aurora Cloud -palveluun.")).toEqual([]);
  });

  it("ends a name before where the person comes from", () => {
    expect(names("Puhujana on tutkija Mira Aalto Kelasta.")).toEqual(["Mira Aalto"]);
  });
});

describe("quoted speakers", () => {
  it("confirms a full name by the surname a quote is attributed to", () => {
    const [p, ...rest] = extractPeople("Elon Musk esitteli auton. – Akku kestää pidempään, Musk sanoi.");
    expect(rest).toEqual([]);
    expect(p.name).toBe("Elon Musk");
    expect(p.mentions).toHaveLength(2);
  });

  it("takes no quoted word for a person without a full name to confirm it", () => {
    expect(names("– Tämä on hyvä uutinen, Microsoft sanoo tiedotteessa.")).toEqual([]);
    expect(names("– Tämä on hyvä uutinen, Zentrix kertoo.")).toEqual([]);
  });

  it("takes a quote's speaker before a verb of speech itself without a full name, unless shaped as a brand", () => {
    expect(names("– Kauppa syntyy varmasti, Okafor sanoi.")).toEqual(["Okafor"]);
    expect(names("– Se ei ole mahdollista, Okafor perusteli.")).toEqual(["Okafor"]);
    expect(names("– Kauppa syntyy varmasti, TechNova sanoi.")).toEqual([]);
    expect(names("– Kauppa syntyy varmasti, Nova.fi sanoi.")).toEqual([]);
  });

  it("names by such a speaker only the mentions a verb of speech vouches for", () => {
    const text = "Zentrixin osake nousi. – Kauppa syntyy varmasti, Zentrix sanoi. Zentrixin tulos parani.";
    expect(extractPeople(text).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)))).toEqual([["Zentrix"]]);
  });

  it("names every form of the word by a speaker a verb of speech vouches for twice", () => {
    const text = "– Kauppa syntyy, Okafor sanoi. Okaforin mielipide jakaa. – Emme kommentoi, Okafor sanoi.";
    expect(extractPeople(text).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)))).toEqual([["Okafor", "Okaforin", "Okafor"]]);
  });
});

describe("coordinated names", () => {
  it("takes an unknown pair coordinated with a name, in the case of that name", () => {
    expect(names("Palkinnon saivat Glenn Greenwald ja Barton Gellman.")).toEqual(["Glenn Greenwald", "Barton Gellman"]);
  });

  it("takes a plural title before names as evidence", () => {
    expect(names("Tutkijat Kwame Mensah ja Amira Haddad kertoivat tuloksista.")).toEqual(["Kwame Mensah", "Amira Haddad"]);
  });
});

describe("surnames coordinated after a titled surname", () => {
  it("takes each listed surname of a list a title heads", () => {
    const names = (text: string) => extractPeople(text).map((p) => p.name);
    expect(names("Aloitteen tekivät valtuutetut Hyrkkö, Salmela ja Lindqvist.")).toEqual(["Hyrkkö", "Salmela", "Lindqvist"]);
    expect(names("Aloitteen tekivät valtuutetut Hyrkkö ja Lahti.")).toEqual(["Hyrkkö"]);
  });
});

describe("a word DVV lists as often as a first name and as a surname", () => {
  it("is a surname alone after a title", () => {
    expect(extractPeople("Hallitus kokoontui. Pääministeri Orpo kertoi, että esitys hyväksyttiin.").map((p) => p.name)).toEqual(["Orpo"]);
  });
});

describe("two surnames coordinated as a verb's subject", () => {
  const names = (text: string) => extractPeople(text).map((p) => p.name);

  it("takes them when one is a common surname in -nen", () => {
    expect(names("Hallitukseen valittiin uusia jäseniä. Heikkinen ja Vuorela jatkavat tehtävissään.")).toEqual(["Heikkinen", "Vuorela"]);
  });

  it("takes no towns, no firms and no rare surnames", () => {
    expect(names("Kuopio ja Järvenpää sopivat yhteistyöstä.")).toEqual([]);
    expect(names("Lahtinen ja Kerava allekirjoittivat sopimuksen.")).toEqual([]);
    expect(names("Heikkinen ja Vuorela Oy jatkavat yhteistyötä.")).toEqual([]);
  });
});

describe("a surname with an elided article", () => {
  it("reads O'Brien and D'Angelo as capitalised surnames, inflected too", () => {
    expect(names("Puhujana on tutkija Siobhan O'Brien. O'Brienin mukaan asia on selvä.")).toEqual(["Siobhan O'Brien"]);
    expect(names("Luennoi professori Luca D’Angelo.")).toEqual(["Luca D’Angelo"]);
    expect(names("Kaupunginpuutarhuri Jaana Hellström ja arkkitehti Liam O'Connor esittelivät suunnitelmat.")).toEqual(["Jaana Hellström", "Liam O'Connor"]);
  });
});

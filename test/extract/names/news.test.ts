/** Names in general news: surname mentions, brands and longer proper names, foreign inflection (PHENOMENA 10–12). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";
import { surnameLemma } from "../../../src/extract/names.js";
import { Lemmas } from "../../../src/morph/fi/lemmas.js";

const names = (text: string) => extractPeople(text).map((p) => p.name);
const mentionsOf = (text: string) => extractPeople(text).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)));

describe("later mentions by surname", () => {
  it("joins a surname with a case ending added to the full name's spelling", () => {
    const text = "Pääjohtaja Rahul Vadella aloitti kautensa. Vadellan mukaan yhtiö kasvaa. Vadellalle se on tuttua.";
    expect(mentionsOf(text)).toEqual([["Rahul Vadella", "Vadellan", "Vadellalle"]]);
  });

  it("joins a consonant-final surname after its linking vowel and after an apostrophe", () => {
    const text = "Tutkija Ingrid Holmqvist esitteli tulokset. Holmqvistin mukaan ne ovat selviä, ja Holmqvistia kiitettiin.";
    expect(mentionsOf(text)).toEqual([["Ingrid Holmqvist", "Holmqvistin", "Holmqvistia"]]);
    const short = "Professori Min-ji Oh kertoi löydöstä. Oh'n mukaan työ jatkuu.";
    expect(mentionsOf(short)).toEqual([["Min-ji Oh", "Oh'n"]]);
  });

  it("takes the first name before a later surname into the mention", () => {
    const text = "Johtaja Tariq Osei avasi messut. Tariq Osei puhui pitkään. – Olemme valmiita, Osei sanoi.";
    expect(mentionsOf(text)).toEqual([["Tariq Osei", "Tariq Osei", "Osei"]]);
  });
});

describe("what is not a first name", () => {
  it("reads no clause-opening function word as a first name before a verb of saying", () => {
    expect(mentionsOf("Tutkija Leena Kortesoja aloitti. Nyt Kortesoja kertoo tuloksista.")).toEqual([["Leena Kortesoja", "Kortesoja"]]);
    expect(names("Mutta Zentrix kertoo toisin.")).toEqual([]);
  });

  it("reads a pair after a capitalised word as the end of a longer name", () => {
    expect(names("Asiasta kertoo Chicago Daily Tribune.")).toEqual([]);
    expect(names("Talouslehti Wall Streetin mukaan kauppa syntyy.")).toEqual([]);
  });

  it("keeps a name after an organization's genitive", () => {
    expect(names("Tämä on hyvä uutinen, sanoo Nokian Marit Holm.")).toEqual(["Marit Holm"]);
  });

  it("reads a pair whose first word the text inflects alone as a brand", () => {
    expect(names("Tor Browser on suosittu. Torin kehittäjät kertovat, että Tor Browser päivittyy.")).toEqual([]);
    expect(names("Sony Xperian myynti kertoo paljon. Sonyn osuus kasvoi.")).toEqual([]);
  });

  it("keeps a person whose first name is common or whose surname DVV lists", () => {
    expect(names("Anna Virtanen aloitti. Annan mukaan kaikki sujuu.")).toContain("Anna Virtanen");
  });

  it("takes no place name that begins with a foreign article", () => {
    expect(names("Hän muutti San Franciscoon ja sitten Los Angelesiin.")).toEqual([]);
  });
});

describe("titles of general news", () => {
  it("takes a name the lists lack after a head of state's or an officer's title", () => {
    expect(names("Presidentti Kofi Mbeki allekirjoitti lain.")).toEqual(["Kofi Mbeki"]);
    expect(names("Yhtiön perustaja Ravi Okonkwo jätti tehtävänsä.")).toEqual(["Ravi Okonkwo"]);
  });
});

describe("surname base forms", () => {
  it.each([
    ["Obaman", "Obama"],
    ["Hammarsten", "Hammarsten"],
  ])("%s → %s", (form, lemma) => {
    expect(surnameLemma(form, new Lemmas(), true)).toBe(lemma);
  });
});

describe("names after a title, more of them", () => {
  it("takes a title's name at a sentence's end and a second given name", () => {
    expect(names("Lakia tukee presidentti Kofi Mbeki.")).toEqual(["Kofi Mbeki"]);
    expect(names("Maan pääministeri Ahmet Kemal Oruç jatkaa kampanjaansa.")).toEqual(["Ahmet Kemal Oruç"]);
  });

  it("takes a genitive name after a genitive title", () => {
    expect(names("Maan presidentin Kofi Asamoahin mukaan kaikki on hyvin.")).toEqual(["Kofi Asamoah"]);
  });
});

describe("a speaker named by surname alone", () => {
  it("takes a Finnish surname next to a verb of saying or before mukaan", () => {
    expect(names("Tilanne on hankala, Kettunen sanoo.")).toEqual(["Kettunen"]);
    expect(names("Lamminahon mielestä se on hyvä.")).toEqual(["Lamminaho"]);
    expect(names("Mattilaisen mukaan muutos on suuri.")).toEqual(["Mattilainen"]);
  });

  it("takes a rarer surname DVV lists when the word is its base with an ending added", () => {
    expect(names("Kauppa on hyvä, Westling sanoo.")).toEqual(["Westling"]);
    expect(names("Westlingin mukaan kauppa syntyy.")).toEqual(["Westling"]);
  });

  it("takes a listed surname before a verb of stating, and no unlisted pair for that verb alone", () => {
    expect(names("Westling vakuuttaa, että kauppa syntyy.")).toEqual(["Westling"]);
    expect(names("Uutissivusto Kortex Nova kirjoittaa, että kauppa syntyy.")).toEqual([]);
  });

  it("takes a common Finnish-looking surname DVV lists as a verb's subject", () => {
    expect(names("Lassila näkee tilanteessa kolme vaihtoehtoa.")).toEqual(["Lassila"]);
    expect(names("Lassila ei vastannut kysymyksiin.")).toEqual(["Lassila"]);
    expect(names("Rautanen näkee asian toisin.")).toEqual(["Rautanen"]);
  });

  it("takes no such subject that is a rarer surname, as towns are, nor one the text writes as a place", () => {
    expect(names("Kokkola hakee uutta johtajaa.")).toEqual([]);
    expect(names("Järvenpää kasvaa nopeasti. Järvenpäässä asuu nyt yli neljäkymmentätuhatta ihmistä.")).toEqual([]);
  });

  it("takes no such speaker whom the text writes as an organization before a title", () => {
    expect(names("Westlingin mukaan autot myyvät. Westlingin toimitusjohtaja ei kommentoinut.")).toEqual([]);
    expect(names("Westling vakuuttaa kohtelevansa kilpailijoita reilusti. Westlingin edustajan mukaan kauppa syntyy.")).toEqual([]);
  });

  it("takes no common word that is also a surname, nor a company", () => {
    expect(names("Lehden mukaan kauppa syntyy.")).toEqual([]);
    expect(names("Lähteen mukaan päätös on tehty.")).toEqual([]);
    expect(names("Zentrixin mukaan myynti kasvoi.")).toEqual([]);
  });
});

describe("mukaan as evidence", () => {
  it("takes a pair before mukaan when DVV knows the first name, and no publication or company", () => {
    expect(names("Amira Haddadin mukaan työ jatkuu.")).toEqual(["Amira Haddad"]);
    expect(names("Tietoturvayhtiö Nordic Shieldin mukaan hyökkäys jatkuu.")).toEqual([]);
    expect(names("Lehti Daily Courierin mukaan kauppa syntyy.")).toEqual([]);
  });
});

describe("articles of foreign names", () => {
  it("starts no name after an article", () => {
    expect(names("Asiasta kirjoitti Los Angeles Times.")).toEqual([]);
    expect(names("Lehti San Jose Mercury News kertoi.")).toEqual([]);
  });
});

describe("companies that look like people", () => {
  it("takes no single word after a title that also describes companies", () => {
    expect(names("Suurin verkkolaitetoimittaja Lindqvist ilmoitti kaupasta.")).toEqual([]);
  });

  it("confirms no quoted word by a sentence-initial word the name lists lack", () => {
    expect(names("Julkistaako Zentrix uuden puhelimen?\n\n– Emme kommentoi huhuja, Zentrix kertoi.")).toEqual([]);
    // a verb of speech itself vouches for the word alone, and still for no pair with the sentence's first word
    expect(names("Julkistaako Zentrix uuden puhelimen?\n\n– Emme kommentoi huhuja, Zentrix sanoi.")).not.toContain("Julkistaako Zentrix");
  });
});

describe("foreign first names at a sentence's start", () => {
  it("confirms a quoted surname by a first word no Finnish word ends like", () => {
    expect(names("Kirt Holloway esitteli suunnitelman. – Kiitos, Holloway sanoi.")).toEqual(["Kirt Holloway"]);
  });

  it("reads a consonant-final base before a linking -i- as a loan name's", () => {
    expect(surnameLemma("Putinille", new Lemmas())).toBe("Putin");
    expect(surnameLemma("Johnsonille", new Lemmas())).toBe("Johnson");
  });
});

describe("where a name ends", () => {
  it("ends before an organization's genitive after a rare given name", () => {
    expect(names("Tutkijat Teresa Wilson Michiganin teknisen yliopiston laitokselta kertoivat.")).toEqual(["Teresa Wilson"]);
    expect(names("Puhujana on Anna Maria Virtasen sijainen.")).toEqual(["Anna Maria Virtanen"]);
  });
});

describe("pseudonyms", () => {
  it("takes the word after nimimerkki as a person's, lower case too", () => {
    expect(names("Foorumilla nimimerkki kesäheinä kirjoitti ohjeen.")).toEqual(["kesäheinä"]);
    expect(names("Viestin lähetti nimimerkillä Pakkasukko esiintyvä käyttäjä.")).toEqual(["Pakkasukko"]);
  });
});

describe("an owner's name before what it owns", () => {
  it("takes a rare first name's genitive pair before a capitalised name", () => {
    expect(names("Tästä kertoi Elon Kruskin SpaceWorks-yhtiö.")).toEqual(["Elon Krusk"]);
  });
});

describe("a pair repeated in full and never by its second word alone", () => {
  it("is a group's or a service's name", () => {
    const text = "Hakkeriryhmä Elon Vortex iski taas. Ryhmän mukaan Elon Vortex jatkaa. Poliisi tutkii Elon Vortexin toimia.";
    expect(names(text)).toEqual([]);
  });

  it("keeps a person whom the text also names by surname", () => {
    const text = "Kofi Owusu kertoi kaupasta. Kofi Owusun mukaan se syntyy. Owusu sanoi olevansa tyytyväinen.";
    expect(names(text)).toEqual(["Kofi Owusu"]);
  });
});

describe("a programme's speakers named twice in full", () => {
  it("keeps a pair with a title in apposition", () => {
    const text = "09.00 Avaus\nKwame Vortex, tutkija, Kaukoidän instituutti\n10.00 Paneeli: Kwame Vortex ja Aino Salo";
    expect(names(text)).toContain("Kwame Vortex");
  });
});

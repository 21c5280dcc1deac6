/** Surnames in -n that the context proves nominative, and names inside organizations' names (PHENOMENA 11). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";
import { surnameLemma } from "../../../src/extract/names.js";
import { Lemmas } from "../../../src/morph/fi/lemmas.js";

const names = (text: string) => extractPeople(text).map((p) => p.name);
const mentionsOf = (text: string) => extractPeople(text).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)));

describe("a surname in -n proven nominative by its context", () => {
  it("reads no person in a registered name, and ends a name before one", () => {
    expect(names("Avustus myönnettiin Kirkonkylän Näytelmäpiiri ry:lle ja Jussi Mäkelä Oy:lle.")).toEqual([]);
    expect(names("Puheenvuoron piti suunnittelija Amina Yusuf Pohjoisen Kylätalot ry:stä.")).toEqual(["Amina Yusuf"]);
  });

  it("reads a genitive in -in as a consonant-final name's when the text writes that name alone", () => {
    expect(names("Hallitus valitsi tehtävään Ville Sorvari-Brennin. Sorvari-Brenn aloittaa ensi kuussa.")).toEqual(["Ville Sorvari-Brenn"]);
  });

  it("reads a name coordinated with a plain nominative as a nominative", () => {
    expect(names("Illan juontajina toimivat Sanni Peltola ja Oskari Haverin.")).toEqual(["Sanni Peltola", "Oskari Haverin"]);
    expect(names("Puheenvuoron pitävät Oskari Haverin sekä Sanni Peltola.")).toEqual(["Oskari Haverin", "Sanni Peltola"]);
    expect(names("Äänestivät Oskari Haverin, Sanni Peltola, Aaro Mäkelä.")).toEqual(["Oskari Haverin", "Sanni Peltola", "Aaro Mäkelä"]);
  });

  it("reads a name coordinated after its own role in the translative as a nominative", () => {
    expect(names("Tilintarkastajaksi valittiin Eeva Rinne ja varatilintarkastajaksi Oskari Haverin.")).toEqual(["Eeva Rinne", "Oskari Haverin"]);
    expect(names("Tilintarkastajaksi valittiin Eeva Rinne ja varatilintarkastajaksi Jean-Marek Dubanin.")).toEqual(["Eeva Rinne", "Jean-Marek Dubanin"]);
  });

  it("reads no genitive after a coordinated role as a first name (ja sihteeriksi Oulun …)", () => {
    expect(names("Puheenjohtajaksi valittiin Liisa Koski ja sihteeriksi Kemin Kaupunginteatteri.")).toEqual(["Liisa Koski"]);
  });

  it("reads a name coordinated across its nominative title as a nominative", () => {
    expect(names("Paneelissa ovat dosentti Jaakko Rinne ja tutkija Leyla Sahmanin.")).toEqual(["Jaakko Rinne", "Leyla Sahmanin"]);
  });

  it("reads a loan name's -n before a postposition as its genitive", () => {
    expect(names("Pääjohtaja Colette Duparden mukaan korot pysyvät.")).toEqual(["Colette Duparde"]);
  });

  it("keeps the genitive when coordinated names stand before a noun or a postposition", () => {
    expect(names("Kuulimme Sanni Peltolan ja Oskari Haverin esitykset.")).toEqual(["Sanni Peltola", "Oskari Haveri"]);
    expect(names("Työ tehtiin Sanni Peltola ja Oskari Haverin johdolla.")).toEqual(["Sanni Peltola", "Oskari Haveri"]);
  });

  it("reads a name before a nominative title in apposition as a nominative", () => {
    expect(names("Daria Ostrovan, erikoistutkija, Itä-Suomen yliopisto")).toEqual(["Daria Ostrovan"]);
    expect(names("Alustajana Daria Ostrovan, Itä-Suomen yliopiston erikoistutkija.")).toEqual(["Daria Ostrovan"]);
  });

  it("reads a line that is a name and nothing else as a list's entry, in the nominative", () => {
    expect(names("Läsnä\nHarri Ekberg\n• Daria Ostrovan\nTuomas Lindén")).toEqual(["Harri Ekberg", "Daria Ostrovan", "Tuomas Lindén"]);
  });

  it("reads a line's name, a comma and an organization as a list's entry, after an item's time too", () => {
    expect(names("Puhujat\n9.15 Daria Ostrovan, Itä-Suomen yliopisto")).toEqual(["Daria Ostrovan"]);
    expect(names("Matti Virtasen, Pekka Mäen ja Liisa Kosken esitykset hyväksyttiin.")).toEqual(["Matti Virtanen", "Pekka Mäki", "Liisa Koski"]);
  });

  it("reads the subject of a verb of saying as a nominative", () => {
    expect(names("Tutkija Daria Ostrovan kertoo, että aineisto kasvaa.")).toEqual(["Daria Ostrovan"]);
    expect(names("Aineisto kasvaa, sanoo tutkija Daria Ostrovan.")).toEqual(["Daria Ostrovan"]);
  });

  it("reads every mention written so as the nominative one mention proves", () => {
    const text = "Daria Ostrovan, erikoistutkija\n\nPaneelissa keskustelee myös Daria Ostrovan.";
    expect(mentionsOf(text)).toEqual([["Daria Ostrovan", "Daria Ostrovan"]]);
  });

  it("reads a name the text also writes with a linking -i- and an ending as a nominative", () => {
    const text = "Puhujana on Daria Ostrovan. Ostrovanin mukaan muutos on nopea.";
    expect(names(text)).toEqual(["Daria Ostrovan"]);
    expect(mentionsOf(text)).toEqual([["Daria Ostrovan", "Ostrovanin"]]);
  });

  it("reads a name an e-mail address spells whole as a nominative", () => {
    expect(names("Lisätietoja antaa Daria Ostrovan\np. 040 123 4567daria.ostrovan@esimerkki.fi")).toEqual(["Daria Ostrovan"]);
    expect(extractPeople("Lisätietoja antaa Daria Ostrovan, p. 040 123 4567daria.ostrovan@esimerkki.fi")[0].email).toBe("daria.ostrovan@esimerkki.fi");
  });

  it("keeps the genitive of a Finnish surname the text inflects", () => {
    expect(names("Tapasimme Liisa Lahtisen. Liisa Lahtinen kertoi hankkeesta.")).toEqual(["Liisa Lahtinen"]);
    expect(names("Projektia vetää Juha Salon tiimi.")).toEqual(["Juha Salo"]);
  });
});

describe("a person's name in an organization's name", () => {
  it("reads a name before a foreign organization's head as the organization's", () => {
    expect(names("Rafael Moreno, tutkija, Anton Verhoeven Institute for Democracy")).toEqual(["Rafael Moreno"]);
    expect(names("Hankkeen rahoittaa Maria Ekholm Foundation.")).toEqual([]);
    expect(names("Puhujat\nRafael Moreno University of Turku")).toEqual(["Rafael Moreno"]);
  });

  it("reads a genitive name before säätiö or rahasto as the organization's", () => {
    expect(names("Hanke sai apurahan Eino ja Helmi Pakarisen säätiöltä.")).toEqual([]);
    expect(names("Tutkimusta tukee Aarne Kolehmaisen rahasto.")).toEqual([]);
  });

  it("keeps a person whose genitive stands before another noun", () => {
    expect(names("Tutkija Aarne Kolehmaisen hanke sai rahoitusta.")).toEqual(["Aarne Kolehmainen"]);
  });
});

describe("the nominative of a surname read alone", () => {
  it("leaves no base ending in two stops no name ends in after the linking -i-", () => {
    expect(surnameLemma("Hadtkin", new Lemmas())).not.toBe("Hadtk");
    expect(surnameLemma("Häggille", new Lemmas())).toBe("Hägg");
    expect(surnameLemma("Muskin", new Lemmas())).toBe("Musk");
  });

  it("undoes no Finnish consonant gradation to reach a base spelled with letters Finnish lacks", () => {
    expect(surnameLemma("Biden", new Lemmas())).toBe("Biden");
    expect(surnameLemma("Melaluodon", new Lemmas())).toBe("Melaluoto");
    expect(surnameLemma("Pihtiputaan", new Lemmas())).toBe("Pihtipudas");
  });

  it("keeps the case of the part after a hyphen as written", () => {
    expect(surnameLemma("Aitto-ojan", new Lemmas())).toBe("Aitto-oja");
    expect(surnameLemma("Ranta-Ahon", new Lemmas())).toBe("Ranta-Aho");
  });

  it("reads -kse- after a base in a vowel and -s, and -nen only after a vowel", () => {
    expect(surnameLemma("Tsipraksen", new Lemmas())).toBe("Tsipras");
    expect(surnameLemma("Karamanliksella", new Lemmas())).toBe("Karamanlis");
  });

  it("takes no compound's last part as confirming a reading whose first part has letters Finnish lacks", () => {
    expect(surnameLemma("Weinsteinin", new Lemmas())).toBe("Weinstein");
  });

  it("reads a surname in no plural case (Schumerille is no allative plural of a compound in -meri)", () => {
    expect(surnameLemma("Schumerille", new Lemmas())).toBe("Schumer");
  });
});

describe("a particle after the surname", () => {
  it("makes the word before it a given name and the word after it the surname", () => {
    expect(names("Presidentti Marcos Antônio Luca dos Reis saapui.")).toEqual(["Marcos Antônio Luca dos Reis"]);
    expect(names("Kruununprinssi Hamid bin Faisal vieraili Oulussa.")).toEqual(["Hamid bin Faisal"]);
  });
});

describe("a title in apposition after a name", () => {
  it("vouches for a name the lists lack, and for a rare pair written twice", () => {
    expect(names("Thandiwe Okafor, vanhempi tutkija, Helsingin yliopisto")).toEqual(["Thandiwe Okafor"]);
    const programme = "9.10 Alustus\nDragan Vukoslavin, vanhempi tutkija, Ulkopoliittinen instituutti\n9.40 Paneeli\nDragan Vukoslavin ja Aino Salmenkivi";
    expect(names(programme)).toEqual(["Dragan Vukoslavin", "Aino Salmenkivi"]);
  });

  it("takes no title that introduces a name of its own", () => {
    expect(names("Zentrix Nordic, toimitusjohtaja Pekka Lundmark")).toEqual(["Pekka Lundmark"]);
  });
});

describe("case endings few names have", () => {
  it("reads an allative, a translative and a foreign name's long partitive vowel as endings", () => {
    expect(surnameLemma("Obamalle", new Lemmas())).toBe("Obama");
    expect(surnameLemma("Zelenskylle", new Lemmas())).toBe("Zelensky");
    expect(surnameLemma("Obamaa", new Lemmas())).toBe("Obama");
  });

  it("keeps a Finnish name in a long vowel and a name in -lle DVV lists", () => {
    expect(surnameLemma("Siilasmaa", new Lemmas())).toBe("Siilasmaa");
    expect(surnameLemma("Kalle", new Lemmas())).toBe("Kalle");
  });
});

describe("a Finnish surname inflected in the weak grade", () => {
  it("is read in the strong grade DVV lists it in", () => {
    expect(names("Palkinnon ojensi rehtori Outi Kallungille.")).toEqual(["Outi Kallunki"]);
    expect(names("Kuntoutusjohtajaksi nimitettiin Sami Hongan.")).toEqual(["Sami Honka"]);
    // a name the lists know in the weak grade stays as it is (Hongisto)
    expect(names("Kiitos Leena Hongiston työstä.")).toEqual(["Leena Hongisto"]);
  });
});

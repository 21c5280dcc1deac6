/** A role's organization, wherever Finnish writes it (PHENOMENA 16). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";
import { roles } from "./helpers.js";

/** name → title → organization */
const organizations = (text: string) =>
  Object.fromEntries(extractPeople(text).map((p) => [p.name, Object.fromEntries(p.roles.map((r) => [r.title, r.organization]))]));

describe("a role's organization", () => {
  it("takes a body in the elative or ablative right before the title as the titled person's", () => {
    const got = roles("Työpajaan osallistuivat Pohjanmaan hyvinvointialueelta palvelujohtaja Mervi Kallas ja Vaasan kaupungilta hankepäällikkö Ossi Rinta.");
    expect(got["Mervi Kallas"]).toContainEqual(["palvelujohtaja", "Pohjanmaan hyvinvointialue"]);
    expect(got["Ossi Rinta"]).toContainEqual(["hankepäällikkö", "Vaasan kaupunki"]);
  });

  it("gives the title next to the name the organization written right after the name before one chained from a title further left", () => {
    const got = roles("Hankkeen koordinaattori, tutkimuspäällikkö Elsa Routio Lapin yliopistosta esitteli tulokset.");
    expect(got["Elsa Routio"]).toContainEqual(["tutkimuspäällikkö", "Lapin yliopisto"]);
  });

  it("reads a company's uninflected first words with its genitive last word", () => {
    expect(roles("Palkinnon ojensi Yle Uutisten päätoimittaja Sami Kurki.")["Sami Kurki"]).toEqual([["päätoimittaja", "Yle Uutiset"]]);
  });

  it("takes a body in the inessive right before an essive title as the one it is held in", () => {
    expect(roles("Eeva Koskela työskentelee Opetushallituksessa opetusneuvoksena.")["Eeva Koskela"]).toEqual([["opetusneuvos", "Opetushallitus"]]);
  });

  it("lends a post's body to a bare post later in the sentence", () => {
    const got = roles("Valtuusto valitsi tarkastuslautakunnan puheenjohtajaksi Ilona Kaski ja jäseniksi Teemu Uotila ja Ritva Sarre.");
    expect(got["Ilona Kaski"]).toEqual([["puheenjohtaja", "tarkastuslautakunta"]]);
    expect(got["Ritva Sarre"]).toEqual([["jäsen", "tarkastuslautakunta"]]);
  });

  it("reads a registered name's genitive after its colon before the title (`X ry:n puheenjohtaja`), in any case of the title", () => {
    expect(organizations("Lahden Kuorolaiset ry:n puheenjohtaja Elina Kari kertoi asiasta.")["Elina Kari"]).toEqual({ puheenjohtaja: "Lahden Kuorolaiset ry" });
    expect(organizations("Kunta kuuli Lahden Kuorolaiset ry:n sihteerin Matti Ojan näkemyksen.")["Matti Oja"]).toEqual({ sihteeri: "Lahden Kuorolaiset ry" });
  });

  it("gives a parish's priests the parish the text names, not its parish union", () => {
    const text = "Kuusamen seurakuntayhtymän yhteinen kirkkovaltuusto kokoontui. Kuusamen seurakunnan kirkkoherra Olli Haapala jää eläkkeelle, ja virkaa hoitaa vs. kirkkoherrana kappalainen Sini Aho.";
    expect(organizations(text)["Olli Haapala"]).toEqual({ kirkkoherra: "Kuusamen seurakunta" });
    expect(organizations(text)["Sini Aho"]).toEqual({ kirkkoherra: "Kuusamen seurakunta", kappalainen: "Kuusamen seurakunta" });
  });

  it("reads a place's genitive before the title in base form", () => {
    expect(organizations("Tilaisuuden avaa Kuhmon kaupunginjohtaja Aino Salonen.")["Aino Salonen"]).toEqual({ kaupunginjohtaja: "Kuhmo" });
    expect(organizations("Puheenvuoron käyttää Porin kaupungin kulttuurijohtaja Mikko Rantanen.")["Mikko Rantanen"]).toEqual({ kulttuurijohtaja: "Porin kaupunki" });
  });

  it("reads an acronym's genitive and skips words between it and the title", () => {
    expect(organizations("Paneelissa puhuu THL:n ylilääkäri Jussi Koskinen.")["Jussi Koskinen"]).toEqual({ ylilääkäri: "THL" });
    expect(organizations("Liisa Virtanen on Kokkolan uusi kaupunginjohtaja.")["Liisa Virtanen"]).toEqual({ kaupunginjohtaja: "Kokkola" });
  });

  it("reads an apposition after the name or its title", () => {
    expect(organizations("Pertti Nieminen, tutkimuspäällikkö, Kela")["Pertti Nieminen"]).toEqual({ tutkimuspäällikkö: "Kela" });
    expect(organizations("10.00 Avaus, suunnittelija Sanna Lehto, Pirkanmaan liitto")["Sanna Lehto"]).toEqual({ suunnittelija: "Pirkanmaan liitto" });
  });

  it("reads where the person comes from: elative and ablative", () => {
    expect(organizations("Puhujana on tutkija Mira Aalto Kelasta.")["Mira Aalto"].tutkija).toBe("Kela");
    // a registered name's legal form takes the case
    expect(organizations("Paneelissa keskustelee myyntipäällikkö Outi Virtanen Järvisuon Puu Oy:stä.")["Outi Virtanen"]["myyntipäällikkö"]).toBe("Järvisuon Puu Oy");
    expect(organizations("Kurssin vetää kouluttaja Arvo Niemi Pohjois-Savon Latu ry:stä.")["Arvo Niemi"].kouluttaja).toBe("Pohjois-Savon Latu ry");
    expect(organizations("Alustajana toimii professori Heikki Laine Tampereen yliopistolta.")["Heikki Laine"].professori).toBe("Tampereen yliopisto");
  });

  it("reads a coordinated name in the elative as a whole, and gives each person the organization after their own name", () => {
    const found = organizations("Vieraina ovat kehittämispäällikkö Oona Rinne Terveyden ja hyvinvoinnin laitokselta sekä neuvoja Tatu Kallio Kelasta.");
    expect(found["Oona Rinne"].kehittämispäällikkö).toBe("Terveyden ja hyvinvoinnin laitos");
    expect(found["Tatu Kallio"].neuvoja).toBe("Kela");
    // a body in the elative before `sekä` is the name's before it, not the next title's genitive
    expect(organizations("Mukana ovat tutkija Eeva Pulkki Kelasta sekä johtaja Raimo Usva Kuntaliitosta.")["Raimo Usva"].johtaja).toBe("Kuntaliitto");
  });

  it("gives a professor or a lecturer with no organization written the university the text names", () => {
    const found = organizations("Lapinrinteen yliopiston hallitus valitsi dekaaniksi professori Aarni Veijola. Hän seuraa yliopistonlehtori Kielo Hautalaa.");
    expect(found["Aarni Veijola"].professori).toBe("Lapinrinteen yliopisto");
    expect(found["Kielo Hautala"].yliopistonlehtori).toBe("Lapinrinteen yliopisto");
    // an organization written after the name is theirs
    expect(organizations("Lapinrinteen yliopisto kutsui luennoimaan professori Ruben Salo Tukholman yliopistosta.")["Ruben Salo"].professori).toBe("Tukholman yliopisto");
  });

  it("reads a name's lower-case genitive after its capital as the name's, no field of a compound title", () => {
    const found = organizations("Keski-Karjalan hyvinvointialue Kajon sote valmistelee uudistusta. Asiasta kertoi Kajon soten hyvinvointialuejohtaja Aune Rasi.");
    expect(found["Aune Rasi"].hyvinvointialuejohtaja).toBe("Keski-Karjalan hyvinvointialue");
  });

  it("gives a dean the faculty the text names", () => {
    const found = organizations("Humanistisen tiedekunnan johtoryhmä kokoontui. Kokousta johti varadekaani Sulo Kaarna.");
    expect(found["Sulo Kaarna"].varadekaani?.toLowerCase()).toBe("humanistinen tiedekunta");
  });

  it("gives a region's director the region's council, which the text names as a liitto", () => {
    const found = organizations("Satakunnan liitto järjestää maakuntapäivän 4.3. Päivän avaa maakuntajohtaja Reija Pulli.");
    expect(found["Reija Pulli"].maakuntajohtaja).toBe("Satakunnan liitto");
    // a text that names no such council leaves it empty
    expect(organizations("Päivän avaa maakuntajohtaja Reija Pulli.")["Reija Pulli"].maakuntajohtaja).toBeNull();
  });

  it("reads an acronym before a title as its organization, uninflected as headings write it", () => {
    expect(organizations("3. Lupamenettely (AVI ympäristötarkastaja Kaisa Heinämaa)")["Kaisa Heinämaa"].ympäristötarkastaja).toBe("AVI");
  });

  it("reads an acronym in parentheses, but not a party's", () => {
    expect(organizations("Tutkimusprofessori Ville Peltonen (THL) esitteli tulokset.")["Ville Peltonen"]).toEqual({ tutkimusprofessori: "THL" });
    expect(organizations("Tutkimusprofessori Ville Peltonen (kok.) esitteli tulokset.")["Ville Peltonen"]).toEqual({ tutkimusprofessori: null });
  });

  it("reads a body whose name of several words fills the parentheses", () => {
    const text = "Keskustelijoina ovat tuotantojohtaja Riitta Manninen (Järvisuon Puu Oy) ja kunnanjohtaja Olli Sarin (Hämeenkosken kunta).";
    expect(organizations(text)["Riitta Manninen"]).toEqual({ tuotantojohtaja: "Järvisuon Puu Oy", keskustelija: null });
    expect(organizations(text)["Olli Sarin"].kunnanjohtaja).toBe("Hämeenkosken kunta");
    // a parenthesis that holds more than a name gives none
    expect(organizations("Puhujana on tutkija Sanna Aalto (Järvisuon Puu Oy, tutkimus).")["Sanna Aalto"].tutkija).toBe(null);
  });

  it("reads the body a clause elects to, and shares it with the titles after it in the line", () => {
    const text = "Aluehallituksen puheenjohtajaksi valittiin Saara Mäkelä. Varapuheenjohtajaksi valittiin Timo Järvi.";
    const got = organizations(text);
    expect(got["Saara Mäkelä"].puheenjohtaja?.toLowerCase()).toBe("aluehallitus");
    expect(got["Timo Järvi"].varapuheenjohtaja?.toLowerCase()).toBe("aluehallitus");
    expect(organizations("Tiina Koivu valittiin johtokuntaan sihteeriksi.")["Tiina Koivu"].sihteeri).toBe("johtokunta");
  });

  it("gives an office after an acting post named by its kind the body of that kind", () => {
    const got = organizations("Kuohulan kunta tiedottaa. Tehtävää hoitaa va. kunnanjohtaja, hallintojohtaja Eija Pelkonen.");
    expect(got["Eija Pelkonen"]).toEqual({ kunnanjohtaja: "Kuohulan kunta", hallintojohtaja: "Kuohulan kunta" });
  });

  it("shares a genitive between titles before one name", () => {
    expect(organizations("Asiaa kommentoi SOSTEn johtaja, varapääsihteeri Maija Kallio.")["Maija Kallio"]).toEqual({ johtaja: "SOSTE", varapääsihteeri: "SOSTE" });
  });

  it("keeps a field's genitive in the title", () => {
    expect(organizations("Joukkueeseen nimettiin maastohiihdon edustaja Eero Lahti.")["Eero Lahti"]).toEqual({ "maastohiihdon edustaja": null });
  });

  it("gives procedural roles of minutes to the meeting's body", () => {
    const text = "Ympäristölautakunnan kokous 3.4.2024\n\nPöytäkirjantarkastajiksi valittiin Matti Heino ja Laura Saari.";
    const got = organizations(text);
    expect(got["Matti Heino"].pöytäkirjantarkastaja?.toLowerCase()).toBe("ympäristölautakunta");
    expect(got["Laura Saari"].pöytäkirjantarkastaja?.toLowerCase()).toBe("ympäristölautakunta");
  });

  it("gives the procedural roles of a general meeting of members to the association, not to its board", () => {
    const text =
      "Järvikylän Metsästysseura ry piti syyskokouksensa lauantaina 14.11. Kokouksen puheenjohtajana toimi Arvi Ruuska ja sihteerinä Sointu Rae.\n\nHallituksen jäseniksi valittiin Veli Kopra ja Aune Kivimäki. Kokous myönsi hallitukselle vastuuvapauden.";
    const got = organizations(text);
    expect(got["Arvi Ruuska"].puheenjohtaja).toBe("Järvikylän Metsästysseura ry");
    expect(got["Sointu Rae"].sihteeri).toBe("Järvikylän Metsästysseura ry");
    expect(got["Veli Kopra"].jäsen?.toLowerCase()).toBe("hallitus");
  });
});

describe("an organization named by its acronym", () => {
  it("is named as the body whose words and compound heads spell it", () => {
    const text = "Suomen Uimaliitto juhli sata vuotta. SUL:n puheenjohtaja Aino Kettunen kiitti seuroja.";
    expect(organizations(text)["Aino Kettunen"].puheenjohtaja?.toLowerCase()).toBe("suomen uimaliitto");
  });
});

describe("a generic head noun's genitive", () => {
  it("refers to the document's body of that head", () => {
    const text = "Suomen Uimaliitto juhli sata vuotta. Liiton puheenjohtaja Aino Kettunen kiitti seuroja.";
    expect(organizations(text)["Aino Kettunen"].puheenjohtaja?.toLowerCase()).toBe("suomen uimaliitto");
    expect(organizations("Yhdistyksen puheenjohtaja Aino Kettunen kiitti jäseniä.")["Aino Kettunen"].puheenjohtaja).toBe("yhdistys");
  });
});

describe("the body whose meeting a text reports", () => {
  it("is the genitive before the minutes' word, though the text names another body more often", () => {
    const text = "Rantakylän kunnanhallituksen pöytäkirja 3/2026\n\nLäsnä\nOlli Ruusu, puheenjohtaja\nSiru Kataja, jäsen\n\nPöytäkirjantarkastajiksi valittiin Siru Kataja ja Olli Ruusu.\n\nEsitys lähetetään valtuustolle. Valtuusto päättää asiasta syksyllä.";
    const got = roles(text);
    expect(got["Siru Kataja"]).toContainEqual(["pöytäkirjantarkastaja", "Rantakylän kunnanhallitus"]);
  });
});

describe("an organization between a name and its title", () => {
  it("passes the organization to read the title after it, and gives it to that title", () => {
    const got = roles("Ohjelma\n9.40 Sari Lehto (THL), tutkimuspäällikkö\n10.00 Kalle Rantanen, Turun yliopisto, professori");
    expect(got["Sari Lehto"]).toEqual([["tutkimuspäällikkö", "THL"]]);
    expect(got["Kalle Rantanen"]).toEqual([["professori", "Turun yliopisto"]]);
  });
});

describe("where each holder of a plural title comes from", () => {
  it("reads the elative after each name", () => {
    const got = roles("Tulokset esittelivät tutkijat Anna Virta Turun yliopistosta ja Pekka Lehto Kelasta.");
    expect(got["Anna Virta"]).toEqual([["tutkija", "Turun yliopisto"]]);
    expect(got["Pekka Lehto"]).toEqual([["tutkija", "Kela"]]);
  });

  it("gives an office to an association whose board meets, not to one a public body's meeting only mentions", () => {
    const board = "Hallitus kokoontui 3.2.2026. Hallitus hyväksyi Lahden Latu ry:n toimintakertomuksen. Toiminnanjohtaja Sari Aalto esitteli tilinpäätöksen. Lahden Latu ry:n jäsenille lähetetään kutsu.";
    expect(organizations(board)["Sari Aalto"].toiminnanjohtaja).toBe("Lahden Latu ry");
    const council = "Kaupunginhallitus kokoontui 3.2.2026. Kaupunginhallitus myönsi avustuksen Lahden Latu ry:lle. Talousjohtaja Sari Aalto esitteli asian. Kaupunginhallitus hylkäsi Lahden Latu ry:n toisen hakemuksen.";
    expect(organizations(council)["Sari Aalto"].talousjohtaja).toBeNull();
    // a committee (lautakunta) is a municipality's whatever its first part
    const committee = "Sivistyslautakunta kokoontui 3.2.2026. Sivistyslautakunta myönsi avustuksen Lahden Latu ry:lle. Opetusjohtaja Sari Aalto esitteli asian. Sivistyslautakunta hylkäsi Lahden Latu ry:n toisen hakemuksen.";
    expect(organizations(committee)["Sari Aalto"].opetusjohtaja).toBeNull();
  });

  it("names the organization a bare head's genitive refers back to as the text named it in full", () => {
    const text = "Keski-Suomen Retkeilyseura ry kokoontuu 4.3.2026. Kokoukseen ilmoittaudutaan seuran sihteerille Laura Virtaselle.";
    expect(organizations(text)["Laura Virtanen"].sihteeri).toBe("Keski-Suomen Retkeilyseura ry");
  });
});

describe("titles in a row before a name", () => {
  it("chains a title past the next one's organization, each with its own", () => {
    expect(roles("Avauksen piti johtoryhmän sihteeri, Kemin kaupungin talousjohtaja Anu Vaara.")).toEqual({
      "Anu Vaara": [
        ["sihteeri", "johtoryhmä"],
        ["talousjohtaja", "Kemin kaupunki"],
      ],
    });
  });

  it("does not chain past a genitive that is no organization's", () => {
    expect(roles("Avauksen piti sihteeri, kestävän kehityksen johtaja Anu Vaara.")["Anu Vaara"].map((r) => r[0])).toEqual(["sihteeri", "kestävän kehityksen johtaja"]);
  });
});

describe("a pronoun's genitive before a title", () => {
  it("refers back to the body named last", () => {
    expect(roles("Hallitus perusti juhlatoimikunnan ja nimesi sen sihteeriksi Oona Kallion.")).toEqual({ "Oona Kallio": [["sihteeri", "juhlatoimikunta"]] });
    expect(roles("Kylään perustettiin nuorisoraati, jonka puheenjohtajana toimii Aino Kallio.")).toEqual({ "Aino Kallio": [["puheenjohtaja", "nuorisoraati"]] });
  });
});

describe("a title compounded with a head that needs a name", () => {
  it("belongs to the document's one body of that head", () => {
    expect(roles("Karjalan Hyvinvointihanke käynnistyi. Hankepäällikkö Maarit Oksman esitteli väliraportin.")).toEqual({ "Maarit Oksman": [["hankepäällikkö", "Karjalan Hyvinvointihanke"]] });
  });

  it("belongs to none when the document names no such body, or two", () => {
    expect(roles("Hankepäällikkö Maarit Oksman esitteli väliraportin.")).toEqual({ "Maarit Oksman": [["hankepäällikkö", null]] });
    expect(roles("Karjalan Hyvinvointihanke ja Savon Liikuntahanke alkoivat. Hankepäällikkö Maarit Oksman esitteli ne.")["Maarit Oksman"]).toEqual([["hankepäällikkö", null]]);
  });
});

describe("a place's genitive before a councillor's title", () => {
  it("makes the council's name with the title's noun", () => {
    expect(roles("Aloitteen teki Oulun kaupunginvaltuutettu Riitta Aho.")).toEqual({ "Riitta Aho": [["kaupunginvaltuutettu", "Oulun kaupunginvaltuusto"]] });
    // an office of the place itself is the place's
    expect(roles("Hakijana oli Pihtiputaan kunnansihteeri Perttu Sonninen.")["Perttu Sonninen"]).toContainEqual(["kunnansihteeri", "Pihtipudas"]);
  });
});

describe("a bare head's genitive that refers back by kind", () => {
  it("is the document's one company, club or association", () => {
    expect(roles("Leipomo Oy laajentaa. Yhtiön toimitusjohtaja Sari Halme kertoo hankkeesta.")).toEqual({ "Sari Halme": [["toimitusjohtaja", "Leipomo Oy"]] });
    expect(roles("Kalliorannan Kiri ry juhlii. Seuran puheenjohtaja Ville Aho kiittää talkoolaisia.")).toEqual({ "Ville Aho": [["puheenjohtaja", "Kalliorannan Kiri ry"]] });
  });

  it("is none of two", () => {
    expect(roles("Leipomo Oy ja Mylly Oy sopivat. Yhtiön toimitusjohtaja Sari Halme kertoo.")["Sari Halme"]).toEqual([["toimitusjohtaja", "yhtiö"]]);
  });
});

describe("a plural name's genitive before a title", () => {
  it("gives the organization in the nominative plural", () => {
    expect(roles("Puheen piti Suomen Yrittäjien pääekonomisti Jon Whit.")["Jon Whit"]).toEqual([["pääekonomisti", "Suomen Yrittäjät"]]);
    expect(roles("Puhui Kokkolan Eläkeläisten puheenjohtaja Aino Aho.")).toEqual({ "Aino Aho": [["puheenjohtaja", "Kokkolan Eläkeläiset"]] });
  });
});

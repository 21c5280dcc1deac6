/**
 * Person names in a single news sentence, where nothing else in the text
 * names the person in full: the sentence's own context is the evidence.
 * Invented sentences, each with the people it names.
 */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const names = (sentence: string) => extractPeople(sentence).map((p) => p.name);

describe("a subject that a later `hän` refers to", () => {
  it.each([
    ["Okafor kertoi, että hän jää eläkkeelle ensi vuonna.", ["Okafor"]],
    ["Brandt myönsi lopulta, että hänen arvionsa oli mennyt pieleen.", ["Brandt"]],
    ["Tiedote vahvisti, että Dubrovsky jatkaa tehtävässä, vaikka häntä on arvosteltu.", ["Dubrovsky"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });

  it.each([
    // a company is `se`; a Finnish-looking word no list knows is no surname
    "Zentrix kertoi, että se avaa uuden toimipisteen.",
    "Silloin hän ei vielä tiennyt asiasta.",
    // another capitalised word between may be the one the pronoun refers to
    "Zentrix palkkasi Okaforin, jonka mukaan hän viihtyy hyvin.",
    // a case of place is no subject
    "Brysselissä hän tapasi ministereitä.",
    // in the subject's own clause, `hän` is someone else, named before
    "Zentrix haastatteli häntä kahdesti.",
  ])("names no one: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe("a name with a middle initial", () => {
  it.each([
    // a genitive before a postposition is the person's, not an organization's after a rare first name
    ["Professori Daniel J. Soloven mukaan sääntely on jäljessä.", ["Daniel J. Solove"]],
    ["Tutkija Teresa Wilson Michiganin teknisen yliopiston mukaan asia on selvä.", ["Teresa Wilson"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });
});

describe("a full name twice, and the surname alone as a subject", () => {
  it("keeps the pair a person's: the surname stands alone, as people's do", () => {
    const text = "Rahasto sijoittaa Elon Okaforin perustamaan yritykseen.\nOkafor sanoi, että hän odottaa kasvua.\nElon Okafor on sanonut, ettei hän myy osuuttaan.";
    expect(names(text)).toEqual(["Elon Okafor"]);
  });
});

describe("a party's abbreviation in brackets after a name", () => {
  it.each([
    ["Ahokangas (vihr.) vastusti esitystä valiokunnassa.", ["Ahokangas"]],
    ["Välikysymyksen allekirjoitti myös Lindroos (sd.).", ["Lindroos"]],
    ["Kettusen (kesk.) mukaan esitys on keskeneräinen.", ["Kettunen"]],
    ["Kansanedustaja Xiang Li (vas.) kysyi asiaa ministeriltä.", ["Xiang Li"]],
    ["Jasmin Okoro (kok.) ja Reima Hakala (ps.) väittelivät.", ["Jasmin Okoro", "Reima Hakala"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });

  it("names no one by a bracket that holds no party", () => {
    expect(names("Zentrix (Oy) avasi toimipisteen.")).toEqual([]);
  });
});

describe("a name in another case that a later `hän` refers to", () => {
  it.each([
    ["Eilen oikeus tuomitsi Okonkwon sakkoihin, vaikka hän kiisti kaiken.", ["Okonkwo"]],
    ["Kun Brandtilta kysyttiin asiasta, hän kieltäytyi kommentoimasta.", ["Brandt"]],
    ["Viime viikolla lautakunta myönsi Dubrovskylle luvan, koska hänen hakemuksensa oli kunnossa.", ["Dubrovsky"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });

  it.each([
    // a role title before may be the one the pronoun refers to
    "Pääministeri vastustaa Zentrixin hanketta, mutta hänen on taivuttava.",
    // so may a surname the sentence starts with, before a verb
    "Louhento vastasi Zentrixille, ettei hän kommentoi asiaa.",
    // a case of place names where, not whom
    "Hän työskenteli Zentrixissä, kunnes hänet irtisanottiin.",
  ])("names no one new: %s", (sentence) => {
    expect(names(sentence).filter((n) => n.startsWith("Zentrix"))).toEqual([]);
  });
});

describe("`hän` opening the next sentence, and what may stand between", () => {
  it.each([
    ["Okafor jäi eläkkeelle viime vuonna. Hän asuu nykyään Lontoossa.", ["Okafor"]],
    ["Okafor jäi eläkkeelle viime vuonna.\nHänen seuraajansa valitaan keväällä.", ["Okafor"]],
    // a place in a case of place is no one the pronoun could mean
    ["Brandt puhui Detroitissa tiistaina, ja hän sai raikuvat aplodit.", ["Brandt"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });

  it.each([
    // a role noun may be the one meant
    "Zentrix nimitti uuden johtajan. Hän aloittaa maaliskuussa.",
    "Zentrix palkkasi johtajan, jonka mukaan hän viihtyy.",
    // so may a compound of a name and a noun for a person
    "Zentrix menetti asiakkaan, kun Zentrix-kuski ajoi hänet väärään paikkaan.",
  ])("names no one: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe("a common surname alone, anywhere in a sentence", () => {
  it.each([
    ["Tehtävä oli alusta asti Hirvelän vastuulla.", ["Hirvelä"]],
    ["Myöhemmin Kotilainen rinnasti hankkeen kuuhun laskeutumiseen.", ["Kotilainen"]],
    ["Yhtiö ei ole Jääskeläisen mukaan muuttanut suunnitelmiaan.", ["Jääskeläinen"]],
    ["Lisäksi Sundströmille myönnettiin optioita.", ["Sundström"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });

  it.each([
    // a case of place names where
    "Tapahtuma järjestetään Nummelassa toukokuussa.",
    // a genitive before the head of a body or a title is an organization's or a town's
    "Järvenpään kaupunginhallitus hyväksyi esityksen.",
    "Laitilan toimitusjohtaja erosi.",
    // a list of places, or an address's end
    "Mukana ovat Joensuu, Järvenpää ja Kerava.",
    "Paikka: Kauppakatu 40, Joensuu",
    // a common word that DVV lists as a surname too
    "Lahti voitti ottelun.",
    // coordinated with a town, a town
    "Kuopio ja Järvenpää sopivat yhteistyöstä.",
    // a genitive before a place or an institution named after its place
    "Oppilaat siirtyvät syksyllä Hirvelän kouluun.",
    "Kirjailijavierailu pidetään Kotilaisen kirjastossa.",
  ])("names no one: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe("a role in the essive and a participle of toimia before a name", () => {
  it.each([
    ["Nuorisojärjestön puheenjohtajana toimiva Okafor avasi verkon kaikille.", ["Okafor"]],
    ["Yhtiön strategiajohtajana toiminut Rakesh Kapoor siirtyy kilpailijalle.", ["Rakesh Kapoor"]],
    // a participle of a verb only people are the subjects of
    ["Intiassa asuva Laxman Okafor huomasi aukon ensimmäisenä.", ["Laxman Okafor"]],
    ["Tampereella asuvan Okaforin mukaan kilpailu oli tiukka.", ["Okafor"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });

  it.each([
    // a company serves as a supplier or a firm, not as a chair
    "Alihankkijana toimiva Zentrix sai sopimuksen.",
    "Yrityksenä toimiva Zentrix kasvaa nopeasti.",
    // the participle as a predicate, and a genitive after it, an owner
    "Käyttöjärjestelmä on syntynyt Zentrixin tuella.",
  ])("names no one: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe("a name before a capitalised phrase in a case of its own", () => {
  it.each([
    ["Summa maksettiin käteisenä, sanoi yhtiön toimitusjohtaja Rob Marcus Financial Timesille.", ["Rob Marcus"]],
    ["Kiista jatkuu, sanoi yhtiön johtaja Seungho Ahn Sydney Morning Heraldin mukaan.", ["Seungho Ahn"]],
    // a place's genitive before a lower-case head in such a case names an organization
    ["Alustajana on erikoistutkija Amadou Diallo Lapin yliopistosta.", ["Amadou Diallo"]],
    // so does a registered name whose case ending follows its legal form's colon
    ["Mukana on myyntipäällikkö Outi Kallio Järvisuon Puu Oy:stä.", ["Outi Kallio"]],
    // a rare first name that ends like a short common word (-riikka) starts a name after a title; a compound of a longer word does not
    ["Avauksen piti hallituksen puheenjohtaja Millariikka Kärkkäinen.", ["Millariikka Kärkkäinen"]],
    // a nominative in -n is no genitive that ends a phrase
    ["Pääministeri Recep Tayyip Erdogan puhui kannattajilleen.", ["Recep Tayyip Erdogan"]],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(people);
  });
});

describe("a pair the lists lack that a later `hän` refers to", () => {
  it("names the pair that opens the clause", () => {
    expect(names("Gregg Okafor palasi Lontooseen, koska hän sai sieltä työpaikan.")).toEqual(["Gregg Okafor"]);
  });

  it("names no pair that `se` refers to", () => {
    expect(names("Lizard Squad väittää, että se kaatoi palvelut.")).toEqual([]);
  });
});

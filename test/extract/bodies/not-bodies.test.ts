/** What is no body: venues, generic singulars under a determiner, places alone. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("not bodies", () => {
  it("takes a venue in a case of place for a place", () => {
    expect(bodyNames("Juhla pidetään Kangasalan seurakuntakeskuksessa ja kahvit Kuhmon kirkossa.")).toEqual([]);
    expect(bodyNames("Leiri pidetään Pajulahden Urheiluopistolla.")).toEqual([]);
  });

  it("takes a head under a generic determiner for any body of the kind", () => {
    expect(bodyNames("Jokainen kotiseutuyhdistys voi hakea tukea.")).toEqual([]);
    expect(bodyNames("Paikkoja ei voi siirtää toiselle yhdistykselle.")).toEqual([]);
    expect(bodyNames("Ohjeessa sanotaan, mikä toimielin päättää avustuksista.")).toEqual([]);
    expect(bodyNames("Paneeliin kutsuttiin jäsen jokaisesta valtuustossa istuvasta puolueesta.")).toEqual(["valtuusto"]);
  });

  it("takes a bare head the text writes as often in the plural for any body of the kind", () => {
    expect(bodyNames("Kuntayhtymien talous heikkenee. Jokaisen kuntayhtymän on säästettävä, ja kuntayhtymä voi korottaa maksuja.")).toEqual([]);
    // one the text names more often in the singular stays
    expect(bodyNames("Kuntayhtymien talous heikkenee. Kuntayhtymä korottaa maksuja. Kuntayhtymä myös säästää.")).toEqual(["kuntayhtymä"]);
    // a named one stays, and takes the bare head as its alias
    expect(bodyNames("Kuntayhtymien talous heikkenee. Kainuun kuntayhtymä korottaa maksuja, kertoo kuntayhtymä.")).toEqual(["Kainuun kuntayhtymä"]);
  });

  it("takes a party's name before a place or an institution named after its place for the place", () => {
    expect(bodyNames("Oppilaat siirtyvät ensi syksynä Keskustan kouluun.")).toEqual([]);
    expect(bodyNames("Aloitteen jätti Keskustan valtuustoryhmä.")).toContain("Keskustan valtuustoryhmä");
  });

  it("takes a body's project or programme for no named body", () => {
    expect(bodyNames("Tapahtuman ohjelma julkaistaan. Kurssin ohjelma on liitteenä.")).toEqual([]);
  });

  it("takes the board of a foundation or an association for its own, not the city's board", () => {
    expect(bodyNames("Kaupunginhallitus hyväksyi kaavan, ja säätiön hallitus myönsi apurahat.")).toEqual(["kaupunginhallitus", "säätiön hallitus"]);
    expect(bodyNames("Kunnanhallitus kokoontui, ja kerhon hallitus järjesti retken.")).toEqual(["kunnanhallitus", "kerhon hallitus"]);
    // with no other board of the kind it is the text's own board
    expect(bodyNames("Kevätkokous valitsi kerhon johtokuntaan kolme jäsentä.")).toEqual(["johtokunta"]);
    // the municipality's own board is the one the text is about
    expect(bodyNames("Kunnanhallitus esitti, ja kunnan valtuusto hyväksyi.")).toEqual(["kunnanhallitus", "valtuusto"]);
  });
});

describe("kinds of body in a list", () => {
  it("reads no body in a nominative list with a bare plural head", () => {
    expect(bodyNames("Säännöissä määrätään toimielinten (valtuusto, hallitus, lautakunnat) tehtävistä.")).toEqual([]);
    expect(bodyNames("Johtokunta, jaostot ja työryhmät saavat palkkion.")).toEqual([]);
  });

  it("keeps a body in a list of genitives or beside a named plural", () => {
    expect(bodyNames("Sopimus on kuntien, hyvinvointialueen ja maakunnan liiton yhteinen.")).toContain("hyvinvointialue");
    expect(bodyNames("Kaupunginhallitus, tekninen lautakunta ja jaostot kokoontuvat.")).toEqual(["kaupunginhallitus", "tekninen lautakunta"]);
    expect(bodyNames("Kunnanhallitus, lautakunnat ja jaostot kokoontuvat.")).toEqual(["kunnanhallitus"]);
  });
});

describe("a venue in a place field", () => {
  it("is where the meeting is, no body", () => {
    expect(bodyNames("Hallitus\nKokouspaikka: Palvelukeskus, kokoushuone 2\nLäsnä olleet jäsenet\nAho Liisa")).toEqual(["hallitus"]);
    expect(bodyNames("Paikka: Nuorisokeskus, Kirkkotie 5")).toEqual([]);
  });
});

describe("a lone surname's genitive before a head that needs a name", () => {
  it("names no club or association", () => {
    expect(bodyNames("Vuosikokous kutsui Virtasen seuran kunniajäseneksi.")).toEqual([]);
    // a place's genitive still names one, and a name of several words
    expect(bodyNames("Kuopion seura voitti.")).toEqual(["Kuopion seura"]);
    expect(bodyNames("Kirjan julkaisi Suomalaisen Kirjallisuuden Seura.")).toEqual(["Suomalaisen Kirjallisuuden Seura"]);
  });
});

describe("a project named only by its owners", () => {
  it("is the owners' project, not a named one, whatever its compound", () => {
    expect(bodyNames("Hanke on Koivuselän kunnan ja Paasivaaran kaupungin yhteinen kosteikkohanke.")).toEqual(["Koivuselän kunta", "Paasivaaran kaupunki"]);
    // a name of its own stays one
    expect(bodyNames("Hanke on Koivuselän kunnan ja Paasivaaran kaupungin yhteinen Kirkas Lampi -hanke.")).toContain("Kirkas Lampi -hanke");
  });

  it("reads a short organization's name written as a surname after a first name as the surname (Ek, not EK)", () => {
    expect(bodyNames("Varajäseniksi valittiin Ville Ek ja Aino Salo.")).toEqual([]);
    expect(bodyNames("EK:n mukaan vienti kasvaa.")).toEqual(["EK"]);
  });

  it("reads a town's centre and a plural of an abbreviation as no body", () => {
    expect(bodyNames("Markkinat pidetään Rantalan keskusta -alueella ja Kauppatorilla, jossa DJ:t soittavat.")).toEqual([]);
    expect(bodyNames("Kokous pidettiin Lahden keskustassa.")).toEqual([]);
  });
});

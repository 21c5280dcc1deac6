/** Head nouns beyond councils and boards: units, parishes, joint authorities, companies. */
import { describe, expect, it } from "vitest";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("head nouns of bodies and organizations", () => {
  it("reads parishes, joint authorities and their meetings, delegations and councils of cooperation", () => {
    expect(bodyNames("Seurakunta järjesti retken, ja yhtymäkokous hyväksyi talousarvion.")).toEqual(["seurakunta", "yhtymäkokous"]);
    expect(bodyNames("Perusturvayhtymän hallintoneuvosto ja valtuuskunta kokoontuivat.")).toEqual(["perusturvayhtymä", "Perusturvayhtymän hallintoneuvosto", "valtuuskunta"]);
    expect(bodyNames("Yhteistoimintaelin käsitteli muutosta.")).toEqual(["yhteistoimintaelin"]);
  });

  it("reads a road association's board", () => {
    expect(bodyNames("Tiekunnan hoitokunta kokoontui.")).toEqual(["tiekunta", "Tiekunnan hoitokunta"]);
  });

  it("reads a school as the organization of a role in its genitive, not as a building or a closure's object", () => {
    expect(bodyNames("Rehtoriksi nimitettiin Mäntyrinteen koulun vararehtori.")).toEqual(["Mäntyrinteen koulu"]);
    expect(bodyNames("Kaupunki lakkauttaa Mäntyrinteen ja Jokivarren koulut.")).toEqual([]);
    expect(bodyNames("Mäntyrinteen koulun katto korjataan.")).toEqual([]);
  });

  it("reads a university's student union", () => {
    expect(bodyNames("Rannikon yliopiston ylioppilaskunta vaatii lisää asuntoja.")).toEqual(["Rannikon yliopisto", "Rannikon yliopiston ylioppilaskunta"]);
    expect(bodyNames("Ylioppilaskunta järjestää vaalit syksyllä.")).toEqual(["ylioppilaskunta"]);
  });

  it("reads a panel of residents or customers", () => {
    expect(bodyNames("Kaupunki perusti nuorisoraadin, ja asukasraati kokoontuu ensi kerran syksyllä.")).toEqual(["nuorisoraati", "asukasraati"]);
  });

  it("reads faculties, departments and sectors named by their field as units of kind other", () => {
    expect(bodyKinds("Opiskelija siirtyi kemian laitokselle ja lääketieteellisestä tiedekunnasta sivistyksen toimialalle.")).toEqual({
      "kemian laitos": "other",
      "lääketieteellinen tiedekunta": "other",
      "sivistyksen toimiala": "other",
    });
  });

  it("does not name a unit by a happening's genitive before it", () => {
    expect(bodyNames("Dekaani järjestää avoimen seminaarin tiedekunnan tulevaisuudesta.")).toEqual(["tiedekunta"]);
    // a group may be a happening's own
    expect(bodyNames("Juhlan toimikunta kokoontui.")).toEqual(["Juhlan toimikunta"]);
  });

  it("reads a court the text names by its kind", () => {
    expect(bodyNames("Päätöksestä valitettiin hallinto-oikeuteen.")).toEqual(["hallinto-oikeus"]);
    // the superlative of the supreme court agrees in every case
    expect(bodyNames("Kunta vei asian korkeimpaan hallinto-oikeuteen, ja korkeimman hallinto-oikeuden ratkaisu tuli keväällä.")).toEqual(["korkein hallinto-oikeus"]);
  });

  it("numbers a body of a series", () => {
    expect(bodyNames("Asian käsitteli ympäristöjaosto 2 maanantaina.")).toEqual(["ympäristöjaosto 2"]);
    // a date after the head is no number of it
    expect(bodyNames("Kokous: ympäristöjaosto 2.5.2026")).toEqual(["ympäristöjaosto"]);
  });

  it("needs a name for a bare head that names no single body", () => {
    expect(bodyNames("Hanke on käynnissä ja laitos on kiinni.")).toEqual([]);
    expect(bodyNames("Vaalipiiri ja lähipiiri eivät ole toimielimiä.")).toEqual([]);
  });

  it("reads groups that prepare, plan, interview or select as working groups", () => {
    expect(bodyKinds("Kaavaa valmistelee suunnitteluryhmä, ja johtokunta nimesi valintaryhmän.")).toEqual({ suunnitteluryhmä: "working-group", johtokunta: "executive-board", valintaryhmä: "working-group" });
    expect(bodyNames("Hakijat haastattelee arviointi- ja haastatteluryhmä.")).toEqual(["arviointi- ja haastatteluryhmä"]);
  });
});

describe("a first part of digits and letters", () => {
  it("reads a head after a first part like 4H- as a name", () => {
    expect(bodyNames("Leirin järjestää 4H-yhdistys yhdessä seurakunnan kanssa.")).toEqual(["4H-yhdistys", "seurakunta"]);
  });

  it("reads a head after an age's first part (`50-vuotis-`)", () => {
    expect(bodyNames("Juhlan valmistelee 50-vuotisjuhlatoimikunta.")).toEqual(["50-vuotisjuhlatoimikunta"]);
    // a number alone before a hyphen starts none (`2-jaosto` is no name)
    expect(bodyNames("Asia siirtyi 2-jaostolle.")).toEqual([]);
  });
});

describe("a welfare area's units", () => {
  it("reads service and responsibility areas named by their field as units of kind other", () => {
    expect(bodyKinds("Asian valmisteli ikäihmisten palvelujen vastuualue, ja sosiaalipalvelujen tulosalue antoi lausunnon.")).toEqual({
      "ikäihmisten palvelujen vastuualue": "other",
      "sosiaalipalvelujen tulosalue": "other",
    });
    // a bare one names none
    expect(bodyNames("Hoitaja toimii omalla vastuualueellaan, ja palvelualueella on kolme terveysasemaa.")).toEqual([]);
  });
});

/** Minutes: a bare Päätös line, its outcome on the next line, and an item settled as proposed. */
import { describe, expect, it } from "vitest";
import { extractDecisions } from "../../../src/index.js";
import { outcomes } from "./helpers.js";

const settled = (text: string) => extractDecisions(text).map((d) => [d.subject, d.outcome, d.text]);

describe("a bare Päätös line", () => {
  it("reads a proposal label by the colon or the capital after it, and leaves the proposal undecided", () => {
    expect(outcomes("§ 4 Avustukset\nEsitys: Lautakunta myöntää avustukset liitteen mukaisesti.\nPäätös: Hyväksyttiin.")).toEqual(["approved"]);
    expect(outcomes("Ehdotus Lautakunta hyväksyy talousarvion.")).toEqual([]);
    // the noun of a sentence before a genitive attribute is no label: the proposal about the Kallio bridge was tabled
    expect(outcomes("Johtokunnan esitys Kallioniemen sillan korjaamisesta jätettiin pöydälle.")).toEqual(["postponed"]);
    expect(outcomes("Kunnanjohtajan ehdotus Kunnanhallitus hyväksyy talousarvion.")).toEqual([]);
    expect(outcomes("Esitys hylättiin.")).toEqual(["rejected"]);
  });

  it("takes the outcome from the next line", () => {
    const text = ["§ 12 Talousarvion muutos", "", "Ehdotus: Hallitus hyväksyy muutoksen.", "", "Päätös", "", "Muutetun ehdotuksen mukaan."].join("\n");
    expect(settled(text)).toEqual([["§ 12 Talousarvion muutos", "amended", "Muutetun ehdotuksen mukaan."]]);
  });

  it("settles an item that only elects as elected, and one that does several things as approved", () => {
    const text = [
      "7 § Sihteerin valinta",
      "",
      "Esitys: Valitaan sihteeriksi Laura Koski.",
      "",
      "Päätös: Esityksen mukainen.",
      "",
      "8 § Kokouksen avaus ja pöytäkirjantarkastajien valinta",
      "",
      "Esitys: Todetaan kokous lailliseksi ja valitaan tarkastajat.",
      "",
      "Päätös: Esityksen mukainen.",
    ].join("\n");
    expect(settled(text).map(([subject, outcome]) => [subject, outcome])).toEqual([
      ["7 § Sihteerin valinta", "elected"],
      ["8 § Kokouksen avaus ja pöytäkirjantarkastajien valinta", "approved"],
    ]);
  });

  it("reads the decisions stated after the outcome line", () => {
    const text = ["§ 3 Lisäasiat", "", "Päätös", "", "Hyväksyttiin esityslista.", "", "Lisäksi päätettiin ottaa aloite käsiteltäväksi."].join("\n");
    expect(extractDecisions(text).map((d) => d.outcome)).toEqual(["approved", "decided"]);
  });
});

describe("a modified proposal", () => {
  it("reads a label with whose proposal it is as a proposal label (Sivistysjohtajan päätösehdotus:)", () => {
    const text = ["§ 7 Kerhotoiminnan raportti", "Sivistysjohtajan päätösehdotus:", "Lautakunta päättää merkitä raportin tiedoksi.", "Päätös: Hyväksyttiin."].join("\n");
    expect(settled(text)).toEqual([["§ 7 Kerhotoiminnan raportti", "noted", "Päätös: Hyväksyttiin."]]);
    // the same words as a sentence's subject are no label
    expect(outcomes("Kunnanhallituksen esitys hyväksyttiin yksimielisesti.")).toEqual(["approved"]);
  });

  it("reads a modified proposal's label as a proposal, and the item settled by it as amended", () => {
    const text = ["§ 5 Talousraportti", "", "Päätösehdotus:", "Johtokunta päättää hyväksyä raportin.", "", "Muutettu päätösehdotus:", "Johtokunta päättää merkitä raportin tiedoksi.", "", "Päätös:", "Muutetun päätösehdotuksen mukaan."].join("\n");
    expect(settled(text)).toEqual([["§ 5 Talousraportti", "amended", "Muutetun päätösehdotuksen mukaan."]]);
  });
});

describe("minutes flattened into one line", () => {
  it("reads the decision before an inline proposal label, and not the proposal after it", () => {
    const text = "1 AVAUS Ehdotus Kokous todetaan päätösvaltaiseksi. Kokous todettiin päätösvaltaiseksi. 2 TARKASTAJAT Ehdotus Valitaan tarkastajat Aino Salo ja Pekka Laine.";
    expect(extractDecisions(text).map((d) => [d.outcome, d.text])).toEqual([["decided", "Kokous todettiin päätösvaltaiseksi. 2 TARKASTAJAT"]]);
  });
});

describe("a list of decided points in running text", () => {
  it("reads each point under a line that ends in päätti and a colon, and not the line itself", () => {
    const text = "Johtokunta päätti muun muassa:\n- hyväksyä toimintakertomuksen\n- valita rahastonhoitajaksi Jaana Hiltusen\n- merkitä tiedoksi jäsenkyselyn tulokset\n\nSeuraava kokous on huhtikuussa.";
    expect(extractDecisions(text).map((d) => [d.outcome, d.text])).toEqual([
      ["approved", "hyväksyä toimintakertomuksen"],
      ["elected", "valita rahastonhoitajaksi Jaana Hiltusen"],
      ["noted", "merkitä tiedoksi jäsenkyselyn tulokset"],
    ]);
  });
});

describe("a Päätös line that chains verbs", () => {
  it("states a decision for each verb", () => {
    expect(outcomes("§ 9 Nuorisovaltuusto\nPäätös: Hallitus asetti nuorisovaltuuston ja nimesi sen sihteeriksi Oona Kallion.")).toEqual(["appointed", "appointed"]);
    expect(outcomes("§ 10 Selvitys\nPäätös: Lautakunta hyväksyi esityksen ja merkitsi selvityksen tiedoksi.")).toEqual(["approved", "noted"]);
  });

  it("states one for a line with one verb", () => {
    expect(outcomes("§ 11 Hinnasto\nPäätös: Hyväksyttiin esityksen mukaan.")).toEqual(["approved"]);
  });
});

describe("a bare Päätös line under a proposal in the present", () => {
  it("takes the outcome of what the proposal does", () => {
    expect(outcomes("§ 5 Rehtorin viran täyttäminen\nEsitys: Lautakunta valitsee rehtoriksi Anni Aallon.\nPäätös: Hyväksyttiin esityksen mukaan.")).toEqual(["elected"]);
    expect(outcomes("§ 6 Vaalilautakunta\nEsitys: Hallitus nimeää vaalilautakunnan jäseniksi Anni Aallon ja Eero Sepän.\nPäätös: Hyväksyttiin.")).toEqual(["appointed"]);
    // a post given to hold is appointed
    expect(outcomes("§ 7 Sivistysjohtajan sijaisuus\nEsitys: Lautakunta määrää rehtori Anni Aallon hoitamaan sivistysjohtajan tehtäviä.\nPäätös: Hyväksyttiin.")).toEqual(["appointed"]);
    expect(outcomes("Lautakunta määräsi rehtori Anni Aallon hoitamaan sivistysjohtajan tehtäviä.")).toEqual(["appointed"]);
  });
});

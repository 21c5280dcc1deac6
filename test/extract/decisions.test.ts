/** Decisions from meeting news, decision summaries and minutes. */
import { describe, expect, it } from "vitest";
import { extractDecisions } from "../../src/index.js";

const outcomes = (text: string) => extractDecisions(text).map((d) => d.outcome);

describe("decisions", () => {
  it.each([
    ["Aluevaltuusto hyväksyi muutoksin hallintosäännön.", "amended"],
    ["Aluehallituksen puheenjohtajaksi valittiin Maria Kaisa Aula.", "elected"],
    ["Yksimielisyyttä ei vielä muodostunut, vaan neuvotteluja jatketaan.", "no-consensus"],
    ["Soinin kunnanhallitus merkitsi tiedokseen tytäryhtiöiden katsaukset.", "noted"],
    ["Asia pantiin pöydälle.", "postponed"],
    ["Asia palautettiin uudelleen valmisteltavaksi.", "postponed"],
    ["Valtuusto hylkäsi aloitteen.", "rejected"],
    ["Lautakunta ei hyväksynyt esitystä.", "rejected"],
    ["Aluehallitus nimitti viisi toimialajohtajaa.", "appointed"],
    ["Hallitus myönsi eron jäsenelle.", "approved"],
    ["Lautakunta päätti hyväksyä suunnitelman.", "approved"],
    ["Valtuusto päätti äänin 45–30 hankkia kiinteistön.", "decided"],
    // stems in capitals, and a stem inside a word before the verb
    ["VALTUUSTO HYLKÄSI ALOITTEEN.", "rejected"],
    ["Kaavamuutoksen hyväksyi kaupunginvaltuusto.", "approved"],
  ])("%s → %s", (text, outcome) => {
    expect(outcomes(text)).toEqual([outcome]);
  });

  it("reads votes", () => {
    expect(extractDecisions("Valtuusto päätti äänin 45–30 hankkia kiinteistön.")[0].votes).toEqual({ for: 45, against: 30 });
  });

  it("settles a bare Päätös line with its agenda item, proposal and body; a proposal alone is no decision", () => {
    const text = [
      "Aluevaltuuston päätöksiä 9.11.23",
      "",
      "§ 54 Hyvinvointikertomus 2022",
      "",
      "Esitys: Aluevaltuusto päättää merkitä tiedoksi päivitetyn hyvinvointikertomuksen.",
      "",
      "Päätös: Hyväksyttiin esityksen mukaan.",
      "",
      "§ 55 Hyvinvointisuunnitelma",
      "",
      "Esitys: Aluevaltuusto päättää hyväksyä suunnitelman.",
      "",
      "Päätös: Hyväksyttiin tehdyin muutoksin.",
    ].join("\n");
    const ds = extractDecisions(text);
    expect(ds.map((d) => [d.subject, d.outcome, d.body])).toEqual([
      ["§ 54 Hyvinvointikertomus 2022", "noted", "aluevaltuusto"],
      ["§ 55 Hyvinvointisuunnitelma", "amended", "aluevaltuusto"],
    ]);
    expect(ds[0].proposal).toMatch(/merkitä tiedoksi/);
    expect(ds[0].date).toBe("2023-11-09");
    for (const d of ds) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it("reads the points under 'Päätös: X päätti:' as decisions", () => {
    const text = "§ 53 Pöytäkirjan tarkastaminen\n\nPäätös: Aluevaltuusto päätti:\n\n • valita Sara Peltolan pöytäkirjantarkastajaksi.\n • päättää, että pöytäkirja tarkastetaan.";
    expect(outcomes(text)).toEqual(["elected", "decided"]);
  });

  it("takes no outcome from a supposition or a rule", () => {
    expect(outcomes("Toimielin vastaa valmistelusta, kunnes aluevaltuusto on valittu.")).toEqual([]);
    expect(outcomes("Sääntöjen mukaan hallitukseen valitaan 10-12 jäsentä.")).toEqual([]);
  });
});

describe("decisions and the other entities", () => {
  it("gives the elected person the role", async () => {
    const { extract } = await import("../../src/index.js");
    const out = extract("Aluehallituksen puheenjohtajaksi valittiin Maria Kaisa Aula.");
    expect(out.decisions.map((d) => d.outcome)).toEqual(["elected"]);
    expect(out.people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Maria Kaisa Aula", ["puheenjohtaja"]]]);
  });

  it("takes the deciding body from a minutes page header", () => {
    const ds = extractDecisions("Aluehallitus 04.12.2023 § 198\n\nPäätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin yksimielisesti.");
    expect(ds.map((d) => [d.body, d.outcome])).toEqual([["aluehallitus", "approved"]]);
  });
});

describe("the deciding body", () => {
  it("is the body in the nominative, carried over to the next clause, not a body the decision mentions", () => {
    const ds = extractDecisions("Aluehallitus hyväksyi talousarvion ja päätti esittää sen aluevaltuuston hyväksyttäväksi.");
    expect(ds.map((d) => [d.outcome, d.body])).toEqual([
      ["approved", "aluehallitus"],
      ["decided", "aluehallitus"],
    ]);
  });
});

/** Negated outcomes and votes. */
import { describe, expect, it } from "vitest";
import { extractDecisions } from "../../../src/index.js";
import { decided, outcomes } from "./helpers.js";

describe("negatives and votes", () => {
  it.each([
    ["Lisämäärärahaa ei myönnetty.", "rejected"],
    ["Hallitus ei puoltanut hakemusta.", "rejected"],
    ["Kunnanhallitus jätti valtuuston päätöksen täytäntöön panematta.", "rejected"],
    ["Aloite jätettiin raukeamaan.", "rejected"],
    // a proposal noun as the sentence's subject is no proposal label
    ["Esitys hylättiin äänin 7–5.", "rejected"],
    ["Kunnanhallituksen esitys hyväksyttiin yksimielisesti.", "approved"],
  ])("%s → %s", (text, outcome) => {
    expect(outcomes(text)).toEqual([outcome]);
  });

  it("reads the votes of a decision", () => {
    expect(extractDecisions("Lautakunta hyväksyi kaavan äänin 7–5.")[0].votes).toEqual({ for: 7, against: 5 });
  });

  it("reads a vote that ends its sentence in one digit as the end of that decision", () => {
    expect(extractDecisions("Liikuntapaikkaohjelma hyväksyttiin äänin 8–3. Uimahallin maksuista päätettiin toisin.").map((d) => d.text)).toEqual([
      "Liikuntapaikkaohjelma hyväksyttiin äänin 8–3",
      "Uimahallin maksuista päätettiin toisin",
    ]);
  });

  it("reads a short sentence that gives the vote on the decision just stated as that decision", () => {
    expect(decided("Aluevaltuusto hyväksyi vuoden 2027 talousarvion. Talousarvio hyväksyttiin äänin 51–18.")).toEqual([["approved", "Aluevaltuusto hyväksyi vuoden 2027 talousarvion"]]);
    // past a member's motion in the same paragraph, and not across a paragraph break
    expect(decided("Kunnanvaltuusto hyväksyi tilinpäätöksen. Valtuutettu Aho esitti, että ylijäämä rahastoidaan. Tilinpäätös hyväksyttiin äänin 27–8.")).toEqual([["approved", "Kunnanvaltuusto hyväksyi tilinpäätöksen"]]);
    expect(decided("Kunnanvaltuusto hyväksyi tilinpäätöksen.\n\nTilinpäätös hyväksyttiin äänin 27–8.")).toHaveLength(2);
    expect(outcomes("Lautakunta hylkäsi oikaisuvaatimuksen. Vaatimus hylättiin yksimielisesti.")).toEqual(["rejected"]);
    // another subject, or one of more words, is another decision
    expect(outcomes("Valtuusto hyväksyi talousarvion. Talousarvion muutos hyväksyttiin äänin 30–20.")).toEqual(["approved", "approved"]);
    expect(outcomes("Valtuusto hyväksyi talousarvion. Asemakaava hyväksyttiin yksimielisesti.")).toEqual(["approved", "approved"]);
    expect(outcomes("Valtuusto valitsi puheenjohtajat.\nValtuuston puheenjohtajaksi valittiin Aino Salo.")).toEqual(["elected", "elected"]);
  });

  it("takes the winning side of a yes-no vote as the outcome", () => {
    const [d] = extractDecisions("Äänestyksessä annettiin 5 JAA-ääntä ja 7 EI-ääntä.");
    expect([d.outcome, d.votes]).toEqual(["rejected", { for: 5, against: 7 }]);
    expect(outcomes("Äänestyksessä annettiin 9 JAA-ääntä ja 4 EI-ääntä.")).toEqual(["approved"]);
  });
});

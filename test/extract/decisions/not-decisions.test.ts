/** What states no decision: possibilities, duties, past practice, proposals. */
import { describe, expect, it } from "vitest";
import { extractDecisions } from "../../../src/index.js";
import { outcomes } from "./helpers.js";

describe("not decisions", () => {
  it("takes what a board proposes to keep for a proposal", () => {
    expect(outcomes("Hallitus esittää kokoukselle, että jäsenmaksu pidetään ennallaan.")).toEqual([]);
  });

  it("takes the noun päätös opening a quote for running text, not a label that settles an item", () => {
    const text = "– Päätös oli vaikea mutta välttämätön, totesi puheenjohtaja Outi Rasila.\n\nLautakunta valitsi sihteerikseen Jari Niskasen. Asia pantiin pöydälle.";
    expect(outcomes(text)).toEqual(["elected", "postponed"]);
    // a label before the sentence it opens still settles the item
    expect(outcomes("§ 4 Talousarvio\nPäätös Hyväksyttiin esityksen mukaan.")).toEqual(["approved"]);
  });

  it("takes a modal before an outcome infinitive for a possibility or a duty", () => {
    expect(outcomes("Tehtävään voidaan nimittää myös ulkopuolinen henkilö.")).toEqual([]);
    expect(outcomes("Valtuuston tulee valita tilintarkastaja syksyllä.")).toEqual([]);
  });

  it("takes a list's heading of participle and noun for a heading, where a finite verb before a colon decides", () => {
    expect(outcomes("Uudet valitut edustajat:\n- Aino Salo\n- Veli Harju")).toEqual([]);
    expect(outcomes("Hallitukseen valittiin:\n- Aino Salo\n- Veli Harju")).toHaveLength(1);
  });

  it("takes a participle before its noun, or a negated perfect, for no decision", () => {
    expect(outcomes("Hyväksytty talousarvio julkaistaan kunnan verkkosivuilla.")).toEqual([]);
    expect(outcomes("Rakennuslupaa ei ole vielä myönnetty.")).toEqual([]);
  });

  it("takes a member's motion for what was proposed, not decided", () => {
    expect(outcomes("Valtuutettu Pekka Rinne esitti asian palauttamista valmisteluun, mutta esitys hävisi äänestyksessä.")).toEqual([]);
    expect(outcomes("Jäsen Aino Salo ehdotti, että asia jätetään pöydälle.")).toEqual([]);
    // the body's own referral is decided
    expect(outcomes("Lautakunta päätti palauttaa asian yksimielisesti valmisteluun.")).toEqual(["postponed"]);
    expect(outcomes("Kaava palautettiin uudelleen valmisteltavaksi.")).toEqual(["postponed"]);
  });

  it("takes a chair closing the meeting for no decision, but a decision about the meeting for one", () => {
    expect(outcomes("Puheenjohtaja päätti kokouksen klo 19.42.")).toEqual([]);
    expect(outcomes("Puheenjohtaja päätti istunnon ja kiitti valtuutettuja.")).toEqual([]);
    expect(outcomes("Johtokunta päätti kokouksen siirtämisestä syyskuulle.")).toEqual(["decided"]);
  });

  it("takes a past practice for background", () => {
    expect(outcomes("Ennen uudistusta edustajat valitsi hallintoneuvosto.")).toEqual([]);
  });

  it("still reads a clause after `ennen kuin` as before", () => {
    expect(outcomes("Hallitus hyväksyi suunnitelman ennen kuin kokous päättyi.")).toEqual(["approved"]);
  });
});

describe("one decision told twice", () => {
  it("reads a lead and a body that decide the same thing to the same object as one decision, stated by the fuller clause", () => {
    const text = "Kunnanvaltuusto päätti maanantaina myydä kaksi koulukiinteistöä.\n\nValtuusto päätti kokouksessaan 9.3.2026 myydä Kirkonkylän ja Mäntyharjun koulukiinteistöt tarjouskilpailun perusteella.";
    expect(extractDecisions(text, { referenceDate: "2026-03-10" }).map((d) => d.text)).toEqual([
      "Valtuusto päätti kokouksessaan 9.3.2026 myydä Kirkonkylän ja Mäntyharjun koulukiinteistöt tarjouskilpailun perusteella",
    ]);
  });

  it("keeps decisions to do the same to other objects, and a body deciding twice in a row", () => {
    expect(outcomes("Hallitus päätti lakkauttaa Kiteen vuodeosaston. Hallitus päätti lakkauttaa myös Rääkkylän neuvolan.")).toEqual(["decided", "decided"]);
    expect(outcomes("Hallitus hyväksyi talousarvion. Hallitus hyväksyi myös henkilöstösuunnitelman.")).toEqual(["approved", "approved"]);
  });

  it("counts a headline's decisions once, where the lead below states them (an approval the lead reports amended too)", () => {
    const text = "Lautakunta valitsi rehtorin ja hyväksyi talousarvion\nSivistyslautakunta valitsi Keskuskoulun rehtoriksi Mari Laineen. Lautakunta hyväksyi ensi vuoden talousarvion muutoksin.";
    expect(outcomes(text)).toEqual(["elected", "amended"]);
    // a first line that closes its sentence is a decision of its own
    expect(outcomes("Lautakunta hyväksyi talousarvion.\nLautakunta hyväksyi myös investointiohjelman.")).toEqual(["approved", "approved"]);
  });
});

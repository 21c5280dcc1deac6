/** Outcome verbs and verb chains beyond approving and electing. */
import { describe, expect, it } from "vitest";
import { decided, outcomes } from "./helpers.js";

describe("outcome verbs", () => {
  it.each([
    ["Johtokunta julisti rehtorin viran haettavaksi.", "decided"],
    ["Kunnanhallitus antoi vastineen valitukseen.", "decided"],
    ["Kokouksessa sovittiin yhteisestä aikataulusta.", "decided"],
    ["Lautakunta antoi vihreän valon uimahallin peruskorjaukselle.", "approved"],
    ["Sääntöihin tehtiin tekstimuutos ja ne hyväksyttiin.", "amended"],
    ["Kunnanhallitus käynnisti sivistysjohtajan rekrytoinnin.", "decided"],
    // authorising someone to act, putting a plan on display, a member's amendment carried, a meeting called off
    ["Yhtiökokous valtuutti hallituksen neuvottelemaan lainasta.", "decided"],
    ["Johtokunta oikeutti rahastonhoitajan avaamaan uuden tilin.", "decided"],
    // an initiative settled without more
    ["Lautakunta totesi kuntalaisaloitteen loppuun käsitellyksi.", "decided"],
    ["Kunnanhallitus päätti asettaa yleiskaavaluonnoksen nähtäville.", "decided"],
    ["Lautakunta hyväksyi jäsen Virran muutosehdotuksen äänin 6–3.", "amended"],
    ["Johtokunta perui jäsenillan.", "decided"],
    ["Valtuusto päätti lautakunnan esityksen mukaisesti.", "approved"],
    ["Päätös tehtiin muutoin esityksen mukaisesti.", "amended"],
    ["Esittelijän muutettu päätösehdotus hyväksyttiin yksimielisesti.", "amended"],
    ["Ympäristölautakunta antoi kaavaehdotuksesta myönteisen lausunnon.", "decided"],
    ["Neuvotteluissa ei päästy sopuun kustannusten jaosta.", "no-consensus"],
    ["Tariffien yhdenmukaistamisesta johtoryhmä ei päässyt yksimielisyyteen.", "no-consensus"],
    ["Osakkaat eivät päässeet yksimielisyyteen hinnasta.", "no-consensus"],
    ["Työryhmässä ei syntynyt yksimielisyyttä aikataulusta.", "no-consensus"],
    ["Johtokunta ei päässyt hinnoittelusta sopuun.", "no-consensus"],
    ["Kokous päätti, että jäsenmaksu pidetään ennallaan.", "decided"],
    ["Liittymismaksu pidettiin ennallaan.", "decided"],
    ["Syyskokous kutsui Veikko Arhon yhdistyksen kunniajäseneksi.", "appointed"],
    // a company chosen by tender is bought from, not elected
    ["Ruokapalvelujen tuottajaksi valittiin tarjouskilpailun perusteella Maukas Keittiö Oy.", "decided"],
    ["Kuoron kunniapuheenjohtajaksi kutsuttiin sen perustaja Helka Ruoho.", "appointed"],
    ["Toiminnanjohtajan sopimusta jatkettiin vuodella.", "decided"],
    ["Johtokuntaan tulivat valituiksi Aino Salo ja Pekka Laine.", "elected"],
    // the perfect and the pluperfect state a decision made (`hänen tilalleen oli valittu X`)
    ["Uimahallin peruskorjaus on hyväksytty kaupunginhallituksessa.", "approved"],
    ["Hänen tilalleen oli valittu Reijo Koskela.", "elected"],
    ["Kyläyhdistykselle on myönnetty avustus.", "approved"],
    ["Koulun nimestä on päätetty lautakunnassa.", "decided"],
    ["Valtuusto kumosi aiemman päätöksensä koulun lakkauttamisesta.", "decided"],
    ["Lautakunta velvoitti rakennusvalvonnan selvittämään asian.", "decided"],
  ])("%s → %s", (text, outcome) => {
    expect(outcomes(text)).toEqual([outcome]);
  });

  it("reads each decision of a chain of verbs", () => {
    expect(decided("Johtokunta käsitteli talouskatsauksen, hyväksyi tilinpäätöksen sekä julisti kanttorin viran haettavaksi.")).toEqual([
      ["approved", "hyväksyi tilinpäätöksen"],
      ["decided", "julisti kanttorin viran haettavaksi"],
    ]);
    expect(outcomes("Kevätkokouksessa vahvistettiin tilinpäätös, päätettiin jäsenmaksu ja valittiin uusi sihteeri.")).toEqual(["approved", "decided", "elected"]);
  });

  it("reads päätti and its infinitive across a word of manner, not of time", () => {
    expect(outcomes("Johtokunta päätti yksimielisesti hyväksyä tilinpäätöksen.")).toEqual(["approved"]);
    expect(outcomes("Hallitus päätti osaltaan valita edustajakseen Mirja Honkasen.")).toEqual(["elected"]);
    expect(outcomes("Kunnanhallitus päätti 9.2.2026 asettaa kirjastotyöryhmän.")).toEqual(["appointed"]);
    expect(outcomes("Johtokunta päätti äänestyksen jälkeen hylätä tarjouksen.")).toEqual(["rejected"]);
    // a practice set for the future elects no one
    expect(outcomes("Kokouksessa päätettiin vastedes valita tilintarkastaja kahdeksi vuodeksi.")).toEqual(["decided"]);
  });

  it("reads a stance only when a body takes it", () => {
    expect(outcomes("Lautakunta edellyttää, että selvitys tehdään.")).toEqual(["decided"]);
    expect(outcomes("Kurssille osallistuminen edellyttää ilmoittautumista.")).toEqual([]);
  });
});

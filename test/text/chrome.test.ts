/**
 * The text-level chrome filter on invented plain-text pages, on the seeds
 * scraped with their chrome, and on the dev documents, which have content
 * only (a few UI lines aside) and must lose none of it.
 */
import { describe, expect, it } from "vitest";
import { extract, type Extraction } from "../../src/index.js";
import { dropChrome } from "../../src/text/chrome.js";
import { loadCorpus } from "../helpers.js";
import { blankChrome, textBlocks } from "./text-blocks.js";

/** The blocks of a plain-text page the filter keeps, as strings. */
function kept(text: string): string[] {
  return dropChrome(text, textBlocks(text)).map((b) => text.slice(b.start, b.end));
}

const ARTICLE = "Tekninen lautakunta kokoontui\n\nTekninen lautakunta kokoontui tiistaina 3.10.2023 klo 17. Puheenjohtajana toimi Aino Esimerkki.\n\nLautakunta hyväksyi katusuunnitelman.";

describe("dropChrome", () => {
  it("keeps an article and drops skip links, share and print links and comment forms around it", () => {
    const page = [
      "Siirry sisältöön",
      ARTICLE,
      "Jaa:\nJaa Facebookissa\nShare on twitter\nLinkedIn\nTulosta",
      "Kommentit (3)",
      "Vastaa",
      "Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *",
      "Nimi *\nSähköposti *\nLähetä kommentti",
      "Avainsanat: kaupunginhallitus, katusuunnitelma, Keskustan alue",
      "Seuraa meitä Instagramissa\nTilaa uutiskirje",
      "© 2023 Esimerkkilän kaupunki",
    ].join("\n\n");
    expect(kept(page).join("\n\n")).toBe(ARTICLE);
  });

  it("drops teasers with a read-more link, their title, date and list heading", () => {
    const page = [
      ARTICLE,
      "Viimeisimmät uutiset",
      "Sivistyslautakunta valitsi rehtorin",
      "12.9.2023",
      "Sivistyslautakunta valitsi kokouksessaan Mäkelän koulun rehtoriksi kasvatustieteen maisterin, joka aloittaa tehtävässä",
      "LUE LISÄÄ »",
      "Kirjasto avaa ovensa sunnuntaisin",
      "Kaupunginkirjasto on auki myös sunnuntaisin lokakuun alusta alkaen. Kokeilu jatkuu vuoden loppuun ja sen jälkeen",
      "Lue lisää",
    ].join("\n\n");
    expect(kept(page).join("\n\n")).toBe(ARTICLE);
  });

  it("drops teasers cut off with […], and with … under a date, but keeps a content paragraph that trails off", () => {
    const teasers = ["Blogi", "5.9.2023 10:00", "Nuorisovaltuusto äänesti", "Nuorisovaltuusto kokoontui ensimmäistä kertaa [...]", "Kaupunginhallitus linjasi", "1.9.2023", "Kaupunginhallitus käsitteli maanantaina…"];
    expect(kept([ARTICLE, ...teasers].join("\n\n")).join("\n\n")).toBe(ARTICLE);
    const trailing = `${ARTICLE}\n\nAlkuun\n\nPäätöksestä voi valittaa, mutta…`;
    expect(kept(trailing).join("\n\n")).toBe(trailing);
  });

  it("drops cookie notices, breadcrumbs and footer opening hours, but keeps an event's hours with its date", () => {
    const event = "Näyttely on avoinna ma–pe klo 10–18 ajalla 2.10.–30.11.2023.";
    const page = [
      "Etusivu › Ajankohtaista › Uutiset",
      "Tämä sivusto käyttää evästeitä. Jatkamalla selaamista hyväksyt evästeiden käytön.",
      ARTICLE,
      event,
      "Aukioloajat",
      "Ma–pe 8–16\nLa 10–14\nSu suljettu",
      "Palvelemme kesällä rajoitetuin aukioloajoin.",
    ].join("\n\n");
    expect(kept(page).join("\n\n")).toBe(`${ARTICLE}\n\n${event}`);
  });

  it("keeps a short paragraph that reports a decision about opening hours", () => {
    const news = "Esitys terveysasemien aukioloaikojen lyhentämisestä hylättiin äänin 9–4.";
    expect(kept([ARTICLE, news, "Kirjasto on suljettu juhannuksena."].join("\n\n")).join("\n\n")).toBe(`${ARTICLE}\n\n${news}`);
  });

  it("drops a meeting tool's joining instructions, but keeps an invitation that says when", () => {
    const teams = "Microsoft Teams meeting Join on your computer or mobile app Click here to join the meeting<https://teams.example.com/l/meetup-join/abc>";
    const finnish = "Liity tietokoneella tai mobiilisovelluksella\nNapsauta tätä liittyäksesi kokoukseen";
    const invitation = "Liity tietokoneella Teamsin kautta 14.11.2023 klo 18.";
    expect(kept([ARTICLE, teams, finnish, invitation].join("\n\n")).join("\n\n")).toBe(`${ARTICLE}\n\n${invitation}`);
  });

  it("keeps headings, programmes and contact lines of content", () => {
    const page = "Ohjelma\n\nklo 9.00 Avaus\nklo 9.15 Jaa kokemuksesi -työpaja alkaa salissa 2, vetäjänä Aino Esimerkki\n\nLisätietoja\n\nsihteeri Aino Esimerkki, puh. 040 123 4567";
    expect(kept(page)).toHaveLength(textBlocks(page).length);
  });
});

const entities = (out: Extraction) => ({
  times: out.times.map((t) => t.text),
  people: out.people.map((p) => p.name),
  bodies: out.bodies.map((b) => b.name),
  decisions: out.decisions.map((d) => d.text),
});
const docs = loadCorpus();

describe("dropChrome on the corpus", () => {
  it("takes the chrome of the seeds scraped with theirs, and none of their content", () => {
    const seed = (id: string) => docs.find((d) => d.id === id)!;
    const before = (id: string) => entities(extract(seed(id).text, { referenceDate: seed(id).referenceDate ?? null }));
    const after = (id: string) => entities(extract(blankChrome(seed(id).text), { referenceDate: seed(id).referenceDate ?? null }));
    // share links and three teasers (title, excerpt, LUE LISÄÄ »); the teasers' body goes with them
    expect(blankChrome(seed("seed-001").text)).not.toMatch(/Share on|LUE LISÄÄ|Uusimmat|Osaava henkilöstö/);
    expect(after("seed-001").people).toEqual(before("seed-001").people);
    expect(after("seed-001").times).toEqual(before("seed-001").times);
    // skip link, comment form and the dated blog teasers: their three times go, the article's stay
    const seed2 = after("seed-002");
    expect(seed2.times).toEqual(before("seed-002").times.filter((t) => !/^1[35]\.6\.2022/.test(t)));
    expect(seed2.times).toContain("tiistaina 22. maaliskuuta");
    expect(blankChrome(seed("seed-002").text)).not.toMatch(/Skip to content|Vastaa|Sähköpostiosoitettasi|Organisationerna/);
    // skip link and the opening-hours notice
    expect(after("seed-004")).toEqual(before("seed-004"));
    expect(blankChrome(seed("seed-004").text)).not.toMatch(/Hyppää|aukioloa/);
  });

  it("takes the teaser list at the end of dev-004 (heading, date, title with its dates, read-more link)", () => {
    const doc = docs.find((d) => d.id === "dev-004")!;
    const blanked = blankChrome(doc.text);
    expect(blanked).not.toMatch(/Viimeisimmät|Laskuvarjo|Lue lisää|Takaisin/);
    const times = (text: string) => extract(text, { referenceDate: doc.referenceDate ?? null }).times.map((t) => t.text);
    // extract drops the same blocks itself; the page was cut after the next teaser's date, which stays: a lone date is a publication date as often as a teaser's
    expect(times(doc.text)).toEqual(times(blanked));
    expect(times(doc.text)).not.toContain("20.-24.8.");
  });

  const SCRAPED_WITH_TEASERS = new Set(["dev-004"]);
  it.each(docs.filter((d) => d.id.startsWith("dev-") && !SCRAPED_WITH_TEASERS.has(d.id)).map((d) => [d.id, d] as const))("%s loses no entity", (_, doc) => {
    const referenceDate = doc.referenceDate ?? null;
    expect(entities(extract(blankChrome(doc.text), { referenceDate }))).toEqual(entities(extract(doc.text, { referenceDate })));
  });
});

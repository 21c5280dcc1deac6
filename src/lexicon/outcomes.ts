/**
 * How Finnish minutes and meeting news state what a body decided: the verb
 * phrases of each outcome, written once. Everything the decision reader
 * needs is derived from this file — the gate that turns away lines with no
 * outcome verb, the stems that tell which outcomes a clause may state, and
 * the patterns that confirm one (src/lexicon/outcome-stems.ts and
 * src/extract/decision-words.ts).
 *
 * A phrase is a pattern over words:
 * - words are separated by one space (any white space in the text);
 * - a word ending in `*` takes any rest (`hyväks*`: hyväksyi, hyväksyttiin);
 * - `…` stands for up to six words in between, within the sentence;
 * - `(?:a|b)` is one of several words; `\p{L}` any letter.
 * Its key is its most particular word of four letters or more: a line where
 * no key starts a word states no decision.
 */
import type { Outcome } from "../schema/index.js";

/** Outcomes, most specific first: a clause takes the first whose phrase it has. */
export const OUTCOME_PHRASES: ReadonlyArray<readonly [Outcome, readonly string[], { withBody?: boolean }?]> = [
  [
    "no-consensus",
    [
      "yksimielisyyt* … (?:muodostunut|syntynyt|päästy|saavutettu)", "(?:ei|eivät) … (?:muodostunut|syntynyt|päästy|päässyt|päässeet) yksimielisyyteen",
      "(?:ei|eivät) … (?:muodostunut|syntynyt|löytynyt|saavutettu) yksimielisyyttä",
      "sopuun … (?:päästy|päässyt|päässeet)", "(?:ei|eivät) … (?:päästy|päässyt|päässeet) sopuun", "sopua … (?:syntynyt|löytynyt)",
      // what it was about may stand between: `ei päässyt asiasta yksimielisyyteen`
      "(?:ei|eivät) (?:päästy|päässyt|päässeet) … (?:yksimielisyyteen|sopuun)",
    ],
  ],
  [
    "rejected",
    [
      "hylkäsi", "hylkäsivät", "hylättiin", "hylätään", "on hylännyt",
      "ei hyväksynyt", "ei hyväksytty", "ei myöntänyt", "ei myönnetty", "ei puoltanut",
      "jätettiin raukeamaan", "raukesi",
      "(?:jätti|jätettiin) … täytäntöön panematta",
    ],
  ],
  [
    "postponed",
    [
      "pöydälle*", "pöydättiin", "pöydätään", "pöydätä",
      "(?:palautti|palauttivat|palautettiin|palauttaa|palauttanut|palautettu) … (?:valmisteluun|valmisteltavaksi)", "siirrettiin seuraavaan kokoukseen", "lykättiin",
    ],
  ],
  [
    "noted",
    ["(?:merkitsi|merkitsivät|merkittiin|merkitään|merkitä|merkinnyt) … (?:tiedoksi|tiedokseen|tiedoksensa)", "tiedoksi merkit*", "kuittasi tiedoksi"],
  ],
  [
    "amended",
    [
      "(?:hyväks*|päät*) … (?:muutoksin|muutetun|muutettuna|lisäyksin|lisäys*|tekstimuutoksin)",
      "(?:hyväks*|päät*) … sillä muutoksella",
      "hyväksyttiin, muuten", "muutoksin hyväks*",
      "(?:muutoin|muuten) (?:esityksen|ehdotuksen|päätösehdotuksen|pohjaesityksen) (?:mukaan|mukai*)",
      "muutetun (?:esityksen|ehdotuksen|päätösehdotuksen|pohjaesityksen) (?:mukaan|mukai*)",
      "muutettu (?:päätösehdotus|ehdotus|esitys|pohjaesitys) … hyväks*",
      "(?:tehtiin|teki) … tekstimuutos*",
      // a member's amendment carried: `hyväksyi Perälän muutosehdotuksen äänin 5–4`
      "hyväks* … (?:muutosehdotuksen|muutosehdotus|muutosesityksen|muutosesitys)",
    ],
  ],
  // a plan or a proposal put on display is no appointment: `päätti asettaa kaavaehdotuksen nähtäville`
  ["decided", ["(?:asetti|asetettiin|asettaa|asetetaan|asettanut) … (?:nähtäville|nähtäväksi|saataville)"]],
  [
    "elected",
    ["valitsi", "valitsivat", "valittiin", "on valinnut", "(?:tuli|tulivat) (?:valituksi|valituiksi)", "(?:on|oli|ovat|olivat) valittu", "ovat valinneet", "valinnut", "valitut", "(?:teki|tekivät|tehtiin) … (?:valinnat|valinnan)"],
  ],
  [
    "appointed",
    [
      "nimesi", "nimettiin", "(?:on|oli) nimetty", "nimennyt", "nimitti", "nimitettiin", "(?:on|oli) nimitetty", "nimittänyt",
      "asetti", "asetettiin", "(?:on|oli) asetettu", "on asettanut", "asettanut",
      "(?:määräsi|määrättiin) … \\p{L}+ksi", "\\p{L}+ksi (?:määräsi|määrättiin)",
      // a post given to hold: `määräsi X hoitamaan talousjohtajan virkaa`
      "(?:määräsi|määrättiin) … (?:hoitamaan|toimimaan)",
      "lisättiin", "myönsi … valtuu*",
      // an honorary post is conferred by invitation: `kutsui X kunniajäsenekseen`
      "(?:kutsui|kutsuivat|kutsuttiin) … \\p{L}+ksi", "\\p{L}+ksi (?:kutsui|kutsuivat|kutsuttiin)",
    ],
  ],
  [
    "approved",
    [
      "hyväksyi", "hyväksyivät", "hyväksyttiin", "hyväksynyt", "(?:on|oli|ovat|olivat) hyväksytty",
      "myönsi", "myönnettiin", "(?:on|oli) myönnetty", "vahvisti", "vahvistettiin", "puolsi",
      "antoi vihreän valon",
      "(?:käsitteli|hyväksyi) … esityslistan mukaisesti",
      "(?:päätti|päättivät|päätettiin) … (?:esityksen|ehdotuksen) mukaisesti",
    ],
  ],
  [
    "decided",
    [
      "päätti", "päättivät", "päätettiin", "päättänyt", "(?:on|oli) päätetty", "päädyttiin",
      "kumosi", "kumottiin", "(?:on|oli) kumottu", "pysytti", "pysytettiin", "velvoitti", "velvoitettiin", "todettiin", "määrättiin", "määräsi",
      "edellytti", "linjasi", "suosittelee päätöksessään", "katsoi äänin", "äänestyksen tulos",
      "perusti", "perustettiin", "perustetaan", "on perustanut", "perustamalla",
      "antoi … (?:lausunnon|vastineen)", "annettiin … (?:lausunto|vastine)",
      "(?:otettiin|otettu) … \\p{L}+ksi",
      "(?:julisti|julistettiin) … haettavaksi",
      "sovittiin", "on sovittu",
      "pidettiin (?:ennallaan|ennallansa|entisellään|muuttumattomana)",
      "(?:jatkettiin|jatkoi) … (?:sopimusta|sopimuksen|toimikautta|toimikauden|määräaikaa)", "(?:sopimusta|sopimuksen|toimikautta|määräaikaa) jatkettiin",
      "käynnisti", "käynnistettiin",
      // authorising a body or a person to act names no one to a post: `valtuutti hoitokunnan hakemaan avustusta`, `oikeutti johtajan allekirjoittamaan`
      "valtuutti", "valtuutettiin", "oikeutti", "oikeutettiin",
      // a motion or an initiative settled without more: `totesi aloitteen loppuun käsitellyksi`
      "(?:totesi|todettiin) … loppuun käsitellyksi",
      "(?:teki|tekivät|tehtiin) … päätöksen",
    ],
  ],
  // a present-tense stance is a decision only when a body takes it (`Lautakunta edellyttää, että …`), not a rule (`Osallistuminen edellyttää …`)
  ["decided", ["edellyttää", "edellyttävät"], { withBody: true }],
  // a body that calls a meeting or a happening off decides (`Hallitus perui … yhtiökokouksen`); a passive one reports it only
  ["decided", ["perui", "peruivat", "peruutti"], { withBody: true }],
];

/**
 * Infinitives that say what a body decides to do: after `päätti` (`päätti
 * valita`) and opening a decided point (`• hyväksyä …`). `merkitä` notes only
 * with `tiedoksi`, which its noted phrase checks.
 */
export const OUTCOME_INFINITIVES: Readonly<Record<string, Outcome>> = {
  valita: "elected",
  nimetä: "appointed",
  nimittää: "appointed",
  asettaa: "appointed",
  hyväksyä: "approved",
  myöntää: "approved",
  hylätä: "rejected",
  päättää: "decided",
  todeta: "decided",
  määrätä: "decided",
  esittää: "decided",
  ehdottaa: "decided",
};

/** Finite forms of `päättää` that take an infinitive (`päätti hyväksyä`, `päätettiin valita`). */
export const DECIDE_FORMS = ["päätti", "päättivät", "päätettiin", "päättänyt"];

/**
 * Words of manner between `päätti` and its infinitive that leave the outcome
 * the infinitive's (`päätti yksimielisesti hyväksyä`). A word of time does
 * not: `päätettiin jatkossa valita` sets a practice, it elects no one.
 */
export const DECIDE_MANNERS = ["yksimielisesti", "osaltaan", "puolestaan", "myös", "lisäksi", "kuitenkin", "nyt", "tänään", "kokouksessaan", "kokouksessa", "äänestyksen", "jälkeen"];

/**
 * Modal verbs before an outcome infinitive state a possibility or a duty,
 * not a decision (`Tehtävään voidaan nimittää`, `valtuuston tulee valita`).
 */
export const MODALS = ["voidaan", "voi", "voivat", "voisi", "voisivat", "saa", "saavat", "tulee", "tulisi", "pitää", "pitäisi", "täytyy", "aikoo", "aikovat", "aiotaan", "on tarkoitus", "olisi", "ei voi", "ei saa"];

/**
 * Verbs of a motion a member or a body put forward (`Valtuutettu X esitti
 * asian palauttamista valmisteluun`, `ehdotti, että asia jätetään
 * pöydälle`): the outcome words after them are what was proposed, not decided.
 */
export const MOTION_VERBS = ["ehdotti", "ehdottivat", "esitti", "esittivät", "ehdotettiin", "esitettiin", "teki vastaesityksen", "teki vastaehdotuksen"];

/**
 * What a chair closes (`Puheenjohtaja päätti kokouksen klo 19.40`): `päätti`
 * with one of these and nothing after but the clock is the meeting's end, not
 * a decision (`päätti kokouksen ajankohdasta` decides).
 */
export const CLOSED_OBJECTS = ["kokouksen", "istunnon", "tilaisuuden", "kokouksen virallisen osan"];

/** Openings of a clause that tell a past practice or a habit, not a decision (`Ennen uudistusta edustajat valitsi …`). */
export const BACKGROUND_OPENINGS = ["ennen \\p{L}+", "aiemmin", "aikaisemmin", "perinteisesti", "yleensä", "tavallisesti", "tähän asti"];

/** Item titles by what the item does, for a bare `Päätös:` line settled as proposed (`§ 4 Puheenjohtajan valinta`). */
export const ITEM_OUTCOMES: ReadonlyArray<readonly [Outcome, string]> = [
  ["noted", "(?:tiedoksi|tiedoksianto*|ilmoitusasiat|tiedotusasiat|tiedotettavat|katsaus|katsaukset)"],
  ["elected", "(?:valinta|valinnat|valitseminen|valita|valitaan|valitsee|valitsevat|vaali)"],
  ["appointed", "(?:nimeäminen|nimittäminen|nimetä|nimittää|nimetään|nimitetään|nimeää|asettaminen)"],
  ["appointed", "(?:määrää|määrätään) … (?:hoitamaan|toimimaan)"],
];

/** A `Päätös:` text that settles the item as proposed (`Esityksen mukainen.`, `Ehdotuksen mukaan.`, `Hyväksyttiin.`). */
export const AS_PROPOSED = "(?:esityksen|ehdotuksen|päätösehdotuksen) (?:mukaan|mukai*)";

/** The label of a decision in minutes (`Päätös:`, `Päätös` alone on its line). */
export const DECISION_LABEL_WORD = "päätös";

/** Labels of a proposal, which is no decision (`Esitys:`, `Päätösehdotus:`); written inline in a clause they mark it as a proposal too. */
export const PROPOSAL_LABELS = ["esitys", "päätösehdotus", "ehdotus", "pohjaesitys", "päätösesitys"];

/**
 * What may stand before a proposal label on its line: whose it is, in the
 * genitive (`Kunnanjohtajan`, `Esittelijän`), and that it was modified
 * (`muutettu`): `Sivistysjohtajan muutettu päätösehdotus:` is a proposal too.
 */
export const PROPOSAL_LABEL_PREFIXES = ["\\p{L}+n", "muutettu", "\\p{L}+n muutettu"];

/** Openings of a clause that only supposes an outcome (`kunnes aluevaltuusto on valittu`, `jos hallitus hyväksyy`). */
export const SUPPOSING_OPENINGS = ["kunnes", "jos", "mikäli", "jotta", "ennen kuin", "jolloin", "mikä toimielin"];

/**
 * Finnish words that tell what kind of happening a dated clause names, where
 * it is, and whether it is online. Language data, not document strings.
 */
import type { Doc, Line } from "../text/document.js";
import type { EventKind } from "../schema/index.js";
import { fiPattern, fiRegExp, latin1Choice, latin1Lower, wordStart, type FiPattern } from "../lexicon/regex.js";

/** Word stems by event kind, checked in this order against the line and title. */
const KIND_WORDS: Array<[EventKind, FiPattern]> = [
  ["deadline", wordStart(String.raw`\b(?:viimeistään|mennessä|määräai\w*|takaraja\w*|ilmoittau\w*|haku\s+päättyy|hakuaika)`)],
  ["webinar", fiPattern(String.raw`webinaar\w*|verkkoseminaar\w*|webinar`)],
  ["seminar", fiPattern(String.raw`seminaar\w*|luentotilaisuu\w*|symposium\w*|konferens\w*|foorumi\w*|väliseminaar\w*`)],
  ["training", fiPattern(String.raw`koulutu\w*|kurssi\w*|työpaja\w*|valmennu\w*|perehdytys\w*|alkeiskurssi\w*`)],
  ["hearing", fiPattern(String.raw`yleisötilaisuu\w*|kuulemi\w*|asukastilaisuu\w*|asukasilta\w*|kuntalaisilta\w*`)],
  // a visit told by its verb (`Valtuutetut tutustuvat sairaalaan`), not the imperative of a link (`Tutustu ohjelmaan`)
  ["tour", fiPattern(String.raw`kiertue\w*|kiertää|vierailu\w*|tutustumiskäyn\w*|tutustu(?:vat|u|i|ivat)\b|retki\w*|retke\w*|opintomatk\w*|opintokäyn\w*|ekskursio\w*`)],
  ["meeting", fiPattern(String.raw`kokou\w*|kokoontu\w*|istun\w*|iltakoulu\w*|vuosikokou\w*|syyskokou\w*|kevätkokou\w*|päätöksiä|päätöstiedot\w*`)],
  ["milestone", fiPattern(String.raw`aloitta\w*|aloittaessa|päättyy|päättyi|alkaen|asti|siirty\w*|vastaa\s+\d|käynnisty\w*|voimaan`)],
  // a dated line that names a collegial body is its meeting: "Tekninen lautakunta 12.03.2024 § 21"
  ["meeting", fiPattern(String.raw`(?:valtuusto|hallitus|lautakunta|valiokunta|jaosto|toimikunta|neuvottelukunta|ohjausryhmä|seurantaryhmä|työryhmä|johtoryhmä|edustajisto)\b|§\s*\d|\/\s*pykälä\s*\d`)],
];

/**
 * The kind of happening a sentence names. A milestone is a day (`alkaen`
 * after a clock time only says when something starts that day).
 */
export function classifyEvent(sentence: string, title: string, timed: boolean, sentenceLower = latin1Lower(sentence)): EventKind {
  const text = `${title} ${sentence}`;
  // lower-cased once for the kinds' patterns
  const titleLower = sentenceLower === null ? null : latin1Lower(title);
  const lower = titleLower === null ? null : `${titleLower} ${sentenceLower}`;
  for (const [kind, re] of KIND_WORDS) if (re.test(text, lower) && !(kind === "milestone" && timed)) return kind;
  return "other";
}

const ONLINE = wordStart(String.raw`\b(?:etänä|etäyhtey\w*|etäosallistu\w*|teams\w*|zoom\w*|verkossa|verkkotapahtu\w*|webinaar\w*|striimi\w*|suoratoisto\w*|etäkokou\w*)`);

export function isOnline(text: string): boolean {
  return ONLINE.test(text, latin1Lower(text));
}

/** Labels before a place (`Paikka: …`) and the endings of a venue named in the inessive (`Huhtamäki-salissa`). */
const PLACE_LABELS = ["paikka", "paikkana", "tapahtumapaikka", "osoite"];
const VENUE_ENDINGS = ["sali", "salissa", "talolla", "talossa", "keskuksessa", "kartanossa", "hotellissa", "kirjastossa", "koululla"];
const PLACE = new RegExp(`\\b(?:${PLACE_LABELS.join("|")})\\s*(?::\\s*)?([^\\n.,;]{3,60})`, "i");
// the name's parts are bounded: unbounded, they are retried from every capital of a long run of letters
const INESSIVE_VENUE = latin1Choice(new RegExp(`\\b([A-ZÅÄÖ][\\p{L}-]{0,40}(?:[- ][\\p{L}-]{1,40})?-?(?:${VENUE_ENDINGS.join("|")}))\\b`, "u"));

/** A field line that names a place (`Kokouspaikka: Hallintokeskus, Tuulikki-sali`, `Osoite: …`). */
export const PLACE_FIELD = new RegExp(`^\\s*(?:[\\p{L}-]*(?:${PLACE_LABELS.join("|")}))\\s*:`, "iu");

/** The words either place pattern needs: a line without one is not matched against the patterns, which retry at every capital. */
const PLACE_WORDS = new RegExp([...PLACE_LABELS, ...VENUE_ENDINGS].join("|"), "i");

/** A place the line or the next one names: `Paikka Hyvinkäänsali`, `Huhtamäki-salissa`. */
export function eventLocation(doc: Doc, line: Line): string | null {
  for (const l of [line, doc.lines[line.index + 1]]) {
    if (!l || !PLACE_WORDS.test(l.text)) continue;
    const m = PLACE.exec(l.text) ?? INESSIVE_VENUE(l.text).exec(l.text);
    if (m) return m[1].trim();
  }
  return null;
}

/**
 * A field label before a date (`Aika:`, `Milloin`, `Kokouspäivä`, `Ajankohta ja paikka:`):
 * it names the field, not the happening, whose title stands above it.
 * A preceding word may qualify it (`Tapahtuman aika`), and a minutes page's
 * `Pöytäkirja` before its date is a label of the same kind.
 */
export const FIELD_LABEL = fiRegExp(
  String.raw`^(?:[\p{L}-]+\s+)?(?:aika|ajat|ajankohta|milloin|päivä|päivämäärä|pvm|kokousaika|kokouspäivä|tapahtuma-aika|tilaisuuden\s+aika|aikataulu|alkamisaika|pöytäkirja|ote\s+pöytäkirjasta)(?:\s+ja\s+paikka)?\s*:?$`,
);

/** A label whose clock time below it starts the happening (`Alkamisaika`, `Alkaa`). */
export const START_LABEL = fiRegExp(String.raw`^(?:alkamisaika|aloitusaika|alkaa|alku|kokous\s+alkaa)\s*:?$`);
/** A label whose clock time below it ends the happening (`Päättymisaika`, `Päättyy`). */
export const END_LABEL = fiRegExp(String.raw`^(?:päättymisaika|lopetusaika|päättyy|loppuu|kokous\s+päättyi|päättyi)\s*:?$`);

/** A verb that a clock time in the same clause starts the day's happening at (`Kokous alkoi kello 17`). */
export const STARTS = fiRegExp(String.raw`\b(?:alkoi|alkaa|alkavat|alkoivat|avasi|aloitettiin)\b`);
/** Words of a member's arriving or leaving in minutes (`saapui kokoukseen klo 17.20`, `poistui … klo 18`): the time of an attendance, no happening. */
export const ATTENDANCE = fiRegExp(String.raw`\b(?:saapui|saapuivat|poistui|poistuivat|paikalle|paikalla|läsnä|poissa)\b`);
/** A verb that a clock time in the same clause ends the day's happening at (`päättyi klo 19.40`). */
export const ENDS = fiRegExp(String.raw`\b(?:päättyi|päättyy|päätti\s+kokouksen|päätettiin|loppui|loppuu)\b`);

/** A verb that a later day in the same sentence ends the happening on (`alkaa 12.3. ja päättyy 13.3.`): not `päätettiin`, which decides. */
export const ENDS_ON = fiRegExp(String.raw`\b(?:päättyy|päättyi|päättyen|päättyvät|loppuu|loppui|jatkuu|jatkui)\b`);

/** Words after a clock time that only say it starts or lasts (`klo 15 alkaen`): no title. */
export const CLOCK_FILLER = fiRegExp(String.raw`^(?:alkaen|lähtien|asti|saakka|eteenpäin)?$`);

/**
 * A heading that names a happening's time or place field (`Kahvitilaisuuden
 * aika ja paikka`, `Juhlan ajankohta`): its genitive names the happening.
 */
export const FIELD_HEADING = fiRegExp(String.raw`^([\p{L}-]+n)\s+(?:aika|ajankohta|ajat|aikataulu)(?:\s+ja\s+paikka)?\s*:?$`);

/**
 * Words right before a date that make it approximate or a target (`noin
 * 12.3.`, `suunnilleen`, `arviolta`): the date is a time, not a happening.
 */
export const APPROXIMATE_BEFORE = fiRegExp(String.raw`\b(?:noin|n\.|suunnilleen|arviolta|viimeistään\s+noin|likimain)\s*$`);
/** A clause that sets a date as an aim (`pyritään avaamaan`, `tavoitteena on`): a time, not a happening. */
export const TARGET_CLAUSE = fiRegExp(String.raw`\b(?:pyri(?:tään|mme|vät|i|mään)|tavoit(?:teena|teenamme|teemme|tellaan|ellaan)|tähtää\w*|suunnitelmissa)\b`);

/**
 * Words of a clause that calls its happening off (`konsertti on peruttu`,
 * `Hallitus perui kokouksen`, `retkeä ei järjestetä`, `jää pitämättä`): its
 * date is a time, but nothing happens that day.
 */
export const CALLED_OFF = fiPattern(
  String.raw`\b(?:peru(?:ttu|taan|ttiin|i|ivat|ttava|ntuu|ntui|untuu|untui|untunut|utettu|utetaan|utettiin)|ei\s+(?:järjestetä|pidetä|toteuteta)|jää(?:vät)?\s+pitämättä|jäi(?:vät)?\s+pitämättä)\b`,
);
/**
 * Verbs that move a happening to another day (`kokous siirtyy keskiviikolta
 * 24.3. keskiviikkoon 31.3.`, `siirretään 12.5. pidettäväksi`): of two days in
 * the clause, the first is the day it leaves.
 */
export const MOVES = fiPattern(String.raw`\b(?:siirty(?:y|vät|i|ivät)|siirretään|siirrettiin|siirtää|siirsi)\b`);

/**
 * Nouns of a reporting or accounting period right before a date range
 * (`kattavat ajanjakson 1.1.–31.8.`, `tarkastelujaksolla`, `tilikaudelta`,
 * a budget's `toteutuma`, an `osavuosikatsaus`):
 * the range is a time, not a happening. An application period (`hakujakso`)
 * or a term of office is a happening and stays out.
 */
export const PERIOD_BEFORE = fiRegExp(String.raw`\b(?:ajanjakso|tarkastelujakso|raportointijakso|seurantajakso|tilikau|katsauskau|raportointikau|tarkastelukau|toteutum|osavuosikatsau)\p{L}*\s*(?::\s*)?$`);

/** A term of office (`toimikausi 1.6.2025–31.5.2029`): one happening spanning it, of kind `other`. */
export const TERM_OF_OFFICE = fiPattern(String.raw`\b(?:toimikau\w*|toimikaute\w*|valtuustokau\w*|kaude\w*|kausi)\b`);

/** A collegial body's head noun: a meeting title that has one names that body. */
export const BODY_HEAD = fiRegExp(String.raw`(?:valtuusto|hallitu[sk]|lautakun[tn]|valiokun[tn]|jaosto|toimikun[tn]|neuvottelukun[tn]|ohjausryhm|seurantaryhm|työryhm|johtoryhm|edustajisto)`);

/**
 * Nouns that name a happening by its kind alone (`Seminaari pidetään …`):
 * a clause that opens with one refers back to the happening the text has
 * just named (`… -seminaarissa. Seminaari pidetään 22.3.`).
 */
export const HAPPENING_NOUNS = ["seminaari", "webinaari", "tilaisuus", "tapahtuma", "koulutus", "kurssi", "juhla", "konferenssi", "kokous", "leiri", "messut", "retki", "ilta"];

/**
 * Verbs that report a communication made on a day (`kutsu lähetettiin`,
 * `tiedotti julkisesti`, `kuulutettiin`): an event of its own, kind `other`,
 * never the same happening as a meeting of that day.
 */
export const COMMUNICATES = fiPattern(
  String.raw`\b(?:lähetettiin|lähetti|lähettivät|julkaistiin|julkaisi|julkaisivat|tiedotti|tiedottivat|tiedotettiin|ilmoitti|ilmoittivat|ilmoitettiin|kuulutettiin|kuulutti|kutsui\s+koolle|saanut|sai)\b`,
);
/** Verbs of a body meeting: a clause with one names a meeting even when it also reports a communication. */
export const BODY_MEETS = fiPattern(String.raw`\b(?:kokoontu\w*|kokouksessa|kokouksessaan|istunnossa\w*)\b`);

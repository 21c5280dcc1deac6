/**
 * Finnish words for calendar expressions: the dictionary module of the
 * locale, as in chrono's own locales. Patterns are built from these once,
 * at module load.
 */

/**
 * Weekday words, by JavaScript day number (0 = Sunday): base, essive, elative,
 * illative, translative (`sunnuntaiksi 13.12. ilmoitettu`), ablative and
 * allative (`siirtyy keskiviikolta 24.3. torstaille 25.3.`), abbreviations.
 */
export const WEEKDAYS: Record<string, number> = {};
const WEEKDAY_STEMS: Array<[string, number, string]> = [
  ["maanantai", 1, "ma"],
  ["tiistai", 2, "ti"],
  ["keskiviikko", 3, "ke"],
  ["torstai", 4, "to"],
  ["perjantai", 5, "pe"],
  ["lauantai", 6, "la"],
  ["sunnuntai", 0, "su"],
];
for (const [stem, day, abbr] of WEEKDAY_STEMS) {
  for (const ending of ["", "na", "sta", "hin", "ista", "ihin", "n", "ksi", "lta", "lle"]) WEEKDAYS[stem + ending] = day;
  WEEKDAYS[abbr] = day;
}
// keskiviikko inflects on its own stem
Object.assign(WEEKDAYS, { keskiviikosta: 3, keskiviikkoon: 3, keskiviikoksi: 3, keskiviikolta: 3, keskiviikolle: 3 });

/** Month words (nominative, partitive, genitive, essive, inessive forms) to month number. */
export const MONTHS: Record<string, number> = {};
/** Month names without `kuu` and its endings: what every month word begins with. */
export const MONTH_STEMS = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];
MONTH_STEMS.forEach((stem, i) => {
  for (const ending of ["kuu", "kuuta", "kuun", "kuuna"]) MONTHS[stem + ending] = i + 1;
});

/** Words that make the next calendar year certain for a year-less date in the same sentence. */
export const NEXT_YEAR = /\b(?:ensi|tuleva[na]?|seuraava[na]?)\s+vuo(?:nna|den|teen|si)\b/i;

/** Day words relative to the reference date, and their offsets in days. */
export const RELATIVE_DAYS: Record<string, number> = {
  tänään: 0,
  huomenna: 1,
  ylihuomenna: 2,
  eilen: -1,
  toissapäivänä: -2,
};

/** An alternation of the keys, longest first, for a regular expression. */
export function alternation(words: Record<string, unknown>): string {
  return Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join("|");
}

/** Dash characters between the two ends of a range. */
export const DASH = "[-–—]";

/** A clock time written with its word (`klo 18`, `Kello 9.30`), tested on the expression's text. */
export const SAYS_CLOCK = /^(?:klo|kello)(?![\p{L}])/iu;

/** A pattern that fails at once (it is tried at the text's start only): for a parser that has nothing to find in a text. */
export const NOTHING = /^(?!)/;

/** Full weekday names by JavaScript day number: the stems a lone weekday word (`lauantaina`, `Lauantai-iltana`) is read from. */
export const WEEKDAY_NAMES: Record<string, number> = Object.fromEntries(WEEKDAY_STEMS.map(([stem, day]) => [stem, day]));

/** Parts of a day written into a weekday (`lauantai-iltana`, `sunnuntaiaamuna`): still that day. */
export const DAY_PART_ESSIVES = ["iltana", "aamuna", "iltapäivänä", "aamupäivänä", "yönä", "päivänä"];

/** Words before a weekday that fix it to the next (+1) or the last (-1) such day from the reference date. */
export const WEEKDAY_DIRECTION: Record<string, number> = { ensi: 1, tulevana: 1, tänä: 1, viime: -1, viimeksi: -1, mennyt: -1, menneenä: -1 };
/** Words before `viikon` and a weekday that name its week: the next (+1), the last (-1) or this one (`ensi viikon tiistaina`). */
export const WEEK_DIRECTION: Record<string, number> = { ensi: 1, tulevan: 1, seuraavan: 1, viime: -1, edellisen: -1, menneen: -1, tämän: 0, kuluvan: 0 };

/**
 * Verbs of a clause that put a lone weekday in the past (the last such day
 * up to the reference date): the past tense of the verbs that report
 * meetings and happenings, and any passive past (`pidettiin`, `päätettiin`).
 */
export const PAST_CLAUSE = /(?<![\p{L}\d])(?:[\p{L}]+t?tiin|kokoontui|kokoontuivat|päätti|päättivät|valitsi|valitsivat|hyväksyi|hyväksyivät|käsitteli|keskusteli|järjesti|järjestivät|piti|pitivät|oli|olivat|alkoi|päättyi|avasi|vieraili|kertoi)(?![\p{L}\d])/iu;
/** Verbs of a clause that put a lone weekday or a year-less date ahead (the next such day from the reference date), and `seuraava` (`Seuraava kokous on 12.1.`). */
export const FUTURE_CLAUSE = /(?<![\p{L}\d])(?:kokoontuu|kokoontuvat|pidetään|järjestetään|järjestää|järjestävät|alkaa|alkavat|päättyy|avataan|vierailee|tulee|tulevat|kokoustaa|käsittelee|käsittelevät|käsitellään|tervetuloa|nähdään|tavataan|seuraava|seuraavan|seuraavassa|seuraavaksi)(?![\p{L}\d])/iu;

/**
 * Words of a meeting's course in minutes (`Puheenjohtaja avasi kokouksen klo
 * 13.00`, `saapui klo 13.20`, `Kokous päättyi klo 15.10`): their clock is on the
 * meeting's day, whatever later date the minutes have named since.
 */
export const MEETING_COURSE = /(?<![\p{L}\d])(?:saapui|saapuivat|poistui|poistuivat|(?:avasi|päätti|keskeytti)\s+(?:kokouksen|istunnon)|kokous\s+(?:päättyi|keskeytettiin|jatkui))(?![\p{L}\d])/iu;

/** Words before a clock time that make an hour from 1 to 11 afternoon or evening (`illalla klo 8` is 20:00). */
export const AFTERNOON_WORDS = ["illalla", "iltapäivällä", "iltaisin", "illan", "iltapäivän", "iltana", "iltapäivänä"];
/** Words that name a part of one day, which may stand between a date and its clock time (`ensi tiistaina illalla klo 7`, `2.3. aamulla klo 9`). */
export const DAY_PART_WORDS = [...AFTERNOON_WORDS.filter((w) => !w.endsWith("isin")), "aamulla", "aamupäivällä", "päivällä", "yöllä", "aamuna", "aamupäivänä"];

/**
 * Words before a clock time that make it a recurring opening or service hour
 * (`arkisin klo 12–14`, `avoinna klo 9–16`), not a time of one day. Any word
 * in the instructive plural `-isin` (`arkisin`, `maanantaisin`) recurs too,
 * and so does a range of weekdays without a date (`ma–pe klo 9–16`).
 */
export const RECURRING_WORDS = new Set([
  "arkisin",
  "päivittäin",
  "viikoittain",
  "avoinna",
  "auki",
  "aukioloaika",
  "aukioloajat",
  "puhelinaika",
  "päivystysaika",
  "päivystää",
  "päivystämme",
  "palvelemme",
  "vastaanottoaika",
]);
/** Weekday abbreviations, as a range of them is written (`ma–pe`). */
export const WEEKDAY_ABBREVIATIONS = new Set(WEEKDAY_STEMS.map(([, , abbr]) => abbr));

/** Words right before a number that make it a version, not a date (`versio 7.1.`, `päivitys 2.10.17`). */
export const VERSION_BEFORE = /(?:^|[^\p{L}])(?:versio|version|versiossa|versioon|versiota|päivitys|päivityksen|päivitykseen|release|build|ohjelmistoversio)\s*$/iu;

/**
 * A year that names a plan's, budget's or term's period, not a time of
 * writing: `vuoden 2027 talousarvio`, `vuodelle 2027`, `vuosille 2024–2026`,
 * `vuosien 2024–2026`. The test reads the words around the year.
 */
export const PLAN_YEAR_BEFORE = /(?:vuodelle|vuosille|vuosien|vuosiksi|vuodeksi|vuoteen|kaudelle|ajalle)\s*$/i;
export const PLAN_YEAR_AFTER = /^(?:\s*[-–—]\s*(?:19|20)\d{2})?\s+(?:talousarvi|budjet|toiminta-?\s*ja\s+taloussuunnitelm|toimintasuunnitelm|taloussuunnitelm|tilinpäätö|investointi|tilintarkastu|strategi|palvelusuunnitelm|henkilöstösuunnitelm)/i;

/**
 * Finnish words for calendar expressions: the dictionary module of the
 * locale, as in chrono's own locales. Patterns are built from these once,
 * at module load.
 */

/** Weekday words, by JavaScript day number (0 = Sunday): base, essive, elative, illative, abbreviations. */
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
  for (const ending of ["", "na", "sta", "hin", "ista", "ihin", "n"]) WEEKDAYS[stem + ending] = day;
  WEEKDAYS[abbr] = day;
}
// keskiviikko inflects on its own stem
Object.assign(WEEKDAYS, { keskiviikosta: 3, keskiviikkoon: 3 });

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

/** A pattern that fails at once (it is tried at the text's start only): for a parser that has nothing to find in a text. */
export const NOTHING = /^(?!)/;

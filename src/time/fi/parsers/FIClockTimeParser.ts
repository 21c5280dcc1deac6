/**
 * Clock times and clock ranges: `klo 18`, `klo 18.30`, `kello 18:30`,
 * `klo. 10-16`, `klo 18-19.30`, `kello 12–16`, `17.00 - 19.00`, `14:45:16`.
 *
 * Replaces chrono's FITimeExpressionParser, whose `klo` prefix is optional:
 * it reads any `10.20` or `12-14` as a time. Here a time without `klo`/`kello`
 * must have minutes and stand where Finnish text puts clock times: at the start
 * of a line (programme slots `10.00-10.20 Avaus`) or right after a date
 * (`26.10.2017 16.01`, a stamp's `3.3.2026 - 09:15`). A time alone has no day:
 * the document refiner anchors it. Opening and service hours (`arkisin klo
 * 12–14`, `ma–pe klo 9–16`) recur and are no time of a day. A range from the
 * evening to the small hours (`klo 22–02`, `23.30–00.30`) runs past midnight:
 * it is tagged OVERNIGHT_TAG, and the document refiner puts its end on the next day.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { DASH, RECURRING_WORDS, WEEKDAY_ABBREVIATIONS } from "../constants.js";
import { letterRunStart } from "../../../lexicon/regex.js";
import { isInsideAddress, joinsNumber } from "../../guards.js";
import { LINE_BREAK } from "../../../text/chars.js";

const CLOCK = `(\\d{1,2})(?:[.:](\\d{2}))?(?::(\\d{2}))?`;
// a time without klo must have minutes (see extract): the lookahead says so before a match is made of every number in the text
// the prefix's capitals by classes, not the i flag: a case-insensitive pattern scans the text slower
const PATTERN = new RegExp(`(?:([kK][lL][oO]|[kK][eE][lL][lL][oO])\\.?\\s*|(?=\\d{1,2}[.:]\\d{2}))${CLOCK}(?:\\s*${DASH}\\s*${CLOCK})?`);

/** The first clock of a match, when its range end is not a time. */
const FIRST = new RegExp(`^(?:(?:klo|kello)\\.?\\s*)?${CLOCK}`, "i");

/** The tag of a clock range whose end is past midnight (`klo 22–02`). */
export const OVERNIGHT_TAG = "FIClockTimeParser/overnight";
/** A range past midnight starts at or after this hour and ends before SMALL_HOURS_END: `19.00–02.00`, not a vote's `äänin 14–3`. */
const EVENING_FROM = 18;
const SMALL_HOURS_END = 6;

const enum G {
  Prefix = 1,
  Hour,
  Minute,
  Second,
  ToHour,
  ToMinute,
}

/** A date just before: `26.10.2017 `, `1.6.2018. `, `25.10.2022, `, a stamp's `3.3.2026 - `. */
const DATE_BEFORE = new RegExp(`\\d\\.\\d{1,2}\\.(?:\\s?\\d{2,4})?\\.?,?\\s+(?:${DASH}\\s+)?$`);
/** Only white space or a bullet between the line start and the match. */
const LINE_START_BEFORE = new RegExp(`(?:^|${LINE_BREAK})[ \\t•·▪*\\-–]*$`);

export default class FIClockTimeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const raw = match[0];
    const end = index + raw.length;
    const prefixed = Boolean(match[G.Prefix]);
    const before = text.charCodeAt(index - 1);
    if (joinsNumber(before) || before === 0xe4 || before === 0xf6 || before === 0xe5 || before === 0xc4 || before === 0xd6) return null;
    const next = text.slice(end, end + 2);
    // `klo 17 - 6.5. klo 20`: what follows the dash is the next date, and the clock is the first alone
    if (prefixed && match[G.ToHour] !== undefined && /^\.\d/.test(next)) return firstClock(context, index, raw);
    if (/^\d|^[.,]\d|^\/|^%|^\s?%/.test(next)) return null;
    if (!prefixed) {
      // a bare time needs minutes, no closing dot (that would be a date) and its place
      if (match[G.Minute] === undefined || next[0] === ".") return null;
      const head = text.slice(Math.max(0, index - 24), index);
      if (!LINE_START_BEFORE.test(head) && !DATE_BEFORE.test(head)) return null;
    }
    if (isInsideAddress(text, index)) return null;
    // opening and service hours recur: `arkisin klo 12–14`, `ma–pe klo 9–16`
    if (prefixed && recursBefore(text, index)) return null;

    const hour = Number(match[G.Hour]);
    const minute = Number(match[G.Minute] ?? 0);
    if (hour > 24 || minute > 59) return null;
    const result = context.createParsingResult(index, raw);
    result.start.assign("hour", hour).assign("minute", minute);
    if (match[G.Second]) result.start.assign("second", Number(match[G.Second]));
    if (match[G.ToHour] !== undefined) {
      const toHour = Number(match[G.ToHour]);
      const toMinute = Number(match[G.ToMinute] ?? 0);
      // "klo 12–14" but not "äänin 45–30"; "klo 22–02" runs past midnight, a bare one with minutes both ends (`23.30–00.30`)
      const backwards = toHour * 60 + toMinute <= hour * 60 + minute;
      const overnight = backwards && hour >= EVENING_FROM && toHour < SMALL_HOURS_END && (prefixed || match[G.ToMinute] !== undefined);
      if (toHour > 24 || toMinute > 59 || (backwards && !overnight)) {
        result.text = FIRST.exec(raw)![0];
      } else {
        result.end = result.start.clone();
        result.end.assign("hour", toHour).assign("minute", toMinute);
        if (overnight) result.addTag(OVERNIGHT_TAG);
      }
    }
    result.addTag(prefixed ? "FIClockTimeParser/prefixed" : "FIClockTimeParser/bare");
    return result;
  }
}

/** The first clock of a prefixed match (`klo 17`) as a result of its own. */
function firstClock(context: ParsingContext, index: number, raw: string) {
  const m = FIRST.exec(raw)!;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 24 || minute > 59 || isInsideAddress(context.text, index) || recursBefore(context.text, index)) return null;
  const result = context.createParsingResult(index, m[0]);
  result.start.assign("hour", hour).assign("minute", minute);
  result.addTag("FIClockTimeParser/prefixed");
  return result;
}

/**
 * Whether the words right before `index` make a clock time recur: a word of
 * RECURRING_WORDS or one in `-isin` (a colon after it allowed), or a range of
 * weekday abbreviations (`ma–pe`). Read word by word back from the time.
 */
function recursBefore(text: string, index: number): boolean {
  let end = skipBack(text, index, " \t:");
  const start = letterRunStart(text, end, Math.max(0, end - 24));
  const word = text.slice(start, end).toLowerCase();
  if (RECURRING_WORDS.has(word) || (word.length > 5 && word.endsWith("isin"))) return true;
  if (!WEEKDAY_ABBREVIATIONS.has(word)) return false;
  // `ma–pe`: an abbreviation, a dash and another abbreviation
  end = skipBack(text, start, " \t");
  if ("-–—".includes(text[end - 1] ?? "x")) {
    end = skipBack(text, end - 1, " \t.");
    return WEEKDAY_ABBREVIATIONS.has(text.slice(letterRunStart(text, end, Math.max(0, end - 3)), end).toLowerCase());
  }
  return coordinatedAfterRecurring(text, end);
}

/**
 * Whether `ja` or a comma before `end` follows a recurring hour: `ma–to klo
 * 10–19 ja pe klo 10–16` lists one week's hours, so the day after `ja`
 * recurs as the range before it does.
 */
function coordinatedAfterRecurring(text: string, end: number): boolean {
  if (text[end - 1] === ",") end--;
  else if (text.slice(end - 3, end).toLowerCase() === " ja") end -= 3;
  else return false;
  // back over the clock range before it (`klo 10–19`), to its word
  end = skipBack(text, end, " \t0123456789.:-–—");
  const word = text.slice(letterRunStart(text, end, Math.max(0, end - 5)), end).toLowerCase();
  if (word !== "klo" && word !== "kello") return false;
  return recursBefore(text, end - word.length);
}

/** The offset before the run of `chars` that ends at `end`. */
function skipBack(text: string, end: number, chars: string): number {
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end;
}

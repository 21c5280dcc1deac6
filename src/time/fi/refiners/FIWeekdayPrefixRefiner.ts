/**
 * Takes a weekday written before a date into the expression: `Ke 2.2.2022`,
 * `tiistaina 13.4.2021`, `Torstai 5.6.2025`, `maanantaista torstaihin 2.-5.2.2026`,
 * `la–su 1.–2.4.`. The weekday only confirms the date.
 *
 * Used instead of chrono's FIWeekdayParser, which makes a result of every
 * weekday alone: those name no date our annotation can resolve, and its
 * two-letter abbreviations match inside ordinary text.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { alternation, WEEKDAY_DIRECTION, WEEKDAYS } from "../constants.js";
import { letterRunStart } from "../../../lexicon/regex.js";
import { INLINE_SPACE, isInlineSpace } from "../../../text/chars.js";

const WD = `(?:${alternation(WEEKDAYS)})`;
// a direction word before the weekday (`ensi maanantaina 9.2.`) is the date's too: the date settles the day, and the lone weekday must not stand for it
const PREFIX = new RegExp(`(?:^|[^\\p{L}\\d])((?:(?:${alternation(WEEKDAY_DIRECTION)})\\s+)?${WD}\\.?(?:\\s*(?:[-–—]|ja)\\s*${WD}\\.?|\\s+${WD})?)(?:${INLINE_SPACE}|,)+$`, "iu");
const LOOKBACK = 40;
const FIRST_WORD = /^\p{L}+/u;
const DIRECTION_WORD = new RegExp(`^(?:${alternation(WEEKDAY_DIRECTION)})\\s+`, "iu");

export default class FIWeekdayPrefixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!result.start.isCertain("day")) continue;
      if (!weekdayJustBefore(context.text, result.index)) continue;
      const from = Math.max(0, result.index - LOOKBACK);
      const m = PREFIX.exec(context.text.slice(from, result.index));
      if (!m) continue;
      const prefixStart = from + m.index + m[0].indexOf(m[1]);
      result.text = context.text.slice(prefixStart, result.index + result.text.length);
      result.index = prefixStart;
      // the first weekday is the start's: it lets the document refiner check a year-less date's year
      const first = FIRST_WORD.exec(m[1].replace(DIRECTION_WORD, ""));
      const weekday = first ? WEEKDAYS[first[0].toLowerCase()] : undefined;
      if (weekday !== undefined && !result.start.isCertain("weekday")) result.start.assign("weekday", weekday);
      result.addTag("FIWeekdayPrefixRefiner");
    }
    return results;
  }
}

/**
 * Whether the word right before `index` (past spaces and commas, and a dot)
 * is a weekday: what PREFIX needs at its end, tested without running it.
 */
function weekdayJustBefore(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && (isInlineSpace(text.charCodeAt(end - 1)) || text[end - 1] === ",")) end--;
  if (end === index) return false;
  if (text[end - 1] === ".") end--;
  const start = letterRunStart(text, end, Math.max(0, index - LOOKBACK));
  return Object.hasOwn(WEEKDAYS, text.slice(start, end).toLowerCase());
}


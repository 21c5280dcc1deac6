/**
 * A programme slot written with hours only, at a line's start: `9-10:
 * Aamukahvi`, `10-10:30 Katsaus`, `12 lounas`. FIClockTimeParser reads a time
 * without `klo` only with its minutes (`9.15-10`); these forms are read here,
 * where a programme writes them: a range of hours before the slot's title,
 * or one hour on a line next to another slot.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { DASH } from "../constants.js";
import { INLINE_SPACE, isLineBreak, LINE_BREAK, nextLineBreak } from "../../../text/chars.js";

// at a line's start (checked in extract: chrono retries the pattern on the text after each match); the title follows on the
// same line, and one white-space run before it (two adjacent optional runs would be retried against each other)
const PATTERN = new RegExp(`(?<!(?!${LINE_BREAK})[^])[ \\t•·▪*\\-–]*(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s*${DASH}\\s*(\\d{1,2})(?:[.:](\\d{2}))?)?(?=(?:${INLINE_SPACE}*:)?${INLINE_SPACE}+\\p{L}|:\\p{L})`, "u");
/**
 * A line that opens with a slot's clock time: one with minutes (`10.30`, `9.15-10`)
 * or a range of hours with a colon or minutes (`9-10:`, `10-10:30`), with or
 * without `klo` (`klo 16.15 – 17.45 Vierailu`). A bare
 * number (`2 Laillisuus`) is an agenda item's, not a slot's.
 */
const SLOT_LINE = /^[ \t•·▪*\-–]*(?:(?:klo|kello)\s+)?\d{1,2}(?:[.:]\d{2}|\s*[-–—]\s*\d{1,2}(?:[.:]\d{2}|\s*:))/i;
/** How much of a neighbouring line is read to see whether it opens with a slot. */
const NEIGHBOUR = 24;

const enum G {
  Hour = 1,
  Minute,
  ToHour,
  ToMinute,
}

export default class FIProgrammeHourParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    if (index > 0 && !isLineBreak(text.charCodeAt(index - 1))) return null;
    // a form with minutes on the first hour is FIClockTimeParser's
    if (match[G.Minute] !== undefined) return null;
    const hour = Number(match[G.Hour]);
    const minute = 0;
    const ranged = match[G.ToHour] !== undefined;
    const toHour = ranged ? Number(match[G.ToHour]) : 0;
    const toMinute = Number(match[G.ToMinute] ?? 0);
    if (hour > 23 || toHour > 24 || toMinute > 59) return null;
    if (ranged && toHour * 60 + toMinute <= hour * 60) return null;
    // `9-10: Aamukahvi` and `10-10:30` are slots by their form; `12 lounas` and `2-3 kertaa` only beside one
    const slotForm = ranged && (match[G.ToMinute] !== undefined || text[index + match[0].length] === ":");
    if (!slotForm && !nextToSlot(text, index, index + match[0].length)) return null;
    // the time starts at its first digit, after any bullet
    const digit = match[0].search(/\d/);
    const result = context.createParsingResult(index + digit, match[0].slice(digit));
    result.start.assign("hour", hour).assign("minute", minute);
    if (ranged) {
      result.end = result.start.clone();
      result.end.assign("hour", toHour).assign("minute", toMinute);
    }
    result.addTag("FIProgrammeHourParser");
    return result;
  }
}

/** Whether the line before or after the one at `lineStart` opens with a slot's clock time. */
function nextToSlot(text: string, lineStart: number, matchEnd: number): boolean {
  const previousStart = lineStart > 0 ? previousLineBreak(text, lineStart - 2) + 1 : -1;
  if (previousStart >= 0 && lineStart - previousStart > 1 && SLOT_LINE.test(text.slice(previousStart, Math.min(lineStart, previousStart + NEIGHBOUR)))) return true;
  const nextBreak = nextLineBreak(text, matchEnd);
  return nextBreak < text.length && SLOT_LINE.test(text.slice(nextBreak + 1, nextBreak + 1 + NEIGHBOUR));
}

/** The offset of the last line break at or before `from` (-1 if none). */
function previousLineBreak(text: string, from: number): number {
  let i = from;
  while (i >= 0 && !isLineBreak(text.charCodeAt(i))) i--;
  return i;
}

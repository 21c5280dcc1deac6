/**
 * A weekday without a date: `lauantaina`, `Lauantai-iltana`, `ensi
 * tiistaina`, `viime maanantaina`. Alone it names no day; the document
 * refiner gives it one only where the text makes the day certain (a range
 * it falls in, a direction word or the tense of its clause against the
 * reference date) and drops it otherwise.
 *
 * A weekday before a date (`tiistaina 13.4.2021`) is read by
 * FIWeekdayPrefixRefiner into the date's expression, which then covers this one.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { alternation, DAY_PART_ESSIVES, WEEKDAY_DIRECTION, WEEKDAY_NAMES } from "../constants.js";
import { startsInsideWord } from "../../../lexicon/regex.js";

const PATTERN = new RegExp(
  `(?:(${alternation(WEEKDAY_DIRECTION)})\\s+)?(${alternation(WEEKDAY_NAMES)})(?:na|-?(?:${DAY_PART_ESSIVES.join("|")}))(?![\\p{L}\\d-])`,
  "iu",
);

export const WEEKDAY_TAG = "FILoneWeekdayParser";
/** Tags of a weekday fixed by a word before it: the next such day, or the last. */
export const NEXT_WEEKDAY_TAG = "FILoneWeekdayParser/next";
export const LAST_WEEKDAY_TAG = "FILoneWeekdayParser/last";

export default class FILoneWeekdayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (startsInsideWord(context.text, match.index!)) return null;
    const weekday = WEEKDAY_NAMES[match[2].toLowerCase()];
    const result = context.createParsingResult(match.index!, match[0]);
    result.start.assign("weekday", weekday);
    result.addTag(WEEKDAY_TAG);
    if (match[1]) result.addTag(WEEKDAY_DIRECTION[match[1].toLowerCase()] > 0 ? NEXT_WEEKDAY_TAG : LAST_WEEKDAY_TAG);
    return result;
  }
}

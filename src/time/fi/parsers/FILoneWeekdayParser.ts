/**
 * A weekday without a date: `lauantaina`, `Lauantai-iltana`, `ensi
 * tiistaina`, `viime maanantaina`, `ensi viikon tiistaina`, and a weekday's
 * genitive before a noun (`maanantain kokouksessaan`). Alone it names no day; the document
 * refiner gives it one only where the text makes the day certain (a range
 * it falls in, a direction word or the tense of its clause against the
 * reference date) and drops it otherwise.
 *
 * A weekday before a date (`tiistaina 13.4.2021`) is read by
 * FIWeekdayPrefixRefiner into the date's expression, which then covers this one.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { alternation, DAY_PART_ESSIVES, WEEK_DIRECTION, WEEKDAY_DIRECTION, WEEKDAY_NAMES } from "../constants.js";
import { startsInsideWord } from "../../../lexicon/regex.js";

/** What follows a weekday's genitive that names a day: a lower-case word (`maanantain kokouksessa`), not a coordinated weekday (`maanantain ja tiistain välisenä yönä` is read at its second). */
const GENITIVE_HEAD = "\\s+(?!ja\\s|tai\\s)\\p{Ll}";
/** keskiviikko's genitive weakens its stem: keskiviikon. */
const WEEKDAY_GENITIVE_STEM = "keskiviik";

// The pattern starts at the weekday, the word a search can look for; a direction word before it is read back from there.
// A genitive before a noun names the day too (`maanantain kokouksessaan`, `keskiviikon webinaarissa`): the noun is a happening of that day.
const PATTERN = new RegExp(
  `(?:(${alternation(WEEKDAY_NAMES)})(?:na|-?(?:${DAY_PART_ESSIVES.join("|")})|n(?=${GENITIVE_HEAD}))|(${WEEKDAY_GENITIVE_STEM})on(?=${GENITIVE_HEAD}))(?![\\p{L}\\d-])`,
  "iu",
);
const DIRECTION_BEFORE = new RegExp(`(?:(${alternation(WEEKDAY_DIRECTION)})|(${alternation(WEEK_DIRECTION)})\\s+viikon)\\s+$`, "iu");
/** Longest direction word and the space after it: how far back one is looked for. */
const DIRECTION_REACH = Math.max(...Object.keys(WEEKDAY_DIRECTION).map((w) => w.length), ...Object.keys(WEEK_DIRECTION).map((w) => w.length + " viikon".length)) + 8;

export const WEEKDAY_TAG = "FILoneWeekdayParser";
/** Tags of a weekday fixed by a word before it: the next such day, or the last. */
export const NEXT_WEEKDAY_TAG = "FILoneWeekdayParser/next";
export const LAST_WEEKDAY_TAG = "FILoneWeekdayParser/last";
/** Tags of a weekday of a named week (`ensi viikon tiistaina`): that week's day, the week's offset from the reference date's after the slash. */
export const WEEK_TAG_PREFIX = "FILoneWeekdayParser/week";

export default class FILoneWeekdayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const at = match.index!;
    if (startsInsideWord(context.text, at)) return null;
    const weekday = match[1] ? WEEKDAY_NAMES[match[1].toLowerCase()] : WEEKDAY_NAMES.keskiviikko;
    let direction = DIRECTION_BEFORE.exec(context.text.slice(Math.max(0, at - DIRECTION_REACH), at));
    if (direction && startsInsideWord(context.text, at - direction[0].length)) direction = null;
    const start = direction ? at - direction[0].length : at;
    const result = context.createParsingResult(start, context.text.slice(start, at + match[0].length));
    result.start.assign("weekday", weekday);
    result.addTag(WEEKDAY_TAG);
    if (direction?.[2]) result.addTag(`${WEEK_TAG_PREFIX}${WEEK_DIRECTION[direction[2].toLowerCase()]}`);
    else if (direction) result.addTag(WEEKDAY_DIRECTION[direction[1].toLowerCase()] > 0 ? NEXT_WEEKDAY_TAG : LAST_WEEKDAY_TAG);
    return result;
  }
}

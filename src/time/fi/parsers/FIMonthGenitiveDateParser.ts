/**
 * The month-first written form: `maaliskuun 1. päivänä`, `maaliskuun 1. päivä`,
 * `tammikuun 14. päivänä 2022`. chrono's FIMonthNameLittleEndianParser reads
 * only the day-first form (`1. maaliskuuta`), which it keeps doing.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { alternation, MONTHS, NOTHING } from "../constants.js";
import { startsInsideWord } from "../../../lexicon/regex.js";

const PATTERN = new RegExp(
  `(${alternation(MONTHS)})\\s+(\\d{1,2})\\.?\\s+päivä(?:nä|ä|stä|än)?(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\d])`,
  "iu",
);

const MONTH_WORD = /kuu/i;
/** The day and the word päivä the pattern needs after the month: rare, and a text without them is not scanned. */
const DAY_WORD = /\d\.?\s+päivä/i;

export default class FIMonthGenitiveDateParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    // every month name has "kuu", and the form needs "<day> päivä": a text without both is not scanned
    // with the long alternation (the two searches together cost a quarter of it)
    return MONTH_WORD.test(context.text) && DAY_WORD.test(context.text) ? PATTERN : NOTHING;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (startsInsideWord(context.text, match.index!)) return null;
    const month = MONTHS[match[1].toLowerCase()];
    const day = Number(match[2]);
    if (!month || day < 1 || day > 31) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.start.assign("day", day).assign("month", month);
    if (match[3]) result.start.assign("year", Number(match[3]));
    result.addTag("FIMonthGenitiveDateParser");
    return result;
  }
}

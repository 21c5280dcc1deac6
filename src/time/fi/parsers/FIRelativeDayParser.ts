/**
 * Day words anchored to the reference date: `tänään`, `huomenna`, `eilen`,
 * `ylihuomenna`, `toissapäivänä` — and only when the caller gave a reference
 * date, because only then is the day certain.
 *
 * Used instead of chrono's FICasualDateParser, which also reads `nyt`,
 * `aamulla`, `illalla` and similar words that name no day in our texts.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { alternation, NOTHING, RELATIVE_DAYS } from "../constants.js";
import { startsInsideWord } from "../../../lexicon/regex.js";
import { hasReference } from "../options.js";

const PATTERN = new RegExp(`(${alternation(RELATIVE_DAYS)})(?![\\p{L}])`, "iu");

export default class FIRelativeDayParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    // without a reference date no day word resolves: the text is not scanned for them
    return hasReference(context) ? PATTERN : NOTHING;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!hasReference(context) || startsInsideWord(context.text, match.index!)) return null;
    const offset = RELATIVE_DAYS[match[1].toLowerCase()];
    const ref = context.refDate;
    const day = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() + offset));
    const result = context.createParsingResult(match.index!, match[0]);
    result.start
      .assign("year", day.getUTCFullYear())
      .assign("month", day.getUTCMonth() + 1)
      .assign("day", day.getUTCDate());
    result.addTag("FIRelativeDayParser");
    return result;
  }
}

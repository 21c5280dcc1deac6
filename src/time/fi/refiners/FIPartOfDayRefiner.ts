/**
 * A part of the day next to a clock time sets its half of the day: `illalla
 * klo 8` is 20:00, `iltapäivällä klo 5` is 17:00, `klo 7 illalla` 19:00.
 * Finnish writes the twelve-hour clock only with such a word; `aamulla klo 9`
 * is already 09:00.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { AFTERNOON_WORDS } from "../constants.js";
import { hasClock } from "../components.js";

const AFTERNOON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${AFTERNOON_WORDS.join("|")})\\s+$`, "iu");
const AFTERNOON_AFTER = new RegExp(`^\\s+(?:${AFTERNOON_WORDS.join("|")})(?![\\p{L}])`, "iu");
const LONGEST = Math.max(...AFTERNOON_WORDS.map((w) => w.length)) + 2;

export default class FIPartOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    for (const r of results) {
      if (!hasClock(r)) continue;
      const end = r.index + r.text.length;
      const afternoon =
        AFTERNOON_BEFORE.test(text.slice(Math.max(0, r.index - LONGEST), r.index)) || AFTERNOON_AFTER.test(text.slice(end, end + LONGEST));
      if (!afternoon) continue;
      for (const c of [r.start, r.end]) {
        const hour = c?.get("hour");
        if (c && hour !== null && hour !== undefined && hour >= 1 && hour <= 11) c.assign("hour", hour + 12);
      }
      r.addTag("FIPartOfDayRefiner");
    }
    return results;
  }
}

/**
 * Clock times coordinated with a `klo` time, which write `klo` once: `klo
 * 9–12 ja 13–16`, `kello 10, 12 ja 14`. Each is a time of its own, read from
 * the text right after the `klo` time, with the half of the day that time
 * has (`illalla klo 7 ja 9` is 19:00 and 21:00).
 *
 * A list of times goes forward in the day: a number that would go back
 * (`klo 18 ja 2 muuta`) is no time. Commas count only in a list closed by
 * `ja`, `sekä` or `tai`, so a number after a comma alone (`klo 9, 10 hengen
 * ryhmä`) is left alone.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { DASH, SAYS_CLOCK } from "../constants.js";

const ITEM = `\\d{1,2}(?:[.:]\\d{2})?(?:\\s*${DASH}\\s*\\d{1,2}(?:[.:]\\d{2})?)?`;
/** The list after a `klo` time: items after commas, then one after the conjunction, ending where no number or word goes on. */
const TAIL = new RegExp(`^(?:\\s*,\\s*${ITEM})*\\s+(?:ja|sekä|tai)\\s+${ITEM}(?![\\p{L}\\d]|[.,:]\\d)`, "iu");
/** One item of the list, with its clocks. */
const ITEM_PARTS = new RegExp(`(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s*${DASH}\\s*(\\d{1,2})(?:[.:](\\d{2}))?)?`, "g");
/** Longest list read: a few times with their commas. */
const TAIL_REACH = 80;

export default class FICoordinatedClockRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    const out: ParsingResult[] = [];
    for (const r of results) {
      out.push(r);
      if (!SAYS_CLOCK.test(r.text)) continue;
      const end = r.index + r.text.length;
      const tail = TAIL.exec(text.slice(end, end + TAIL_REACH));
      if (!tail) continue;
      const tags = r.tags();
      if (!tags.has("FIClockTimeParser/prefixed")) continue;
      const afternoon = tags.has("FIPartOfDayRefiner");
      let last = minutesOf(r.start.get("hour")!, r.start.get("minute") ?? 0);
      for (const m of tail[0].matchAll(ITEM_PARTS)) {
        const hour = halfOfDay(Number(m[1]), afternoon);
        const minute = Number(m[2] ?? 0);
        if (hour > 24 || minute > 59 || minutesOf(hour, minute) <= last) break;
        const item = context.createParsingResult(end + m.index!, m[0]);
        item.start.assign("hour", hour).assign("minute", minute);
        if (m[3] !== undefined) {
          const toHour = halfOfDay(Number(m[3]), afternoon);
          const toMinute = Number(m[4] ?? 0);
          if (toHour > 24 || toMinute > 59 || minutesOf(toHour, toMinute) <= minutesOf(hour, minute)) break;
          item.end = item.start.clone();
          item.end.assign("hour", toHour).assign("minute", toMinute);
        }
        item.addTag("FICoordinatedClockRefiner");
        out.push(item);
        last = minutesOf(hour, minute);
      }
    }
    return out;
  }
}

const minutesOf = (hour: number, minute: number) => hour * 60 + minute;
/** An hour of the afternoon's twelve-hour clock on the 24-hour one (as FIPartOfDayRefiner reads them). */
const halfOfDay = (hour: number, afternoon: boolean) => (afternoon && hour >= 1 && hour <= 11 ? hour + 12 : hour);

/**
 * Joins a date and the clock time that follows it into one expression:
 * `Ke 2.2.2022 klo 18-19.30`, `1.6.2018. klo 9.30-15`, `25.10.2022, klo 16:00`,
 * `3.10. 2016 klo. 10-16`, `26.10.2017 16.01`, `3.3.2026 - 09:15`, `lauantaina klo 10`.
 *
 * Replaces chrono's FIMergeDateTimeRefiner, which allows neither the sentence
 * dot after a year nor `klo.` with a dot.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { hasClock, hasDay, isDateOnly, isTimeOnly, isWeekdayOnly } from "../components.js";
import { mergeNeighbours } from "./merge.js";
import { alternation, DASH, DAY_PART_WORDS, WEEKDAYS } from "../constants.js";

// never across a line break (any other white space joins); a stamp writes a dash between (`3.3.2026 - 09:15`);
// a part of the day may stand between (`ensi tiistaina illalla klo 7`): FIPartOfDayRefiner has already set the clock's half of the day
const BETWEEN = new RegExp(`^[.,]?[\\t\\p{Zs}]*(?:(?:${DAY_PART_WORDS.join("|")})[\\t\\p{Zs}]+)?(?:(?:klo\\.?|kello|[-–—])[\\t\\p{Zs}]*)?$`, "iu");

/** Only a dash between two days' clocks, on one line, the end's weekday perhaps after it (`pe 9.10. klo 17 – su 11.10. klo 14`). */
const DASH_ONLY = new RegExp(`^[\\t\\p{Zs}]*${DASH}[\\t\\p{Zs}]*(?:(?:${alternation(WEEKDAYS)})\\.?[\\t\\p{Zs}]+)?$`, "iu");

export default class FIMergeDateTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const joined = mergeNeighbours(
      context,
      results,
      // a lone weekday takes its clock too (`lauantaina klo 10`): the document refiner gives it its day
      (date, time, between) => (isDateOnly(date) || isWeekdayOnly(date)) && isTimeOnly(time) && BETWEEN.test(between) && !opensSentence(date, between),
      (date, time) => merge(context, date, time),
    );
    // `4.5. klo 17 – 6.5. klo 20`: a day and clock to another day's clock is one range
    return mergeNeighbours(
      context,
      joined,
      (a, b, between) => !a.end && !b.end && hasDay(a) && hasClock(a) && hasDay(b) && hasClock(b) && DASH_ONLY.test(between),
      (a, b) => {
        const range = a.clone();
        range.text = context.text.slice(a.index, b.index + b.text.length);
        range.end = b.start.clone();
        if (!range.start.isCertain("year") && b.start.isCertain("year")) range.start.assign("year", b.start.get("year")!);
        range.addTags(a.tags());
        return range;
      },
    );
  }
}

/**
 * Whether the clock after a date stands in a sentence of its own: the date's
 * full stop, then a capitalised word before the clock (`10.12. Illalla klo
 * 7 …`). A capitalised `Klo` itself goes on a header's date (`12.5.2022. Klo
 * 12`), as headers write it.
 */
function opensSentence(date: ParsingResult, between: string): boolean {
  return (date.text.endsWith(".") || between.startsWith(".")) && CAPITAL_AFTER.test(between);
}
const CAPITAL_AFTER = /^[.,]?[\t\p{Zs}]*\p{Lu}/u;

function merge(context: ParsingContext, date: ParsingResult, time: ParsingResult): ParsingResult {
  const merged = date.clone();
  merged.text = context.text.slice(date.index, time.index + time.text.length);
  const start = merged.start;
  for (const c of ["hour", "minute", "second"] as const) if (time.start.isCertain(c)) start.assign(c, time.start.get(c)!);
  if (time.end) {
    const end = (date.end ?? date.start).clone();
    for (const c of ["hour", "minute", "second"] as const) if (time.end.isCertain(c)) end.assign(c, time.end.get(c)!);
    merged.end = end;
  }
  // chrono's clone copies no tags: the date's say what it is (a lone weekday)
  merged.addTags(date.tags());
  merged.addTags(time.tags());
  return merged;
}

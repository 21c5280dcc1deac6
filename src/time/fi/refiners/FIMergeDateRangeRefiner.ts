/**
 * Joins two dates separated by a dash into a range (`1. maaliskuuta – 3.
 * huhtikuuta 2022`). A start without a year takes the end's year.
 *
 * Replaces chrono's FIMergeDateRangeRefiner, which knows `-` and `–` but
 * not `—`, and copies no year into the start.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isDateOnly, isTimeOnly, isWeekdayOnly } from "../components.js";
import { alternation, DASH, WEEKDAYS } from "../constants.js";
import { mergeNeighbours } from "./merge.js";

const weekdaysEnding = (ending: string) => Object.fromEntries(Object.entries(WEEKDAYS).filter(([w]) => w.endsWith(ending)));

/** A dash, perhaps with the end's weekday after it (`ma 5.10. – pe 9.10.`: the weekdays are read into the dates later). */
const DASH_BETWEEN = new RegExp(`^\\s*${DASH}\\s*(?:(?:${alternation(WEEKDAYS)})\\.?\\s+)?$`, "iu");
/** `maanantaista 5.10. perjantaihin 9.10.`: from one weekday's date to another's, in the elative and the illative. */
const ILLATIVE_BETWEEN = new RegExp(`^\\s+(?:${alternation(weekdaysEnding("hin"))})\\s+$`, "iu");
const ELATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(weekdaysEnding("sta"))})\\s+$`, "iu");
const ELATIVE_REACH = 16;

function isRangeBetween(text: string, a: ParsingResult, between: string): boolean {
  if (DASH_BETWEEN.test(between)) return true;
  return ILLATIVE_BETWEEN.test(between) && ELATIVE_BEFORE.test(text.slice(Math.max(0, a.index - ELATIVE_REACH), a.index));
}

/**
 * Without the lone weekday that the end of a range writes after its dash
 * (`maanantaina 4.5.–perjantaina 8.5.`, `4.5. klo 17 – keskiviikkona 6.5.`):
 * the weekday parser read it as a result of its own, which would stand
 * between the two ends.
 */
function withoutEndWeekdays(text: string, results: ParsingResult[]): ParsingResult[] {
  const between = (a: ParsingResult, b: ParsingResult) => text.slice(a.index + a.text.length, b.index);
  return results.filter((r, i) => {
    const a = results[i - 1];
    const b = results[i + 1];
    return !(a && b && isWeekdayOnly(r) && (isDateOnly(a) || isTimeOnly(a)) && isDateOnly(b) && DASH_BETWEEN.test(between(a, b)) && !/[\n\r]/.test(between(a, b)));
  });
}

export default class FIMergeDateRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergeNeighbours(
      context,
      withoutEndWeekdays(context.text, results),
      (a, b, between) => !a.end && !b.end && isDateOnly(a) && isDateOnly(b) && isRangeBetween(context.text, a, between),
      (a, b) => {
        const merged = a.clone();
        merged.text = context.text.slice(a.index, b.index + b.text.length);
        merged.end = b.start.clone();
        if (!merged.start.isCertain("year") && b.start.isCertain("year")) merged.start.assign("year", b.start.get("year")!);
        return merged;
      },
    );
  }
}

/**
 * Joins a date and the clock time that follows it into one expression:
 * `Ke 2.2.2022 klo 18-19.30`, `1.6.2018. klo 9.30-15`, `25.10.2022, klo 16:00`,
 * `3.10. 2016 klo. 10-16`, `26.10.2017 16.01`.
 *
 * Replaces chrono's FIMergeDateTimeRefiner, which allows neither the sentence
 * dot after a year nor `klo.` with a dot.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isDateOnly, isTimeOnly } from "../components.js";
import { mergeNeighbours } from "./merge.js";

const BETWEEN = /^[.,]?[ \t\u00a0]*(?:(?:klo\.?|kello)[ \t\u00a0]*)?$/i; // never across a line break

export default class FIMergeDateTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergeNeighbours(
      context,
      results,
      (date, time, between) => isDateOnly(date) && isTimeOnly(time) && BETWEEN.test(between),
      (date, time) => merge(context, date, time),
    );
  }
}

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
  merged.addTags(time.tags());
  return merged;
}

/**
 * Keeps results whose start and end are real calendar dates and clock times
 * (no 31.2., no klo 24.30).
 *
 * Replaces chrono's UnlikelyFormatFilter, which also drops every result
 * written as digits and one dot: exactly the programme times (`9.45`,
 * `14.55`) that Finnish programmes are made of. The test is arithmetic, the
 * same as chrono's `isValidDate` without building a Date for every result.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";

export default class FIValidDateRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isValid(r.start) && (!r.end || isValid(r.end)));
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

const within = (v: number | null, max: number) => v === null || (Number.isInteger(v) && v >= 0 && v <= max);

export function isValid(c: ParsingComponents): boolean {
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  if (year === null || month === null || day === null || !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  return within(c.get("hour"), 23) && within(c.get("minute"), 59) && within(c.get("second"), 59) && within(c.get("millisecond"), 999);
}

/**
 * Keeps results whose start and end are real calendar dates (no 31.2.).
 *
 * Replaces chrono's UnlikelyFormatFilter, which also drops every result
 * written as digits and one dot: exactly the programme times (`9.45`,
 * `14.55`) that Finnish programmes are made of.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

export default class FIValidDateRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => r.start.isValidDate() && (!r.end || r.end.isValidDate()));
  }
}

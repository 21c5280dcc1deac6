/**
 * Joins two dates separated by a dash into a range (`1. maaliskuuta – 3.
 * huhtikuuta 2022`). A start without a year takes the end's year.
 *
 * Replaces chrono's FIMergeDateRangeRefiner, which knows `-` and `–` but
 * not `—`, and copies no year into the start.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isDateOnly } from "../components.js";
import { mergeNeighbours } from "./merge.js";

const BETWEEN = /^\s*[-–—]\s*$/;

export default class FIMergeDateRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergeNeighbours(
      context,
      results,
      (a, b, between) => !a.end && !b.end && isDateOnly(a) && isDateOnly(b) && BETWEEN.test(between),
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

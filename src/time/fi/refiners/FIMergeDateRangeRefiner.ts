/**
 * Joins two dates separated by a dash into a range (`1. maaliskuuta – 3.
 * huhtikuuta 2022`). A start without a year takes the end's year.
 *
 * Replaces chrono's FIMergeDateRangeRefiner, which knows `-` and `–` but
 * not `—`, and copies no year into the start.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isDateOnly } from "../components.js";

const BETWEEN = /^\s*[-–—]\s*$/;

export default class FIMergeDateRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b && !a.end && !b.end && isDateOnly(a) && isDateOnly(b) && BETWEEN.test(context.text.slice(a.index + a.text.length, b.index))) {
        const merged = a.clone();
        merged.text = context.text.slice(a.index, b.index + b.text.length);
        merged.end = b.start.clone();
        if (!merged.start.isCertain("year") && b.start.isCertain("year")) merged.start.assign("year", b.start.get("year")!);
        out.push(merged);
        i++;
        continue;
      }
      out.push(a);
    }
    return out;
  }
}

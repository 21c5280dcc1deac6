/**
 * Drops what chrono's kept parsers (ISO dates, month names) find inside URLs,
 * e-mail addresses and file names: `…/2022-01-18/uutinen.html` is no date
 * of the text.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isInsideAddress } from "../../guards.js";

export default class FIAddressFilterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !isInsideAddress(context.text, r.index));
  }
}

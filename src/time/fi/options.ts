/**
 * What poimija passes to chrono besides its own options: whether the caller
 * gave a reference date. It travels in the parsing option of one call, so no
 * parser or refiner keeps state between calls.
 */
import type { ParsingContext, ParsingOption } from "chrono-node";

export interface FIParsingOption extends ParsingOption {
  poimija?: { hasReference: boolean };
}

export function hasReference(context: ParsingContext): boolean {
  return Boolean((context.option as FIParsingOption).poimija?.hasReference);
}

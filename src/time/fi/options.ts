/**
 * What poimija passes to chrono besides its own options: whether the caller
 * gave a reference date, and the document (its sentences and lines). It
 * travels in the parsing option of one call, so no parser or refiner keeps
 * state between calls.
 */
import type { ParsingContext, ParsingOption } from "chrono-node";
import type { Doc } from "../../text/document.js";

export interface FIParsingOption extends ParsingOption {
  poimija?: { hasReference: boolean; doc?: Doc };
}

/** The document being read, when poimija's time stage called chrono (not when chrono is used on its own). */
export function documentOf(context: ParsingContext): Doc | undefined {
  return (context.option as FIParsingOption).poimija?.doc;
}

export function hasReference(context: ParsingContext): boolean {
  return Boolean((context.option as FIParsingOption).poimija?.hasReference);
}

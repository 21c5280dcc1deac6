/** The time stage: Finnish time expressions of one document. */
import type { ParsingResult } from "chrono-node";
import type { Doc } from "../text/document.js";
import { createChrono } from "./fi/index.js";
import type { FIParsingOption } from "./fi/options.js";
import { mentionFromResult, type TimeMention } from "./mention.js";

const chrono = createChrono();
/** Anchor for chrono when the caller gave no reference date; the fi refiners then resolve nothing against it. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

/**
 * chrono reads the document's clean text whole, so that its refiners see
 * every year stated anywhere; an expression counts only inside the Doc's
 * lines, which leave out page chrome and passages in other languages.
 */
export function findTimes(doc: Doc, referenceDate: string | null, timeZone: string): TimeMention[] {
  const ref = referenceDate ? localNoon(referenceDate) : NO_REFERENCE;
  const option: FIParsingOption = { poimija: { hasReference: referenceDate !== null, doc } };
  const results = chrono.parse(doc.text, ref, option) as ParsingResult[];
  const out: TimeMention[] = [];
  for (const r of results) if (doc.lineAt(r.index)) out.push(mentionFromResult(r, timeZone));
  return out;
}

function localNoon(day: string): Date {
  // YYYY-MM-DD, checked by the options schema
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
}

/** The time stage: Finnish time expressions of one document. */
import type { ParsingResult } from "chrono-node";
import { createChrono } from "./fi/index.js";
import type { FIParsingOption } from "./fi/options.js";
import { mentionFromResult, type TimeMention } from "./mention.js";

const chrono = createChrono();
/** Anchor for chrono when the caller gave no reference date; the fi refiners then resolve nothing against it. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

export function findTimes(text: string, referenceDate: string | null, timeZone: string): TimeMention[] {
  const ref = referenceDate ? localNoon(referenceDate) : NO_REFERENCE;
  const option: FIParsingOption = { poimija: { hasReference: referenceDate !== null } };
  return (chrono.parse(text, ref, option) as ParsingResult[]).map((r) => mentionFromResult(r, timeZone));
}

function localNoon(day: string): Date {
  // YYYY-MM-DD, checked by normaliseReferenceDate
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
}

/**
 * Per-document extraction state, kept on `file.data` (vfile-style), never in
 * module scope: two extractions never see each other's data.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Body, Decision, Event, Extraction, Person } from "../schema/index.js";
import { twoDigits, type TimeMention } from "../time/mention.js";
import { documentFromTree, type Doc } from "./document.js";
import { PoimijaError } from "../errors.js";
import { attachSharedCache, type PoimijaCache } from "../cache.js";

export interface ExtractOptions {
  /** The day the text was published or seen (`YYYY-MM-DD` or a Date); anchors year-less and relative dates. */
  referenceDate?: string | Date | null;
  /** `text` (own parser), `markdown` (remark-parse) or `auto` (default: chosen from the text). */
  format?: "auto" | "text" | "markdown";
  /** IANA time zone of clock times; default Europe/Helsinki. */
  timeZone?: string;
  /** A cross-document cache the caller owns (`createCache()`): readings of recurring words are kept between calls. */
  cache?: PoimijaCache;
}

export interface State {
  doc: Doc;
  referenceDate: string | null;
  timeZone: string;
  times?: TimeMention[];
  events?: Event[];
  bodies?: Body[];
  people?: Person[];
  decisions?: Decision[];
}

declare module "vfile" {
  interface DataMap {
    poimijaOptions: ExtractOptions;
    poimijaState: State;
    /** The finished extraction, set by the `poimija` plugin. */
    extraction: Extraction;
  }
}

export const DEFAULT_TIME_ZONE = "Europe/Helsinki";

export function normaliseReferenceDate(ref: ExtractOptions["referenceDate"]): string | null {
  if (ref == null || ref === "") return null;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) throw new PoimijaError("invalid_reference_date", "referenceDate is an invalid Date");
    return `${ref.getFullYear()}-${twoDigits(ref.getMonth() + 1)}-${twoDigits(ref.getDate())}`;
  }
  const m = typeof ref === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ref) : null;
  const day = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  // a real calendar day: 2022-13-45 does not roll over into 2023
  if (!m || !day || day.getUTCMonth() !== +m[2] - 1 || day.getUTCDate() !== +m[3])
    throw new PoimijaError("invalid_reference_date", `referenceDate must be a calendar day YYYY-MM-DD, got ${JSON.stringify(ref)}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The state of one file, created from its tree the first time an extractor asks. */
export function stateOf(file: VFile, tree: Root): State {
  let state = file.data.poimijaState;
  if (!state) {
    const options = file.data.poimijaOptions ?? {};
    state = {
      doc: documentFromTree(String(file.value), tree),
      referenceDate: normaliseReferenceDate(options.referenceDate),
      timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    };
    attachSharedCache(state.doc.cache, options.cache);
    file.data.poimijaState = state;
  }
  return state;
}

/**
 * poimija: structured events, times, people, bodies and decisions from
 * Finnish announcement and meeting-news text.
 *
 *   import { extract } from "poimija";
 *   const result = extract(text, { referenceDate: "2022-01-18" });
 */
import { runProcessor } from "./pipeline/processor.js";
import type { Body, Decision, Event, Extraction, ExtractOptions, ExtractorName, Person, TimeExpression } from "./schema/index.js";
import { buildDoc } from "./text/document.js";
import { parsedFromTree, treeOf } from "./text/parse.js";

export * from "./schema/index.js";
export { createCache, DEFAULT_CACHE_ENTRIES, type PoimijaCache, type CacheOptions } from "./cache.js";
export { PoimijaError, type PoimijaErrorCode } from "./errors.js";
export { createProcessor, poimijaParseHtml, type ProcessorOptions, type PoimijaProcessor } from "./pipeline/processor.js";
export { detectFormat } from "./text/parse.js";
export { poimija, poimijaDocument, poimijaTimes, poimijaEvents, poimijaBodies, poimijaPeople, poimijaDecisions, poimijaFinish } from "./pipeline/plugins.js";
export { poimijaJson } from "./output/json.js";
export { renderView, type ViewOptions } from "./output/view.js";
export { poimijaParseText, parseText } from "./text/text-parser.js";
export { parseHtml, htmlToHast, parsedFromHast, looksLikeHtml } from "./text/html.js";
export { decodeHtml } from "./text/html-encoding.js";
export { dropChrome } from "./text/chrome.js";
export { buildDoc, Doc, type Block, type Line, type Sentence } from "./text/document.js";
export type { ParsedInput, BlockDraft, BlockKind, Language } from "./text/model.js";
export { createConfiguration as createFinnishTimeConfiguration, createChrono as createFinnishChrono } from "./time/fi/index.js";
export { lemmatize, analyse, type Analysis } from "./morph/fi/index.js";

/** The extractors, in the order they run. */
export const ALL_EXTRACTORS: readonly ExtractorName[] = ["times", "events", "bodies", "people", "decisions"];

/** Extracts everything (or `options.extractors`) from one Finnish text. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return runProcessor(text, options);
}

function only<N extends ExtractorName>(name: N) {
  return (text: string, options: ExtractOptions = {}): Extraction[N] => runProcessor(text, { ...options, extractors: [name] })[name];
}

export const extractTimes: (text: string, options?: ExtractOptions) => TimeExpression[] = only("times");
export const extractEvents: (text: string, options?: ExtractOptions) => Event[] = only("events");
export const extractPeople: (text: string, options?: ExtractOptions) => Person[] = only("people");
export const extractBodies: (text: string, options?: ExtractOptions) => Body[] = only("bodies");
export const extractDecisions: (text: string, options?: ExtractOptions) => Decision[] = only("decisions");

/** The sentences of a plain text, as poimija's stages see them. */
export function splitSentences(text: string): string[] {
  return buildDoc(parsedFromTree(text, treeOf(text, "text"))).sentences.map((s) => s.text);
}

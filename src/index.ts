/**
 * poimija: structured events, times, people, bodies and decisions from
 * Finnish announcement and meeting-news text.
 *
 *   import { extract } from "poimija";
 *   const result = extract(text, { referenceDate: "2022-01-18" });
 */
import { processorsFor, runProcessor, type ProcessorOptions } from "./pipeline/processor.js";
import type { ExtractOptions } from "./pipeline/state.js";
import type { Body, Decision, Event, Extraction, Person, TimeExpression } from "./schema/index.js";
import { documentFromTree, sentencesOfDoc } from "./pipeline/document.js";
import { parseText } from "./pipeline/text-parser.js";

export * from "./schema/index.js";
export { createCache, DEFAULT_CACHE_ENTRIES, type PoimijaCache, type CacheOptions } from "./cache.js";
export { PoimijaError, type PoimijaErrorCode } from "./errors.js";
export type { ExtractOptions } from "./pipeline/state.js";
export { createProcessor, detectFormat, ALL_EXTRACTORS, type ProcessorOptions } from "./pipeline/processor.js";
export { poimija, poimijaTimes, poimijaEvents, poimijaBodies, poimijaPeople, poimijaDecisions, poimijaFinish, type ExtractorName } from "./pipeline/plugins.js";
export { poimijaParseText, parseText } from "./pipeline/text-parser.js";
export { createConfiguration as createFinnishTimeConfiguration, createChrono as createFinnishChrono } from "./time/fi/index.js";
export { lemmatize, analyse, type Analysis } from "./morph/fi/index.js";

/** Extracts everything from one Finnish text. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return runProcessor(text, options);
}

function only(extractors: ProcessorOptions["extractors"]) {
  const processors = processorsFor({ extractors });
  return (text: string, options: ExtractOptions = {}) => runProcessor(text, options, processors);
}

const timesOnly = only(["times"]);
const eventsOnly = only(["events"]);
const peopleOnly = only(["people"]);
const bodiesOnly = only(["bodies"]);
const decisionsOnly = only(["decisions"]);

export const extractTimes = (text: string, options?: ExtractOptions): TimeExpression[] => timesOnly(text, options).times;
export const extractEvents = (text: string, options?: ExtractOptions): Event[] => eventsOnly(text, options).events;
export const extractPeople = (text: string, options?: ExtractOptions): Person[] => peopleOnly(text, options).people;
export const extractBodies = (text: string, options?: ExtractOptions): Body[] => bodiesOnly(text, options).bodies;
export const extractDecisions = (text: string, options?: ExtractOptions): Decision[] => decisionsOnly(text, options).decisions;

/** The sentences of a plain text, as poimija's stages see them. */
export function splitSentences(text: string): string[] {
  return sentencesOfDoc(documentFromTree(text, parseText(text))).map((s) => s.text);
}

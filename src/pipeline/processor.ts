/**
 * Ready-made unified processors: a parser for the format, the chosen
 * extractor plugins and the finish step. Processors are frozen, so the
 * defaults can be shared: they hold configuration, never document data.
 */
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified, type PluggableList, type Processor } from "unified";
import { VFile } from "vfile";
import type { Extraction } from "../schema/index.js";
import { EXTRACTORS, poimijaFinish, type ExtractorName } from "./plugins.js";
import { normaliseReferenceDate, type ExtractOptions } from "./state.js";
import { poimijaParseText } from "./text-parser.js";
import { assertTimeZone } from "../time/zone.js";
import { PoimijaError } from "../errors.js";

export interface ProcessorOptions {
  /** Which built-in extractors to run (default: all). */
  extractors?: readonly ExtractorName[];
  /** Further unified plugins to run after the built-in extractors, before the finish step. */
  plugins?: PluggableList;
}

export const ALL_EXTRACTORS: readonly ExtractorName[] = ["times", "events", "bodies", "people", "decisions"];

export function createProcessor(format: "text" | "markdown", options: ProcessorOptions = {}): Processor<Root, Root, Root> {
  const base = format === "markdown" ? unified().use(remarkParse) : unified().use(poimijaParseText);
  const extractors = options.extractors ?? ALL_EXTRACTORS;
  return (base as unknown as Processor<Root, Root, Root>)
    .use(extractors.map((name) => EXTRACTORS[name]))
    .use(options.plugins ?? [])
    .use(poimijaFinish)
    .freeze() as unknown as Processor<Root, Root, Root>;
}

// numbered lines are no sign: "16. maaliskuuta" at a line start is a Finnish date
// a link's text holds no [: each [ is then read up to the next one, not to the line's end (quadratic on "[[[…")
const MARKDOWN_SIGNS = /^#{1,6}\s|^```|\[[^\]\n[]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^\|.*\|\s*$/m;

/** `auto`: markdown when the text uses markdown's own signs, else plain text. */
export function detectFormat(text: string): "text" | "markdown" {
  return MARKDOWN_SIGNS.test(text) ? "markdown" : "text";
}

const DEFAULT = { text: createProcessor("text"), markdown: createProcessor("markdown") };

/** Runs a processor over one text and returns its Extraction. */
export function runProcessor(text: string, options: ExtractOptions = {}, processors: Record<"text" | "markdown", Processor<Root, Root, Root>> = DEFAULT): Extraction {
  if (typeof text !== "string") throw new PoimijaError("invalid_text", `text must be a string, got ${text === null ? "null" : typeof text}`);
  const format = !options.format || options.format === "auto" ? detectFormat(text) : options.format;
  if (format !== "text" && format !== "markdown") throw new PoimijaError("invalid_format", `format must be auto, text or markdown, got ${JSON.stringify(options.format)}`);
  if (options.timeZone) assertTimeZone(options.timeZone);
  const normalised: ExtractOptions = { ...options, referenceDate: normaliseReferenceDate(options.referenceDate) };
  const processor = processors[format];
  const file = new VFile({ value: text, data: { poimijaOptions: normalised } });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return file.data.extraction!;
}

export function processorsFor(options: ProcessorOptions): Record<"text" | "markdown", Processor<Root, Root, Root>> {
  return { text: createProcessor("text", options), markdown: createProcessor("markdown", options) };
}

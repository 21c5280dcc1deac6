/**
 * Ready-made unified processors: a parser for the format, the document
 * builder, the chosen extractor plugins, any plugins of the caller's, and
 * the finish step with the JSON compiler. Processors are frozen, so the
 * defaults can be shared: they hold configuration, never document data.
 */
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified, type PluggableList, type Processor } from "unified";
import { VFile } from "vfile";
import { PoimijaError } from "../errors.js";
import type { Extraction } from "../schema/index.js";
import { EXTRACTOR_NAMES, type ExtractOptions, type ExtractorName } from "../schema/options.js";
import { detectFormat, type ConcreteFormat } from "../text/parse.js";
import { poimijaParseText } from "../text/text-parser.js";
import { assertLength, resolveOptions } from "./options.js";
import { EXTRACTORS, poimijaDocument, poimijaFinish } from "./plugins.js";

export interface ProcessorOptions {
  /** Which built-in extractors to run (default: all). */
  extractors?: readonly ExtractorName[];
  /** Further unified plugins to run after the built-in extractors, before the finish step. */
  plugins?: PluggableList;
}

export type PoimijaProcessor = Processor<Root, Root, Root, Root, string>;

export function createProcessor(format: ConcreteFormat, options: ProcessorOptions = {}): PoimijaProcessor {
  const base = format === "markdown" ? unified().use(remarkParse) : unified().use(poimijaParseText);
  const extractors = options.extractors ?? EXTRACTOR_NAMES;
  return (base as unknown as PoimijaProcessor)
    .use(poimijaDocument)
    .use(extractors.map((name) => EXTRACTORS[name]))
    .use(options.plugins ?? [])
    .use(poimijaFinish)
    .freeze() as unknown as PoimijaProcessor;
}

const DEFAULT: Record<ConcreteFormat, PoimijaProcessor> = { text: createProcessor("text"), markdown: createProcessor("markdown") };

/** Runs the processor of the input's format over one text and returns its Extraction. */
export function runProcessor(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== "string") throw new PoimijaError("invalid_text", `text must be a string, got ${text === null ? "null" : typeof text}`);
  const resolved = resolveOptions(options);
  assertLength(text, resolved);
  const format = resolved.format === "auto" ? detectFormat(text) : resolved.format;
  if (format === "html") throw new PoimijaError("invalid_format", "format html is not available in this build");
  const processor = DEFAULT[format];
  const file = new VFile({ value: text, data: { poimijaOptions: options } });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return file.data.extraction!;
}

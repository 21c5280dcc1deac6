/**
 * Ready-made unified processors: a parser for the format, the document
 * builder, the chosen extractor plugins, any plugins of the caller's, and
 * the finish step with the JSON compiler. Processors are frozen, so the
 * defaults can be shared: they hold configuration, never document data.
 */
import remarkParse from "remark-parse";
import { unified, type Plugin, type PluggableList, type Processor } from "unified";
import { VFile } from "vfile";
import { PoimijaError } from "../errors.js";
import type { Extraction } from "../schema/index.js";
import { EXTRACTOR_NAMES, type ExtractOptions, type ExtractorName } from "../schema/options.js";
import { htmlToHast } from "../text/html.js";
import { detectFormat, type ConcreteFormat } from "../text/parse.js";
import { poimijaParseText } from "../text/text-parser.js";
import { assertLength, resolveOptions } from "./options.js";
import { EXTRACTORS, poimijaDocument, poimijaFinish, type Tree } from "./plugins.js";

export interface ProcessorOptions {
  /** Which built-in extractors to run (default: all). */
  extractors?: readonly ExtractorName[];
  /** Further unified plugins to run after the built-in extractors, before the finish step. */
  plugins?: PluggableList;
}

export type PoimijaProcessor = Processor<Tree, Tree, Tree, Tree, string>;

/** unified parser plugin: an HTML page into hast with positions, without recursion (src/text/html.ts says why not rehype-parse's tree builder). */
export const poimijaParseHtml: Plugin<[], string, Tree> = function () {
  this.parser = (doc: string) => htmlToHast(doc);
};

const PARSERS: Record<ConcreteFormat, Plugin<[], string, Tree>> = {
  text: poimijaParseText as Plugin<[], string, Tree>,
  markdown: remarkParse as Plugin<[], string, Tree>,
  html: poimijaParseHtml,
};

export function createProcessor(format: ConcreteFormat, options: ProcessorOptions = {}): PoimijaProcessor {
  const extractors = options.extractors ?? EXTRACTOR_NAMES;
  // one plugin list: unified's overloads of use() do not type a chain over a union of trees
  const plugins: PluggableList = [PARSERS[format], poimijaDocument, ...extractors.map((name) => EXTRACTORS[name]), ...(options.plugins ?? []), poimijaFinish];
  return unified().use(plugins).freeze() as unknown as PoimijaProcessor;
}

const DEFAULT: Record<ConcreteFormat, PoimijaProcessor> = { text: createProcessor("text"), markdown: createProcessor("markdown"), html: createProcessor("html") };

/** Runs the processor of the input's format over one text and returns its Extraction. */
export function runProcessor(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== "string") throw new PoimijaError("invalid_text", `text must be a string, got ${text === null ? "null" : typeof text}`);
  const resolved = resolveOptions(options);
  assertLength(text, resolved);
  const format = resolved.format === "auto" ? detectFormat(text) : resolved.format;
  const processor = DEFAULT[format];
  const file = new VFile({ value: text, data: { poimijaOptions: options, poimijaResolvedOptions: resolved } });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return file.data.extraction!;
}

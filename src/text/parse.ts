/**
 * One parser per format, each giving a ParsedInput (src/text/model.ts):
 * plain text by poimija's own parser, markdown by remark-parse. The unified
 * processors in src/pipeline run the same parsers as plugins; this is the
 * shape they share.
 */
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { blocksFromMdast } from "./mdast.js";
import type { ParsedInput } from "./model.js";
import { parseText } from "./text-parser.js";

export type ConcreteFormat = "text" | "markdown";

/** remark's parser alone, frozen: it holds configuration, never a document. */
const markdownParser = unified().use(remarkParse).freeze();

/** The mdast tree of a text or markdown input. */
export function mdastOf(text: string, format: ConcreteFormat): Root {
  return format === "markdown" ? markdownParser.parse(text) : parseText(text);
}

/** Text and markdown keep the input as their clean text. */
export function parsedFromMdast(text: string, tree: Root): ParsedInput {
  return { text, blocks: blocksFromMdast(text, tree) };
}

// numbered lines are no sign: "16. maaliskuuta" at a line start is a Finnish date
const MARKDOWN_SIGNS = /^#{1,6}\s|^```|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^\|.*\|\s*$/m;

/** `auto`: markdown when the text uses markdown's own signs, else plain text. */
export function detectFormat(text: string): ConcreteFormat {
  return MARKDOWN_SIGNS.test(text) ? "markdown" : "text";
}

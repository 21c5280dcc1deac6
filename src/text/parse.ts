/**
 * One parser per format, each giving a ParsedInput (src/text/model.ts):
 * plain text by poimija's own parser, markdown by remark-parse, HTML by
 * parse5 into hast (src/text/html.ts). Page chrome goes in every format:
 * HTML loses it by markup and by words, text and markdown by the words and
 * layout the shared filter reads (src/text/chrome.ts).
 */
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { dropChrome } from "./chrome.js";
import { htmlToHast, looksLikeHtml, parsedFromHast } from "./html.js";
import { blocksFromMdast } from "./mdast.js";
import type { ParsedInput } from "./model.js";
import { parseText } from "./text-parser.js";

export type ConcreteFormat = "text" | "markdown" | "html";

/** remark's parser alone, frozen: it holds configuration, never a document. */
const markdownParser = unified().use(remarkParse).freeze();

/** The tree of an input: mdast for text and markdown, hast for HTML. */
export function treeOf(text: string, format: ConcreteFormat): MdastRoot | HastRoot {
  if (format === "html") return htmlToHast(text);
  return format === "markdown" ? markdownParser.parse(text) : parseText(text);
}

/** Text and markdown keep the input as their clean text, less the blocks that are page chrome. */
export function parsedFromMdast(text: string, tree: MdastRoot): ParsedInput {
  return { text, blocks: dropChrome(text, blocksFromMdast(text, tree)) };
}

/** A hast tree (an `element` or a doctype at its top), as against an mdast one. */
export function isHast(tree: MdastRoot | HastRoot): tree is HastRoot {
  return tree.children.some((c) => c.type === "element" || c.type === "doctype");
}

/** The parsed input of a tree of either kind; `text` is the input the tree was parsed from. */
export function parsedFromTree(text: string, tree: MdastRoot | HastRoot): ParsedInput {
  return isHast(tree) ? parsedFromHast(tree) : parsedFromMdast(text, tree as MdastRoot);
}

// numbered lines are no sign: "16. maaliskuuta" at a line start is a Finnish date; a link's text
// holds no `[`, so a run of `[` is read one bracket at a time, not each to the line's end
const MARKDOWN_SIGNS = /^#{1,6}\s|^```|\[[^\]\n[]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^\|.*\|\s*$/m;

/** `auto`: HTML when the input is a page or has block tags, markdown when it uses markdown's own signs, else plain text. */
export function detectFormat(text: string): ConcreteFormat {
  if (looksLikeHtml(text)) return "html";
  return MARKDOWN_SIGNS.test(text) ? "markdown" : "text";
}

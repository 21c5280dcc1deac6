/**
 * HTML pages into poimija's parsed input: a clean text of the page's content
 * blocks (headings, paragraphs, list items, table rows, label/value fields),
 * each block keeping the offsets of its element in the HTML source.
 *
 * parse5 (the parser under rehype-parse) builds the tree, and the tree is
 * turned into hast here rather than by hast-util-from-parse5: that one
 * recurses once per element and overflows the stack on a few thousand nested
 * elements, which scraped and hostile pages both contain. Every walk in this
 * file is iterative, over an explicit stack, and visits each node once.
 *
 * Chrome is removed in two steps: on the tree by markup (landmarks, ARIA
 * roles, class/id tokens, link-only lists), then on the blocks by the
 * text-level filter every format shares (chrome.ts).
 */
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { PoimijaError } from "../errors.js";
import {
  BLOCK_ELEMENTS,
  CHROME_CLASS_TOKENS,
  CHROME_ELEMENTS,
  CHROME_ROLES,
  NON_TEXT_ELEMENTS,
  PAGE_LANDMARK_ELEMENTS,
} from "../lexicon/chrome.js";
import { dropChrome } from "./chrome.js";
import type { BlockDraft, BlockKind, ParsedInput, Range } from "./model.js";

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Parent = DefaultTreeAdapterTypes.ParentNode;

/**
 * Parses HTML into a hast tree with positions, without recursion. Attributes
 * keep their HTML names except `class`, which becomes hast's `className` list.
 * Comments, doctypes and template contents are left out.
 */
export function htmlToHast(html: string): Root {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const root: Root = { type: "root", children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(html) } };
  const stack: Array<[P5Node, Array<RootContent | ElementContent>]> = [];
  const pushChildren = (parent: P5Parent, into: Array<RootContent | ElementContent>) => {
    const children = parent.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], into]);
  };
  pushChildren(document, root.children);
  while (stack.length) {
    const [node, into] = stack.pop()!;
    if (node.nodeName === "#text") {
      const text = node as DefaultTreeAdapterTypes.TextNode;
      into.push({ type: "text", value: text.value, position: positionOf(text.sourceCodeLocation) });
    } else if ("tagName" in node) {
      const element: Element = {
        type: "element",
        tagName: node.tagName,
        properties: propertiesOf(node.attrs),
        children: [],
        position: positionOf(node.sourceCodeLocation),
      };
      into.push(element);
      pushChildren(node, element.children);
    }
  }
  return root;
}

function propertiesOf(attrs: DefaultTreeAdapterTypes.Element["attrs"]): Properties {
  const properties: Properties = {};
  for (const { name, value } of attrs) {
    if (name === "class") properties.className = value.split(/\s+/).filter(Boolean);
    else properties[name] = value;
  }
  return properties;
}

function positionOf(location: DefaultTreeAdapterTypes.TextNode["sourceCodeLocation"]) {
  if (!location) return undefined;
  return {
    start: { line: location.startLine, column: location.startCol, offset: location.startOffset },
    end: { line: location.endLine, column: location.endCol, offset: location.endOffset },
  };
}

function endPoint(text: string) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

export interface ParseHtmlOptions {
  /** Keep the whole page, chrome included: for pages already cut to their content, and for comparing extractors. */
  keepChrome?: boolean;
}

/** Parses an HTML page into its clean text and content blocks, page chrome removed. */
export function parseHtml(html: string, options: ParseHtmlOptions = {}): ParsedInput {
  if (typeof html !== "string") throw new PoimijaError("invalid_text", `parseHtml takes a string, got ${typeof html}`);
  return parsedFromHast(htmlToHast(html), options);
}

/** The clean text and content blocks of a hast tree with positions (htmlToHast's, or rehype-parse's in a chain of one's own). */
export function parsedFromHast(tree: Root, options: ParseHtmlOptions = {}): ParsedInput {
  const keepChrome = options.keepChrome === true;
  const root = keepChrome ? tree : contentRoot(tree);
  let blocks = contentBlocks(root, keepChrome);
  // a `<main>` left empty by a page that fills it with scripts: the page's other text is all there is
  if (!blocks.length && root !== tree) blocks = contentBlocks(tree, keepChrome);
  const assembled = assemble(blocks);
  if (keepChrome) return assembled;
  const kept = dropChrome(assembled.text, assembled.blocks);
  if (kept.length === assembled.blocks.length) return assembled;
  const indexOf = new Map(assembled.blocks.map((draft, i) => [draft, i]));
  return assemble(kept.map((draft) => blocks[indexOf.get(draft)!]));
}

/** A content block before it has a place in the clean text. */
interface BlockText {
  kind: BlockKind;
  text: string;
  source: Range;
  depth?: number;
  /** The list or table a list item or row belongs to. */
  group?: number;
}

/**
 * Blocks joined by a blank line, as the text and markdown formats separate
 * them; the items of one list and the rows of one table stand on
 * consecutive lines, as they do in a text or markdown list.
 */
function assemble(blocks: BlockText[]): ParsedInput {
  const parts: string[] = [];
  const drafts: BlockDraft[] = [];
  let offset = 0;
  let previous: BlockText | undefined;
  for (const block of blocks) {
    if (previous) {
      const sameGroup = block.group !== undefined && block.group === previous.group;
      parts.push(sameGroup ? "\n" : "\n\n");
      offset += sameGroup ? 1 : 2;
    }
    previous = block;
    parts.push(block.text);
    const draft: BlockDraft = { kind: block.kind, start: offset, end: offset + block.text.length, source: block.source };
    if (block.depth !== undefined) draft.depth = block.depth;
    drafts.push(draft);
    offset += block.text.length;
  }
  return { text: parts.join(""), blocks: drafts };
}

/**
 * Cells of a table row are joined by a tab: it is white space to the time
 * parser, so a date cell and a time cell still read as one time
 * (`ti 6.10.` + `klo 18` → `ti 6.10.\tklo 18`), yet names and clauses do
 * not run from one cell into the next as they would over a plain space.
 */
export const CELL_SEPARATOR = "\t";

const HEADING = /^h([1-6])$/;
/** `Aika: ti 6.10. klo 18`: a short label, a colon, a value. */
const FIELD_LINE = /^[\p{Lu}][\p{L}\d ./()-]{0,40}:[ \t]+\S/u;
const FIELD_MAX = 200;
const WHITE_SPACE_RUN = /[\s\u00a0]+/g;
/** Soft hyphens and zero-width characters, which split words for no reader. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");
/** Lists whose items are links and nothing else, this short, are menus. */
const MENU_ITEM_MAX = 80;
const MENU_LINK_SHARE = 0.8;

/** The element whose content the page is about: `<main>` (or role=main), a lone `<article>`, else `<body>`. */
function contentRoot(root: Root): Element | Root {
  let body: Element | undefined;
  let main: Element | undefined;
  const articles: Element[] = [];
  const stack: Array<Root | Element> = [root];
  while (stack.length && !main) {
    const node = stack.pop()!;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child.type !== "element") continue;
      if (child.tagName === "main" || child.properties.role === "main") main ??= child;
      else if (child.tagName === "article") articles.push(child);
      else if (child.tagName === "body") body = child;
      stack.push(child);
    }
  }
  return main ?? (articles.length === 1 ? articles[0] : undefined) ?? body ?? root;
}

/**
 * Elements that hold the page's main text (a `<main>`, an `<article>`, an
 * `<h1>`) and every ancestor of one: a class token like `has-sidebar` on a
 * layout wrapper must not remove the article inside it.
 */
function contentHolders(root: Element | Root): Set<Element> {
  const holders = new Set<Element>();
  const parents = new Map<Element, Element>();
  const stack: Array<Element | Root> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (node.type === "element") parents.set(child, node);
      if (child.tagName === "main" || child.tagName === "article" || child.tagName === "h1") {
        // each element joins the set once, so the climbs together stay linear
        for (let up: Element | undefined = child; up && !holders.has(up); up = parents.get(up)) holders.add(up);
      }
      stack.push(child);
    }
  }
  return holders;
}

const OWNER_KINDS: Readonly<Record<string, BlockKind>> = { li: "listItem", tr: "tableRow", dd: "field" };
/** Elements that give their block its source range; they take their kind from an enclosing list item or field. */
const PARAGRAPH_OWNERS: ReadonlySet<string> = new Set(["p", "pre", "blockquote", "figcaption", "caption", "address", "summary", "legend", "dt"]);

/** Elements whose items or rows stand on consecutive lines. */
const GROUPS: ReadonlySet<string> = new Set(["ul", "ol", "table"]);

interface Owner {
  element: Element;
  kind: BlockKind;
  depth?: number;
}

interface Exit {
  type: "exit";
  element: Element;
}

/** The content blocks of a page in document order, chrome elements left out. */
function contentBlocks(root: Element | Root, keepChrome: boolean): BlockText[] {
  const holders = keepChrome ? new Set<Element>() : contentHolders(root);
  const blocks: BlockText[] = [];
  const owners: Owner[] = [];
  const parts: string[] = [];
  let last = ""; // last character written to the run
  let spacePending = false;
  let runStart = -1;
  let runEnd = -1;
  // inside a `<main>` or `<article>`, headers and footers are the article's own
  let inArticle = root.type === "element" && (root.tagName === "main" || root.tagName === "article" || root.properties.role === "main") ? 1 : 0;
  let inRow = 0;
  let inPre = 0;
  let inList = 0;
  let inLink = 0;
  let links = 0; // links with text in the run
  let linked = 0; // characters of the run inside links
  let label: BlockText | undefined; // a `<dt>` waiting for its `<dd>`
  const groups: number[] = []; // the lists and tables around the walk, innermost last
  let groupCount = 0;

  const write = (s: string) => {
    parts.push(s);
    last = s[s.length - 1];
  };
  const appendText = (value: string, start: number, end: number) => {
    let s = INVISIBLE.test(value) ? value.replace(INVISIBLE_ALL, "") : value;
    s = inPre ? s.replace(/\r\n?/g, "\n").replace(/[^\S\n]+/g, " ") : s.replace(WHITE_SPACE_RUN, " ");
    if (s.startsWith(" ")) {
      spacePending = true;
      s = s.slice(1);
    }
    const trailing = s.endsWith(" ");
    if (trailing) s = s.slice(0, -1);
    if (!s) return;
    if (spacePending && parts.length && last !== "\n" && last !== CELL_SEPARATOR) write(" ");
    write(s);
    if (inLink) linked += s.length;
    spacePending = trailing;
    if (runStart < 0) runStart = start;
    runEnd = end;
  };
  /** A hard break inside the run: a line break, or the separator between table cells. */
  const appendBreak = (mark: string) => {
    spacePending = false;
    if (parts.length && last !== mark) write(mark);
  };
  const emit = (block: BlockText) => {
    if (label && block !== label) {
      blocks.push(label);
      label = undefined;
    }
    blocks.push(block);
  };
  const flushRun = () => {
    const text = parts.join("").trimEnd();
    const from = runStart;
    const to = runEnd;
    const linkList = !keepChrome && links >= 2 && linked >= MENU_LINK_SHARE * text.length && (links >= 3 || text.includes("\n"));
    parts.length = 0;
    last = "";
    spacePending = false;
    runStart = runEnd = -1;
    links = linked = 0;
    if (!text || linkList) return;
    const owner = owners[owners.length - 1];
    const source = owner ? (rangeOf(owner.element) ?? { start: from, end: to }) : { start: from, end: to };
    if (owner?.element.tagName === "dt") {
      if (label) blocks.push(label);
      label = { kind: "paragraph", text, source };
      return;
    }
    if (owner?.kind === "field" && label) {
      const joined = /:$/.test(label.text) ? `${label.text} ${text}` : `${label.text}: ${text}`;
      blocks.push({ kind: "field", text: joined, source: { start: label.source.start, end: source.end } });
      label = undefined;
      return;
    }
    let kind: BlockKind = owner?.kind ?? "paragraph";
    if (kind === "field") kind = "paragraph";
    if (kind === "paragraph" && text.length <= FIELD_MAX && !text.includes("\n") && FIELD_LINE.test(text)) kind = "field";
    const block: BlockText = { kind, text, source };
    if (owner?.depth !== undefined) block.depth = owner.depth;
    if ((kind === "listItem" || kind === "tableRow") && groups.length) block.group = groups[groups.length - 1];
    emit(block);
  };

  const isChrome = (element: Element): boolean => {
    const tag = element.tagName;
    if (NON_TEXT_ELEMENTS.has(tag)) return true;
    const p = element.properties;
    if (p.hidden !== undefined || p["aria-hidden"] === "true") return true;
    if (typeof p.style === "string" && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style)) return true;
    if (keepChrome || holders.has(element)) return false;
    if (CHROME_ELEMENTS.has(tag)) return true;
    if (PAGE_LANDMARK_ELEMENTS.has(tag) && inArticle === 0) return true;
    if (typeof p.role === "string" && CHROME_ROLES.has(p.role.toLowerCase())) return true;
    if (hasChromeToken(p.className) || hasChromeToken(p.id)) return true;
    return (tag === "ul" || tag === "ol") && inList === 0 && isMenu(element);
  };

  const stack: Array<ElementContent | RootContent | Exit> = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const at = node.position;
      appendText(node.value, at?.start.offset ?? 0, at?.end.offset ?? 0);
      continue;
    }
    if (node.type === "exit") {
      const tag = node.element.tagName;
      if (tag === "a") {
        inLink--;
        continue;
      }
      if (tag === "article" || tag === "main") inArticle--;
      else if (tag === "ul" || tag === "ol") inList--;
      else if (tag === "pre") inPre--;
      if (GROUPS.has(tag)) groups.pop();
      if (tag === "tr") inRow--;
      if (inRow > 0) {
        spacePending = true;
        continue;
      }
      flushRun();
      if (owners[owners.length - 1]?.element === node.element) owners.pop();
      if (tag === "dl" && label) emit(label);
      continue;
    }
    if (node.type !== "element") continue;
    const tag = node.tagName;
    if (tag === "br") {
      if (inRow) spacePending = true;
      else appendBreak("\n");
      continue;
    }
    const block = BLOCK_ELEMENTS.has(tag) && !(tag === "tr" && !inRow && isLayoutRow(node));
    if (isChrome(node)) {
      if (block && !inRow) flushRun();
      else if (block) spacePending = true;
      continue;
    }
    if (tag === "a") {
      inLink++;
      links++;
      stack.push({ type: "exit", element: node });
    }
    if (block) {
      if (inRow) {
        if (tag === "td" || tag === "th") appendBreak(CELL_SEPARATOR);
        else spacePending = true;
      } else {
        flushRun();
        const owner = ownerOf(node, owners[owners.length - 1]);
        if (owner) owners.push(owner);
      }
      if (tag === "article" || tag === "main") inArticle++;
      else if (tag === "ul" || tag === "ol") inList++;
      else if (tag === "pre") inPre++;
      if (GROUPS.has(tag)) groups.push(++groupCount);
      if (tag === "tr" && block) inRow++;
      stack.push({ type: "exit", element: node });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  flushRun();
  if (label) blocks.push(label);
  return blocks;
}

/** The owner an element makes of its block, when it gives blocks a kind or a source range. */
function ownerOf(element: Element, outer: Owner | undefined): Owner | undefined {
  const tag = element.tagName;
  const heading = HEADING.exec(tag);
  if (heading) return { element, kind: "heading", depth: Number(heading[1]) };
  const kind = OWNER_KINDS[tag];
  if (kind) return { element, kind };
  if (PARAGRAPH_OWNERS.has(tag)) return { element, kind: outer?.kind === "listItem" || outer?.kind === "field" ? outer.kind : "paragraph" };
  return undefined;
}

function rangeOf(element: Element): Range | undefined {
  const at = element.position;
  if (at?.start.offset === undefined || at.end.offset === undefined) return undefined;
  return { start: at.start.offset, end: at.end.offset };
}

function hasChromeToken(value: Properties[string]): boolean {
  if (value === undefined || value === null) return false;
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    for (const token of String(v).toLowerCase().split(/[\s_-]+/)) if (CHROME_CLASS_TOKENS.has(token)) return true;
  }
  return false;
}

/**
 * A list of links and little else, each item short: a menu, a tag list or a
 * teaser list, whatever its markup says.
 */
function isMenu(list: Element): boolean {
  let items = 0;
  let linked = 0;
  let total = 0;
  const stack: Array<[ElementContent, boolean]> = [];
  for (const child of list.children) stack.push([child, false]);
  while (stack.length) {
    const [node, inLink] = stack.pop()!;
    if (node.type === "text") {
      const n = node.value.replace(WHITE_SPACE_RUN, "").length;
      total += n;
      if (inLink) linked += n;
    } else if (node.type === "element") {
      if (node.tagName === "li") items++;
      for (const child of node.children) stack.push([child, inLink || node.tagName === "a"]);
    }
  }
  return items >= 2 && total > 0 && linked / total >= MENU_LINK_SHARE && total / items <= MENU_ITEM_MAX;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<!doctype\s+html)/i;
const BLOCK_CLOSING_TAG = /<\/(?:p|div|h[1-6]|li|ul|ol|table|tr|td|section|article|main|body|dd|dt|blockquote)\s*>/i;
/** How far auto detection reads: the tags of a page show at its start. */
const DETECTION_PREFIX = 65536;
const DETECTION_TAGS = 3;

/** Whether a text is an HTML page or fragment: a doctype or `<html>` first, or several closed block tags. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  // a global pattern per call: a shared one would carry its lastIndex from call to call
  const closing = new RegExp(BLOCK_CLOSING_TAG.source, "gi");
  const head = text.slice(0, DETECTION_PREFIX);
  let found = 0;
  while (closing.exec(head)) if (++found >= DETECTION_TAGS) return true;
  return false;
}

/** Elements a data table's cell does not hold: a row with one of them lays out the page. */
const LAYOUT_CONTENT: ReadonlySet<string> = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "section", "article", "main", "form", "pre", "nav"]);

/**
 * A table row that lays out the page (a cell holding paragraphs, lists or a
 * table) rather than a row of data. The search stops at the first such
 * element; elements nested inside one are never searched from an outer row.
 */
function isLayoutRow(row: Element): boolean {
  const stack: ElementContent[] = [...row.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== "element") continue;
    if (LAYOUT_CONTENT.has(node.tagName)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

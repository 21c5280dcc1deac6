/**
 * A unified parser plugin for plain text (scraped news, minutes, programmes).
 *
 * It produces the same mdast shape remark-parse produces for markdown —
 * headings, paragraphs with `break`s, lists of list items — with positions,
 * but reads text the way such pages are written: `16. maaliskuuta` at a line
 * start is a date, not an ordered list; `•`, `–` and `-` bullets are list
 * items; a lone short line without closing punctuation is a heading. It is a
 * single pass over the lines, far cheaper than micromark.
 */
import type { Break, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { Plugin } from "unified";
import type { Point, Position } from "unist";
import { breaksOnlyAtLf, endsInPunctuation, INLINE_SPACE, isInlineSpace, nextLineBreak } from "./chars.js";

const BULLET = new RegExp(`^${INLINE_SPACE}*([•·▪●◦*\\-–—])${INLINE_SPACE}+`);
const HEADING_MAX = 140;

interface RawLine {
  start: number;
  end: number;
  /** 1-based line number. */
  line: number;
}

function point(line: RawLine, offset: number): Point {
  return { line: line.line, column: offset - line.start + 1, offset };
}

function position(first: RawLine, startOffset: number, last: RawLine, endOffset: number): Position {
  return { start: point(first, startOffset), end: point(last, endOffset) };
}

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  let n = 1;
  const onlyLf = breaksOnlyAtLf(text);
  for (;;) {
    const end = nextLineBreak(text, start, onlyLf);
    lines.push({ start, end, line: n++ });
    if (end === text.length) return lines;
    // CR LF is one line break
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** Offsets of the first and last non-space characters of a line (end exclusive). */
function trimmed(text: string, line: RawLine): [number, number] {
  let a = line.start;
  let b = line.end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** White space within a line, a CR left before a line break, or a byte-order mark. */
function isSpace(c: number): boolean {
  return isInlineSpace(c) || c === 13 || c === 0xfeff;
}

function textNode(text: string, line: RawLine, a: number, b: number): Text {
  return { type: "text", value: text.slice(a, b), position: position(line, a, line, b) };
}

function paragraph(text: string, lines: RawLine[], from = 0): Paragraph {
  const children: PhrasingContent[] = [];
  let first: [number, number] | null = null;
  let last: [number, number] = [0, 0];
  let lastLine = lines[lines.length - 1];
  lines.forEach((line, i) => {
    const [a0, b] = trimmed(text, line);
    const a = i === 0 ? Math.max(a0, from) : a0;
    if (children.length) {
      const brk: Break = { type: "break", position: position(lastLine, last[1], line, a) };
      children.push(brk);
    }
    children.push(textNode(text, line, a, b));
    if (!first) first = [a, b];
    last = [a, b];
    lastLine = line;
  });
  const f = first ?? [lines[0].start, lines[0].start];
  return { type: "paragraph", children, position: position(lines[0], f[0], lastLine, last[1]) };
}

/** Parses plain text into an mdast Root with positions. */
export function parseText(text: string): Root {
  const lines = splitLines(text);
  const children: RootContent[] = [];
  let block: RawLine[] = [];
  let list: List | null = null;

  const flushBlock = () => {
    if (!block.length) return;
    const [a, b] = trimmed(text, block[0]);
    const value = text.slice(a, b);
    const isHeading = block.length === 1 && b - a <= HEADING_MAX && !endsInPunctuation(value);
    if (isHeading) {
      const heading: Heading = {
        type: "heading",
        depth: children.length === 0 ? 1 : 2,
        children: [textNode(text, block[0], a, b)],
        position: position(block[0], a, block[0], b),
      };
      children.push(heading);
    } else {
      children.push(paragraph(text, block));
    }
    block = [];
  };
  const closeList = () => {
    if (list) children.push(list);
    list = null;
  };

  for (const line of lines) {
    const [a, b] = trimmed(text, line);
    if (a === b) {
      flushBlock();
      closeList();
      continue;
    }
    const bullet = BULLET.exec(text.slice(line.start, b));
    if (bullet) {
      flushBlock();
      const contentStart = line.start + bullet[0].length;
      const para = paragraph(text, [line], contentStart);
      const item: ListItem = {
        type: "listItem",
        spread: false,
        checked: null,
        children: [para],
        position: position(line, a, line, b),
      };
      if (!list) list = { type: "list", ordered: false, spread: false, start: null, children: [], position: item.position };
      list.children.push(item);
      list.position = { start: list.position!.start, end: item.position!.end };
      continue;
    }
    closeList();
    block.push(line);
  }
  flushBlock();
  closeList();
  const last = lines[lines.length - 1];
  return {
    type: "root",
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point(last, text.length) },
  };
}

/** unified plugin: parse plain text into mdast. */
export const poimijaParseText: Plugin<[], string, Root> = function () {
  this.parser = (doc: string) => parseText(doc);
};

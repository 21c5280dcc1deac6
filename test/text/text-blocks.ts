/**
 * Blocks of a plain text as the current text parser cuts it (headings,
 * paragraphs, list items), for running the text-level chrome filter on
 * plain-text pages before the pipeline builds its blocks itself.
 */
import type { Nodes } from "mdast";
import { parseText } from "../../src/text/text-parser.js";
import { dropChrome } from "../../src/text/chrome.js";
import type { BlockDraft } from "../../src/text/model.js";

export function textBlocks(text: string): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  const visit = (node: Nodes) => {
    const kind = node.type === "heading" ? "heading" : node.type === "paragraph" ? "paragraph" : node.type === "listItem" ? "listItem" : undefined;
    if (kind && node.position) {
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      blocks.push({ kind, start, end, source: { start, end } });
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseText(text));
  return blocks;
}

/** The text with its chrome blocks blanked out by spaces: offsets stay, entities in chrome go. */
export function blankChrome(text: string): string {
  const blocks = textBlocks(text);
  const kept = new Set(dropChrome(text, blocks));
  let out = "";
  let at = 0;
  for (const b of blocks) {
    if (kept.has(b)) continue;
    out += text.slice(at, b.start) + text.slice(b.start, b.end).replace(/[^\n]/g, " ");
    at = b.end;
  }
  return out + text.slice(at);
}

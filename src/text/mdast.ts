/**
 * Blocks of an mdast tree, for the text parser's and remark-parse's trees
 * alike: headings, paragraphs (in a list item: list items), table rows.
 * The walk keeps its own stack: markdown nests block quotes and lists to any
 * depth, and a recursive walk would overflow the call stack on `> > > …`.
 */
import type { Nodes, Root } from "mdast";
import type { BlockDraft, BlockKind } from "./model.js";

/** A one-line paragraph that is a label and its value (`Aika: ti 6.10. klo 10`). */
const FIELD = /^[\p{Lu}][\p{L}\d ./-]{0,40}:[ \t]+\S/u;

export function blocksFromMdast(text: string, tree: Root): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  // [node, inside a list item]; children are pushed in reverse so they come off in order
  const stack: [Nodes, boolean][] = [[tree, false]];
  while (stack.length) {
    const [node, inListItem] = stack.pop()!;
    const kind = blockKind(node, inListItem);
    if (kind && node.position) {
      const start = node.position.start.offset ?? 0;
      const end = node.position.end.offset ?? start;
      // the text parser takes a lone short line for a heading; a label and its value is a field (a `#` heading stays one)
      const fieldLike = kind === "paragraph" || (kind === "heading" && text.charCodeAt(start) !== 35);
      const block: BlockDraft = { kind: fieldLike && isField(text, start, end) ? "field" : kind, start, end, source: { start, end } };
      if (node.type === "heading") block.depth = node.depth;
      blocks.push(block);
      continue;
    }
    if ("children" in node) {
      const inside = inListItem || node.type === "listItem";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, inside]);
    }
  }
  return blocks;
}

function blockKind(node: Nodes, inListItem: boolean): BlockKind | null {
  switch (node.type) {
    case "heading":
      return "heading";
    case "paragraph":
      return inListItem ? "listItem" : "paragraph";
    case "tableRow":
      return "tableRow";
    default:
      return null;
  }
}

/** How far into a field its colon can stand: FIELD's label is a capital and up to 40 more characters. */
const FIELD_COLON_MAX = 41;

function isField(text: string, start: number, end: number): boolean {
  // the label's characters are no colon, so the first colon is the field's: most paragraphs have none near their start,
  // and the search stops where the label would have to end (a search to the next colon could cross the whole text)
  const limit = Math.min(end, start + FIELD_COLON_MAX + 1);
  let colon = start;
  while (colon < limit && text.charCodeAt(colon) !== 58) colon++;
  if (colon === limit) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return false;
  return FIELD.test(text.slice(start, Math.min(end, start + 60)));
}

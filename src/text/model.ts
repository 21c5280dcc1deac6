/**
 * The shape every input parser produces before the document is built:
 * the clean text the entities index, cut into blocks that know their kind
 * and where they stood in the input. Text and markdown keep the input as
 * their clean text (a block's source range is its text range); HTML builds
 * a clean text from the page's content blocks, and each block keeps the
 * offsets of its element in the HTML source.
 */

/** What a block is in the page's structure. A `field` is a label/value line (`Aika: ti 6.10.`). */
export type BlockKind = "heading" | "paragraph" | "listItem" | "tableRow" | "field";

/** The language of a block, by a cheap word test: Finnish rules run on `fi` only. */
export type Language = "fi" | "sv" | "en";

/** Offsets (UTF-16, end exclusive) into a string. */
export interface Range {
  start: number;
  end: number;
}

export interface BlockDraft extends Range {
  kind: BlockKind;
  /** Where the block's element stood in the input as given (for text and markdown the same as start/end). */
  source: Range;
  /** A heading's level, 1–6, when the input states one. */
  depth?: number;
}

/** A parser's result: the clean text and its blocks in document order, not overlapping. */
export interface ParsedInput {
  text: string;
  blocks: BlockDraft[];
}

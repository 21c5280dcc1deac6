/**
 * The document model extractors read: the source text cut into lines, each
 * line knowing the block it belongs to (heading, paragraph, list item), with
 * offsets into the original input. It is derived from the mdast tree, so it
 * is the same for the text parser and for remark-parse.
 */
import type { Nodes, Root } from "mdast";

export type BlockKind = "heading" | "paragraph" | "listItem" | "tableCell";

export interface Line {
  /** Offset of the first character (after any bullet or heading marker). */
  start: number;
  /** Offset after the last non-space character. */
  end: number;
  text: string;
  /** Index of the block (heading, paragraph, list item) in document order. */
  block: number;
  kind: BlockKind;
  /** Index of this line among all lines. */
  index: number;
}

export interface Doc {
  text: string;
  lines: Line[];
  /** Derived data of this document that several stages share (tokens of a line), filled on demand. */
  cache: Map<string, unknown>;
}

const BLOCKS = new Set(["heading", "paragraph", "tableCell"]);

/** Flattens an mdast tree into lines of source text. */
export function documentFromTree(text: string, tree: Root): Doc {
  const lines: Line[] = [];
  let block = 0;
  // an explicit stack, not recursion: markdown nests block quotes and lists to any depth ("> > > …")
  const stack: Array<[Nodes, boolean]> = [[tree, false]];
  while (stack.length) {
    const [node, inListItem] = stack.pop()!;
    if (BLOCKS.has(node.type) && node.position) {
      const kind: BlockKind = node.type === "heading" ? "heading" : node.type === "tableCell" ? "tableCell" : inListItem ? "listItem" : "paragraph";
      pushLines(text, node.position.start.offset ?? 0, node.position.end.offset ?? 0, block++, kind, lines);
      continue;
    }
    if ("children" in node) {
      // pushed last child first, so that children are visited in document order
      const inItem = inListItem || node.type === "listItem";
      for (let c = node.children.length - 1; c >= 0; c--) stack.push([node.children[c] as Nodes, inItem]);
    }
  }
  return { text, lines, cache: new Map() };
}

function pushLines(text: string, from: number, to: number, block: number, kind: BlockKind, out: Line[]) {
  let start = from;
  while (start <= to) {
    let nl = text.indexOf("\n", start);
    if (nl < 0 || nl > to) nl = to;
    let a = start;
    let b = nl;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // markdown heading markers are part of the heading node's source range
    if (kind === "heading" && a < b && text[a] === "#") {
      while (a < b && text[a] === "#") a++;
      while (a < b && /\s/.test(text[a])) a++;
    }
    if (a < b) out.push({ start: a, end: b, text: text.slice(a, b), block, kind, index: out.length });
    start = nl + 1;
  }
}

/** The line that contains an offset (binary search). */
export function lineAt(doc: Doc, offset: number): Line | undefined {
  const { lines } = doc;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid];
    if (offset < l.start) hi = mid - 1;
    else if (offset > l.end) lo = mid + 1;
    else return l;
  }
  return undefined;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  line: Line;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(["pj", "vpj", "mm", "n", "ns", "esim", "klo", "ks", "yms", "jne", "tms", "puh", "p", "s", "nro", "prof", "dos", "tri", "ma", "ti", "ke", "to", "pe", "la", "su", "ry", "oy", "ab", "kk", "em", "ao", "ko", "eli", "yht", "milj", "mrd", "v", "t"]);

/**
 * Sentences of one line: split at `.`, `!`, `?` followed by space and an
 * upper-case letter or quote, except after Finnish abbreviations and ordinals.
 *
 * compromise's splitter was measured for this (npm run bench): it keeps the
 * same decision clauses whole but runs at about a tenth of remark-parse's
 * speed (0.3–0.4 MB/s against this one's tens of MB/s), and its lexicon and
 * tagger are English (its people() finds about a quarter of the Finnish
 * names, none in base form). It does not earn its cost here.
 */
export function sentencesOf(line: Line): Sentence[] {
  const out: Sentence[] = [];
  const t = line.text;
  let from = 0;
  const re = /[.!?]["”’)]*\s+(?=[A-ZÅÄÖ"”–\-])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    if (m[0][0] === ".") {
      const word = wordBefore(t, m.index, from);
      if (word && (ABBREVIATIONS.has(word.toLowerCase()) || /^\d+$/.test(word) || word.length === 1)) continue;
    }
    const end = m.index + 1;
    out.push(makeSentence(line, from, end));
    from = m.index + m[0].length;
  }
  if (from < t.length) out.push(makeSentence(line, from, t.length));
  return out;
}

/** The word that ends at `end` (letters and digits), scanning back no further than `from`. */
function wordBefore(t: string, end: number, from: number): string {
  let a = end;
  while (a > from && /[\p{L}\d]/u.test(t[a - 1])) a--;
  return t.slice(a, end);
}

function makeSentence(line: Line, a: number, b: number): Sentence {
  return { start: line.start + a, end: line.start + b, text: line.text.slice(a, b), line };
}

/** All sentences of a document, in order. */
export function sentencesOfDoc(doc: Doc): Sentence[] {
  return doc.lines.flatMap(sentencesOf);
}

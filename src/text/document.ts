/**
 * The document model every stage reads. A parser gives the clean text and
 * its blocks (src/text/model.ts); the builder here cuts the blocks into
 * lines, gives each block a language, splits each line into sentences once,
 * and tokenizes a line the first time a stage asks for its tokens. Nothing
 * else in the project splits sentences or decides what white space is.
 *
 * A Doc belongs to one extraction: its memo of word analyses (`lemmas`)
 * lives and dies with it, unless the caller passes a cache of their own
 * that outlives documents.
 */
import type { PoimijaCache } from "../cache.js";
import { Lemmas } from "../morph/fi/lemmas.js";
import { partitionPoint } from "../sorted.js";
import { breaksOnlyAtLf, isWhiteSpace, nextLineBreak } from "./chars.js";
import { blockLanguage } from "./language.js";
import type { BlockDraft, BlockKind, Language, ParsedInput } from "./model.js";
import { isWordCode, tokenize, type FormsLookup, type Token } from "./tokens.js";

export type { BlockKind, Language } from "./model.js";

export interface Block extends BlockDraft {
  /** Index of the block in document order. */
  index: number;
  language: Language;
}

export interface Line {
  /** Offset of the first character (after any bullet or heading marker). */
  start: number;
  /** Offset after the last non-space character. */
  end: number;
  text: string;
  /** Index of the block the line belongs to. */
  block: number;
  kind: BlockKind;
  /** Index of this line among all lines. */
  index: number;
  /** Its sentences, in order, split once when the document is built. */
  sentences: Sentence[];
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  line: Line;
}

export class Doc {
  /** Every block the parser gave, in order, with its language. */
  readonly blocks: readonly Block[];
  /** The lines of the Finnish blocks: other languages' blocks give no entities through the Finnish rules. */
  readonly lines: readonly Line[];
  /** The memo of word analyses that this document's stages share. */
  readonly lemmas: Lemmas;
  readonly #tokens: (Token[] | undefined)[];
  /** How the tokens look their forms up: through the document's memo (or the caller's cache). */
  readonly #formsOf: FormsLookup;
  #sentences: Sentence[] | undefined;

  constructor(
    /** The clean text every span indexes. */
    readonly text: string,
    drafts: readonly BlockDraft[],
    /** A cross-document cache of the caller's, for the word analyses. */
    cache?: PoimijaCache,
  ) {
    const blocks: Block[] = [];
    const lines: Line[] = [];
    const onlyLf = breaksOnlyAtLf(text);
    for (const draft of drafts) {
      // written out, not spread: a spread copies by the draft's own shape, which varies by parser, and costs more than the rest of the loop
      const block: Block = { kind: draft.kind, start: draft.start, end: draft.end, source: draft.source, index: blocks.length, language: blockLanguage(text, draft) };
      if (draft.depth !== undefined) block.depth = draft.depth;
      blocks.push(block);
      if (block.language === "fi") pushLines(text, block, lines, onlyLf);
    }
    this.blocks = blocks;
    this.lines = lines;
    this.lemmas = new Lemmas(cache);
    this.#tokens = new Array(lines.length);
    const lemmas = this.lemmas;
    this.#formsOf = (lower) => lemmas.formsOfWord(lower);
  }

  /** The tokens of a line, made the first time a stage asks and shared by all stages. */
  tokensOf(line: Line): Token[] {
    return (this.#tokens[line.index] ??= tokenize(this.text, line.start, line.end, this.#formsOf));
  }

  /** All sentences, in order. */
  get sentences(): readonly Sentence[] {
    return (this.#sentences ??= this.lines.flatMap((l) => l.sentences));
  }

  /** The line that contains an offset. */
  lineAt(offset: number): Line | undefined {
    const { lines } = this;
    const line = lines[partitionPoint(lines.length, (i) => lines[i].end < offset)];
    return line && line.start <= offset ? line : undefined;
  }

  /** The sentence that contains an offset (the end of a sentence and the space after it count as inside it). */
  sentenceAt(offset: number): Sentence | undefined {
    const line = this.lineAt(offset);
    if (!line) return undefined;
    // a line of one long paragraph holds many sentences; past the last one's end, the last one
    const { sentences } = line;
    return sentences[partitionPoint(sentences.length - 1, (i) => offset > sentences[i].end)];
  }
}

/** Builds the Doc of a parser's result. */
export function buildDoc(input: ParsedInput, cache?: PoimijaCache): Doc {
  return new Doc(input.text, input.blocks, cache);
}

function pushLines(text: string, block: Block, out: Line[], onlyLf: boolean) {
  let start = block.start;
  const to = block.end;
  while (start <= to) {
    let nl = nextLineBreak(text, start, onlyLf);
    if (nl > to) nl = to;
    let a = start;
    let b = nl;
    while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    // markdown heading markers are part of the heading node's source range
    if (block.kind === "heading" && a < b && text[a] === "#") {
      while (a < b && text[a] === "#") a++;
      while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
    }
    if (a < b) {
      const line: Line = { start: a, end: b, text: text.slice(a, b), block: block.index, kind: block.kind, index: out.length, sentences: [] };
      line.sentences = sentencesOf(line);
      out.push(line);
    }
    start = nl + 1;
  }
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(["pj", "vpj", "mm", "n", "ns", "esim", "klo", "ks", "yms", "jne", "tms", "puh", "p", "s", "nro", "prof", "dos", "tri", "ma", "ti", "ke", "to", "pe", "la", "su", "ry", "oy", "ab", "kk", "em", "ao", "ko", "eli", "yht", "milj", "mrd", "v", "t"]);

// a numbered item after a full stop (`… tarkastajiksi. 4. Esityslistan …`) starts a sentence of its own
const SENTENCE_END = /[.!?]["”’)]*\s+(?=[A-ZÅÄÖ"”–\-]|\d{1,2}\.\s+[A-ZÅÄÖ])/g;
/** SENTENCE_END as a test: most lines hold one sentence, and need no search that keeps its place. */
const ANY_SENTENCE_END = new RegExp(SENTENCE_END.source);

/**
 * The sentences of one line: split at `.`, `!`, `?` followed by space and an
 * upper-case letter or quote, except after Finnish abbreviations and ordinals.
 *
 * compromise's splitter was measured for this (npm run bench): it keeps the
 * same decision clauses whole but runs at about a tenth of remark-parse's
 * speed, and its lexicon and tagger are English. It does not earn its cost.
 */
function sentencesOf(line: Line): Sentence[] {
  const t = line.text;
  if (!ANY_SENTENCE_END.test(t)) return [makeSentence(line, 0, t.length)];
  const out: Sentence[] = [];
  let from = 0;
  const re = new RegExp(SENTENCE_END);
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    if (m[0][0] === ".") {
      const word = wordBefore(t, m.index, from);
      if (word && (ABBREVIATIONS.has(word.toLowerCase()) || (isOrdinalNumber(word) && !closesNumberExpression(t, m.index - word.length) && !isClockHour(t, m.index - word.length, from)) || (word.length === 1 && !isDigit(word)))) continue;
      // an abbreviation alone in parentheses, a party's after a name (`Eeva Laine (vihr.) Juha Mäen tilalle`), ends no sentence
      if (word && m[0][1] === ")" && t[m.index - word.length - 1] === "(" && word.length <= 6 && word === word.toLowerCase()) continue;
    }
    const end = m.index + 1;
    out.push(makeSentence(line, from, end));
    from = m.index + m[0].length;
  }
  if (from < t.length) out.push(makeSentence(line, from, t.length));
  return out;
}

/**
 * Whether the number that starts at `at` closes a date, a clock or a range (`6.10.`, `31.3.2026.`,
 * `klo 9.30-15.`): a full stop after one ends a sentence when a capital follows, where one after
 * a number standing alone is an ordinal (`1. varapuheenjohtaja`, `3. Hallitus`).
 */
/** A single letter before a full stop is an initial (`K. Virtanen`); a single digit is read as a number. */
const isDigit = (c: string) => c >= "0" && c <= "9";

function closesNumberExpression(t: string, at: number): boolean {
  return at >= 2 && /[.:\-–/]/.test(t[at - 1]) && /\d/.test(t[at - 2]);
}

/** Whether the number at `at` follows `klo` or `kello`: an hour, no ordinal (`kokoontuu 14.12. kello 17. Kokous on …`). */
function isClockHour(t: string, at: number, from: number): boolean {
  let end = at;
  while (end > from && t[end - 1] === " ") end--;
  if (end > from && t[end - 1] === ".") end--;
  const word = wordBefore(t, end, from).toLowerCase();
  return word === "klo" || word === "kello";
}

/**
 * Whether a number before a full stop reads as an ordinal (`1. varapuheenjohtaja`,
 * `3. Hallitus`, `100. vuosipäivä`). A year is none: `perustettiin vuonna 1959.
 * Juhla …` ends its sentence there.
 */
function isOrdinalNumber(word: string): boolean {
  return /^\d+$/.test(word) && !(word.length === 4 && (word.startsWith("19") || word.startsWith("20")));
}

/** The word that ends at `end` (letters and digits), scanning back no further than `from`. */
function wordBefore(t: string, end: number, from: number): string {
  let a = end;
  while (a > from && isWordCode(t.charCodeAt(a - 1))) a--;
  return t.slice(a, end);
}

function makeSentence(line: Line, a: number, b: number): Sentence {
  return { start: line.start + a, end: line.start + b, text: line.text.slice(a, b), line };
}

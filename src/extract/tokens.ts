/**
 * Word tokens with offsets. A token keeps a hyphenated compound whole
 * (`Keski-Suomen`, `Sote-jaoston`), an abbreviation's colon ending
 * (`STTK:n`), a hyphen-ellipsis (`sosiaali-`), and the space-hyphen compound
 * of names (`sote -kuntayhtymä` is two tokens, the second starting with `-`).
 * Words glued by a missing space (`MensalaToimialajohtaja`) are split.
 */
import type { Doc, Line } from "../pipeline/document.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Only white space (no punctuation, no line break) between this token and the previous one. */
  joined: boolean;
}

const WORD = /-?[\p{L}\d][\p{L}\d'’]*(?:[-–][\p{L}\d][\p{L}\d'’]*)*(?::[\p{L}]+)?-?/gu;

/** Letter case by code point: ASCII and the Finnish/Swedish letters directly, others through toUpperCase. */
function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  if (c === 196 || c === 214 || c === 197) return true;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 192) return false;
  if (c === 228 || c === 246 || c === 229) return true;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}
const isUpper = (c: string | undefined) => c !== undefined && isUpperCode(c.charCodeAt(0));

/** Where a word glued to the next one (`MensalaToimialajohtaja`) splits: after 4+ lower-case letters, before Xx. */
function gluedSplits(w: string): number[] {
  let out: number[] | null = null;
  let lowerRun = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (lowerRun >= 4 && isUpperCode(c) && i + 1 < w.length && isLowerCode(w.charCodeAt(i + 1))) (out ??= []).push(i);
    lowerRun = isLowerCode(c) ? lowerRun + 1 : 0;
  }
  return out ?? NO_SPLITS;
}
const NO_SPLITS: number[] = [];

function onlySpaces(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  WORD.lastIndex = 0;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const word = m[0];
    const start0 = from + m.index!;
    const cuts = gluedSplits(word);
    let a = 0;
    for (let c = 0; c <= cuts.length; c++) {
      const b = c < cuts.length ? cuts[c] : word.length;
      const part = word.slice(a, b);
      const start = start0 + a;
      out.push({
        text: part,
        start,
        end: start + part.length,
        lower: part.toLowerCase(),
        upper: isUpper(part[0] === "-" ? part[1] : part[0]),
        joined: prevEnd >= 0 && onlySpaces(text, prevEnd, start),
      });
      prevEnd = start + part.length;
      a = b;
    }
  }
  return out;
}

/** The tokens of a line, made once per document and shared by the stages. */
export function lineTokens(doc: Doc, line: Line): Token[] {
  const key = `tokens:${line.index}`;
  let tokens = doc.cache.get(key) as Token[] | undefined;
  if (!tokens) {
    tokens = tokenize(doc.text, line.start, line.end);
    doc.cache.set(key, tokens);
  }
  return tokens;
}

/** A token at a sentence start: first in its line, or after . ! ? : or a quote. */
export function atSentenceStart(text: string, t: Token): boolean {
  let i = t.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  return i < 0 || /[\n.!?:”"•–-]/.test(text[i]);
}

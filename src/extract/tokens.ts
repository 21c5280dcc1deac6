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


/** The case of a letter by code point (1 upper, -1 lower, 0 neither): ASCII and Finnish/Swedish letters directly, others through Unicode. */
function letterCase(c: number): number {
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return -1;
  if (c < 192) return 0;
  if (c === 196 || c === 214 || c === 197) return 1;
  if (c === 228 || c === 246 || c === 229) return -1;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? -1 : 0;
}
const isUpperCode = (c: number) => letterCase(c) === 1;
const isLowerCode = (c: number) => letterCase(c) === -1;
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

/** A letter or digit: ASCII and Latin-1 directly, other scripts through a Unicode test. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 256) return c >= 192 && c !== 215 && c !== 247;
  return WORD_CHAR.test(String.fromCharCode(c));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isHyphen = (c: number) => c === 45 || c === 0x2013;

/**
 * Scans words: letters and digits with inner apostrophes, hyphen-joined parts
 * (`Keski-Suomen`), a colon ending (`STTK:n`), and a leading or trailing
 * hyphen (`-hankeryhmä`, `sosiaali-`).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const leadingHyphen = isHyphen(c) && c === 45 && i + 1 < to && isWordCode(text.charCodeAt(i + 1)) && (i === from || !isWordCode(text.charCodeAt(i - 1)));
    if (!isWordCode(c) && !leadingHyphen) {
      i++;
      continue;
    }
    const start = i;
    if (leadingHyphen) i++;
    for (;;) {
      while (i < to && (isWordCode(text.charCodeAt(i)) || (isApostrophe(text.charCodeAt(i)) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))))) i++;
      // a hyphen between word parts keeps the word going
      if (i + 1 < to && isHyphen(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    // STTK:n, Ab:lta
    if (i + 1 < to && text.charCodeAt(i) === 58 && isWordCode(text.charCodeAt(i + 1)) && !/\d/.test(text[i + 1])) {
      i++;
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
    }
    // sosiaali- ja …: the hyphen stays on the word
    if (i < to && text.charCodeAt(i) === 45) i++;
    const word = text.slice(start, i);
    const cuts = gluedSplits(word);
    let a = 0;
    for (let k = 0; k <= cuts.length; k++) {
      const b = k < cuts.length ? cuts[k] : word.length;
      const part = word.slice(a, b);
      const s = start + a;
      out.push({
        text: part,
        start: s,
        end: s + part.length,
        lower: part.toLowerCase(),
        upper: isUpper(part[0] === "-" ? part[1] : part[0]),
        joined: prevEnd >= 0 && onlySpaces(text, prevEnd, s),
      });
      prevEnd = s + part.length;
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

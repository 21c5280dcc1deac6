/**
 * Word tokens with offsets. A token keeps a hyphenated compound whole
 * (`Keski-Suomen`, `Sote-jaoston`), an abbreviation's colon ending
 * (`STTK:n`), a hyphen-ellipsis (`sosiaali-`), and the space-hyphen compound
 * of names (`sote -kuntayhtymä` is two tokens, the second starting with `-`).
 * Words glued by a missing space (`MensalaToimialajohtaja`) are split.
 */
import { formReadings, type FormReading } from "../lexicon/forms.js";
import { nameBands } from "../lexicon/index.js";
import { isInlineSpace, isLineBreak } from "./chars.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Starts with an upper-case letter followed by a lower-case one, like a name (`Xx…`). */
  capital: boolean;
  /** Only white space (no punctuation, no line break) between this token and the previous one. */
  joined: boolean;
  /** A word may start inside it: a part after a hyphen, an apostrophe or a colon (`Keski-Suomen`, `STTK:n`), or after a caseless character that is no ASCII digit. */
  parts: boolean;
  /** Its readings as a head noun or role title (the forms table), looked up on first use and kept. */
  readonly forms: readonly FormReading[];
  /** Its DVV first-name and surname bands packed (lexicon nameBands), looked up on first use and kept. */
  readonly names: number;
}


/** Character classes: not part of a word, a caseless word character (a digit), an upper-case or a lower-case letter. */
const OTHER = 0;
const UPPER = 2;
const LOWER = 3;

/** Classes of the Latin-1 range by code point, looked up instead of tested. */
const LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if (c >= 48 && c <= 57) LATIN1[c] = 1;
  else if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) LATIN1[c] = UPPER;
  else if ((c >= 97 && c <= 122) || (c >= 223 && c !== 247)) LATIN1[c] = LOWER;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The class of a character: Latin-1 from the table, other scripts through Unicode. */
function charClass(c: number): number {
  if (c < 256) return LATIN1[c];
  const ch = String.fromCharCode(c);
  if (!WORD_CHAR.test(ch)) return OTHER;
  return ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : 1;
}
/** Whether a UTF-16 unit is a letter or a digit (a word's character), Latin-1 by table. */
export const isWordCode = (c: number) => (c < 256 ? LATIN1[c] : charClass(c)) !== OTHER;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isHyphen = (c: number) => c === 45 || c === 0x2013;
export const isDigit = (c: number) => c >= 48 && c <= 57;

/** How a token's forms are looked up: straight from the table, or through a memo its document keeps (a word recurs in a text). */
export type FormsLookup = (lower: string) => readonly FormReading[];

/**
 * Scans words: letters and digits with inner apostrophes, hyphen-joined parts
 * (`Keski-Suomen`), a colon ending (`STTK:n`), and a leading or trailing
 * hyphen (`-hankeryhmä`, `sosiaali-`).
 */
export function tokenize(text: string, from = 0, to = text.length, formsOf: FormsLookup = formReadings): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let i = from;
  // whether the word being scanned has an upper-case letter (most have none, and need no toLowerCase), and parts
  let cased = false;
  let parts = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    const leadingHyphen = c === 45 && i + 1 < to && isWordCode(text.charCodeAt(i + 1)) && (i === from || !isWordCode(text.charCodeAt(i - 1)));
    if (!leadingHyphen && !isWordCode(c)) {
      i++;
      continue;
    }
    let start = i;
    if (leadingHyphen) {
      parts = true;
      i++;
    }
    // a word glued to the next one (MensalaToimialajohtaja) splits after 4+ lower-case letters, before Xx
    let lowerRun = 0;
    for (;;) {
      while (i < to) {
        const d = text.charCodeAt(i);
        const kind = d < 256 ? LATIN1[d] : charClass(d);
        // most characters of a word are lower-case letters
        if (kind === LOWER) {
          lowerRun++;
          i++;
        } else if (kind !== OTHER) {
          if (kind === UPPER) {
            if (lowerRun >= 4 && i + 1 < to && charClass(text.charCodeAt(i + 1)) === LOWER) {
              out.push(makeToken(text, start, i, prevEnd, cased, parts, formsOf));
              prevEnd = start = i;
              parts = false;
            }
            cased = true;
          } else if (!isDigit(d)) parts = true;
          lowerRun = 0;
          i++;
        } else if (isApostrophe(d) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) {
          lowerRun = 0;
          parts = true;
          i++;
        } else break;
      }
      // a hyphen between word parts keeps the word going
      if (i + 1 < to && isHyphen(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        lowerRun = 0;
        parts = true;
        i++;
        continue;
      }
      break;
    }
    // STTK:n, Ab:lta
    if (i + 1 < to && text.charCodeAt(i) === 58 && isWordCode(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 1))) {
      parts = true;
      i++;
      for (let k; i < to && (k = charClass(text.charCodeAt(i))) !== OTHER; i++) if (k === UPPER) cased = true;
    }
    // sosiaali- ja …: the hyphen stays on the word
    if (i < to && text.charCodeAt(i) === 45) i++;
    out.push(makeToken(text, start, i, prevEnd, cased, parts, formsOf));
    prevEnd = i;
    cased = false;
    parts = false;
  }
  return out;
}

/**
 * A token: one class, so that every token has one shape and is made by one
 * constructor. Its annotations are its own: the forms readings and the name
 * bands are looked up the first time a stage asks and kept on the token, and
 * no other module writes them. Most tokens are never asked either.
 */
class WordToken implements Token {
  #forms: readonly FormReading[] | undefined = undefined;
  #names = -1;
  constructor(
    private readonly formsOf: FormsLookup,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly lower: string,
    readonly upper: boolean,
    readonly capital: boolean,
    readonly joined: boolean,
    readonly parts: boolean,
  ) {}
  get forms(): readonly FormReading[] {
    return (this.#forms ??= this.formsOf(this.lower));
  }
  get names(): number {
    return this.#names >= 0 ? this.#names : (this.#names = nameBands(this.text));
  }
}

/** The token `text.slice(s, e)`; `prevEnd` is where the previous token ended (-1 for none), `cased` whether it has an upper-case letter, `parts` whether a word may start inside it. */
function makeToken(text: string, s: number, e: number, prevEnd: number, cased: boolean, parts: boolean, formsOf: FormsLookup): Token {
  const part = text.slice(s, e);
  let joined = prevEnd >= 0;
  for (let k = prevEnd; joined && k < s; k++) {
    joined = isInlineSpace(text.charCodeAt(k));
  }
  // the letters are read from the text, not from the slice, which may be a copy
  const c0 = text.charCodeAt(s);
  const upper = charClass(c0 === 45 ? text.charCodeAt(s + 1) : c0) === UPPER;
  const capital = upper && c0 !== 45 && s + 1 < e && (charClass(text.charCodeAt(s + 1)) === LOWER || elidedCapital(text, s, e));
  return new WordToken(formsOf, part, s, e, cased ? part.toLowerCase() : part, upper, capital, joined, parts);
}

/** `O'Brien`, `D'Angelo`, `N’Diaye`: one capital, an apostrophe, then a capitalised word — a name's capital as much as `Brien`'s. */
function elidedCapital(text: string, s: number, e: number): boolean {
  const apostrophe = text.charCodeAt(s + 1);
  return (apostrophe === 39 || apostrophe === 0x2019) && s + 3 < e && charClass(text.charCodeAt(s + 2)) === UPPER && charClass(text.charCodeAt(s + 3)) === LOWER;
}

const CAPITAL_OPENERS = ".!?:”\"•–-";

/**
 * Whether a token stands where Finnish writes a capital whatever the word:
 * first in its line, or after `.`, `!`, `?`, `:`, a quote, a bullet or a
 * dash. The rules ask it of a capitalised word (is the capital the word's
 * own?); it is not where sentences end, which the Doc alone decides
 * (`esim.` ends none, and an ordinal's full stop none).
 */
export function standsWhereCapitalsGo(text: string, t: Token): boolean {
  let i = t.start - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  return i < 0 || isLineBreak(text.charCodeAt(i)) || CAPITAL_OPENERS.includes(text[i]);
}

/**
 * Regular expressions over Finnish words. JavaScript's `\b` knows only ASCII
 * letters, so a pattern ending in `ä` or `ö` never finds its boundary. Here
 * `\b` becomes a one-sided test on letters of any script — "no letter
 * before" where a word starts, "no letter after" where it ends (cheaper than
 * a two-sided boundary) — and `\w` any letter or digit.
 */
const WORD_START = "(?<![\\p{L}\\d])";
const WORD_END = "(?![\\p{L}\\d])";

/** Whether a `\b` between these two pattern characters opens a word (else it closes one). */
function startsWord(prev: string | undefined, next: string | undefined): boolean {
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  if (letter(prev)) return false;
  if (letter(next)) return true;
  const closes = prev === ")";
  return (next === "(" || next === "[") && !closes;
}

export function fiRegExp(source: string, flags = "i"): RegExp {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\\" && source[i + 1] === "b") {
      out += startsWord(source[i - 1], source[i + 2]) ? WORD_START : WORD_END;
      i++;
    } else if (source[i] === "\\" && source[i + 1] === "w") {
      out += "[\\p{L}\\d_]";
      i++;
    } else if (source[i] === "\\") {
      out += source[i] + (source[i + 1] ?? "");
      i++;
    } else out += source[i];
  }
  return new RegExp(out, flags.includes("u") ? flags : flags + "u");
}

/** A pattern source that matches any of these strings as written (their special characters escaped). */
export function literalsSource(strings: readonly string[]): string {
  return strings.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
}

/** Tagged template form: fi`\bpäätti\b` (the raw text is the pattern). */
export function fi(strings: TemplateStringsArray, ...values: string[]): RegExp {
  return fiRegExp(String.raw({ raw: strings.raw }, ...values));
}

/** The top-level alternatives of a pattern source (not split inside groups, classes or escapes). */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** The character (a whole code point) before offset `i`, or "". */
function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(Math.max(0, i - 1), i);
}

/**
 * Whether a match at `index` starts inside a word: a letter (with `digits`,
 * a letter or a digit) comes right before it. Patterns that open with a
 * word list test this after matching: a leading lookbehind would make the
 * regular expression engine try it at every position of the text.
 */
export function startsInsideWord(text: string, index: number, digits = false): boolean {
  const c = text.charCodeAt(index - 1);
  // ASCII (most text) by its code; NaN before the text's start is no letter
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || (digits && c >= 48 && c <= 57);
  return c === c && (digits ? LETTER_OR_DIGIT : LETTER).test(charBefore(text, index));
}

/** Where the run of letters that ends at `end` starts, reading back no further than `from` (`end` when no letter precedes it). */
export function letterRunStart(text: string, end: number, from = 0): number {
  let start = end;
  while (start > from && LETTER.test(text[start - 1])) start--;
  return start;
}


/** A Finnish pattern that is tested (fiPattern, wordStart). */
export interface FiPattern {
  /**
   * Whether it matches. `lower` is the text's latin1Lower: a caller that
   * tests one text with several patterns lower-cases it once, and they run
   * in their Latin-1 form (null: the text is read as written).
   */
  test(text: string, lower?: string | null): boolean;
}

/** A Finnish pattern whose every alternative starts a word (`\b…|\b…`). */
export interface WordStartPattern extends FiPattern {
  /** Where the first match starts, or -1. */
  search(text: string, lower?: string | null): number;
}

/** What the letter properties hold below U+0100, for a character class. */
const LATIN1_PROPERTIES: Readonly<Record<string, string>> = {
  "\\p{L}": "a-zA-Z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff",
  "\\p{Lu}": "A-Z\\xc0-\\xd6\\xd8-\\xde",
  "\\p{Ll}": "a-z\\xb5\\xdf-\\xf6\\xf8-\\xff",
};
/**
 * A character a Latin-1 form may not read as its pattern does: one beyond
 * Latin-1 and beyond the blocks of caseless characters that are no letter
 * (general punctuation, currency signs, arrows, box drawing, shapes,
 * symbols, dingbats).
 */
const BEYOND_LATIN1 = /[^\x00-\xff\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u27bf]/;

/**
 * The text lower-cased for the Latin-1 form of a pattern, or null when it
 * holds a character that form does not read the way the pattern does (a
 * letter beyond Latin-1, or one that folds to a letter).
 */
export function latin1Lower(text: string): string | null {
  return BEYOND_LATIN1.test(text) ? null : text.toLowerCase();
}

/** A Unicode property escape at the start of a pattern's source. */
const PROPERTY = /^\\[pP]\{[^}]*\}/;

/**
 * The form of a pattern for text whose letters are all Latin-1: its letter
 * properties spelled as the Latin-1 letters they hold there. A
 * case-insensitive pattern's form also drops the `i` flag and reads the
 * text lower-cased: lower-casing keeps each Latin-1 letter within its pair
 * of cases, and the pattern's own letters are lower-case. On such text the
 * form matches where the pattern does. A pattern of many letter properties,
 * under `iu` all the more, runs several times faster so: each becomes a
 * long test of ranges. Null for another Unicode property or (case-
 * insensitive) an upper-case letter.
 */
function latin1Form(re: RegExp): RegExp | null {
  const lowers = re.flags.includes("i");
  const source = re.source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const property = PROPERTY.exec(source.slice(i, i + 40))?.[0];
      const letters = property && (!lowers || property === "\\p{L}") ? LATIN1_PROPERTIES[property] : undefined;
      if (property && !letters) return null;
      const escape = property ?? source.slice(i, i + 2);
      out += letters ? (inClass ? letters : `[${letters}]`) : escape;
      i += escape.length - 1;
      continue;
    }
    if (lowers && c !== c.toLowerCase()) return null;
    if (inClass) inClass = c !== "]";
    else inClass = c === "[";
    out += c;
  }
  return new RegExp(out, re.flags.replace("i", ""));
}

/**
 * A case-sensitive pattern for a text (`exec`, `matchAll`): its Latin-1
 * form when the text's letters are all Latin-1, whose matches there are the
 * pattern's (it reads the text as written).
 */
export function latin1Choice(re: RegExp): (text: string) => RegExp {
  if (re.flags.includes("i")) throw new Error(`a case-insensitive pattern's Latin-1 form reads lower-cased text: ${re}`);
  const latin1 = latin1Form(re) ?? re;
  return (text) => (BEYOND_LATIN1.test(text) ? re : latin1);
}

/** The Latin-1 form of a case-insensitive pattern, which reads the text lower-cased (latin1Lower); null for a case-sensitive one, whose form reads the text as written. */
function lowerCasedForm(re: RegExp): RegExp | null {
  return re.flags.includes("i") ? latin1Form(re) : null;
}

/** A Finnish pattern (see fiRegExp) that is only tested, in its Latin-1 form when the caller gives the text lower-cased. */
export function fiPattern(source: string, flags = "i"): FiPattern {
  if (/[gy]/.test(flags)) throw new Error(`a tested pattern keeps no position: ${flags}`);
  const re = fiRegExp(source, flags);
  const latin1 = lowerCasedForm(re);
  return { test: (text, lower) => (latin1 && lower ? latin1.test(lower) : re.test(text)) };
}

/**
 * Compiles a pattern whose every top-level alternative opens with `\b`
 * without that boundary: a leading lookbehind is tried at every position of
 * the text, which costs more than the rest of the pattern. Matches are found
 * first, and one that starts inside a word is skipped for the next.
 */
export function wordStart(source: string, flags = "i"): WordStartPattern {
  const alternatives = alternativesOf(source);
  if (!alternatives.every((a) => a.startsWith("\\b"))) throw new Error(`every alternative must start with \\b: ${source}`);
  // not global: the pattern keeps no position between calls, and a retry reads the rest of the text
  const re = fiRegExp(`(?:${alternatives.map((a) => a.slice(2)).join("|")})`, flags.replace("g", ""));
  const latin1 = lowerCasedForm(re);
  const first = (pattern: RegExp, text: string): number => {
    for (let from = 0; ; ) {
      const m = pattern.exec(from === 0 ? text : text.slice(from));
      if (!m) return -1;
      const at = from + m.index;
      if (!startsInsideWord(text, at, true)) return at;
      from = at + 1;
    }
  };
  // the lower-cased text has its letters where the text has them: a match starts at the same place
  const search = (text: string, lower?: string | null): number => (latin1 && lower ? first(latin1, lower) : first(re, text));
  return { search, test: (text, lower) => search(text, lower) >= 0 };
}

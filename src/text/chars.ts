/**
 * The one white-space test of the project. Every character Unicode gives the
 * White_Space property separates words: scraped pages use U+00A0, U+202F and
 * the typographic spaces between words as often as U+0020.
 */

/** Whether a UTF-16 unit is white space (Unicode White_Space, which `\s` also matches, less U+FEFF). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Whether a UTF-16 unit ends a line: LF, VT, FF, CR, NEL, LS or PS. */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * The offset of the first line break at or after `from` (`text.length` if
 * none). `onlyLf` says the text breaks lines with LF alone (see
 * breaksOnlyAtLf): most texts do, and `indexOf` finds an LF many times
 * faster than a test of each character.
 */
export function nextLineBreak(text: string, from: number, onlyLf = false): number {
  if (onlyLf) {
    const at = text.indexOf("\n", from);
    return at < 0 ? text.length : at;
  }
  for (let i = from; i < text.length; i++) if (isLineBreak(text.charCodeAt(i))) return i;
  return text.length;
}

const LINE_BREAK_OTHER_THAN_LF = /[\v\f\r\u0085\u2028\u2029]/;

/** Whether LF is the only line break in the text (nextLineBreak's `onlyLf`): one scan answers for every line. */
export function breaksOnlyAtLf(text: string): boolean {
  return !LINE_BREAK_OTHER_THAN_LF.test(text);
}

/** isLineBreak as a class of a regular expression. */
export const LINE_BREAK = String.raw`[\n\v\f\r\u0085\u2028\u2029]`;

/** isInlineSpace as a class of a regular expression: `\s` less the line breaks and U+FEFF. */
export const INLINE_SPACE = String.raw`[^\S\n\v\f\r\u0085\u2028\u2029\ufeff]`;

/** White space inside a line: any white space but the line breaks (LF, VT, FF, CR, NEL, LS, PS). */
export function isInlineSpace(c: number): boolean {
  return isWhiteSpace(c) && !isLineBreak(c);
}

const CLOSING_QUOTES = `"”’)`;
/** Marks that close a sentence or a clause a line may end with. */
const SENTENCE_MARKS = ".!?:;";
/** Marks after which a line goes on: a line broken mid-sentence. */
const CONTINUATION_MARKS = ",…";

/** Whether a line's last character that is not a closing quote or parenthesis is one of `marks`. */
export function endsWithMark(line: string, marks: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSING_QUOTES.includes(line[i])) i--;
  return i >= 0 && marks.includes(line[i]);
}

/**
 * The one test of whether a line (trimmed) closes its sentence: `.`, `!`,
 * `?`, `:` or `;`, perhaps inside quotes or a parenthesis. A line that does
 * not is a headline, a title or a label, or broken off.
 */
export const endsSentence = (line: string): boolean => endsWithMark(line, SENTENCE_MARKS);

/** Whether a line ends with punctuation at all: a sentence's close, or a comma or ellipsis after which it goes on. */
export const endsInPunctuation = (line: string): boolean => endsWithMark(line, SENTENCE_MARKS + CONTINUATION_MARKS);

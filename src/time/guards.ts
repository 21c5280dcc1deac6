/**
 * Places where something that looks like a date or time is not one.
 */

/** True when the offset falls inside a URL, an e-mail address or a file name (the token around it). */
export function isInsideAddress(text: string, index: number): boolean {
  let a = index;
  while (a > 0 && !isBreak(text.charCodeAt(a - 1))) a--;
  let b = index;
  while (b < text.length && !isBreak(text.charCodeAt(b))) b++;
  const token = text.slice(a, b);
  return /:\/\/|www\.|@|\(at\)|\.(?:fi|com|net|org|html?|pdf|docx?)\b|[=?&%#]/i.test(token);
}

function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 60 || c === 62 || c === 34;
}

/** A character that glues to a number (digit, `/`, `.`, `,`, `_` or an ASCII letter): a date or time cannot start right after it. */
export function joinsNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 47 || c === 46 || c === 44 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

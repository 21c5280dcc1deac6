/**
 * Places where something that looks like a date or time is not one.
 */
import { isWhiteSpace } from "../text/chars.js";

/**
 * How far either way the token around an offset is read: an address is
 * shorter than this, and a bound keeps a text of one endless token linear
 * (each date in it would otherwise read the whole token).
 */
const ADDRESS_REACH = 256;

/** True when the offset falls inside a URL, an e-mail address or a file name (the token around it). */
export function isInsideAddress(text: string, index: number): boolean {
  const lo = Math.max(0, index - ADDRESS_REACH);
  const hi = Math.min(text.length, index + ADDRESS_REACH);
  let a = index;
  while (a > lo && !isBreak(text.charCodeAt(a - 1))) a--;
  let b = index;
  while (b < hi && !isBreak(text.charCodeAt(b))) b++;
  const token = text.slice(a, b);
  return /:\/\/|www\.|@|\(at\)|\.(?:fi|com|net|org|html?|pdf|docx?)\b|[=?&%#]/i.test(token);
}

/** White space, `<`, `>` or `"`: what ends an address. */
function isBreak(c: number): boolean {
  return isWhiteSpace(c) || c === 60 || c === 62 || c === 34;
}

/** A character that glues to a number (digit, `/`, `.`, `,`, `_` or an ASCII letter): a date or time cannot start right after it. */
export function joinsNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 47 || c === 46 || c === 44 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

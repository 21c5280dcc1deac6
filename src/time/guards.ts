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

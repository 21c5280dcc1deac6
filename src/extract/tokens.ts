/**
 * Word tokens with offsets. A token keeps a hyphenated compound whole
 * (`Keski-Suomen`, `Sote-jaoston`), an abbreviation's colon ending
 * (`STTK:n`), a hyphen-ellipsis (`sosiaali-`), and the space-hyphen compound
 * of names (`sote -kuntayhtymä` is two tokens, the second starting with `-`).
 * Words glued by a missing space (`MensalaToimialajohtaja`) are split.
 */
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
const GLUED = /(?<=\p{Ll}{4})(?=\p{Lu}\p{Ll})/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  let prevEnd = -1;
  for (const m of slice.matchAll(WORD)) {
    let start = from + m.index!;
    for (const part of m[0].split(GLUED)) {
      const end = start + part.length;
      const between = prevEnd < 0 ? "" : text.slice(prevEnd, start);
      out.push({
        text: part,
        start,
        end,
        lower: part.toLowerCase(),
        upper: /^-?\p{Lu}/u.test(part),
        joined: prevEnd >= 0 && /^[ \t\u00a0]*$/.test(between),
      });
      prevEnd = end;
      start = end;
    }
  }
  return out;
}

/** A token at a sentence start: first in its line, or after . ! ? : or a quote. */
export function atSentenceStart(text: string, t: Token): boolean {
  let i = t.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  return i < 0 || /[\n.!?:”"•–-]/.test(text[i]);
}

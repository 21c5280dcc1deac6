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

/** Tagged template form: fi`\bpäätti\b` (the raw text is the pattern). */
export function fi(strings: TemplateStringsArray, ...values: string[]): RegExp {
  return fiRegExp(String.raw({ raw: strings.raw }, ...values));
}

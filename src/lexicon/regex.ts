/**
 * Regular expressions over Finnish words. JavaScript's `\b` knows only ASCII
 * letters, so a pattern ending in `ä` or `ö` never finds its boundary; this
 * turns `\b` into a boundary between letters (any script) and the rest, and
 * `\w` into any letter or digit.
 */
const BOUNDARY = "(?:(?<=[\\p{L}\\d])(?![\\p{L}\\d])|(?<![\\p{L}\\d])(?=[\\p{L}\\d]))";

export function fiRegExp(source: string, flags = "i"): RegExp {
  const unicode = source.replaceAll("\\b", BOUNDARY).replaceAll("\\w", "[\\p{L}\\d_]");
  return new RegExp(unicode, flags.includes("u") ? flags : flags + "u");
}

/** Tagged template form: fi`\bpäätti\b` (the raw text is the pattern). */
export function fi(strings: TemplateStringsArray, ...values: string[]): RegExp {
  return fiRegExp(String.raw({ raw: strings.raw }, ...values));
}

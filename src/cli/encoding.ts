/**
 * Input bytes to text. UTF-8 is read strictly: a byte sequence that is not
 * UTF-8 is reported, never replaced by U+FFFD behind the caller's back.
 * Older municipal pages come in Latin-1 or Windows-1252, read on request.
 */
export const ENCODINGS = ["utf8", "latin1", "windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function parseEncoding(name: string): Encoding | null {
  const n = name.toLowerCase().replace(/^utf-8$/, "utf8").replace(/^(iso-?8859-1|latin-1)$/, "latin1").replace(/^(cp|win)-?1252$/, "windows-1252");
  return (ENCODINGS as readonly string[]).includes(n) ? (n as Encoding) : null;
}

// TextDecoder keeps no state between whole-input decode calls, so one per encoding serves every call
const UTF8 = new TextDecoder("utf-8", { fatal: true });
const WINDOWS_1252 = new TextDecoder("windows-1252");

/** The text, or null when the bytes are not valid in the encoding (only UTF-8 can be invalid). */
export function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | null {
  switch (encoding) {
    case "latin1":
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    case "windows-1252":
      return WINDOWS_1252.decode(bytes);
    default:
      try {
        return UTF8.decode(bytes);
      } catch {
        return null;
      }
  }
}

/** A whole file's text, or why it cannot be read as UTF-8 and what to pass instead. */
export function decodeFile(bytes: Uint8Array, encoding: Encoding): { text: string; error?: undefined } | { text?: undefined; error: string } {
  const text = decodeStrict(bytes, encoding);
  if (text !== null) return { text };
  return { error: "not valid UTF-8; if it is in an older encoding, pass --encoding latin1 or --encoding windows-1252" };
}

/**
 * Input bytes to text. UTF-8 is read strictly: a byte sequence that is not
 * UTF-8 is reported, never replaced by U+FFFD behind the caller's back.
 * Older municipal pages come in Latin-1 or Windows-1252, read on request;
 * an HTML file that states its encoding (byte order mark, meta charset) is
 * read in it.
 */
import { decodeHtml, decodeWindows1252, htmlEncodingOf } from "../text/html-encoding.js";

export const ENCODINGS = ["utf8", "latin1", "windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function parseEncoding(name: string): Encoding | null {
  const n = name.toLowerCase().replace(/^utf-8$/, "utf8").replace(/^(iso-?8859-1|latin-1)$/, "latin1").replace(/^(cp|win)-?1252$/, "windows-1252");
  return (ENCODINGS as readonly string[]).includes(n) ? (n as Encoding) : null;
}

// TextDecoder keeps no state between whole-input decode calls, so one serves every call
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The text, or null when the bytes are not valid in the encoding (only UTF-8 can be invalid). */
export function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | null {
  switch (encoding) {
    case "latin1":
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    case "windows-1252":
      // Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (0x96 is no dash): the table is poimija's
      return decodeWindows1252(bytes);
    default:
      try {
        return UTF8.decode(bytes);
      } catch {
        return null;
      }
  }
}

/** A whole file's text, or why it cannot be read as UTF-8 and what to pass instead. */
export function decodeFile(bytes: Uint8Array, encoding: Encoding, html = false): { text: string; error?: undefined } | { text?: undefined; error: string } {
  if (html && htmlEncodingOf(bytes)) return { text: decodeHtml(bytes) };
  const text = decodeStrict(bytes, encoding);
  if (text !== null) return { text };
  return { error: "not valid UTF-8; if it is in an older encoding, pass --encoding latin1 or --encoding windows-1252" };
}

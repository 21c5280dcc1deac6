/**
 * Bytes of an HTML page to a string, the way a browser picks the encoding
 * when no HTTP header names one: a byte order mark first, then a
 * `<meta charset>` or `<meta http-equiv="content-type">` in the first 1024
 * bytes, else UTF-8. Labels follow the WHATWG Encoding standard, so
 * `iso-8859-1` and `latin1` decode as windows-1252, as browsers do: the
 * pages were written for browsers.
 */
import { PoimijaError } from "../errors.js";

/** The encodings Finnish pages are written in; a page that names another one is read as UTF-8. */
const SUPPORTED = new Set(["utf-8", "windows-1252", "iso-8859-15", "utf-16le", "utf-16be"]);

const PRESCAN_BYTES = 1024;

/** `charset=…` inside a meta tag, in either of its two forms. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;

/** Decodes an HTML page's bytes by its byte order mark or its own meta charset declaration, else as UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new PoimijaError("invalid_text", "decodeHtml takes the page's bytes as a Uint8Array");
  const encoding = htmlEncodingOf(bytes) ?? "utf-8";
  // The decoder drops a BOM of its own encoding; a meta tag naming UTF-16 in an 8-bit page is a lie browsers ignore.
  const label = encoding.startsWith("utf-16") && !bomEncoding(bytes) ? "utf-8" : encoding;
  return label === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
}

/**
 * windows-1252 bytes 0x80–0x9F (`€`, `‚`, `–`, `”` …); the five it leaves
 * undefined keep their C1 code points, as the WHATWG decoder does.
 */
export const WINDOWS_1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const DECODE_CHUNK = 8192;

/**
 * Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (0x96 becomes
 * U+0096, not `–`), so the single-byte table is applied here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, DECODE_CHUNK));
  for (let from = 0; from < bytes.length; from += DECODE_CHUNK) {
    const chunk = bytes.subarray(from, from + DECODE_CHUNK);
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      codes[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_80_9F.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, chunk.length)));
  }
  return parts.join("");
}

/** The encoding a page states by its byte order mark or its meta charset, or undefined when it states none. */
export function htmlEncodingOf(bytes: Uint8Array): string | undefined {
  return bomEncoding(bytes) ?? declaredEncoding(bytes);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // One char per byte, so the ASCII of the declaration reads the same whatever the page's encoding.
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const match = META_CHARSET.exec(head);
  if (!match) return undefined;
  return canonicalEncoding(match[1]);
}

/** The WHATWG name of an encoding label, when it is one poimija reads. */
export function canonicalEncoding(label: string): string | undefined {
  let name: string;
  try {
    name = new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
  return SUPPORTED.has(name) ? name : undefined;
}

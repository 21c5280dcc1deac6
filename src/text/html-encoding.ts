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
  const encoding = bomEncoding(bytes) ?? declaredEncoding(bytes) ?? "utf-8";
  // The decoder drops a BOM of its own encoding; a meta tag naming UTF-16 in an 8-bit page is a lie browsers ignore.
  const label = encoding.startsWith("utf-16") && !bomEncoding(bytes) ? "utf-8" : encoding;
  return new TextDecoder(label).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one char, so the ASCII of the declaration reads the same whatever the page's encoding.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
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

import { describe, expect, it } from "vitest";
import { PoimijaError } from "../../src/errors.js";
import { decodeHtml } from "../../src/text/html-encoding.js";

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? ascii(p) : p)));

describe("decodeHtml", () => {
  it("reads UTF-8 by default and by its BOM", () => {
    const page = "<p>Hyvinvointialue – päätös</p>";
    expect(decodeHtml(new TextEncoder().encode(page))).toBe(page);
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)]))).toBe(page);
  });

  it("reads UTF-16 by its BOM, before any meta tag", () => {
    const page = '<meta charset="windows-1252"><p>Ääni – ö</p>';
    const le = [0xff, 0xfe];
    for (const ch of page) le.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    expect(decodeHtml(Uint8Array.from(le))).toBe(page);
  });

  it("honours <meta charset> and the http-equiv content type: windows-1252, latin1, iso-8859-1, iso-8859-15", () => {
    const body = [0x3c, 0x70, 0x3e, 0xc4, 0xe4, 0x20, 0x96, 0x20, 0xa4]; // <p>Ää – ¤ (€ in iso-8859-15)
    expect(decodeHtml(bytes('<meta charset="windows-1252">', body))).toBe('<meta charset="windows-1252"><p>Ää – ¤');
    expect(decodeHtml(bytes("<meta charset=latin1>", body))).toBe("<meta charset=latin1><p>Ää – ¤");
    const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">';
    expect(decodeHtml(bytes(equiv, body))).toBe(`${equiv}<p>Ää – ¤`);
    expect(decodeHtml(bytes("<META CHARSET='iso-8859-15'>", body))).toBe("<META CHARSET='iso-8859-15'><p>Ää \u0096 €");
  });

  it("reads the declaration only in the first 1024 bytes, and an unknown charset as UTF-8", () => {
    const late = bytes(" ".repeat(1100), '<meta charset="windows-1252">', [0xc3, 0xa4]);
    expect(decodeHtml(late).endsWith("ä")).toBe(true);
    expect(decodeHtml(bytes('<meta charset="x-unknown">', [0xc3, 0xa4])).endsWith("ä")).toBe(true);
  });

  it("throws a PoimijaError for input that is not bytes", () => {
    expect(() => decodeHtml("<p>" as unknown as Uint8Array)).toThrow(PoimijaError);
  });
});

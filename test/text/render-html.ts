/**
 * Renders a plain-text document as HTML inside a site template, the way a
 * CMS would publish it: paragraphs at blank lines with `<br>` for inner
 * lines, a short lone line without closing punctuation as a heading, bullet
 * lines as a list. Pages declared in an 8-bit charset write what their
 * charset lacks as numeric character references, as such pages do.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WINDOWS_1252_80_9F } from "../../src/text/html-encoding.js";

export const TEMPLATE_DIR = join(import.meta.dirname ?? __dirname, "..", "..", "fixtures", "html", "templates");

export interface Template {
  name: string;
  html: string;
  /** The charset the template's meta tag declares, in its WHATWG name. */
  charset: "utf-8" | "windows-1252" | "iso-8859-15";
}

export function loadTemplates(): Template[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => {
      const html = readFileSync(join(TEMPLATE_DIR, f), "utf8");
      const declared = /charset=["']?([\w-]+)/i.exec(html)?.[1].toLowerCase() ?? "utf-8";
      const charset = declared === "iso-8859-15" ? "iso-8859-15" : declared === "windows-1252" ? "windows-1252" : "utf-8";
      return { name: f.replace(/\.html$/, ""), html, charset };
    });
}

const BULLET = /^\s*[•·▪●◦*\-–—]\s+/;
const HEADING_MAX = 140;
const CLOSING_PUNCTUATION = /[.!?:;,…]["”’)]*$/;

/** The document's text as the body of an article. */
export function renderBody(text: string): string {
  const out: string[] = [];
  let headings = 0;
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => BULLET.test(l))) {
      out.push(`<ul>\n${lines.map((l) => `  <li>${escape(l.replace(BULLET, ""))}</li>`).join("\n")}\n</ul>`);
    } else if (lines.length === 1 && lines[0].length <= HEADING_MAX && !CLOSING_PUNCTUATION.test(lines[0])) {
      const level = headings++ === 0 ? 1 : 2;
      out.push(`<h${level}>${escape(lines[0])}</h${level}>`);
    } else {
      out.push(`<p>${lines.map(escape).join("<br>\n")}</p>`);
    }
  }
  return out.join("\n");
}

/** A whole page: the document's body inside the template, its characters written as the template's charset allows. */
export function renderPage(text: string, template: Template): string {
  const body = renderBody(text);
  const page = template.html.replace("{{content}}", () => body);
  return template.charset === "utf-8" ? page : referencesBeyond(page, template.charset);
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}

/** Characters the charset lacks as numeric character references. */
function referencesBeyond(page: string, charset: "windows-1252" | "iso-8859-15"): string {
  let out = "";
  for (const ch of page) out += encodable(ch, charset) ? ch : `&#${ch.codePointAt(0)};`;
  return out;
}

const ISO_8859_15_REPLACED = new Map([[0xa4, "€"], [0xa6, "Š"], [0xa8, "š"], [0xb4, "Ž"], [0xb8, "ž"], [0xbc, "Œ"], [0xbd, "œ"], [0xbe, "Ÿ"]]);

function encodable(ch: string, charset: "windows-1252" | "iso-8859-15"): boolean {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return true;
  if (charset === "windows-1252") return (code >= 0xa0 && code <= 0xff) || (code > 0xff && WINDOWS_1252_80_9F.includes(ch));
  if ([...ISO_8859_15_REPLACED.values()].includes(ch)) return true;
  return code >= 0xa0 && code <= 0xff && !ISO_8859_15_REPLACED.has(code);
}

/** The page's bytes in its declared charset (every character in it is encodable there, see renderPage). */
export function encodePage(page: string, charset: Template["charset"]): Uint8Array {
  if (charset === "utf-8") return new TextEncoder().encode(page);
  const bytes: number[] = [];
  for (const ch of page) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff && !(charset === "iso-8859-15" && ISO_8859_15_REPLACED.has(code)))) bytes.push(code);
    else if (charset === "windows-1252") bytes.push(0x80 + WINDOWS_1252_80_9F.indexOf(ch));
    else bytes.push([...ISO_8859_15_REPLACED].find(([, c]) => c === ch)![0]);
  }
  return Uint8Array.from(bytes);
}

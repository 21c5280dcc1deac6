/**
 * `poimija view`: one self-contained HTML page per input, written beside the
 * input as `<name>.view.html` (the input's last extension replaced, so an
 * HTML input is never overwritten), into `-o` (a file for one input, a
 * directory for several), to stdout with `-o -`, or served on 127.0.0.1.
 *
 * Exit codes as for the other commands: 0 done, 1 an input or the gold file
 * failed, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PoimijaError } from "../errors.js";
import { extract } from "../index.js";
import { parseGold, type Gold } from "../output/view-gold.js";
import { renderView } from "../output/view.js";
import { Extraction, FORMATS, type Format } from "../schema/index.js";

export const VIEW_HELP = `Usage: poimija view FILE… [-o OUT] [--serve [PORT]] [--gold GOLD.json]

Writes one self-contained HTML page per input showing what was extracted, in
the text. FILE is a text or Markdown file, a corpus file (.json with "text"
and "referenceDate"), a saved extraction (the JSON of poimija extract), or -
for stdin.

Options:
  -o, --output OUT             one input: the page's file (- for stdout);
                               several inputs: a directory (made if missing).
                               Default: <input name>.view.html beside each
                               input; stdout for stdin
  --serve [PORT]               serve the pages on http://127.0.0.1:PORT/ instead
                               (default PORT 0: a free port); prints the URL,
                               Ctrl-C stops. Use --serve=PORT before a file
                               whose name is a number
  --gold GOLD.json             mark matched, missed and spurious entities against
                               a corpus file's gold (ANNOTATION.md); with no
                               FILE the gold file's own text is viewed
  --title TEXT                 the page title (one input)
  --reference-date YYYY-MM-DD  the publication day (text inputs)
  --format auto|text|markdown  input format (default auto)
`;

class ViewUsageError extends Error {}

interface Page {
  source: string;
  name: string;
  html: string;
}

/** Takes `--serve`, `--serve PORT` and `--serve=PORT` out of the arguments: parseArgs has no optional values. */
function takeServe(argv: string[]): { rest: string[]; port: number | null } {
  const rest: string[] = [];
  let port: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^--serve(?:=(.*))?$/.exec(a);
    if (!m) {
      rest.push(a);
      continue;
    }
    let value = m[1];
    if (value === undefined && /^\d+$/.test(argv[i + 1] ?? "")) value = argv[++i];
    port = value === undefined ? 0 : Number(value);
    if (!/^\d+$/.test(value ?? "0") || port > 65535) throw new ViewUsageError(`--serve takes a port number 0–65535, not ${value}`);
  }
  return { rest, port };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

class InputError extends Error {}

function readGold(file: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(readInput(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new PoimijaError("invalid_gold", `${file} is not JSON: ${(e as Error).message}`);
  }
  return parseGold(json, file);
}

/** A saved extraction is shown as it is; a corpus document or any other text is extracted first. */
function extractionOf(file: string, content: string, options: { referenceDate: string | null; format: Format }): Extraction {
  if (file.endsWith(".json")) {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      json = undefined;
    }
    const saved = Extraction.safeParse(json);
    if (saved.success) return saved.data;
    const doc = json as { text?: unknown; referenceDate?: unknown } | undefined;
    if (doc && typeof doc.text === "string") {
      const referenceDate = options.referenceDate ?? (typeof doc.referenceDate === "string" ? doc.referenceDate : null);
      return extract(doc.text, { ...options, referenceDate });
    }
  }
  return extract(content, options);
}

function pageName(file: string): string {
  if (file === "-") return "stdin.view.html";
  const base = basename(file);
  return `${extname(base) ? base.slice(0, -extname(base).length) : base}.view.html`;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Where each page goes; "-" is stdout. */
function destinations(pages: Page[], output: string | undefined): string[] {
  if (output === "-" && pages.length > 1) throw new ViewUsageError("-o - (stdout) takes one input only");
  if (pages.length > 1 && output !== undefined) {
    if (existsSync(output) && !isDirectory(output)) throw new ViewUsageError(`with several inputs -o names a directory, and ${output} is a file`);
    mkdirSync(output, { recursive: true });
  }
  const out = pages.map((p) => {
    if (output === undefined) return p.source === "-" ? "-" : join(dirname(p.source), p.name);
    if (output === "-") return "-";
    return pages.length > 1 || isDirectory(output) ? join(output, p.name) : output;
  });
  const seen = new Map<string, string>();
  out.forEach((o, i) => {
    if (o === "-") return;
    const key = resolve(o);
    if (key === resolve(pages[i].source)) throw new ViewUsageError(`the page for ${pages[i].source} would overwrite it; pass -o`);
    const other = seen.get(key);
    if (other !== undefined) throw new ViewUsageError(`${other} and ${pages[i].source} would both be written to ${o}; pass -o DIR with distinct names`);
    seen.set(key, pages[i].source);
  });
  return out;
}

function indexPage(pages: Page[]): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = pages.map((p) => `<li><a href="/${encodeURIComponent(p.name)}">${escape(p.source)}</a></li>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>poimija view</title></head><body><h1>poimija view</h1><ul>${items}</ul></body></html>`;
}

/** Serves the pages on 127.0.0.1 until SIGINT or SIGTERM; resolves with the exit code. */
function serve(pages: Page[], port: number): Promise<number> {
  const byPath = new Map<string, string>(pages.map((p) => [`/${encodeURIComponent(p.name)}`, p.html]));
  if (pages.length === 1) byPath.set("/", pages[0].html);
  else byPath.set("/", indexPage(pages));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const html = byPath.get(path);
    const status = req.method !== "GET" && req.method !== "HEAD" ? 405 : html === undefined ? 404 : 200;
    res.writeHead(status, {
      "content-type": status === 200 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : status === 200 ? html : status === 404 ? "not found\n" : "method not allowed\n");
  });
  return new Promise((done) => {
    const stop = () => server.close(() => done(0));
    server.once("error", (e: NodeJS.ErrnoException) => {
      const hint = e.code === "EADDRINUSE" ? ` (port ${port} is in use; --serve 0 picks a free one)` : "";
      process.stderr.write(`poimija: cannot serve: ${e.message}${hint}\n`);
      done(1);
    });
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      process.stdout.write(`http://127.0.0.1:${bound}/\n`);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  });
}

async function run(argv: string[]): Promise<number> {
  const { rest, port } = takeServe(argv);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      gold: { type: "string" },
      title: { type: "string" },
      "reference-date": { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(VIEW_HELP);
    return 0;
  }
  const format = (values.format ?? "auto") as Format;
  if (!FORMATS.includes(format)) throw new ViewUsageError(`--format must be auto, text or markdown, not ${values.format}`);
  const referenceDate = values["reference-date"] ?? null;
  if (referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new ViewUsageError(`--reference-date must be YYYY-MM-DD, not ${referenceDate}`);
  const files = positionals.length ? positionals : values.gold ? [values.gold] : [];
  if (!files.length) throw new ViewUsageError("poimija view needs a FILE (or --gold GOLD.json)");
  if (values.gold && files.length > 1) throw new ViewUsageError("--gold annotates one text: give one FILE with it");
  if (values.title && files.length > 1) throw new ViewUsageError("--title names one page: give one FILE with it");
  const gold = values.gold ? readGold(values.gold) : undefined;

  let status = 0;
  const pages: Page[] = [];
  for (const file of files) {
    try {
      const extraction = extractionOf(file, readInput(file), { referenceDate, format });
      const html = renderView(extraction, { title: values.title, gold, sourceName: file === "-" ? "stdin" : file });
      pages.push({ source: file, name: pageName(file), html });
    } catch (e) {
      if (!(e instanceof InputError || e instanceof PoimijaError)) throw e;
      const what = e instanceof PoimijaError && e.code === "invalid_gold" ? "" : `cannot view ${file}: `;
      process.stderr.write(`poimija: ${e instanceof InputError ? "" : what}${e.message}\n`);
      status = 1;
    }
  }
  if (!pages.length) return status;
  if (port !== null) {
    if (values.output !== undefined) throw new ViewUsageError("--serve and -o exclude each other");
    return (await serve(pages, port)) || status;
  }
  destinations(pages, values.output).forEach((to, i) => {
    if (to === "-") process.stdout.write(pages[i].html);
    else {
      writeFileSync(to, pages[i].html);
      process.stdout.write(`${to}\n`);
    }
  });
  return status;
}

/** The `view` command; prints its own errors and returns the exit code. */
export async function view(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    const usage = e instanceof ViewUsageError || String((e as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    if (!usage && !(e instanceof PoimijaError || e instanceof InputError)) throw e;
    process.stderr.write(`poimija: ${(e as Error).message}\n${usage ? "Run poimija view --help for usage.\n" : ""}`);
    return usage ? 2 : 1;
  }
}

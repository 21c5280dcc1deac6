/**
 * One batch record, from input to output line. An NDJSON input line
 * `{"id","text","referenceDate"?,"format"?}` or a document file gives exactly
 * one output: `{"id", …Extraction}` or `{"id", "line", "error": {"code", "message"}}`.
 * Nothing an input holds can stop the batch. Runs in the batch workers (or in
 * the CLI's own thread with one job).
 */
import { readFileSync } from "node:fs";
import { createCache, extract, type PoimijaCache } from "../index.js";
import { BatchInput, type BatchError, type Extraction, type Format } from "../schema/index.js";
import { decodeFile, decodeStrict, type Encoding } from "./encoding.js";
import { isErrorRecord, type GroupOutput } from "./pool.js";

const HTML_FILE = /\.html?$/i;

export interface RecordOptions {
  referenceDate: string | null;
  format: Format;
  /** Leave the input text out of each record. */
  noText: boolean;
  /** How input bytes are read (default strict UTF-8). */
  encoding: Encoding;
  /** Whether file records name their file as `id` (NDJSON) or as `file` (the JSON array). */
  fileKey: "id" | "file";
}

/** An input of the batch: one NDJSON line, or one document file (`size` its bytes). `line` is its 1-based number in the whole input. */
export type BatchItem = { line: number; bytes: Uint8Array } | { line: number; path: string; size: number };

type Id = BatchError["id"];

export function errorRecord(id: Id, line: number, code: BatchError["error"]["code"], message: string, key: "id" | "file" = "id"): string {
  return JSON.stringify({ [key]: id, line, error: { code, message } });
}

function recordOf(key: "id" | "file", id: Id, result: Extraction, noText: boolean): string {
  if (!noText) return JSON.stringify({ [key]: id, ...result });
  const { text: _text, ...rest } = result;
  return JSON.stringify({ [key]: id, ...rest });
}

/** The id of a line whose bytes are not valid in its encoding, when a lenient reading still finds one. */
function idOfUndecodable(bytes: Uint8Array): Id {
  try {
    const raw = JSON.parse(Buffer.from(bytes).toString("utf8")) as { id?: unknown };
    return typeof raw.id === "string" || typeof raw.id === "number" ? raw.id : null;
  } catch {
    return null;
  }
}

export function processLine(bytes: Uint8Array, line: number, options: RecordOptions, cache?: PoimijaCache): string {
  const decoded = decodeStrict(bytes, options.encoding);
  if (decoded === null) return errorRecord(idOfUndecodable(bytes), line, "invalid_encoding", "line is not valid UTF-8");
  const text = decoded.endsWith("\r") ? decoded.slice(0, -1) : decoded;
  if (text.trim() === "") return errorRecord(null, line, "invalid_json", "empty line");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return errorRecord(null, line, "invalid_json", `line is not JSON: ${(e as Error).message}`);
  }
  const id = raw && typeof raw === "object" && "id" in raw && (typeof raw.id === "string" || typeof raw.id === "number") ? raw.id : null;
  const parsed = BatchInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorRecord(id, line, "invalid_input", `${issue.path.join(".") || "line"}: ${issue.message}`);
  }
  const { id: _id, text: input, ...lineOptions } = parsed.data;
  // an option the line states wins over the command line's; the schema's defaults stand for none
  const stated = raw as Record<string, unknown>;
  const given = Object.fromEntries(Object.entries(lineOptions).filter(([k]) => stated[k] !== undefined));
  try {
    const result = extract(input, {
      referenceDate: options.referenceDate,
      format: options.format,
      ...given,
      cache,
    });
    return recordOf("id", parsed.data.id, result, options.noText);
  } catch (e) {
    return errorRecord(parsed.data.id, line, "extraction_failed", (e as Error).message);
  }
}

/** A document file: text, Markdown or HTML as it is; a corpus `.json` file by its `text` and `referenceDate`. */
export function processFile(path: string, line: number, options: RecordOptions, cache?: PoimijaCache): string {
  const key = options.fileKey;
  let text: string;
  try {
    const decoded = decodeFile(readFileSync(path), options.encoding, HTML_FILE.test(path));
    if (decoded.text === undefined) return errorRecord(path, line, "invalid_encoding", `${path}: ${decoded.error}`, key);
    text = decoded.text;
  } catch (e) {
    return errorRecord(path, line, "unreadable", `cannot read ${path}: ${(e as Error).message}`, key);
  }
  let referenceDate = options.referenceDate;
  if (path.endsWith(".json")) {
    try {
      const doc = JSON.parse(text) as { text?: unknown; referenceDate?: string | null };
      if (typeof doc.text === "string") {
        text = doc.text;
        referenceDate ??= doc.referenceDate ?? null;
      }
    } catch {
      /* not JSON: read as text */
    }
  }
  const format = options.format !== "auto" ? options.format : /\.(md|markdown)$/i.test(path) ? "markdown" : HTML_FILE.test(path) ? "html" : "auto";
  try {
    return recordOf(key, path, extract(text, { referenceDate, format, cache }), options.noText);
  } catch (e) {
    return errorRecord(path, line, "extraction_failed", (e as Error).message, key);
  }
}

export function processItem(item: BatchItem, options: RecordOptions, cache?: PoimijaCache): string {
  return "bytes" in item ? processLine(item.bytes, item.line, options, cache) : processFile(item.path, item.line, options, cache);
}

/**
 * Entries in each batch thread's cross-document cache. An entry costs about
 * 0.6 KB of heap (`npm run bench:batch -- --only cache-size`), so the
 * library's default of 100 000 would let each worker grow by some 60 MB on a
 * long archive of varied text; this bound keeps it near 12 MB, and the forms
 * that recur stay in the cache's young half.
 */
const BATCH_CACHE_ENTRIES = 20_000;

/** The cache a batch thread keeps for its whole run, when the batch has one. */
export const batchCache = (enabled: boolean): PoimijaCache | undefined => (enabled ? createCache({ maxEntries: BATCH_CACHE_ENTRIES }) : undefined);

/** A group's records as its executor hands them over. */
export function groupOutput(records: string[], ndjson: boolean): GroupOutput {
  if (!ndjson) return { records };
  return { ndjson: records.join("\n") + "\n", errors: records.filter(isErrorRecord).length };
}

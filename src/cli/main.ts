#!/usr/bin/env node
/**
 * The `poimija` command line.
 *
 * Exit codes: 0 done (in --ndjson mode also when some lines came back as
 * error records); 1 an input could not be read or extracted; 2 usage error;
 * 130 interrupted.
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { FORMATS } from "../schema/options.js";
import type { BatchItem, RecordOptions } from "./batch.js";
import { decodeFile, ENCODINGS, parseEncoding } from "./encoding.js";
import { expandPaths, InputReader, stdinSize, type Source } from "./inputs.js";
import { isErrorRecord, runOrdered, workerExecutor, type GroupOutput } from "./pool.js";
import { newStats, startProgress } from "./progress.js";

// The extractor, loaded where a command needs it in this thread: a batch with workers never does.
const library = () => import("../index.js");

const VERSION = "0.1.0";

const HELP = `poimija ${VERSION} — events, times, people, bodies and decisions from Finnish text

Usage:
  poimija extract [PATH…]          extract from files, directories (their .txt, .md, .html,
                                   recursively) and globs; print JSON (stdin when no PATH)
  poimija extract --ndjson [PATH…] batch: NDJSON lines {"id","text","referenceDate"?,"format"?}
                                   from stdin, from - or from .ndjson/.jsonl PATHs, and one
                                   record per document PATH (its path as id); one output line
                                   per input, in input order
  poimija eval [DIR]               score against gold files (default fixtures/corpus)
  poimija schema                   print the JSON Schema of an extraction
  poimija view FILE…               an HTML page per input showing the entities (poimija view --help)

Options for extract:
  --reference-date YYYY-MM-DD      the publication day (anchors year-less and relative dates)
  --format auto|text|markdown|html input format (default auto; .md files read as markdown, .html as HTML)
  --encoding utf8|latin1|windows-1252
                                   how input bytes are read (default utf8, strictly)
  --pretty                         indent JSON output (the default at a terminal)
  --no-text                        leave the input text out of each record
  --ndjson                         batch mode
  --jobs N                         worker threads in batch mode (default: all cores)
  --shard K/N                      batch: only inputs K, K+N, K+2N… (0-based), for many machines
  --skip N                         batch: pass over the first N inputs (resume after an interrupt)
  --no-cache                       batch: no cross-document cache in the workers
  --quiet                          no progress bar or summary on a terminal
Options for eval:
  --errors                         list each miss and each spurious entity
  --json                           print the report as JSON
  --by genre                       a table of figures per genre after the report
Options for schema:
  --batch                          the schema of one --ndjson output line instead
  --options                        the schema of the extract options (API, CLI and batch lines)

Exit codes: 0 done (NDJSON error records included), 1 an input failed, 2 usage error,
130 interrupted (stderr says how to resume).
`;

class UsageError extends Error {}

/** Time the batch gives groups in flight to finish after an interrupt. */
const INTERRUPT_GRACE_MS = 1500;
/** Most items in one group handed to a worker. */
const GROUP_ITEMS = 64;
/** Input bytes at which a group ends. */
const GROUP_BYTES = 256 * 1024;
/**
 * Most input bytes between reading and written. The memory a group costs
 * (its input, its records about three times as large, the extraction's
 * garbage) follows its bytes, not its count of documents.
 */
const IN_FLIGHT_BYTES = 4 * 1024 * 1024;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "view") return (await import("./view.js")).view(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "reference-date": { type: "string" },
      format: { type: "string" },
      encoding: { type: "string" },
      pretty: { type: "boolean" },
      "no-text": { type: "boolean" },
      "no-cache": { type: "boolean" },
      ndjson: { type: "boolean" },
      jobs: { type: "string" },
      shard: { type: "string" },
      skip: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      errors: { type: "boolean" },
      json: { type: "boolean" },
      batch: { type: "boolean" },
      options: { type: "boolean" },
      by: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const format = values.format ?? "auto";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not ${format}`);
  const referenceDate = values["reference-date"] ?? null;
  if (referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new UsageError(`--reference-date must be YYYY-MM-DD, not ${referenceDate}`);
  const encoding = parseEncoding(values.encoding ?? "utf8");
  if (!encoding) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(", ")}, not ${values.encoding}`);

  switch (command) {
    case "extract": {
      const ndjson = Boolean(values.ndjson);
      const record: RecordOptions = { referenceDate, format: format as "auto", noText: Boolean(values["no-text"]), encoding, fileKey: ndjson ? "id" : "file" };
      const [shard, shards] = parseShard(values.shard);
      const batchOptions: BatchOptions = {
        jobs: parseJobs(values.jobs),
        shard,
        shards,
        skip: parseCount("--skip", values.skip),
        cache: !values["no-cache"],
        quiet: Boolean(values.quiet),
        // indented for a person at a terminal, one line for a pipe
        pretty: values.pretty ?? Boolean(process.stdout.isTTY),
      };
      if (ndjson) {
        const { sources, missing } = rest.length ? expandPaths(rest, true) : { sources: [{ kind: "ndjson", path: "-", size: stdinSize() } as const], missing: [] };
        const status = reportMissing(missing);
        return Math.max(status, await batch(sources, record, batchOptions, "ndjson"));
      }
      if (!rest.length) return extractStdin(record, batchOptions.pretty);
      const { sources, missing, single } = expandPaths(rest, false);
      const status = reportMissing(missing);
      if (single) return extractOne(sources[0].path, record, batchOptions.pretty);
      return Math.max(status, await batch(sources, record, batchOptions, "array"));
    }
    case "eval":
      return (await import("./eval.js")).evaluate(rest[0] ?? "fixtures/corpus", { errors: Boolean(values.errors), json: Boolean(values.json), by: values.by });
    case "schema": {
      const { batchOutputJsonSchema, extractionJsonSchema, optionsJsonSchema } = await library();
      process.stdout.write(JSON.stringify(values.batch ? batchOutputJsonSchema() : values.options ? optionsJsonSchema() : extractionJsonSchema(), null, 2) + "\n");
      return 0;
    }
    default:
      throw new UsageError(`unknown command ${command} (extract, eval, schema)`);
  }
}

function reportMissing(missing: string[]): number {
  for (const p of missing) process.stderr.write(`poimija: cannot read ${p}: no such file, directory or matching file\n`);
  return missing.length ? 1 : 0;
}

function parseJobs(option: string | undefined): number {
  const jobs = option === undefined ? availableParallelism() : Number(option);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, not ${option}`);
  return jobs;
}

function parseCount(name: string, option: string | undefined): number {
  if (option === undefined) return 0;
  if (!/^\d+$/.test(option)) throw new UsageError(`${name} must be a whole number, not ${option}`);
  return Number(option);
}

function parseShard(shard: string | undefined): [number, number] {
  if (!shard) return [0, 1];
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard must be K/N with 0 <= K < N, not ${shard}`);
  return [Number(m[1]), Number(m[2])];
}

/** One record's JSON, alone: the extraction, or its error on stderr. */
function printOne(record: string, what: string, pretty: boolean): number {
  const parsed = JSON.parse(record) as { file?: string; line?: number; error?: { message: string } };
  if (parsed.error) {
    process.stderr.write(`poimija: ${parsed.error.message.startsWith("cannot read") ? "" : `${what}: `}${parsed.error.message}\n`);
    return 1;
  }
  delete parsed.file;
  delete parsed.line;
  process.stdout.write(JSON.stringify(parsed, null, pretty ? 2 : 0) + "\n");
  return 0;
}

async function extractOne(path: string, record: RecordOptions, pretty: boolean): Promise<number> {
  const { processFile } = await import("./batch.js");
  return printOne(processFile(path, 1, record), path, pretty);
}

async function extractStdin(record: RecordOptions, pretty: boolean): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const decoded = decodeFile(Buffer.concat(chunks), record.encoding);
  if (decoded.text === undefined) {
    process.stderr.write(`poimija: stdin: ${decoded.error}\n`);
    return 1;
  }
  const { extract } = await library();
  try {
    const { text: _text, ...rest } = extract(decoded.text, { referenceDate: record.referenceDate, format: record.format });
    process.stdout.write(JSON.stringify(record.noText ? rest : { ...rest, text: decoded.text }, null, pretty ? 2 : 0) + "\n");
    return 0;
  } catch (e) {
    process.stderr.write(`poimija: stdin: ${(e as Error).message}\n`);
    return 1;
  }
}

interface BatchOptions {
  jobs: number;
  shard: number;
  shards: number;
  skip: number;
  cache: boolean;
  quiet: boolean;
  pretty: boolean;
}

/** Resolves when the stream has taken the data (at once, or at its next 'drain'); rejects when it fails. */
function writeTo(out: NodeJS.WritableStream, data: string): Promise<void> {
  if (out.write(data)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      out.off("drain", done);
      out.off("error", done);
      out.off("close", done);
      if (e) reject(e);
      else resolve();
    };
    out.on("drain", done);
    out.on("error", done);
    out.on("close", done);
  });
}

/**
 * The batch: NDJSON (one line per input) or one JSON array naming each file.
 * SIGINT stops the reading and writes what finishes within the grace time;
 * a closed stdout (EPIPE, `| head`) ends the run quietly.
 */
async function batch(sources: Source[], record: RecordOptions, options: BatchOptions, shape: "ndjson" | "array"): Promise<number> {
  const out = process.stdout;
  const totalBytes = sources.every((s) => s.size !== null) ? sources.reduce((n, s) => n + (s.size ?? 0), 0) : null;
  const stats = newStats(totalBytes);
  const reader = new InputReader(sources, { skip: options.skip, shard: options.shard, shards: options.shards, maxItems: GROUP_ITEMS, maxBytes: GROUP_BYTES, onBytes: (n) => (stats.bytes += n) });
  const executorOptions = { record, cache: options.cache, ndjson: shape === "ndjson" };
  const executor = options.jobs === 1 ? (await import("./inline.js")).inlineExecutor(executorOptions) : workerExecutor(options.jobs, new URL("./worker.js", import.meta.url), executorOptions);
  let lastLine = options.skip;
  let failedFiles = 0;
  let first = true;
  const writeRecords = async (output: GroupOutput, items: BatchItem[]) => {
    let chunk: string;
    if ("ndjson" in output) {
      chunk = output.ndjson;
      stats.errors += output.errors;
    } else {
      const { records } = output;
      const elements = options.pretty ? records.map((r) => JSON.stringify(JSON.parse(r), null, 2).replace(/\n/g, "\n  ")) : records;
      chunk = (first ? "[\n  " : ",\n  ") + elements.join(",\n  ");
      first = false;
      for (const r of records.filter(isErrorRecord)) {
        stats.errors++;
        failedFiles++;
        process.stderr.write(`poimija: ${(JSON.parse(r) as { error: { message: string } }).error.message}\n`);
      }
    }
    const written = writeTo(out, chunk);
    stats.records += items.length;
    lastLine = items[items.length - 1].line;
    await written;
  };

  let interrupted = false;
  let pipeClosed = false;
  const bound = { groups: options.jobs === 1 ? 2 : options.jobs * 4, bytes: IN_FLIGHT_BYTES };
  const run = runOrdered(reader.groups(), executor, writeRecords, bound);
  const stop = () => {
    reader.stop();
    run.stop(INTERRUPT_GRACE_MS);
  };
  const onInterrupt = () => {
    // a second interrupt: the user does not want to wait for the grace time
    if (interrupted) process.exit(130);
    interrupted = true;
    stop();
  };
  const onOutputError = (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    pipeClosed = true;
    stop();
  };
  process.on("SIGINT", onInterrupt);
  out.on("error", onOutputError);
  const progress = startProgress(stats, process.stderr, !options.quiet);
  try {
    await run.done;
  } catch (e) {
    if (!pipeClosed) throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
    progress.finish();
    await executor.close();
    if (process.stdin.readable) process.stdin.destroy();
  }
  if (pipeClosed) return 0;
  if (shape === "array" && !pipeClosed) out.write(first ? "[]\n" : "\n]\n");
  if (interrupted) {
    process.stderr.write(
      `poimija: interrupted; ${stats.records} records written, every input up to line ${lastLine} done. ` +
        `To resume, run the same command with --skip ${lastLine} and append to the output.\n`,
    );
    return 130;
  }
  return failedFiles ? 1 : 0;
}

// a closed pipe (`| head`) is the reader saying it has enough: no stack trace (the batch also stops its work)
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`poimija: ${(e as Error).message}\n`);
    const usage = e instanceof UsageError || String((e as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    if (usage) process.stderr.write("Run poimija --help for usage.\n");
    process.exitCode = usage ? 2 : 1;
  },
);

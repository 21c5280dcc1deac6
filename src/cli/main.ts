#!/usr/bin/env node
/**
 * The `poimija` command line.
 *
 * Exit codes: 0 done (in --ndjson mode also when some lines came back as
 * error records); 1 an input could not be read or extracted; 2 usage error.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { extract } from "../index.js";
import { batchOutputJsonSchema, extractionJsonSchema, type Extraction } from "../schema/index.js";
import { evaluate } from "./eval.js";
import { FORMATS, optionsJsonSchema } from "../schema/options.js";
import { processLine } from "./batch.js";
import { createPool } from "./pool.js";
import { view } from "./view.js";

const VERSION = "0.1.0";

const HELP = `poimija ${VERSION} — events, times, people, bodies and decisions from Finnish text

Usage:
  poimija extract [FILE…]          extract from files (or stdin) and print JSON
  poimija extract --ndjson         read NDJSON lines {"id","text","referenceDate"?,"format"?}
                                   from stdin, write one line per input line, in order
  poimija eval [DIR]               score against gold files (default fixtures/corpus)
  poimija schema                   print the JSON Schema of an extraction
  poimija view FILE…               an HTML page per input showing the entities (poimija view --help)

Options for extract:
  --reference-date YYYY-MM-DD      the publication day (anchors year-less and relative dates)
  --format auto|text|markdown|html input format (default auto)
  --pretty                         indent JSON output (the default at a terminal)
  --ndjson                         batch mode (stdin to stdout)
  --jobs N                         worker threads in batch mode (default: all cores)
  --shard K/N                      batch mode: process only lines K, K+N, K+2N… (0-based), for many machines
Options for eval:
  --errors                         list each miss and each spurious entity
  --json                           print the report as JSON
  --by genre                       a table of figures per genre after the report
Options for schema:
  --batch                          the schema of one --ndjson output line instead
  --options                        the schema of the extract options (API, CLI and batch lines)

Exit codes: 0 done (NDJSON error records included), 1 an input failed, 2 usage error.
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "view") return view(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "reference-date": { type: "string" },
      format: { type: "string" },
      pretty: { type: "boolean" },
      ndjson: { type: "boolean" },
      jobs: { type: "string" },
      shard: { type: "string" },
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

  switch (command) {
    case "extract":
      if (values.ndjson) return batch({ referenceDate, format: format as "auto" }, values.jobs, values.shard);
      // indented for a person at a terminal, one line for a pipe
      return extractFiles(rest, { referenceDate, format: format as "auto" }, values.pretty ?? Boolean(process.stdout.isTTY));
    case "eval":
      return evaluate(rest[0] ?? "fixtures/corpus", { errors: Boolean(values.errors), json: Boolean(values.json), by: values.by });
    case "schema":
      process.stdout.write(JSON.stringify(values.batch ? batchOutputJsonSchema() : values.options ? optionsJsonSchema() : extractionJsonSchema(), null, 2) + "\n");
      return 0;
    default:
      throw new UsageError(`unknown command ${command} (extract, eval, schema)`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function extractFiles(files: string[], options: { referenceDate: string | null; format: "auto" }, pretty: boolean): Promise<number> {
  const inputs = files.length ? files : ["-"];
  let status = 0;
  const results: Extraction[] = [];
  for (const f of inputs) {
    let text: string;
    try {
      text = f === "-" ? await readStdin() : readFileSync(f, "utf8");
    } catch (e) {
      process.stderr.write(`poimija: cannot read ${f}: ${(e as Error).message}\n`);
      status = 1;
      continue;
    }
    // a corpus file: extract its text with its own reference date
    let refDate = options.referenceDate;
    if (f.endsWith(".json")) {
      try {
        const doc = JSON.parse(text) as { text?: unknown; referenceDate?: string | null };
        if (typeof doc.text === "string") {
          text = doc.text;
          refDate ??= doc.referenceDate ?? null;
        }
      } catch {
        /* not JSON: treat as text */
      }
    }
    try {
      results.push(extract(text, { ...options, referenceDate: refDate }));
    } catch (e) {
      process.stderr.write(`poimija: cannot extract ${f}: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  const out = results.length === 1 && inputs.length === 1 ? results[0] : results;
  process.stdout.write(JSON.stringify(out, null, pretty ? 2 : 0) + "\n");
  return status;
}

function parseShard(shard: string | undefined): [number, number] {
  if (!shard) return [0, 1];
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard must be K/N with 0 <= K < N, not ${shard}`);
  return [Number(m[1]), Number(m[2])];
}

async function batch(defaults: { referenceDate: string | null; format: "auto" }, jobsOption: string | undefined, shardOption: string | undefined): Promise<number> {
  const jobs = jobsOption === undefined ? cpus().length : Number(jobsOption);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, not ${jobsOption}`);
  const [shard, shards] = parseShard(shardOption);
  const out = process.stdout;
  const write = (lines: string[]) => {
    if (lines.length) out.write(lines.join("\n") + "\n");
  };
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = -1;
  // this machine's share of the lines (all of them without --shard)
  const mine = () => {
    n++;
    return n % shards === shard;
  };
  if (jobs === 1) {
    for await (const line of rl) if (mine()) write([processLine(line, defaults)]);
    return 0;
  }
  const pool = createPool(jobs, new URL("./worker.js", import.meta.url), defaults, write);
  const CHUNK = 16;
  let chunk: string[] = [];
  for await (const line of rl) {
    if (!mine()) continue;
    chunk.push(line);
    if (chunk.length === CHUNK) {
      await pool.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length) await pool.push(chunk);
  await pool.close();
  return 0;
}

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

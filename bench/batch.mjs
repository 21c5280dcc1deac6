#!/usr/bin/env node
// npm run bench:batch (or npm run bench -- --batch): the batch CLI at archive scale, on the
// fixtures corpus texts replicated into NDJSON (each line its own id).
//   - throughput: the CLI with 1 and 2 workers on >= 50 MB, beside two independent
//     one-job processes on its halves at the same time (the machine's own ceiling);
//   - the CLI with and without its cross-document cache;
//   - the CLI with one job against a plain extract() loop in one process (the CLI's overhead);
//   - peak RSS streaming a generated 1 GB through the CLI, with a fast reader (stdout to
//     /dev/null) and with a slow one (a throttled pipe read by this script).
// Options: --mb N (archive size, default 50), --slices N (default 5), --rss-mb N (streamed input, default 1024),
// --rss-seconds N (cap on each streaming run, default 150; the figure says how much was read),
// --slow-kbps N (the slow reader's speed, default 200), --only throughput|rss.
// Figures are wall times of whole processes on this machine, with its load printed beside them.
import { spawn } from "node:child_process";
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "50" },
    "rss-mb": { type: "string", default: "1024" },
    "rss-seconds": { type: "string", default: "150" },
    "slow-kbps": { type: "string", default: "200" },
    slices: { type: "string", default: "5" },
    only: { type: "string" },
    loop: { type: "string" },
    cache: { type: "boolean" },
    batch: { type: "boolean" },
  },
});
const CLI = new URL("../dist/cli/main.js", import.meta.url).pathname;

// `--loop FILE`: the reference, a plain extract() loop over an NDJSON file in this process
if (values.loop) {
  const { extract, createCache } = await import("../dist/index.js");
  const cache = values.cache ? createCache() : undefined;
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(values.loop), crlfDelay: Infinity })) {
    const d = JSON.parse(line);
    extract(d.text, { referenceDate: d.referenceDate ?? null, cache });
    n++;
  }
  process.exit(n > 0 ? 0 : 1);
}

const corpusDir = new URL("../fixtures/corpus/", import.meta.url);
const docs = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, corpusDir), "utf8")));

/** The corpus, replicated without end, one NDJSON line per document with its own id. */
function* archiveLines() {
  for (let n = 0; ; n++) {
    const d = docs[n % docs.length];
    yield JSON.stringify({ id: `doc-${n}`, text: d.text, referenceDate: d.referenceDate ?? null }) + "\n";
  }
}

const dir = mkdtempSync(join(tmpdir(), "poimija-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** Writes the archive as `slices` files of equal line counts, each with its two halves beside it. */
function writeArchive(bytes, slices) {
  const lines = [];
  let size = 0;
  for (const line of archiveLines()) {
    if (size >= bytes) break;
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  const files = [];
  for (let k = 0; k < slices; k++) {
    const slice = lines.slice(Math.floor((k * lines.length) / slices), Math.floor(((k + 1) * lines.length) / slices));
    const path = join(dir, `slice-${k}.ndjson`);
    const half = Math.ceil(slice.length / 2);
    writeFileSync(path, slice.join(""));
    writeFileSync(`${path}.1`, slice.slice(0, half).join(""));
    writeFileSync(`${path}.2`, slice.slice(half).join(""));
    files.push(path);
  }
  return { files, lines: lines.length, bytes: size };
}

/** Peak resident memory of a process so far (VmHWM), in MB, or 0 when it is gone. */
function peakMB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs a command with stdout to /dev/null; resolves with its wall time and peak RSS. */
function timed(args) {
  return new Promise((resolve, reject) => {
    const devnull = openSync("/dev/null", "w");
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ["ignore", devnull, "inherit"] });
    closeSync(devnull);
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakMB(child.pid))), 200);
    child.on("exit", (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      code === 0 ? resolve({ seconds, peak }) : reject(new Error(`${args.join(" ")} exited ${code}`));
    });
  });
}

/**
 * Streams generated NDJSON into the CLI's stdin (honouring backpressure) until `bytes` or the time
 * cap. A slow reader drains stdout at `kbps`; a fast one is /dev/null. Resolves with the input
 * the CLI took, its peak RSS and whether it finished.
 */
function streamed(bytes, seconds, kbps) {
  return new Promise((resolve) => {
    const devnull = kbps ? "pipe" : openSync("/dev/null", "w");
    const child = spawn(process.execPath, [CLI, "extract", "--ndjson", "--quiet"], { stdio: ["pipe", devnull, "inherit"] });
    if (!kbps) closeSync(devnull);
    let fed = 0;
    let peak = 0;
    const lines = archiveLines();
    const feed = () => {
      while (fed < bytes) {
        const line = lines.next().value;
        fed += Buffer.byteLength(line);
        if (!child.stdin.write(line)) return void child.stdin.once("drain", feed);
      }
      child.stdin.end();
    };
    child.stdin.on("error", () => {});
    feed();
    if (kbps) {
      // the throttled pipe: read a chunk, then wait as long as the rate allows before the next
      child.stdout.on("data", (chunk) => {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), (chunk.length / (kbps * 1024)) * 1000);
      });
    }
    const poll = setInterval(() => (peak = Math.max(peak, peakMB(child.pid))), 250);
    const cap = setTimeout(() => child.kill("SIGKILL"), seconds * 1000);
    child.on("exit", (code) => {
      clearInterval(poll);
      clearTimeout(cap);
      resolve({ fedMB: Math.min(fed, bytes) / 1e6, peak, finished: code === 0 });
    });
  });
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
console.log(`machine: ${cpus()[0]?.model ?? "cpu"} ×${cpus().length}; node ${process.version}; load average at start ${load()}`);
const part = (name) => !values.only || values.only === name;
// The machine is shared and its load comes in bursts: the archive is cut into slices, and every case
// runs on one slice before any case runs on the next (in an order that turns from slice to slice), so
// the cases meet the same load within a minute of each other. A case's time is its sum over the slices.
const slices = part("throughput") ? Number(values.slices) : 0;
const { files, lines, bytes } = writeArchive(Number(values.mb) * 1e6, slices);
const mb = bytes / 1e6;
console.log(`archive: ${lines} documents, ${mb.toFixed(1)} MB of NDJSON (fixtures/corpus texts replicated) in ${slices} slices`);

const self = new URL(import.meta.url).pathname;
const cli = (file, ...extra) => [CLI, "extract", "--ndjson", "--quiet", ...extra, file];
const cases = [
  ["CLI --jobs 2", (f) => timed(cli(f, "--jobs", "2"))],
  [
    "two --jobs 1 processes on halves (ceiling)",
    async (f) => {
      const t0 = process.hrtime.bigint();
      await Promise.all([1, 2].map((k) => timed(cli(`${f}.${k}`, "--jobs", "1"))));
      return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, peak: 0 };
    },
  ],
  ["CLI --jobs 1", (f) => timed(cli(f, "--jobs", "1"))],
  ["CLI --jobs 1 --no-cache", (f) => timed(cli(f, "--jobs", "1", "--no-cache"))],
  ["extract() loop, no cache (reference)", (f) => timed([self, "--loop", f])],
  ["extract() loop, with a cache", (f) => timed([self, "--loop", f, "--cache"])],
];
const results = Object.fromEntries(cases.map(([name]) => [name, { seconds: 0, peak: 0 }]));
for (let k = 0; k < slices; k++) {
  for (let c = 0; c < cases.length; c++) {
    const [name, run] = cases[(c + k) % cases.length];
    const r = await run(files[k]);
    results[name].seconds += r.seconds;
    results[name].peak = Math.max(results[name].peak, r.peak);
  }
}
if (slices)
  for (const [name, r] of Object.entries(results))
    console.log(`${name.padEnd(44)} ${r.seconds.toFixed(1).padStart(7)} s ${(mb / r.seconds).toFixed(2).padStart(7)} MB/s ${r.peak ? `${r.peak.toFixed(0).padStart(5)} MB peak RSS` : ""}`);

const ratio = (a, b) => results[b].seconds / results[a].seconds;
if (slices) {
  console.log("");
  console.log(`pool: --jobs 2 = ${ratio("CLI --jobs 2", "CLI --jobs 1").toFixed(2)}× --jobs 1, ${ratio("CLI --jobs 2", "two --jobs 1 processes on halves (ceiling)").toFixed(2)}× the two-process ceiling (target >= 0.95)`);
  console.log(`cache: --jobs 1 with the cache = ${ratio("CLI --jobs 1", "CLI --jobs 1 --no-cache").toFixed(2)}× without`);
  console.log(`overhead: CLI --jobs 1 --no-cache takes ${(100 * (ratio("extract() loop, no cache (reference)", "CLI --jobs 1 --no-cache") - 1)).toFixed(1)} % more time than the plain loop (target < 10 %); with the cache on both sides ${(100 * (ratio("extract() loop, with a cache", "CLI --jobs 1") - 1)).toFixed(1)} %`);

}
console.log("");
const rssBytes = Number(values["rss-mb"]) * 1e6;
const rssSeconds = Number(values["rss-seconds"]);
for (const [name, kbps, target] of part("rss") ? [
  ["fast reader (/dev/null)", 0, 300],
  [`slow reader (${values["slow-kbps"]} KB/s pipe)`, Number(values["slow-kbps"]), 400],
] : []) {
  const r = await streamed(rssBytes, rssSeconds, kbps);
  const how = r.finished ? `all ${(rssBytes / 1e6).toFixed(0)} MB` : `${r.fedMB.toFixed(0)} MB of ${(rssBytes / 1e6).toFixed(0)} MB taken in the ${rssSeconds} s cap`;
  console.log(`streaming, default jobs, ${name}: peak RSS ${r.peak.toFixed(0)} MB (target < ${target} MB); input: ${how}`);
}
console.log(`load average at end ${load()}`);

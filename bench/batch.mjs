#!/usr/bin/env node
// npm run bench:batch (or npm run bench -- --batch): the batch CLI at archive scale, on the
// fixtures corpus texts replicated into NDJSON (each line its own id).
//   - throughput: the CLI with 1 and 2 workers on >= 50 MB, beside two independent
//     one-job processes on its halves at the same time (the machine's own ceiling);
//   - the CLI with and without its cross-document cache;
//   - overhead: the CLI with one job against a plain extract() loop in one process, on short
//     slices run alternately, several rounds, the best time of each slice kept (wall and CPU);
//   - peak RSS streaming a generated 1 GB through the CLI, with a fast reader (stdout to
//     /dev/null) and with a slow one (a throttled pipe read by this script), and the fast
//     reader's peak by the time a quarter of it was read (memory flat with the input's length).
// Options: --mb N (archive size, default 50), --slices N (default 5), --overhead-mb N (default 8),
// --overhead-slices N (default 8), --rounds N (overhead rounds, default 3), --rss-mb N (streamed
// input, default 1024), --rss-seconds N (cap on the fast streaming run, default 1200, the slow one 150 s; the figure says
// how much was read), --slow-kbps N (the slow reader's speed, default 200), --only throughput|overhead|rss|cache-size.
// cache-size: the heap one cache entry costs, on corpus texts with a third of their words
// replaced by other Finnish words (Kotus list), so that new forms keep coming.
// Figures are times of whole processes on this machine, with its load printed beside them.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "50" },
    "rss-mb": { type: "string", default: "1024" },
    "rss-seconds": { type: "string", default: "1200" },
    "overhead-mb": { type: "string", default: "8" },
    "overhead-slices": { type: "string", default: "8" },
    rounds: { type: "string", default: "3" },
    "slow-kbps": { type: "string", default: "200" },
    slices: { type: "string", default: "5" },
    only: { type: "string" },
    loop: { type: "string" },
    cache: { type: "boolean" },
    write: { type: "boolean" },
    "cache-heap": { type: "string" },
    batch: { type: "boolean" },
  },
});
const CLI = new URL("../dist/cli/main.js", import.meta.url).pathname;

// `--loop FILE`: the reference, a plain extract() loop over an NDJSON file in this process;
// with --write it also prints each record as the CLI does ({"id", …extraction}, one per line)
if (values.loop) {
  const { extract, createCache } = await import("../dist/index.js");
  const cache = values.cache ? createCache() : undefined;
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(values.loop), crlfDelay: Infinity })) {
    const d = JSON.parse(line);
    const result = extract(d.text, { referenceDate: d.referenceDate ?? null, cache });
    if (values.write) process.stdout.write(JSON.stringify({ id: d.id, ...result }) + "\n");
    n++;
  }
  process.exit(n > 0 ? 0 : 1);
}

const corpusDir = new URL("../fixtures/corpus/", import.meta.url);
const docs = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, corpusDir), "utf8")));

// `--cache-heap on|off` (under --expose-gc): heap after varied documents, with a cache or without; prints JSON
if (values["cache-heap"]) {
  const { extract, createCache } = await import("../dist/index.js");
  const words = readFileSync(new URL("../../shared/data/kotus/words.tsv", import.meta.url), "utf8")
    .split("\n")
    .map((l) => l.split("\t")[0])
    .filter((w) => /^[a-zäö]{4,}$/.test(w));
  const endings = ["", "n", "ssa", "sta", "lla", "lle", "ksi", "a", "lta", "en"];
  let seed = 7;
  const random = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const replaceWord = (w) => {
    const other = words[random(words.length)] + endings[random(endings.length)];
    return w[0] === w[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other;
  };
  const cache = values["cache-heap"] === "on" ? createCache() : undefined;
  for (let n = 0; n < 4000; n++) {
    const d = docs[n % docs.length];
    extract(d.text.replace(/\p{L}{4,}/gu, (w) => (random(3) ? w : replaceWord(w))), { referenceDate: d.referenceDate ?? null, cache });
  }
  globalThis.gc();
  console.log(JSON.stringify({ heap: process.memoryUsage().heapUsed, entries: cache?.size ?? 0 }));
  process.exit(0);
}

/** The corpus, replicated without end, one NDJSON line per document with its own id. */
function* archiveLines() {
  for (let n = 0; ; n++) {
    const d = docs[n % docs.length];
    yield JSON.stringify({ id: `doc-${n}`, text: d.text, referenceDate: d.referenceDate ?? null }) + "\n";
  }
}

const dir = mkdtempSync(join(tmpdir(), "poimija-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** The file of one half (1 or 2) of an archive slice. */
const halfOf = (path, k) => path.replace(/\.ndjson$/, `.half${k}.ndjson`);

/** Writes the archive as `slices` files of equal line counts, each with its two halves beside it. */
function writeArchive(bytes, slices, name = "slice") {
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
    const path = join(dir, `${name}-${k}.ndjson`);
    const half = Math.ceil(slice.length / 2);
    writeFileSync(path, slice.join(""));
    // the halves keep the .ndjson ending: the CLI reads any other name as one document
    writeFileSync(halfOf(path, 1), slice.slice(0, half).join(""));
    writeFileSync(halfOf(path, 2), slice.slice(half).join(""));
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

/**
 * Runs a command and counts the lines it writes (a case that read its input
 * wrongly would be timed on other work: the counts are checked against the
 * input's); resolves with its wall time, peak RSS and output line count.
 */
function timed(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let lines = 0;
    child.stdout.on("data", (chunk) => {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
    });
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakMB(child.pid))), 200);
    child.on("close", (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      code === 0 ? resolve({ seconds, peak, lines }) : reject(new Error(`${args.join(" ")} exited ${code}`));
    });
  });
}

/** The number of lines of a file. */
function lineCount(path) {
  const bytes = readFileSync(path);
  let n = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) n++;
  return n;
}

/** Runs a command with stdout to /dev/null under a shell that reports its CPU time; resolves with wall and CPU (user + system) seconds. */
function timedCpu(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn("/bin/sh", ["-c", '"$@" > /dev/null; status=$?; times; exit $status', "sh", process.execPath, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      // the second line of `times`: the children's user and system time, as 0m4.850000s 0m0.290000s
      const [user, system] = (out.trim().split("\n")[1] ?? "").split(/\s+/).map((t) => {
        const m = /^(\d+)m([\d.]+)s$/.exec(t);
        return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
      });
      code === 0 ? resolve({ seconds, cpu: user + system }) : reject(new Error(`${args.join(" ")} exited ${code}`));
    });
  });
}

/**
 * Streams generated NDJSON into the CLI's stdin (honouring backpressure) until `bytes` or the time
 * cap. A slow reader drains stdout at `kbps`; a fast one is /dev/null. Resolves with the input
 * the CLI took, its peak RSS (also as it was when `checkpoint` bytes had been fed) and whether it finished.
 */
function streamed(bytes, seconds, kbps, checkpoint = Infinity) {
  return new Promise((resolve) => {
    const devnull = kbps ? "pipe" : openSync("/dev/null", "w");
    const child = spawn(process.execPath, [CLI, "extract", "--ndjson", "--quiet"], { stdio: ["pipe", devnull, "inherit"] });
    if (!kbps) closeSync(devnull);
    let fed = 0;
    let peak = 0;
    let peakAtCheckpoint = null;
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
    const poll = setInterval(() => {
      peak = Math.max(peak, peakMB(child.pid));
      if (peakAtCheckpoint === null && fed >= checkpoint) peakAtCheckpoint = peak;
    }, 250);
    const cap = setTimeout(() => child.kill("SIGKILL"), seconds * 1000);
    child.on("exit", (code) => {
      clearInterval(poll);
      clearTimeout(cap);
      resolve({ fedMB: Math.min(fed, bytes) / 1e6, peak, peakAtCheckpoint, finished: code === 0 });
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
const { files, lines, bytes } = writeArchive(slices ? Number(values.mb) * 1e6 : 0, slices);
const mb = bytes / 1e6;
if (slices) console.log(`archive: ${lines} documents, ${mb.toFixed(1)} MB of NDJSON (fixtures/corpus texts replicated) in ${slices} slices`);

const self = new URL(import.meta.url).pathname;
const cli = (file, ...extra) => [CLI, "extract", "--ndjson", "--quiet", ...extra, file];
const cases = [
  ["CLI --jobs 2", (f) => timed(cli(f, "--jobs", "2"))],
  [
    "two --jobs 1 processes on halves (ceiling)",
    async (f) => {
      const t0 = process.hrtime.bigint();
      const halves = await Promise.all([1, 2].map((k) => timed(cli(halfOf(f, k), "--jobs", "1"))));
      return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, peak: 0, lines: halves[0].lines + halves[1].lines };
    },
  ],
  ["CLI --jobs 1", (f) => timed(cli(f, "--jobs", "1"))],
  ["CLI --jobs 1 --no-cache", (f) => timed(cli(f, "--jobs", "1", "--no-cache"))],
];
const results = Object.fromEntries(cases.map(([name]) => [name, { seconds: 0, peak: 0 }]));
for (let k = 0; k < slices; k++) {
  for (let c = 0; c < cases.length; c++) {
    const [name, run] = cases[(c + k) % cases.length];
    const r = await run(files[k]);
    // every case must write one record per input line, or it was timed on other work
    if (r.lines !== lineCount(files[k])) throw new Error(`${name} wrote ${r.lines} lines for the ${lineCount(files[k])} of ${files[k]}`);
    results[name].seconds += r.seconds;
    results[name].peak = Math.max(results[name].peak, r.peak);
  }
}
const ratio = (a, b) => results[b].seconds / results[a].seconds;
if (slices) {
  for (const [name, r] of Object.entries(results))
    console.log(`${name.padEnd(44)} ${r.seconds.toFixed(1).padStart(7)} s ${(mb / r.seconds).toFixed(2).padStart(7)} MB/s ${r.peak ? `${r.peak.toFixed(0).padStart(5)} MB peak RSS` : ""}`);
  console.log("");
  console.log(`pool: --jobs 2 = ${ratio("CLI --jobs 2", "CLI --jobs 1").toFixed(2)}× --jobs 1, ${ratio("CLI --jobs 2", "two --jobs 1 processes on halves (ceiling)").toFixed(2)}× the two-process ceiling (target >= 0.95)`);
  console.log(`cache: --jobs 1 with the cache = ${ratio("CLI --jobs 1", "CLI --jobs 1 --no-cache").toFixed(2)}× without`);
  console.log("");
}

// Overhead: the CLI with one job and the plain loop, both without a cache, on short slices. In each
// round every case runs on a slice before any case runs on the next, the order turning from slice to
// slice and round to round; a case's figure is the sum over the slices of its best time for each, so
// a burst of load spoils one run of one slice, not a case. Wall time, and CPU time (user + system of
// the process), which a busy machine disturbs less.
if (part("overhead")) {
  const overhead = writeArchive(Number(values["overhead-mb"]) * 1e6, Number(values["overhead-slices"]), "overhead");
  const rounds = Number(values.rounds);
  const loopCases = [
    ["CLI --jobs 1 --no-cache", (f) => timedCpu(cli(f, "--jobs", "1", "--no-cache"))],
    ["extract() loop writing the records", (f) => timedCpu([self, "--loop", f, "--write"])],
    ["extract() loop alone", (f) => timedCpu([self, "--loop", f])],
  ];
  const best = Object.fromEntries(loopCases.map(([name]) => [name, overhead.files.map(() => ({ seconds: Infinity, cpu: Infinity }))]));
  for (let r = 0; r < rounds; r++)
    for (let k = 0; k < overhead.files.length; k++)
      for (let c = 0; c < loopCases.length; c++) {
        const [name, run] = loopCases[(c + k + r) % loopCases.length];
        const t = await run(overhead.files[k]);
        const b = best[name][k];
        b.seconds = Math.min(b.seconds, t.seconds);
        b.cpu = Math.min(b.cpu, t.cpu);
      }
  const sum = (name, key) => best[name].reduce((n, b) => n + b[key], 0);
  console.log(`overhead: ${overhead.lines} documents, ${(overhead.bytes / 1e6).toFixed(1)} MB in ${overhead.files.length} slices, best of ${rounds} rounds per slice`);
  for (const [name] of loopCases) console.log(`${name.padEnd(44)} ${sum(name, "seconds").toFixed(1).padStart(7)} s wall ${sum(name, "cpu").toFixed(1).padStart(7)} s CPU`);
  const pct = (a, b, key) => `${(100 * (sum(a, key) / sum(b, key) - 1)).toFixed(1)} %`;
  for (const reference of ["extract() loop writing the records", "extract() loop alone"])
    console.log(`overhead: CLI --jobs 1 over the ${reference.slice(10)}: ${pct("CLI --jobs 1 --no-cache", reference, "seconds")} wall, ${pct("CLI --jobs 1 --no-cache", reference, "cpu")} CPU (target < 10 %)`);
  console.log("");
}

if (part("cache-size")) {
  const heapAfter = (mode) => JSON.parse(spawnSync(process.execPath, ["--expose-gc", self, "--cache-heap", mode], { encoding: "utf8" }).stdout);
  const on = heapAfter("on");
  const off = heapAfter("off");
  console.log(`cache: ${on.entries} entries after 4000 varied documents, ${((on.heap - off.heap) / 1048576).toFixed(1)} MB more heap than without a cache: ${((on.heap - off.heap) / on.entries / 1024).toFixed(2)} KB per entry`);
  console.log("");
}

const rssBytes = Number(values["rss-mb"]) * 1e6;
for (const [name, kbps, target, seconds] of part("rss")
  ? [
      ["fast reader (/dev/null)", 0, 300, Number(values["rss-seconds"])],
      [`slow reader (${values["slow-kbps"]} KB/s pipe)`, Number(values["slow-kbps"]), 400, 150],
    ]
  : []) {
  const r = await streamed(rssBytes, seconds, kbps, rssBytes / 4);
  const how = r.finished ? `all ${(rssBytes / 1e6).toFixed(0)} MB` : `${r.fedMB.toFixed(0)} MB of ${(rssBytes / 1e6).toFixed(0)} MB taken in the ${seconds} s cap`;
  const quarter = r.peakAtCheckpoint === null ? "" : `; ${r.peakAtCheckpoint.toFixed(0)} MB by the time ${(rssBytes / 4e6).toFixed(0)} MB had been fed`;
  console.log(`streaming, default jobs, ${name}: peak RSS ${r.peak.toFixed(0)} MB (target < ${target} MB)${quarter}; input: ${how}`);
}
console.log(`load average at end ${load()}`);

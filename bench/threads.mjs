#!/usr/bin/env node
// npm run bench:threads: whether extract() gains from a second worker thread on this
// machine, with no batch pool around it. The fixtures texts replicated to about 6 MB
// are extracted by one worker thread, by two worker threads on alternate documents,
// and by two separate processes on alternate documents; wall time of each, best of
// three. If two threads take about as long as one while two processes take about
// half, the machine's limit is in running two isolates in one process, which no
// pool of threads can get round.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const TARGET = 6_000_000;

function share(k, n) {
  const dir = new URL("../fixtures/corpus/", import.meta.url);
  const docs = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")));
  const out = [];
  for (let bytes = 0, i = 0; bytes < TARGET; i++) {
    const d = docs[i % docs.length];
    if (i % n === k) out.push(d);
    bytes += d.text.length;
  }
  return out;
}

async function work(k, n) {
  const { extract } = await import("../dist/index.js");
  for (const d of share(k, n)) JSON.stringify(extract(d.text, { referenceDate: d.referenceDate ?? null }));
}

const role = process.argv[2];
if (!isMainThread) {
  await work(workerData.k, workerData.n);
  parentPort.postMessage("done");
} else if (role === "--process") {
  await work(Number(process.argv[3]), Number(process.argv[4]));
} else {
  const threads = (n) => Promise.all(Array.from({ length: n }, (_, k) => new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { k, n } });
    w.on("message", resolve);
    w.on("error", reject);
  })));
  const processes = (n) => Promise.all(Array.from({ length: n }, (_, k) => new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [new URL(import.meta.url).pathname, "--process", String(k), String(n)], { stdio: "inherit" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  })));
  const cases = [["one worker thread", () => threads(1)], ["two worker threads", () => threads(2)], ["two processes", () => processes(2)]];
  const best = new Map();
  for (let round = 0; round < 3; round++) {
    for (const [name, run] of cases) {
      const t0 = performance.now();
      await run();
      best.set(name, Math.min(best.get(name) ?? Infinity, (performance.now() - t0) / 1000));
    }
  }
  for (const [name, s] of best) console.log(`${name.padEnd(20)} ${s.toFixed(2)} s  ${(best.get("one worker thread") / s).toFixed(2)}× one thread`);
}

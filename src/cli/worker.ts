/** A batch worker: processes chunks of NDJSON lines sent by the CLI's pool. */
import { parentPort, workerData } from "node:worker_threads";
import { processLine } from "./batch.js";

parentPort!.on("message", (msg: { seq: number; lines: string[] }) => {
  parentPort!.postMessage({ seq: msg.seq, out: msg.lines.map((l) => processLine(l, workerData)) });
});

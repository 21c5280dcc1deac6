/**
 * Ordered parallel processing of NDJSON lines on worker threads: chunks go
 * to whichever worker is free, results are written back in input order.
 */
import { Worker } from "node:worker_threads";

export interface Pool {
  push(lines: string[]): Promise<void>;
  close(): Promise<void>;
}

export function createPool(jobs: number, workerFile: URL, data: unknown, write: (out: string[]) => void): Pool {
  const workers = Array.from({ length: jobs }, () => new Worker(workerFile, { workerData: data }));
  const idle: Worker[] = [...workers];
  const waiting: Array<() => void> = [];
  const done = new Map<number, string[]>();
  let nextToSend = 0;
  let nextToWrite = 0;
  let failure: Error | null = null;

  for (const w of workers) {
    w.on("message", (msg: { seq: number; out: string[] }) => {
      done.set(msg.seq, msg.out);
      while (done.has(nextToWrite)) {
        write(done.get(nextToWrite)!);
        done.delete(nextToWrite++);
      }
      idle.push(w);
      waiting.shift()?.();
    });
    w.on("error", (e) => {
      failure = e;
      waiting.splice(0).forEach((f) => f());
    });
  }

  const free = async () => {
    while (!idle.length && !failure) await new Promise<void>((r) => waiting.push(r));
    if (failure) throw failure;
    return idle.pop()!;
  };

  return {
    async push(lines) {
      const w = await free();
      w.postMessage({ seq: nextToSend++, lines });
    },
    async close() {
      while (nextToWrite < nextToSend && !failure) await new Promise<void>((r) => waiting.push(r));
      await Promise.all(workers.map((w) => w.terminate()));
      if (failure) throw failure;
    },
  };
}

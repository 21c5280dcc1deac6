/**
 * The batch's engine: groups of items go to an executor (worker threads, or
 * the CLI's own thread with one job) and their records are written back in
 * input order. Memory stays bounded whatever the reader's speed: a group
 * holds a slot from the moment it is read until the output stream has taken
 * its records (write() returned true, or 'drain' came), and no group is read
 * while every slot is taken. A slow stdout thus pauses the workers' intake
 * and then the reading.
 *
 * This module and the CLI's main thread never load the extractor itself
 * (type imports only): with workers, the main thread only moves bytes, and
 * the library's code and tables would cost it tens of MB for nothing.
 */
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { BatchItem, RecordOptions } from "./batch.js";

/**
 * A group's output records, one per item, in its order: as NDJSON text ready
 * for stdout, or as strings for the JSON array to arrange. Text, not bytes:
 * stdout encodes a string into memory it frees as soon as the write is done,
 * while a byte buffer handed to the main thread is freed only by that
 * thread's garbage collection, which its small heap rarely runs — buffers
 * piled up there by tens of MB.
 */
export type GroupOutput = { ndjson: string; errors: number } | { records: string[] };

export interface Executor {
  run(items: BatchItem[]): Promise<GroupOutput>;
  close(): Promise<void>;
}

export interface ExecutorOptions {
  record: RecordOptions;
  /** Keep a cross-document cache in each worker. */
  cache: boolean;
  /** Output as NDJSON bytes (else as record strings). */
  ndjson: boolean;
}

/** A group as a worker receives it: lines are slices of one buffer, so only their own bytes are copied across. */
export interface PackedGroup {
  seq: number;
  bytes: Uint8Array;
  items: Array<{ line: number; start: number; end: number } | { line: number; path: string; size: number }>;
}

/** Input bytes an item stands for: its line, or its file's size. */
export const itemBytes = (item: BatchItem) => ("bytes" in item ? item.bytes.length : item.size);

function pack(seq: number, group: BatchItem[]): PackedGroup {
  const size = group.reduce((n, item) => n + ("bytes" in item ? item.bytes.length : 0), 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  const items = group.map((item) => {
    if (!("bytes" in item)) return item;
    bytes.set(item.bytes, at);
    at += item.bytes.length;
    return { line: item.line, start: at - item.bytes.length, end: at };
  });
  return { seq, bytes, items };
}

export function unpack(group: PackedGroup): BatchItem[] {
  return group.items.map((item) => ("path" in item ? item : { line: item.line, bytes: group.bytes.subarray(item.start, item.end) }));
}

/**
 * A worker's young generation. V8's default lets each isolate's nursery grow to
 * tens of MB, paid once per worker in resident memory; a document's garbage is
 * short-lived. 16 MB is the trade bench/batch.mjs measured: with 6 MB two
 * workers spent a fifth of their time collecting (6 MB of NDJSON took 5.7 s
 * instead of 4.7 s), and 16 MB costs about 20 MB of peak RSS over 6 MB.
 */
const WORKER_YOUNG_GENERATION_MB = 16;
/**
 * How far V8 lets a heap grow past what survived its last full collection
 * before the next one. By default it doubles or more: each worker's garbage
 * then piles up to its tables' size again, and two workers streaming 40 MB of
 * NDJSON peaked at 303 MB (237 MB at 15 %). A flag of the whole process, read
 * by every isolate at each collection; only a batch with workers sets it.
 */
const HEAP_GROWING_PERCENT = 15;

/** `jobs` worker threads; a group goes to the one with the fewest groups outstanding. */
export function workerExecutor(jobs: number, workerFile: URL, options: ExecutorOptions): Executor {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const workers = Array.from({ length: jobs }, () => ({
    thread: new Worker(workerFile, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }),
    waiting: new Map<number, { resolve: (out: GroupOutput) => void; reject: (e: Error) => void }>(),
    failure: null as Error | null,
  }));
  let seq = 0;
  for (const w of workers) {
    w.thread.on("message", (msg: { seq: number; out: GroupOutput }) => {
      const pending = w.waiting.get(msg.seq)!;
      w.waiting.delete(msg.seq);
      pending.resolve(msg.out);
    });
    const fail = (e: Error) => {
      w.failure ??= e;
      for (const pending of w.waiting.values()) pending.reject(e);
      w.waiting.clear();
    };
    w.thread.on("error", fail);
    w.thread.on("exit", (code) => fail(new Error(`a batch worker stopped (exit code ${code})`)));
  }
  return {
    run(items) {
      // a worker that died fails the batch: its share of the records cannot be placed
      const dead = workers.find((w) => w.failure);
      if (dead) return Promise.reject(dead.failure);
      const w = workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const group = pack(seq++, items);
      return new Promise((resolve, reject) => {
        w.waiting.set(group.seq, { resolve, reject });
        w.thread.postMessage(group);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => (w.thread.removeAllListeners("exit"), w.thread.terminate())));
    },
  };
}

export interface OrderedRun {
  /** Resolves when the run ends: input exhausted and every record written, or stopped. */
  done: Promise<void>;
  /** Stops reading; groups in flight are written if they finish within graceMs, then abandoned. */
  stop(graceMs: number): void;
}

/** How much the batch holds between reading and written. */
export interface InFlightBound {
  /** Most groups. */
  groups: number;
  /** Most input bytes; a group larger than this alone still runs, by itself. */
  bytes: number;
}

/**
 * Reads groups from `groups`, runs them on the executor with at most
 * `bound` groups and input bytes between reading and written, and writes
 * each group's records in input order. `write` resolves once the output has
 * taken them.
 */
export function runOrdered(
  groups: AsyncIterator<BatchItem[]>,
  executor: Executor,
  write: (output: GroupOutput, items: BatchItem[]) => Promise<void>,
  bound: InFlightBound,
): OrderedRun {
  const finished = new Map<number, { items: BatchItem[]; output: GroupOutput; bytes: number }>();
  const wakers: Array<() => void> = [];
  const wake = () => wakers.splice(0).forEach((f) => f());
  const changed = () => new Promise<void>((resolve) => wakers.push(resolve));
  let inFlight = 0;
  let inFlightBytes = 0;
  let nextToWrite = 0;
  let writing = false;
  let stopped = false;
  let abandoned = false;
  let failure: unknown = null;

  const flush = async () => {
    if (writing) return;
    writing = true;
    try {
      while (!abandoned && finished.has(nextToWrite)) {
        const { items, output, bytes } = finished.get(nextToWrite)!;
        finished.delete(nextToWrite);
        await write(output, items);
        nextToWrite++;
        inFlight--;
        inFlightBytes -= bytes;
        wake();
      }
    } catch (e) {
      failure ??= e;
      wake();
    } finally {
      writing = false;
    }
  };

  // Ends the wait for the input's next group when the run stops. One slot,
  // replaced for each group: a race against a promise that stays pending for
  // the whole run (Promise.race, stopping.then) would add a reaction to it per
  // group, and through each reaction keep that group's items and their input
  // buffers alive until the end: memory growing with the input's length.
  let abandonWait: (() => void) | null = null;
  const nextGroup = () =>
    new Promise<IteratorResult<BatchItem[]> | null>((resolve, reject) => {
      abandonWait = () => resolve(null);
      groups.next().then(resolve, reject);
    });
  const read = async () => {
    let seq = 0;
    while (!stopped && !failure) {
      const next = await nextGroup();
      abandonWait = null;
      if (!next || next.done || stopped) break;
      const bytes = next.value.reduce((n, item) => n + itemBytes(item), 0);
      const full = () => inFlight > 0 && (inFlight >= bound.groups || inFlightBytes + bytes > bound.bytes);
      while (full() && !stopped && !failure) await changed();
      if (stopped || failure) break;
      const mine = seq++;
      inFlight++;
      inFlightBytes += bytes;
      executor.run(next.value).then(
        (output) => {
          finished.set(mine, { items: next.value, output, bytes });
          void flush();
        },
        (e: unknown) => {
          failure ??= e;
          wake();
        },
      );
    }
    while (inFlight > 0 && !failure && !abandoned) await changed();
    if (failure) throw failure;
  };

  const done = read();
  return {
    done,
    stop(graceMs) {
      if (stopped) return;
      stopped = true;
      abandonWait?.();
      wake();
      setTimeout(() => {
        abandoned = true;
        wake();
      }, graceMs).unref();
    },
  };
}

/** Whether an output record is an error record (cheaper than parsing it; the ending first, which rules out almost every extraction). */
export const isErrorRecord = (record: string) => record.endsWith('"}}') && record.includes(',"error":{"code":"');

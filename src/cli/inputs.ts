/**
 * What the batch reads: NDJSON streams (stdin or files), cut into lines as
 * bytes, and document files named by path, directory or glob. Reading is
 * pulled: the batch asks for the next group of items only when it has room
 * for it, so a slow consumer pauses the input instead of filling memory.
 */
import { createReadStream, fstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { join, sep } from "node:path";
import type { Readable } from "node:stream";
import type { BatchItem } from "./batch.js";

/** Extensions of the documents a directory contributes. */
export const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown|html?)$/i;
/** Extensions of NDJSON inputs (one record per line), which `--ndjson` reads line by line. */
export const NDJSON_EXTENSIONS = /\.(ndjson|jsonl)$/i;

export type Source = { kind: "ndjson"; path: string | "-"; size: number | null } | { kind: "document"; path: string; size: number };

const GLOB = /[*?[]/;

function globRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      // `**/` spans any number of directories, none included
      re += pattern[i + 2] === "/" ? "(?:[^/]*/)*" : ".*";
      i += pattern[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        re += `[${pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Every file under a directory, in a stable (sorted) order. */
function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

function stat(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export interface Expanded {
  sources: Source[];
  /** Paths that named nothing: reported, the rest still runs. */
  missing: string[];
  /** Whether one plain file was named (no directory, no glob), whose result prints alone. */
  single: boolean;
}

/**
 * Files, directories (recursively, their .txt, .md and .html files) and globs,
 * in the order given, each directory and glob sorted. In NDJSON mode `-` and
 * .ndjson/.jsonl files are read line by line.
 */
export function expandPaths(paths: string[], ndjson: boolean): Expanded {
  const sources: Source[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, size: number) => {
    if (seen.has(path)) return;
    seen.add(path);
    sources.push(ndjson && NDJSON_EXTENSIONS.test(path) ? { kind: "ndjson", path, size } : { kind: "document", path, size });
  };
  for (const p of paths) {
    if (p === "-") {
      sources.push({ kind: "ndjson", path: "-", size: stdinSize() });
      continue;
    }
    const s = stat(p);
    if (s?.isFile()) add(p, s.size);
    else if (s?.isDirectory()) {
      for (const f of walk(p)) if (DOCUMENT_EXTENSIONS.test(f)) add(f, stat(f)?.size ?? 0);
    } else if (GLOB.test(p)) {
      const parts = p.split("/");
      const firstGlob = parts.findIndex((part) => GLOB.test(part));
      const base = parts.slice(0, firstGlob).join("/") || (p.startsWith("/") ? "/" : ".");
      // the walk joins paths as the pattern spells them (join drops a leading ./)
      const re = globRegExp(p.replace(/^\.\//, ""));
      const matches = stat(base)?.isDirectory() ? [...walk(base)].filter((f) => re.test(f.split(sep).join("/"))) : [];
      if (!matches.length) missing.push(p);
      for (const f of matches) add(f, stat(f)?.size ?? 0);
    } else missing.push(p);
  }
  const single = paths.length === 1 && sources.length === 1 && !GLOB.test(paths[0]) && stat(paths[0])?.isFile() === true;
  return { sources, missing, single };
}

/** The size of stdin when it is a file (`< archive.ndjson`), for the progress bar's ETA. */
export function stdinSize(): number | null {
  try {
    const s = fstatSync(0);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

export interface ReadOptions {
  /** Input lines (records) to pass over before the first one processed (`--skip`). */
  skip: number;
  /** This process's share of the records: those whose 0-based number is `shard` modulo `shards`. */
  shard: number;
  shards: number;
  /** Most items in one group handed to a worker. */
  maxItems: number;
  /** A group ends once its input reaches this many bytes: a few long documents make a group of their own. */
  maxBytes: number;
  /** Input bytes read so far, for the progress bar. */
  onBytes?: (n: number) => void;
}

/** Reads the sources as groups of items, numbering every record of the whole input from 1. */
export class InputReader {
  private stream: Readable | null = null;
  private stopped = false;

  constructor(
    private readonly sources: Source[],
    private readonly options: ReadOptions,
  ) {}

  /** Stops reading: the stream being read is closed, and no group follows. */
  stop(): void {
    this.stopped = true;
    this.stream?.destroy();
  }

  async *groups(): AsyncGenerator<BatchItem[]> {
    const { skip, shard, shards, maxItems, maxBytes } = this.options;
    let line = 0;
    let group: BatchItem[] = [];
    let groupBytes = 0;
    const add = (item: BatchItem, bytes: number) => {
      group.push(item);
      groupBytes += bytes;
    };
    const full = () => group.length >= maxItems || groupBytes >= maxBytes;
    const take = () => {
      groupBytes = 0;
      return group.splice(0);
    };
    const wanted = () => {
      line++;
      return line > skip && (line - 1) % shards === shard;
    };
    for (const source of this.sources) {
      if (this.stopped) return;
      if (source.kind === "document") {
        this.options.onBytes?.(source.size);
        if (wanted()) add({ line, path: source.path, size: source.size }, source.size);
        if (full()) yield take();
        continue;
      }
      const stream = source.path === "-" ? process.stdin : createReadStream(source.path);
      this.stream = stream;
      // the pieces of a line that spans stream chunks
      let partial: Buffer[] = [];
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          this.options.onBytes?.(chunk.length);
          let start = 0;
          for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
            const piece = chunk.subarray(start, nl);
            start = nl + 1;
            const bytes = partial.length ? Buffer.concat([...partial.splice(0), piece]) : piece;
            if (wanted()) add({ line, bytes }, bytes.length);
            if (full()) yield take();
          }
          if (start < chunk.length) partial.push(chunk.subarray(start));
          // what this chunk completed goes out now: a slow writer of the input does not hold back its lines
          if (group.length) yield take();
          if (this.stopped) return;
        }
      } catch (e) {
        if (this.stopped) return;
        throw e;
      } finally {
        this.stream = null;
      }
      const last = Buffer.concat(partial);
      partial = [];
      if (last.length && wanted()) add({ line, bytes: last }, last.length);
    }
    if (group.length) yield group;
  }
}

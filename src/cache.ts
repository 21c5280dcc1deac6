/**
 * A cross-document cache the caller owns: on an archive the same word forms
 * recur from page to page, and their morphological readings are pure
 * functions of the form, so a reading computed for one document serves the
 * next. The caller creates it, passes it to `extract(text, { cache })` and
 * drops it when done; poimija keeps no cache of its own between calls.
 *
 *   const cache = createCache({ maxEntries: 200_000 });
 *   for (const text of texts) extract(text, { cache });
 *
 * The bound holds whatever the input: entries live in two generations of at
 * most half the bound each. When the young one is full it becomes the old one
 * and the previous old one is dropped; a hit in the old generation moves the
 * entry to the young one, so forms in steady use survive and one-off forms
 * age out. This costs no bookkeeping per hit, unlike a strict LRU.
 */

export interface CacheOptions {
  /** Most entries held at once (default 100 000, about 30-60 MB of readings). */
  maxEntries?: number;
}

export interface PoimijaCache {
  readonly maxEntries: number;
  /** Entries held now (never more than maxEntries). */
  readonly size: number;
  /** The value stored under key in the named table, computed and stored when missing. */
  memo<T>(table: string, key: string, compute: (key: string) => T): T;
  /** The stored value, or undefined. */
  peek<T>(table: string, key: string): T | undefined;
  clear(): void;
}

export const DEFAULT_CACHE_ENTRIES = 100_000;

type Generation = Map<string, Map<string, unknown>>;

export function createCache(options: CacheOptions = {}): PoimijaCache {
  const maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 2) throw new RangeError(`maxEntries must be a whole number of at least 2, got ${maxEntries}`);
  const half = Math.floor(maxEntries / 2);
  let young: Generation = new Map();
  let old: Generation = new Map();
  let youngSize = 0;
  let oldSize = 0;

  const store = (table: string, key: string, value: unknown) => {
    if (youngSize >= half) {
      old = young;
      oldSize = youngSize;
      young = new Map();
      youngSize = 0;
    }
    let t = young.get(table);
    if (!t) young.set(table, (t = new Map()));
    t.set(key, value);
    youngSize++;
  };

  const find = (table: string, key: string): unknown => {
    const hit = young.get(table)?.get(key);
    if (hit !== undefined) return hit;
    const oldTable = old.get(table);
    const aged = oldTable?.get(key);
    if (aged !== undefined) {
      oldTable!.delete(key);
      oldSize--;
      store(table, key, aged);
    }
    return aged;
  };

  return {
    maxEntries,
    get size() {
      return youngSize + oldSize;
    },
    memo<T>(table: string, key: string, compute: (key: string) => T): T {
      let value = find(table, key) as T | undefined;
      if (value === undefined) store(table, key, (value = compute(key)));
      return value;
    },
    peek<T>(table: string, key: string): T | undefined {
      return find(table, key) as T | undefined;
    },
    clear() {
      young = new Map();
      old = new Map();
      youngSize = oldSize = 0;
    },
  };
}

/** Whether a value is a cache made by createCache (or one of the same shape). */
export function isCache(value: unknown): value is PoimijaCache {
  return typeof value === "object" && value !== null && typeof (value as PoimijaCache).memo === "function" && typeof (value as PoimijaCache).peek === "function";
}

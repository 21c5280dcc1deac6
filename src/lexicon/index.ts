/**
 * The lexicons, decoded once on first use into read-only maps: Kotus nominals
 * with their inflection classes, and DVV first names and surnames with a
 * frequency band. Decoding is deterministic and the maps are never written
 * after it, so sharing them between extractions shares no state.
 */
import { ADJECTIVES, NOMINALS } from "./kotus.generated.js";
import { FIRST_NAMES, SURNAMES } from "./names.generated.js";
import { StringTable } from "./string-table.js";
import { SuffixTrie } from "./trie.js";

export interface InflectionClass {
  /** Kotus inflection type, 1–49. */
  type: number;
  /** Consonant gradation letter A–M, or "" for none. */
  gradation: string;
}

function* frontDecoded(packed: string): Generator<string> {
  let prev = "";
  if (!packed) return;
  for (const part of packed.split(" ")) {
    const n = parseInt(part[0], 36);
    prev = prev.slice(0, n) + part.slice(1);
    yield prev;
  }
}

/** A read-only value built on first use. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Kotus nominals by their inflection classes, in a trie read from the word's end (see trie.ts). */
const nominals = once(() => {
  // one list object per combination of classes, shared by all words that have it: a lookup then
  // reads a few hundred hot objects instead of one of thirty thousand scattered ones
  const lists = new Map<string, readonly InflectionClass[]>();
  const shared = (list: readonly InflectionClass[]) => {
    const key = list.map((c) => c.type + c.gradation).join(" ");
    let found = lists.get(key);
    if (!found) lists.set(key, (found = list));
    return found;
  };
  function* entries(): Generator<[string, readonly InflectionClass[]]> {
    for (const [key, packed] of Object.entries(NOMINALS)) {
      const list = shared([{ type: parseInt(key, 10), gradation: key.replace(/^\d+/, "") }]);
      for (const word of frontDecoded(packed)) yield [word, list];
    }
  }
  return SuffixTrie.build<readonly InflectionClass[]>(entries(), (a, b) => shared([...a, ...b]));
});

/** Tails longer than this are not looked up as a compound's last part. */
const MAX_SUFFIX = 14;

const adjectives = once(() => new Set(frontDecoded(ADJECTIVES)) as ReadonlySet<string>);

/** Bits of a name's entry: the first-name band in the low ones, the surname band above them. */
const SURNAME_SHIFT = 5;
const FIRST_NAME_MASK = (1 << SURNAME_SHIFT) - 1;

/**
 * First names and surnames in one table (a word is often asked as both, and
 * one table stays in the processor's cache better than two), each name's
 * value the two frequency bands packed; a StringTable, a quarter of a Map's size.
 */
const names = once(() => {
  const map = new Map<string, number>();
  const add = (bands: string[], shift: number) => {
    if (bands.length > FIRST_NAME_MASK) throw new Error("more name bands than the packed value holds");
    bands.forEach((packed, band) => {
      for (const name of frontDecoded(packed)) map.set(name, (map.get(name) ?? 0) | ((band + 1) << shift));
    });
  };
  add(FIRST_NAMES, 0);
  add(SURNAMES, SURNAME_SHIFT);
  return StringTable.build(map);
});

/** Inflection classes of a lower-case nominal lemma (or of `lemma.slice(from, to)`), or undefined. */
export function nominalClasses(lemma: string, from = 0, to = lemma.length): readonly InflectionClass[] | undefined {
  return nominals().get(lemma, from, to);
}

/** The Kotus nominals as a suffix trie, for walks that read a word from its end. */
export function nominalTrie(): SuffixTrie<readonly InflectionClass[]> {
  return nominals();
}

export const LONGEST_INDEXED_ENDING = MAX_SUFFIX;

export function isAdjective(lemma: string): boolean {
  return adjectives().has(lemma);
}

/** A name's first-name and surname bands packed (0 when it is neither): one lookup for both. */
export function nameBands(name: string): number {
  return names().get(name);
}

/** The first-name band of packed bands: 0 when none, else 1 (rare) … 16 (very common). */
export const firstNameBand = (bands: number) => bands & FIRST_NAME_MASK;
/** The surname band of packed bands: 0 when none, else 1 (rare) … 16 (very common). */
export const surnameBand = (bands: number) => bands >> SURNAME_SHIFT;

/** 0 when unknown, else 1 (rare) … 16 (very common). */
export function firstNameRank(name: string): number {
  return firstNameBand(nameBands(name));
}

/** The surname rank of the word's first `to` characters (`Kettu` of `Kettusen`), read without cutting the word. */
export function surnameRankOfPrefix(word: string, to: number): number {
  return surnameBand(names().get(word, 0, 0, to));
}

/** 0 when unknown, else 1 (rare) … 16 (very common). */
export function surnameRank(name: string): number {
  return surnameBand(nameBands(name));
}

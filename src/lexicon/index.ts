/**
 * The lexicons, decoded once on first use into read-only maps: Kotus nominals
 * with their inflection classes, and DVV first names and surnames with a
 * frequency band. Decoding is deterministic and the maps are never written
 * after it, so sharing them between extractions shares no state.
 */
import { ADJECTIVES, NOMINALS } from "./kotus.generated.js";
import { FIRST_NAMES, SURNAMES } from "./names.generated.js";

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

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const nominals = once(() => {
  const map = new Map<string, InflectionClass[]>();
  for (const [key, packed] of Object.entries(NOMINALS)) {
    const cls: InflectionClass = { type: parseInt(key, 10), gradation: key.replace(/^\d+/, "") };
    for (const word of frontDecoded(packed)) {
      const list = map.get(word);
      if (list) list.push(cls);
      else map.set(word, [cls]);
    }
  }
  return map as ReadonlyMap<string, readonly InflectionClass[]>;
});

/** Every ending (3–14 letters) of every nominal: a compound's last part is one of these or nothing longer is. */
const MAX_SUFFIX = 14;
const suffixes = once(() => {
  const set = new Set<string>();
  for (const word of nominals().keys()) {
    for (let k = 3; k <= Math.min(word.length, MAX_SUFFIX); k++) set.add(word.slice(-k));
  }
  return set as ReadonlySet<string>;
});

const adjectives = once(() => new Set(frontDecoded(ADJECTIVES)) as ReadonlySet<string>);

function bandMap(bands: string[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  bands.forEach((packed, band) => {
    for (const name of frontDecoded(packed)) map.set(name, band + 1);
  });
  return map;
}
const firstNames = once(() => bandMap(FIRST_NAMES));
const surnames = once(() => bandMap(SURNAMES));

/** Inflection classes of a lower-case nominal lemma, or undefined. */
export function nominalClasses(lemma: string): readonly InflectionClass[] | undefined {
  return nominals().get(lemma);
}

/** True when some Kotus nominal ends in this string (3–14 letters). */
export function isNominalEnding(s: string): boolean {
  return s.length > MAX_SUFFIX || suffixes().has(s);
}

export const LONGEST_INDEXED_ENDING = MAX_SUFFIX;

export function isAdjective(lemma: string): boolean {
  return adjectives().has(lemma);
}

/** 0 when unknown, else 1 (rare) … 16 (very common). */
export function firstNameRank(name: string): number {
  return firstNames().get(name) ?? 0;
}

/** 0 when unknown, else 1 (rare) … 16 (very common). */
export function surnameRank(name: string): number {
  return surnames().get(name) ?? 0;
}

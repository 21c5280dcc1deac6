/**
 * The inflected forms of body head nouns and role-title heads
 * (forms.generated.ts), decoded once into a read-only suffix trie. A token whose
 * ending is one of these forms is that head in that case, after whatever
 * compound first part precedes it.
 */
import { FORMS } from "./forms.generated.js";
import { once } from "./index.js";
import { NO_JUMP, SuffixTrie } from "./trie.js";

export interface FormReading {
  /** The nominative: the token's first part and the head's base form, lower case. */
  lemma: string;
  /** The head noun or title the form belongs to. */
  head: string;
  case: string;
  plural: boolean;
}

interface HeadForm {
  head: string;
  case: string;
  plural: boolean;
}

/**
 * The forms, read from their last letter backwards: a word's endings are
 * walked without cutting strings. Equal reading lists are one shared object
 * (most forms have a harmonic twin or share a case with another head), so
 * the table stays small enough to stay in the processor's cache.
 */
const forms = once(() => {
  const lists = new Map<string, readonly HeadForm[]>();
  const listOf = (readings: string) => {
    let list = lists.get(readings);
    if (!list) {
      list = readings.split(",").map((r): HeadForm => {
        const [head, kase] = r.split("|");
        return { head, case: kase, plural: kase.endsWith(".pl") };
      });
      lists.set(readings, list);
    }
    return list;
  };
  return SuffixTrie.build(
    FORMS.split("\n").map((line) => {
      const tab = line.indexOf("\t");
      return [line.slice(0, tab), listOf(line.slice(tab + 1))] as const;
    }),
  );
});

const NONE: readonly FormReading[] = [];

/**
 * Translative and essive endings with a possessive suffix, and the ending
 * without it: `valitsi edustajakseen` is `edustajaksi`, `sijaisenaan` is
 * `sijaisena` (the table lists the forms without suffixes).
 */
const POSSESSIVE_ROLE_CASES: ReadonlyArray<readonly [suffixed: string, bare: string]> = [
  ...["kseen", "kseni", "ksesi", "ksemme", "ksenne"].map((e) => [e, "ksi"] as const),
  ...["naan", "nani", "nasi", "namme"].map((e) => [e, "na"] as const),
  ...["nään", "näni", "näsi", "nämme"].map((e) => [e, "nä"] as const),
];
/** The shortest word read for a possessive role case: a stem of a few letters before the longest ending. */
const POSSESSIVE_MIN_WORD = 8;

/**
 * Whether a lower-case word may have readings at all: its last letters end
 * some form, or it ends in a possessive role case. Most words do neither,
 * and one probe of the table says so: a caller may skip its memo for them.
 */
export function mayHaveReadings(lower: string): boolean {
  if (forms().jump(lower) !== -1) return true;
  return lower.length >= POSSESSIVE_MIN_WORD && POSSESSIVE_ROLE_CASES.some(([suffixed]) => lower.endsWith(suffixed));
}

/** Every reading of a lower-case word as one of the heads, longest form first; a role case with a possessive suffix reads as the case without it. */
export function formReadings(lower: string): readonly FormReading[] {
  const readings = tableReadings(lower);
  if (readings.length || lower.length < POSSESSIVE_MIN_WORD) return readings;
  // tested by the last letters alone: most words end in none of these, and are not cut
  for (const [suffixed, bare] of POSSESSIVE_ROLE_CASES) {
    if (lower.endsWith(suffixed)) return tableReadings(lower.slice(0, lower.length - suffixed.length) + bare).filter((r) => r.case.startsWith("tra") || r.case.startsWith("ess"));
  }
  return readings;
}

function tableReadings(lower: string): readonly FormReading[] {
  const trie = forms();
  let found: FormReading[] | null = null;
  // no form is shorter than the jump: its node is where the first value can be
  let node = trie.jump(lower);
  if (node === -1) return NONE;
  let i = lower.length - trie.jumpDepth;
  if (node === NO_JUMP) {
    node = SuffixTrie.ROOT;
    i = lower.length;
  }
  for (;;) {
    const readings = trie.value(node);
    if (readings) {
      found ??= [];
      const prefix = lower.slice(0, i);
      for (const r of readings) found.push({ lemma: prefix + r.head, head: r.head, case: r.case, plural: r.plural });
    }
    if (--i < 0 || (node = trie.child(node, lower.charCodeAt(i))) < 0) break;
  }
  // found shortest form first
  return found ? found.reverse() : NONE;
}

/** The longest reading of a word as one of the heads that `accept` wants. */
export function readForm(word: string, accept: (head: string, lemma: string) => boolean, readings = formReadings(word.toLowerCase())): FormReading | null {
  return readings.find((r) => accept(r.head, r.lemma)) ?? null;
}

/**
 * The outcome phrases of lexicon/outcomes.ts as sets per outcome, with their
 * key stems, and the stem tables that tell cheaply whether a line or a
 * clause can state an outcome at all and which (a bit per outcome, in the
 * order of OUTCOME_PHRASES). The decision stage compiles the phrases into
 * patterns (extract/decision-words.ts); the page-chrome filter asks only
 * whether a note reports a decision.
 */
import type { Outcome } from "../schema/index.js";
import { latin1LowerCode } from "../morph/fi/harmony.js";
import { partitionPoint } from "../sorted.js";
import type { Token } from "../text/tokens.js";
import { DECIDE_FORMS, DECIDE_MANNERS, OUTCOME_INFINITIVES, OUTCOME_PHRASES } from "./outcomes.js";
import { startsInsideWord } from "./regex.js";

/** The alternatives a word of a phrase may start with: its letters before any `*` or group, each alternative of a group. */
function startsOf(word: string): string[] {
  const alternatives = word.startsWith("(?:") ? word.slice(3, word.lastIndexOf(")")).split("|") : [word];
  return alternatives.map((a) => /^\p{Ll}*/u.exec(a)![0]);
}

/**
 * Which word of a phrase is its key: of its words of four letters or more
 * (each alternative of a group), the most particular — the one whose
 * shortest alternative is longest (`tekstimuutos` rather than `teki`), so
 * that few clauses open an outcome they do not state.
 */
export function keyIndexOf(words: readonly string[]): number {
  let best = -1;
  let bestLength = 3;
  words.forEach((word, i) => {
    const shortest = Math.min(...startsOf(word).map((k) => k.length));
    if (shortest > bestLength) {
      best = i;
      bestLength = shortest;
    }
  });
  if (best < 0) throw new Error(`an outcome phrase needs a word of four letters: ${words.join(" ")}`);
  return best;
}

/** The stems a phrase's key word may start with. */
function keysOf(phrase: string): string[] {
  const words = phrase.split(" ");
  return startsOf(words[keyIndexOf(words)]);
}

const DECIDE = `(?:${DECIDE_FORMS.join("|")})`;
/** A word of manner, or the date of the meeting (`päätti 12.1.2026 asettaa`). */
const MANNER = `(?:${DECIDE_MANNERS.join("|")}|\\d{1,2}\\.\\d{1,2}\\.\\d{0,4})`;
/** `päätti valita`, `päätettiin yksimielisesti hyväksyä`: a form of päättää, up to two words of manner, and an infinitive that says the outcome. */
const decideTo = (outcome: Outcome) =>
  Object.entries(OUTCOME_INFINITIVES)
    .filter(([, o]) => o === outcome && o !== "decided")
    .flatMap(([infinitive]) => [DECIDE, `${DECIDE} ${MANNER}`, `${DECIDE} ${MANNER} ${MANNER}`].map((head) => `${head} ${infinitive}`));

/** One outcome's phrases (the written ones and `päätti` + its infinitives), the stems their key words start with, and whether a body must be named. */
export interface OutcomePhraseSet {
  outcome: Outcome;
  phrases: readonly string[];
  stems: readonly string[];
  withBody: boolean;
}

/** Every outcome's phrase set, most specific outcome first. */
export const OUTCOME_PHRASE_SETS: readonly OutcomePhraseSet[] = OUTCOME_PHRASES.map(([outcome, written, options]) => {
  const phrases = [...written, ...(options?.withBody ? [] : decideTo(outcome))];
  return { outcome, phrases, stems: [...new Set(phrases.flatMap(keysOf))], withBody: options?.withBody === true };
});

/**
 * One case-insensitive pattern of alternatives, sorted so that those with a
 * shared beginning stand together: the engine then tests the shared letters
 * once (about a fifth faster on our lines than in written order).
 */
function anyOf(alternatives: string[]): RegExp {
  return new RegExp([...new Set(alternatives)].sort().join("|"), "i");
}

/** Every outcome's stems in one pattern: most clauses have none, and one test tells. */
const ANY_STEM = anyOf(OUTCOME_PHRASE_SETS.flatMap(({ stems }) => stems));

/** A stem as a word may start with it, and the outcomes it belongs to (a bit per index in OUTCOMES). */
interface Stem {
  stem: string;
  outcomes: number;
}

/**
 * Every stem, in a bucket by a hash of its first four letters: most words
 * start no stem, and one bit tells (a map lookup per word cost more than
 * the patterns it replaces).
 */
const BUCKETS = 4096;
const NO_STEMS: Stem[] = [];
const STEMS: Stem[][] = Array.from({ length: BUCKETS }, () => NO_STEMS);
/** The bucket of the four letters at `at`, upper-case Latin-1 read as lower-case (stems are Latin-1). */
function bucketOf(text: string, at: number): number {
  return (((latin1LowerCode(text.charCodeAt(at)) * 31 + latin1LowerCode(text.charCodeAt(at + 1))) * 31 + latin1LowerCode(text.charCodeAt(at + 2))) * 31 + latin1LowerCode(text.charCodeAt(at + 3))) & (BUCKETS - 1);
}
function addStem(stem: string, outcomes: number) {
  const key = bucketOf(stem, 0);
  const list = STEMS[key] === NO_STEMS ? (STEMS[key] = []) : STEMS[key];
  const same = list.find((s) => s.stem === stem);
  if (same) same.outcomes |= outcomes;
  else list.push({ stem, outcomes });
}
OUTCOME_PHRASE_SETS.forEach(({ stems }, i) => stems.forEach((stem) => addStem(stem, 1 << i)));
/** A bit for each bucket that holds a stem, which a word is tested against: 512 bytes rather than the buckets' 4096 references. */
const STEM_BUCKETS = new Uint32Array(BUCKETS / 32);
STEMS.forEach((list, key) => {
  if (list !== NO_STEMS) STEM_BUCKETS[key >> 5] |= 1 << (key & 31);
});
/** Each stem with the outcomes it belongs to, by its first letter (for text not read by tokens). */
const STEMS_BY_INITIAL = new Map<string, Array<[stem: string, outcomes: number]>>();
for (const list of STEMS) for (const { stem, outcomes } of list) STEMS_BY_INITIAL.set(stem[0], [...(STEMS_BY_INITIAL.get(stem[0]) ?? []), [stem, outcomes]]);

/**
 * The outcome stems of a line: whether it has one (else it states no
 * decision), and which outcomes' stems lie wholly within a span of it.
 */
export interface OutcomeStems {
  gate: boolean;
  /** The outcomes (bits) whose stems lie wholly within `[from, to)` (offsets into the document). */
  within(from: number, to: number): number;
}

/** Found stems as triples (start, end, outcomes) and the span test over them. */
function stemsWithin(found: number[]): OutcomeStems["within"] {
  // triples in the order of their starts: from the first that starts at `from`, a line of many clauses asks once for each
  return (from, to) => {
    let bits = 0;
    for (let k = 3 * partitionPoint(found.length / 3, (i) => found[3 * i] < from); k < found.length && found[k] < to; k += 3) if (found[k + 1] <= to) bits |= found[k + 2];
    return bits;
  };
}

/**
 * The outcome stems at word starts of a line, read off its tokens rather
 * than by a pattern tried at every letter: at a token's start and at every
 * start inside it (after a hyphen, apostrophe or colon), as `\b` of
 * lexicon/regex.ts has word starts. Offsets are the document's.
 */
export function outcomeStems(text: string, tokens: readonly Token[]): OutcomeStems {
  const found: number[] = [];
  for (const t of tokens) {
    // every stem has four letters or more
    const last = t.end - 4;
    if (t.start > last) continue;
    for (let i = t.start; i <= last; i = t.parts ? i + 1 : last + 1) {
      const key = bucketOf(text, i);
      if (STEM_BUCKETS[key >> 5] & (1 << (key & 31)) && !startsInsideWord(text, i, true)) stemsAt(STEMS[key], text, i, found);
    }
  }
  return found.length ? { gate: true, within: stemsWithin(found) } : CLOSED;
}

/** A line without a stem: it states no decision. */
const CLOSED: OutcomeStems = { gate: false, within: () => 0 };

/** Adds the outcome stems of a bucket that are at offset `at` of the text to `found`. */
function stemsAt(bucket: readonly Stem[], text: string, at: number, found: number[]): void {
  for (const s of bucket) if (stemAt(text, at, s.stem)) found.push(at, at + s.stem.length, s.outcomes);
}

/** Whether the stem (lower-case Latin-1) is at offset `at`, in any case. */
function stemAt(text: string, at: number, stem: string): boolean {
  for (let k = 0; k < stem.length; k++) if (latin1LowerCode(text.charCodeAt(at + k)) !== stem.charCodeAt(k)) return false;
  return true;
}

/**
 * The outcome stems of a text searched by patterns (a stem anywhere in a
 * word counts), for text that is not read by tokens (a clause after a
 * `Päätös:` label or in a list); offsets are the text's.
 */
export function outcomeStemsIn(text: string): OutcomeStems {
  const lower = text.toLowerCase();
  // a case mapping that changes the length (rare letters) leaves the offsets apart: each stem is looked for on its own then
  if (lower.length !== text.length) {
    const gate = OUTCOME_PHRASE_SETS.some(({ stems }) => stems.some((s) => lower.includes(s)));
    return {
      gate,
      within: (from, to) => {
        const part = text.slice(from, to).toLowerCase();
        return OUTCOME_PHRASE_SETS.reduce((bits, { stems }, i) => (stems.some((s) => part.includes(s)) ? bits | (1 << i) : bits), 0);
      },
    };
  }
  // each stem found: where it starts, where it ends, and its outcomes
  const found: number[] = [];
  for (let from = 0; ; ) {
    const m = ANY_STEM.exec(from === 0 ? text : text.slice(from));
    if (!m) break;
    const at = from + m.index;
    for (const [stem, outcomes] of STEMS_BY_INITIAL.get(lower[at]) ?? []) if (lower.startsWith(stem, at)) found.push(at, at + stem.length, outcomes);
    from = at + 1;
  }
  return { gate: found.length > 0, within: stemsWithin(found) };
}

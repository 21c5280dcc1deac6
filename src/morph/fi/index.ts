/**
 * A lemmatizer for Finnish nouns, adjectives and proper names.
 *
 * Analysis by suffix stripping: a case ending is taken off (singular or
 * plural), the stem is rebuilt into nominatives by the rules of each Kotus
 * inflection type, consonant gradation is undone, and a candidate counts as
 * known when the Kotus list has it — or, for a compound, its last part — with
 * a type (and gradation letter) the rule allows. Unknown words (most
 * surnames, new compounds) keep their unverified candidates for the caller
 * to rank, e.g. by name statistics.
 *
 * Not covered: verbs; pronouns; comparatives and superlatives beyond type 16;
 * possessive suffixes other than -nsa/-nsä; clitics other than -kin/-kaan;
 * rare plural genitives in -in; types 22, 31, 35–37 and 45–46 only partly;
 * compounds whose first part inflects (type 51, `hienonsokerin`).
 */
import { LONGEST_INDEXED_ENDING, nominalClasses, nominalTrie, type InflectionClass } from "../../lexicon/index.js";
import { SuffixTrie } from "../../lexicon/trie.js";
import { regrade } from "./gradation.js";
import { endsWithFolded, foldedLast, isFront, isVowelAt, variants } from "./harmony.js";
import { ENDINGS, RULES, STRONG_NOMINATIVE, type StemKind, type StemRule } from "./paradigms.js";

export interface Analysis {
  /** The nominative singular, lower case. */
  lemma: string;
  /** The case read off the ending ("nom", "gen", "ine.pl", …). */
  case: string;
  /** Kotus type of the lemma (or of its last part), when known. */
  type: number | null;
  /** True when the Kotus list confirms the lemma (directly or by its last part). */
  known: boolean;
  /** 100 when Kotus lists the whole lemma, else the length of the confirming last part; 0 unknown. */
  strength: number;
}

/** Endings in both harmonies, indexed by their last letter so a word meets only those it can end in. */
const ENDINGS_BY_LAST = new Map<string, Array<(typeof ENDINGS)[number] & { surface: string }>>();
for (const e of ENDINGS) {
  for (const surface of variants(e.ending)) {
    const last = surface[surface.length - 1];
    const list = ENDINGS_BY_LAST.get(last) ?? [];
    list.push({ ...e, surface });
    ENDINGS_BY_LAST.set(last, list);
  }
}
const MIN_STEM = 2;
const MIN_TAIL = 3;
/** The strength of a reading Kotus lists as a whole word (not merely by a compound's last part). */
export const WHOLE_WORD = 100;
const MIN_BARE_TAIL = 5;

export interface LexiconMatch {
  classes: readonly InflectionClass[];
  /** How much of the word the match covers: the whole word, or a compound's last part. */
  length: number;
  whole: boolean;
}

/**
 * Classes of a lemma or, for a compound, of its longest known last part.
 * `firstParts` remembers which first parts are words across the candidates
 * of one analysis, which share them (hyvinvointi|alue, hyvinvointi|aluee).
 */
export function lexiconClasses(lemma: string, firstParts?: Map<string, boolean>): LexiconMatch | undefined {
  const trie = nominalTrie();
  const n = lemma.length;
  let best: LexiconMatch | undefined;
  // a last part ends at the word's last hyphen: the walk notes passing it (a candidate is a fresh
  // string, and a search for the hyphen would cost more than the walk itself)
  let pastHyphen = false;
  // one walk from the last letter: each node is a longer last part, and where none continues no Kotus word ends like that
  let node = SuffixTrie.ROOT;
  for (let k = 1; k <= n; k++) {
    const c = lemma.charCodeAt(n - k);
    node = trie.child(node, c);
    if (node < 0) return best;
    if (k === n) {
      const direct = trie.value(node);
      return direct ? { classes: direct, length: n, whole: true } : best;
    }
    if (c === 45) pastHyphen = true;
    if (k < MIN_TAIL || k > LONGEST_INDEXED_ENDING || pastHyphen) continue;
    const classes = trie.value(node);
    if (!classes) continue;
    // a compound's first part is a word itself (toimi|elin, not toimie|lime), or a genitive (puheen|johtaja)
    const first = n - k;
    const bonus = lemma[first - 1] === "-" || isFirstPartOnce(lemma, first, firstParts) ? FIRST_PART_BONUS : 0;
    // a short last part confirms only after a plausible compound joint: hyvinvointi|alue, not Schevikhov|enin
    if (k < MIN_BARE_TAIL && !bonus && !(k === MIN_BARE_TAIL - 1 && first >= 3 && JOINT_LETTERS.includes(lemma[first - 1]))) continue;
    const length = k + bonus;
    if (!best || length >= best.length) best = { classes, length, whole: false };
  }
  return best;
}

const FIRST_PART_BONUS = 20;
/** Letters a compound's first part ends in before a short last part (a vowel, or a genitive's n, a plural's s). */
const JOINT_LETTERS = "aeiouyäöns";

function isFirstPartOnce(word: string, end: number, memo: Map<string, boolean> | undefined): boolean {
  if (!memo) return isFirstPart(word, end, 1);
  const key = word.slice(0, end);
  let known = memo.get(key);
  if (known === undefined) memo.set(key, (known = isFirstPart(word, end, 1)));
  return known;
}

/** Whether `word.slice(0, end)` can be a compound's first part: a word, a genitive (puheen-), or itself a compound of such (valmistelu|toimi-). */
function isFirstPart(word: string, end: number, depth: number): boolean {
  if (end < 2) return false;
  if (nominalClasses(word, 0, end)) return true;
  if (word[end - 1] === "n" && (nominalClasses(word, 0, end - 1) || nominalClasses(word, 0, end - 2))) return true;
  if (depth === 0) return false;
  const trie = nominalTrie();
  let node = SuffixTrie.ROOT;
  const longest = Math.min(end - 2, LONGEST_INDEXED_ENDING);
  for (let k = 1; k <= longest; k++) {
    node = trie.child(node, word.charCodeAt(end - k));
    if (node < 0) return false;
    if (k >= MIN_TAIL && trie.value(node) && isFirstPart(word, end - k, depth - 1)) return true;
  }
  return false;
}

interface Confirmation {
  type: number;
  /** 100 for a whole-word match, else the length of the confirming last part. */
  strength: number;
}

function confirm(candidate: string, rule: StemRule, letter: string | null, run: Run, closedSyllable = false): Confirmation | null {
  const match = lexiconClasses(candidate, run.firstParts);
  if (!match) return null;
  for (const c of match.classes) {
    if (!rule.types.includes(c.type)) continue;
    // a regraded candidate must be of a type that grades with that letter
    if (letter && c.gradation !== letter) continue;
    // a grading type keeps its strong nominative grade in no closed syllable (kortti → kortin): `Buffettin` is no genitive of buffetti
    if (closedSyllable && !letter && c.gradation && STRONG_NOMINATIVE(c.type)) continue;
    return { type: c.type, strength: match.whole ? WHOLE_WORD : match.length };
  }
  return null;
}

/** One analysis under way: its readings so far, whether it keeps guesses, and what it learnt of first parts. */
interface Run {
  out: Analysis[];
  guesses: boolean;
  firstParts: Map<string, boolean>;
}

/**
 * Rebuilds nominatives from a stem. A weak-grade stem of a type whose
 * nominative is strong (kunna- → kunta) is regraded to strong; types whose
 * nominative is weak (rinne, ehdokas) have strong stems everywhere else, so
 * those are regraded to weak.
 */
function rebuild(stem: string, kind: StemKind, caseName: string, weakStem: boolean, run: Run): void {
  const { out, guesses } = run;
  const front = isFront(stem);
  for (const rule of rulesEndingLike(kind, stem)) {
    if (!endsWithFolded(stem, rule.suffix)) continue;
    const base = stem.slice(0, stem.length - rule.suffix.length) + (front ? rule.lemmaFront : rule.lemma);
    if (base.length < MIN_STEM) continue;
    const c = confirm(base, rule, null, run, weakStem);
    if (c || guesses) out.push({ lemma: base, case: caseName, type: c?.type ?? null, known: Boolean(c), strength: c?.strength ?? 0 });
    if (weakStem && rule.strongTypes) regraded(base, true, rule, caseName, run);
    if (rule.weakTypes) regraded(base, false, rule, caseName, run);
  }
}

/** A stem kind's rules by the (back-folded) last letter of their suffix, in their order, with the empty-suffix rules among them. */
interface RuleIndex {
  byLast: ReadonlyMap<string, StemRule[]>;
  /** For a letter no suffix ends in. */
  other: StemRule[];
}

function indexRules(rules: StemRule[]): RuleIndex {
  const letters = new Set(rules.filter((r) => r.suffix !== "").map((r) => r.suffix[r.suffix.length - 1]));
  const byLast = new Map([...letters].map((c) => [c, rules.filter((r) => r.suffix === "" || r.suffix.endsWith(c))] as const));
  return { byLast, other: rules.filter((r) => r.suffix === "") };
}

/** Each stem kind's rules indexed: a stem meets only the rules its last letter allows. */
const RULES_BY_LAST: Record<StemKind, RuleIndex> = { W: indexRules(RULES.W), S: indexRules(RULES.S), C: indexRules(RULES.C), P: indexRules(RULES.P) };

function rulesEndingLike(kind: StemKind, stem: string): StemRule[] {
  const { byLast, other } = RULES_BY_LAST[kind];
  return byLast.get(foldedLast(stem)) ?? other;
}

/** The confirmed readings of a candidate turned to the other grade. */
function regraded(base: string, toStrong: boolean, rule: StemRule, caseName: string, run: Run): void {
  for (const { word, letter } of regrade(base, toStrong)) {
    const c = confirm(word, rule, letter, run);
    if (c) run.out.push({ lemma: word, case: caseName, type: c.type, known: true, strength: c.strength });
  }
}

/**
 * The readings of a word, confirmed ones first, lower-cased. With `guesses`,
 * also the unconfirmed nominatives each ending would imply (for names the
 * Kotus list does not know); with `cases`, only readings in those cases.
 */
export function analyse(word: string, guesses = false, cases?: ReadonlySet<string>): Analysis[] {
  const w = word.toLowerCase();
  const run: Run = { out: [], guesses, firstParts: new Map() };
  const out = run.out;
  const nominative = !cases || cases.has("nom");
  const self = nominative ? lexiconClasses(w, run.firstParts) : undefined;
  if (nominative && (self || guesses)) out.push({ lemma: w, case: "nom", type: self?.classes[0].type ?? null, known: Boolean(self), strength: strengthOf(self) });
  readEndings(w, run, cases);
  const bare = withoutClitic(w);
  if (bare !== w) {
    if (nominative) rebuild(bare, "S", "nom", false, run);
    readEndings(bare, run, cases);
  }
  return out.length > 1 ? dedupe(out) : out;
}

/** The readings of a word (without clitics) by its case endings. */
function readEndings(bare: string, run: Run, cases: ReadonlySet<string> | undefined): void {
  const endings = ENDINGS_BY_LAST.get(bare[bare.length - 1]);
  if (endings) {
    for (const e of endings) {
      if (cases && !cases.has(e.case)) continue;
      if (!bare.endsWith(e.surface) || bare.length - e.surface.length < MIN_STEM) continue;
      const stem = bare.slice(0, bare.length - e.surface.length);
      // -seen is the illative of long-vowel stems only (vapaa-seen, hamee-seen)
      if (e.ending === "seen" && !(isVowelAt(stem, stem.length - 1) && isVowelAt(stem, stem.length - 2))) continue;
      rebuild(stem, e.stem, e.case, e.weak, run);
    }
  }
  // illative singular: -Vn after the stem vowel (kunta-an), -hVn (maa-han), both on the strong stem
  const n = bare.length;
  if (bare[n - 1] === "n" && isVowelAt(bare, n - 2) && (!cases || cases.has("ill"))) {
    if (bare[n - 2] === bare[n - 3]) rebuild(bare.slice(0, n - 2), "S", "ill", false, run);
    if (bare[n - 3] === "h" && isVowelAt(bare, n - 4)) rebuild(bare.slice(0, n - 3), "S", "ill", false, run);
  }
}

/** The strength of a reading the lexicon confirms by this match (0 for none). */
const strengthOf = (match: LexiconMatch | undefined) => (match ? (match.whole ? WHOLE_WORD : match.length) : 0);

/**
 * The strength of the word's reading as itself, a nominative (0 when Kotus
 * lists neither it nor its last part): what `analyse` gives that reading,
 * without trying any ending.
 */
export function nominativeStrength(word: string): number {
  return strengthOf(lexiconClasses(word.toLowerCase()));
}

/** The word without a clitic or possessive suffix it ends in (-kin, -kaan, -nsa), or the word itself. */
export function withoutClitic(w: string): string {
  for (const c of CLITICS) if (w.endsWith(c) && w.length > c.length + 3) return w.slice(0, -c.length);
  return w;
}
const CLITICS = ["kin", "kaan", "kään", "nsa", "nsä"];

function dedupe(list: Analysis[]): Analysis[] {
  const seen = new Map<string, Analysis>();
  for (const a of list) {
    const prev = seen.get(a.lemma);
    if (!prev || a.strength > prev.strength) seen.set(a.lemma, a);
  }
  // stable: among equals, the earlier reading (the word itself, then shorter endings) stays first
  return [...seen.values()].sort((a, b) => b.strength - a.strength);
}

/**
 * The most likely nominative of a common noun or adjective, lower case:
 * the word itself when Kotus knows it, else the first confirmed reading
 * (longest ending first), else the word unchanged.
 */
export function lemmatize(word: string): string {
  const all = analyse(word);
  const known = all.filter((a) => a.known);
  return known.length ? known[0].lemma : word.toLowerCase();
}

/**
 * Reading outcomes with the phrases of lexicon/outcomes.ts: each outcome's
 * phrases compiled into one pattern, and their key stems, which tell cheaply
 * whether a line or clause can state an outcome at all and which. Outcomes
 * are checked from the most specific to the most general.
 */
import type { Outcome } from "../schema/index.js";
import { AS_PROPOSED, BACKGROUND_OPENINGS, CLOSED_OBJECTS, DECIDE_FORMS, DECIDE_MANNERS, DECISION_LABEL_WORD, ITEM_OUTCOMES, MODALS, MOTION_VERBS, OUTCOME_INFINITIVES, OUTCOME_PHRASES, PROPOSAL_LABEL_PREFIXES, PROPOSAL_LABELS, SUPPOSING_OPENINGS } from "../lexicon/outcomes.js";
import { fi, fiRegExp, latin1Lower, startsInsideWord, wordStart, type WordStartPattern } from "../lexicon/regex.js";
import { latin1LowerCode } from "../morph/fi/harmony.js";
import { partitionPoint } from "../sorted.js";
import type { Token } from "../text/tokens.js";

/** Words as alternatives of a pattern source, a space standing for any white space. */
const wordsSource = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, "\\s+")).join("|")})`;

export const DECISION_LABEL = fiRegExp(`^\\s*${DECISION_LABEL_WORD}\\b\\s*:?\\s*`);
/** What follows a proposal label: a colon, the end of the line, or the space before the proposal's first letter (captured). */
const AFTER_LABEL = "(?:\\s*:|\\s*$|\\s+(?=(\\p{L})))";
const PROPOSAL_LABEL = fiRegExp(`^\\s*(?:${wordsSource(PROPOSAL_LABEL_PREFIXES)}\\s+)?${wordsSource(PROPOSAL_LABELS)}\\b${AFTER_LABEL}`);

/**
 * A label is followed by a colon, the line's end or a capital that starts the
 * proposal (`Ehdotus Esityslista hyväksytään`); the same word as the noun of
 * a sentence (`Esitys hylättiin`) is no label.
 */
const isLabelMatch = (m: RegExpExecArray | RegExpMatchArray) => m[1] === undefined || m[1] !== m[1].toLowerCase();

/** The last letters every proposal label ends in (esi|tys, ehdo|tus): a plain search that most lines fail before the label pattern runs. */
const PROPOSAL_LABEL_TAIL = new RegExp([...new Set(PROPOSAL_LABELS.map((l) => l.slice(-4)))].join("|"), "i");

/** A line that opens a proposal (`Esitys:`, `Esittelijän ehdotus`, `Ehdotus Lautakunta päättää …`). */
export function isProposalLabel(line: string): boolean {
  if (!PROPOSAL_LABEL_TAIL.test(line)) return false;
  const m = PROPOSAL_LABEL.exec(line);
  return m !== null && isLabelMatch(m);
}

/** A vote's result: `äänin 7–5`, `5 JAA-ääntä ja 7 EI-ääntä` (yes first). */
export const VOTES = /äänin\s*(?:\(\s*)?(\d{1,3})\s*[–—-]\s*(\d{1,3})\)?|(\d{1,3})\s+jaa-ään\p{L}*,?\s+(?:ja\s+)?(\d{1,3})\s+ei-ään/iu;

/** The yes and no votes a text reports, or null. */
export function votesIn(text: string): { for: number; against: number } | null {
  const m = VOTES.exec(text);
  if (!m) return null;
  return m[1] ? { for: Number(m[1]), against: Number(m[2]) } : { for: Number(m[3]), against: Number(m[4]) };
}

/** `…` in a phrase: up to six words in between, within the sentence. */
const GAP = "(?:\\S+\\s+){0,6}";

/** A word's end, written out: `\b` before `[` would read as a word's start. */
const WORD_END = "(?![\\p{L}\\d])";
/** Between two words of a phrase: white space, after a comma or semicolon too (`hyväksyttiin, sillä muutoksella`). */
const WORD_GAP = "[,;]?\\s+";

/** Words of a phrase as a pattern source: each word to its end, then white space (see lexicon/outcomes.ts for the syntax). */
function wordsPattern(words: readonly string[]): string {
  let out = "";
  for (const word of words) {
    if (word === "…") out += GAP;
    else out += word.replace(/\*/g, "\\p{L}*") + (/[\p{L}*)]$/u.test(word) ? WORD_END : "") + WORD_GAP;
  }
  return out;
}

/**
 * A phrase of the lexicon as a pattern source opening with `\b` at its key
 * word; the words before the key (`on`, `ei`, `päätti …`) are looked behind
 * for once the key is found, so that the search starts only where the key
 * is, not at every `on` inside a word.
 */
function phraseSource(phrase: string): string {
  const words = phrase.split(" ");
  const key = keyIndexOf(words);
  const keyWord = wordsPattern([words[key]]).slice(0, -WORD_GAP.length);
  // looked behind for after the key is found (placed first, it would be tried at every position)
  const behind = key > 0 ? `(?<=${WORD_START}${wordsPattern(words.slice(0, key))}${keyWord})` : "";
  const after = wordsPattern(words.slice(key + 1));
  return `\\b${keyWord}${behind}${after ? WORD_GAP + after.slice(0, -WORD_GAP.length) : ""}`;
}

/** A word's start, written out like its end. */
const WORD_START = "(?<![\\p{L}\\d])";

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
function keyIndexOf(words: readonly string[]): number {
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

/** Each outcome's phrases with their keys, most specific outcome first, and whether a body must be named in the clause. */
const OUTCOMES: Array<[Outcome, readonly string[], WordStartPattern, boolean]> = OUTCOME_PHRASES.map(([outcome, written, options]) => {
  const phrases = [...written, ...(options?.withBody ? [] : decideTo(outcome))];
  return [outcome, [...new Set(phrases.flatMap(keysOf))], wordStart(phrases.map(phraseSource).join("|")), options?.withBody === true];
});

/** The outcomes (bits) that a body must be named for (`Lautakunta edellyttää`). */
export const BODY_STANCES = OUTCOMES.reduce((bits, [, , , withBody], i) => (withBody ? bits | (1 << i) : bits), 0);

/** What an item's title or proposal names it to do (`Puheenjohtajan valinta`, `päättää merkitä tiedoksi`). */
const ITEM_OUTCOME_PATTERNS = ITEM_OUTCOMES.map(([outcome, phrase]) => [outcome, wordStart(phraseSource(phrase))] as const);
/** A title that names several things (`Kokouksen avaus ja pöytäkirjantarkastajien valinta`). */
const SEVERAL = fi`,|\b(?:ja|sekä)\b`;

/**
 * The outcome of an item settled as proposed, when the item only elects,
 * appoints or notes: its title names one thing and says so, or, when the
 * title says none of these, its proposal says that and nothing else. An item
 * whose title names several things, or none of this, gives null (approved).
 */
export function itemOutcome(proposal: string | null, title: string | null): Outcome | null {
  // a text is lower-cased once for the patterns that read it
  const said = (text: string, lower = latin1Lower(text)) => ITEM_OUTCOME_PATTERNS.filter(([, re]) => re.test(text, lower)).map(([outcome]) => outcome);
  if (title) {
    if (SEVERAL.test(title)) return null;
    const titled = said(title.replace(AGENDA_NUMBER, ""));
    if (titled.length === 1) return titled[0];
  }
  if (!proposal) return null;
  const lower = latin1Lower(proposal);
  const proposed = new Set(said(proposal, lower));
  for (const [outcome, re] of INFINITIVE_PATTERNS) if (re.test(proposal, lower)) proposed.add(outcome);
  return proposed.size === 1 ? [...proposed][0] : null;
}
/** The infinitives that say an outcome more particular than deciding, as words, one pattern for each outcome. */
const INFINITIVE_PATTERNS = [...new Set(Object.values(OUTCOME_INFINITIVES))]
  .filter((outcome) => outcome !== "decided")
  .map((outcome) => [outcome, wordStart(`\\b${wordsSource(Object.keys(OUTCOME_INFINITIVES).filter((infinitive) => OUTCOME_INFINITIVES[infinitive] === outcome))}\\b`)] as const);
/** An agenda item's number before its title (`§ 4`, `12 §`). */
const AGENDA_NUMBER = /^\s*(?:§\s*\d+|\d+\s*§)\s*/;

/** A `Päätös:` text that settles its item as proposed. */
export const SETTLED_AS_PROPOSED = wordStart(phraseSource(AS_PROPOSED));

/** The infinitive a decided point starts with (`• valita …`, `• päättää, että …`) and what it decides. */
export function infinitiveOutcome(item: string): Outcome | null {
  const first = /^\s*(\p{L}+)/u.exec(item);
  return first ? (OUTCOME_INFINITIVES[first[1].toLowerCase()] ?? null) : null;
}

/** A modal before an outcome infinitive: a possibility or a duty (`voidaan nimittää`), no decision. */
const INFINITIVE_WORD = `${wordsSource(Object.keys(OUTCOME_INFINITIVES))}${WORD_END}`;
export const MODAL = wordStart(`\\b${INFINITIVE_WORD}(?<=${WORD_START}${wordsSource(MODALS)}\\s+(?:\\p{L}+\\s+){0,2}${INFINITIVE_WORD})`);
/** A clause that tells a past practice (`Ennen uudistusta …`). */
export const BACKGROUND = fiRegExp(`^\\s*${wordsSource(BACKGROUND_OPENINGS).replace("\\p{L}+", "(?!kuin\\b)\\p{L}+")}\\b`);

/**
 * A line that heads a list with a passive participle and a plural noun
 * (`Uudet valitut jäsenet:`, `Nimitetyt edustajat:`): it names who the
 * items below are, where the decision itself is stated elsewhere.
 */
export const PARTICIPLE_LIST_HEADING = /^(?:\p{L}+\s+)?(?:valitut|nimitetyt|hyväksytyt|myönnetyt)\s+\p{L}+\s*:\s*$/iu;

/** A motion put forward in the clause (`X esitti asian palauttamista valmisteluun`): what it proposes is not decided. */
export const MOTION = fiRegExp(`\\b${wordsSource(MOTION_VERBS)}\\b`);

/** A chair closing the meeting (`päätti kokouksen klo 19.40.`, `päätti istunnon`): no decision. */
export const CLOSES_MEETING = fiRegExp(`\\b(?:päätti|päättänyt)\\s+${wordsSource(CLOSED_OBJECTS)}(?:\\s*[.,;]|\\s*$|\\s+(?:klo|kello|ajassa|\\d))`);

/** A clause that only supposes an outcome: "kunnes aluevaltuusto on valittu", "jos hallitus hyväksyy". */
export const HYPOTHETICAL = fiRegExp(`^\\s*${wordsSource(SUPPOSING_OPENINGS)}\\b`);
/** The labels of one word, which may stand inside a clause. */
const INLINE_LABELS = PROPOSAL_LABELS.filter((label) => !label.includes(" "));
const INLINE_PROPOSAL_LABEL = fiRegExp(`\\b${wordsSource(INLINE_LABELS)}${AFTER_LABEL}`, "giu");

/** The inline labels anywhere, as the label pattern reads them: most clauses have none, and one test tells. */
const INLINE_LABEL_WORDS = new RegExp(INLINE_LABELS.join("|"), "iu");

/**
 * Where a proposal written inline starts (minutes flattened from PDF:
 * "Ehdotus Esityslista hyväksytään.", "Esitys: hallitus päättää …"), or -1:
 * what follows the label is proposed; what stands before it may be the
 * previous item's decision.
 */
export function inlineProposalAt(clause: string): number {
  if (!INLINE_LABEL_WORDS.test(clause)) return -1;
  for (const m of clause.matchAll(INLINE_PROPOSAL_LABEL)) if (isLabelMatch(m)) return m.index;
  return -1;
}

/**
 * One case-insensitive pattern of alternatives, sorted so that those with a
 * shared beginning stand together: the engine then tests the shared letters
 * once (about a fifth faster on our lines than in written order).
 */
function anyOf(alternatives: string[]): RegExp {
  return new RegExp([...new Set(alternatives)].sort().join("|"), "i");
}

/** Every outcome's stems in one pattern: most clauses have none, and one test tells. */
const ANY_STEM = anyOf(OUTCOMES.flatMap(([, stems]) => stems));

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
OUTCOMES.forEach(([, stems], i) => stems.forEach((stem) => addStem(stem, 1 << i)));
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
    const gate = OUTCOMES.some(([, stems]) => stems.some((s) => lower.includes(s)));
    return {
      gate,
      within: (from, to) => {
        const part = text.slice(from, to).toLowerCase();
        return OUTCOMES.reduce((bits, [, stems], i) => (stems.some((s) => part.includes(s)) ? bits | (1 << i) : bits), 0);
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

/** The outcomes whose stems the clause has, as bits. */
function outcomesWithStems(clause: string): number {
  return outcomeStemsIn(clause).within(0, clause.length);
}

/** The outcome a clause states, or null when it states none; a stance some verbs take counts only when a body is named (`withBody`). `lower`: the clause's latin1Lower, when the caller has it. */
export function classifyOutcome(clause: string, withStems = outcomesWithStems(clause), withBody = true, lower?: string | null): Outcome | null {
  for (let i = 0; withStems >> i; i++) {
    const [outcome, , re, needsBody] = OUTCOMES[i];
    // lower-cased once for the outcomes' patterns, when one is tested
    if (withStems & (1 << i) && (withBody || !needsBody) && re.test(clause, lower === undefined ? (lower = latin1Lower(clause)) : lower)) return outcome;
  }
  return null;
}

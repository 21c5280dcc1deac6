/**
 * How Finnish minutes and meeting news say what was decided. Each outcome is
 * a set of verb-phrase shapes (active, passive, perfect, `päätti` +
 * infinitive), checked from the most specific outcome to the most general.
 */
import type { Outcome } from "../schema/index.js";
import { fi, isWhiteSpace, startsInsideWord, wordStart, type WordStartPattern } from "../lexicon/regex.js";
import { latin1LowerCode } from "../morph/fi/harmony.js";
import type { Token } from "./tokens.js";

export const DECISION_LABEL = fi`^\s*päätös\b\s*:?\s*`;
const PROPOSAL_LABEL = fi`^\s*(?:esitys|päätösehdotus|ehdotus|pohjaesitys|esittelijän\s+ehdotus|kunnanjohtajan\s+ehdotus)\b\s*:?`;

export function isProposalLabel(line: string): boolean {
  return PROPOSAL_LABEL.test(line);
}

export const VOTES = /äänin\s*(?:\(\s*)?(\d{1,3})\s*[–—-]\s*(\d{1,3})\)?/i;

const V = (s: string) => wordStart(s);

/** Outcome shapes, most specific first, each behind a cheap test of its stems (lower case). */
const OUTCOMES: Array<[Outcome, readonly string[], WordStartPattern]> = [
  ["no-consensus", ["yksimiel", "muodostunut", "syntynyt", "päästy"], V("\\byksimielisyyt(?:tä|een)\\s+(?:ei\\s+)?(?:vielä\\s+)?(?:muodostunut|syntynyt|päästy|saavutettu)|\\bei\\s+(?:vielä\\s+)?(?:muodostunut|syntynyt|päästy)\\s+yksimielisyyteen")],
  ["rejected", ["hylk", "hylät", "hylänn", "hyväksy", "raukea", "raukesi"], V("\\b(?:hylkäsi|hylättiin|hylätään|on\\s+hylännyt|ei\\s+hyväksynyt|ei\\s+hyväksytty|päätti\\s+hylätä|jätettiin\\s+raukeamaan|raukesi)\\b")],
  ["postponed", ["pöyd", "palaut", "siirrettiin", "lykät"], V("\\b(?:pöydälle|pöydättiin|pöydätään|pöydätä|palaut\\w*\\s+(?:\\w+\\s+){0,3}(?:valmisteluun|valmisteltavaksi)|siirrettiin\\s+seuraavaan\\s+kokoukseen|lykättiin)")],
  ["noted", ["tiedo", "kuittasi"], V("\\bmerkit(?:si|tiin|ään|ä|sivät)\\s+(?:\\w+\\s+){0,3}tiedo(?:ksi|kseen|ksensa)|\\btiedoksi\\s+merkit\\w*|\\bkuittasi\\s+tiedoksi")],
  ["amended", ["muutoks", "muutet", "lisäy", "muuten"], V("\\b(?:hyväks\\w*|päät\\w*)\\b[^.]{0,60}\\b(?:muutoksin|muutetun|muutettuna|lisäyksin|sillä\\s+muutoksella|lisäys\\w*|tehdyin\\s+muutoksin)|\\bhyväksyttiin,\\s+muuten|\\b(?:muutoksin|tehdyin\\s+muutoksin)\\s+hyväks")],
  ["elected", ["valit", "valinn", "valinne"], V("\\b(?:valitsi|valittiin|valitsivat|on\\s+valinnut|on\\s+valittu|ovat\\s+valinneet|päätti\\s+valita|valinnut|valitut|valita\\s+\\p{Lu})")],
  ["appointed", ["nime", "nimit", "aset", "lisätt", "valtuut", "myönsi"], V("\\b(?:nimesi|nimettiin|nimitti|nimitettiin|on\\s+nimitetty|on\\s+nimetty|nimittänyt|nimennyt|asetti|asetettiin|on\\s+asetettu|on\\s+asettanut|asettanut|lisättiin|valtuutti|valtuutettiin|myönsi\\s+\\w*\\s*valtuu)")],
  ["approved", ["hyväks", "myön", "vahvist", "esityslistan"], V("\\b(?:hyväksyi|hyväksyttiin|hyväksynyt|hyväksyivät|päätti\\s+hyväksyä|päätti\\s+myöntää|myönsi|myönnettiin|vahvisti|vahvistettiin|hyväksyttiin\\s+esityksen\\s+mukaan)|\\b(?:käsitteli|hyväksyi)\\b.{0,80}?\\besityslistan\\s+mukaisesti")],
  ["decided", ["päät", "pääd", "todet", "määr", "edellyt", "linjas", "suosit", "katsoi", "äänestyksen", "perust", "otet", "lausun"], V("\\b(?:päätti|päättivät|päätettiin|päättänyt|päädyttiin|todettiin|määrättiin|määräsi|edellyttää|edellytti|linjasi|suosittelee\\s+päätöksessään|katsoi\\s+äänin|äänestyksen\\s+tulos|perusti|perustettiin|on\\s+perustanut|perustamalla|antoi\\s+lausunnon|annettiin\\s+lausunto)\\b|\\b(?:otettiin|on\\s+otettu)\\b.{0,40}?ksi\\b")],
];

const NOTE_PROPOSAL = fi`merkitä\s+(?:\p{L}+\s+){0,4}tiedoksi`;

/** What the proposal a bare `Päätös: Hyväksyttiin esityksen mukaan.` settles was to do. */
function proposalOutcome(proposal: string): Outcome | null {
  if (NOTE_PROPOSAL.test(proposal)) return "noted";
  return null;
}

/** The infinitive a decision list item starts with (`• valita …`, `• päättää, että …`) and what it decides. */
const INFINITIVE_ITEMS: Array<[RegExp, Outcome]> = [
  [fi`^\s*merkitä\b.*\btiedoksi`, "noted"],
  [fi`^\s*valita\b`, "elected"],
  [fi`^\s*(?:nimetä|nimittää|asettaa)\b`, "appointed"],
  [fi`^\s*hyväksyä\b`, "approved"],
  [fi`^\s*hylätä\b`, "rejected"],
  [fi`^\s*(?:päättää|todeta|määrätä|esittää|ehdottaa)\b`, "decided"],
];

export function infinitiveOutcome(item: string): Outcome | null {
  for (const [re, outcome] of INFINITIVE_ITEMS) if (re.test(item)) return outcome;
  return null;
}

/** A clause that only supposes an outcome: "kunnes aluevaltuusto on valittu", "jos hallitus hyväksyy". */
export const HYPOTHETICAL = fi`^\s*(?:kunnes|jos|mikäli|jotta|ennen\s+kuin|jolloin|mikä\s+toimielin)\b`;
/** A proposal written inline (minutes flattened from PDF): "Ehdotus Esityslista hyväksytään." */
export const INLINE_PROPOSAL = wordStart(String.raw`\b(?:ehdotus|esitys|päätösehdotus)\b`);
/** Official posts are appointed, positions of trust elected. */
export const OFFICIAL_POST = fi`(?<!puheen)(?:johtajiksi|johtajaksi|päälliköiksi|päälliköksi)\b`;

/**
 * One case-insensitive pattern of alternatives, sorted so that those with a
 * shared beginning stand together: the engine then tests the shared letters
 * once (about a fifth faster on our lines than in written order).
 */
function anyOf(alternatives: string[]): RegExp {
  return new RegExp([...new Set(alternatives)].sort().join("|"), "i");
}

/** Stems of every outcome verb: a line without one states no decision (a space stands for any white space). */
const GATE_STEMS = [
  "hyväksy", "hyväksi", "valitsi", "valittiin", "valittu", "valitsivat", "valita", "valitut", "valinn", "valinne",
  "nimesi", "nimettiin", "nimetty", "nimenn", "nimitti", "nimitettiin", "nimitetty", "nimittän",
  "asetti", "asetettiin", "asetettu", "asettan", "päätti", "päättivät", "päättänyt", "päätettiin", "päädyttiin",
  "merkitsi", "merkittiin", "tiedoksi", "hylk", "hylät", "hylänn", "pöyd", "palaut", "yksimiel", "todettiin",
  "määrättiin", "määräsi", "edellyt", "linjasi", "suosittelee", "katsoi", "myönsi", "myönnettiin", "lisättiin",
  "vahvist", "raukesi", "lykättiin", "valtuut", "äänestyksen tulos", "perust", "otettu", "otettiin", "lausun",
];

/** The gate as one pattern, for text that is not read by tokens (a stem anywhere in a word opens it). */
const ANY_OUTCOME = anyOf(GATE_STEMS.map((s) => s.replace(/ /g, "\\s+")));

/** Every outcome's stems in one pattern: most clauses have none, and one test tells. */
const ANY_STEM = anyOf(OUTCOMES.flatMap(([, stems]) => stems));

/** A stem as a word may start with it: the outcomes it belongs to (a bit per index in OUTCOMES), whether it opens the gate, and the words that must follow it for that. */
interface Stem {
  stem: string;
  outcomes: number;
  gate: boolean;
  then: readonly string[];
}

/**
 * Every stem, in a bucket by a hash of its first four letters: most words
 * start no stem, and one array read tells (a map lookup per word cost more
 * than the patterns it replaces).
 */
const BUCKETS = 4096;
const NO_STEMS: Stem[] = [];
const STEMS: Stem[][] = Array.from({ length: BUCKETS }, () => NO_STEMS);
/** The bucket of the four letters at `at`, upper-case Latin-1 read as lower-case (stems are Latin-1). */
function bucketOf(text: string, at: number): number {
  return (((latin1LowerCode(text.charCodeAt(at)) * 31 + latin1LowerCode(text.charCodeAt(at + 1))) * 31 + latin1LowerCode(text.charCodeAt(at + 2))) * 31 + latin1LowerCode(text.charCodeAt(at + 3))) & (BUCKETS - 1);
}
function addStem(stem: string, outcomes: number, gate: boolean, then: readonly string[] = []) {
  const key = bucketOf(stem, 0);
  const list = STEMS[key] === NO_STEMS ? (STEMS[key] = []) : STEMS[key];
  const same = list.find((s) => s.stem === stem && s.then.length === then.length);
  if (same) {
    same.outcomes |= outcomes;
    same.gate ||= gate;
  } else list.push({ stem, outcomes, gate, then });
}
OUTCOMES.forEach(([, stems], i) => stems.forEach((stem) => addStem(stem, 1 << i, false)));
for (const words of GATE_STEMS) {
  const [stem, ...then] = words.split(" ");
  addStem(stem, 0, true, then);
}
/** Each stem with the outcomes it belongs to, by its first letter (for text not read by tokens). */
const STEMS_BY_INITIAL = new Map<string, Array<[stem: string, outcomes: number]>>();
for (const list of STEMS)
  for (const { stem, outcomes } of list) if (outcomes) STEMS_BY_INITIAL.set(stem[0], [...(STEMS_BY_INITIAL.get(stem[0]) ?? []), [stem, outcomes]]);

/**
 * The outcome stems of a line: whether it has a gate stem (else it states no
 * decision), and which outcomes' stems lie wholly within a span of it.
 */
export interface OutcomeStems {
  gate: boolean;
  /** The outcomes (bits) whose stems lie wholly within `[from, to)` (offsets into the document). */
  within(from: number, to: number): number;
}

/** Found stems as triples (start, end, outcomes) and the span test over them. */
function stemsWithin(found: number[]): OutcomeStems["within"] {
  return (from, to) => {
    let bits = 0;
    for (let k = 0; k < found.length; k += 3) if (found[k] >= from && found[k + 1] <= to) bits |= found[k + 2];
    return bits;
  };
}

/**
 * The outcome stems at word starts of a line, read off its tokens rather
 * than by a pattern tried at every letter: at a token's start and at every
 * start inside it (after a hyphen, apostrophe or colon), as `\b` of
 * lexicon/regex.ts has word starts. Offsets are the document's.
 */
export function outcomeStems(text: string, line: { end: number }, tokens: readonly Token[]): OutcomeStems {
  const found: number[] = [];
  let gate = false;
  for (const t of tokens) {
    // every stem has four letters or more
    const last = t.end - 4;
    if (t.start > last) continue;
    for (let i = t.start; i <= last; i = t.parts ? i + 1 : last + 1) {
      const bucket = STEMS[bucketOf(text, i)];
      if (bucket !== NO_STEMS && !startsInsideWord(text, i, true)) gate = stemsAt(bucket, text, i, line.end, found) || gate;
    }
  }
  return gate ? { gate, within: stemsWithin(found) } : CLOSED;
}

/** A line without a gate stem: it states no decision. */
const CLOSED: OutcomeStems = { gate: false, within: () => 0 };

/** Adds the outcome stems of a bucket that are at offset `at` of the text to `found`; whether a gate stem is there. */
function stemsAt(bucket: readonly Stem[], text: string, at: number, end: number, found: number[]): boolean {
  let gate = false;
  for (const s of bucket) {
    if (!stemAt(text, at, s.stem)) continue;
    if (s.outcomes) found.push(at, at + s.stem.length, s.outcomes);
    if (s.gate) gate ||= wordsFollow(text, at + s.stem.length, end, s.then);
  }
  return gate;
}

/** Whether the stem (lower-case Latin-1) is at offset `at`, in any case. */
function stemAt(text: string, at: number, stem: string): boolean {
  for (let k = 0; k < stem.length; k++) if (latin1LowerCode(text.charCodeAt(at + k)) !== stem.charCodeAt(k)) return false;
  return true;
}

/** Whether the words follow offset `at` before `end`, each after white space (in any case). */
function wordsFollow(text: string, at: number, end: number, words: readonly string[]): boolean {
  for (const word of words) {
    const from = at;
    while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
    if (at === from || at + word.length > end || text.slice(at, at + word.length).toLowerCase() !== word) return false;
    at += word.length;
  }
  return true;
}

/**
 * The outcome stems of a text searched by patterns (a stem anywhere in a
 * word counts), for text that is not read by tokens (a clause after a
 * `Päätös:` label or in a list); offsets are the text's. The gate pattern
 * runs only when asked: classifying a clause needs the stems alone.
 */
export function outcomeStemsIn(text: string): OutcomeStems {
  const gated = (within: OutcomeStems["within"]): OutcomeStems => ({
    get gate() {
      return ANY_OUTCOME.test(text);
    },
    within,
  });
  const lower = text.toLowerCase();
  // a case mapping that changes the length (rare letters) leaves the offsets apart: each stem is looked for on its own then
  if (lower.length !== text.length) {
    return gated((from, to) => {
      const part = text.slice(from, to).toLowerCase();
      return OUTCOMES.reduce((bits, [, stems], i) => (stems.some((s) => part.includes(s)) ? bits | (1 << i) : bits), 0);
    });
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
  return gated(stemsWithin(found));
}

/** The outcomes whose stems the clause has, as bits. */
function outcomesWithStems(clause: string): number {
  return outcomeStemsIn(clause).within(0, clause.length);
}

/** The outcome a clause states, or null when it states none. */
export function classifyOutcome(clause: string, proposal: string | null, withStems = outcomesWithStems(clause)): Outcome | null {
  for (let i = 0; withStems >> i; i++) {
    if (!(withStems & (1 << i))) continue;
    const [outcome, , re] = OUTCOMES[i];
    if (!re.test(clause)) continue;
    if (outcome === "approved" && proposal && /esityksen\s+mukaan|ehdotuksen\s+mukaan/i.test(clause)) return proposalOutcome(proposal) ?? "approved";
    if (outcome === "elected" && OFFICIAL_POST.test(clause)) return "appointed";
    return outcome;
  }
  return null;
}

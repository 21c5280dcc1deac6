/**
 * Reading outcomes with the phrases of lexicon/outcomes.ts: each outcome's
 * phrases compiled into one pattern, tried only where the key stems of
 * lexicon/outcome-stems.ts say the outcome can be. Outcomes are checked from
 * the most specific to the most general.
 */
import type { Outcome } from "../schema/index.js";
import { keyIndexOf, OUTCOME_PHRASE_SETS, outcomeStemsIn } from "../lexicon/outcome-stems.js";
import { AS_PROPOSED, BACKGROUND_OPENINGS, CLOSED_OBJECTS, DECISION_LABEL_WORD, ITEM_OUTCOMES, MODALS, MOTION_VERBS, OUTCOME_INFINITIVES, PROPOSAL_LABEL_PREFIXES, PROPOSAL_LABELS, SUPPOSING_OPENINGS } from "../lexicon/outcomes.js";
import { fi, fiRegExp, latin1Lower, wordStart, type WordStartPattern } from "../lexicon/regex.js";

/** Words as alternatives of a pattern source, a space standing for any white space. */
const wordsSource = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, "\\s+")).join("|")})`;

export const DECISION_LABEL = fiRegExp(`^\\s*${DECISION_LABEL_WORD}\\b\\s*:?\\s*`);

/**
 * A `Päätös` label: with a colon, alone on its line, or before the sentence it
 * opens (`Päätös Hyväksyttiin.`). Followed by a lower-case word it is the noun
 * of running text (`– Päätös ei ollut helppo, sanoi …`), which settles no item.
 */
export function decisionLabel(text: string): RegExpExecArray | null {
  const label = DECISION_LABEL.exec(text);
  if (!label || label[0].includes(":")) return label;
  const next = text[label[0].length];
  return next !== undefined && next !== next.toUpperCase() ? null : label;
}
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
  return m !== null && isLabelMatch(m) && !aboutWhat(line, m);
}

/** Whether the capital after a label word opens a genitive attribute of the sentence's noun (OF_WHAT_AFTER), not a proposal. */
function aboutWhat(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  return m[1] !== undefined && OF_WHAT_AFTER.test(text.slice(m.index! + m[0].length));
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



/** Each outcome's phrases compiled, most specific outcome first (bit i of OutcomeStems is OUTCOMES[i]), and whether a body must be named in the clause. */
const OUTCOMES: Array<[Outcome, WordStartPattern, boolean]> = OUTCOME_PHRASE_SETS.map(({ outcome, phrases, withBody }) => [outcome, wordStart(phrases.map(phraseSource).join("|")), withBody]);

/** The outcomes (bits) that a body must be named for (`Lautakunta edellyttää`). */
export const BODY_STANCES = OUTCOMES.reduce((bits, [, , withBody], i) => (withBody ? bits | (1 << i) : bits), 0);

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
  for (const m of clause.matchAll(INLINE_PROPOSAL_LABEL)) if (isLabelMatch(m) && !aboutWhat(clause, m)) return m.index;
  return -1;
}

/**
 * A capitalised genitive before a lower-case word after the label word: an
 * attribute of what the proposal is about (`Hallituksen esitys Kuusijärven
 * aurinkovoimalan rakentamisesta jätettiin pöydälle`), so the word is the
 * sentence's noun, not a label that a proposal's own sentence follows
 * (`Ehdotus Esityslista hyväksytään`). A passive in -aan (`Ehdotus Valitaan
 * tarkastajat`) opens a proposal.
 */
const OF_WHAT_AFTER = /^\p{Lu}[\p{L}-]*(?<![aä]{2})n\s+\p{Ll}/u;


/** The outcomes whose stems the clause has, as bits. */
function outcomesWithStems(clause: string): number {
  return outcomeStemsIn(clause).within(0, clause.length);
}

/** The outcome a clause states, or null when it states none; a stance some verbs take counts only when a body is named (`withBody`). `lower`: the clause's latin1Lower, when the caller has it. */
export function classifyOutcome(clause: string, withStems = outcomesWithStems(clause), withBody = true, lower?: string | null): Outcome | null {
  for (let i = 0; withStems >> i; i++) {
    const [outcome, re, needsBody] = OUTCOMES[i];
    // lower-cased once for the outcomes' patterns, when one is tested
    if (withStems & (1 << i) && (withBody || !needsBody) && re.test(clause, lower === undefined ? (lower = latin1Lower(clause)) : lower)) return outcome;
  }
  return null;
}

/**
 * How Finnish minutes and meeting news say what was decided. Each outcome is
 * a set of verb-phrase shapes (active, passive, perfect, `päätti` +
 * infinitive), checked from the most specific outcome to the most general.
 */
import type { Outcome } from "../schema/index.js";
import { fi, wordStart, type WordStartPattern } from "../lexicon/regex.js";

export const DECISION_LABEL = fi`^\s*päätös\b\s*:?\s*`;
const PROPOSAL_LABEL = fi`^\s*(?:esitys|päätösehdotus|ehdotus|pohjaesitys|esittelijän\s+ehdotus|kunnanjohtajan\s+ehdotus)\b\s*:?`;

export function isProposalLabel(line: string): boolean {
  return PROPOSAL_LABEL.test(line);
}

export const VOTES = /äänin\s*\(?\s*(\d{1,3})\s*[–—-]\s*(\d{1,3})\)?/i;

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

/** Stems of every outcome verb: a line without one states no decision. */
export const ANY_OUTCOME = anyOf([
  "hyväksy", "hyväksi", "valitsi", "valittiin", "valittu", "valitsivat", "valita", "valitut", "valinn", "valinne",
  "nimesi", "nimettiin", "nimetty", "nimenn", "nimitti", "nimitettiin", "nimitetty", "nimittän",
  "asetti", "asetettiin", "asetettu", "asettan", "päätti", "päättivät", "päättänyt", "päätettiin", "päädyttiin",
  "merkitsi", "merkittiin", "tiedoksi", "hylk", "hylät", "hylänn", "pöyd", "palaut", "yksimiel", "todettiin",
  "määrättiin", "määräsi", "edellyt", "linjasi", "suosittelee", "katsoi", "myönsi", "myönnettiin", "lisättiin",
  "vahvist", "raukesi", "lykättiin", "valtuut", "äänestyksen\\s+tulos", "perust", "otettu", "otettiin", "lausun",
]);

/** Every outcome's stems in one pattern: most clauses have none, and one test tells. */
const ANY_STEM = anyOf(OUTCOMES.flatMap(([, stems]) => stems));

/** Each stem with the outcomes (a bit per index in OUTCOMES) it belongs to, by its first letter. */
const STEMS_BY_INITIAL = new Map<string, Array<[stem: string, outcomes: number]>>();
OUTCOMES.forEach(([, stems], i) => {
  for (const stem of stems) {
    const list = STEMS_BY_INITIAL.get(stem[0]) ?? [];
    const same = list.find(([s]) => s === stem);
    if (same) same[1] |= 1 << i;
    else list.push([stem, 1 << i]);
    STEMS_BY_INITIAL.set(stem[0], list);
  }
});

/**
 * The outcomes whose stems the clause has, as bits: one scan of all stems
 * finds where any starts, and the stems starting there are read off the
 * lower-cased clause (nine scans, one per outcome, did this before).
 */
function outcomesWithStems(clause: string): number {
  return outcomeStemsIn(clause)(0, clause.length);
}

/**
 * The stems in a text, found once, as a function that tells which outcomes'
 * stems lie wholly within `[from, to)` of it: a line is scanned once for the
 * stems of all its clauses.
 */
export function outcomeStemsIn(text: string): (from: number, to: number) => number {
  const lower = text.toLowerCase();
  // a case mapping that changes the length (rare letters) leaves the offsets apart: each stem is looked for on its own then
  if (lower.length !== text.length) {
    return (from, to) => {
      const part = text.slice(from, to).toLowerCase();
      return OUTCOMES.reduce((bits, [, stems], i) => (stems.some((s) => part.includes(s)) ? bits | (1 << i) : bits), 0);
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
  return (from, to) => {
    let bits = 0;
    for (let k = 0; k < found.length; k += 3) if (found[k] >= from && found[k + 1] <= to) bits |= found[k + 2];
    return bits;
  };
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

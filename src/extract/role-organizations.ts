/**
 * The organization a role belongs to, read where Finnish says it:
 *
 * - a genitive before the title (`Porin kaupungin kulttuurijohtaja` →
 *   `Porin kaupunki`, `Kuhmon kaupunginjohtaja` → `Kuhmo`, `STTK:n
 *   puheenjohtaja` → `STTK`);
 * - an apposition after the name or its titles (`X, tutkimuspäällikkö,
 *   Kela`, `suunnittelija X, Keski-Pohjanmaan liitto`);
 * - an elative or ablative right after the name (`X Kelasta`, `X
 *   Jyväskylän yliopistolta`);
 * - an acronym in parentheses after the name (`X (THL)`);
 * - the body named in the illative or allative of the clause that elects or
 *   appoints (`valittiin aluehallitukseen puheenjohtajaksi`,
 *   `nimitti hyvinvointialueelle viisi toimialajohtajaa`).
 *
 * An organization that is one of the document's bodies is named as that body
 * is named; any other is put in base form.
 */
import { GENERAL_MEETINGS, HEAD_NOUNS, PARTY_ABBREVIATIONS, REFERRED_KINDS, withoutColonEnding, withoutLegalForm } from "../lexicon/bodies.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { NOT_TITLE_MODIFIERS, PUBLIC_BODY_HEADS, PUBLIC_BODY_PARTS } from "../lexicon/roles.js";
import { wordInCase } from "../morph/fi/case-endings.js";
import { withSurfaceCase } from "../morph/fi/harmony.js";
import type { Body, BodyKind } from "../schema/index.js";
import { partitionPoint } from "../sorted.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import type { Doc } from "../text/document.js";
import { surnameLemma } from "./names.js";
import { standsWhereCapitalsGo, type Token } from "../text/tokens.js";
import { isInlineSpace } from "../text/chars.js";

/** Bodies that meet: the body of a meeting's minutes is one of them. */
const COLLEGIAL: ReadonlySet<BodyKind> = new Set(["council", "executive-board", "committee", "division", "working-group", "steering-group", "preparatory-body"]);

/** How far back (characters) a heading over a list looks for the body it names. */
const HEADING_REACH = 400;

/** The document's body mentions by where they start and end. */
interface MentionSpans {
  byEnd: Map<number, string>;
  byStart: Map<number, { name: string; end: number }>;
  /** Mention ends in ascending order, and the body named at each. */
  ends: number[];
  endNames: string[];
}

/**
 * The document's body mentions indexed by where they start and end, built
 * once, when a role first asks: a role asks by its own offsets and never
 * walks the bodies.
 */
export class BodyIndex {
  private spans: MentionSpans | undefined;
  /** The collegial body named most often (first named on a tie): the body whose meeting minutes report, unless the text names the meeting's body. */
  meeting: string | null;
  /** The association or federation named most often (first named on a tie): in its board's minutes, the organization whose staff the text names. */
  readonly host: string | null;
  /** Per kind, the body of that kind named most often: a title's first part may name the kind (`kunnanjohtaja`, `aluevaltuutettu`). */
  private readonly mostNamed = new Map<BodyKind, Body>();
  /** Bodies by their lower-case names and aliases: an organization the text names by an alias is named as the body is (made on first ask). */
  private byName: Map<string, string> | undefined;
  /** Bodies by the acronym their words and compound heads spell (Suomen Hiihto|liitto → SHL), made on first ask. */
  private byInitials: Map<string, string> | undefined;
  /** Answers of endingWith, by suffix: a document asks few suffixes, each for many roles. */
  private readonly bySuffix = new Map<string, string | null>();

  constructor(private readonly bodies: readonly Body[]) {
    let meeting: Body | null = null;
    let host: Body | null = null;
    for (const b of bodies) {
      if (COLLEGIAL.has(b.kind) && (!meeting || b.mentions.length > meeting.mentions.length)) meeting = b;
      if (isMembersOrganization(b) && (!host || b.mentions.length > host.mentions.length)) host = b;
      const most = this.mostNamed.get(b.kind);
      if (!most || b.mentions.length > most.mentions.length) this.mostNamed.set(b.kind, b);
    }
    this.meeting = meeting?.name ?? null;
    // a public body's meeting (kunnanhallitus) that names an association (an applicant) is not that association's board meeting
    this.host = host && !(meeting && isPublicBody(meeting.name)) ? host.name : null;
  }

  private mentionSpans(): MentionSpans {
    return (this.spans ??= mentionSpans(this.bodies));
  }

  /** The body named most often whose name ends in `suffix` (lower case): `aluevaltuusto` for an `aluevaltuutettu`. */
  endingWith(suffix: string): string | null {
    let found = this.bySuffix.get(suffix);
    if (found === undefined) {
      let best: Body | null = null;
      for (const b of this.bodies) if (b.name.toLowerCase().endsWith(suffix) && (!best || b.mentions.length > best.mentions.length)) best = b;
      this.bySuffix.set(suffix, (found = best?.name ?? null));
    }
    return found;
  }

  /**
   * The place a body of a municipality is named after (`Toivakan
   * kunnanvaltuusto`, `Kuhmon kaupunginhallitus` → `Toivakan`, `Kuhmon`):
   * the genitive before a name whose last word starts with `part`, of the
   * body named most often.
   */
  placeOfBody(part: string): string | null {
    let best: Body | null = null;
    let place: string | null = null;
    for (const b of this.bodies) {
      const space = b.name.lastIndexOf(" ");
      const before = b.name.lastIndexOf(" ", space - 1);
      const word = b.name.slice(before + 1, space);
      if (space < 0 || !b.name.startsWith(part, space + 1) || !/^\p{Lu}\p{Ll}+n$/u.test(word) || (best && b.mentions.length <= best.mentions.length)) continue;
      best = b;
      place = word;
    }
    return place;
  }

  /** The body of this kind named most often, if any. */
  ofKind(kind: BodyKind): string | null {
    return this.mostNamed.get(kind)?.name ?? null;
  }

  /** The document's one named body of a kind a bare head refers back to (REFERRED_KINDS), if it names exactly one. */
  onlyOfKind(kind: BodyKind | undefined): string | null {
    if (!kind || !REFERRED_KINDS.has(kind)) return null;
    let only: string | null = null;
    for (const b of this.bodies) {
      if (b.kind !== kind) continue;
      if (only !== null) return null;
      only = b.name;
    }
    return only;
  }

  /** Whether a name is one of the document's bodies' names or aliases. */
  isBody(name: string): boolean {
    this.byName ??= namesOf(this.bodies);
    return this.byName.has(name.toLowerCase());
  }

  /** An organization's name as the document's body of that name, alias or initials is named, else as given. */
  named(name: string): string {
    this.byName ??= namesOf(this.bodies);
    const found = this.byName.get(name.toLowerCase());
    if (!ACRONYM.test(name)) return found ?? name;
    // an acronym is named by the body whose name it spells, the fuller name
    this.byInitials ??= initialsOf(this.bodies);
    return this.byInitials.get(name) ?? found ?? name;
  }

  /**
   * A bare head noun (`piiri`, `yhdistys`) names the one body whose name ends
   * in a compound of it (`Pohjois-Savon Luonnonsuojelupiiri ry`): the text
   * refers back to the organization it named in full.
   */
  ownerOfHead(word: string): string | null {
    if (!Object.hasOwn(HEAD_NOUNS, word)) return null;
    let owner: string | null = null;
    for (const b of this.bodies) {
      const name = withoutLegalForm(b.name.toLowerCase());
      const last = name.slice(name.lastIndexOf(" ") + 1);
      if (last.length <= word.length || !last.endsWith(word)) continue;
      if (owner !== null && owner !== b.name) return null;
      owner = b.name;
    }
    return owner;
  }

  /** The body whose mention ends at `offset` or one or two characters before it (a space, `, `). */
  endingAt(offset: number): string | null {
    const { byEnd } = this.mentionSpans();
    return byEnd.get(offset) ?? byEnd.get(offset - 1) ?? byEnd.get(offset - 2) ?? null;
  }

  startingAt(offset: number): string | null {
    return this.mentionSpans().byStart.get(offset)?.name ?? null;
  }

  /** The body mentioned from `offset` on, with where that mention ends. */
  mentionStartingAt(offset: number): { name: string; end: number } | null {
    return this.mentionSpans().byStart.get(offset) ?? null;
  }

  /** The body mentioned last before `offset`, within a heading's reach. */
  lastBefore(offset: number): string | null {
    const { ends, endNames } = this.mentionSpans();
    const after = partitionPoint(ends.length, (i) => ends[i] <= offset);
    return after > 0 && offset - ends[after - 1] < HEADING_REACH ? endNames[after - 1] : null;
  }
}

/** The bodies' mentions by start and by end; of two at one offset, the one that ends first (then the first given). */
function mentionSpans(bodies: readonly Body[]): MentionSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const names: string[] = [];
  for (const b of bodies) {
    for (const m of b.mentions) {
      starts.push(m.start);
      ends.push(m.end);
      names.push(b.name);
    }
  }
  const order: number[] = new Array(ends.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => ends[a] - ends[b] || a - b);
  const out: MentionSpans = { byEnd: new Map(), byStart: new Map(), ends: [], endNames: [] };
  for (const i of order) {
    if (!out.byEnd.has(ends[i])) out.byEnd.set(ends[i], names[i]);
    if (!out.byStart.has(starts[i])) out.byStart.set(starts[i], { name: names[i], end: ends[i] });
    out.ends.push(ends[i]);
    out.endNames.push(names[i]);
  }
  return out;
}

/** Bodies by their lower-case names, then by their aliases: a body's own name comes before another body's alias of the same words. */
function namesOf(bodies: readonly Body[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of bodies) {
    const lower = b.name.toLowerCase();
    if (!out.has(lower)) out.set(lower, b.name);
  }
  for (const b of bodies) {
    for (const alias of b.aliases) {
      const lower = alias.toLowerCase();
      if (!out.has(lower)) out.set(lower, b.name);
    }
  }
  return out;
}

/**
 * The acronyms a body's name spells: each word's initial, and a compound
 * word's head noun's too (`Suomen Hiihtoliitto` → `SH` and `SHL`).
 */
function initialsOf(bodies: readonly Body[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of bodies) {
    let plain = "";
    let withHeads = "";
    for (const word of b.name.split(/[\s-]+/)) {
      if (!word || word === "ja") continue;
      plain += word[0].toUpperCase();
      withHeads += word[0].toUpperCase();
      const lower = word.toLowerCase();
      const head = compoundHead(lower);
      if (head) withHeads += head[0].toUpperCase();
    }
    for (const acronym of [plain, withHeads]) if (acronym.length >= 2 && !out.has(acronym)) out.set(acronym, b.name);
  }
  return out;
}

const PARTY_ABBREVIATION = new Set(Object.keys(PARTY_ABBREVIATIONS));
const HEAD_NOUN_WORDS = Object.keys(HEAD_NOUNS);
/** The head nouns by their last letter, in the lexicon's order: a word is compared with the heads it can end in only. */
const HEADS_BY_LAST_LETTER: ReadonlyMap<number, readonly string[]> = byLastLetter(HEAD_NOUN_WORDS);

function byLastLetter(words: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1);
    const list = out.get(last);
    if (list) list.push(w);
    else out.set(last, [w]);
  }
  return out;
}

/** The first head noun (in the lexicon's order) a lower-case compound ends in, after three letters at least of its own. */
function compoundHead(lower: string): string | undefined {
  const heads = HEADS_BY_LAST_LETTER.get(lower.charCodeAt(lower.length - 1));
  if (heads) for (const h of heads) if (lower.endsWith(h) && lower.length >= h.length + 3) return h;
  return undefined;
}

/** Heads of the organizations that have members, a board and staff: associations, unions, federations (`yhdistys`, `seura`, `liitto`). */
const MEMBERS_HEADS = HEAD_NOUN_WORDS.filter((h) => HEAD_NOUNS[h].kind === "association" || HEAD_NOUNS[h].kind === "union" || h === "liitto");

/** A body whose name's last word is a public body's compound (`Kymenlaakson hyvinvointialueen aluehallitus`, `kunnanhallitus`). */
function isPublicBody(name: string): boolean {
  const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
  return PUBLIC_BODY_PARTS.some((part) => last.startsWith(part) && last.length > part.length) || PUBLIC_BODY_HEADS.some((head) => last.endsWith(head));
}

function isMembersOrganization(b: Body): boolean {
  if (b.kind === "party" || COLLEGIAL.has(b.kind)) return false;
  // a registered association or union (`Lahden Latu ry`) whatever its name's last word
  if (b.kind === "association" || b.kind === "union") return true;
  const name = b.name.toLowerCase();
  return MEMBERS_HEADS.some((h) => name.endsWith(h));
}
const ELATIVE_OR_ABLATIVE = wordInCase("ela", "abl");
const GENITIVE: readonly string[] = ["gen"];
const NOMINATIVE: readonly string[] = ["nom"];
const WHERE_FROM_CASES: readonly string[] = ["ela", "abl"];
/** A legal form in the elative or ablative: where from, said of a registered name. */
const REGISTERED_FROM = /^(?:oy|oyj|ry|ab|ky|osk):(?:sta|stä|lta|ltä)$/;
const WHERE_TO_CASES: readonly string[] = ["ill", "all"];

/** Whether a word ends in `n` or `N`, as a genitive does. */
function endsInN(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x6e || last === 0x4e;
}
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;

/**
 * The body whose meeting a text reports, when it names one: the genitive
 * before a meeting word (`yhdistyksen kokous`, `hallituksen kokouksessa`,
 * `yhdistyksen vuosikokous`) or its papers' (`kunnanhallituksen
 * pöytäkirja`, `yhtymähallituksen päätöksiä`). A general meeting of
 * members (`vuosikokous`, `syyskokous`) that no genitive names is the
 * meeting of the association whose members meet, not of its board.
 */
export function meetingBodyOf(doc: Doc, index: BodyIndex): string | null {
  // the text is searched for the stems, not each token: few tokens hold one
  for (const m of doc.text.matchAll(MEETING_STEM)) {
    const t = tokenAt(doc, m.index!);
    if (!t || !MEETING_WORD.test(t.lower)) continue;
    // the body's name before the word is in the genitive: "TUKI RY PÖYTÄKIRJA" is a heading of two
    const body = t.joined && endsInN(lastCharBefore(doc.text, t.start)) ? index.endingAt(t.start) : null;
    if (body) return body;
    if (index.host && GENERAL_MEETING_STEMS.some((stem) => t.lower.startsWith(stem))) return index.host;
  }
  return null;
}

/** The general meetings of members, by the stem every case starts with (`vuosikokou|ksensa`). */
const GENERAL_MEETING_STEMS = GENERAL_MEETINGS.map((word) => word.slice(0, -1));

/** The words of a meeting and of its papers: `kokous`, `pöytäkirja`, `esityslista`, `päätöksiä` (`hallituksen pöytäkirja`). */
const MEETING_STEM = /kokou|pöytäkirj|esityslist|päätök/giu;
const MEETING_WORD = /(?:kokou(?:s|ks)|pöytäkirj|esityslist|päätök)/;

/** The character before an offset, past white space (a space if none). */
function lastCharBefore(text: string, offset: number): string {
  let k = offset;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  return text.slice(Math.max(0, k - 1), k) || " ";
}

/** The token of the document's lines that holds an offset, if any. */
function tokenAt(doc: Doc, offset: number): Token | undefined {
  const line = doc.lineAt(offset);
  if (!line) return undefined;
  const tokens = doc.tokensOf(line);
  const after = partitionPoint(tokens.length, (i) => tokens[i].start <= offset);
  const t = tokens[after - 1];
  return t && offset < t.end ? t : undefined;
}

/** Whether the text between two offsets is only the given punctuation with white space around it. */
function gapIs(text: string, from: number, to: number, mark: string): boolean {
  let seen = false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === mark && !seen) seen = true;
    else if (c !== " " && c !== "\t" && c !== "\u00a0") return false;
  }
  return seen;
}

/** The token as a body's head noun in one of `cases`, or null. */
export function bodyHeadIn(t: Token, lemmas: Lemmas, cases: readonly string[]): string | null {
  for (const r of lemmas.headForms(t)) if (HEAD_NOUNS[r.head] && !r.plural && cases.includes(r.case) && (r.lemma === r.head || r.lemma.length >= r.head.length + 3)) return r.lemma;
  return null;
}

/** A collective noun in the genitive (`puheenjohtajiston`, `henkilöstön`) in base form, or null. */
function collective(lower: string): string | null {
  return /(?:ist[oö])n$/.test(lower) && lower.length > 8 ? lower.slice(0, -1) : null;
}

/** A capitalised word that is a name's part, not a common word or a passive verb capitalised at a sentence start (Webinaarien, Esitetään). */
function isProper(text: string, t: Token, lemmas: Lemmas): boolean {
  if (!t.upper) return false;
  if (!standsWhereCapitalsGo(text, t) || t.text.includes("-") || t.text.includes(":")) return true;
  return !PASSIVE.test(t.lower) && !lemmas.isKnownWord(t.lower);
}

const PASSIVE = /(?:t|d)(?:aa|ää)n$/;

/**
 * A word capitalised where no capital goes, in no case a name's inner word
 * never takes: no genitive, no local case, no essive or translative (Yle,
 * Energia). Where a sentence starts a capital tells nothing (`Puhui`).
 */
function isUninflectedName(text: string, t: Token): boolean {
  return t.upper && !endsInN(t.text) && !OBLIQUE_CASE.test(t.lower) && !FUNCTION_WORDS.has(t.lower) && !standsWhereCapitalsGo(text, t);
}
const OBLIQUE_CASE = wordInCase("ine", "ela", "ill", "ade", "abl", "all", "ess", "tra");

/** The base form of an inflected last word of an organization's name: a common noun by its analysis, a proper one as a name. */
function lastWordLemma(t: Token, lemmas: Lemmas, cases: readonly string[]): string {
  const head = bodyHeadIn(t, lemmas, cases);
  if (head) return withSurfaceCase(t.text, head);
  const colon = t.text.indexOf(":");
  if (colon > 0) return t.text.slice(0, colon);
  // a capitalised word is a name whatever the word lists say: it is not analysed
  if (!t.upper) {
    const known = lemmas.analyseIn(t.lower, cases).find((a) => a.known && a.strength >= 100);
    if (known) return withSurfaceCase(t.text, known.lemma);
  }
  // …but a common noun's genitive plural capitalised is a plural name (Suomen Yrittäjien → Suomen Yrittäjät)
  const plural = t.upper && t.lower.endsWith("en") ? pluralName(t.lower, lemmas) : null;
  return plural ? withSurfaceCase(t.text, plural) : surnameLemma(t.text, lemmas);
}

/**
 * The nominative plural of a known noun's genitive plural, where it is the
 * nominative singular and -t (yrittäjä → yrittäjät, vihreä → vihreät) or -nen
 * made -set (eläkeläinen → eläkeläiset); null for a stem that would change its
 * consonants (kukka → kukat) or its vowel (tähti → tähdet).
 */
function pluralName(lower: string, lemmas: Lemmas): string | null {
  const reading = lemmas.analyseIn(lower, PLURAL_GENITIVE).find((a) => a.known && a.strength >= 100);
  if (!reading) return null;
  const lemma = reading.lemma;
  if (lemma.endsWith("nen")) return `${lemma.slice(0, -3)}set`;
  return /[aäoöuy]$/.test(lemma) && !GRADING_END.test(lemma) ? `${lemma}t` : null;
}
const PLURAL_GENITIVE = ["gen.pl"];
/** A last syllable whose consonant weakens in the plural's closed syllable (kukka → kukat, katto → katot, tapa → tavat). */
const GRADING_END = /(?:kk|pp|tt|[kpt])[aäoöuy]$/;

/** Words of a name that precede its inflected last word keep their form (`Porin kaupunki`, `Keski-Suomen hyvinvointialue`). */
function nameOf(text: string, tokens: Token[], first: number, last: number, lastLemma: string): string {
  return first < last ? text.slice(tokens[first].start, tokens[last - 1].end) + " " + lastLemma : lastLemma;
}

/** Genitives of pronouns that refer back to a thing named before: `sen`, `niiden`, `jonka`, `joiden`. */
const REFERRING_GENITIVES: ReadonlySet<string> = new Set(["sen", "niiden", "jonka", "joiden"]);

/**
 * `Porin kaupungin kulttuurijohtaja`, `Kuhmon kaupunginjohtaja`, `STTK:n
 * puheenjohtaja`: the capitalised genitive right before a title, with a body
 * head noun after it when there is one. `endsName` says whether a token ends a
 * person's name (`valita Aino Salon sihteeriksi` names no organization).
 * `placeNoun`: for a title that names its kind of organization
 * (placeOrganizationNoun), the noun a place's genitive makes the
 * organization with (`Jyväskylän` + `kaupunginvaltuusto`), "" for the
 * place alone; such a title takes even a capitalised common word as the
 * place.
 */
export function genitiveOrganization(text: string, tokens: Token[], titleFirst: number, lemmas: Lemmas, index: BodyIndex, endsName: (k: number) => boolean, placeNoun?: string): string | null {
  const takesPlace = placeNoun !== undefined;
  let at = tokens[titleFirst];
  let k = titleFirst - 1;
  // words between the organization and the title: "Kouvolan uusi kaupunginjohtaja"
  while (k > 0 && at.joined && NOT_TITLE_MODIFIERS.has(tokens[k].lower)) at = tokens[k--];
  // a body's number: "jaoston 2 puheenjohtaja"
  const numeral = k > 0 && at.joined && /^\d{1,2}$/.test(tokens[k].text) ? tokens[k] : null;
  if (numeral) at = tokens[k--];
  // a body before a comma is an apposition's, not the title's genitive: "… Jyväskylän yliopistolta, sosiaalityön professiojohtaja"
  // …and one in the genitive, or an acronym that stands uninflected as one (`ELY yhteysviranomainen`): a body in another case names no title (`Kelasta sekä johtaja`)
  // a registered name's genitive after its colon (`Rantalan Eläkeläiset ry:n puheenjohtaja`): the body's mention ends before the colon
  const colonEnd = k >= 0 && tokens[k].text.includes(":") ? tokens[k].start + withoutColonEnding(tokens[k].text).length : -1;
  const body = at.joined && k >= 0 && (endsInN(tokens[k].text) || ACRONYM.test(tokens[k].text)) ? (index.endingAt(at.start) ?? registeredBefore(index, colonEnd)) : null;
  if (body) return numeral ? `${body} ${numeral.text}` : body;
  if (k < 0 || !at.joined || endsName(k)) return null;
  // a pronoun's genitive refers back to the body named last: "asetti työryhmän ja nimesi sen puheenjohtajaksi X", "työryhmä, jonka sihteerinä toimii X"
  if (REFERRING_GENITIVES.has(tokens[k].lower)) return index.lastBefore(tokens[k].start);
  // a head noun in the genitive after a name (Porin kaupungin, Jyväskylän yliopiston)
  // …or a collective noun's (puheenjohtajiston sihteeri)
  const generic = !tokens[k].upper || (tokens[k].capital && standsWhereCapitalsGo(text, tokens[k]));
  const headLemma = generic ? (bodyHeadIn(tokens[k], lemmas, GENITIVE) ?? collective(tokens[k].lower)) : null;
  const last = k;
  if (headLemma) k--;
  let first = k + 1;
  for (; k >= 0 && last - k < 4 && tokens[k + 1].joined; k--) {
    const t = tokens[k];
    // a title that names a place's organization (kaupunginjohtaja) takes even a capitalised common word as the place (Kurikan)
    if (!endsInN(t.text) || !(isProper(text, t, lemmas) || (takesPlace && t.capital && !PASSIVE.test(t.lower))) || endsName(k)) break;
    first = k;
  }
  if (first > last) return null;
  // a name's uninflected first words before its genitive last word (Alma Median, Yle Uutisten): Finnish inflects a name's last word only
  if (!headLemma) while (first > 0 && last - first < 3 && tokens[first].joined && isUninflectedName(text, tokens[first - 1]) && !endsName(first - 1)) first--;
  // a head noun alone refers to the document's body of that head, when it names one (liiton → Suomen Uimaliitto), else it is the body
  if (headLemma && first === last) {
    const head = headLemma.toLowerCase();
    return index.endingWith(head) ?? index.ownerOfHead(head) ?? index.onlyOfKind(HEAD_NOUNS[head]?.kind) ?? head;
  }
  const lemma = headLemma ? withSurfaceCase(tokens[last].text, headLemma) : lastWordLemma(tokens[last], lemmas, GENITIVE);
  const name = nameOf(text, tokens, first, last, lemma);
  const named = index.named(name);
  // a place's genitive that names no body of the document makes the title's organization with its noun
  if (placeNoun && !headLemma && named === name && !index.isBody(name)) return index.named(`${text.slice(tokens[first].start, tokens[last].end)} ${placeNoun}`);
  return named;
}

/** The body whose mention ends where a genitive's colon stands, named as the document names it (an acronym by the name it spells). */
function registeredBefore(index: BodyIndex, colon: number): string | null {
  const body = colon >= 0 ? index.endingAt(colon) : null;
  return body === null ? null : index.named(body);
}

/**
 * The organization after a name or its apposed titles, from token `j` on:
 * `, Kela`, `(THL)`, `Kelasta`, `Jyväskylän yliopistolta`. `stops(k)` says
 * whether token k starts a title or a name (then no organization is there).
 */
export function organizationAfter(text: string, tokens: Token[], j: number, lemmas: Lemmas, index: BodyIndex, stops: (k: number) => boolean): string | null {
  const t = tokens[j];
  if (!t || stops(j)) return null;
  const prevEnd = tokens[j - 1]?.end ?? t.start;
  let name: string | null = null;
  if (gapIs(text, prevEnd, t.start, "(")) name = parenthesised(text, tokens, j, index);
  else if (gapIs(text, prevEnd, t.start, ",")) name = apposed(text, tokens, j, lemmas, index, stops);
  else if (t.joined) name = elative(text, tokens, j, lemmas, index, stops);
  return name && index.named(name);
}

/** How many words a body's name in parentheses after a person may have (`(Pohjois-Savon Vesi Oy)`). */
const PARENTHESISED_WORDS = 5;

/**
 * `(THL)`, `(Kela)`: one name alone in parentheses, no party abbreviation;
 * or a body of the document whose name fills them (`(Kuohumäen Vesi Oy)`,
 * `(Rannikon ammattikorkeakoulu)`).
 */
function parenthesised(text: string, tokens: Token[], j: number, index: BodyIndex): string | null {
  const t = tokens[j];
  if (!t.upper || PARTY_ABBREVIATION.has(t.lower)) return null;
  if (text[t.end] === ")") return ACRONYM.test(t.text) || t.capital ? t.text : null;
  let e = j;
  while (e + 1 < tokens.length && e - j < PARENTHESISED_WORDS && tokens[e + 1].joined && text[tokens[e].end] !== ")") e++;
  return text[tokens[e].end] === ")" ? index.startingAt(t.start) : null;
}

/** `, Kela`, `, Helsingin yliopisto`, `, sosiaali- ja terveysministeriö`: a nominative name that fills the comma's segment. */
function apposed(text: string, tokens: Token[], j: number, lemmas: Lemmas, index: BodyIndex, stops: (k: number) => boolean): string | null {
  let e = j;
  while (e + 1 < tokens.length && e - j < 6 && tokens[e + 1].joined && !stops(e + 1)) e++;
  const end = tokens[e + 1];
  // the segment ends at a comma, a parenthesis, a full stop or the line's end
  if (end && !/^\s*[,(.;]/.test(text.slice(tokens[e].end, end.start))) return null;
  const body = index.startingAt(tokens[j].start);
  if (body) return body;
  if (!tokens[j].upper) return null;
  for (let k = j; k <= e; k++) {
    const w = tokens[k];
    if (!w.upper && !(w.lower.length <= 2 || w.lower === "ja" || w.lower === "of" || w.lower === "for" || (k === e && bodyHeadIn(w, lemmas, NOMINATIVE)))) return null;
    if (FUNCTION_WORDS.has(w.lower) && w.lower !== "ja") return null;
  }
  // a common word alone is no name (…, Puheenjohtaja)
  if (j === e && !ACRONYM.test(tokens[j].text) && lemmas.isWholeWord(tokens[j].lower) && !bodyHeadIn(tokens[j], lemmas, NOMINATIVE)) return null;
  return text.slice(tokens[j].start, tokens[e].end);
}

/** `Kelasta`, `Jyväskylän yliopistolta`, `Lastensuojelun Keskusliitosta`: where the person comes from. */
function elative(text: string, tokens: Token[], j: number, lemmas: Lemmas, index: BodyIndex, stops: (k: number) => boolean): string | null {
  // a body the bodies stage read from here, in the elative or ablative as a whole (`Terveyden ja hyvinvoinnin laitokselta`, whose `ja` no genitive run crosses)
  const mention = tokens[j].upper ? index.mentionStartingAt(tokens[j].start) : null;
  if (mention) {
    const lastWord = text.slice(text.lastIndexOf(" ", mention.end - 1) + 1, mention.end).toLowerCase();
    if (ELATIVE_OR_ABLATIVE.test(lastWord)) return mention.name;
  }
  let e = j;
  // genitive attributes, then the inflected last word
  while (e < tokens.length && e - j < 4 && tokens[e].upper && endsInN(tokens[e].text) && tokens[e + 1]?.joined && !stops(e + 1)) e++;
  // a registered name ends in its legal form, which takes the case (`Savon Kehitys Oy:stä`, `Latu ry:ltä`)
  if (tokens[j].upper) {
    for (let k = j + 1; k < tokens.length && k - j <= 4 && tokens[k].joined; k++) {
      if (REGISTERED_FROM.test(tokens[k].lower)) return index.startingAt(tokens[j].start) ?? text.slice(tokens[j].start, tokens[k].start + tokens[k].lower.indexOf(":"));
      if (!tokens[k].upper || stops(k)) break;
    }
  }
  const last = tokens[e];
  if (!last || !ELATIVE_OR_ABLATIVE.test(last.lower)) return null;
  if (!last.upper && !(e > j && bodyHeadIn(last, lemmas, WHERE_FROM_CASES))) return null;
  if (!tokens[j].upper) return null;
  const body = index.startingAt(tokens[j].start);
  if (body) return body;
  return nameOf(text, tokens, j, e, lastWordLemma(last, lemmas, WHERE_FROM_CASES));
}

/**
 * The body a clause elects or appoints to: `valittiin aluehallitukseen`,
 * `nimitti hyvinvointialueelle`, `johtokuntaan valittiin`. The first body head
 * noun of the sentence in the illative or allative, named as the document
 * names it.
 */
export function clauseOrganization(tokens: Token[], from: number, to: number, lemmas: Lemmas, index: BodyIndex): string | null {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.lower.length < 5 || !/(?:[aeiouyäö]n|lle)$/.test(t.lower)) continue;
    const head = bodyHeadIn(t, lemmas, WHERE_TO_CASES);
    if (head) return index.endingAt(t.end) ?? withSurfaceCase(t.text, head);
  }
  return null;
}

/** How far (tokens) after an essive title the body it is held in may stand: `toimii henkilöstön edustajana hankkeen ohjausryhmässä`. */
const WHERE_REACH = 5;
export const INESSIVE: readonly string[] = ["ine"];
const INESSIVE_ENDING = wordInCase("ine");

/**
 * The body a word names in the inessive (`hallituksessa`, `Kuntaliitossa`),
 * named as the document names it, or null. (No body head's inessive is
 * shorter than six letters: shorter words are not analysed.)
 */
export function inessiveBody(t: Token, lemmas: Lemmas, index: BodyIndex): string | null {
  if (t.lower.length < 6 || !INESSIVE_ENDING.test(t.lower)) return null;
  const head = bodyHeadIn(t, lemmas, INESSIVE);
  return head ? (index.endingAt(t.end) ?? withSurfaceCase(t.text, head)) : null;
}

/**
 * The body an essive title is held in, named in the inessive right before
 * it or a few words after it (`toimii puheenjohtajana hallituksessa`), with
 * no punctuation between.
 */
export function inessiveOrganization(tokens: Token[], title: number, lemmas: Lemmas, index: BodyIndex, titleFirst = title): string | null {
  // …or right before it: `työskentelee Kuntaliitossa erityisasiantuntijana`
  const before = tokens[titleFirst - 1];
  const held = before && tokens[titleFirst].joined ? inessiveBody(before, lemmas, index) : null;
  if (held) return held;
  // the first word in the inessive after it decides: a body, or no body at all
  for (let k = title + 1; k < tokens.length && k - title <= WHERE_REACH && tokens[k].joined; k++) {
    const t = tokens[k];
    if (t.lower.length < 6 || !INESSIVE_ENDING.test(t.lower)) continue;
    return inessiveBody(t, lemmas, index);
  }
  return null;
}

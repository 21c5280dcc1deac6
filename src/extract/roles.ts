/**
 * Roles of people, read from where Finnish puts them in a sentence:
 *
 * - before the name, with separators and linking verbs in between
 *   (`Hankejohtaja Jouko Luukkonen`, `puheenjohtaja, valtuutettu Katri
 *   Ronkainen`, `rakennustarkastaja/ympäristösihteeri Sami Sironen`,
 *   `alustajana toimii Anne Huotari`, `varajäsen: Teija Siekkinen`);
 * - after it, separated by commas (`Ilkka Paananen, toimitusjohtaja, …`);
 * - a translative or essive title in a clause that elects or appoints or
 *   says what someone acts as gives the role to the names that follow it, or
 *   to the clause's subject when none follows (`Varajäseniksi valittiin A, B
 *   ja C`, `Puhujina … A, … B`, `Harri Huhtala valittiin … varapuheenjohtajaksi`,
 *   `Kirvesniemi on … työskennellyt … toiminnanjohtajana`);
 * - a title before a colon gives it to the names listed after it
 *   (`viisi toimialajohtajaa: Tuomo Nieminen (…), …`).
 */
import type { FormReading } from "../lexicon/forms.js";
import { wordStart } from "../lexicon/regex.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { HEAD_NOUNS, PARTY_FORMS } from "../lexicon/bodies.js";
import { isEventRole, isOfficeTitle, isProgrammeRole, isRoleHead, MEMBER_TITLES, TERM_WORDS, NOT_ROLES, NOT_TITLE_MODIFIERS, placeOrganizationNoun, POST_NOUN_CASES, ROLE_ABBREVIATIONS, titleOrganizationEntry } from "../lexicon/roles.js";
import type { Person, Role, Span } from "../schema/index.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import { fieldGenitivesBefore } from "./bodies.js";
import { BodyIndex, bodyHeadIn, clauseOrganization, genitiveOrganization, INESSIVE, inessiveBody, inessiveOrganization, organizationAfter } from "./role-organizations.js";
import { standsWhereCapitalsGo, type Token } from "../text/tokens.js";
import type { Sentence } from "../text/document.js";
import { firstAtLeast, partitionPoint } from "../sorted.js";
import { isWhiteSpace } from "../text/chars.js";

export interface TitleMatch {
  title: string;
  first: number;
  last: number;
  case: string;
  /** The body the title's own compound names (`hallitus` in `hallitusjäsen`). */
  organization?: string;
  /** A head noun the title's compound starts with that names no body alone (`hanke` in `hankepäällikkö`): the document's one body of that head is the title's. */
  compoundHead?: string;
}

/** Something at each token of a line, by the token's index. */
type ByToken<T> = (T | undefined)[];

export interface PersonMention {
  person: Person;
  first: number;
  last: number;
  span: Span;
}

// a map: every short token is looked up, and an object would be keyed by a fresh string each time
const ROLE_ABBREVIATION = new Map(Object.entries(ROLE_ABBREVIATIONS));
/** The longest abbreviation a title is looked up as. */
const MAX_ABBREVIATION = 4;
/** Words between a title and the name it belongs to: `alustajana toimii X`, `puheenjohtajaksi valittiin X`. */
const LINKING = /^(?:toimii|toimi|toimivat|toimiva|toiminut|toimineen|toimivan|valittiin|valitut|valittu|valittua|nimettiin|nimitettiin|nimetty|nimitetty|on|ovat|oli|olivat|lisättiin)$/i;
/** Words that may stand between a linking verb and the name without changing whose title it is: an adverb (`ovat lisäksi`), an age (`on 24-vuotias`). */
const LINK_FILLERS: ReadonlySet<string> = new Set(["lisäksi", "myös", "nyt", "jatkossa", "edelleen", "yhä", "vielä", "tällä", "hetkellä"]);
const AGE = /^\d{1,3}-vuotias$/;
/** The years of a term after its word (`kaudelle 2025–2027`, `vuodeksi 2027`). */
const TERM_YEARS = /^\d{4}(?:[–-]\d{2,4})?$/;
/** A linking verb, or a filler after one: an adverb, an age, a term of office (`jäsenet kaudelle 2025–2027 ovat`). */
const links = (t: Token, before: Token | undefined) =>
  LINKING.test(t.text) || LINK_FILLERS.has(t.lower) || AGE.test(t.lower) || TERM_WORDS.has(t.lower) || (TERM_YEARS.test(t.text) && before !== undefined && TERM_WORDS.has(before.lower));
/** `hän`, the subject a clause names when it names no one. */
const HAN = wordStart(String.raw`\bhän\b`);
/** A clause that elects, appoints, or says what someone acts as. */
const ROLE_CLAUSE = wordStart(String.raw`\b(?:valit|valinn|nime|nimit|aset|toimi|kuulu|lisät|työskennel|työskentel|puhuj|alustaj|nous|ryhty|siirty|jatka|palkat|kutsut|kutsui)`);

/** The title reading of a word, if its last part is a role head. */
function titleReading(t: Token, lemmas: Lemmas): FormReading | null {
  if (NOT_ROLES.has(t.lower)) return null;
  for (const r of lemmas.forms(t)) {
    // a compound's first part has two letters at least (vara|jäsen, hanke|johtaja)
    if (isRoleHead(r.head) && (r.lemma === r.head || r.lemma.length >= r.head.length + 2)) return NOT_ROLES.has(r.lemma) ? null : r;
  }
  return null;
}

/** A role title ending at token k: its head is a known title, with one modifier or a coordination before it. */
export function titleEndingAt(text: string, tokens: Token[], k: number, lemmas: Lemmas, namesBodyAt?: (offset: number) => boolean, roleCase?: "tra" | "ess"): TitleMatch | null {
  const t = tokens[k];
  if (!t) return null;
  const abbr = t.lower.length <= MAX_ABBREVIATION ? ROLE_ABBREVIATION.get(t.lower) : undefined;
  // pj., (pj), pj, — an abbreviation of a title is no other word
  if (abbr) return { title: abbr, first: k, last: k, case: "nom" };
  if (!lemmas.headForms(t).length || /\d/.test(t.text)) return null;
  // capitals only at a sentence start or in an acronym compound (YVA-yhteysviranomainen)
  if (t.upper && !standsWhereCapitalsGo(text, t) && !/^\p{Lu}\p{Ll}+$/u.test(t.text) && !/^\p{Lu}{2,}-\p{Ll}/u.test(t.text)) return null;
  const reading = titleReading(t, lemmas);
  if (!reading) return null;
  // the case the title stands in: its own, or the role case of a post noun after it (`palvelupäällikön virkaan`)
  const titleCase = roleCase ?? reading.case;
  // a body's name compounded with a member's title: hallitus|jäsen is a jäsen of the hallitus
  const bodyPart = reading.lemma.length > reading.head.length ? reading.lemma.slice(0, reading.lemma.length - reading.head.length) : "";
  if (bodyPart && HEAD_NOUNS[bodyPart]) {
    // (a secretary's is a post of its own: projekti|sihteeri, seurakunta|sihteeri)
    if (MEMBER_TITLES.has(reading.head)) return { title: reading.head, first: k, last: k, case: titleCase, organization: bodyPart };
    // the genitives before a title compounded with a body's head name that body: "kasvatuksen ja koulutuksen toimiala|johtaja"
    const fields = fieldGenitivesBefore(text, tokens, k, lemmas);
    // a body's genitive is the organization, no field of the unit: "terveysministeriön kansliapäällikkö"
    if (fields && !bodyHeadIn(tokens[k - 1], lemmas, GENITIVE)) return { title: reading.lemma, first: k, last: k, case: titleCase, organization: `${fields.words} ${bodyPart}` };
  }
  const compoundHead = bodyPart && HEAD_NOUNS[bodyPart]?.needsName && !HEAD_NOUNS[bodyPart].exact ? bodyPart : undefined;
  const words = [reading.lemma];
  let first = k;
  // hyphen-ellipsis coordination: sivistys- ja hyvinvointijohtaja, asunto-, energia- ja ympäristöministeri
  let m = k - 1;
  if (m >= 1 && tokens[m].lower === "ja" && tokens[m - 1].text.endsWith("-")) {
    const parts = [tokens[m - 1].lower, "ja"];
    m -= 2;
    while (m >= 0 && tokens[m].text.endsWith("-")) parts.unshift(tokens[m--].lower + ",");
    words.unshift(parts.join(" "));
    first = m + 1;
  }
  // one modifier: an adjective or participle (neuvotteleva, pedagoginen) or a genitive noun (sosiaalityön),
  // and before a genitive noun its own adjective (kestävän kehityksen johtaja, hengellisen työn kehittäjä)
  // a title that names its kind of organization takes a genitive as that organization, not as its field: "Kurikan kaupunginjohtaja"
  for (let n = titleOrganizationEntry(reading.lemma) ? 2 : 0; n < 2; n++) {
    const prev = tokens[first - 1];
    // a capitalised genitive is a name, the organization's, not the title's: where its capital is positional (`Kelan johtaja` opening a sentence), when the bodies stage read a body there
    if (!prev || !tokens[first].joined || (prev.upper && ((!standsWhereCapitalsGo(text, prev) && !opensApposition(text, prev, lemmas)) || namesBodyAt?.(prev.start))) || NOT_TITLE_MODIFIERS.has(prev.lower)) break;
    const modifier = n === 0 ? titleModifier(prev, titleCase, lemmas) : genitiveAdjective(prev, lemmas);
    if (!modifier || (n > 0 && modifier !== prev.lower)) break;
    words.unshift(modifier);
    first--;
    // an adjective or participle ends the title's left side; a genitive noun may have one of its own
    if (modifier !== prev.lower || !prev.lower.endsWith("n")) break;
  }
  // a hyphen-ellipsis part keeps its comma: "asunto-, energia- ja …"
  const title = words.length === 1 ? reading.lemma : words.join(" ").replace(/ ,/g, ",");
  return compoundHead ? { title, first, last: k, case: titleCase, compoundHead } : { title, first, last: k, case: titleCase };
}


function titleModifier(prev: Token, titleCase: string, lemmas: Lemmas): string | null {
  const lower = prev.lower;
  if (lower.startsWith("-")) return null;
  // where someone is from is no part of the title: oululainen, satakuntalainen kansanedustaja; nor whose or when (aamupäivän, not a participle in -vän)
  if (FUNCTION_WORDS.has(lower) || DEMONYM.test(lower) || ORGANIZATION_OR_TIME_GENITIVE.test(lower)) return null;
  // a passive participle says what is to be done, not which post: `on ilmoitettava sihteeri X:lle`, `valittava jäsen`
  if (PASSIVE_PARTICIPLE.test(lower)) return null;
  // participles and -inen adjectives agree with the title: neuvotteleva, vastaavana, pedagogisena
  if (/(?:va|vä|vana|vänä|van|vän|inen|isen|isena|isenä|iseksi|vaksi|väksi)$/.test(lower)) {
    const known = lemmas.analyseIn(prev.lower, [titleCase, "gen"]).find((a) => a.known);
    if (!known && !/(?:va|vä)$/.test(lower)) return null; // known in no case, so no genitive either
    const base = known?.lemma ?? lower;
    return NOT_TITLE_MODIFIERS.has(base) ? null : base;
  }
  // a genitive noun naming a field, not an organization or a time: sosiaalityön, henkilöstön, palvelusektorin, pöytäkirjan
  if (titleCase === "gen" || !lower.endsWith("n") || lower.endsWith("isen") || lower === "sen" || bodyHeadIn(prev, lemmas, GENITIVE)) return null;
  return knownGenitive(lower, lemmas) ? lower : null;
}

/** A passive present participle (`ilmoitettava`, `valittavan`, `hoidettavaksi`). */
const PASSIVE_PARTICIPLE = /tt[aä]v(?:[aä]|[aä]n|[aä]n[aä]|[aä]ksi)$/;

/** The shortest first part of a compound genitive, and the shortest known last part (`sosiaali|työn`, `lasten|suojelun`). */
const COMPOUND_PART = 3;

/** Whether a word is a known noun's genitive, or a compound's whose last part is (`sosiaalityön`, which the word list lacks whole). */
function knownGenitive(lower: string, lemmas: Lemmas): boolean {
  // -iin ends a passive past (nimitettiin) or an illative plural, never a genitive
  if (lower.endsWith("iin")) return false;
  if (lemmas.analyseIn(lower, GENITIVES).some((a) => a.known)) return true;
  for (let k = COMPOUND_PART; k <= lower.length - COMPOUND_PART - 1; k++) {
    const last = lemmas.analyseIn(lower.slice(k), GENITIVES).find((a) => a.known && a.strength >= 100);
    // `-maan` after a verb's stem is its infinitive of purpose (`kutsui luennoimaan`), no compound of `maa`
    if (last?.lemma === "maa" && !lemmas.hasNominative(lower.slice(0, k))) return false;
    if (last) return last.lemma.length >= COMPOUND_PART;
  }
  return false;
}

/** The genitive adjective of a genitive noun modifier: kestävän (kehityksen), hengellisen (työn). */
function genitiveAdjective(prev: Token, lemmas: Lemmas): string | null {
  const lower = prev.lower;
  if (!/(?:isen|van|vän)$/.test(lower)) return null;
  const known = lemmas.analyseIn(lower, GENITIVE).find((a) => a.known);
  return known && !NOT_TITLE_MODIFIERS.has(known.lemma) ? lower : null;
}

/**
 * A common noun's genitive capitalised after a comma, as lists capitalise
 * the title apposed to a name (`Salo Aino, Hengellisen työn kehittäjä`): its
 * capital is no name's.
 */
function opensApposition(text: string, t: Token, lemmas: Lemmas): boolean {
  let i = t.start - 1;
  while (i >= 0 && isGapSpace(text.charCodeAt(i))) i--;
  // a place's genitive (Pohjois-Savon, Keski-Suomen) is a name, and the word lists know it only weakly
  return i >= 0 && text.charCodeAt(i) === 0x2c && !t.lower.includes("-") && lemmas.analyseIn(t.lower, GENITIVES).some((a) => a.known && a.strength >= 100);
}

/** Demonyms in any case: -lainen, -läinen. */
const DEMONYM = /(?:lai|läi)(?:nen|sen|sena|senä|seksi)$/;

const GENITIVE = ["gen"];
const GENITIVES = ["gen", "gen.pl"];
const NOMINATIVE = ["nom"];

/** Genitives that say whose (an organization) or when, which the title does not include. */
const ORGANIZATION_OR_TIME_GENITIVE =
  /(?:valtuuston|hallituksen|lautakunnan|valiokunnan|jaoston|ryhmän|toimielimen|ministeriön|viraston|kunnan|kaupungin|alueen|liiton|yhdistyksen|hankkeen|yliopiston|piirin|keskuksen|laitoksen|neuvoston|toimialan|järjestön|yrityksen|yhtiön|organisaation|seuran|puolueen|iston|istön|päivän|aamupäivän|iltapäivän|illan|aamun|kokouksen|kokousten|tilaisuuden|tilaisuuksien|seminaarin|seminaarien|webinaarin|webinaarien|tapahtuman|tapahtumien|paneelin|keskustelun|työpajan|retken|retkien|kurssin|leirin|juhlan|konferenssin|messujen|konsertin|ottelun|kilpailun|joukkueen|vuoden|kauden)$/;

/** Titles of a line, by the token they end at. */
export function titlesOf(text: string, tokens: Token[], lemmas: Lemmas, namesBodyAt?: (offset: number) => boolean): Map<number, TitleMatch> {
  const out = new Map<number, TitleMatch>();
  for (let k = 0; k < tokens.length; k++) {
    // a word longer than an abbreviation is a title only by a forms reading, which most words lack
    if (tokens[k].lower.length > MAX_ABBREVIATION && !tokens[k].forms.length) continue;
    const m = titleEndingAt(text, tokens, k, lemmas, namesBodyAt);
    if (!m) continue;
    // `sivistysjohtajan virkaan`: the title with its post noun, in the role case the post noun stands for
    const post = m.case === "gen" && tokens[k + 1]?.joined ? POST_NOUN_CASES.get(tokens[k + 1].lower) : undefined;
    if (post) out.set(k + 1, { ...(titleEndingAt(text, tokens, k, lemmas, namesBodyAt, post) ?? m), last: ++k });
    else out.set(k, m);
  }
  return out;
}

/** For each token, the offset of the parenthesis it stands in (within the line), or -1: one pass over the gaps. */
function parenthesesOf(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  const open: number[] = [];
  let from = tokens.length ? tokens[0].start : 0;
  for (const t of tokens) {
    for (let k = from; k < t.start; k++) {
      if (text.charCodeAt(k) === 40) open.push(k);
      else if (text.charCodeAt(k) === 41) open.pop();
    }
    out.push(open.length ? open[open.length - 1] : -1);
    from = t.end;
  }
  return out;
}

export interface RoleContext {
  text: string;
  tokens: Token[];
  /** The line's sentences, as the Doc split them. */
  sentences: readonly Sentence[];
  /** The line's person mentions in token order. */
  mentions: PersonMention[];
  /** The line's titles by the token they end at, in token order (as titlesOf finds them). */
  titles: Map<number, TitleMatch>;
  bodies: BodyIndex;
  lemmas: Lemmas;
  /** The person a sentence-initial `hän` refers to: the last one named before this line. */
  previous: Person | null;
}

/**
 * Whether a line can state a role at all: every rule gives a title to a
 * person the line names, or (with `hän`) to the one named before it.
 */
export function canStateRoles(lineText: string, mentions: readonly PersonMention[], previous: Person | null): boolean {
  return mentions.length > 0 || (previous !== null && HAN.test(lineText));
}

/** Abbreviations that mark a title as held in an acting capacity (`vs.`, `vt.`, `va.`), no part of it. */
const ACTING_PREFIXES: ReadonlySet<string> = new Set(["vs", "vt", "va"]);

/** Parties in the genitive (`keskustan`, `SDP:n`), which stand between a title and a councillor's name. */
const PARTY_GENITIVES: ReadonlySet<string> = new Set(Object.keys(PARTY_FORMS).filter((w) => w.endsWith("n")));

/** `Keskustelu (puheenjohtaja, Minna Vesisenaho)`: a title alone at the opening of parentheses, a comma after it, names the one after the comma. */
function opensParentheses(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return k > 0 && gapHolds(text, tokens[k - 1].end, t.start, "(", true) && gapHolds(text, t.end, next.start, ",", true);
}

/** Whether the text between two offsets is a comma after an organization, or after its closing parenthesis (`(THL), tutkimuspäällikkö`), with white space around. */
function closingComma(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isGapSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 0x29) k++;
  return gapHolds(text, k, to, ",", true);
}

/** A nominative title, the subject of `on`/`oli` right before another title: `puheenjohtaja on maakuntajohtaja X`. */
function copulaSubject(tokens: Token[], titles: Map<number, TitleMatch>, t: TitleMatch): TitleMatch | undefined {
  let copula = t.first - 1;
  // past the title's organization in the genitive: "on Lapin liiton maakuntajohtaja"
  while (copula > 1 && t.first - copula <= 3 && tokens[copula + 1].joined && tokens[copula].lower.endsWith("n") && tokens[copula].lower !== "on") copula--;
  if (copula < 1 || !tokens[t.first].joined || !tokens[copula].joined || (tokens[copula].lower !== "on" && tokens[copula].lower !== "oli")) return undefined;
  const subject = titles.get(copula - 1);
  return subject?.case === "nom" ? subject : undefined;
}

/** Elative and ablative endings: where a person comes from. */
const FROM_CASE = /(?:sta|stä|lta|ltä)$/;

const isRoleCase = (t: TitleMatch) => t.case.startsWith("tra") || t.case.startsWith("ess");

/**
 * Every (person, role) pair a line states. Each rule reads the tokens next
 * to a name or a title, and the clause rules walk each sentence once: the
 * work grows with the line's length, not with names times titles.
 */
export function rolesOfLine(ctx: RoleContext): Array<[Person, Role]> {
  const out = ownRolesOfLine(ctx);
  if (out.length && ctx.mentions.length > 1) predecessorRoles(ctx, out);
  return out;
}

/**
 * `valitsi lautakunnan jäseneksi B:n A:n tilalle`: A, whose place B takes,
 * held the post B is given in that sentence, so B's roles there are A's too.
 */
function predecessorRoles(ctx: RoleContext, out: Array<[Person, Role]>): void {
  const { tokens, mentions, sentences } = ctx;
  // made on the first `tilalle`: the roles by person, and the titles each has
  let byPerson: Map<Person, Role[]> | undefined;
  let s = 0;
  for (let n = 1; n < mentions.length; n++) {
    const a = mentions[n];
    const next = tokens[a.last + 1];
    if (!next || !next.joined || next.lower !== "tilalle" || !tokens[a.last].lower.endsWith("n")) continue;
    const b = mentions[n - 1];
    // mentions come in order: the sentence pointer only moves on
    while (s + 1 < sentences.length && sentences[s].end <= tokens[b.first].start) s++;
    const sentence = sentences[s];
    if (!sentence || tokens[a.last].end > sentence.end || b.person === a.person) continue;
    if (!byPerson) {
      byPerson = new Map();
      for (const [p, r] of out) byPerson.set(p, [...(byPerson.get(p) ?? []), r]);
    }
    const own = byPerson.get(a.person) ?? [];
    for (const r of byPerson.get(b.person) ?? []) {
      if (!r.span || r.span.start < sentence.start || r.span.end > sentence.end || own.some((q) => q.title === r.title)) continue;
      const role = { ...r };
      out.push([a.person, role]);
      own.push(role);
    }
    byPerson.set(a.person, own);
  }
}

function ownRolesOfLine(ctx: RoleContext): Array<[Person, Role]> {
  const { text, tokens, mentions, titles, bodies, lemmas } = ctx;
  const out: Array<[Person, Role]> = [];
  const line = new LineIndex(ctx);
  memberRoles(ctx, line, out);
  groupMemberRoles(ctx, out);
  termEndingRoles(ctx, out);
  resignedPostRoles(ctx, line, out);
  heldPostRoles(ctx, line, out);
  // every other rule gives a title: a line without one gives no more roles
  if (!titles.size) return out;
  // by token index: a line's tokens are few, and each is asked about again and again
  const mentionAt: ByToken<PersonMention> = new Array(tokens.length);
  const mentionEndingAt: ByToken<PersonMention> = new Array(tokens.length);
  for (const m of mentions) {
    mentionAt[m.first] = m;
    mentionEndingAt[m.last] = m;
  }
  const endsName = (k: number) => mentionEndingAt[k] !== undefined;
  const stops = (k: number) => mentionAt[k] !== undefined || titles.has(k) || titleStartsAt(titles, k);
  // a title's organization is asked once for each name it gives its role to: it is read once
  let organizations: Map<TitleMatch, string | null> | undefined;
  const titleOrganization = (m: TitleMatch) => {
    organizations ??= new Map();
    let found = organizations.get(m);
    if (found === undefined) {
      found = m.organization ? bodies.named(m.organization) : genitiveOrganization(text, tokens, m.first, lemmas, bodies, endsName, placeOrganizationNoun(m.title));
      if (found === null && m.compoundHead) found = bodies.ownerOfHead(m.compoundHead);
      organizations.set(m, found);
    }
    return found;
  };
  const give = (p: Person, m: TitleMatch, organization: string | null) => {
    const start = tokens[m.first].start;
    out.push([p, { title: m.title, organization, span: { start, end: tokens[m.last].end } }]);
  };
  const used = new Set<TitleMatch>();
  // the organizations of posts in the translative or essive given right before a name, by where the post stands (few lines have any)
  let postOrganizations: PostOrganization[] | undefined;
  // rare: made when a list written surname first is met
  let apposedToEntry: Set<TitleMatch> | undefined;

  for (const m of mentions) {
    // before: [title][, title][/title] [linking word or colon] Name [organization]
    let k = m.first - 1;
    while (k >= 0 && links(tokens[k], tokens[k - 1]) && tokens[k + 1].joined) k--;
    const degree = k > 0 && tokens[k + 1].joined ? degreeStart(tokens, k) : -1;
    // a degree between the title and the name is no role: "kaupunginjohtaja, terveyshallintotieteen tohtori Anna-Kaisa Pusa"
    if (degree > 0 && gapHolds(text, tokens[degree - 1].end, tokens[degree].start, ",", true)) k = degree - 1;
    // nor a party: "Kunnanhallituksen puheenjohtaja, keskustan Heidi Hakkarainen"
    const party = degree < 0 && k > 0 && tokens[k + 1].joined && PARTY_GENITIVES.has(tokens[k].lower) && gapHolds(text, tokens[k - 1].end, tokens[k].start, ",", true);
    if (party) k--;
    let title = k >= 0 && (degree > 0 || party || tokens[k + 1].joined || opensParentheses(text, tokens, k) || /^:\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) ? titles.get(k) : undefined;
    // the title of the entry before, in a list written surname first (`Kemppi Aila, pj Virta Kalle`), is not this one's
    if (title && apposedToEntry?.has(title)) title = undefined;
    const before: TitleMatch[] = [];
    while (title) {
      before.push(title);
      used.add(title);
      // past the title's own organization: "ohjausryhmän varapuheenjohtaja, Pohjanrannan hyvinvointialueen palvelualuejohtaja X"
      const from = organizationGenitivesStart(tokens, title.first, lemmas);
      const prev = from - 1;
      // …and past an essive title right before it, which says in what capacity the titled person is there: "sihteerinä hallintosihteeri X"
      const essive = prev >= 0 && tokens[from].joined ? titles.get(prev) : undefined;
      title = prev >= 0 && gapHolds(text, tokens[prev].end, tokens[from].start, ",/", true) ? titles.get(prev) : essive?.case.startsWith("ess") ? essive : undefined;
    }
    // the subject of the copula before them: "Seminaarin puheenjohtaja on maakuntajohtaja X"
    const subject = before.length ? copulaSubject(tokens, titles, before[before.length - 1]) : undefined;
    if (subject && !used.has(subject)) {
      used.add(subject);
      // its organization is its own, no other title's
      give(m.person, subject, titleOrganization(subject));
    }
    // after: Name, title[, title | ja title][, organization]
    const after: TitleMatch[] = [];
    // the organization written between the name and its titles, once one is passed
    let skipped: string | null | undefined;
    let j = m.last + 1;
    while (j < tokens.length) {
      if ((!gapHolds(text, tokens[j - 1].end, tokens[j].start, ",(", false) && !(skipped !== undefined && closingComma(text, tokens[j - 1].end, tokens[j].start))) || mentionAt[j] !== undefined) break;
      if (tokens[j].lower === "ja") {
        j++;
        continue;
      }
      // a degree between the name and its title is no role: `Veli Harju, FT, professori`
      let e = j;
      while (e + 1 < tokens.length && e - j < 2 && tokens[e + 1].joined) e++;
      if (degreeStart(tokens, e) === j && e + 1 < tokens.length && gapHolds(text, tokens[e].end, tokens[e + 1].start, ",", true)) {
        j = e + 1;
        continue;
      }
      let found: TitleMatch | undefined;
      // an acting prefix (`X, vs. kulttuurijohtaja`) marks status only: the title starts after it
      const from = j + 1 < tokens.length && ACTING_PREFIXES.has(tokens[j].lower) && text[tokens[j].end] === "." ? j + 1 : j;
      for (let e = from; e < Math.min(tokens.length, from + 6); e++) {
        if (e > from && !tokens[e].joined) break;
        // "X Kelasta sekä asiantuntija B": the title past a conjunction or a where-from belongs to B
        // "A, varalla talousjohtaja": the deputy's post, not A's
        if (tokens[e].lower === "sekä" || isDeputyWord(tokens[e]) || (e > j && FROM_CASE.test(tokens[e - 1].lower) && tokens[e - 1].lower.length > 4)) break;
        const t = titles.get(e);
        // an apposition is in the nominative; "… ja sihteeriksi B" belongs to B, "A (varajäsen: B)" to B
        if (t && t.first <= e && t.case === "nom" && !isColonTitle(text, tokens, t)) {
          found = t.first < from ? { ...t, first: from } : t;
          break;
        }
      }
      if (!found) {
        // an organization between titles: "palvelupäällikkö Rosk n Roll Oy Ab, asiantuntija", "A, Helsingin yliopisto, professori", "A (THL), tutkimuspäällikkö"
        let e = j;
        while (e < tokens.length && e - j < 5 && (e === j || tokens[e].joined) && (tokens[e].upper || tokens[e].lower.length <= 2 || bodyHeadIn(tokens[e], lemmas, NOMINATIVE))) e++;
        // …or where someone comes from: "Kati Jetsu Tehystä, hallituksen jäsen"
        const titleNext = titles.has(e) || (e + 1 < tokens.length && titles.get(e + 1)?.first === e + 1 && tokens[e + 1].joined && tokens[e].lower.endsWith("n"));
        if (e > j && e < tokens.length && titleNext && closingComma(text, tokens[e - 1].end, tokens[e].start)) {
          if (skipped === undefined) skipped = organizationAfter(text, tokens, j, lemmas, bodies, stops);
          j = e;
          continue;
        }
        break;
      }
      // a title right before a name is that name's (`A, Kuhmon kaupunginjohtaja B`), not an apposition of the name before,
      // unless that name is a list entry written surname first (`Kemppi Aila, pj Virta Kalle`), whose title follows it
      // past titles joined by a slash: "… ja rakennustarkastaja/ympäristösihteeri B"
      let end = found.last;
      while (end + 1 < tokens.length && titles.get(end + 1)?.first === end + 1 && gapHolds(text, tokens[end].end, tokens[end + 1].start, "/", true)) end++;
      if (end + 1 < tokens.length && tokens[end + 1].joined && mentionAt[end + 1] !== undefined) {
        if (!writtenSurnameFirst(m, tokens)) break;
        (apposedToEntry ??= new Set()).add(titles.get(found.last)!);
      }
      after.push(found);
      used.add(titles.get(found.last)!);
      j = found.last + 1;
    }
    if (!before.length && !after.length) continue;
    // the organization written after the name or its last title names the titles that have none of their own
    const following = organizationAfter(text, tokens, after.length ? after[after.length - 1].last + 1 : m.last + 1, lemmas, bodies, stops) ?? skipped ?? null;
    // titles before a name, read from the left, share the organization the first one has: "SOSTEn johtaja, varapääsihteeri X"
    let chained: string | null = null;
    // the body a title names by its kind (`va. kunnanjohtaja` → the municipality), which an office after it shares: `va. kunnanjohtaja, talousjohtaja X`
    let kindNamed: string | null = null;
    // a body in the elative or ablative right before the titles says where the titled person comes from: "Pirkanmaan hyvinvointialueelta kehittämisjohtaja X"
    const whence = before.length ? organizationFromBefore(text, tokens, before[before.length - 1].first, bodies) : null;
    for (let b = before.length - 1; b >= 0; b--) {
      const own = titleOrganization(before[b]) ?? (isRoleCase(before[b]) ? null : whence);
      // a post in the translative or essive with its body (`tarkastuslautakunnan puheenjohtajaksi A`) lends it to a bare one later in the line (`ja jäseniksi B`)
      if (own && isRoleCase(before[b])) (postOrganizations ??= []).push({ at: before[b].first, organization: own });
      // a capacity in the essive (`varapuheenjohtajana ympäristöpäällikkö X Kallioniemen kaupungista`) is held in the clause's body, not in the person's own organization
      if (before[b].case.startsWith("ess")) {
        give(m.person, before[b], own);
        continue;
      }
      chained = own ?? chained;
      const entry = titleOrganizationEntry(before[b].title);
      if (entry?.kind) kindNamed = bodies.ofKind(entry.kind) ?? kindNamed;
      // a title that names its kind of body (valtuutettu) takes no other title's
      // (the title next to the name takes the organization written right after the name before one chained from a title further left: "hankkeen vetäjä, projektipäällikkö X Centria-ammattikorkeakoulusta")
      // a programme's role (`keskustelija`, `panelisti`) is held in the happening, not in the organization the person comes from
      if (isProgrammeRole(before[b].title)) give(m.person, before[b], own);
      else give(m.person, before[b], own ?? (entry || (b === 0 && following) ? following : (chained ?? (isOfficeTitle(before[b].title) ? kindNamed : null) ?? following)));
    }
    for (const t of after) give(m.person, t, titleOrganization(t) ?? (isProgrammeRole(t.title) ? null : following));
  }

  predicateRoles(ctx, line, mentionAt, titleOrganization, give);

  // clause rules, one sentence at a time (titlesOf found the titles in token order); they read only a title
  // before a colon, a plural one or one in the translative or essive, which most lines lack
  let clauseTitle = false;
  for (const t of titles.values()) {
    if (t.case.endsWith(".pl") || isRoleCase(t) || isColonTitle(text, tokens, t)) {
      clauseTitle = true;
      break;
    }
  }
  if (!clauseTitle) return out;
  const order = [...titles.keys()];
  let mi = 0;
  let ti = 0;
  const shared = { organization: null as string | null, deputies: null as TitleMatch | null };
  // built once for the line and written out, not spread: a spread copy of the context cost more than the clause rules themselves
  const { sentences, previous } = ctx;
  const lineContext: ClauseContext = { text, tokens, sentences, mentions, titles, bodies, lemmas, previous, out, give, used, parenthesis: undefined, mentionEndingAt, mentionAt, titleOrganization, shared, postOrganizations, line };
  let sentence = 0;
  for (let from = 0; from < tokens.length; ) {
    // the tokens of the sentence token `from` starts in
    while (sentence + 1 < sentences.length && tokens[from].start >= sentences[sentence + 1].start) sentence++;
    const next = sentence + 1 < sentences.length ? sentences[sentence + 1].start : Infinity;
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1].start < next) to++;
    const sentenceMentions: PersonMention[] = [];
    while (mi < mentions.length && mentions[mi].first <= to) sentenceMentions.push(mentions[mi++]);
    const sentenceTitles: TitleMatch[] = [];
    while (ti < order.length && order[ti] <= to) sentenceTitles.push(titles.get(order[ti++])!);
    // "Pöytäkirjantarkastajiksi valittiin A ja B. Varalle valittiin C.": a sentence opening with `varalle` names the deputies of the last post
    const deputies = shared.deputies;
    if (deputies && sentenceMentions.length && isDeputyWord(tokens[from])) {
      for (const m of sentenceMentions) give(m.person, deputyTitle(deputies), lineContext.titleOrganization(deputies));
    }
    if (sentenceTitles.length) clauseRoles(lineContext, { mentions: sentenceMentions, titles: sentenceTitles, from, to });
    from = to + 1;
  }
  return out;
}

/** The copula after `Hän`: `Hän on kunnanvaltuutettu`, `Hän oli entinen puheenjohtaja`. */
const COPULA = /^(?:on|oli|oli myös|ovat|olivat)$/;

/**
 * `Hän oli laukaalainen kunnanvaltuutettu ja entinen kunnanhallituksen
 * puheenjohtaja.`: the nominative titles a sentence opening with `Hän` and
 * the copula predicates are the person named last before it.
 */
function predicateRoles(ctx: RoleContext, line: LineIndex, mentionAt: ByToken<PersonMention>, organizationOf: (m: TitleMatch) => string | null, give: (p: Person, m: TitleMatch, organization: string | null) => void): void {
  const { tokens, titles } = ctx;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // Hän, capitalised: the sentence's first word
    if (tokens[k].text !== "Hän" || !COPULA.test(tokens[k + 1].lower)) continue;
    const subject = lastMentionBefore(ctx.mentions, k)?.person ?? ctx.previous;
    const [, to] = line.sentenceAround(k);
    for (let e = k + 2; subject && e <= to; e++) {
      const t = titles.get(e);
      if (t && t.first > k + 1 && t.case === "nom" && mentionAt[t.last + 1] === undefined) give(subject, t, organizationOf(t));
    }
    // one predicate a sentence
    k = to;
  }
}

/**
 * The finite and participle forms of the verbs that make someone a member of
 * a body: valita, nimetä, nimittää, kuulua, lisätä (the body in the
 * illative), and jatkaa (in the inessive: `Hallituksessa jatkavat A ja B`).
 */
const MEMBER_VERB = /^(?:valit(?:tiin|aan|si|sivat|tu)|nime(?:ttiin|si|sivät|tty)|nimit(?:ettiin|ti|tivät|etty)|kuulu(?:vat|u|i|ivat)|lisättiin|jatka(?:a|vat)|jatkoi(?:vat)?)$/;
/** The stems of MEMBER_VERB: a line without one (most lines) has no verb of membership, and its tokens are not read for one. */
const MEMBER_VERB_STEM = /valit|nime|nimit|kuulu|lisätt|jatk/i;
/** The verbs of staying on, whose body stands in the inessive. */
const STAYS_ON = /^jatk/;
/** How far (tokens) from the verb the body of a membership clause stands: `Hallitukseen valittiin`, `valittiin uudelleen hallitukseen`. */
const MEMBER_REACH = 3;
const ILLATIVE: readonly string[] = ["ill"];

/**
 * A clause that elects or names people into a body, or says who belong to
 * it, makes each of them a `jäsen` of that body: `Kirkkoneuvostoon
 * valittiin A, B ja C`, `Työryhmään kuuluvat puheenjohtaja A ja B`, `A ja B
 * valittiin hallitukseen`. A title in the illative names the role instead
 * (`kunnan edustajiin lisättiin X`). A title before a post noun
 * (`sivistysjohtajan virkaan valittiin X`) is a role-case title, and a role-case title before the names
 * says which post each gets (`hallitukseen valittiin puheenjohtajaksi A`):
 * names from it on are the clause rules'.
 */
function memberRoles(ctx: RoleContext, line: LineIndex, out: Array<[Person, Role]>): void {
  const { tokens, mentions, titles, lemmas, bodies } = ctx;
  if (!mentions.length || !MEMBER_VERB_STEM.test(ctx.text.slice(tokens[0].start, tokens[tokens.length - 1].end))) return;
  let previousVerb = -1;
  for (let v = line.nextMemberVerb(0); v < tokens.length; v = line.nextMemberVerb(v + 1)) {
    const [from, to] = line.sentenceAround(v);
    const before = previousVerb;
    previousVerb = v;
    // the body (or the illative title) next to the verb, with only lower-case words between
    let into = -1;
    let title: TitleMatch | undefined;
    const bodyCase = STAYS_ON.test(tokens[v].lower) ? INESSIVE : ILLATIVE;
    for (let d = 1; d <= MEMBER_REACH && into < 0; d++) {
      for (const k of [v - d, v + d]) {
        if (k < from || k > to) continue;
        const t = tokens[k];
        // a title with its post noun (`johtavan lääkärin virkaan`) is in the role case (titlesOf): the clause rules read it
        const its = t.forms.length ? titles.get(k) : undefined;
        if (its?.case.startsWith("ill") && bodyCase === ILLATIVE) title = its;
        else if (!t.forms.length || !hasMembers(bodyHeadIn(t, lemmas, bodyCase))) continue;
        if (tokensBetweenAreLowerCase(tokens, Math.min(k, v), Math.max(k, v))) {
          into = k;
          break;
        }
        title = undefined;
      }
    }
    if (into < 0) continue;
    const after = Math.max(into, v);
    // a role-case title in the clause before the names says which post each gets: the clause rules' (`hallitukseen valittiin puheenjohtajaksi A`)
    if (line.nextRoleCaseTitle(from) < after) continue;
    const organization = title ? genitiveOrganization(ctx.text, tokens, title.first, lemmas, bodies, () => false) : bodyCase === INESSIVE ? inessiveBody(tokens[into], lemmas, bodies) : clauseOrganization(tokens, into, into, lemmas, bodies);
    const role = { title: title ? title.title : "jäsen", organization, span: { start: tokens[Math.min(into, v)].start, end: tokens[after].end } };
    // the names after the clause's head, up to a title that gives a post of its own, a deputies' word or the next such clause;
    // or, when none follows, its subject before it
    const roleCaseAfter = line.nextRoleCaseTitle(after);
    const stop = Math.min(roleCaseAfter, line.nextDeputyWord(after + 1), line.nextMemberVerb(v + 1), to + 1);
    let listed = false;
    for (let n = line.firstMentionAfter(after); n < mentions.length && mentions[n].first < stop; n++) {
      out.push([mentions[n].person, { ...role }]);
      listed = true;
    }
    if (listed || roleCaseAfter <= to) continue;
    const subjectEnd = Math.min(into, v);
    for (let n = line.firstMentionAfter(Math.max(from, before + 1) - 1); n < mentions.length && mentions[n].last < subjectEnd; n++) out.push([mentions[n].person, { ...role }]);
  }
}

/**
 * A group's name right before names makes them its members: `vihreän
 * valtuustoryhmän Aino Salo`, `Perussuomalaisten valtuustoryhmästä A, B ja C`
 * (a council group, a working group).
 */
function groupMemberRoles(ctx: RoleContext, out: Array<[Person, Role]>): void {
  const { text, tokens, mentions, bodies } = ctx;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.first === 0 || !tokens[m.first].joined) continue;
    const before = tokens[m.first - 1];
    // -ryhmän, -ryhmästä: a group's genitive or elative, before the index is asked
    if (!GROUP_FORM.test(before.lower)) continue;
    const group = bodies.endingAt(before.end + 1);
    if (!group || !group.toLowerCase().endsWith("ryhmä")) continue;
    const span = { start: before.start, end: before.end };
    out.push([m.person, { title: "jäsen", organization: group, span }]);
    // the names listed after it with commas and `ja` (`sekä` adds someone of another group)
    for (let n = i + 1; n < mentions.length && listedAfter(text, tokens, mentions[n - 1], mentions[n]); n++) {
      out.push([mentions[n].person, { title: "jäsen", organization: group, span }]);
      i = n;
    }
  }
}

const GROUP_FORM = /ryhm(?:än|ästä)$/;

/** `Erovuorossa ovat A, B ja C`, `Erovuoroisista A ja B valittiin jatkamaan`: the members whose term ends. */
const TERM_ENDING = /^erovuoro(?:ssa|isista|iset)$/;

/**
 * The members whose term ends (`Erovuorossa ovat A, B ja C`) are members of
 * the body the line elects to (`hallitukseen valitaan`), or of the meeting's.
 */
function termEndingRoles(ctx: RoleContext, out: Array<[Person, Role]>): void {
  const { text, tokens, mentions, lemmas, bodies } = ctx;
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].lower.charCodeAt(0) !== 0x65 || !TERM_ENDING.test(tokens[k].lower)) continue;
    let first = k + 1;
    while (first < tokens.length && COPULA.test(tokens[first].lower)) first++;
    while (n < mentions.length && mentions[n].first < first) n++;
    if (n >= mentions.length || mentions[n].first !== first) continue;
    const role = { title: "jäsen", organization: clauseOrganization(tokens, 0, tokens.length - 1, lemmas, bodies), span: { start: tokens[k].start, end: tokens[k].end } };
    out.push([mentions[n].person, { ...role }]);
    for (; n + 1 < mentions.length && listedAfter(text, tokens, mentions[n], mentions[n + 1]); n++) out.push([mentions[n + 1].person, { ...role }]);
  }
}

/** Whether a mention follows another in a list: after a comma or `ja` (`sekä` adds someone else). */
function listedAfter(text: string, tokens: Token[], prev: PersonMention, next: PersonMention): boolean {
  if (next.first === prev.last + 2 && tokens[prev.last + 1].lower === "ja") return true;
  return next.first === prev.last + 1 && gapHolds(text, tokens[prev.last].end, tokens[next.first].start, ",", true);
}

/** Posts in the elative after the title they are of: `eron sivistyslautakunnan jäsenen tehtävästä`, `rehtorin virasta`. */
const POSTS_LEFT: ReadonlySet<string> = new Set(["tehtävästä", "virasta", "toimesta", "luottamustoimesta", "tehtävistä"]);
/** `hänen tilalleen valittiin X`: the successor, who takes the post. */
const IN_PLACE = /^tilalle(?:en)?$/;

/**
 * `Valtuusto myönsi A:lle eron sivistyslautakunnan jäsenen tehtävästä ja
 * valitsi hänen tilalleen B:n`: the genitive title before a post left
 * (an elative) is the role of the sentence's first name, and of the names
 * after `tilalleen`, who take the post.
 */
function resignedPostRoles(ctx: RoleContext, line: LineIndex, out: Array<[Person, Role]>): void {
  const { tokens, mentions, titles, lemmas, bodies } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    // t…, v…: the posts' first letters, before the set
    const lower = tokens[k].lower;
    if (lower.charCodeAt(0) !== 0x74 && lower.charCodeAt(0) !== 0x76) continue;
    if (!POSTS_LEFT.has(lower) || !tokens[k].joined) continue;
    const title = titles.get(k - 1);
    if (!title || title.case !== "gen") continue;
    const [from, to] = line.sentenceAround(k);
    const first = line.firstMentionAfter(from - 1);
    if (first >= mentions.length || mentions[first].first > to) continue;
    const role = { title: title.title, organization: genitiveOrganization(ctx.text, tokens, title.first, lemmas, bodies, () => false), span: { start: tokens[title.first].start, end: tokens[k].end } };
    out.push([mentions[first].person, { ...role }]);
    // the successor: the names after `tilalleen` in the sentence
    let successor = k + 1;
    while (successor <= to && !IN_PLACE.test(tokens[successor].lower)) successor++;
    for (let n = line.firstMentionAfter(successor); successor <= to && n < mentions.length && mentions[n].first <= to; n++) out.push([mentions[n].person, { ...role }]);
    // one post a sentence
    k = to;
  }
}

/** A post held, in the elative a resignation takes, with the title of its holder: `eron lautakunnan jäsenyydestä`. */
const HOLDINGS_LEFT: ReadonlyMap<string, string> = new Map([
  ["jäsenyydestä", "jäsen"],
  ["jäsenyydestään", "jäsen"],
  ["varajäsenyydestä", "varajäsen"],
  ["varajäsenyydestään", "varajäsen"],
  ["puheenjohtajuudesta", "puheenjohtaja"],
  ["puheenjohtajuudestaan", "puheenjohtaja"],
]);
/** How many words before the post its holder and the word of leaving may stand. */
const HOLDER_REACH = 12;
/** Words of leaving a post: `ero`, `eroa`, `eronpyyntö`, `vapautusta`, `luopui`. */
const LEAVING = /^(?:ero|vapautu|luopu)/;

/**
 * `myönsi A:lle eron lautakunnan jäsenyydestä`, `A on pyytänyt eroa
 * lautakunnan jäsenyydestä`: the one leaving, the name before the post in its
 * sentence, held it, a member of the body in the genitive.
 */
function heldPostRoles(ctx: RoleContext, line: LineIndex, out: Array<[Person, Role]>): void {
  const { tokens, mentions, lemmas, bodies } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    const title = tokens[k].lower.length > 11 ? HOLDINGS_LEFT.get(tokens[k].lower) : undefined;
    if (!title || !tokens[k].joined) continue;
    // the leaving word and the holder stand a few words before the post, in its sentence
    const from = Math.max(line.sentenceAround(k)[0], k - HOLDER_REACH);
    let leaving = false;
    for (let j = from; j < k && !leaving; j++) leaving = LEAVING.test(tokens[j].lower);
    if (!leaving) continue;
    let holder: PersonMention | undefined;
    for (let n = line.firstMentionAfter(from - 1); n < mentions.length && mentions[n].last < k; n++) holder = mentions[n];
    if (!holder) continue;
    const organization = genitiveOrganization(ctx.text, tokens, k, lemmas, bodies, () => false);
    out.push([holder.person, { title, organization, span: { start: tokens[k].start, end: tokens[k].end } }]);
  }
}

/**
 * Where a line's sentences, member verbs, deputies' words and role-case
 * titles are, each found in one pass when first asked: the rules ask of each
 * token what comes next, and a long line would make a walk for each quadratic.
 */
class LineIndex {
  #sentenceOf: Int32Array | undefined;
  #sentenceFirst: number[] = [];
  #sentenceLast: number[] = [];
  #deputy: Int32Array | undefined;
  #verb: Int32Array | undefined;
  #roleCase: Int32Array | undefined;
  #mentionFirsts: number[] | undefined;

  constructor(private readonly ctx: RoleContext) {}

  /** The first and last token of the sentence token k stands in. */
  sentenceAround(k: number): [number, number] {
    if (!this.#sentenceOf) {
      const { tokens, sentences } = this.ctx;
      const of = new Int32Array(tokens.length);
      let s = 0;
      for (let i = 0; i < tokens.length; i++) {
        while (s + 1 < sentences.length && tokens[i].start >= sentences[s + 1].start) s++;
        of[i] = s;
        if (this.#sentenceFirst[s] === undefined) this.#sentenceFirst[s] = i;
        this.#sentenceLast[s] = i;
      }
      this.#sentenceOf = of;
    }
    const s = this.#sentenceOf[k];
    return [this.#sentenceFirst[s], this.#sentenceLast[s]];
  }

  /** The first deputies' word (`varalle`, `varalla`) at or after token k, or the token count. */
  nextDeputyWord(k: number): number {
    return at((this.#deputy ??= this.nextWhere((t) => isDeputyWord(t))), k);
  }

  /** The first verb of membership (`valittiin`, `kuuluvat`) at or after token k, or the token count. */
  nextMemberVerb(k: number): number {
    return at((this.#verb ??= this.nextWhere((t) => isMemberVerb(t))), k);
  }

  /** The first token of the first translative or essive title that ends at or after token k, or the token count. */
  nextRoleCaseTitle(k: number): number {
    if (!this.#roleCase) {
      const { tokens, titles } = this.ctx;
      const next = new Int32Array(tokens.length + 1).fill(tokens.length);
      for (let i = tokens.length - 1; i >= 0; i--) {
        const t = titles.get(i);
        next[i] = t && isRoleCase(t) ? t.first : next[i + 1];
      }
      this.#roleCase = next;
    }
    return at(this.#roleCase, k);
  }

  /** The index of the line's first mention that starts after token k. */
  firstMentionAfter(k: number): number {
    const firsts = (this.#mentionFirsts ??= this.ctx.mentions.map((m) => m.first));
    return firstAtLeast(firsts, k + 1);
  }

  private nextWhere(test: (t: Token) => boolean): Int32Array {
    const { tokens } = this.ctx;
    const next = new Int32Array(tokens.length + 1).fill(tokens.length);
    for (let i = tokens.length - 1; i >= 0; i--) next[i] = test(tokens[i]) ? i : next[i + 1];
    return next;
  }
}

/** An entry of a next-index table, past its end the last. */
function at(table: Int32Array, k: number): number {
  return table[Math.min(Math.max(k, 0), table.length - 1)];
}

/** A verb of membership, by its first letter (v, n, k, l) before the pattern. */
function isMemberVerb(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return (c === 0x76 || c === 0x6e || c === 0x6b || c === 0x6c || c === 0x6a) && MEMBER_VERB.test(t.lower);
}

/** Kinds of bodies people are members of: not a company's or a town's staff (`yhtiöön valittiin toimitusjohtaja X`). */
const MEMBERS_KINDS: ReadonlySet<string> = new Set(["council", "executive-board", "committee", "division", "working-group", "steering-group", "preparatory-body", "association", "union", "party", "other"]);

/** Whether a body head (base form of a compound, or null) names a body with members. */
function hasMembers(lemma: string | null): boolean {
  if (!lemma) return false;
  for (let k = 0; k < lemma.length; k++) {
    const head = HEAD_NOUNS[lemma.slice(k)];
    if (head) return MEMBERS_KINDS.has(head.kind);
  }
  return false;
}

/** Whether the tokens strictly between two indices are lower-case words (`lisäksi`, `uudelleen`), with no punctuation before them. */
function tokensBetweenAreLowerCase(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (!tokens[k].joined || (k < b && tokens[k].upper)) return false;
  return true;
}

const NO_MENTIONS: readonly PersonMention[] = [];

/** `varalla`, `varalle`, `varalleen`: the words that start a list of deputies. */
const DEPUTY_WORD = /^vara(?:lla|lle|lleen|llaan)$/;

const isDeputyWord = (t: Token) => t.lower.charCodeAt(0) === 0x76 && DEPUTY_WORD.test(t.lower);

/** The deputy's title of a post: `varapöytäkirjantarkastaja`, `varatoiminnantarkastaja`, `varajäsen`. */
function deputyTitle(t: TitleMatch): TitleMatch {
  return t.title.startsWith("vara") || t.title.includes(" ") ? t : { ...t, title: "vara" + t.title };
}

/** What the clause rules read of a line, the same for each of its sentences. */
interface ClauseContext extends RoleContext {
  out: Array<[Person, Role]>;
  give: (p: Person, m: TitleMatch, organization: string | null) => void;
  used: Set<TitleMatch>;
  /** For each token, the parenthesis it stands in (parenthesesOf), made when a clause first asks. */
  parenthesis: number[] | undefined;
  mentionEndingAt: ByToken<PersonMention>;
  mentionAt: ByToken<PersonMention>;
  titleOrganization: (m: TitleMatch) => string | null;
  /** Where the line's sentences, deputies' words and role-case titles are. */
  line: LineIndex;
  /** The organization of the line's last clause title that had one, and its last title in the translative or essive (whose deputies `varalle` names). */
  shared: { organization: string | null; deputies: TitleMatch | null };
  postOrganizations: readonly PostOrganization[] | undefined;
}

/** One sentence of the line: its tokens `from`…`to`, and the mentions and titles in it. */
interface Clause {
  mentions: PersonMention[];
  titles: TitleMatch[];
  from: number;
  to: number;
}

/**
 * A translative or essive title in a clause that elects, appoints or says
 * what someone acts as, or a title before a colon, gives its role to the
 * names after it (up to the next such title after them) or to the clause's
 * subject.
 */
function clauseRoles(c: ClauseContext, clause: Clause): void {
  const { text, tokens, give, lemmas, bodies } = c;
  const { mentions: names, titles } = clause;
  // whether the clause elects or appoints: asked only of a translative or essive title, which few clauses have
  let roleClause: boolean | undefined;
  const isRoleClause = () => (roleClause ??= ROLE_CLAUSE.test(text.slice(tokens[clause.from].start, tokens[clause.to].end)));
  // a plural title right before names gives each of them the role: "kehitysjohtajat A, B ja C", "jäseniä ovat A ja B"
  const isListTitle = (t: TitleMatch) => {
    if (!t.case.endsWith(".pl")) return false;
    let k = t.last + 1;
    while (k < tokens.length && links(tokens[k], tokens[k - 1]) && tokens[k].joined) k++;
    return c.mentionAt[k] !== undefined && (tokens[k].joined || /^,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)));
  };
  // an essive before the copula says what someone acts as too: "Juontajana on toimittaja X"
  // …and one that opens its clause with the name right after it, a programme's label without a verb: "Esittelijänä ylitarkastaja X"
  const essiveCopula = (t: TitleMatch) =>
    t.case.startsWith("ess") && t.last + 1 < tokens.length && (COPULA.test(tokens[t.last + 1].lower) || (t.first === clause.from && tokens[t.last + 1].joined && namedRightAfter(t.last + 1)));
  const namedRightAfter = (k: number) => c.mentionAt[k] !== undefined || (titles.some((u) => u.first === k && u.case === "nom") && c.mentionAt[(titles.find((u) => u.first === k)?.last ?? k) + 1] !== undefined);
  const clauseTitles = titles.filter((t) => isColonTitle(text, tokens, t) || isListTitle(t) || (isRoleCase(t) && (isRoleClause() || essiveCopula(t))));
  if (!clauseTitles.length) {
    // "valitsi valiokuntaan viisi jäsentä. Jäsenet ovat: A, B …": the body a sentence elects members to is the list's that follows
    if (titles.some((t) => MEMBER_TITLES.has(t.title)) && isRoleClause()) c.shared.organization = clauseOrganization(tokens, clause.from, clause.to, lemmas, bodies) ?? c.shared.organization;
    return;
  }
  const parenthesis = (c.parenthesis ??= parenthesesOf(text, tokens));
  // the sentence's elected-to body, read once (null is an answer too)
  let organization: string | null | undefined;
  // (a clause that elects or appoints no one names no body for its titles by an illative or allative: `esittelivät suunnitelman hallitukselle`)
  const sentenceOrganization = () => (organization === undefined ? (organization = isRoleClause() ? clauseOrganization(tokens, clause.from, clause.to, lemmas, bodies) : null) : organization);
  // a title with no organization of its own shares the one a title before it in the line had: "Hallituksen puheenjohtajaksi valittiin A. Varapuheenjohtajaksi valittiin B."
  const clauseOrganizationOf = (t: TitleMatch) => {
    const own = c.titleOrganization(t) ?? (t.case.startsWith("ess") ? inessiveOrganization(tokens, t.last, lemmas, bodies, t.first) : null) ?? sentenceOrganization();
    if (own) c.shared.organization = own;
    return own ?? c.shared.organization ?? (isRoleCase(t) ? postOrganizationBefore(c.postOrganizations, clause.from, t.first) : null);
  };
  let ni = 0;
  let hasHan: boolean | undefined;
  const scope = new NameScope(names, parenthesis);
  const nextRoleCase = new NextRoleCaseTitle(clauseTitles);
  // the titles (by their text) that gave their role to every name after them outside parentheses, and whether one of them with an organization
  const givenToAll = new Map<string, boolean>();
  for (let x = 0; x < clauseTitles.length; x++) {
    const t = clauseTitles[x];
    const colon = isColonTitle(text, tokens, t) || isListTitle(t);
    const roleCase = isRoleCase(t);
    // a title the rules around a name gave already (`Toiminnantarkastajaksi valittiin A`) gives no more, but to deputies
    const given = c.used.has(t) && !/\.pl$/.test(t.case) && !colon;
    // the names of a genitive object right before the title: "valita A:n ja B:n pöytäkirjantarkastajiksi"
    const objects = given ? NO_MENTIONS : namesRightBefore(text, tokens, c.mentionEndingAt, t.first);
    // `varalle`, `varalla` after the title: the names after it are its deputies
    const deputyFrom = c.line.nextDeputyWord(t.last + 1);
    // the deputies a later `Varalle valittiin C.` names are of a post elected to (a translative), not of one someone holds
    // (`toimii apulaisrehtorina`), nor of an office filled (`rehtorin virkaan`), whose reserve holds no post
    if (roleCase && t.case.startsWith("tra") && !POST_NOUN_CASES.has(tokens[t.last].lower)) c.shared.deputies = t;
    if (given || (objects.length && roleCase)) {
      for (const m of objects) give(m.person, t, clauseOrganizationOf(t));
      // "… A:n ja B:n pöytäkirjantarkastajiksi sekä varalle C:n ja D:n", "Toiminnantarkastajaksi valittiin A, varalla B"
      const limit = deputyFrom <= clause.to ? (nextRoleCase.after(x, deputyFrom)?.first ?? Infinity) : -1;
      // the post's own organization or the clause's, not one an earlier post of the line shared
      for (const m of names) if (m.first > deputyFrom && m.first < limit) give(m.person, deputyTitle(t), c.titleOrganization(t) ?? sentenceOrganization());
      continue;
    }
    // "A, joka toimii henkilöstön edustajana …": a relative clause's title is its antecedent's, not the names after it
    const antecedent = roleCase ? relativeAntecedent(text, tokens, c.mentionEndingAt, clause.from, t.first) : undefined;
    if (antecedent) {
      give(antecedent.person, t, clauseOrganizationOf(t));
      continue;
    }
    while (ni < names.length && names[ni].first <= t.last) ni++;
    // a title inside parentheses speaks of the names in the same parentheses only; one outside, of names outside any opened after it
    const own = parenthesis[t.last];
    const inScope = (m: PersonMention) => (own >= 0 ? parenthesis[m.first] === own : parenthesis[m.first] < 0 || parenthesis[m.first] < tokens[t.last].end);
    const firstAfter = scope.first(ni, own);
    if (firstAfter) {
      // up to the next role-case title that comes after a name: "puheenjohtajaksi A, sihteeriksi B"; coordinated titles share the names
      const next = colon ? undefined : nextRoleCase.after(x, firstAfter.first);
      const limit = next ? next.first : Infinity;
      let n = ni;
      let organization: string | null = null;
      for (; n < names.length && names[n].first < limit; n++) {
        const m = names[n];
        if (own >= 0 && parenthesis[m.first] !== own) break;
        // a name with a title of its own right before it ends the list: "… ja C sekä talousjohtaja D";
        // in the role case only after `sekä`, which opens another group: "Panelisteina A, B ja tietohallintopäällikkö C" are all panelists
        const its = c.titles.get(m.first - 1);
        if (its && its !== t && m !== firstAfter && isListTitle(t) && (!roleCase || tokens[its.first - 1]?.lower === "sekä") && !isColonTitle(text, tokens, t)) break;
        if (!inScope(m)) continue;
        organization = clauseOrganizationOf(t);
        // a plural title's holders each say where they come from: "tutkijat A Kelasta ja B THL:stä"
        const whence = organization === null && !roleCase && !isColonTitle(text, tokens, t) && !isEventRole(t.title) ? organizationAfter(text, tokens, m.last + 1, lemmas, bodies, stopsAt(c)) : null;
        give(m.person, m.first > deputyFrom && deputyFrom <= clause.to ? deputyTitle(t) : t, whence ?? organization);
        // an earlier title of the same text gave its role to every name from here on: the rest would give a role each name has
        // (a person keeps one role per title, and its organization once one is given)
        const earlier = own < 0 && colon ? givenToAll.get(t.title) : undefined;
        if (earlier !== undefined && (earlier || organization === null)) break;
      }
      if (own < 0 && colon && n === names.length) givenToAll.set(t.title, Boolean(givenToAll.get(t.title)) || organization !== null);
    } else if (roleCase) {
      hasHan ??= HAN.test(text.slice(tokens[clause.from].start, tokens[clause.to].end));
      // names are in token order: the first of them is the subject if any is
      const subject = (names.length && names[0].last < t.first ? names[0] : undefined) ?? (hasHan ? { person: lastMentionBefore(c.mentions, t.first)?.person ?? c.previous } : undefined);
      if (subject?.person) give(subject.person, t, clauseOrganizationOf(t));
    }
  }
}

/** The body whose mention in the elative or ablative ends right before token `k`, with only a space between (`Kelasta johtaja`), or null. */
function organizationFromBefore(text: string, tokens: Token[], k: number, bodies: BodyIndex): string | null {
  const t = tokens[k - 1];
  return t && tokens[k].joined && t.lower.length > 4 && FROM_CASE.test(t.lower) && /^ +$/.test(text.slice(t.end, tokens[k].start)) ? bodies.endingAt(t.end) : null;
}

/** A post's organization and where the post stands in its line. */
interface PostOrganization {
  at: number;
  organization: string;
}

/** The organization of the last post with one from token `from` to before token `k` (in the sentence, before the title), or null. */
function postOrganizationBefore(posts: readonly PostOrganization[] | undefined, from: number, k: number): string | null {
  let found: string | null = null;
  for (const p of posts ?? []) if (p.at >= from && p.at < k) found = p.organization;
  return found;
}

/** How many genitives an organization's name before a title may have (`Pohjanrannan hyvinvointialueen`). */
const ORGANIZATION_GENITIVES = 3;

/**
 * Where the organization's genitives before a title start (`k` when there
 * are none): capitalised genitives and a body's head in the genitive,
 * written together with the title.
 */
function organizationGenitivesStart(tokens: Token[], k: number, lemmas: Lemmas): number {
  let from = k;
  while (from > 0 && k - from < ORGANIZATION_GENITIVES && tokens[from].joined && tokens[from - 1].lower.endsWith("n") && (tokens[from - 1].upper || bodyHeadIn(tokens[from - 1], lemmas, GENITIVE))) from--;
  // a body's head ends the organization's name: the capitalised genitives before it are its own, the rest no part of it
  return from < k && !tokens[k - 1].upper && !bodyHeadIn(tokens[k - 1], lemmas, GENITIVE) ? k : from;
}

/** Whether token k starts a name or a title: no organization is there. */
function stopsAt(c: ClauseContext): (k: number) => boolean {
  return (k) => c.mentionAt[k] !== undefined || c.titles.has(k) || titleStartsAt(c.titles, k);
}

/** The first role-case title of a sentence after a title that ends after a token, found by binary search (the titles are in order). */
class NextRoleCaseTitle {
  readonly #lasts: number[];
  /** For each title, the index of the first role-case title from it on (the count of titles if none). */
  readonly #next: Int32Array;
  constructor(private readonly titles: readonly TitleMatch[]) {
    this.#lasts = titles.map((t) => t.last);
    this.#next = new Int32Array(titles.length);
    let next = titles.length;
    for (let y = titles.length - 1; y >= 0; y--) {
      if (isRoleCase(titles[y])) next = y;
      this.#next[y] = next;
    }
  }

  after(x: number, token: number): TitleMatch | undefined {
    const from = Math.max(x + 1, firstAtLeast(this.#lasts, token + 1));
    return from < this.titles.length ? this.titles[this.#next[from]] : undefined;
  }
}

/**
 * The first name of a sentence, at or after an index, that a title's
 * parentheses hold (or, for a title outside any, that stands outside any:
 * a parenthesis open at a name after such a title was opened after it),
 * found without reading the names outside the scope one by one.
 */
class NameScope {
  #outside: Int32Array | undefined;
  #byParenthesis: Map<number, number[]> | undefined;
  constructor(
    private readonly names: readonly PersonMention[],
    private readonly parenthesis: readonly number[],
  ) {}

  first(from: number, own: number): PersonMention | undefined {
    if (from >= this.names.length) return undefined;
    if (own < 0) return this.names[this.outside()[from]];
    const list = this.byParenthesis().get(own);
    if (!list) return undefined;
    const at = firstAtLeast(list, from);
    return at < list.length ? this.names[list[at]] : undefined;
  }

  /** For each name, the index of the first name from it on that stands outside parentheses (the count of names if none). */
  private outside(): Int32Array {
    if (this.#outside) return this.#outside;
    const out = new Int32Array(this.names.length);
    let next = this.names.length;
    for (let n = this.names.length - 1; n >= 0; n--) {
      if (this.parenthesis[this.names[n].first] < 0) next = n;
      out[n] = next;
    }
    return (this.#outside = out);
  }

  /** The indices of the names by the parenthesis they stand in, ascending. */
  private byParenthesis(): Map<number, number[]> {
    if (this.#byParenthesis) return this.#byParenthesis;
    const out = new Map<number, number[]>();
    this.names.forEach((m, n) => {
      const p = this.parenthesis[m.first];
      if (p < 0) return;
      const list = out.get(p);
      if (list) list.push(n);
      else out.set(p, [n]);
    });
    return (this.#byParenthesis = out);
  }
}

/** Degrees are written as words ending in these (filosofian tohtori, kauppatieteiden maisteri). */
const DEGREE_WORDS = [...NOT_ROLES].filter((w) => !w.includes(" ") && w.length > 4);
const DEGREE = new RegExp(`(?:${DEGREE_WORDS.join("|")})$`);
/** The last letters of those words: most words end in another, which tells them apart without the pattern. */
const DEGREE_FINALS: ReadonlySet<number> = new Set(DEGREE_WORDS.map((w) => w.charCodeAt(w.length - 1)));

/** Where a degree that ends at token k starts (its field's genitives included), or -1. */
function degreeStart(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!NOT_ROLES.has(t.lower) && !(DEGREE_FINALS.has(t.lower.charCodeAt(t.lower.length - 1)) && DEGREE.test(t.lower))) return -1;
  let d = k;
  while (d > 0 && tokens[d].joined && !tokens[d - 1].upper && tokens[d - 1].lower.endsWith("n") && k - d < 3) d--;
  return d;
}

/** The last of the line's mentions (in token order) that ends before token k: a binary search. */
function lastMentionBefore(mentions: readonly PersonMention[], k: number): PersonMention | undefined {
  const after = partitionPoint(mentions.length, (i) => mentions[i].last < k);
  return after > 0 ? mentions[after - 1] : undefined;
}

/** A mention whose first word is its person's surname: an entry of a list written surname first (`Kemppi Aila`). */
function writtenSurnameFirst(m: PersonMention, tokens: Token[]): boolean {
  return m.last > m.first && m.person.name.endsWith(" " + tokens[m.first].text);
}

/** A title before a colon (`jäsenet:`, `puhujina ovat:`), which gives its role to the names listed after it. */
function isColonTitle(text: string, tokens: Token[], t: TitleMatch): boolean {
  const next = tokens[t.last + 1];
  return next ? gapOpensWith(text, tokens[t.last].end, next.start, 0x3a) || (LINKING.test(next.text) && text[next.end] === ":") : false;
}

/** `\s` inside a line: white space or U+FEFF (a line holds no line break). */
const isGapSpace = (c: number) => isWhiteSpace(c) || c === 0xfeff;

/** Whether the text between two offsets opens with white space and then the character `mark` (`/^\s*:/` without a slice). */
function gapOpensWith(text: string, from: number, to: number, mark: number): boolean {
  let k = from;
  while (k < to && isGapSpace(text.charCodeAt(k))) k++;
  return k < to && text.charCodeAt(k) === mark;
}

/**
 * Whether the text between two offsets is white space around one of `marks`
 * (or none, unless `required`): `/^\s*[,/]\s*$/` without a slice.
 */
function gapHolds(text: string, from: number, to: number, marks: string, required: boolean): boolean {
  let k = from;
  while (k < to && isGapSpace(text.charCodeAt(k))) k++;
  if (k < to && marks.includes(text[k])) {
    k++;
    while (k < to && isGapSpace(text.charCodeAt(k))) k++;
    return k === to;
  }
  return k === to && !required;
}

/** Whether a title spans token k without ending there (k is inside a multi-word title). */
function titleStartsAt(titles: Map<number, TitleMatch>, k: number): boolean {
  for (let e = k; e < k + 4; e++) {
    const t = titles.get(e);
    if (t && t.first <= k) return true;
  }
  return false;
}

/** How far (tokens) before a title the relative pronoun of its clause may stand: `joka toimii henkilöstön edustajana`. */
const RELATIVE_REACH = 5;
/** The relative pronoun that is a clause's subject. */
const RELATIVE_SUBJECT = /^(?:joka|jotka)$/;

/** The name a relative clause that holds a title refers to: the one before `, joka` a few words before the title. */
function relativeAntecedent(text: string, tokens: Token[], mentionEndingAt: ByToken<PersonMention>, from: number, at: number): PersonMention | undefined {
  for (let r = at - 1; r > from && at - r <= RELATIVE_REACH; r--) {
    const t = tokens[r];
    if (t.upper || !t.joined) {
      if (RELATIVE_SUBJECT.test(t.lower) && gapHolds(text, tokens[r - 1].end, t.start, ",", true)) return mentionEndingAt[r - 1];
      return undefined;
    }
  }
  return undefined;
}

/** The names joined by "ja" or commas that end right before token `at`. */
function namesRightBefore(text: string, tokens: Token[], mentionEndingAt: ByToken<PersonMention>, at: number): PersonMention[] {
  const out: PersonMention[] = [];
  // the title must follow the last name with only a space between, or a genitive of the meeting's: "A kokouksen sihteeriksi"
  if (at === 0 || !tokens[at].joined) return out;
  let end = at - 1;
  if (end > 0 && mentionEndingAt[end] === undefined && !tokens[end].upper && tokens[end].lower.endsWith("n") && tokens[end].joined) end--;
  for (;;) {
    const m = mentionEndingAt[end];
    if (!m) break;
    out.unshift(m);
    const before = m.first - 1;
    if (before >= 0 && tokens[before].lower === "ja") end = before - 1;
    else if (before >= 0 && gapHolds(text, tokens[before].end, tokens[m.first].start, ",", true)) end = before;
    else break;
  }
  return out;
}

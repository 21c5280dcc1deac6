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
import { readForm } from "../lexicon/forms.js";
import { isWhiteSpace, wordStart } from "../lexicon/regex.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { isRoleHead, NOT_ROLES, ROLE_ABBREVIATIONS } from "../lexicon/roles.js";
import type { Body, Person, Role, Span } from "../schema/index.js";
import type { Lemmas } from "./lemmas.js";
import { atSentenceStart, type Token } from "./tokens.js";

export interface TitleMatch {
  title: string;
  first: number;
  last: number;
  case: string;
}

export interface PersonMention {
  person: Person;
  first: number;
  last: number;
  span: Span;
}

// a map: every short token is looked up, and an object would be keyed by a fresh string each time
const ROLE_ABBREVIATION = new Map(Object.entries(ROLE_ABBREVIATIONS));
const NOT_TITLE_MODIFIERS = new Set(["toinen", "ensimmäinen", "kolmas", "entinen", "uusi", "nykyinen", "tuleva", "muu", "oma", "kaikki", "eräs", "uudeksi", "muiksi", "uudelleen", "myös", "sekä", "viisi", "neljä", "kolme", "kaksi"]);
/** Words between a title and the name it belongs to: `alustajana toimii X`, `puheenjohtajaksi valittiin X`. */
const LINKING = /^(?:toimii|toimi|toimivat|toimiva|toiminut|toimineen|toimivan|valittiin|valitut|valittu|valittua|nimettiin|nimitettiin|nimetty|nimitetty|on|ovat|oli|olivat|lisättiin)$/i;
/** `hän`, the subject a clause names when it names no one. */
const HAN = wordStart(String.raw`\bhän\b`);
/** A clause that elects, appoints, or says what someone acts as. */
const ROLE_CLAUSE = wordStart(String.raw`\b(?:valit|valinn|nime|nimit|aset|toimi|kuulu|lisät|työskennel|puhuj|alustaj)`);

/** The nominative title a word is, if its last part is a role head. */
function titleReading(t: Token, lemmas: Lemmas): { lemma: string; case: string } | null {
  if (NOT_ROLES.has(t.lower)) return null;
  // a compound's first part has two letters at least (vara|jäsen, hanke|johtaja)
  const r = readForm(t.text, (head, lemma) => isRoleHead(head) && (lemma === head || lemma.length >= head.length + 2), lemmas.forms(t));
  return r && !NOT_ROLES.has(r.lemma) ? { lemma: r.lemma, case: r.case } : null;
}

/** A role title ending at token k: its head is a known title, with one modifier or a coordination before it. */
export function titleEndingAt(text: string, tokens: Token[], k: number, lemmas: Lemmas): TitleMatch | null {
  const t = tokens[k];
  if (!t) return null;
  const abbr = t.lower.length <= 4 ? ROLE_ABBREVIATION.get(t.lower) : undefined;
  if (abbr && text[t.end] === ".") return { title: abbr, first: k, last: k, case: "nom" };
  if (!lemmas.headForms(t).length || /\d/.test(t.text)) return null;
  // capitals only at a sentence start or in an acronym compound (YVA-yhteysviranomainen)
  if (t.upper && !atSentenceStart(text, t) && !/^\p{Lu}\p{Ll}+$/u.test(t.text) && !/^\p{Lu}{2,}-\p{Ll}/u.test(t.text)) return null;
  const reading = titleReading(t, lemmas);
  if (!reading) return null;
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
  // one modifier: an adjective or participle (neuvotteleva, pedagoginen) or a genitive noun (sosiaalityön)
  const prev = tokens[first - 1];
  if (prev && tokens[first].joined && (!prev.upper || atSentenceStart(text, prev)) && !NOT_TITLE_MODIFIERS.has(prev.lower)) {
    const modifier = titleModifier(prev, reading.case, lemmas);
    if (modifier) {
      words.unshift(modifier);
      first--;
    }
  }
  return { title: words.join(" ").replace(/ ,/g, ","), first, last: k, case: reading.case };
}

function titleModifier(prev: Token, titleCase: string, lemmas: Lemmas): string | null {
  const lower = prev.lower;
  if (FUNCTION_WORDS.has(lower)) return null;
  // participles and -inen adjectives agree with the title: neuvotteleva, vastaavana, pedagogisena
  if (/(?:va|vä|vana|vänä|van|vän|inen|isen|isena|isenä|iseksi|vaksi|väksi)$/.test(lower)) {
    const known = lemmas.analyseIn(prev.lower, [titleCase, "gen"]).find((a) => a.known);
    if (!known && !/(?:va|vä)$/.test(lower)) return null; // known in no case, so no genitive either
    const base = known?.lemma ?? lower;
    return NOT_TITLE_MODIFIERS.has(base) ? null : base;
  }
  // a genitive noun naming a field, not an organization or a time: sosiaalityön, henkilöstön, palvelusektorin, pöytäkirjan
  if (titleCase === "gen" || !lower.endsWith("n") || /(?:isen|sen)$/.test(lower) || ORGANIZATION_OR_TIME_GENITIVE.test(lower)) return null;
  return lemmas.analyseIn(prev.lower, ["gen"]).some((a) => a.known) ? lower : null;
}

/** Genitives that say whose (an organization) or when, which the title does not include. */
const ORGANIZATION_OR_TIME_GENITIVE =
  /(?:valtuuston|hallituksen|lautakunnan|valiokunnan|jaoston|ryhmän|toimielimen|ministeriön|viraston|kunnan|kaupungin|alueen|liiton|yhdistyksen|hankkeen|yliopiston|piirin|keskuksen|laitoksen|neuvoston|toimialan|järjestön|yrityksen|yhtiön|organisaation|seuran|puolueen|päivän|aamupäivän|iltapäivän|illan|aamun|kokouksen|tilaisuuden|seminaarin|vuoden|kauden)$/;

/** Titles of a line, by the token they end at. */
export function titlesOf(text: string, tokens: Token[], lemmas: Lemmas): Map<number, TitleMatch> {
  const out = new Map<number, TitleMatch>();
  for (let k = 0; k < tokens.length; k++) {
    const m = titleEndingAt(text, tokens, k, lemmas);
    if (m) out.set(k, m);
  }
  return out;
}

function organizationEndingAt(bodies: Body[], offset: number): string | null {
  for (const b of bodies) for (const m of b.mentions) if (m.end <= offset && offset - m.end <= 2) return b.name;
  return null;
}

/** Tokens' sentence numbers within a line. */
function sentenceIds(text: string, tokens: Token[]): number[] {
  let id = 0;
  return tokens.map((t, i) => {
    if (i > 0 && t.upper && endsSentence(text, tokens[i - 1].end, t.start) && !/^\p{Lu}$/u.test(tokens[i - 1].text)) id++;
    return id;
  });
}

/** Whether `text.slice(from, to)` ends in `.`, `!` or `?` and white space (read back from `to`, no slice). */
function endsSentence(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isWhiteSpace(text.charCodeAt(k))) k--;
  if (k < from) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63;
}

export interface RoleContext {
  text: string;
  tokens: Token[];
  mentions: PersonMention[];
  titles: Map<number, TitleMatch>;
  bodies: Body[];
  /** The person a sentence-initial `hän` refers to: the last one named before this line. */
  previous: Person | null;
}

/**
 * Whether a line can state a role at all: every rule gives a title to a
 * person the line names, or (with `hän`) to the one named before it.
 */
export function canStateRoles(lineText: string, mentions: readonly PersonMention[]): boolean {
  return mentions.length > 0 || HAN.test(lineText);
}

/** Every (person, role) pair a line states. */
export function rolesOfLine(ctx: RoleContext): Array<[Person, Role]> {
  const { text, tokens, mentions, titles, bodies } = ctx;
  const out: Array<[Person, Role]> = [];
  // every rule gives a title: a line without one gives no role
  if (!titles.size) return out;
  const give = (p: Person, m: TitleMatch) => {
    const start = tokens[m.first].start;
    out.push([p, { title: m.title, organization: organizationEndingAt(bodies, start), span: { start, end: tokens[m.last].end } }]);
  };
  const sentence = sentenceIds(text, tokens);
  const mentionAt = new Map<number, PersonMention>();
  for (const m of mentions) mentionAt.set(m.first, m);
  const used = new Set<TitleMatch>();

  for (const m of mentions) {
    // before: [title][, title][/title] [linking word or colon] Name
    let k = m.first - 1;
    while (k >= 0 && LINKING.test(tokens[k].text) && tokens[k + 1].joined) k--;
    let title = k >= 0 && (tokens[k + 1].joined || /^:\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) ? titles.get(k) : undefined;
    while (title) {
      give(m.person, title);
      used.add(title);
      const before = title.first - 1;
      const gap = before >= 0 ? text.slice(tokens[before].end, tokens[title.first].start) : "";
      title = before >= 0 && /^\s*[,/]\s*$/.test(gap) ? titles.get(before) : undefined;
    }
    // after: Name, title[, title | ja title]
    let j = m.last + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (!/^\s*(?:[,(]\s*)?$/.test(gap) || mentionAt.has(j)) break;
      if (tokens[j].lower === "ja") {
        j++;
        continue;
      }
      let found: TitleMatch | undefined;
      for (let e = j; e < Math.min(tokens.length, j + 6); e++) {
        if (e > j && !tokens[e].joined) break;
        const t = titles.get(e);
        // an apposition is in the nominative; "… ja sihteeriksi B" belongs to B
        if (t && t.first <= e && t.case === "nom") {
          found = t.first < j ? { ...t, first: j } : t;
          break;
        }
      }
      if (!found) {
        // an organization between titles: "palvelupäällikkö Rosk n Roll Oy Ab, asiantuntija"
        let e = j;
        while (e < tokens.length && e - j < 5 && tokens[e].joined && (tokens[e].upper || tokens[e].lower.length <= 2)) e++;
        if (e > j && e < tokens.length && /^\s*,\s*$/.test(text.slice(tokens[e - 1].end, tokens[e].start)) && titles.has(e)) {
          j = e;
          continue;
        }
        break;
      }
      give(m.person, found);
      used.add(titles.get(found.last)!);
      j = found.last + 1;
    }
  }

  // clause rules
  for (const [k, t] of titles) {
    const sid = sentence[k];
    const inSentence = mentions.filter((m) => sentence[m.first] === sid);
    const sentenceText = text.slice(tokens[sentence.indexOf(sid)].start, tokens[sentence.lastIndexOf(sid)].end);
    const next = tokens[k + 1];
    const colon = next ? /^\s*:/.test(text.slice(tokens[k].end, next.start)) || (LINKING.test(next.text) && text[next.end] === ":") : false;
    const roleCase = /^(?:tra|ess)/.test(t.case);
    if (!(colon || (roleCase && ROLE_CLAUSE.test(sentenceText)))) continue;
    if (used.has(t) && !/\.pl$/.test(t.case) && !colon) continue;
    // the names of a genitive object right before the title: "valita A:n ja B:n pöytäkirjantarkastajiksi"
    const objects = namesRightBefore(text, tokens, mentions, t.first);
    if (objects.length && roleCase) {
      for (const m of objects) give(m.person, t);
      continue;
    }
    // a title inside parentheses speaks of the names in them only
    const closing = insideParentheses(text, tokens[t.last].end, 0) ? text.indexOf(")", tokens[t.last].end) : Infinity;
    const after = inSentence.filter((m) => m.first > t.last && tokens[m.first].start < closing && (closing !== Infinity || !insideParentheses(text, tokens[m.first].start, tokens[t.last].end)));
    if (after.length) {
      // up to the next role-case title that comes after a name: "puheenjohtajaksi A, sihteeriksi B"; coordinated titles share the names
      const firstName = after[0].first;
      for (const m of after) {
        const between = [...titles.entries()].some(([e, x]) => x !== t && e > firstName && e < m.first && /^(?:tra|ess)/.test(x.case) && !colon);
        if (between) break;
        give(m.person, t);
      }
    } else if (roleCase) {
      const subject = inSentence.filter((m) => m.last < t.first).at(0) ?? (HAN.test(sentenceText) ? { person: mentions.filter((m) => m.last < t.first).at(-1)?.person ?? ctx.previous } : undefined);
      if (subject?.person) give(subject.person, t);
    }
  }
  return out;
}

/** The names joined by "ja" or commas that end right before token `at`. */
function namesRightBefore(text: string, tokens: Token[], mentions: PersonMention[], at: number): PersonMention[] {
  const out: PersonMention[] = [];
  // the title must follow the last name with only a space between
  if (at === 0 || !tokens[at].joined) return out;
  let end = at - 1;
  for (;;) {
    const m = mentions.find((x) => x.last === end);
    if (!m) break;
    out.unshift(m);
    const before = m.first - 1;
    if (before >= 0 && tokens[before].lower === "ja") end = before - 1;
    else if (before >= 0 && /^\s*,\s*$/.test(text.slice(tokens[before].end, tokens[m.first].start))) end = before;
    else break;
  }
  return out;
}

function insideParentheses(text: string, offset: number, from: number): boolean {
  const between = text.slice(from, offset);
  return between.lastIndexOf("(") > between.lastIndexOf(")");
}

/**
 * People: every named person once, in base form, with roles and contacts.
 *
 * A name starts with a first name from the DVV statistics and ends with a
 * capitalised surname (inflected forms lemmatized by `surnameLemma`); lists
 * written surname first (`Aula Maria Kaisa, pj.`) are turned round. Later
 * surname-only mentions (`Järvinen kuvailee`) join the person. Roles come
 * from titles before the name (`Hankejohtaja Jouko Luukkonen`), after it
 * (`Tuija Koivisto, toinen varapuheenjohtaja ja …`), in essive or translative
 * around it (`alustajana toimii …`, `puheenjohtajaksi valittiin …`) and from
 * list headings (`Varajäsenet:`).
 */
import type { Doc, Line } from "../pipeline/document.js";
import type { Body, Person, Role, Span } from "../schema/index.js";
import { surnameRank } from "../lexicon/index.js";
import { fi } from "../lexicon/regex.js";
import { isRoleHead, LIST_ROLE_HEADINGS, NOT_NAME_WORDS } from "../lexicon/roles.js";
import { MONTHS, WEEKDAYS } from "../time/fi/constants.js";
import { lemmasOf, type Lemmas } from "./lemmas.js";
import { firstNameRankOf, isFirstName, surnameLemma, surnameRankOf } from "./names.js";
import { atSentenceStart, lineTokens, type Token } from "./tokens.js";
import { canStateRoles, rolesOfLine, titlesOf, type PersonMention } from "./roles.js";

interface NameMatch {
  /** Only a surname was written (after a title): it names a person already named in full, if one has it. */
  surnameOnly?: boolean;
  name: string;
  surname: string;
  span: Span;
  first: number;
  last: number;
}

const PARTICLES = new Set(["van", "von", "af", "de", "der", "den", "du", "la"]);
const EMAIL = /[A-Za-z][\w.+-]*(?:@|\s?\(at\)\s?)[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?<![\d])(?:\+358\s?\(?0?\)?\s?|0)\d{1,2}[\s-]?\d{3}[\s-]?\d{2,4}(?:\s\d{2,3})?(?![\d])/g;
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);

export function findPeople(doc: Doc, bodies: Body[]): Person[] {
  const lemmas = lemmasOf(doc);
  const people = new Map<string, PersonEntry>();
  const text = doc.text;

  // 1. full names, line by line; a surname written alone joins the one person named in full with it
  const fullNames = doc.lines.map((line) => findNames(text, lineTokens(doc, line), lemmas));
  // in document order, one list (Array.prototype.flat is slow, and most lines name nobody)
  const all: NameMatch[] = [];
  for (const names of fullNames) for (const n of names) all.push(n);
  const fullBySurname = new Map<string, Set<string>>();
  for (const n of all) if (!n.surnameOnly) (fullBySurname.get(n.surname) ?? fullBySurname.set(n.surname, new Set()).get(n.surname)!).add(n.name);
  for (const n of all) {
    if (!n.surnameOnly) continue;
    const same = fullBySurname.get(n.surname);
    if (same?.size === 1) n.name = same.values().next().value!;
  }
  for (const n of all) {
    const person = people.get(n.name) ?? { name: n.name, surname: n.surname, roles: [], email: null, phone: null, mentions: [] };
    people.set(n.name, person);
    person.mentions.push(n.span);
  }

  // 2. surname-only mentions and roles, line by line
  const bySurname = surnameIndex(people);
  // surnames keep their first letters in every case: tokens without these are not analysed
  const prefixes = new Set([...bySurname.keys()].map((s) => prefixKey(s)));
  let listRole: ListRole | null = null;
  let previous: Person | null = null;
  const mentionStarts = new Map<Person, Set<number>>();
  doc.lines.forEach((line, i) => {
    const tokens = lineTokens(doc, line);
    const heading = listHeading(line);
    if (heading !== undefined) listRole = heading ? { title: heading, organization: organizationBefore(bodies, line.start) } : null;
    else if (line.kind === "heading" && !line.text.includes(",")) listRole = null;

    const mentions: PersonMention[] = fullNames[i].map((n) => ({ person: people.get(n.name)!, first: n.first, last: n.last, span: n.span }));
    mentions.push(...surnameMentions(tokens, mentions, bySurname, prefixes, lemmas));
    mentions.sort((a, b) => a.first - b.first);
    for (const m of mentions) {
      // a set per person: a name repeated thousands of times is checked once per mention, not against all its mentions
      const starts = mentionStarts.get(m.person) ?? mentionStarts.set(m.person, new Set(m.person.mentions.map((s) => s.start))).get(m.person)!;
      if (starts.has(m.span.start)) continue;
      starts.add(m.span.start);
      m.person.mentions.push(m.span);
    }

    // most lines name nobody: they are not searched for titles, which only give roles to people named
    if (canStateRoles(line.text, mentions)) {
      const titles = titlesOf(text, tokens, lemmas);
      for (const [person, role] of rolesOfLine({ text, tokens, mentions, titles, bodies, previous })) addRole(person, role);
    }
    if (listRole && heading === undefined) {
      for (const m of mentions) {
        // "varalla X" in a members' list: the deputy
        const deputy = m.first > 0 && tokens[m.first - 1].lower === "varalla";
        addRole(m.person, { title: deputy ? "varajäsen" : listRole.title, organization: listRole.organization, span: m.span });
      }
    }
    if (mentions.length) {
      attachContacts(line, mentions);
      previous = mentions[mentions.length - 1].person;
    }
  });
  return [...people.values()].map((p) => ({ name: p.name, roles: p.roles, email: p.email, phone: p.phone, mentions: p.mentions.sort((a, b) => a.start - b.start) }));
}

type PersonEntry = Person & { surname: string };

interface ListRole {
  title: string;
  organization: string | null;
}

/** Members or deputies in a list heading. */
const MEMBERS = fi`\b(varajäsenet|jäsenet)\b`;

/** A line that heads a list of names: `Varajäsenet:`, `… nimeämät jäsenet ja heidän varajäsenensä:`, `Läsnä`. */
function listHeading(line: Line): string | null | undefined {
  const m = line.text.includes(":") ? (/^(.{2,160}?):\s*$/.exec(line.text) ?? /^([^:]{2,40}):/.exec(line.text)) : null;
  const head = (m ? m[1] : line.text).trim();
  for (const [re, role] of LIST_ROLE_HEADINGS) if (re.test(head)) return role;
  if (m && line.text.trimEnd().endsWith(":")) {
    const plural = MEMBERS.exec(head);
    if (plural) return plural[1].toLowerCase() === "jäsenet" ? "jäsen" : "varajäsen";
  }
  return undefined;
}

function organizationBefore(bodies: Body[], offset: number): string | null {
  let best: { name: string; at: number } | null = null;
  for (const b of bodies) for (const m of b.mentions) if (m.end <= offset && offset - m.end < 400 && (!best || m.start > best.at)) best = { name: b.name, at: m.start };
  return best?.name ?? null;
}

function isInitial(text: string, t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) && text[t.end] === ".";
}

function plausibleSurname(t: Token, lemma: string, lemmas: Lemmas): boolean {
  if (!t.capital || NOT_NAME_WORDS.has(lemma) || CALENDAR_WORDS.has(lemma.toLowerCase())) return false;
  if (surnameRank(lemma)) return true;
  if (t.text.includes(":")) return false;
  // a common word (Lautakunta, Hallitus) is no surname unless DVV lists it; compounds of common words often are (Melaluoto, Kallanvaara)
  return t.text.includes("-") || !lemmas.isWholeWord(t.lower);
}

export function findNames(text: string, tokens: Token[], lemmas: Lemmas): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capital || !isFirstName(t)) {
      const inverted = invertedName(text, tokens, i) ?? unlistedFirstName(tokens, i, lemmas) ?? surnameAfterTitle(tokens, i, lemmas);
      if (inverted) {
        out.push(inverted);
        i = inverted.last;
      }
      continue;
    }
    const firsts = [t.text];
    let j = i + 1;
    while (j < tokens.length && tokens[j].joined && (isFirstName(tokens[j]) || isInitial(text, tokens[j]))) {
      firsts.push(isInitial(text, tokens[j]) ? tokens[j].text + "." : tokens[j].text);
      j++;
    }
    const particles: string[] = [];
    while (j < tokens.length && tokens[j].joined && PARTICLES.has(tokens[j].text)) particles.push(tokens[j++].text);
    const afterInitial = j > i && isInitial(text, tokens[j - 1]) && j < tokens.length && /^\.\s+$/.test(text.slice(tokens[j - 1].end, tokens[j].start));
    let surnameToken = j < tokens.length && (tokens[j].joined || afterInitial) ? tokens[j] : null;
    let lastIndex = j;
    if (!surnameToken || !surnameToken.capital) {
      if (firsts.length < 2 || particles.length) continue;
      // only first names: a list entry written surname first (Aula Maria Kaisa), or a surname that is also a first name (Hanna Niemi)
      const last = tokens[j - 1];
      const inverted = surnameRankOf(t) + firstNameRankOf(last) > firstNameRankOf(t) + surnameRankOf(last) ? invertedName(text, tokens, i) : null;
      if (inverted) {
        out.push(inverted);
        i = inverted.last;
        continue;
      }
      surnameToken = tokens[j - 1];
      firsts.pop();
      lastIndex = j - 1;
    }
    const foreign = particles.length > 0;
    const surname = surnameLemma(surnameToken.text, lemmas, foreign);
    // a surname that is also a common word (Paahto, Kangas) counts after a title: "professiojohtaja Marena Paahto"
    if (!plausibleSurname(surnameToken, surname, lemmas) && !(isTitleWord(tokens[i - 1], lemmas) && surnameToken.capital)) continue;
    // a sentence-initial common word that happens to be a first name (Toivo, Onni) needs a listed surname
    if (!surnameRank(surname) && atSentenceStart(text, t) && lemmas.isWholeWord(t.lower)) continue;
    const name = [...firsts, ...particles, surname].join(" ");
    out.push({ name, surname, span: { start: t.start, end: surnameToken.end }, first: i, last: lastIndex });
    i = lastIndex;
  }
  return out;
}

/** A nominative role title: "professiojohtaja", "varapuheenjohtaja". */
function isTitleWord(t: Token | undefined, lemmas: Lemmas): boolean {
  return Boolean(t && !t.upper && lemmas.forms(t).some((r) => isRoleHead(r.head) && r.case === "nom"));
}

/**
 * `professiojohtaja Marena Paahto`: after a title, a first name DVV does not
 * list (rare or foreign) still starts a name when DVV lists the surname.
 */
function unlistedFirstName(tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t.capital || !t.joined || !isTitleWord(tokens[i - 1], lemmas) || !next || !next.joined || !next.capital) return null;
  if (lemmas.isWholeWord(t.lower)) return null;
  const surname = surnameLemma(next.text, lemmas);
  if (!surnameRank(surname)) return null;
  return { name: `${t.text} ${surname}`, surname, span: { start: t.start, end: next.end }, first: i, last: i + 1 };
}

/**
 * `varapuheenjohtaja Hyrkkö`: a surname alone right after a role title denotes
 * a person — when DVV lists it and no capitalised word follows.
 */
function surnameAfterTitle(tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !t.joined || prev.upper || !t.capital || (next && next.joined && next.upper)) return null;
  // the title in the nominative, in apposition: "varapuheenjohtaja Hyrkkö" (not "edustajana Lapin …")
  if (!isTitleWord(prev, lemmas)) return null;
  const surname = surnameLemma(t.text, lemmas);
  if (!surnameRank(surname) || !plausibleSurname(t, surname, lemmas)) return null;
  return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true };
}

/** `Aula Maria Kaisa, pj.`: a listed surname, first names, then a comma or the line end. */
function invertedName(text: string, tokens: Token[], i: number): NameMatch | null {
  const t = tokens[i];
  if (!t.capital || !surnameRankOf(t)) return null;
  let j = i + 1;
  const firsts: string[] = [];
  while (j < tokens.length && tokens[j].joined && tokens[j].capital && isFirstName(tokens[j])) firsts.push(tokens[j++].text);
  if (!firsts.length) return null;
  // a comma (or the end of the line) must follow the first names
  const after = text.slice(tokens[j - 1].end, tokens[j - 1].end + 2);
  if (j < tokens.length && !after.startsWith(",")) return null;
  return { name: [...firsts, t.text].join(" "), surname: t.text, span: { start: t.start, end: tokens[j - 1].end }, first: i, last: j - 1 };
}

function addRole(person: Person, role: Role): void {
  const same = person.roles.find((r) => r.title === role.title);
  if (same) {
    if (!same.organization && role.organization) same.organization = role.organization;
    return;
  }
  person.roles.push(role);
}

function attachContacts(line: Line, mentions: PersonMention[]): void {
  // the last mention starting at or before the offset (mentions are in order): a binary search, for lines listing thousands of names
  const owner = (offset: number): Person | undefined => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].span.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return (mentions[lo - 1] ?? mentions[0])?.person;
  };
  if (line.text.includes("@") || line.text.includes("(at)")) {
    EMAIL.lastIndex = 0;
    for (let m; (m = EMAIL.exec(line.text)); ) {
      const p = owner(line.start + m.index);
      if (p && !p.email) p.email = m[0].replace(/\s?\(at\)\s?/, "@");
    }
  }
  if (/\d{3}/.test(line.text)) {
    PHONE.lastIndex = 0;
    for (let m; (m = PHONE.exec(line.text)); ) {
      const p = owner(line.start + m.index);
      if (p && !p.phone) p.phone = m[0].trim();
    }
  }
}

/** People by surname; a surname two people share names neither. */
function surnameIndex(people: Map<string, PersonEntry>): Map<string, PersonEntry | null> {
  const index = new Map<string, PersonEntry | null>();
  for (const p of people.values()) index.set(p.surname, index.has(p.surname) ? null : p);
  return index;
}

/** A word's first three letters as a number (ten bits each, letters past them folded): a filter, not an identity. */
function prefixKey(word: string): number {
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);
}

/** Surname-only mentions (`Järvinen kuvailee`, `Kirvesniemellä`) of people already named. */
function surnameMentions(tokens: Token[], full: PersonMention[], bySurname: Map<string, PersonEntry | null>, prefixes: ReadonlySet<number>, lemmas: Lemmas): PersonMention[] {
  const out: PersonMention[] = [];
  if (!prefixes.size) return out;
  // the tokens full names cover, marked once: a line may name thousands
  const covered = new Uint8Array(tokens.length);
  for (const m of full) covered.fill(1, m.first, m.last + 1);
  tokens.forEach((t, i) => {
    if (!t.capital || !prefixes.has(prefixKey(t.text)) || covered[i]) return;
    const p = bySurname.get(t.text) ?? bySurname.get(surnameLemma(t.text, lemmas));
    if (p) out.push({ person: p, first: i, last: i, span: { start: t.start, end: t.end } });
  });
  return out;
}

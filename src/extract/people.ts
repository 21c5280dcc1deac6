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
import { LIST_ROLE_HEADINGS, NOT_NAME_WORDS, NOT_ROLES, ROLE_ABBREVIATIONS, ROLE_HEADS } from "../lexicon/roles.js";
import { MONTHS, WEEKDAYS } from "../time/fi/constants.js";
import { readForm } from "../lexicon/forms.js";
import { Lemmas } from "./lemmas.js";
import { isFirstName, surnameLemma } from "./names.js";
import { atSentenceStart, lineTokens, type Token } from "./tokens.js";

interface NameMatch {
  name: string;
  surname: string;
  span: Span;
  first: number;
  last: number;
}

const PARTICLES = new Set(["van", "von", "af", "de", "der", "den", "du", "la"]);
const ROLE_HEAD_SET = new Set(ROLE_HEADS);
const NOT_TITLE_MODIFIERS = new Set(["toinen", "ensimmäinen", "kolmas", "entinen", "uusi", "nykyinen", "tuleva", "muu", "oma", "kaikki", "eräs", "uudeksi", "muiksi", "uudelleen", "myös", "sekä"]);
const LINKING_VERBS = /^(?:toimii|toimi|toimivat|toimiva|valittiin|nimettiin|nimitettiin|on|ovat|oli|olivat|valittu|nimetty)$/i;
const EMAIL = /[A-Za-z][\w.+-]*(?:@|\s?\(at\)\s?)[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?<![\d])(?:\+358\s?\(?0?\)?\s?|0)\d{1,2}[\s-]?\d{3}[\s-]?\d{2,4}(?:\s\d{2,3})?(?![\d])/g;
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);

export function findPeople(doc: Doc, bodies: Body[]): Person[] {
  const lemmas = new Lemmas();
  const people = new Map<string, Person & { surname: string }>();
  const text = doc.text;
  let listRole: { title: string; organization: string | null } | null = null;

  for (const line of doc.lines) {
    const heading = listHeading(line);
    if (heading !== undefined) {
      listRole = heading ? { title: heading, organization: organizationBefore(bodies, line.start, doc) } : null;
      if (!line.text.replace(/^[^:]*:/, "").trim()) continue;
    } else if (line.kind === "heading" && !/,/.test(line.text)) {
      listRole = null;
    }
    const tokens = lineTokens(doc, line);
    const names = findNames(text, tokens, lemmas);
    for (const n of names) {
      const person = people.get(n.name) ?? { name: n.name, surname: n.surname, roles: [], email: null, phone: null, mentions: [] };
      people.set(n.name, person);
      person.mentions.push(n.span);
      for (const role of rolesAround(text, tokens, n, lemmas, bodies)) addRole(person, role);
      if (listRole && (line.kind === "listItem" || /^\s*[•·*-]/.test(text.slice(line.start - 3, line.start)) || listRole)) {
        addRole(person, { ...listRole, span: n.span });
      }
    }
    attachContacts(text, line, names, people);
  }
  addSurnameMentions(doc, people, lemmas);
  return [...people.values()].map(({ surname: _s, ...p }) => ({ ...p, mentions: p.mentions.sort((a, b) => a.start - b.start) }));
}

function listHeading(line: Line): string | null | undefined {
  const m = /^([^:]{2,40}):/.exec(line.text);
  if (!m) return undefined;
  for (const [re, role] of LIST_ROLE_HEADINGS) if (re.test(m[1].trim())) return role;
  return undefined;
}

function organizationBefore(bodies: Body[], offset: number, doc: Doc): string | null {
  let best: { name: string; at: number } | null = null;
  for (const b of bodies) for (const m of b.mentions) if (m.end <= offset && offset - m.end < 400 && (!best || m.start > best.at)) best = { name: b.name, at: m.start };
  void doc;
  return best?.name ?? null;
}

/** Xxx…: an upper-case letter followed by a lower-case one. */
function isCapitalWord(t: Token): boolean {
  const b = t.text[1];
  return t.upper && t.text[0] !== "-" && b !== undefined && b !== b.toUpperCase();
}

function isInitial(text: string, t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) && text[t.end] === ".";
}

function plausibleSurname(t: Token, lemma: string, lemmas: Lemmas): boolean {
  if (!isCapitalWord(t) || NOT_NAME_WORDS.has(lemma) || CALENDAR_WORDS.has(lemma.toLowerCase())) return false;
  if (surnameRank(lemma)) return true;
  if (t.text.includes(":")) return false;
  // a common word (Lautakunta, Hallitus) is no surname unless DVV lists it
  return !lemmas.isKnownWord(t.text) || /-/.test(t.text);
}

export function findNames(text: string, tokens: Token[], lemmas: Lemmas): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalWord(t) || !isFirstName(t.text)) {
      const inverted = invertedName(text, tokens, i, lemmas);
      if (inverted) {
        out.push(inverted);
        i = inverted.last;
      }
      continue;
    }
    const firsts = [t.text];
    let j = i + 1;
    while (j < tokens.length && tokens[j].joined && (isFirstName(tokens[j].text) || isInitial(text, tokens[j]))) {
      firsts.push(isInitial(text, tokens[j]) ? tokens[j].text + "." : tokens[j].text);
      j++;
    }
    const particles: string[] = [];
    while (j < tokens.length && tokens[j].joined && PARTICLES.has(tokens[j].text)) particles.push(tokens[j++].text);
    let surnameToken = j < tokens.length && tokens[j].joined ? tokens[j] : null;
    let lastIndex = j;
    if (!surnameToken || !isCapitalWord(surnameToken)) {
      // the last of several first names is the surname (Hanna Niemi)
      if (firsts.length < 2 || particles.length) continue;
      surnameToken = tokens[j - 1];
      firsts.pop();
      lastIndex = j - 1;
    }
    const foreign = particles.length > 0;
    const surname = surnameLemma(surnameToken.text, lemmas, foreign);
    if (!plausibleSurname(surnameToken, surname, lemmas)) continue;
    // a sentence-initial common word that happens to be a first name (Toivo, Onni) needs a listed surname
    if (atSentenceStart(text, t) && lemmas.isKnownWord(t.text) && !surnameRank(surname)) continue;
    const name = [...firsts, ...particles, surname].join(" ");
    out.push({ name, surname, span: { start: t.start, end: surnameToken.end }, first: i, last: lastIndex });
    i = lastIndex;
  }
  return out;
}

/** `Aula Maria Kaisa, pj.`: a listed surname, first names, then a comma or the line end. */
function invertedName(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  if (!isCapitalWord(t) || !surnameRank(t.text)) return null;
  let j = i + 1;
  const firsts: string[] = [];
  while (j < tokens.length && tokens[j].joined && isCapitalWord(tokens[j]) && isFirstName(tokens[j].text)) firsts.push(tokens[j++].text);
  if (!firsts.length) return null;
  const after = text.slice(tokens[j - 1].end, tokens[j - 1].end + 2);
  if (!/^(?:,|\s*$|\s*\n)/.test(after) && j < tokens.length) return null;
  if (!/^,/.test(after) && j < tokens.length) return null;
  void lemmas;
  return { name: [...firsts, t.text].join(" "), surname: t.text, span: { start: t.start, end: tokens[j - 1].end }, first: i, last: j - 1 };
}

interface TitleMatch {
  title: string;
  first: number;
  last: number;
}

/** A role title ending at token k: its head is a known title, with agreeing modifiers before it. */
function titleEndingAt(text: string, tokens: Token[], k: number, lemmas: Lemmas): TitleMatch | null {
  const t = tokens[k];
  if (!t || /\d/.test(t.text)) return null;
  const abbr = ROLE_ABBREVIATIONS[t.lower.replace(/\.$/, "")];
  if (abbr && text[t.end] === ".") return { title: abbr, first: k, last: k };
  if (t.upper && !atSentenceStart(text, t) && !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  const lemma = titleLemma(t.text);
  if (!lemma) return null;
  const words = [lemma];
  let first = k;
  // hyphen-ellipsis coordination: sivistys- ja hyvinvointijohtaja, asunto-, energia- ja ympäristöministeri
  let m = k - 1;
  if (m >= 1 && tokens[m].lower === "ja" && tokens[m - 1].text.endsWith("-")) {
    const parts = [tokens[m - 1].lower, "ja"];
    m -= 2;
    while (m >= 0 && tokens[m].text.endsWith("-")) parts.unshift(tokens[m--].lower + ",");
    words.unshift(parts.join(" ").replace(/-,/g, "-,"));
    first = m + 1;
  }
  // one modifier: an adjective (neuvotteleva, pedagoginen) or a genitive noun (sosiaalityön)
  const prev = tokens[first - 1];
  if (prev && tokens[first].joined && !prev.upper && !NOT_TITLE_MODIFIERS.has(prev.lower)) {
    const adj = lemmas.analyse(prev.text).find((a) => a.known);
    const isAdj = /(?:va|vä|nen|inen|isen|ivan|ivän|isena|isenä|vana|vänä)$/.test(prev.lower) && adj;
    const isGenitive = /[^:]n$/.test(prev.lower) && adj && !/(?:isen|sen)$/.test(prev.lower) && !isBodyWord(prev.lower, lemmas);
    if (isAdj) {
      const base = adj!.lemma;
      if (!NOT_TITLE_MODIFIERS.has(base)) {
        words.unshift(base);
        first--;
      }
    } else if (isGenitive) {
      words.unshift(prev.lower);
      first--;
    }
  }
  return { title: words.join(" ").replace(/ ,/g, ","), first, last: k };
}

function isBodyWord(lower: string, lemmas: Lemmas): boolean {
  return /(?:valtuuston|hallituksen|lautakunnan|valiokunnan|jaoston|ryhmän|toimielimen|ministeriön|viraston|kunnan|kaupungin|alueen|liiton|yhdistyksen|hankkeen|yliopiston|piirin|keskuksen|laitoksen|neuvoston|toimialan|kunnan)$/.test(lower) && lemmas.isKnownWord(lower);
}

/** The nominative title a word is, if its last part is a role head. */
function titleLemma(word: string): string | null {
  const lower = word.toLowerCase();
  if (NOT_ROLES.has(lower)) return null;
  // a compound's first part has two letters at least (vara|jäsen, hanke|johtaja)
  const r = readForm(word, (head, lemma) => ROLE_HEAD_SET.has(head) && (lemma === head || lemma.length >= head.length + 2));
  return r && !NOT_ROLES.has(r.lemma) ? r.lemma : null;
}

function rolesAround(text: string, tokens: Token[], n: NameMatch, lemmas: Lemmas, bodies: Body[]): Role[] {
  const roles: Role[] = [];
  const roleOf = (m: TitleMatch, orgAt: number | null): Role => ({
    title: m.title,
    organization: orgAt === null ? null : organizationEndingAt(bodies, orgAt) ?? null,
    span: { start: tokens[m.first].start, end: tokens[m.last].end },
  });
  // before: [organization] title [toimii|valittiin] Name
  let k = n.first - 1;
  if (k >= 0 && tokens[k + 1].joined && LINKING_VERBS.test(tokens[k].text)) k--;
  const before = k >= 0 && tokens[k + 1].joined ? titleEndingAt(text, tokens, k, lemmas) : null;
  if (before) roles.push(roleOf(before, tokens[before.first].start));
  // after: Name, title[, title | ja title][, organization]
  let j = n.last + 1;
  while (j < tokens.length) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (!/^\s*(?:,|\(|\bja\b)?\s*$/.test(gap) && !/^\s*$/.test(gap)) break;
    if (tokens[j].lower === "ja") {
      j++;
      continue;
    }
    if (LINKING_VERBS.test(tokens[j].text) && j === n.last + 1) {
      j++;
      continue;
    }
    // the title's own modifiers and organization come first: find where a title ends
    let found: TitleMatch | null = null;
    for (let e = j; e < Math.min(tokens.length, j + 6); e++) {
      if (e > j && !tokens[e].joined) break;
      const m = titleEndingAt(text, tokens, e, lemmas);
      if (m && m.first <= e) {
        found = { ...m, first: Math.max(m.first, j) };
        break;
      }
    }
    if (!found) break;
    roles.push(roleOf(found, tokens[found.first].start));
    j = found.last + 1;
  }
  return roles;
}

function organizationEndingAt(bodies: Body[], offset: number): string | undefined {
  for (const b of bodies) for (const m of b.mentions) if (m.end <= offset && offset - m.end <= 2) return b.name;
  return undefined;
}

function addRole(person: Person, role: Role): void {
  const same = person.roles.find((r) => r.title === role.title);
  if (same) {
    if (!same.organization && role.organization) same.organization = role.organization;
    return;
  }
  person.roles.push(role);
}

function attachContacts(text: string, line: Line, names: NameMatch[], people: Map<string, Person>): void {
  const owner = (offset: number): Person | undefined => {
    const before = names.filter((n) => n.span.start <= offset);
    const n = before.at(-1) ?? names[0];
    return n ? people.get(n.name) : undefined;
  };
  if (line.text.includes("@") || line.text.includes("(at)")) for (const m of line.text.matchAll(EMAIL)) {
    const p = owner(line.start + m.index!);
    if (p && !p.email) p.email = m[0].replace(/\s?\(at\)\s?/, "@");
  }
  if (/\d{3}/.test(line.text)) for (const m of line.text.matchAll(PHONE)) {
    const p = owner(line.start + m.index!);
    if (p && !p.phone) p.phone = m[0].trim();
  }
  void text;
}

/** Surname-only mentions (`Järvinen kuvailee`, `Kirvesniemellä`) of people already named. */
function addSurnameMentions(doc: Doc, people: Map<string, Person & { surname: string }>, lemmas: Lemmas): void {
  const bySurname = new Map<string, Person>();
  for (const p of people.values()) {
    if (bySurname.has(p.surname)) bySurname.set(p.surname, null as unknown as Person);
    else bySurname.set(p.surname, p);
  }
  // surnames keep their first letters in every case (Kirvesniemi, Kirvesniemellä): test those before analysing
  const prefixes = new Set([...bySurname.keys()].map((s) => s.slice(0, 3)));
  const taken = new Set<number>();
  for (const p of people.values()) for (const m of p.mentions) taken.add(m.start), taken.add(m.end);
  for (const t of doc.lines.flatMap((l) => lineTokens(doc, l))) {
    if (!isCapitalWord(t) || taken.has(t.end) || !prefixes.has(t.text.slice(0, 3))) continue;
    const p = bySurname.get(t.text) ?? bySurname.get(surnameLemma(t.text, lemmas));
    if (p && !p.mentions.some((m) => m.start <= t.start && t.end <= m.end)) p.mentions.push({ start: t.start, end: t.end });
  }
}

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
import type { Doc, Line } from "../text/document.js";
import type { Body, Person, Role, Span } from "../schema/index.js";
import { firstNameRank, surnameRank } from "../lexicon/index.js";
import { fi } from "../lexicon/regex.js";
import { isEventRole, isOfficeTitle, isRoleHead, LIST_HEADING_STARTS, LIST_ROLE_HEADINGS, MEETING_ROLES, MEMBER_TITLES, SUCCESSOR_WORDS, titleOrganizationEntry, UNIVERSITY_NAME_END, UNIVERSITY_TITLE_ENDINGS } from "../lexicon/roles.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import { endingsAfterLinkingI, endingsAfterNominative, wordInCase } from "../morph/fi/case-endings.js";
import { findNames, firstNameRankOf, isTitleWord, namesEndingIn, RARE_FIRST_NAME, settleNominatives, surnameLemma, titleInApposition, type NameMatch } from "./names.js";
import type { Token } from "../text/tokens.js";
import { isWhiteSpace } from "../text/chars.js";
import { partitionPoint } from "../sorted.js";
import { canStateRoles, rolesOfLine, titleEndingAt, titlesOf, type PersonMention } from "./roles.js";
import { BodyIndex, clauseOrganization, genitiveOrganization, meetingBodyOf, organizationAfter } from "./role-organizations.js";

/**
 * An address: `x.y@seura.fi`, `x.y @ seura.fi`, `x.y(at)seura.fi`, `x.y [at] seura.fi`:
 * a whole run of local-part characters (group 1) with the mark and domain
 * after it looked ahead for (group 2). The lookbehind tries each run once,
 * from its start, and localPartStart finds the address inside it; a pattern
 * starting at a letter was retried from every letter after a digit of a
 * long run (`t0t0…`).
 */
const EMAIL = /(?<![\w.+-])([\w.+-]+)(?=((?:\s?@\s?|\s?[([]at[)\]]\s?)[\w-]+(?:\.[\w-]+)+))/g;
/** What may not stand right before a local part's first letter: a letter, or `_.+-` that join it to more. */
const LOCAL_PART_JOINER = /[A-Za-z_.+-]/;

/**
 * Where the address starts in a run of local-part characters: its first
 * ASCII letter with no letter or `_.+-` right before it — a digit before may
 * end a phone number written without a space (`Puh. 040 123 4567aino.salo@…`);
 * -1 when the run has none.
 */
function localPartStart(run: string): number {
  for (let i = 0; i < run.length; i++) if (/[A-Za-z]/.test(run[i]) && (i === 0 || !LOCAL_PART_JOINER.test(run[i - 1]))) return i;
  return -1;
}
const AT = /\s?(?:@|[([]at[)\]])\s?/;
/** A Finnish phone number: `040 513 5821`, `0401 234 567`, `050-123 4567`, `+358 40 123 4567`, `(09) 123 4567`. */
const PHONE = /(?<![\d])(?:\+358\s?\(?0?\)?\s?|\(0\d{1,3}\)\s?|0)\d{0,3}[\s-]?\d{2,4}[\s-]?\d{2,4}(?:[\s-]\d{2,4})?(?![\d])/g;

/** How many lines after a chair's a deputy with no organization of its own may be named and still be the same body's (`Aluehallituksen puheenjohtajaksi … X. Varapuheenjohtajaksi … Y.`). */
const DEPUTY_LINES = 1;
/** How many lines a signature block's contact lines may follow its name. */
const SIGNATURE_LINES = 4;

export function findPeople(doc: Doc, bodies: Body[]): Person[] {
  const lemmas = doc.lemmas;
  const people = new Map<string, PersonEntry>();
  const text = doc.text;

  // 1. full names, line by line; a surname written alone joins the one person named in full with it
  const fullNames = doc.lines.map((line) => findNames(text, doc.tokensOf(line), lemmas));
  dropNamesOfThings(doc, fullNames, lemmas);
  settleNominatives(text, fullNames);
  // by surname, the one full name written with it (null: more than one)
  const fullBySurname = new Map<string, string | null>();
  for (const names of fullNames) for (const n of names) if (!n.surnameOnly) addFullName(fullBySurname, n);
  // a speaker quoted by surname (", Musk sanoi") whom no line names in full: two capitalised words ending in that surname name them (Elon Musk)
  const quoted = new Set<string>();
  for (const names of fullNames) for (const n of names) if (n.quoted && !fullBySurname.has(n.surname)) quoted.add(n.surname);
  if (quoted.size) {
    doc.lines.forEach((line, i) => {
      const found = namesEndingIn(text, doc.tokensOf(line), quoted, fullNames[i], lemmas);
      if (!found.length) return;
      for (const n of found) addFullName(fullBySurname, n);
      fullNames[i] = [...fullNames[i], ...found].sort((a, b) => a.first - b.first);
    });
    // a quoted word no full name confirms may be a company (", Microsoft kertoo"): it names no one, unless a verb of speech itself says it is a person's
    const unconfirmed = (n: NameMatch) => n.surnameOnly === true && n.quoted === true && !n.speaker && !fullBySurname.has(n.surname);
    for (let i = 0; i < fullNames.length; i++) if (fullNames[i].some(unconfirmed)) fullNames[i] = fullNames[i].filter((n) => !unconfirmed(n));
  }
  // a speaker named by surname alone whom no line names in full is an organization when the text writes the word as the genitive before a title (`Fordin mukaan` … `Fordin toimitusjohtaja`), a place when it writes it in a case of where (`Kokkola on …` … `Kokkolassa`)
  const speakers = new Map<string, true>();
  for (const names of fullNames) for (const n of names) if (n.speaker && !fullBySurname.has(n.surname)) speakers.set(n.surname, true);
  if (speakers.size) {
    const owners = ownersOfTitles(doc, speakers, lemmas);
    if (owners.size) for (let i = 0; i < fullNames.length; i++) if (fullNames[i].some((n) => n.speaker && owners.has(n.surname))) fullNames[i] = fullNames[i].filter((n) => !n.speaker || !owners.has(n.surname));
  }
  // a surname alone that the bodies stage read as an organization's name (`…, Kela kertoi`) is that organization, when no one of that surname is named in full
  const bodyAt = new Set<number>();
  for (const b of bodies) for (const m of b.mentions) bodyAt.add(m.start);
  const namesBody = (n: NameMatch) => n.surnameOnly === true && !fullBySurname.has(n.surname) && bodyAt.has(n.span.start);
  if (bodyAt.size) for (let i = 0; i < fullNames.length; i++) if (fullNames[i].some(namesBody)) fullNames[i] = fullNames[i].filter((n) => !namesBody(n));
  // in document order, one list (Array.prototype.flat is slow, and most lines name nobody)
  const all: NameMatch[] = [];
  for (const names of fullNames) for (const n of names) all.push(n);
  // roles and contacts go to people named: a text that names no one has none
  if (!all.length) return [];
  for (const n of all) {
    if (!n.surnameOnly) continue;
    const same = fullBySurname.get(n.surname);
    if (same) n.name = same;
  }
  turnInvertedEntries(all);
  for (const n of all) {
    const person = people.get(n.name) ?? { name: n.name, surname: n.surname, surfaces: [], roles: [], email: null, phone: null, mentions: [] };
    people.set(n.name, person);
    person.mentions.push(n.span);
    if (n.surface && n.surface !== n.surname && !n.surnameOnly && !person.surfaces.includes(n.surface)) person.surfaces.push(n.surface);
  }

  // 2. surname-only mentions and roles, line by line
  // a word only a verb of speech vouched for (…, Okafor sanoi) names its own mentions, not every form of the word: a company is quoted so too, and named more often than quoted
  // — unless a verb of speech vouches for it twice
  let heard: Map<string, number> | undefined;
  for (const n of all) if (n.quoted && n.speaker && !fullBySurname.has(n.surname)) (heard ??= new Map()).set(n.name, (heard.get(n.name) ?? 0) + 1);
  if (heard) for (const n of all) if (!(n.quoted && n.speaker) || heard.get(n.name)! > 1) heard.delete(n.name);
  const bySurname = surnameIndex(people, heard);
  // surnames keep their first letters in every case: tokens without these are not analysed
  const prefixes = new Set<number>();
  for (const surname of bySurname.keys()) prefixes.add(prefixKey(surname));
  const surnameWords = new Map<string, PersonEntry | null | undefined>();
  const index = new BodyIndex(bodies);
  const namesBodyAt = (offset: number) => index.startingAt(offset) !== null;
  index.meeting = meetingBodyOf(doc, index) ?? index.meeting;
  const mentioned = new Set<number>();
  for (const n of all) mentioned.add(n.span.start);
  let listRole: ListRole | null = null;
  // the last line whose title went to the name above it: it is no title of the name below
  let titleBelow = -1;
  // a heading that names members with no colon (`Hallituksen jäsenet ja varajäsenet`), and its line: an attendance heading right under it keeps its role
  let membersAbove: { title: string; line: number } | null = null;
  let previous: Person | null = null;
  let previousLine = -1;
  const unclaimed: Contact[] = [];
  const marks = addressMarks(text);
  // the first address mark not before the line being read (lines are read in order)
  let mark = 0;
  // the organization of the last chair, secretary or member named, by title: a deputy named just after is the same body's
  const chairs = new Map<string, { organization: string; line: number }>();
  let lineIndex = 0;
  const give = (person: Person, role: Role) => {
    const chair = role.title.startsWith("vara") && !role.organization ? chairs.get(role.title.slice(4)) : undefined;
    if (chair && lineIndex - chair.line <= DEPUTY_LINES) role = { ...role, organization: chair.organization };
    else if (role.organization) chairs.set(role.title, { organization: role.organization, line: lineIndex });
    addRole(person, role);
  };
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    lineIndex = line.index;
    const tokens = doc.tokensOf(line);
    const listed = listHeading(line);
    // null is an attendance heading (Läsnä): it ends a list and starts none, unless a heading naming members stands just above it
    const attendance = listed === null && membersAbove && membersAbove.line === i - 1 ? membersAbove.title : listed;
    const members = listed === undefined && !fullNames[i].length ? membersHeading(line, tokens.length) : undefined;
    membersAbove = members ? { title: members, line: i } : null;
    const heading = attendance !== undefined ? attendance : (members ?? titledListHeading(text, line, tokens, lemmas, index));
    // the body a heading over a list names, in the heading itself or just before it
    if (heading !== undefined) listRole = heading ? listRoleOf(heading, index, line.end) : null;
    // a paragraph of a name alone reads as a heading, and is a list's entry (`Jäsenet:⏎⏎Anna Kivi⏎⏎Pekka Aho`)
    else if (line.kind === "heading" && !line.text.includes(",") && !fullNames[i].length) listRole = null;
    // a singular title alone on its line heads the one name below it (`Toimitsijamies⏎Sjöman Tuomas`): the list above it has ended
    else if (listRole && !fullNames[i].length && tokens.length > 0 && tokens.length <= SINGLE_TITLE_WORDS && isTitleLine(text, tokens, lemmas)) listRole = null;

    const mentions: PersonMention[] = [];
    for (const n of fullNames[i]) mentions.push({ person: people.get(n.name)!, first: n.first, last: n.last, span: n.span });
    const bySurnameOnly = surnameMentions(tokens, mentions, bySurname, prefixes, lemmas, surnameWords);
    for (const m of bySurnameOnly) {
      mentions.push(m);
      if (!mentioned.has(m.span.start)) {
        mentioned.add(m.span.start);
        m.person.mentions.push(m.span);
      }
    }
    // the full names are in token order already
    if (bySurnameOnly.length) mentions.sort((a, b) => a.first - b.first);

    // most lines name nobody: they are not searched for titles, which only give roles to people named
    // the people a mark beside the name makes members or deputies (`Aino Salo (varajäsen)`): the list heading's role is not theirs
    let marked: Set<Person> | undefined;
    if (canStateRoles(line.text, mentions, previous)) {
      const titles = titlesOf(text, tokens, lemmas, namesBodyAt);
      for (const [person, role] of rolesOfLine({ text, tokens, sentences: line.sentences, mentions, titles, bodies: index, lemmas, previous })) {
        give(person, role);
        if (listRole && MEMBER_TITLES.has(role.title)) (marked ??= new Set()).add(person);
      }
    }
    // a line of prose ends a list: a list's lines are names with a few words beside them
    if (listRole && heading === undefined && (!listLike(tokens, mentions, line.text) || (isEventRole(listRole.title) && labelledAfterBreak(doc, i, tokens, mentions)))) listRole = null;
    if (listRole && heading === undefined) {
      for (const m of mentions) {
        if (marked?.has(m.person)) continue;
        // "varalla X" in a members' list: the deputy
        const deputy = m.first > 0 && tokens[m.first - 1].lower === "varalla";
        give(m.person, { title: deputy ? "varajäsen" : listRole.title, organization: listRole.organization, span: m.span });
      }
    }
    // a title on a line of its own: under the name in a signature block, or above it at a line's end ("Kunnanvaltuuston puheenjohtaja⏎Timo Heinonen kertoi")
    // (not across a paragraph break: `Terveisin⏎Anna Kivi⏎⏎Puheenjohtaja⏎Pekka Aho`)
    if (i > 0 && line.index - previousLine === 1 && !mentions.length && previous && doc.lines[i - 1].block === line.block) {
      for (const role of titleLineRoles(text, tokens, lemmas, index, 0)) {
        give(previous, role);
        titleBelow = i;
      }
    } else if (i > 0 && mentions.length && mentions[0].first === 0 && previousLine !== i - 1 && titleBelow !== i - 1) {
      const above = doc.tokensOf(doc.lines[i - 1]);
      const title = above.length ? titleEndingAt(text, above, above.length - 1, lemmas) : null;
      // not a list's line that names a post (…, varalla talousjohtaja)
      if (title && title.case === "nom" && !listRole && !/[.!?:;]\s*$/.test(doc.lines[i - 1].text) && !lastSentenceOf(doc.lines[i - 1].text).includes(",")) {
        const start = above[title.first].start;
        give(mentions[0].person, { title: title.title, organization: title.organization ? index.named(title.organization) : genitiveOrganization(text, above, title.first, lemmas, index, () => false), span: { start, end: above[title.last].end } });
      }
    }
    // a signature block: a contact line without a name belongs to the person named on the lines just before it
    const nearby = !mentions.length && previous && line.index - previousLine <= SIGNATURE_LINES && doc.lines[previousLine].block >= line.block - 1 ? previous : null;
    // phones are looked for only where someone can own them; addresses everywhere (one may spell a name)
    while (mark < marks.length && marks[mark] < line.start) mark++;
    const contacts = contactsOf(line, mark < marks.length && marks[mark] < line.end, mentions.length > 0 || nearby !== null);
    if (contacts.length) for (const c of attachContacts(contacts, mentions, nearby)) if (c.kind === "email") unclaimed.push(c);
    if (mentions.length) {
      previous = mentions[mentions.length - 1].person;
      previousLine = line.index;
    }
  }
  attachByLocalPart(unclaimed, people.values());
  successorsTakePosts(doc, [...people.values()]);
  for (const p of people.values()) for (const r of p.roles) if (!r.organization) r.organization = implicitOrganization(r.title, index);
  const out: Person[] = [];
  for (const p of people.values()) out.push({ name: p.name, roles: postsInTextOrder(p.roles), email: p.email, phone: p.phone, mentions: inOrder(p.mentions) });
  return out;
}

/**
 * A list's entry written surname first that no rule turned (`Baraka Joseph`,
 * a surname no list knows before a first name) is the person the text names
 * in order elsewhere (`Joseph Baraka`): the pair whose second word is the
 * likelier first name.
 */
function turnInvertedEntries(all: NameMatch[]): void {
  let written: Set<string> | undefined;
  for (const n of all) {
    const space = n.name.indexOf(" ");
    if (n.surnameOnly || space < 0 || n.name.indexOf(" ", space + 1) >= 0) continue;
    const first = n.name.slice(0, space);
    const second = n.name.slice(space + 1);
    const turned = `${second} ${first}`;
    written ??= new Set(all.map((m) => m.name));
    if (!written.has(turned) || firstNameRank(second) <= firstNameRank(first)) continue;
    n.name = turned;
    n.surname = first;
  }
}

/**
 * One title held in several bodies (`varajäsen: kunnanvaltuuston varajäsen
 * X`) in the order the text names the posts: each keeps its place among the
 * person's other roles. Most people hold each title once, and are returned as they are.
 */
function postsInTextOrder(roles: Role[]): Role[] {
  for (let i = 0; i < roles.length; i++) {
    const slots: number[] = [];
    for (let k = i; k < roles.length; k++) if (roles[k].title === roles[i].title) slots.push(k);
    if (slots.length < 2) continue;
    const posts = slots.map((k) => roles[k]).sort((a, b) => a.span.start - b.span.start);
    slots.forEach((k, n) => (roles[k] = posts[n]));
  }
  return roles;
}

/**
 * The surnames among `surnames` that the document writes as an
 * organization's or a place's name is written: in the genitive right before
 * a role title in the singular (`Fordin toimitusjohtaja`, `Fordin edustajan
 * mukaan`), or in a case of where (`Kokkolassa`, `Kokkolasta`, `Kokkolaan`),
 * which a person's name seldom takes.
 */
function ownersOfTitles(doc: Doc, surnames: ReadonlyMap<string, true>, lemmas: Lemmas): Set<string> {
  const owners = new Set<string>();
  for (const line of doc.lines) {
    const tokens = doc.tokensOf(line);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t.capital) continue;
      const owner = t.lower.endsWith("n") && tokens[k + 1]?.joined === true && !tokens[k + 1].upper && lemmas.forms(tokens[k + 1]).some((r) => isRoleHead(r.head) && !r.case.endsWith(".pl"));
      // the genitive's -n or a local case's ending first: most words end in neither
      if (!owner && !WHERE_ENDING.test(t.lower)) continue;
      const surname = personBySurname(t.text, surnames, null) ? surnameLemma(t.text, lemmas) : null;
      if (surname && surnames.has(surname) && (owner || (t.text.startsWith(surname) && inCaseOfWhere(surname, t.text.slice(surname.length))))) owners.add(surname);
    }
  }
  return owners;
}

/** Endings the inessive, the elative and the illative may end in: a place's cases (`Kokkolassa`, `Kuopiosta`, `Kokkolaan`). */
const WHERE_ENDING = wordInCase("ine", "ela", "ill");

/** Whether an ending after a base is the inessive's, the elative's or the illative's (Kokkola|an, Forss|iin), not the genitive's (Forss|in). */
function inCaseOfWhere(base: string, ending: string): boolean {
  const last = base[base.length - 1];
  if (/^i?s[st][aä]$/.test(ending)) return true;
  return /[aeiouyäö]/.test(last) ? ending === last + "n" || ending === "h" + last + "n" : ending === "iin";
}

/**
 * `Tekninen johtaja A jää eläkkeelle. Hänen seuraajakseen valittiin B`,
 * `A:n seuraajaksi nimitettiin B`: the successor, the first person named
 * after the word in its sentence, takes the posts of the one before it —
 * the person whose genitive stands right before the word, or the one
 * `hänen` refers to, named last before it. Event roles are no posts.
 */
function successorsTakePosts(doc: Doc, people: readonly PersonEntry[]): void {
  // most texts name no successor: the word's stem is looked for once
  if (!SUCCESSOR_STEM.test(doc.text)) return;
  const spans: Array<{ start: number; end: number; person: PersonEntry }> = [];
  for (const person of people) for (const m of person.mentions) spans.push({ start: m.start, end: m.end, person });
  spans.sort((a, b) => a.start - b.start);
  for (const line of doc.lines) {
    const tokens = doc.tokensOf(line);
    for (let k = 1; k < tokens.length; k++) {
      const word = tokens[k];
      if (!word.joined || !SUCCESSOR_WORDS.has(word.lower)) continue;
      const before = tokens[k - 1];
      const after = partitionPoint(spans.length, (i) => spans[i].start < word.end);
      const endingBefore = partitionPoint(spans.length, (i) => spans[i].end <= before.end);
      const own = endingBefore > 0 && spans[endingBefore - 1].end === before.end ? spans[endingBefore - 1].person : null;
      const predecessor = own ?? (before.lower === "hänen" && endingBefore > 0 ? spans[endingBefore - 1].person : null);
      const sentence = doc.sentenceAt(word.start);
      const successor = after < spans.length && sentence && spans[after].start < sentence.end ? spans[after].person : null;
      if (!predecessor || !successor || predecessor === successor) continue;
      for (const r of predecessor.roles) {
        if (isEventRole(r.title) || successor.roles.some((s) => s.title === r.title)) continue;
        successor.roles.push({ title: r.title, organization: r.organization, span: { start: word.start, end: word.end } });
      }
    }
  }
}
const SUCCESSOR_STEM = /seuraaj/i;

/** Mentions by start: most people's are in order already, and are not sorted again. */
function inOrder(mentions: Span[]): Span[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

type PersonEntry = Person & { surname: string; surfaces: string[] };

/** Adds a full name under its surname: the surname keeps it while it is the only one, and null once another is written. */
function addFullName(bySurname: Map<string, string | null>, n: NameMatch): void {
  const known = bySurname.get(n.surname);
  if (known === undefined) bySurname.set(n.surname, n.name);
  else if (known !== null && known !== n.name) bySurname.set(n.surname, null);
}

/** The DVV band above which a first name is too common to be read as a brand (Tor, Sony and Elon are rare; Anna is not). */
const BRAND_FIRST_NAME = 8;
/** Endings a brand takes standing alone: `Googlen`, `Sonylla`, `Applelle`, `Nokialta`. */
const BRAND_ENDINGS = [...endingsAfterNominative("gen", "ine", "ela", "ade", "abl", "all"), ...endingsAfterLinkingI("gen", "ade", "all")];

/**
 * Pairs that name companies and products, by how news writes people. A
 * person's first name is not inflected alone: a pair whose first word the
 * document also writes alone in a case (`Sonyn`, `Googlelle`) is a company's
 * or a product's (`Sony Pictures`, `Google Play`). A person named twice is
 * named by surname alone too: a pair of a rare first name and an unlisted
 * surname that is written in full again and again and never by its second
 * word alone is a name of a group or a service (`Lizard Squad`, `Project
 * Zero`). A title before the pair, a common first name or a surname DVV
 * lists keeps it a person.
 */
function dropNamesOfThings(doc: Doc, fullNames: NameMatch[][], lemmas: Lemmas): void {
  const text = doc.text;
  const firsts = new Set<string>();
  // pairs of a rare first name and a surname no list knows, by surname: how often they are written in full, and whether the text treats one as a person
  const pairs = new Map<string, { count: number; person: boolean }>();
  // the first words of names that a brand's form would drop: only a rare first name is read as a brand
  const brandLike = new Set<string>();
  doc.lines.forEach((line, i) => {
    const tokens = doc.tokensOf(line);
    for (const n of fullNames[i]) {
      if (n.surnameOnly || n.last === n.first) continue;
      if (firstNameRankOf(tokens[n.first]) <= BRAND_FIRST_NAME) brandLike.add(tokens[n.first].text);
      if (surnameRank(n.surname)) continue;
      firsts.add(n.name.slice(0, n.name.indexOf(" ")));
      if (firstNameRankOf(tokens[n.first]) > RARE_FIRST_NAME) continue;
      const pair = pairs.get(n.surname) ?? { count: 0, person: false };
      pairs.set(n.surname, pair);
      pair.count++;
      // a title in apposition says it is a person: a programme names its speakers in full twice (X, tutkija, …)
      if (titleInApposition(text, tokens, n.last, lemmas)) pair.person = true;
    }
  });
  if (!firsts.size) return;
  // the first names in the cases a brand takes, by the form: one look-up per capitalised word
  const brandForms = new Map<string, string[]>();
  for (const first of firsts) {
    if (!brandLike.has(first)) continue;
    for (const ending of BRAND_ENDINGS) {
      const bases = brandForms.get(first + ending);
      if (bases) bases.push(first);
      else brandForms.set(first + ending, [first]);
    }
  }
  // a pair counts as a thing only when written in full more than once
  let repeatedPair = false;
  for (const pair of pairs.values()) if (pair.count > 1) repeatedPair = true;
  // with neither a brand-like first name nor a repeated pair, every name stays: the text is not read for them
  if (!brandForms.size && !repeatedPair) return;
  const brands = new Set<string>();
  // the pair each capitalised word names by surname, by the word: a text repeats its words
  const pairOf = new Map<string, { count: number; person: boolean } | undefined>();
  for (let i = 0; i < fullNames.length; i++) {
    const names = fullNames[i];
    const tokens = doc.tokensOf(doc.lines[i]);
    let next = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t.capital) continue;
      while (next < names.length && names[next].last < k) next++;
      // a surname found alone (…, Musk sanoi) is the surname alone, as a person's
      const inName = next < names.length && names[next].first <= k && !names[next].surnameOnly;
      const bases = brandForms.get(t.text);
      if (bases) for (const base of bases) brands.add(base);
      // the surname alone
      if (inName || !repeatedPair) continue;
      let pair = pairOf.get(t.text);
      if (pair === undefined && !pairOf.has(t.text)) pairOf.set(t.text, (pair = personBySurname(t.text, pairs, null)));
      if (pair) pair.person = true;
    }
  }
  const repeated = (n: NameMatch) => (pairs.get(n.surname)?.count ?? 0) > 1 && !pairs.get(n.surname)!.person;
  doc.lines.forEach((line, i) => {
    if (!fullNames[i].length) return;
    const tokens = doc.tokensOf(line);
    fullNames[i] = fullNames[i].filter((n) => {
      const first = tokens[n.first];
      if (n.surnameOnly || n.last === n.first || isTitleWord(tokens[n.first - 1], lemmas)) return true;
      return !repeated(n) && (!brands.has(first.text) || firstNameRankOf(first) > BRAND_FIRST_NAME);
    });
  });
}

/** How many words a title alone on its line may have (`Kokouksen sihteeri`). */
const SINGLE_TITLE_WORDS = 3;

/** Whether a line is one singular title in the nominative and nothing else. */
function isTitleLine(text: string, tokens: Token[], lemmas: Lemmas): boolean {
  const title = titleEndingAt(text, tokens, tokens.length - 1, lemmas);
  return title !== null && title.first === 0 && title.case === "nom";
}

interface ListRole {
  title: string;
  organization: string | null;
}

/**
 * The role a list heading gives: a body's members and officers (`Jäsenet:`)
 * belong to the body named in or just before the heading; an event's roles
 * (`Alustajat:`, `Panelistit`) to none.
 */
function listRoleOf(heading: string | ListRole, index: BodyIndex, end: number): ListRole {
  const { title, organization } = typeof heading === "string" ? { title: heading, organization: null } : heading;
  return { title, organization: organization ?? (isEventRole(title) ? null : index.lastBefore(end)) };
}

/** Members or deputies in a list heading. */
const MEMBERS = fi`\b(varajäsenet|jäsenet)\b`;

/**
 * `Hallituksen jäsenet ja varajäsenet`, `Saapuvilla olleet jäsenet`: a short
 * line with no colon and no full stop that names members heads the names
 * under it (or the attendance heading under it); the first members' word
 * names their role.
 */
function membersHeading(line: Line, tokenCount: number): string | undefined {
  const text = line.text;
  if (tokenCount > 8 || !text.includes("jäsenet") || text.includes(":") || ".!?,".includes(text.trimEnd().slice(-1))) return undefined;
  const plural = MEMBERS.exec(text);
  return plural ? (plural[1].toLowerCase() === "jäsenet" ? "jäsen" : "varajäsen") : undefined;
}

/** A line that heads a list of names: `Varajäsenet:`, `… nimeämät jäsenet ja heidän varajäsenensä:`, `Läsnä`. */
function listHeading(line: Line): string | null | undefined {
  const colonAtEnd = endsWithColon(line.text);
  // the heading words start the line; the members' words elsewhere in it need a colon at its end
  if (!colonAtEnd && !mayStartListHeading(line.text)) return undefined;
  const m = line.text.includes(":") ? (/^(.{2,160}?):\s*$/.exec(line.text) ?? /^([^:]{2,40}):/.exec(line.text)) : null;
  const head = (m ? m[1] : line.text).trim();
  for (const [re, role] of LIST_ROLE_HEADINGS) if (re.test(head)) return role;
  if (m && colonAtEnd) {
    const plural = MEMBERS.exec(head);
    if (plural) return plural[1].toLowerCase() === "jäsenet" ? "jäsen" : "varajäsen";
  }
  return undefined;
}

/** The first two letters of the list headings' words (lower case), by their character codes. */
const LIST_HEADING_PAIRS: ReadonlySet<number> = new Set(LIST_HEADING_STARTS.map((w) => (w.charCodeAt(0) << 16) | w.charCodeAt(1)));

/**
 * Whether a line may start with a list heading's word: by its first two
 * letters, read as codes (a Latin-1 letter is lower case with its sixth bit
 * set). Other characters, and white space that `trim` would remove, are left
 * to the patterns.
 */
function mayStartListHeading(lineText: string): boolean {
  const a = lineText.charCodeAt(0);
  const b = lineText.charCodeAt(1);
  if (trimmable(a) || a > 0xff || b > 0xff) return true;
  return LIST_HEADING_PAIRS.has(((a | 0x20) << 16) | (b | 0x20));
}

/** Whether `trim` may remove a character: white space or a line break (every character below the space, and a few above it). */
function trimmable(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code >= 0x1680;
}

/** Whether a line's last character other than white space is a colon (most lines end in a letter or a full stop, read at once). */
function endsWithColon(lineText: string): boolean {
  const last = lineText.charCodeAt(lineText.length - 1);
  return last === 0x3a || (trimmable(last) && lineText.trimEnd().endsWith(":"));
}

/**
 * The organization of a role whose text names none: the body of the kind its
 * title names (`kunnanjohtaja`, `aluevaltuutettu`), or, for a procedural role
 * of a meeting (`pöytäkirjantarkastaja`, `sihteeri`), the meeting's body.
 */
function implicitOrganization(title: string, index: BodyIndex): string | null {
  const entry = titleOrganizationEntry(title);
  if (entry) {
    const named = entry.kind ? index.ofKind(entry.kind) : entry.nameEnd ? index.endingWith(entry.nameEnd) : index.endingWith(title.slice(0, title.length - entry.part.length) + entry.body);
    if (named) return named;
    const place = entry.place ? index.placeOfBody(entry.part) : null;
    if (place) return `${place} ${entry.place}`;
  }
  // a professor's or a lecturer's is the university the text names
  if (UNIVERSITY_TITLE_ENDINGS.some((ending) => title.endsWith(ending))) return index.endingWith(UNIVERSITY_NAME_END);
  // a deputy's (varapöytäkirjantarkastaja) as the post's
  if (MEETING_ROLES.has(title) || (title.startsWith("vara") && MEETING_ROLES.has(title.slice(4)))) return index.meeting;
  // an office of the association whose board meets (toiminnanjohtaja, järjestöpäällikkö, toiminnantarkastaja in its minutes) is the association's
  return !entry && index.meeting && isOfficeTitle(title) ? index.host : null;
}

/**
 * `… valitsi seuraavat varsinaisiksi jäseniksi:`, `Uudet hallitusjäsenet:`:
 * a line ending in a plural title and a colon heads a list of its holders;
 * the body it elects to (an illative) or names (a genitive) is theirs.
 */
function titledListHeading(text: string, line: Line, tokens: Token[], lemmas: Lemmas, index: BodyIndex): ListRole | undefined {
  const colon = endsWithColon(line.text);
  // without a colon, a line that is a plural title and nothing else heads its list too (`Panelistit`, `Keskustelijat`)
  if ((!colon && tokens.length > 3) || tokens.length > 20) return undefined;
  let k = tokens.length - 1;
  if (colon && k > 0 && /^(?:ovat|olivat|on|ovat?)$/i.test(tokens[k].text)) k--;
  // without a colon the line must end in a plural nominative form: most short lines do not, and the table says so first
  if (!colon && (k < 0 || !lemmas.forms(tokens[k]).some((r) => r.case === "nom.pl"))) return undefined;
  const title = k >= 0 ? titleEndingAt(text, tokens, k, lemmas) : null;
  if (!title || !title.case.endsWith(".pl") || (!colon && (title.first !== 0 || title.case !== "nom.pl" || /[.!?]$/.test(line.text)))) return undefined;
  const organization = title.organization ? index.named(title.organization) : (clauseOrganization(tokens, 0, k, lemmas, index) ?? genitiveOrganization(text, tokens, title.first, lemmas, index, () => false));
  return { title: title.title, organization };
}

/** `kehittämispäällikkö, Kela`: a line that is a title (and its organization) and nothing else. */
function titleLineRoles(text: string, tokens: Token[], lemmas: Lemmas, index: BodyIndex, from: number): Role[] {
  if (!tokens.length || tokens.length > 8) return [];
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const title = titleEndingAt(text, tokens, k, lemmas);
    if (!title || title.first !== from || title.case !== "nom") continue;
    const organization = title.organization ? index.named(title.organization) : (genitiveOrganization(text, tokens, title.first, lemmas, index, () => false) ?? organizationAfter(text, tokens, k + 1, lemmas, index, () => false));
    const rest = tokens[k + 1];
    // the line must end with the title or go on to its organization only
    if (rest && !organization) return [];
    return [{ title: title.title, organization, span: { start: tokens[title.first].start, end: tokens[k].end } }];
  }
  return [];
}

/**
 * `Kommenttipuheenvuoro: Jukka Mattila, …` after a blank line: in a
 * programme's list of speakers, a line of a new paragraph with a label of its
 * own before its first name starts no entry of the list above (a members'
 * list labels its entries with places, `Inari: A, varalla B`, and goes on).
 */
function labelledAfterBreak(doc: Doc, i: number, tokens: Token[], mentions: readonly PersonMention[]): boolean {
  const line = doc.lines[i];
  if (!mentions.length || i === 0 || doc.lines[i - 1].block === line.block) return false;
  const first = tokens[mentions[0].first];
  return line.text.lastIndexOf(":", first.start - line.start) >= 0;
}

/** A line's text after its last full stop: a hard-wrapped sentence that runs on to the next line (`… (lehdistö). Avaussanoissaan kunnanvaltuuston puheenjohtaja⏎Timo Heinonen …`). */
function lastSentenceOf(text: string): string {
  for (let k = text.length - 2; k >= 0; k--) {
    const c = text.charCodeAt(k);
    // . ! ? before white space
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && isWhiteSpace(text.charCodeAt(k + 1))) return text.slice(k + 2);
  }
  return text;
}

/** Whether a line reads as a list's line: names, and at most a few words beside each (a title, a place, a party). */
function listLike(tokens: Token[], mentions: readonly PersonMention[], lineText: string): boolean {
  // a sentence that opens with other words than a name (`Sihteerinä toimi X.`) is prose, however short
  if (mentions.length && mentions[0].first > 0 && /[.!?]\s*$/.test(lineText)) return false;
  // a line of a list may name a post instead of a person (Kolari: kunnanvaltuuston puheenjohtaja, varalla …); a sentence's line is longer
  if (!mentions.length) return tokens.length <= 8;
  let named = 0;
  for (const m of mentions) named += m.last - m.first + 1;
  return tokens.length - named <= 4 * mentions.length;
}


/**
 * Gives a person a role once: a title again with no organization, or with
 * the one it has, is the same role; with another organization it is another
 * post (`jäsen` of the committee and `jäsen` of the council it names her to).
 */
function addRole(person: Person, role: Role): void {
  const same = person.roles.find((r) => r.title === role.title && (!r.organization || !role.organization || r.organization === role.organization));
  if (same) {
    if (!same.organization && role.organization) same.organization = role.organization;
    return;
  }
  person.roles.push(role);
}

interface Contact {
  kind: "email" | "phone";
  value: string;
  offset: number;
}

/**
 * Where the document writes `@`, `(at)` or `[at]`, in order: an address has
 * one. Found in one pass over the text for each, a line is searched for
 * addresses only when one of these falls in it (most lines have none).
 */
function addressMarks(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) out.push(at);
  for (const open of ["(", "["]) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      const close = text.charCodeAt(at + 3);
      if ((close === 0x29 || close === 0x5d) && text.startsWith("at", at + 1)) out.push(at);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * E-mail addresses and phone numbers of a line, in order; `(at)`, `[at]` and
 * spaces around `@` give a plain `@`. Addresses are looked for when the line
 * has an address mark, phones when someone can own them.
 */
function contactsOf(line: Line, address: boolean, phones: boolean): readonly Contact[] {
  const text = line.text;
  // most lines have neither, and are given no list of their own
  if (!address && !phones) return NO_CONTACTS;
  const out: Contact[] = [];
  if (address) {
    // matchAll reads a copy of the global pattern: the shared one keeps no position between lines
    let end = 0;
    for (const m of text.matchAll(EMAIL)) {
      // a run inside the last address (its domain) starts none of its own
      if (m.index < end) continue;
      const start = localPartStart(m[1]);
      if (start < 0) continue;
      out.push({ kind: "email", value: (m[1].slice(start) + m[2]).replace(AT, "@"), offset: line.start + m.index + start });
      end = m.index + m[1].length + m[2].length;
    }
  }
  if (phones && /\d{3}/.test(text)) {
    for (const m of text.matchAll(PHONE)) out.push({ kind: "phone", value: m[0].trim(), offset: line.start + m.index! });
  }
  return out;
}

const NO_CONTACTS: readonly Contact[] = [];

/** Gives each contact to the person named last before it on the line (or the line's first person); returns those with no owner. */
function attachContacts(contacts: readonly Contact[], mentions: readonly PersonMention[], fallback: Person | null): Contact[] {
  const left: Contact[] = [];
  let k = 0;
  for (const c of contacts) {
    while (k + 1 < mentions.length && mentions[k + 1].span.start <= c.offset) k++;
    const p = mentions[k]?.person ?? fallback;
    if (!p) left.push(c);
    else if (c.kind === "email" && !p.email) p.email = c.value;
    else if (c.kind === "phone" && !p.phone) p.phone = c.value;
    else if (c.kind === "email") left.push(c);
  }
  return left;
}

/** Letters of a name or an address's local part, without accents and separators: `Mäki-Petäjä` and `maki.petaja` agree. */
function plainLetters(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
}

/**
 * An address no line gave anyone goes to the person whose name its local
 * part spells (`aino.salo@…`, `asalo@…`, `salo.aino@…`), in place of one a
 * line gave them that spells no name of theirs (`info@…` before their name).
 */
function attachByLocalPart(emails: readonly Contact[], people: Iterable<PersonEntry>): void {
  if (!emails.length) return;
  const bySpelling = new Map<string, PersonEntry | null>();
  const spellingsOf = new Map<PersonEntry, string[]>();
  for (const p of people) {
    const parts = p.name.split(" ");
    const first = plainLetters(parts[0]);
    const last = plainLetters(parts[parts.length - 1]);
    if (parts.length < 2 || !first || !last) continue;
    const keys = [first + last, last + first, first[0] + last];
    spellingsOf.set(p, keys);
    for (const key of keys) bySpelling.set(key, bySpelling.has(key) ? null : p);
  }
  const localPart = (address: string) => plainLetters(address.slice(0, address.indexOf("@")));
  for (const e of emails) {
    const p = bySpelling.get(localPart(e.value));
    if (p && (!p.email || !spellingsOf.get(p)!.includes(localPart(p.email)))) p.email = e.value;
  }
}

/** People by surname (and by the surname as written in a full name), but those `unindexed` names; a surname two people share names neither. */
function surnameIndex(people: Map<string, PersonEntry>, unindexed?: ReadonlyMap<string, number>): Map<string, PersonEntry | null> {
  const index = new Map<string, PersonEntry | null>();
  for (const p of people.values()) {
    if (unindexed?.has(p.name)) continue;
    for (const s of [p.surname, ...p.surfaces]) index.set(s, index.has(s) && index.get(s) !== p ? null : p);
  }
  return index;
}

/**
 * The person a surname-only word names: as written, in base form, or as a
 * known surname with a case ending — after a linking -i- when the surname
 * ends in a consonant (`Muskin`, `Smithiä`), after an apostrophe or a colon
 * (`Koh'n`, `Ma:n`), with a clitic (`Obamakin`).
 */
function personBySurname<T>(word: string, bySurname: ReadonlyMap<string, T>, lemmas: Lemmas | null): T | undefined {
  const direct = bySurname.get(word);
  if (direct !== undefined) return direct;
  const mark = word.search(/[:'’]/);
  if (mark > 0) return bySurname.get(word.slice(0, mark));
  const bare = word.replace(CLITIC, "");
  for (const ending of NAME_ENDINGS) {
    if (bare.length <= ending.length + 1 || !bare.endsWith(ending)) continue;
    const base = bare.slice(0, bare.length - ending.length);
    const found = bySurname.get(base) ?? (base.endsWith("i") && !/[aeiouyäö]i$/.test(base) ? bySurname.get(base.slice(0, -1)) : undefined);
    if (found !== undefined) return found;
  }
  return lemmas ? bySurname.get(surnameLemma(word, lemmas)) : undefined;
}

/** Case endings a name takes unchanged after its nominative (Obama-n, Obama-lla, Obama-an), longest first. */
const NAME_ENDINGS = endingsAfterNominative("gen", "par", "ess", "tra", "ine", "ela", "ill", "ade", "abl", "all", "abe");
const CLITIC = /(?:kin|kaan|kään)$/;

/** A word's first three letters as a number (ten bits each, letters past them folded): a filter, not an identity. */
function prefixKey(word: string): number {
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | letterCode(word, 2);
}

/** A letter's code, or 0 past the word's end or at the mark before a short name's ending (`Oh'n`, `Ma:n`). */
function letterCode(word: string, at: number): number {
  const c = word.charCodeAt(at);
  return c === 0x27 || c === 0x3a || c === 0x2019 ? 0 : c & 0x3ff;
}

const NO_MENTIONS: readonly PersonMention[] = [];

/**
 * Surname-only mentions (`Järvinen kuvailee`, `Kirvesniemellä`) of people
 * already named. `readWords` keeps the person each word read so far names
 * (a text repeats its surnames): the document's lines share it.
 */
function surnameMentions(tokens: Token[], full: PersonMention[], bySurname: Map<string, PersonEntry | null>, prefixes: ReadonlySet<number>, lemmas: Lemmas, readWords: Map<string, PersonEntry | null | undefined>): readonly PersonMention[] {
  if (!prefixes.size) return NO_MENTIONS;
  let out: PersonMention[] | undefined;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capital) continue;
    // full mentions are in token order: skip the ones that end before this token
    while (next < full.length && full[next].last < i) next++;
    if (!prefixes.has(prefixKey(t.text)) || (next < full.length && full[next].first <= i)) continue;
    let p = readWords.get(t.text);
    if (p === undefined && !readWords.has(t.text)) readWords.set(t.text, (p = personBySurname(t.text, bySurname, lemmas)));
    if (!p) continue;
    // the person's first name right before it is part of the mention (Elon Musk at a sentence's start, which no rule read as a name)
    const prev = tokens[i - 1];
    const named = prev && t.joined && prev.capital && p.name.startsWith(prev.text + " ") && !(out?.length && out[out.length - 1].last === i - 1);
    (out ??= []).push({ person: p, first: named ? i - 1 : i, last: i, span: { start: named ? prev.start : t.start, end: t.end } });
  }
  return out ?? NO_MENTIONS;
}

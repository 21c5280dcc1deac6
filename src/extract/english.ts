/**
 * People and organizations of English passages, by compromise. Bilingual
 * pages of Finnish public bodies carry English summaries; the Finnish rules
 * must not read them, and compromise's English tagger finds their names
 * (on the invented sentences of test/extract/english.test.ts it finds most
 * people and organizations and nothing else). Names stay as written:
 * English has no case endings to undo, and roles are left to the Finnish
 * passages.
 *
 * compromise is loaded the first time an English passage appears: it takes
 * longer to load than most documents take to extract, and most documents
 * have no English passage. Node's module cache keeps it after that.
 */
import { createRequire } from "node:module";
import type { Body, Person, Span } from "../schema/index.js";
import type { Doc } from "../text/document.js";

interface Match {
  text: string;
  offset: { start: number; length: number };
}
interface CompromiseView {
  people(): { json(o: { offset: true }): Match[] };
  organizations(): { json(o: { offset: true }): Match[] };
}
type Compromise = (text: string) => CompromiseView;

function compromise(): Compromise {
  return createRequire(import.meta.url)("compromise") as Compromise;
}

/** A name as compromise gives it, without the punctuation it keeps at its edges. */
function trimmed(text: string, m: Match, base: number): { name: string; span: Span } | null {
  let a = m.offset.start;
  let b = a + m.offset.length;
  while (a < b && !/[\p{L}\p{N}]/u.test(text[a])) a++;
  while (b > a && !/[\p{L}\p{N}]/u.test(text[b - 1])) b--;
  const name = text.slice(a, b).replace(/^the\s+/i, "");
  // a name is capitalised in English: a lower-case match is a Finnish word in a mixed passage
  if (name.length < 2 || name[0] === name[0].toLowerCase()) return null;
  return { name, span: { start: base + b - name.length, end: base + b } };
}

/** What compromise names in the English passages: people and organizations, each with its mentions. */
export interface EnglishNames {
  people: Person[];
  organizations: Body[];
}

/**
 * Addresses read as words by compromise's tokenizer; blanked out (same
 * length, so offsets hold) they give it nothing to name and less to tag. An
 * e-mail address is matched from the start of its run of characters only:
 * tried at every position, a long run without `@` would be read again and again.
 */
const ADDRESS = /<?(?:https?:\/\/|www\.)[^\s>]*>?|(?<![^\s@<>()])[^\s@<>()]+@[^\s@<>()]+/giu;

/** The people and organizations of a document's English passages: compromise reads each passage once for both. */
export function findEnglishNames(doc: Doc): EnglishNames {
  const blocks = doc.blocks.filter((b) => b.language === "en");
  if (!blocks.length) return { people: [], organizations: [] };
  const nlp = compromise();
  const people = new Map<string, Person>();
  const organizations = new Map<string, Body>();
  const add = <T extends { mentions: Span[] }>(byName: Map<string, T>, text: string, base: number, matches: Match[], make: (name: string) => T) => {
    for (const m of matches) {
      const found = trimmed(text, m, base);
      if (!found) continue;
      let entity = byName.get(found.name);
      if (!entity) byName.set(found.name, (entity = make(found.name)));
      entity.mentions.push(found.span);
    }
  };
  for (const block of blocks) {
    const text = doc.text.slice(block.start, block.end);
    const view = nlp(text.replace(ADDRESS, (a) => " ".repeat(a.length)));
    add(people, text, block.start, view.people().json({ offset: true }), (name) => ({ name, roles: [], email: null, phone: null, mentions: [] }));
    add(organizations, text, block.start, view.organizations().json({ offset: true }), (name) => ({ name, aliases: [], kind: "other" as const, mentions: [] }));
  }
  return { people: [...people.values()], organizations: [...organizations.values()] };
}

/** The people of the Finnish passages and of the English ones; a person named in both is one person with the mentions of both. */
export function withEnglishPeople(people: Person[], english: EnglishNames): Person[] {
  return merged(people, english.people);
}

/** The bodies of the Finnish passages and the organizations of the English ones. */
export function withEnglishOrganizations(bodies: Body[], english: EnglishNames): Body[] {
  return merged(bodies, english.organizations);
}

function merged<T extends { name: string; mentions: Span[] }>(finnish: T[], english: T[]): T[] {
  if (!english.length) return finnish;
  const out = [...finnish];
  for (const e of english) {
    const i = out.findIndex((f) => f.name.toLowerCase() === e.name.toLowerCase());
    if (i < 0) out.push(e);
    else out[i] = { ...out[i], mentions: [...out[i].mentions, ...e.mentions].sort((a, b) => a.start - b.start) };
  }
  return out;
}

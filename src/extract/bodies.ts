/**
 * Bodies and named organizations, each once, in nominative singular with
 * agreeing modifiers lemmatized and genitive attributes kept:
 * `laajan poliittisen ohjausryhmän` → `laaja poliittinen ohjausryhmä`,
 * `Keski-Suomen hyvinvointialueen turvallisuuslautakunnan` → `Keski-Suomen
 * hyvinvointialueen turvallisuuslautakunta`. Acronyms the text uses as names
 * (`STTK:n`, `SOSTEn`) count, and an acronym in parentheses after a name
 * becomes its alias.
 */
import type { Doc } from "../text/document.js";
import type { Body, BodyKind, Span } from "../schema/index.js";
import { AGENCY_BOARDS, COMPANY_TITLES, COUNT_WORDS, PLURAL_NAME_ENDINGS, PLURAL_NAME_HEADS, FOREIGN_HEADS, FOREIGN_NAME_LINKS, GENERIC_DETERMINERS, HEAD_NOUNS, NORDIC_HEAD_ENDINGS, LEGAL_FORM, legalFormOf, withoutColonEnding, withoutLegalForm, NAME_CASE_ENDINGS, NAMED_ORGANIZATIONS, NORDIC_PLURAL_ENDINGS, NORDIC_PLURAL_LENGTH, NOT_ATTRIBUTES, NOT_BODIES, NOT_NAME_MODIFIERS, NOT_ORGANIZATION_ACRONYMS, HEAD_FORM_WORDS, REFERRING_GENITIVES, PARTY_ABBREVIATIONS, REFERRED_KINDS, PARTY_FORMS, SUPERLATIVE_FORMS, type HeadNoun } from "../lexicon/bodies.js";
import { readForm, type FormReading } from "../lexicon/forms.js";
import { FORMS } from "../lexicon/forms.generated.js";
import { isAdjective, once } from "../lexicon/index.js";
import { regrade } from "../morph/fi/gradation.js";
import { endingsAfterNominative, wordInCase } from "../morph/fi/case-endings.js";
import { withoutClitic } from "../morph/fi/index.js";
import { withSurfaceCase } from "../morph/fi/harmony.js";
import { standsWhereCapitalsGo, isDigit, type Token } from "../text/tokens.js";
import { isFirstName, namesPlaceNamed } from "./names.js";
import { HAPPENING_NOUNS, PLACE_FIELD } from "./event-words.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { StringTable } from "../lexicon/string-table.js";
import { isRoleHead } from "../lexicon/roles.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import { partitionPoint } from "../sorted.js";

export interface BodyMention {
  name: string;
  kind: BodyKind;
  span: Span;
  /** Lower-case head lemma, e.g. `lautakunta`. */
  head: string;
  /** An abbreviation in parentheses right after this body's name: `sosiaali- ja terveysministeriö (STM)`. */
  abbreviation?: string;
  /** A board named by its organization (`säätiön hallitus`): its name without it, for a text with no other board of the kind. */
  unowned?: string;
  /** A second body written glued to this one's head (`viestintäosastoympäristöministeriö`): the one after it. */
  glued?: BodyMention;
  /** A bare head that needs a name (`kaupunki`): its genitive, which a body the text names must start with (`kaupunginvaltuusto`) for it to count. */
  ownerGenitive?: string;
}


const MAX_ATTRIBUTES = 6;
/** Most words of a name written before a trailing hyphen and a space (`Oikeudenmukainen Kittilä- valtuustoryhmä`). */
const HYPHEN_NAME_WORDS = 4;

/**
 * Whether token `j` is a genitive attribute of a body with head `info`: a
 * capitalised genitive, or a lower-case one naming a field (hyvinvoinnin ja
 * terveyden lautakunta) or ending a proper chain (Iiroojärven
 * rantaosayleiskaavan …). The cheap conditions come before the analysis.
 */
function isAttribute(text: string, tokens: Token[], j: number, lemmas: Lemmas, info: HeadNoun): boolean {
  const a = tokens[j];
  // no genitive ends otherwise: where it stands and the chain before it are not looked for;
  // a legal form's genitive ends the company's name before it (Kivi Oy:n tytäryhtiö)
  if (!endsInN(a.text) || legalFormOf(a.lower) !== undefined) return false;
  if (a.upper) return isGenitiveAttribute(a, lemmas, false, standsWhereCapitalsGo(text, a));
  const chain = startsProperChain(tokens, j, lemmas);
  // a board or council named by the organization it belongs to (säätiön hallitus, yhdistyksen johtokunta) is not the city's;
  // the city's or the area's own (kunnan valtuusto) is the one the text is about
  if (!(info.field || chain)) return BOARD_KINDS.has(info.kind) && ownerOfBoard(a, lemmas);
  // …but another body's genitive before a place-bound head is a list, not an attribute ("ohjausryhmän Soinin kunta")
  // (a unit named by its field is its owner's: ministeriön osasto, valtioneuvoston viestintäosasto)
  if (info.needsName && !info.field && namesBody(a, lemmas)) return false;
  // a field may be plural (sosiaalipalvelujen lautakunta, yksilöasioiden jaosto), but not other bodies (kuntien työryhmä)
  const plural = chain || (info.field === true && headReading(a, lemmas) === null);
  if (!isGenitiveAttribute(a, lemmas, plural, standsWhereCapitalsGo(text, a))) return false;
  // a happening is no unit's field: `järjestää keskustelutilaisuuden tiedekunnan strategiasta` (an object, then the unit's own genitive);
  // a group may be a happening's own (`juhlan toimikunta`)
  return chain || !UNIT_KINDS.has(info.kind) || !namesHappening(a, lemmas);
}

/**
 * An adjective or a participle in the genitive plural before a plural field
 * of the same case, which it qualifies (`Ikääntyneiden palvelujen
 * lautakunta`, `vammaisten palvelujen jaosto`): part of the name.
 */
function agreesWithPluralAttribute(a: Token, field: Token | undefined, lemmas: Lemmas): boolean {
  if (!field || !a.lower.endsWith("en") || !field.lower.endsWith("en")) return false;
  return lemmas.analyseIn(a.lower, GENITIVE_PLURAL).some((r) => r.known && isAdjective(r.lemma)) && lemmas.analyseIn(field.lower, GENITIVE_PLURAL).some((r) => r.known);
}
const GENITIVE_PLURAL = ["gen.pl"];

/** Whether a genitive is of a noun that names a happening (keskustelutilaisuuden, seminaarin). */
function namesHappening(t: Token, lemmas: Lemmas): boolean {
  return lemmas.analyseIn(t.lower, GENITIVES).some((a) => HAPPENING_NOUNS.some((noun) => a.lemma.endsWith(noun)));
}

/** Kinds of the units an organization is divided into (tiedekunta, laitos, toimiala): named by a field, never by a happening. */
const UNIT_KINDS: ReadonlySet<BodyKind> = new Set(["other", "agency"]);
const BOARD_KINDS: ReadonlySet<BodyKind> = new Set(["executive-board", "council"]);
const AREA_KINDS: ReadonlySet<BodyKind> = new Set(["municipality", "welfare-area", "hospital-district"]);

/** A body other than a municipality or an area in the genitive (`säätiön`, `yhdistyksen`). */
function ownerOfBoard(t: Token, lemmas: Lemmas): boolean {
  const r = headReading(t, lemmas);
  return r !== null && r.case === "gen" && !AREA_KINDS.has(HEAD_NOUNS[r.head].kind);
}

/** Whether a lemma ending in head noun `h` names a body (not maakunta, not sivistyskunta). */
function acceptsHead(h: string, lemma: string, spaceHyphen = false): boolean {
  const info = HEAD_NOUNS[h];
  if (!info) return false;
  // the first part's length, and whether it ends in a hyphen (Aalto-)
  const rest = lemma.length - h.length;
  const hyphen = rest > 0 && lemma.charCodeAt(rest - 1) === 45;
  // exact heads: the word itself, a space-hyphen name (… -toimenpideohjelma) or a proper hyphen compound (Aalto-yliopisto)
  if (info.exact && rest !== 0 && !spaceHyphen && !(hyphen && !info.noHyphenCompounds)) return false;
  return (rest === 0 || hyphen || rest >= 3) && !NOT_BODIES.has(lemma);
}

export function findBodies(doc: Doc): Body[] {
  const plurals = new Map<string, number>();
  const bodies = mergeMentions(withOwnersWhereNeeded(withOwnTextsOwners(doc.text, findBodyMentions(doc, doc.lemmas, plurals))));
  // a bare head the text uses as often in the plural (`hyvinvointialueiden … hyvinvointialueen`) speaks of any body of the kind
  return plurals.size ? bodies.filter((b) => b.aliases.length > 0 || (plurals.get(b.name.toLowerCase()) ?? 0) < b.mentions.length) : bodies;
}

/**
 * A bare head that needs a name counts where the text names a body it owns
 * (`kaupunginvaltuusto`, `osaston toimikunta`): the text is that owner's own,
 * and `kaupungin verkkosivuilla` speaks of it. Elsewhere it is any of its kind.
 */
function withOwnTextsOwners(text: string, mentions: BodyMention[]): BodyMention[] {
  if (!mentions.some((m) => m.ownerGenitive)) return mentions;
  const others = mentions.filter((m) => !m.ownerGenitive).sort((a, b) => a.span.start - b.span.start);
  const genitives = new Set(mentions.map((m) => m.ownerGenitive).filter((g) => g !== undefined));
  const owning = new Set<string>();
  for (const o of others) {
    const name = o.name.toLowerCase();
    for (const g of genitives) if (name.startsWith(g)) owning.add(g);
  }
  // the owner's genitive inside an owned body's name (kerhon hallitus) or right before one (kunnan valtuusto) is that name's part, no mention of its own
  const partOfName = (m: BodyMention) => {
    // the first body that starts after the owner's start: it may follow right after it; those before may hold it
    const next = partitionPoint(others.length, (k) => others[k].span.start <= m.span.start);
    if (next < others.length && others[next].span.start >= m.span.end && text.slice(m.span.end, others[next].span.start).trim() === "") return true;
    for (let k = next - 1; k >= 0 && next - k <= MAX_ATTRIBUTES + 1; k--) if (others[k].span.end >= m.span.end) return true;
    return false;
  };
  return mentions.filter((m) => !m.ownerGenitive || (owning.has(m.ownerGenitive) && !partOfName(m)));
}

/**
 * A board named by its organization keeps the organization only beside
 * another board of the kind (`kaupunginhallitus … säätiön hallitus`); alone it
 * is the text's own board (`seuran johtokuntaan` in the club's news).
 */
function withOwnersWhereNeeded(mentions: BodyMention[]): BodyMention[] {
  if (!mentions.some((m) => m.unowned)) return mentions;
  const namesByHead = new Map<string, Set<string>>();
  for (const m of mentions) if (!m.unowned) namesByHead.set(m.head, (namesByHead.get(m.head) ?? new Set()).add(m.name.toLowerCase()));
  return mentions.map((m) => {
    if (!m.unowned) return m;
    const names = namesByHead.get(m.head);
    const other = names !== undefined && [...names].some((n) => n !== m.unowned!.toLowerCase());
    return other ? m : { ...m, name: m.unowned };
  });
}

/** Mentions of bodies in the order of the text; `plurals` counts the bare heads written in the plural, by lemma. */
export function findBodyMentions(doc: Doc, lemmas: Lemmas, plurals = new Map<string, number>()): BodyMention[] {
  const text = doc.text;
  const out: BodyMention[] = [];
  for (const line of doc.lines) {
    const tokens = doc.tokensOf(line);
    // a venue named in a place field (`Kokouspaikka: Hallintokeskus`) is where, not who
    const placeField = PLACE_FIELD.test(line.text);
    const apposed = appositionOrganization(text, tokens, lemmas);
    if (apposed) out.push(apposed);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const mayHead = mayEndInBodyHead(t.lower);
      if (!t.upper && !mayHead) {
        const titled = bodyOfTitle(text, tokens, i, lemmas) ?? companyOfTitle(text, tokens, i, lemmas);
        if (titled) out.push(titled);
      }
      if ((!t.upper && !mayHead && !mayStartName(text, tokens, i)) || inAddress(text, t)) continue;
      const listed = mayHead ? namesListedAfter(text, tokens, i, lemmas) : null;
      if (listed) {
        out.push(...listed);
        // the listed names are read: the loop goes on after the last one
        while (i + 1 < tokens.length && tokens[i + 1].start < listed[listed.length - 1].span.end) i++;
        continue;
      }
      const mention = (mayHead ? headMention(text, tokens, i, lemmas, plurals) : null) ?? namedMention(text, tokens, i, lemmas) ?? foreignMention(text, tokens, i, lemmas) ?? listedOrganization(text, tokens, i, lemmas) ?? parentheticalOrganization(text, tokens, i, lemmas);
      if (!mention) {
        if (mayHead) out.push(...pluralOfNamed(text, tokens, i, lemmas));
        continue;
      }
      if (placeField && HEAD_NOUNS[mention.head]?.venue) continue;
      // "… terveysministeriön (STM)": the abbreviation the text introduces for the body before it
      const previous = out.length ? out[out.length - 1] : undefined;
      if (previous && inParentheses(text, t) && mention.name === acronymOf(t.text) && /^\s*\($/.test(text.slice(previous.span.end, t.start).replace(/^\p{L}*/u, ""))) {
        previous.abbreviation = mention.name;
      }
      out.push(mention);
      if (mention.glued) out.push(mention.glued);
    }
  }
  return out;
}

/**
 * The body a title compounded with its head names, by the coordinated
 * field genitives before it: `kulttuurin ja vapaa-ajan toimialajohtaja`
 * names the `kulttuurin ja vapaa-ajan toimiala`, a division named by its
 * fields. A compound title alone (`toimialajohtaja`) names no particular
 * body, and one genitive before it is the title's organization
 * (`ministeriön kansliapäällikkö`), not a division's name.
 */
function bodyOfTitle(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // the genitive right before is read first: most words have none
  if (!prev || !t.joined || prev.upper || !prev.lower.endsWith("n") || !t.forms.length) return null;
  for (const r of t.forms) {
    if (!isRoleHead(r.head) || r.lemma.length <= r.head.length) continue;
    const bodyPart = r.lemma.slice(0, r.lemma.length - r.head.length);
    const info = HEAD_NOUNS[bodyPart];
    if (!info) continue;
    const fields = fieldGenitivesBefore(text, tokens, i, lemmas);
    if (!fields || !fields.words.includes(" ja ")) return null;
    const name = `${fields.words} ${bodyPart}`;
    return { name, kind: kindOf(name, bodyPart, info), span: { start: tokens[fields.first].start, end: t.end }, head: bodyPart };
  }
  return null;
}

/** The company titles without their last letter, a stem every case form starts with (johtaja, johtajan, johtajina). */
const COMPANY_TITLE_STEMS = [...COMPANY_TITLES].map((title) => title.slice(0, -1));

/** How many capitalised genitives a company's name before its title may have (`Savon Sähkön`). */
const COMPANY_NAME_WORDS = 3;

/**
 * The company a title only a company has names by the capitalised genitives
 * before it: `Koivulan toimitusjohtaja` → `Koivula`, `Savon Sähkön
 * toimitusjohtaja` → `Savon Sähkö`. A body's genitive (`Yhtiön`), a common
 * word starting the sentence or an acronym (named elsewhere) names none here.
 */
function companyOfTitle(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || !t.joined || !prev.upper || !endsInN(prev.text) || prev.text.includes(":")) return null;
  // the title's stem before its forms are read: most words after a genitive are no such title
  if (!COMPANY_TITLE_STEMS.some((stem) => t.lower.startsWith(stem)) || !t.forms.some((r) => COMPANY_TITLES.has(r.lemma))) return null;
  if (headReading(prev, lemmas) !== null || isFirstName(prev)) return null;
  if (!isGenitiveAttribute(prev, lemmas, false, standsWhereCapitalsGo(text, prev))) return null;
  const k = firstOfGenitives(text, tokens, i - 1, COMPANY_NAME_WORDS, lemmas);
  if (k === i) return null;
  const words = tokens.slice(k, i - 1).map((w) => w.text);
  words.push(genitiveStem(prev.text));
  const name = words.join(" ");
  return { name, kind: "company", span: { start: tokens[k].start, end: prev.end }, head: name.toLowerCase() };
}

/**
 * The first of the capitalised genitives that end at token `last` (`Savon
 * Sähkön`, `Etelä-Suomen`), at most `max` of them; a common word capitalised
 * only because it starts the sentence (`Eilen`) is none of them, so the
 * answer is `last + 1` when no genitive is left.
 */
function firstOfGenitives(text: string, tokens: Token[], last: number, max: number, lemmas: Lemmas): number {
  let k = last;
  while (k > 0 && last - k < max - 1 && tokens[k].joined && tokens[k - 1].upper && endsInN(tokens[k - 1].text) && !tokens[k - 1].text.includes(":")) k--;
  return standsWhereCapitalsGo(text, tokens[k]) && isCommonWord(tokens[k], lemmas) ? k + 1 : k;
}

/** A name's nominative from its genitive, without gradation: `Koneen` → `Kone`, `Lidlin` → `Lidl`, `Valion` → `Valio`. */
function genitiveStem(word: string): string {
  const stem = word.slice(0, -1);
  return /ee$/.test(stem) ? stem.slice(0, -1) : withoutLinkingVowel(stem);
}

/** Lower-case genitive nouns, coordinated with `ja`, right before token k (`kasvatuksen ja koulutuksen`): their words and the first one's index. */
export function fieldGenitivesBefore(text: string, tokens: Token[], k: number, lemmas: Lemmas): { words: string; first: number } | null {
  let first = k;
  for (let j = k - 1; j >= 0 && k - j <= 5 && tokens[j + 1].joined; j--) {
    const t = tokens[j];
    if (t.lower === "ja" && first === j + 1 && j > 0) continue;
    // a space-hyphen word (`Vihreä Kylä -hankkeen`) ends a name, no field
    if (t.upper || t.text.startsWith("-") || !t.lower.endsWith("n") || FUNCTION_WORDS.has(t.lower) || !lemmas.analyseIn(t.lower, GENITIVE_CASE).some((a) => a.known)) break;
    first = j;
  }
  if (first === k) return null;
  // a capitalised genitive before them, not capitalised by its place, makes them a name's words (`Siun soten`), no fields
  const before = tokens[first - 1];
  if (before && before.upper && tokens[first].joined && endsInN(before.text) && !standsWhereCapitalsGo(text, before)) return null;
  return { words: tokens.slice(first, k).map((t) => t.lower).join(" "), first };
}
const GENITIVE_CASE = ["gen"];

/** A word of a web or e-mail address (`www.kyläyhdistys.fi`, `info@seura.fi`): a dot or an at sign joins it to a lower-case word. */
function inAddress(text: string, t: Token): boolean {
  return (isAddressMark(text.charCodeAt(t.start - 1)) && isLowerWordChar(text.charCodeAt(t.start - 2))) || (isAddressMark(text.charCodeAt(t.end)) && isLowerWordChar(text.charCodeAt(t.end + 1)));
}
const isAddressMark = (c: number) => c === 46 || c === 64;
const isLowerWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 223 && LOWER_LETTER.test(String.fromCharCode(c)));
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Whether a lower-case word that is no head noun's form may still start a
 * mention: in parentheses, before a capitalised word, or a party's name.
 * Other such words start none, which headMention and namedMention would find
 * out, without calling them for most words.
 */
function mayStartName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return text.charCodeAt(t.start - 1) === 40 || (next !== undefined && next.joined && next.upper) || partyForm(t) !== undefined;
}

function headMention(text: string, tokens: Token[], i: number, lemmas: Lemmas, plurals: Map<string, number>): BodyMention | null {
  const t = tokens[i];
  const forms = lemmas.headForms(t);
  // a digit starts no name, but for a first part of digits and letters (4H-yhdistys, 5G-hanke) or an age's (100-vuotisjuhlatoimikunta)
  if (!forms.length || t.text.endsWith("-") || (isDigit(t.text.charCodeAt(0)) && !/^\d+(?:\p{Lu}+-|-vuotis)/u.test(t.text))) return null;
  const spaceHyphen = t.text.startsWith("-");
  let reading: FormReading | null = null;
  for (const r of forms) {
    if (acceptsHead(r.head, withoutLeadingHyphen(r.lemma), spaceHyphen) && !(r.lemma === r.head && HEAD_FORM_WORDS.has(t.lower))) {
      reading = r;
      break;
    }
  }
  if (!reading) return null;
  if (reading.plural) {
    if (!tokens[i - 1]?.joined || !tokens[i - 1].upper) {
      const lemma = withoutLeadingHyphen(reading.lemma);
      plurals.set(lemma, (plurals.get(lemma) ?? 0) + 1);
    }
    return null;
  }
  // two bodies' names glued together (a lost line break): the first, in the nominative as written, is read here, the second after it
  const glued = spaceHyphen ? null : gluedNames(reading.lemma, reading.head);
  let second: BodyMention | undefined;
  let surface = t.text;
  if (glued) {
    const rest = t.text.slice(glued.first.length);
    const name = restoreCase(rest, glued.second);
    second = { name, kind: kindOf(name, reading.head, HEAD_NOUNS[reading.head]), span: { start: t.start + glued.first.length, end: t.end }, head: reading.head };
    surface = t.text.slice(0, glued.first.length);
    reading = { ...reading, lemma: glued.first, head: glued.firstHead, case: "nom" };
  }
  const lemma = withoutLeadingHyphen(reading.lemma);
  const head = reading.head;
  const info = HEAD_NOUNS[head];
  // a count (neljä alatyöryhmää, 3 jaostoa) speaks of bodies of the kind, not of one
  if (reading.case === "par" && isCount(tokens[i - 1]) && t.joined) return null;
  // a venue where something happens (seurakuntakeskuksessa, Urheiluopistolle) is a place, not an actor
  if (info.venue && PLACE_CASES.has(reading.case)) return null;
  // the head's own coordination: sosiaali- ja terveys|ministeriö, asunto-, energia- ja …
  let j = i - 1;
  const coordinated: Token[] = [];
  if (j >= 1 && tokens[j].lower === "ja" && tokens[j - 1].text.endsWith("-") && tokens[j].joined && tokens[j + 1].joined) {
    coordinated.unshift(tokens[j], tokens[j - 1]);
    j -= 2;
    // a longer series has commas (`Sydän-, Aivo- ja Diabetesliitto`)
    while (j >= 0 && tokens[j].text.endsWith("-") && (tokens[j + 1].joined || /^,[^\S\n]*$/.test(text.slice(tokens[j].end, tokens[j + 1].start)))) coordinated.push(tokens[j--]);
    coordinated.reverse();
  } else if (j >= 0 && tokens[j].lower.length > 4 && tokens[j].lower.endsWith("-ja") && tokens[j + 1].joined) {
    // the same with the space after the hyphen left out: `Patentti-ja rekisterihallitus`
    coordinated.push(tokens[j--]);
  }
  // left: agreeing adjectives, then genitive attributes (with coordination)
  const adjectives: Token[] = [];
  const adjectiveLemmas: string[] = [];
  for (let lemma: string | null; j >= 0 && tokens[j + 1].joined && (lemma = agreeingAdjective(tokens[j], reading.case, lemmas)); j--) {
    adjectives.unshift(tokens[j]);
    adjectiveLemmas.unshift(lemma);
  }
  // a participle with its object says what the group does (purkamista valmisteleva ohjausryhmä); the object's own genitives follow as attributes
  const participle = info.field && j >= 1 && tokens[j + 1].joined && tokens[j].joined ? participleNominative(tokens[j].lower, reading.case) : null;
  if (participle !== null && isPartitiveObject(text, tokens[j - 1], lemmas)) {
    adjectives.unshift(tokens[j - 1], tokens[j]);
    adjectiveLemmas.unshift(tokens[j - 1].lower, participle);
    j -= 2;
  }
  const attributes: Token[] = [];
  while (j >= 0 && tokens[j + 1].joined && attributes.length < MAX_ATTRIBUTES) {
    const a = tokens[j];
    // "X:n ja Y:n lautakunta", but not a list of bodies ("asiakkuuslautakunnan ja saamen kielen lautakunta", "Lapuan kaupungin ja Kauhavan kaupungin")
    const coordination =
      (a.lower === "ja" && j > 0 && attributes.length > 0 && isGenitiveAttribute(tokens[j - 1], lemmas, true, false) && !endsOtherName(tokens[j - 1], head, lemmas)) ||
      // the first part of a compound genitive written before ja (perhe- ja sosiaalipalvelujen)
      (a.lower === "ja" && j > 0 && attributes.length > 0 && tokens[j - 1].text.endsWith("-") && tokens[j - 1].text.length > 2) ||
      (a.text.endsWith("-") && attributes.length > 0);
    if (coordination || isAttribute(text, tokens, j, lemmas, info) || partyGenitive(a) || agreesWithPluralAttribute(a, attributes[0], lemmas)) {
      // a surname before the body (Katri Asp-Dalfidan …) is no attribute
      if (a.upper && j > 0 && tokens[j].joined && isFirstName(tokens[j - 1])) break;
      attributes.unshift(a);
      j--;
      continue;
    }
    break;
  }
  // a registered name with its legal form before it owns the body: `Asunto Oy Pihlajanrinteen hallitus`
  if (attributes.length > 0 && attributes[0].upper && j >= 1 && attributes[0].joined && tokens[j].joined && legalFormOf(tokens[j].lower) !== undefined && !tokens[j].text.includes(":") && tokens[j - 1].upper) {
    attributes.unshift(tokens[j - 1], tokens[j]);
    j -= 2;
  }
  // a dangling ja or hyphen word at the left edge goes; a compound's first part before ja stays (perhe- ja sosiaalipalvelujen)
  while (attributes.length && (attributes[0].lower === "ja" || (attributes[0].text.endsWith("-") && attributes[1]?.lower !== "ja"))) attributes.shift();
  // a space-hyphen name's genitive (`Puhdas Järvi -hankkeen ohjausryhmä`) reaches back to that name's first capital
  const hyphenedAttribute = attributes.length > 0 && attributes[0].text.startsWith("-");
  if (hyphenedAttribute) {
    const k = tokens[j + 1].joined ? spaceHyphenNameStart(tokens, j + 1) : -1;
    if (k >= 0) {
      attributes.unshift(...tokens.slice(k, j + 1));
      j = k - 1;
    }
  }
  // nothing read to the left, and a word right before the head: it may still begin the name
  const bareHead = !attributes.length && !adjectives.length && !coordinated.length && j === i - 1 && t.joined;
  // an acronym in the nominative before a capitalised head is the first word of its name (TJS Opintokeskus)
  if (bareHead && t.capital && isBareAcronym(tokens[j], lemmas)) attributes.push(tokens[j--]);
  // the same name with its hyphen before the space (`Vihreät- valtuustoryhmä`): the capitalised words before it
  else if (bareHead && !t.text.startsWith("-") && tokens[j].upper && tokens[j].text.length > 2 && tokens[j].text.endsWith("-")) {
    let k = j;
    while (k > 0 && j - k < HYPHEN_NAME_WORDS - 1 && tokens[k].joined && tokens[k - 1].upper && !tokens[k - 1].text.endsWith("-")) k--;
    for (let m = k; m <= j; m++) attributes.push(tokens[m]);
  }
  // "jokaisesta … puolueesta", "mikä toimielin": any body of the kind, not one
  if (genericDeterminerBefore(tokens, j, i, reading.case)) return null;
  // a bare head in a list with a bare plural one (valtuusto, hallitus, lautakunnat) names kinds of body, not bodies
  if (reading.case === "nom" && lemma === head && !attributes.length && !adjectives.length && !coordinated.length && listedWithPlural(text, tokens, i, lemmas)) return null;
  // a space-hyphen name (`Terveet tilat 2028 -hankeryhmä`, `Vihreä Kylä -hanke`) reaches back to its first capital
  if (t.text.startsWith("-") && !attributes.length && !adjectives.length) {
    const k = spaceHyphenNameStart(tokens, i);
    if (k >= 0) for (let m = k; m < i; m++) attributes.push(tokens[m]);
  }
  if (info.afterParty && !attributes.some(partyGenitive)) return null;
  if (info.beforeTitle && (reading.case !== "gen" || !isTitle(tokens[i + 1], lemmas))) return null;
  // a name after the head: Ammattiliitto Pro, tutkimuslaitos Sitran; an organization of its own there names the body (jäsenjärjestö Tehy)
  let last = t;
  let after = "";
  const next = tokens[i + 1];
  // a legal form ends the name (Metsäpirtti Seura ry, Kotiseutuyhdistys Vanha Pappila ry): the name is read as a registered one
  if (next && next.joined && legalFormOf(next.lower) !== undefined) return null;
  if (t.upper && registeredNameGoesOn(tokens, i)) return null;
  if (info.namedAfter && next && next.joined && next.upper && isOrganizationWord(next)) return null;
  const afterNext = tokens[i + 2];
  if (!glued && info.namedAfter && next && next.joined && next.capital && !(afterNext && afterNext.joined && afterNext.upper) && isAppositiveName(next, reading.case, lemmas)) {
    after = " " + properStem(next.text);
    last = next;
  }
  // a numbered body of a series: jaosto 1, työryhmä 2
  const numbered = !glued && !after && next && next.joined && isSeriesNumber(text, next) ? next : null;
  if (numbered) {
    after = " " + numbered.text;
    last = numbered;
  }
  const spaceHyphenName = (t.text.startsWith("-") || hyphenedAttribute) && attributes.length > 0;
  // a lone surname's genitive (`Kauppisen seuran kunniajäseneksi`: Kauppinen, the club's) names no club or association
  const surnameOnly = info.needsName && attributes.length === 1 && attributes[0].capital && attributes[0].lower.endsWith("sen");
  const properAttribute =
    spaceHyphenName ||
    (!surnameOnly && attributes.some((a) => a.upper && !(a === attributes[0] && (!info.needsName || info.fieldNames || info.kind === "project") && standsWhereCapitalsGo(text, a) && isCommonWord(a, lemmas)) && !(info.needsName && namesBody(a, lemmas))));
  const properFirstPart = /^-?\p{Lu}[^-]*-/u.test(t.text) && lemma !== head;
  const fieldName = info.fieldNames && attributes.length > 0 && !properAttribute;
  if (info.needsName && lemma === head && !properAttribute && !properFirstPart && !fieldName && !after) {
    // the bare head as a text's own owner (kaupungin verkkosivuilla): an actor, not where (kaupungissa, kaupunkiin), and no name's part
    if (!info.ownerGenitive || attributes.length || adjectives.length || coordinated.length || numbered || WHERE_CASES.has(reading.case) || (t.upper && !standsWhereCapitalsGo(text, t))) return null;
    return { name: lemma, kind: info.kind, span: { start: t.start, end: t.end }, head, ownerGenitive: info.ownerGenitive };
  }
  if (info.namedOnlyAfter && !after && !properFirstPart) return null;
  // a project named only by its owner (ELY-keskuksen hanke, kunnan ja kaupungin yhteinen vesiensuojeluhanke) is that body's project, not a named one
  if (info.kind === "project" && (lemma === head ? attributes.every((a) => headReading(a, lemmas) !== null) : attributes.length > 0 && headReading(attributes[attributes.length - 1], lemmas) !== null)) return null;

  const first = attributes[0] ?? adjectives[0] ?? coordinated[0] ?? t;
  const parts: string[] = [];
  for (const a of attributes) parts.push(a.text);
  parts.push(...adjectiveLemmas);
  if (coordinated.length) parts.push(text.slice(coordinated[0].start, coordinated[coordinated.length - 1].end).replace(/\s+/g, " "));
  parts.push(restoreCase(surface, lemma) + after);
  let name = parts.join(" ");
  // a space-hyphen compound (`Terveet tilat 2028 -hankeryhmä`): the parts are joined by plain spaces, so only a space can stand before its hyphen
  if (name.includes(" -")) name = name.replace(/\s+-(?=\p{L})/gu, " -");
  // a common word capitalised only because it starts the sentence: the head itself or an adjective (a genitive before it may be a place)
  if (standsWhereCapitalsGo(text, first) && first !== attributes[0] && ((first === t && !t.text.includes("-") && !/\p{Lu}/u.test(t.text.slice(1))) || isCommonWord(first, lemmas))) name = name[0].toLowerCase() + name.slice(1);
  const kind = fieldName ? "other" : kindOf(name, head, info);
  const mention: BodyMention = { name, kind, span: { start: first.start, end: glued ? t.start + surface.length : last.end }, head };
  if (second) mention.glued = second;
  if (attributes.length === 1 && !adjectives.length && !info.field && !attributes[0].upper && ownerOfBoard(attributes[0], lemmas)) mention.unowned = restoreCase(surface, lemma) + after;
  return mention;
}

/** Whether capitalised words after token `i` run on to a legal form (`Kotiseutuyhdistys Vanha Pappila ry:n`): the head starts a registered name. */
function registeredNameGoesOn(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= REGISTERED_NAME_WORDS && tokens[k].joined; k++) {
    if (legalFormOf(tokens[k].lower) !== undefined) return k > i + 1;
    if (!tokens[k].upper) return false;
  }
  return false;
}

/** Where the space-hyphen name whose hyphened word is token `i` starts: its first capital within five words (`Vihreä Kylä -hanke`), or -1. */
function spaceHyphenNameStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && !tokens[k].upper) k--;
  while (k > 0 && i - k < 5 && tokens[k].joined && tokens[k - 1].upper && !tokens[k - 1].text.endsWith("-")) k--;
  return k >= 0 && tokens[k].upper ? k : -1;
}

/**
 * A plural head after coordinated names in the genitive names one body of
 * each: `Espoon ja Vantaan kaupungit` are `Espoon kaupunki` and `Vantaan
 * kaupunki`, `keskustan ja kokoomuksen valtuustoryhmät` two council groups.
 */
function pluralOfNamed(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention[] {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // the cheap test first: a genitive right before the head, joined to it
  if (!prev || !t.joined || !endsInN(prev.text) || !(prev.upper || partyGenitive(prev))) return [];
  const reading = lemmas.headForms(t).find((r) => r.plural && acceptsHead(r.head, r.lemma));
  if (!reading || HEAD_NOUNS[reading.head].beforeTitle) return [];
  const and = tokens[i - 2];
  if (!and || and.lower !== "ja" || !prev.joined || !and.joined || i < 3) return [];
  const names: Token[] = [prev];
  // X ja Y, then the commas before: X, Y ja Z
  for (let j = i - 3; j >= 0 && names.length < MAX_ATTRIBUTES; j--) {
    const name = tokens[j];
    // a party's genitive even when its name ends in a head noun (Vasemmistoliiton ja vihreiden ryhmät)
    if (!(partyGenitive(name) || (name.upper && isGenitiveAttribute(name, lemmas, false) && headReading(name, lemmas) === null))) return [];
    names.unshift(name);
    if (j === 0 || text.slice(tokens[j - 1].end, name.start).trim() !== ",") break;
  }
  if (!partyGenitive(prev) && prev.upper && (!isGenitiveAttribute(prev, lemmas, false) || headReading(prev, lemmas) !== null)) return [];
  const info = HEAD_NOUNS[reading.head];
  return names.map((n) => {
    const name = `${n.text} ${reading.lemma}`;
    return { name, kind: kindOf(name, reading.head, info), span: { start: n.start, end: t.end }, head: reading.head };
  });
}

/** The endings of the local cases and the translative, which no name in the nominative has. */
const LOCAL_CASE_TAIL = /(?:ss|st|ll|lt)[aä]$|lle$|ksi$/;

/** The shortest first part of a compound (`ympäristö|ministeriö` has one of 9 letters; `hyvinvointi|alue` …). */
const FIRST_PART = 3;
/** How many letters two glued names have at most: a longer word is read as one (and not searched letter by letter). */
const LONGEST_GLUED = 64;
/** How many letters a head noun has at most (`yhteistoimintaelin`). */
const LONGEST_HEAD = Math.max(...Object.keys(HEAD_NOUNS).map((h) => h.length));

/**
 * Two bodies' names written as one word, where a line break or a space was
 * lost: `viestintäosasto|ympäristöministeriö` is two compounds, each with
 * its own first part and head. A compound whose second part is a bare head
 * (`valtuusto|ryhmä`, `kunta|yhtymä`, `seurakunta|yhtymä`) is one name.
 */
function gluedNames(lemma: string, head: string): { first: string; firstHead: string; second: string } | null {
  if (lemma.length > LONGEST_GLUED) return null;
  // the second name's first part and the first name's own first part and head must fit
  const lastEnd = lemma.length - head.length - FIRST_PART;
  for (let end = lastEnd; end >= 2 * FIRST_PART; end--) {
    for (let n = Math.min(LONGEST_HEAD, end - FIRST_PART); n >= FIRST_PART + 1; n--) {
      const h = lemma.slice(end - n, end);
      if (!HEAD_NOUNS[h] || HEAD_NOUNS[h].exact) continue;
      const first = lemma.slice(0, end);
      if (acceptsHead(h, first)) return { first, firstHead: h, second: lemma.slice(end) };
    }
  }
  return null;
}

/** How many words a name in a list after a head may have (`Aikuisten koti- ja asumispalvelut`). */
const LISTED_NAME_WORDS = 6;

/**
 * Names listed after a head that says what they are, as a predicate
 * (`Alatyöryhmät ovat Perheiden palvelut, Sairaalapalvelut sekä Aikuisten
 * koti- ja asumispalvelut`) or after a colon (`Työryhmät: …`): each
 * capitalised item, up to a comma or a `ja`/`sekä` before a capital, is a
 * body of the head's kind. A `ja` before a lower-case word is inside an item
 * (`Lasten ja nuorten palvelut`). Places after `kunnat` stay places; a list
 * with an item that is not capitalised, or a person's name, is no such list.
 */
function namesListedAfter(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention[] | null {
  const t = tokens[i];
  const verb = tokens[i + 1];
  // the cheap test first: `ovat` or a colon right after the head
  const colon = text.charCodeAt(t.end) === 58;
  if (!colon && !(verb && verb.joined && verb.lower === "ovat")) return null;
  const reading = lemmas.headForms(t).find((r) => (colon ? r.plural : true) && r.case.startsWith("nom") && acceptsHead(r.head, withoutLeadingHyphen(r.lemma)));
  // a bare `ryhmät` is any groups (a kindergarten's), not a party's
  if (!reading || AREA_KINDS.has(HEAD_NOUNS[reading.head].kind) || HEAD_NOUNS[reading.head].afterParty) return null;
  let k = colon ? i + 1 : i + 2;
  // `ovat seuraavat:` before the list: after the colon the list need not be joined to its verb
  let joinedNeeded = !colon;
  if (!colon && tokens[k]?.lower === "seuraavat" && text.charCodeAt(tokens[k].end) === 58) {
    k++;
    joinedNeeded = false;
  }
  const out: BodyMention[] = [];
  while (k < tokens.length) {
    const first = tokens[k];
    if (!first.upper || isFirstName(first) || (joinedNeeded && !out.length && !first.joined)) return null;
    let last = k;
    let m = k + 1;
    for (; m < tokens.length && m - k < LISTED_NAME_WORDS; m++) {
      const w = tokens[m];
      if (!w.joined || text.slice(tokens[m - 1].end, w.start).trim() !== "") break;
      if ((w.lower === "ja" || w.lower === "sekä") && !tokens[m - 1].text.endsWith("-") && tokens[m + 1]?.upper) break;
      last = m;
    }
    // a place or a time (Kokkolassa ja Vaasassa, keväällä) says where or when they are, not which
    if (LOCAL_CASE_TAIL.test(tokens[last].lower)) return null;
    const name = text.slice(first.start, tokens[last].end);
    out.push({ name, kind: kindOf(name, reading.head, HEAD_NOUNS[reading.head]), span: { start: first.start, end: tokens[last].end }, head: name.toLowerCase() });
    const between = m < tokens.length ? text.slice(tokens[last].end, tokens[m].start).trim() : "";
    if (between === ",") k = m;
    else if (between === "" && (tokens[m]?.lower === "ja" || tokens[m]?.lower === "sekä")) k = m + 1;
    else break;
    if (out.length > LISTED_NAMES) return null;
  }
  return out.length >= 2 ? out : null;
}

/** A numeral or quantifier that counts (`neljä`, `3`): a partitive singular after it is no one body. */
function isCount(t: Token | undefined): boolean {
  return t !== undefined && (isDigit(t.text.charCodeAt(0)) || COUNT_WORDS.has(t.lower));
}

/** A present participle's case endings after its -va/-vä, by the case of the head it agrees with. */
const PARTICIPLE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  nom: [""],
  ...Object.fromEntries((["gen", "par", "ine", "ela", "ill", "ade", "abl", "all", "tra", "ess"] as const).map((c) => [c, endingsAfterNominative(c)])),
};
/** The shortest present participle read before a head (`ohjaava`). */
const SHORTEST_PARTICIPLE = 6;

/** A present participle in the head's case (`valmistelevan` before a genitive head), in its nominative (`valmisteleva`), or null. */
function participleNominative(lower: string, headCase: string): string | null {
  for (const ending of PARTICIPLE_ENDINGS[headCase] ?? []) {
    if (!lower.endsWith(ending)) continue;
    const nominative = lower.slice(0, lower.length - ending.length);
    if (nominative.length >= SHORTEST_PARTICIPLE && /v[aä]$/.test(nominative) && !NOT_NAME_MODIFIERS.has(nominative)) return nominative;
  }
  return null;
}

/** A noun in the partitive, a participle's object (`purkamista`, `palveluverkkoa`), capitalised only where a sentence starts. */
function isPartitiveObject(text: string, t: Token, lemmas: Lemmas): boolean {
  if ((t.upper && !standsWhereCapitalsGo(text, t)) || !/[aä]$/.test(t.lower) || FUNCTION_WORDS.has(t.lower)) return false;
  // verbal nouns: purkamista, kehittämistä
  if (/mist[aä]$/.test(t.lower)) return true;
  return lemmas.analyseIn(t.lower, PARTITIVE).some((a) => a.known && !isAdjective(a.lemma) && !NOT_NAME_MODIFIERS.has(a.lemma));
}
const PARTITIVE = ["par"];

/** How many items of a list on either side of a head are looked at for a plural. */
const LIST_REACH = 3;

/** Whether token `k` and the one before it are separated as items of a list are (`, ` or ` ja `, ` tai `, ` sekä `): the item before's index, or -1. */
function previousItem(text: string, tokens: Token[], k: number): number {
  if (k < 1) return -1;
  const between = text.slice(tokens[k - 1].end, tokens[k].start).trim();
  if (between === ",") return k - 1;
  const word = tokens[k - 1].lower;
  return between === "" && (word === "ja" || word === "tai" || word === "sekä") && k >= 2 && text.slice(tokens[k - 2].end, tokens[k - 1].start).trim() === "" ? k - 2 : -1;
}

/**
 * Whether the one-word items of the list a head in the nominative stands in
 * include a bare head in the nominative plural: `luottamuselinten (valtuusto,
 * hallitus, lautakunnat)` lists kinds of body; a list of genitives (`kuntien,
 * hyvinvointialueen ja maakunnan`) names whose something is. Most heads stand in no list and are answered by the
 * characters around them.
 */
function listedWithPlural(text: string, tokens: Token[], i: number, lemmas: Lemmas): boolean {
  const plural = (k: number) => k >= 0 && lemmas.headForms(tokens[k]).some((r) => r.case === "nom.pl" && r.lemma === r.head);
  for (let k = i, n = 0; n < LIST_REACH && (k = previousItem(text, tokens, k)) >= 0; n++) if (plural(k)) return true;
  for (let k = i, n = 0; n < LIST_REACH && k + 1 < tokens.length; n++) {
    const next = tokens[k + 1].lower === "ja" || tokens[k + 1].lower === "tai" || tokens[k + 1].lower === "sekä" ? k + 2 : k + 1;
    if (next >= tokens.length || previousItem(text, tokens, next) !== k) return false;
    if (plural(next)) return true;
    k = next;
  }
  return false;
}

/** Whether a genitive before `ja` ends a body's name of its own: the same head, or a head that needs a name (`Alavuden kaupungin ja Kuortaneen kunnan`). */
function endsOtherName(t: Token, head: string, lemmas: Lemmas): boolean {
  const other = headReading(t, lemmas)?.head;
  return other !== undefined && (other === head || HEAD_NOUNS[other].needsName === true);
}

/** How many of a word's last letters the head-ending table reads at most. */
const HEAD_ENDING_LETTERS = 7;
/** log2 of the table's bits: the endings set a few per cent of them, so few words that end otherwise get through. */
const HEAD_ENDING_BITS = 17;
/** log2 of the bits of a gate by first letters (initialsGate): the names' beginnings set few of them. */
const INITIALS_BITS = 16;

/**
 * The endings of body head nouns' forms, as bits of a hash of a word's last
 * letters (the whole form when it is shorter than HEAD_ENDING_LETTERS): the
 * forms table's forms of HEAD_NOUNS, and those forms with a possessive suffix
 * (`lautakunnaksemme`), which formReadings reads as the bare case. A word
 * whose ending has no bit has no body reading, and its forms are not looked up.
 */
const headEndings = once(() => {
  const heads = new Set(Object.keys(HEAD_NOUNS));
  const forms: string[] = [];
  // each line is `form<TAB>head|case[,head|case…]`
  for (const line of FORMS.split("\n")) {
    const tab = line.indexOf("\t");
    let body = false;
    for (let reading = tab + 1; !body && reading > 0; reading = line.indexOf(",", reading) + 1) body = heads.has(line.slice(reading, line.indexOf("|", reading)));
    if (body) forms.push(line.slice(0, tab));
  }
  const shortest = Math.min(...forms.map((f) => f.length));
  const bits = new Uint32Array(1 << (HEAD_ENDING_BITS - 5));
  // every ending's shortest tail too: most words are turned away by one probe after that many letters
  const gate = new Uint32Array(1 << (HEAD_ENDING_BITS - 5));
  // the ending `stem + suffix`, hashed from its last letter as mayEndInBodyHead reads a word
  const add = (stem: string, suffix: string) => {
    const letters = Math.min(stem.length + suffix.length, HEAD_ENDING_LETTERS);
    let h = ENDING_SEED;
    for (let m = 1; m <= letters; m++) {
      h = endingHash(h, m <= suffix.length ? suffix.charCodeAt(suffix.length - m) : stem.charCodeAt(stem.length - m + suffix.length));
      if (m === shortest) setBit(gate, bitOf(h));
    }
    setBit(bits, bitOf(h));
  };
  for (const form of forms) {
    add(form, "");
    for (const [bare, suffixed] of POSSESSIVE_FORMS) if (form.endsWith(bare)) for (const s of suffixed) add(form.slice(0, -bare.length), s);
  }
  return { bits, gate, shortest };
});

/** The translative and essive endings and the same endings with a possessive suffix, as formReadings reads them. */
const POSSESSIVE_FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ksi", ["kseen", "kseni", "ksesi", "ksemme", "ksenne"]],
  ["na", ["naan", "nani", "nasi", "namme"]],
  ["nä", ["nään", "näni", "näsi", "nämme"]],
];

/** The hash of an ending, one letter more to the left at a time (FNV-1a), and its bit in the table. */
const ENDING_SEED = 0x811c9dc5;
const endingHash = (h: number, c: number) => Math.imul(h ^ c, 16777619);
const bitOf = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - HEAD_ENDING_BITS);
function hasBit(table: Uint32Array, bit: number): boolean {
  return (table[bit >>> 5] & (1 << (bit & 31))) !== 0;
}
function setBit(table: Uint32Array, bit: number): void {
  table[bit >>> 5] |= 1 << (bit & 31);
}

/** Whether a lower-case word may end in a body head noun's form: false means it has no body reading (exported for its test). */
export function mayEndInBodyHead(lower: string): boolean {
  const { bits, gate, shortest } = headEndings();
  const n = lower.length;
  if (n < shortest) return false;
  let h = ENDING_SEED;
  for (let m = 1; m <= HEAD_ENDING_LETTERS && m <= n; m++) {
    h = endingHash(h, lower.charCodeAt(n - m));
    if (m < shortest) continue;
    const bit = bitOf(h);
    if (m === shortest && !hasBit(gate, bit)) return false;
    if (hasBit(bits, bit)) return true;
  }
  return false;
}

/** The cases that say where (in, out of, into): a town in them is a place, not its organization. */
const WHERE_CASES: ReadonlySet<string> = new Set(["ine", "ela", "ill"]);

/** The cases of a place: in, at, into, onto (`keskuksessa`, `opistolla`, `kirkkoon`, `opistolle`). */
const PLACE_CASES: ReadonlySet<string> = new Set(["ine", "ade", "ill", "all"]);

/**
 * A name in apposition after a head (`tutkimuslaitos Sitran` → `tutkimuslaitos
 * Sitra`): a capitalised word inside a sentence (even one Kotus knows: sitra),
 * no first name, no body's head and not in the inessive or adessive
 * (`yhdistys Oulussa` says where, not which).
 */
function isAppositiveName(t: Token, headCase: string, lemmas: Lemmas): boolean {
  // a legal form (Kyläyhdistys ry) is no apposition
  if (legalFormOf(t.lower) !== undefined || isOrganizationWord(t)) return false;
  // a name in the inessive or adessive says where the body is (`yhdistys Kuopiossa`); after an inflected head, a name in
  // another local case says where to or from (`kierrätyslaitoksen Kalliorantaan`), while after the nominative it carries
  // the phrase's case (`virasto Traficomilta`)
  const where = AT_PLACE_ENDING.test(t.lower) || (headCase !== "nom" && TO_OR_FROM_PLACE_ENDING.test(t.lower));
  return !isFirstName(t) && !where && headReading(t, lemmas) === null;
}

const AT_PLACE_ENDING = wordInCase("ine", "ade");
const TO_OR_FROM_PLACE_ENDING = wordInCase("ela", "abl", "all", "ill");

/** A one-word organization or an acronym (`Tehy`, `STTK`). */
function isOrganizationWord(t: Token): boolean {
  return namedOrganization(t.lower) !== null || acronymOf(t.text) !== null;
}

/** A digit 1–9 after a head that numbers it in a series, not a date (`jaosto 1`, but not `jaosto 1.3.`). */
function isSeriesNumber(text: string, t: Token): boolean {
  return t.text.length === 1 && isDigit(t.text.charCodeAt(0)) && !/^[.:§\d–-]/.test(text.slice(t.end, t.end + 1));
}

/** A party's genitive before a body (`perussuomalaisten valtuustoryhmä`, `SDP:n ryhmä`). */
function partyGenitive(t: Token): boolean {
  const party = partyForm(t);
  return party !== undefined && t.lower.endsWith("n") && party !== t.lower;
}

/** The party a word names in some form (`keskustan` → `keskusta`), or undefined; most words are turned away by their first letter. */
function partyForm(t: Token): string | undefined {
  return startsLikeOne(PARTY_INITIALS, t.lower) ? PARTY_FORM.get(t.lower) : undefined;
}

/** How far before a head a determiner may stand, over its agreeing participles (`jokaisesta hallituksessa istuvasta puolueesta`). */
const DETERMINER_REACH = 4;

/** Whether a generic determiner in the head's case stands before the phrase that ends at `j` (any body of the kind, not one). */
function genericDeterminerBefore(tokens: Token[], j: number, head: number, headCase: string): boolean {
  for (let k = j; k >= 0 && head - k <= DETERMINER_REACH; k--) {
    const c = GENERIC_DETERMINER.get(tokens[k].lower);
    // `muun muassa` (among others) is an adverb, no determiner
    if (c !== undefined && tokens[k].lower === "muun" && tokens[k + 1]?.lower === "muassa") return false;
    if (c !== undefined) return c === headCase;
    if (!tokens[k + 1].joined) return false;
  }
  return false;
}

/** `-hankeryhmä` → `hankeryhmä` (the space-hyphen compound's second part). */
const withoutLeadingHyphen = (s: string) => (s.charCodeAt(0) === 45 ? s.slice(1) : s);

/**
 * The organization in a programme's apposition, `First Last, title, Organization`
 * (`Ilkka Paananen, toimitusjohtaja, Supercell`): capitalised words after the
 * title's comma, up to the next comma or the line's end, that Kotus does not
 * know as common words. A name with no head noun is most often a company.
 */
function appositionOrganization(text: string, tokens: Token[], lemmas: Lemmas): BodyMention | null {
  let k = 2;
  if (tokens.length < 4 || !tokens[1].upper || !commaBetween(text, tokens[1], tokens[k]) || !isFirstName(tokens[0])) return null;
  // the title: lower-case words ending in a role head
  let titled = false;
  while (k < tokens.length && !tokens[k].upper) {
    if (lemmas.forms(tokens[k]).some((r) => isRoleHead(r.head))) titled = true;
    if (k + 1 < tokens.length && commaBetween(text, tokens[k], tokens[k + 1])) break;
    k++;
  }
  if (!titled || k + 1 >= tokens.length) return null;
  const first = k + 1;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].joined && tokens[last + 1].upper && last - first < 2) last++;
  const run = tokens.slice(first, last + 1);
  // the segment must end here (a comma or the line's end), all capitalised, and be no known head noun phrase or common word
  const end = tokens[last + 1];
  if (end && !commaBetween(text, tokens[last], end)) return null;
  if (!run.every((t) => t.upper) || run.some((t) => headReading(t, lemmas) !== null)) return null;
  // one word: a place as often as a firm (…, kunnanjohtaja, Kuopio); only a non-Finnish-looking word is taken (Supercell, Ramboll)
  if (run.length === 1 && (isCommonWord(run[0], lemmas) || isFirstName(run[0]) || !LOOKS_FOREIGN.test(run[0].lower))) return null;
  const name = text.slice(run[0].start, run[run.length - 1].end);
  return { name, kind: "company", span: { start: run[0].start, end: run[run.length - 1].end }, head: name.toLowerCase() };
}

/** Whether only a comma and white space stand between two tokens. */
function commaBetween(text: string, a: Token, b: Token): boolean {
  let k = a.end;
  while (k < b.start && isWhiteSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 44 || k >= b.start) return false;
  for (k++; k < b.start; k++) if (!isWhiteSpace(text.charCodeAt(k))) return false;
  return true;
}

/** What `\s` matches in a regular expression: ECMAScript's white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Letters and endings Finnish words do not have. */
const LOOKS_FOREIGN = /[bcfgqwxzå]|[^aeiouyäönstlr]$|(?:ll|ss|tt|nn)$/;

/** The token read as a body's head noun in any case, or null. */
function headReading(t: Token, lemmas: Lemmas): FormReading | null {
  if (!mayEndInBodyHead(t.lower)) return null;
  return readForm(t.text, acceptsHead, lemmas.forms(t));
}

/**
 * A one-word name without its case ending: `Pron` → `Pro`, and a foreign one
 * without its linking vowel: `Amazonin` → `Amazon`. A partitive -a follows a
 * vowel (`Sitraa`), so a final -a after a consonant is the name's own (`Kestokauppa`).
 */
function properStem(word: string): string {
  const m = /^(.*?\p{Lu}[\p{L}]*?)(n|sta|stä|lle|ssa|ssä|lla|llä|lta|ltä|ksi|a|ä)?$/u.exec(word);
  if (!m || !m[2] || m[1].length < 2) return word;
  if (m[2].length === 1 && m[2] !== "n" && !VOWEL_FINAL.test(m[1])) return word;
  // -nen is a nominative (Mehiläinen); its genitive ends in -sen
  if (m[2] === "n" && word.endsWith("nen")) return word;
  return withoutLinkingVowel(m[1]);
}
const VOWEL_FINAL = /[aeiouyäö]$/i;

/**
 * A foreign name ending in a consonant takes its case endings after a
 * linking -i- (`Netflixille`, `Samsungin`); the stem without it ends as no
 * Finnish word does (`Samsung`, `Netflix`) or is spelt foreign (`Amazon`).
 */
function withoutLinkingVowel(stem: string): string {
  if (stem.length < 4 || !stem.endsWith("i")) return stem;
  const bare = stem.slice(0, -1);
  return FOREIGN_FINAL.test(bare) || /[bcfqwxzå]/i.test(bare.slice(1)) ? bare : stem;
}
/** Letters no Finnish word ends in, and two consonants, as no Finnish word ends (`Lidl`). */
const FOREIGN_FINAL = /[bcdfghjkmpqvwxzå]$|[^aeiouyäö]{2}$/i;

/** A lower-case genitive chain that starts at a capitalised genitive (Iiroojärven rantaosayleiskaavan …, Terveyden ja hyvinvoinnin …). */
function startsProperChain(tokens: Token[], j: number, lemmas: Lemmas): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    if (!tokens[k + 1].joined) return false;
    if (tokens[k].lower === "ja" || tokens[k].text.endsWith("-")) continue;
    if (!isGenitiveAttribute(tokens[k], lemmas, true)) return false;
    if (tokens[k].upper) return true;
  }
  return false;
}

/**
 * A common word: Kotus lists it whole, or it is a compound of listed words
 * (Tulevan, Valtioneuvoston, Valtuustoseminaarin) — not a place name that
 * merely ends like one (Pyhännän), nor a proper compound (Keski-Suomen).
 */
function isCommonWord(t: Token, lemmas: Lemmas): boolean {
  return !/\p{Lu}/u.test(t.text.slice(1)) && !t.text.includes("-") && lemmas.hasReading(t.lower, COMMON_COMPOUND);
}

/** The strength of a compound whose first part is a word itself (see the analyser). */
const COMMON_COMPOUND = 20;

/** The -inen adjective's ending in each case, for adjectives Kotus lists only as compounds (väliaikainen). */
const INEN_ENDINGS: Record<string, RegExp> = {
  nom: /inen$/, gen: /isen$/, par: /ista$|istä$/, ill: /iseen$/, ine: /isess[aä]$/, ela: /isest[aä]$/,
  ade: /isell[aä]$/, abl: /iselt[aä]$/, all: /iselle$/, tra: /iseksi$/, ess: /isen[aä]$/,
};

/** What an agreeing modifier must end in, by the head's case: a cheap test before analysis. */
const CASE_TAILS: Record<string, RegExp> = Object.fromEntries(
  (["gen", "ine", "ela", "ade", "abl", "all", "tra", "ess", "ill", "par", "abe"] as const).map((c) => [c, wordInCase(c)]),
);

/** The base form of an adjective or participle that agrees with a head in `headCase`, or null. */
function agreeingAdjective(t: Token, headCase: string, lemmas: Lemmas): string | null {
  if (FUNCTION_WORDS.has(t.lower)) return null;
  const superlative = SUPERLATIVE.get(t.lower);
  if (superlative !== undefined) return superlative.case === headCase ? superlative.lemma : null;
  if (t.upper && !t.capital) return null;
  if (t.lower.length < 4 || CASE_TAILS[headCase]?.test(t.lower) === false) return null;
  // a nominative without a clitic is its own lemma: a word that is no adjective (nor an -inen word) agrees as none, unanalysed
  if (headCase === "nom" && !isAdjective(t.lower) && !INEN_ENDINGS.nom.test(t.lower) && withoutClitic(t.lower) === t.lower) return null;
  if (NOT_NAME_MODIFIERS.has(t.lower)) return null;
  // the known readings in one pass: a modifier that names no body (uusi, entinen) in any of them, the first one, and the first adjective in the head's case
  let first: string | null = null;
  let adjective = false;
  let agreeing: string | null = null;
  for (const a of lemmas.analyseIn(t.lower, [headCase])) {
    if (!a.known) continue;
    if (NOT_NAME_MODIFIERS.has(a.lemma)) return null;
    first ??= a.lemma;
    if (!isAdjective(a.lemma)) continue;
    adjective = true;
    if (agreeing === null && sameCase(a.case, headCase)) agreeing = a.lemma;
  }
  if (adjective) return agreeing;
  return INEN_ENDINGS[headCase]?.test(t.lower) ? first : null;
}

function sameCase(a: string, b: string): boolean {
  return a === b || (a === "nom" && b === "nom") || (a.startsWith("par") && b.startsWith("par"));
}

/**
 * A noun in the genitive: `Keski-Suomen`, `STTK:n`, `hyvinvoinnin` — not a
 * pronoun, a postposition, an adjective or participle, a verb or a -nen
 * nominative. Plural genitives (`kuntien`) only inside a coordination.
 */
function isGenitiveAttribute(t: Token, lemmas: Lemmas, plural: boolean, sentenceStart = false): boolean {
  if (!endsInN(t.text) || isDigit(t.text.charCodeAt(0)) || FUNCTION_WORDS.has(t.lower)) return false;
  if (t.text.endsWith(":n")) return true;
  if (t.lower.length < 3 || NOT_ATTRIBUTES.has(t.lower) || t.lower.endsWith("nen")) return false;
  // no genitive ends in -tiin: a passive verb (Kylään perustettiin työryhmä, Äänestettiin)
  if (t.lower.endsWith("tiin") && (!t.upper || sentenceStart) && !t.text.includes("-")) return false;
  // a passive verb capitalised at a sentence start (Valitaan, Päätetään), not a place (Uudenmaan)
  if (sentenceStart && !t.text.includes("-") && /(?:aan|ään)$/.test(t.lower) && !lemmas.isKnownWord(t.lower)) return false;
  if (t.upper) return !(sentenceStart && lemmas.analyse(t.lower).some((a) => a.known && a.strength >= 100 && (isAdjective(a.lemma) || NOT_NAME_MODIFIERS.has(a.lemma))));
  if (/misen$/.test(t.lower)) return true; // verbal nouns: päivittämisen, kehittämisen
  for (const a of lemmas.analyseIn(t.lower, plural ? GENITIVES : GENITIVE)) if (a.known && !isAdjective(a.lemma) && !NOT_NAME_MODIFIERS.has(a.lemma)) return true;
  return false;
}

/** Whether a word ends in `n` or `N`, as every genitive does. */
function endsInN(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 110 || c === 78;
}

const GENITIVE = ["gen"];
const GENITIVES = ["gen", "gen.pl"];

/** A genitive that is itself a body (`asiakkuuslautakunnan`): a list of bodies, not an attribute. */
function namesBody(t: Token, lemmas: Lemmas): boolean {
  return bodyHeadOf(t, lemmas) !== null;
}

/** The head noun of a body named in the genitive, or null. */
function bodyHeadOf(t: Token, lemmas: Lemmas): string | null {
  const r = headReading(t, lemmas);
  return r && r.case === "gen" && !HEAD_NOUNS[r.head].needsName ? r.head : null;
}

function restoreCase(surface: string, lemma: string): string {
  const prefix = surface.startsWith("-") ? "-" : "";
  return prefix + withSurfaceCase(surface.slice(prefix.length), lemma);
}

function kindOf(name: string, head: string, info: HeadNoun): BodyKind {
  const lower = name.toLowerCase();
  if (head === "hallitus" && /valtioneuvosto|suomen hallitus/.test(lower)) return "executive-board";
  if (head === "hallitus" && AGENCY_BOARDS.some((agency) => lower.endsWith(agency))) return "agency";
  if (head === "neuvosto" && /vanhus|vammais|nuoriso/.test(lower)) return "other";
  if (lower.includes("ammattiliitto")) return "union";
  return NAMED_ORGANIZATION.get(lower) ?? info.kind;
}

const FOREIGN_HEAD = new Map(Object.entries(FOREIGN_HEADS));
const NORDIC_ENDINGS = Object.entries(NORDIC_HEAD_ENDINGS);
/** How many capitalised words a foreign name may have before its head, and after it. */
const FOREIGN_BEFORE = 3;
const FOREIGN_AFTER = 8;

/** The kind of organization a capitalised foreign word heads (`Centre`, `Kulturfonden`), or undefined. */
function foreignHeadKind(t: Token): BodyKind | undefined {
  if (!t.capital || !FOREIGN_TAILS.has(tailOf(t.lower))) return undefined;
  const kind = FOREIGN_HEAD.get(t.lower);
  if (kind || t.lower.length < 6) return kind;
  for (const [ending, nordic] of NORDIC_ENDINGS) if (t.lower.endsWith(ending)) return nordic;
  if (t.lower.length >= NORDIC_PLURAL_LENGTH && NORDIC_PLURAL_ENDINGS.some((ending) => t.lower.endsWith(ending))) return "association";
  return undefined;
}
/** The last three letters of foreign heads: most capitalised words end otherwise, and are not looked up. */
const FOREIGN_TAILS = new Set([...FOREIGN_HEAD.keys(), ...NORDIC_ENDINGS.map(([ending]) => ending), ...NORDIC_PLURAL_ENDINGS].map(tailOf));

/** A word's last three letters packed in one number. */
function tailOf(word: string): number {
  return threeLetters(word, word.length - 3);
}

/** Three letters from `at` packed in one number (letters beyond 10 bits share a code, and one outside the word is 0: a set of these is a gate, not an answer). */
function threeLetters(word: string, at: number): number {
  return ((word.charCodeAt(at) & 0x3ff) << 20) | ((word.charCodeAt(at + 1) & 0x3ff) << 10) | (word.charCodeAt(at + 2) & 0x3ff);
}

/**
 * An organization named in a foreign language: the capitalised words around
 * a foreign head, with the words that join them (`Wilfried Martens Centre for
 * European Studies`, `Human-Etisk Forbund`, `Svenska Kulturfonden`). A Finnish
 * case ending on its last word goes (`Studiesin` → `Studies`).
 */
function foreignMention(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const kind = foreignHeadKind(t);
  if (!kind) return null;
  let first = i;
  // a capitalised Finnish word that starts the sentence (Tervetuloa, Mukana) is no part of the name
  while (first > 0 && i - first < FOREIGN_BEFORE && tokens[first].joined && tokens[first - 1].upper && !(standsWhereCapitalsGo(text, tokens[first - 1]) && (lemmas.isKnownWord(tokens[first - 1].lower) || !LOOKS_FOREIGN.test(tokens[first - 1].lower)))) first--;
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= FOREIGN_AFTER && tokens[k].joined; k++) {
    if (FOREIGN_NAME_LINKS.has(tokens[k].lower) && tokens[k + 1]?.joined && tokens[k + 1].upper) continue;
    if (!tokens[k].upper) break;
    last = k;
  }
  const compound = !FOREIGN_HEAD.has(t.lower);
  if (first === last && !compound) return null;
  const end = tokens[last].start + withoutFinnishEnding(tokens[last].text).length;
  return { name: text.slice(tokens[first].start, end), kind, span: { start: tokens[first].start, end }, head: t.lower };
}

/** A foreign word without the Finnish case ending it took after a linking -i- (`Studiesin` → `Studies`). */
function withoutFinnishEnding(word: string): string {
  const m = /^(.*[^aeiouyäöAEIOUYÄÖ])i(?:n|ssa|ssä|sta|stä|lle|lla|llä|lta|ltä|ksi|a|ä|in)$/u.exec(word);
  return m && m[1].length >= 3 ? m[1] : word;
}

/** Organizations without a head noun: legal forms, acronyms used as names, national institutions. */
function namedMention(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const plural = pluralNameMention(text, tokens, i, lemmas);
  if (plural) return plural;
  if (!t.upper) return registeredWithHead(text, tokens, i, lemmas) ?? partyMention(text, tokens, i, lemmas);
  const form = next && next.joined ? legalFormOf(next.lower) : undefined;
  if (form) {
    let k = i;
    // the name's words: capitalised, or short ones inside it (Rosk n Roll Oy), not a conjunction (Ramboll Oy:n ja Tekla Oy)
    while (k > 0 && i - k < 3 && (tokens[k].joined || ampersandBefore(text, tokens, k)) && (tokens[k - 1].upper || (tokens[k - 1].lower.length <= 2 && !FUNCTION_WORDS.has(tokens[k - 1].lower) && !isDigit(tokens[k - 1].text.charCodeAt(0)))) && !inTitledName(tokens, k - 1, lemmas)) k--;
    // a common word whose capital only opens the line is no part of the name: `Kutsu Pihlajaniemen Kotiseutuyhdistys ry:n vuosikokoukseen`
    if (k < i && standsWhereCapitalsGo(text, tokens[k]) && endsInN(tokens[k + 1].text) && !endsInN(tokens[k].text) && isCommonWord(tokens[k], lemmas)) k++;
    let end = next.start + withoutColonEnding(next.text).length;
    const after = tokens[i + 2];
    if (after && after.joined && LEGAL_FORM.has(withoutColonEnding(after.lower))) end = after.start + withoutColonEnding(after.text).length;
    let name = text.slice(tokens[k].start, end);
    // a legal form after a business word (Asunto Oy, Kiinteistö Oy) comes before the name itself: Asunto Oy Kuopion Helmelle → Asunto Oy Kuopion Helmi
    if (k === i && end === next.end && isCommonWord(t, lemmas)) {
      let last = i + 1;
      while (last + 1 < tokens.length && last - i <= NAME_WORDS_AFTER_FORM && tokens[last + 1].joined && tokens[last + 1].upper) last++;
      // one word in a local case says where (Rakennus Oy Tampereella)
      if (last > i + 1 && !(last === i + 2 && /(?:ss|st|ll|lt)[aä]$/.test(tokens[last].lower))) {
        const words = tokens.slice(i + 2, last).map((w) => w.text);
        words.push(nominativeOfName(tokens[last], lemmas));
        name = `${name} ${words.join(" ")}`;
        end = tokens[last].end;
      }
    }
    // the head noun the name's last word compounds with (Kansanmusiikki|yhdistys ry), so that its bare head elsewhere is this body
    const ownHead = end <= next.end ? headReading(t, lemmas)?.head : undefined;
    return { name, kind: form, span: { start: tokens[k].start, end }, head: ownHead ?? form };
  }
  const acronym = t.text.length >= 2 && (t.text.includes(":") || isUpperAt(t.text, 1)) ? acronymOf(t.text) : null;
  if (acronym) {
    const key = acronym.toLowerCase();
    if (NOT_ORGANIZATION_ACRONYMS.has(key) || LEGAL_FORM.has(key)) return null;
    const district = /shp$/.test(key);
    const known = NAMED_ORGANIZATION.get(key) ?? (district ? "hospital-district" : undefined);
    const inflected = acronym !== t.text;
    if (!known && !inflected && !inParentheses(text, t)) return null;
    // a Finnish word in capitals (LIITE, HUOM) is no acronym
    if (!known && !inflected && lemmas.isWholeWord(t.lower)) return null;
    return { name: acronym, kind: known ?? "other", span: { start: t.start, end: t.start + acronym.length }, head: key };
  }
  const party = partyMention(text, tokens, i, lemmas);
  if (party) return party;
  const named = namedOrganization(t.lower);
  // a word capitalised as a name after a first name is a surname (Tuuli Ek), not the organization written in capitals (EK)
  if (named && i > 0 && t.joined && !isUpperAt(t.text, 1) && isFirstName(tokens[i - 1])) return null;
  // as written when the word starts with the name (SuPer), else capitalised as the name is
  if (named && !beforePlaceNamed(tokens, i, lemmas)) return { name: t.lower.startsWith(named) ? t.text.slice(0, named.length) : t.text[0] + named.slice(1), kind: NAMED_ORGANIZATION.get(named) ?? "other", span: { start: t.start, end: t.end }, head: named };
  if (t.text.length > 3 && innerCapital(t.text)) {
    const mixed = mixedCaseName(t.text);
    // a surname after a first name (Leena McCarthy) is a person's; a platform (YouTube) is where, not who
    if (!mixed || (i > 0 && t.joined && isFirstName(tokens[i - 1])) || NOT_ORGANIZATION_ACRONYMS.has(mixed.toLowerCase())) return null;
    // an uninflected brand and the region or place after it that end the segment (ProAgria Keski-Pohjanmaa)
    let end = t.start + mixed.length;
    const place = tokens[i + 1];
    if (mixed === t.text && place && place.joined && place.capital && !LOCAL_CASE_TAIL.test(place.lower) && endsSegment(text, place, tokens[i + 2])) end = place.end;
    const name = text.slice(t.start, end);
    return { name, kind: "other", span: { start: t.start, end }, head: name.toLowerCase() };
  }
  return null;
}

/** The plural heads of names (PLURAL_NAME_HEADS) with every case form of each, by form. */
const PLURAL_NAME_FORMS = new Map(
  Object.entries(PLURAL_NAME_HEADS).flatMap(([name, head]) => [name, ...PLURAL_NAME_ENDINGS.map((ending) => head.stem + ending)].map((form) => [form, { name, ...head }] as const)),
);
/** The last three letters of those forms: most words end otherwise, and are not looked up. */
const PLURAL_NAME_TAILS = new Set([...PLURAL_NAME_FORMS.keys()].map(tailOf));
/** The parties' names, whose first parts name a party's wing (`Vasemmisto|nuoret`, `Kokoomus|naiset`). */
const PARTY_NAMES = Object.keys(NAMED_ORGANIZATIONS).filter((name) => NAMED_ORGANIZATIONS[name] === "party");
/** How many capitalised genitives a newspaper's name may have before its plural head (`Etelä-Suomen Sanomat`). */
const NEWSPAPER_GENITIVES = 2;

/** The plural head of a name that a word's end is in some case (`vasemmistonuorten` → nuoret at 10), or null. */
function pluralNameHead(lower: string): { name: string; kind: BodyKind; afterGenitive?: boolean; at: number } | null {
  if (lower.length < 5 || !PLURAL_NAME_TAILS.has(tailOf(lower))) return null;
  for (let at = lower.length - 5; at >= 0 && at >= lower.length - 9; at--) {
    const head = PLURAL_NAME_FORMS.get(lower.slice(at));
    if (head) return { ...head, at };
  }
  return null;
}

/**
 * An organization named by a plural head: a wing compounded with its
 * movement (`Vasemmistonuorten` → `Vasemmistonuoret`, `SDP-naiset`), a
 * party's name before it as a word of its own (`vihreiden nuorten` →
 * `vihreät nuoret`), and a newspaper after a place's genitive (`Kouvolan
 * Sanomien` → `Kouvolan Sanomat`). A capitalised compound starting a
 * sentence is a wing only of a party (`Suomalaisnuoret` are young Finns).
 */
function pluralNameMention(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  // a party's plural name before the head as a word of its own, agreeing with it (vihreät nuoret, not Kokoomuksen Naisten Liitto)
  const party = !t.upper || t.capital ? partyForm(t) : undefined;
  if (party !== undefined && next && next.joined) {
    const head = pluralNameHead(next.lower);
    if (!head || head.at !== 0 || head.afterGenitive || !party.endsWith("t")) return null;
    if (tokens[i + 2]?.joined && tokens[i + 2].upper) return null;
    const name = `${t.upper ? party[0].toUpperCase() + party.slice(1) : party} ${next.text[0]}${head.name.slice(1)}`;
    return { name, kind: head.kind, span: { start: t.start, end: next.end }, head: name.toLowerCase() };
  }
  if (!t.upper) return null;
  const head = pluralNameHead(t.lower);
  if (!head) return null;
  if (head.afterGenitive) {
    const before = tokens[i - 1];
    const k = i > 0 && t.joined && before.upper && endsInN(before.text) && !before.text.includes(":") ? firstOfGenitives(text, tokens, i - 1, NEWSPAPER_GENITIVES, lemmas) : i;
    // a compound (Ilta-Sanomat) or the head after a place's genitive
    if (k === i ? head.at === 0 || t.lower[head.at - 1] !== "-" : head.at !== 0 || !t.capital) return null;
    const end = t.start + head.at;
    const name = `${text.slice(tokens[k].start, end)}${t.text[head.at]}${head.name.slice(1)}`;
    return { name, kind: head.kind, span: { start: tokens[k].start, end: t.end }, head: name.toLowerCase() };
  }
  const prefix = t.lower.slice(0, head.at).replace(/-$/, "");
  if (prefix.length < 3) return null;
  if (standsWhereCapitalsGo(text, t) && !PARTY_NAMES.some((name) => name.startsWith(prefix))) return null;
  const name = t.text.slice(0, head.at) + head.name;
  return { name, kind: head.kind, span: { start: t.start, end: t.end }, head: name.toLowerCase() };
}

/** Whether only an ampersand stands between token k and the one before it (`Ernst & Young`). */
function ampersandBefore(text: string, tokens: Token[], k: number): boolean {
  return text.slice(tokens[k - 1].end, tokens[k].start).trim() === "&" && tokens[k - 1].upper;
}

/** How many words a registered name may have around its head (`Eläkeliiton Kiteen yhdistys ry`, `Kotiseutuyhdistys Vanha Pappila ry`). */
const REGISTERED_NAME_WORDS = 5;

/**
 * A registered name whose head is written in lower case before its legal
 * form: `Eläkeliiton Kiteen yhdistys ry`, `Helsingin seudun kauppakamari ry`.
 * The name reaches back over capitalised words and lower-case genitives to
 * its first capitalised word; a head with no capital before it names none.
 */
function registeredWithHead(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const form = next && next.joined ? legalFormOf(next.lower) : undefined;
  if (!form || i === 0 || !t.joined || headReading(t, lemmas) === null) return null;
  let k = i;
  let first = -1;
  while (k > 0 && i - k < REGISTERED_NAME_WORDS && tokens[k].joined) {
    const w = tokens[k - 1];
    if (!w.upper && !(endsInN(w.text) && isGenitiveAttribute(w, lemmas, true))) break;
    k--;
    if (w.upper) first = k;
  }
  if (first < 0) return null;
  const end = next.start + withoutColonEnding(next.text).length;
  const name = text.slice(tokens[first].start, end);
  // the head noun's lemma, so its bare head elsewhere in the text is this name's short form
  return { name, kind: form, span: { start: tokens[first].start, end }, head: headReading(t, lemmas)!.head };
}

/** How many words a name may have after its legal form (`Asunto Oy Kuopion Helmi`). */
const NAME_WORDS_AFTER_FORM = 3;

/** A name's last word in the nominative: a known word's lemma as written (Helmelle → Helmi, Kivimäen → Kivimäki), else without its case ending. */
function nominativeOfName(t: Token, lemmas: Lemmas): string {
  const known = lemmas.analyse(t.lower).find((a) => a.known);
  return known ? withSurfaceCase(t.text, known.lemma) : properStem(t.text);
}

/** A genitive before a place or an institution named after its place is the place's (`Keskustan kouluun`: the town centre's school, no party's). */
function beforePlaceNamed(tokens: Token[], i: number, lemmas: Lemmas): boolean {
  const next = tokens[i + 1];
  return endsInN(tokens[i].text) && next !== undefined && next.joined && namesPlaceNamed(next, lemmas);
}

/** A party by its abbreviation in parentheses after a name (`(kok.)`) or by its name. */
function partyMention(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (text[t.start - 1] === "(") {
    const abbreviated = PARTY_ABBREVIATION.get(t.lower);
    if (abbreviated && /^\.?\)/.test(text.slice(t.end, t.end + 2))) return { name: abbreviated, kind: "party", span: { start: t.start, end: t.end }, head: abbreviated.toLowerCase() };
  }
  const party = partyForm(t);
  if (!party) return null;
  if (beforePlaceNamed(tokens, i, lemmas)) return null;
  // lower-case party names count before a person's name (keskustan Heidi Hakkarainen), a party's genitive before a title (vihreiden entinen puheenjohtaja)
  // or before its group, alone or coordinated (vasemmistoliiton ja vihreiden ryhmät), or when capitalised
  const titled = partyGenitive(t) && next !== undefined && next.joined && (isTitle(next, lemmas) || (!next.upper && isTitle(tokens[i + 2], lemmas)));
  if (!t.upper && !(next && next.joined && next.upper) && !titled && !(partyGenitive(t) && beforePartyGroup(tokens, i + 1, lemmas))) return null;
  return { name: party, kind: "party", span: { start: t.start, end: t.end }, head: party };
}

/**
 * Whether the capitalised word at `j` is the first name or the surname of a
 * person named after a lower-case title (`kehitysjohtaja Ilkka Rämö Savon
 * Kehitys Oy:stä`): the person's, no word of the organization after it.
 */
function inTitledName(tokens: Token[], j: number, lemmas: Lemmas): boolean {
  for (let f = j; f >= Math.max(1, j - 1); f--) {
    const title = tokens[f - 1];
    if (isFirstName(tokens[f]) && tokens[f].joined && !title.upper && lemmas.forms(title).some((r) => isRoleHead(r.head))) return true;
  }
  return false;
}

/** Whether token k, past other parties' genitives joined by `ja` or `sekä`, is the head of a party's group (`ryhmät`, `valtuustoryhmä`). */
function beforePartyGroup(tokens: Token[], k: number, lemmas: Lemmas): boolean {
  while (k + 1 < tokens.length && tokens[k].joined && (tokens[k].lower === "ja" || tokens[k].lower === "sekä") && partyGenitive(tokens[k + 1])) k += 2;
  const t = tokens[k];
  return t !== undefined && t.joined && lemmas.headForms(t).some((r) => HEAD_NOUNS[r.head]?.afterParty === true);
}

/** A role title's word right after the previous token (`puheenjohtaja`, `valtuutettu`). */
function isTitle(t: Token | undefined, lemmas: Lemmas): boolean {
  return t !== undefined && t.joined && lemmas.forms(t).some((r) => isRoleHead(r.head));
}

/** How far into a word an inner capital may stand (`ProAgria`, `SuPer`, `POPsote`). */
const INNER_CAPITAL_REACH = 5;
function innerCapital(word: string): boolean {
  for (let k = 1; k <= INNER_CAPITAL_REACH && k < word.length; k++) if (isUpperAt(word, k)) return true;
  return false;
}

/** Whether token `t` ends its line or comma-separated segment (`next` is the token after it, if any). */
function endsSegment(text: string, t: Token, next: Token | undefined): boolean {
  return next === undefined || commaBetween(text, t, next);
}

/** A name written with inner capitals (`POPsoten` → `POPsote`, `PoPsoten`): an organization or project. */
function mixedCaseName(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}{0,4}\p{Lu}+\p{Ll}{2,}/u.test(word) || word.includes("-") || word.includes(":")) return null;
  const m = /^(.*?)(n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|a|ä|na|nä)?$/u.exec(word)!;
  // a name's own final -a after i (ProAgria, Lappia) is no partitive ending
  if (m[2] && m[2].length === 1 && m[2] !== "n" && m[1].endsWith("i")) return word;
  return m[2] && /[aeiouyäö]$/.test(m[1]) ? m[1] : word;
}

const isUpperAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || c === 196 || c === 214 || c === 197;
};
// the word lists as maps: every token is looked up in them
const PARTY_ABBREVIATION = new Map(Object.entries(PARTY_ABBREVIATIONS));
const PARTY_FORM = new Map(Object.entries(PARTY_FORMS));
const NAMED_ORGANIZATION = new Map(Object.entries(NAMED_ORGANIZATIONS));
const GENERIC_DETERMINER = new Map(Object.entries(GENERIC_DETERMINERS));
const SUPERLATIVE = new Map(Object.entries(SUPERLATIVE_FORMS));
/** The first two letters of party forms: most words start like none, and are not looked up. */
const PARTY_INITIALS = initialsGate(PARTY_FORM.keys());

const ACRONYM_ENDINGS = /^(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|a|ä|ta|tä|hin|han|hen|ään|iin|een|un|yn)$/;

/** `STTK`, `STTK:n` → `STTK`; `SOSTEn` → `SOSTE`; `Ppshp:n` → `Ppshp`. */
function acronymOf(word: string): string | null {
  // a nominative plural (`DJ:t`, `CD:t`) counts things, never one organization
  if (word.endsWith(":t")) return null;
  const colon = /^([\p{Lu}][\p{L}\d]{1,7}):\p{Ll}+$/u.exec(word);
  if (colon && /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}+$/u.test(colon[1])) return colon[1];
  const m = /^(\p{Lu}{2,7}\d*)(\p{Ll}*)$/u.exec(word);
  if (!m) return null;
  // an acronym read as a word takes a linking -i- after a consonant (SOOLin, SOOLissa)
  if (m[2] && !ACRONYM_ENDINGS.test(m[2]) && !(m[2][0] === "i" && ACRONYM_ENDINGS.test(m[2].slice(1)) && !/[AEIOUYÄÖ]$/.test(m[1]))) return null;
  return m[1];
}

/** An acronym as written, without a case ending (`TJS`, not `TJS:n`): not a word in capitals (`LIITE`), nor an organization known by its acronym alone, which is a body of its own (`SAK`). */
function isBareAcronym(t: Token, lemmas: Lemmas): boolean {
  return /^\p{Lu}{2,6}$/u.test(t.text) && !LEGAL_FORM.has(t.lower) && !NAMED_ORGANIZATION.has(t.lower) && !lemmas.isWholeWord(t.lower);
}

function inParentheses(text: string, t: Token): boolean {
  return text[t.start - 1] === "(" && text[t.end] === ")";
}

/**
 * The one-word organization names (lower case), and their inflection stems in
 * both grades (vasemmistoliito-n → vasemmistoliitto) each to its name's
 * number plus one, looked up in a word's beginning without cutting it.
 */
const NAMED_ORGANIZATION_NAMES = Object.keys(NAMED_ORGANIZATIONS);
/** The stem a plural name takes its case endings on (`Saamelaiskäräjät` → `saamelaiskäräji|ä`, `-en`, `-lle`). */
function pluralStem(name: string): string | null {
  if (/[aä]t$/.test(name)) return name.slice(0, -2) + "i";
  return /[ouyö]t$/.test(name) ? name.slice(0, -1) + "i" : null;
}
const NAMED_STEM_ENTRIES = NAMED_ORGANIZATION_NAMES.flatMap((name, i) =>
  [name, ...regrade(name, false).map((r) => r.word), pluralStem(name)].filter((stem) => stem !== null).map((stem) => [stem, i + 1] as const),
);
const NAMED_STEMS = StringTable.build(NAMED_STEM_ENTRIES);
const NAME_CASE_ENDING: ReadonlySet<string> = new Set(NAME_CASE_ENDINGS);
/** How the stems start with their case endings: most words start like none of them. */
const NAMED_INITIALS = initialsGate(NAMED_STEM_ENTRIES.flatMap(([stem]) => NAME_CASE_ENDINGS.map((ending) => stem + ending)));

/** Words' first three letters as bits of a hash: a gate before a map lookup (a word starting like none is none of them), not an answer. */
function initialsGate(words: Iterable<string>): Uint32Array {
  const gate = new Uint32Array((1 << INITIALS_BITS) >>> 5);
  for (const w of words) setBit(gate, initialsOf(w));
  return gate;
}
function startsLikeOne(gate: Uint32Array, word: string): boolean {
  return hasBit(gate, initialsOf(word));
}
/** The gate's bit of a word's first three letters (of a shorter word, its letters and zeros). */
function initialsOf(word: string): number {
  return Math.imul(threeLetters(word, 0), 0x9e3779b1) >>> (32 - INITIALS_BITS);
}

/** The one-word organization a lower-case word names in some case (`tehyn`, `tehystä` → `tehy`); a case ending is at most four letters. */
function namedOrganization(lower: string): string | null {
  if (lower.length < 2 || !startsLikeOne(NAMED_INITIALS, lower)) return null;
  for (let k = 0; k <= 4 && k < lower.length - 1; k++) {
    const found = NAMED_STEMS.get(lower, 0, 0, lower.length - k);
    if (found && NAME_CASE_ENDING.has(lower.slice(lower.length - k))) return NAMED_ORGANIZATION_NAMES[found - 1];
  }
  return null;
}

/** One body per name; a name that ends another (`lautakunta`, `turvallisuuslautakunta`) is its alias. */
export function mergeMentions(mentions: BodyMention[]): Body[] {
  // an introduced abbreviation names the same body: its mentions become the body's
  const expansion = new Map<string, string>();
  for (const m of mentions) if (m.abbreviation) expansion.set(m.abbreviation.toLowerCase(), m.name);
  if (expansion.size) mentions = mentions.map((m) => {
    const full = expansion.get(m.name.toLowerCase());
    return full ? { ...m, name: full, alias: m.name } : m;
  });
  const byName = new Map<string, Body & { head: string; lower: string }>();
  for (const m of mentions as Array<BodyMention & { alias?: string }>) {
    // any white space between a name's words is one space to the comparisons below (Wilfried\u00a0Martens)
    const key = m.name.toLowerCase().replace(/\s+/g, " ");
    const b = byName.get(key) ?? { name: m.name, aliases: [], kind: m.kind, mentions: [], head: m.head, lower: key };
    byName.set(key, b);
    b.mentions.push(m.span);
    if (m.alias && !b.aliases.includes(m.alias)) b.aliases.push(m.alias);
  }
  const bodies = [...byName.values()].sort((a, b) => b.name.length - a.name.length);
  const kept: Array<Body & { head: string; lower: string }> = [];
  for (const b of bodies) {
    const lower = b.lower;
    let owner: (typeof kept)[number] | undefined;
    let owners = 0;
    for (const k of kept) {
      // an agency named as a board (Opetushallitus) is no board the bare head (hallitus) could stand for
      if ((k.head === b.head && endsWithWord(withoutLegalForm(k.lower), lower, b.head) && !(k.kind === "agency" && HEAD_NOUNS[b.head]?.kind !== "agency")) || isNamePart(k.lower, lower)) {
        owner ??= k;
        owners++;
      }
    }
    // `yhtiön hallitus`, `seuran hallitus`: the board of the company or club the text names, whose own name it shortens
    if (!owner && referredOwnerGenitive(lower, b.head)) {
      for (const k of kept) {
        if (k.head !== b.head || !k.lower.endsWith(` ${b.head}`)) continue;
        owner ??= k;
        owners++;
      }
    }
    if (owner && owners === 1) {
      owner.aliases.push(b.name);
      for (const m of b.mentions) owner.mentions.push(m);
      continue;
    }
    // a bare head (lautakunta) that could be any of several bodies names none of them
    if (owners > 1 && lower === b.head) continue;
    kept.push(b);
  }
  return withKindReferences(kept)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.mentions[0].end - b.mentions[0].end)
    .map((b) => ({ name: b.name, aliases: b.aliases, kind: b.kind, mentions: b.mentions.sort((x, y) => x.start - y.start) }));
}

/** Whether a name is a referring head's genitive and a bare head (`yhtiön hallitus`, `seuran johtokunta`). */
function referredOwnerGenitive(lower: string, head: string): boolean {
  const space = lower.indexOf(" ");
  return space > 0 && lower.slice(space + 1) === head && REFERRING_GENITIVES.has(lower.slice(0, space));
}

/** Bare heads of those kinds made aliases of the document's one named body of their kind, if it names one. */
function withKindReferences<B extends Body & { head: string; lower: string }>(bodies: B[]): B[] {
  const bare = bodies.filter((b) => b.lower === b.head && REFERRED_KINDS.has(HEAD_NOUNS[b.head]?.kind));
  if (!bare.length) return bodies;
  const merged = new Set<B>();
  for (const b of bare) {
    const kind = HEAD_NOUNS[b.head].kind;
    const named = bodies.filter((o) => o !== b && o.kind === kind && o.lower !== o.head);
    if (named.length !== 1) continue;
    named[0].aliases.push(b.name);
    named[0].mentions.push(...b.mentions);
    merged.add(b);
  }
  return merged.size ? bodies.filter((b) => !merged.has(b)) : bodies;
}

/** How many names a list in parentheses after a plural head may have. */
const LISTED_NAMES = 8;

/**
 * A one-word name in a list in parentheses after a plural head that says
 * what they are: `pääsopijajärjestöt (YTN, Pardia, JUKO)` are three
 * organizations of the head's kind, known or not.
 */
function listedOrganization(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  // the cheap test first: a parenthesis or a list's separator on both sides
  if (!t.upper || !isListBoundary(text, t.start - 1, "(") || !isListBoundary(text, t.end, ")")) return null;
  if (t.text.includes(":") || isFirstName(t)) return null;
  // the list's names, over the `ja` before its last one
  let k = i;
  while (text[tokens[k].start - 1] !== "(") {
    const before = tokens[k - 1]?.lower === "ja" ? k - 2 : k - 1;
    if (before < 0 || i - before > LISTED_NAMES || !tokens[before].upper || !isListBoundary(text, tokens[before].end, ")")) return null;
    k = before;
  }
  for (let m = i; text[tokens[m].end] !== ")"; ) {
    const after = tokens[m + 1]?.lower === "ja" ? m + 2 : m + 1;
    if (after >= tokens.length || after - i > LISTED_NAMES || !tokens[after].upper || !isListBoundary(text, tokens[after].start - 1, "(")) return null;
    m = after;
  }
  const head = k > 0 ? lemmas.headForms(tokens[k - 1]).find((r) => r.plural && acceptsHead(r.head, r.lemma)) : undefined;
  // places listed after `kunnat` are place names, no bodies
  if (!head || AREA_KINDS.has(HEAD_NOUNS[head.head].kind)) return null;
  return { name: t.text, kind: HEAD_NOUNS[head.head].kind, span: { start: t.start, end: t.end }, head: t.lower };
}

/** How many capitalised words an organization in parentheses may have (`(Business Finland, …)`). */
const PARENTHESIS_NAME_WORDS = 3;

/**
 * An organization that opens a programme's parentheses, alone or before the
 * people who speak for it: `(Ramboll)`, `(Ramboll, Jutta Piispanen)`,
 * `(Business Finland, Aino Rinne)`. One word must look foreign (a Finnish
 * word or a surname alone is as likely), and a first word that is a first
 * name is a person.
 */
function parentheticalOrganization(text: string, tokens: Token[], i: number, lemmas: Lemmas): BodyMention | null {
  const t = tokens[i];
  if (!t.capital || text.charCodeAt(t.start - 1) !== 40 || isFirstName(t)) return null;
  let last = i;
  while (last + 1 < tokens.length && last - i < PARENTHESIS_NAME_WORDS - 1 && tokens[last + 1].joined && tokens[last + 1].upper) last++;
  const close = text.charCodeAt(tokens[last].end);
  if (close !== 41 && !(close === 44 && tokens[last + 1] && isFirstName(tokens[last + 1]))) return null;
  const run = tokens.slice(i, last + 1);
  if (run.some((w) => headReading(w, lemmas) !== null || w.text.includes(":"))) return null;
  if (run.length === 1 && (isCommonWord(t, lemmas) || !LOOKS_FOREIGN.test(t.lower) || lemmas.isKnownWord(t.lower) || NOT_ORGANIZATION_ACRONYMS.has(t.lower))) return null;
  const name = text.slice(t.start, tokens[last].end);
  return { name, kind: "company", span: { start: t.start, end: tokens[last].end }, head: name.toLowerCase() };
}

/** Whether the character at `at` is `bracket` or ends a list's separator (`, ` or ` ja `). */
function isListBoundary(text: string, at: number, bracket: string): boolean {
  const c = text[at];
  if (c === bracket || c === ",") return true;
  if (c !== " ") return false;
  return bracket === "(" ? text[at - 1] === "," || text.endsWith(" ja", at) : text[at + 1] === "," || text.startsWith(" ja ", at);
}

/** `POPsote` in `POPsote-hanke`, `Terveet tilat 2028` in `Terveet tilat 2028 -hankeryhmä`. */
function isNamePart(long: string, short: string): boolean {
  if (!long.startsWith(short)) return false;
  const after = long[short.length];
  return after === "-" || (after === " " && long[short.length + 1] === "-");
}

function endsWithWord(long: string, short: string, head: string): boolean {
  if (!long.endsWith(short) || long === short) return false;
  const before = long[long.length - short.length - 1];
  // inside a compound only the bare head is a short form (kaupunginhallitus … hallitus); a compound of its own is another body (keskusvaalilautakunta, vaalilautakunta)
  return before === " " || before === "-" || (short.length >= 5 && short === head);
}

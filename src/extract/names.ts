/**
 * Personal names on a line, in base form: a DVV first name and a capitalised
 * surname, a list entry written surname first, and the names context vouches
 * for (a title, a verb of saying, `mukaan`). Which of them name the same
 * person, and their roles, is people.ts's business.
 *
 * Finnish inflects only the last part of a full name (`Johanna Jokisen`); its
 * nominative is chosen among the analyser's readings by the DVV surname
 * statistics, then by the Kotus list (surnames are often compounds of common
 * nouns: `Melaluodon` → `Melaluoto`), then by the paradigm its ending implies
 * (`-sen` → `-nen`, `Häggille` → `Hägg`). A name no list knows may be a
 * nominative that merely ends like an inflected form (`Ciolan`, `Kontkin`):
 * the context decides when it can — case agreement with a coordinated name
 * or a title in apposition, a verb the name is the subject of, a list entry
 * of its own, and, over the document, the same surface inflected further or
 * spelled by an e-mail address (`settleNominatives`).
 */
import { firstNameBand, firstNameRank, nameBands, surnameBand, surnameRank, surnameRankOfPrefix } from "../lexicon/index.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { FOREIGN_HEADS, legalFormOf } from "../lexicon/bodies.js";
import { GENITIVE_POSTPOSITIONS, NAME_ARTICLES, NAMESAKE_HEADS, ORGANIZATION_NOUNS, PLACE_NAMED_HEADS } from "../lexicon/name-words.js";
import { COMPANY_LIKE_HEADS, isRoleHead, NOT_NAME_WORDS, SAYING_VERBS, SPEECH_VERBS, STATING_VERBS } from "../lexicon/roles.js";
import { endingFirst, endingIn, endingsAfterLinkingI, endingsAfterNominative, wordInCase } from "../morph/fi/case-endings.js";
import { regrade } from "../morph/fi/gradation.js";
import { withSurfaceCase } from "../morph/fi/harmony.js";
import { WHOLE_WORD } from "../morph/fi/index.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import type { Span } from "../schema/index.js";
import { standsWhereCapitalsGo, type Token } from "../text/tokens.js";
import { MONTHS, SAYS_CLOCK, WEEKDAYS } from "../time/fi/constants.js";

const CASE_ENDING = wordInCase("gen", "par", "ess", "tra", "ine", "ela", "ill", "ade", "abl", "all", "abe");
const FINNISH_FINAL = /(?:[aeiouyäö]|[aeiouyäö][nstlr])$/;

/** Whether a word ends as a Finnish word can (in a vowel, or a vowel and n, s, t, l or r): Kirt, Jack and Hägg do not. */
export const endsFinnish = (word: string) => FINNISH_FINAL.test(word.toLowerCase());

/** Letters Finnish words lack (b, c, f, q, w, x, z, accents) or have only in a few stems (d, g outside -ng-), a consonant cluster no Finnish word starts with, or an ending no Finnish word has: Okonkwo, Nixon, Koh, Mbeki. */
export function looksForeign(word: string): boolean {
  const lc = word.toLowerCase();
  return FOREIGN_LETTER.test(lc) || /^[^aeiouyäö-]{2}/.test(lc) || !endsFinnish(lc);
}
/** Letters no Finnish word has (d is Finnish, as t's weak grade: lahti → lahden). */
const LOAN_LETTER = /[bcfqwxzšžçßøæéèêëáàâíìîïóòôõúùûüñ]|(?<!n)g/;
const FOREIGN_LETTER = new RegExp(`d|${LOAN_LETTER.source}`);
/** A compound's first part that is no Finnish word's: a letter Finnish lacks, or two consonants to start with. */
const FOREIGN_PART = new RegExp(`${LOAN_LETTER.source}|^[^aeiouyäö-]{2}`);

const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The nominative of a surname (or of the last part of a hyphenated one), read once per word in a document. */
export function surnameLemma(word: string, lemmas: Lemmas, foreign = false): string {
  return lemmas.surname(word, foreign, readSurnameLemma);
}

function readSurnameLemma(word: string, lemmas: Lemmas, foreign: boolean): string {
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0) {
    // the part after the hyphen keeps the case its owner writes it in (Aitto-oja, Ranta-Aho)
    const part = word.slice(hyphen + 1);
    const lemma = surnameLemma(part, lemmas, foreign);
    return word.slice(0, hyphen + 1) + (part && part[0] !== part[0].toUpperCase() ? lemma[0].toLowerCase() + lemma.slice(1) : lemma);
  }
  // a listed surname or first name (Kaisa, Aula) is already in base form
  if (nameBands(word) || !CASE_ENDING.test(word)) return word;
  const shape = (lemma: string) => restoreShape(word, lemma);
  let best: string | null = null;
  let bestScore = -1;
  const lower = word.toLowerCase();
  for (const a of lemmas.withGuesses(lower)) {
    // a base spelled with letters Finnish words lack inflects as a loan word, without Finnish consonant gradation (Biden is no genitive of Bisi);
    // and one person's surname is singular (Schumerille is no allative plural of "Schumeri")
    if ((!lower.startsWith(a.lemma.slice(0, -1)) && LOAN_LETTER.test(a.lemma)) || a.case.endsWith(".pl")) continue;
    const candidate = shape(a.lemma);
    let score = surnameRank(candidate) * 10;
    // a compound's last part confirms no reading whose first part is spelled with letters Finnish lacks (Weinsteinin is no form of a compound in -teini),
    // or starts with two consonants, as Finnish words seldom do (Treynorin is Treynor's, not a compound in -ori)
    const known = a.known && (a.strength >= WHOLE_WORD || !FOREIGN_PART.test(a.lemma.slice(0, a.lemma.length - a.strength)));
    if (known) score += a.strength >= WHOLE_WORD ? 6 : 4;
    // a name ending in a vowel is far likelier nominative than partitive (Ujula, not Ujul-a); one ending in -n may be nominative too (Hammarsten, Morgan)
    // — but few names end as an allative or a translative does (Obamalle, Zelenskylle), and a foreign one seldom in a partitive's long vowel (Obamaa; Siilasmaa is Finnish)
    if (candidate === word) score += known ? 2 : /[aeiouyäö]$/i.test(word) ? (SELDOM_NOMINATIVE.test(lower) || (LONG_A.test(lower) && FOREIGN_LETTER.test(lower)) ? 0 : 2) : /n$/i.test(word) ? 1 : 0;
    // the paradigm an unknown ending implies; an ending added to the unchanged base beats one that needs the stem changed (Obama-n, not Hammarst|i → Hammarst|en)
    if (!known && a.case !== "nom") score += priorOf(word, candidate, foreign) + (lower.startsWith(a.lemma) ? 1 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
    // a Finnish surname's inflected stem in the weak grade (Kallungin, Hongan): its strong grade is the nominative DVV lists (Kallunki, Honka)
    if (score < 10 && a.case !== "nom" && !LOAN_LETTER.test(a.lemma)) {
      for (const { word: strong } of regrade(a.lemma, true)) {
        const regraded = shape(strong);
        const rankScore = surnameRank(regraded) * 10 + GRADED_SURNAME_BONUS;
        if (rankScore > GRADED_SURNAME_BONUS && rankScore > bestScore) {
          best = regraded;
          bestScore = rankScore;
        }
      }
    }
  }
  return best ?? word;
}

/** What a DVV surname in the strong grade adds to its rank, as a confirmed reading would. */
const GRADED_SURNAME_BONUS = 4;

function priorOf(word: string, candidate: string, foreign: boolean): number {
  const lc = candidate.toLowerCase();
  // -nen follows a vowel (Virtanen → Virtasen): Tsipraksen is no genitive of "Tsipraknen"
  if (/sen$/.test(word) && /[aeiouyäö]nen$/.test(lc)) return 3;
  // a base in a vowel and -s takes -kse- before an ending (Helenius → Heleniuksen, Tsipras → Tsipraksen)
  if (/[aeiouyäö]s$/.test(lc) && word.toLowerCase().startsWith(lc.slice(0, -1) + "kse")) return 3;
  // Finnish words in -e double it before an ending (perhe → perheen): only a geminate's -e takes a bare -n (Kalle → Kallen), so Hammarsten is no genitive of "Hammarste"
  if (word.toLowerCase() === lc + "n" && /[^aeiouyäö]e$/.test(lc) && !/([^aeiouyäö])\1e$/.test(lc)) return 0;
  // a base ending in a consonant takes its endings after a linking -i- (Musk → Muskin, Smithiä): Obama is no partitive of "Obam"
  const linked = word.toLowerCase().startsWith(lc + "i");
  // names with van/von keep their foreign consonant ending (van Schevikhovenin → van Schevikhoven)
  if (foreign) return /[aeiouyäö]$/.test(lc) ? 1 : linked && !STOPS_NO_NAME_ENDS_IN.test(lc) ? 3 : 0;
  // a base no Finnish word could end in (Hägg, Berchtold) is a loan name with -i- added in inflection; so is any consonant-final base
  // followed by -i- and an ending, which Finnish stems never take (kirves → kirveeltä, not kirvesiltä: Ivesiltä is Ives's) —
  // if some language's name can end so: two stops end a word only before a t or d (Benedikt, Haupt), not as in Kontk of Kontkin
  if (linked && /[^aeiouyäö]$/.test(lc)) return STOPS_NO_NAME_ENDS_IN.test(lc) ? 0 : 3;
  if (!FINNISH_FINAL.test(lc)) return 0;
  return 1;
}

/** Endings few names have in the nominative: the allative's and the translative's. */
const SELDOM_NOMINATIVE = wordInCase("all", "tra");
/** A long a or ä after a consonant, as a partitive of a name in -a ends (Obamaa). */
const LONG_A = /[^aeiouyäö](?:aa|ää)$/;

/** Two different stops at a word's end, the second no t or d: no language's names end so (Kontk, Hedk), while Hägg, Benedikt and Musk do. */
const STOPS_NO_NAME_ENDS_IN = /([ptkbdg])(?!\1)[pkbg]$/;

/** The lemma written with the word's capitals. */
function restoreShape(word: string, lemma: string): string {
  return cap(withSurfaceCase(word, lemma));
}

export const firstNameRankOf = (t: Token) => firstNameBand(t.names);
export const surnameRankOf = (t: Token) => surnameBand(t.names);

/** A first name DVV lists, or a double name of two (Anna-Liisa). */
export function isFirstName(t: Token): boolean {
  if (firstNameRankOf(t)) return true;
  const word = t.text;
  const hyphen = word.indexOf("-");
  return hyphen > 0 && word.indexOf("-", hyphen + 1) < 0 && firstNameRank(word.slice(0, hyphen)) > 0 && firstNameRank(word.slice(hyphen + 1)) > 0;
}

/** A person's name found on a line: tokens first…last. */
export interface NameMatch {
  /** Only a surname was written (after a title): it names a person already named in full, if one has it. */
  surnameOnly?: boolean;
  /** Found only as a quote's speaker: kept when a full name with this surname confirms it, or when `speaker` says a verb of speech itself vouches for it. */
  quoted?: boolean;
  /** Found only as a speaker by surname (`Fordin mukaan`): dropped when the text writes the word as an organization's genitive before a title (`Fordin toimitusjohtaja`). */
  speaker?: boolean;
  name: string;
  surname: string;
  /** The surname as written, when it is not the base form's spelling in every case (Nadella may read as an adessive). */
  surface?: string;
  /** The context shows the surname as written is a nominative (a coordinated nominative, a nominative title in apposition, a verb it is the subject of). */
  nominative?: boolean;
  span: Span;
  first: number;
  last: number;
}

/**
 * Whether a surname is an English noun that ends an organization's or a
 * product's name (Sony Store, Check Point), in its base form or with a case
 * ending the lemmatizer left on (Mac Prota, Reader Storesta).
 */
function namesAThing(surname: string): boolean {
  const lower = surname.toLowerCase();
  if (ORGANIZATION_NOUNS.has(lower)) return true;
  for (const ending of THING_ENDINGS) if (lower.endsWith(ending) && ORGANIZATION_NOUNS.has(lower.slice(0, lower.length - ending.length))) return true;
  return false;
}
/**
 * Whether the name ending at token `last` begins an organization's name
 * after the person it honours: a foreign organization's head follows it
 * (`Wilfried Martens Centre for European Studies`, `Melinda Gates
 * Foundation`), or, in the genitive, a Finnish head of such names
 * (`Sigrid Juséliuksen säätiö`, `Jenny ja Antti Wihurin rahastolta`).
 */
function startsOrganizationName(tokens: Token[], last: number, lemmas: Lemmas): boolean {
  const after = tokens[last + 1];
  if (!after?.joined) return false;
  // a head followed by `of` starts a name of its own (Maria Virtanen University of Helsinki, in a table without commas)
  if (after.capital) return (Object.hasOwn(FOREIGN_HEADS, after.lower) || namesAThing(after.text)) && tokens[last + 2]?.lower !== "of";
  return !after.upper && tokens[last].lower.endsWith("n") && lemmas.headForms(after).some((r) => NAMESAKE_HEADS.has(r.head));
}

/** Case endings after an English noun: Prota, Storesta, Labsin, Pointilla. */
const THING_ENDINGS = [...endingsAfterNominative("par", "gen", "ela", "ine", "ade", "all", "abl"), ...endingsAfterLinkingI("gen", "ill", "ela", "ine", "ade", "all", "abl")];

const PARTICLES = new Set(["van", "von", "af", "de", "der", "den", "du", "la", "da", "di", "dos", "del", "ten", "ter", "zu", "bin", "ibn"]);

/** The DVV band (1 rare … 16 common) at or below which a first name alone is weak evidence of a person. */
export const RARE_FIRST_NAME = 4;
/** The DVV band from which a first name is common in Finland (Sakari, Liisa): a pair with it is a person's even before another capitalised word. */
const COMMON_FIRST_NAME = 10;

const INESSIVE = wordInCase("ine");
/** Endings of the cases a name's first word never takes. */
const NOT_FIRST_NAME_ENDING = wordInCase("gen", "ine", "ela", "ade", "abl", "all", "tra");

/** Elative and ablative endings: `Kelasta`, `yliopistolta`. */
const WHERE_FROM = wordInCase("ela", "abl");
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);

function isInitial(text: string, t: Token): boolean {
  // the length first: it is asked of every word after a first name, and most are longer than a letter
  return t.text.length <= 2 && /^\p{Lu}$/u.test(t.text) && text[t.end] === ".";
}

/** Whether Kotus lists the word whole in the nominative (Toivo, Onni), not only as an oblique case of another word (Maria, Tiina). */
function isWholeNominative(word: string, lemmas: Lemmas): boolean {
  return lemmas.analyse(word).some((a) => a.known && a.strength >= WHOLE_WORD && a.case === "nom");
}

/** A middle initial written without its full stop, before a capitalised word: `Jukka J Saarinen`. */
function isBareInitial(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t.text.length === 1 && t.upper && tokens[j + 1]?.joined === true && tokens[j + 1].capital;
}

function plausibleSurname(t: Token, lemma: string, lemmas: Lemmas): boolean {
  if (!(t.capital || ARABIC_ARTICLE.test(t.text)) || NOT_NAME_WORDS.has(lemma) || CALENDAR_WORDS.has(lemma.toLowerCase())) return false;
  if (surnameRank(lemma)) return true;
  if (t.text.includes(":")) return false;
  // a common word (Lautakunta, Hallitus) is no surname unless DVV lists it; compounds of common words often are (Melaluoto, Kallanvaara)
  return t.text.includes("-") || !lemmas.isWholeWord(t.lower);
}

export function findNames(text: string, tokens: Token[], lemmas: Lemmas): NameMatch[] {
  // a name that begins a space-hyphen compound names a hall or a service, not a person: Minna Canth -sali, Aurora Cloud -palvelu;
  // one before a legal form is a registered name (Matti Virtanen Oy, Sundbyn Näkövammaiset ry:n)
  const found = namesIn(text, tokens, lemmas);
  const notAPerson = (n: NameMatch) => tokens[n.last + 1]?.text.startsWith("-") === true || beforeLegalForm(tokens, n.last);
  // most lines name nobody, or no hall: their list is kept, not copied
  const kept = found.some(notAPerson) ? found.filter((n) => !notAPerson(n)) : found;
  for (let k = 0; k < kept.length; k++) {
    const n = kept[k];
    if (readAsInflected(text, n)) {
      if (nominativeInContext(text, tokens, kept, k, lemmas)) asNominative(text, n);
    } else if (beforePostposition(tokens, n.last) && n.surname.endsWith("n") && !surnameRank(n.surname)) {
      asGenitive(n);
    }
  }
  return kept;
}

/** Whether a legal form (`Oy`, `ry:n`, `Oyj:stä`) follows token k, joined to it. */
function beforeLegalForm(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  return after !== undefined && after.joined && legalFormOf(after.lower) !== undefined;
}

/** How many capitalised words a registered name may have before its legal form. */
const REGISTERED_NAME_WORDS = 4;

/**
 * Whether token k opens a registered name: capitalised words up to a legal
 * form (`Rannikon Esteetön Arki ry:stä`). After two first names (`Laila
 * Hussein Rannikon …`) the second is the surname, and the genitive the
 * organization's first word.
 */
function opensRegisteredName(tokens: Token[], k: number): boolean {
  for (let m = k; m < k + REGISTERED_NAME_WORDS && m < tokens.length && tokens[m].joined && tokens[m].upper; m++) if (beforeLegalForm(tokens, m)) return true;
  return false;
}

/** Whether a postposition that takes the genitive follows token k (`Lagarden mukaan`). */
function beforePostposition(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  return after !== undefined && after.joined && GENITIVE_POSTPOSITIONS.has(after.lower);
}

/**
 * A surname in -n read as a nominative, before a postposition that takes the
 * genitive: it is a genitive after all, of a name a loan word's -n follows
 * unchanged (`Christine Lagarden mukaan` → `Lagarde`).
 */
function asGenitive(n: NameMatch): void {
  const base = n.surname.slice(0, -1);
  if (!n.name.endsWith(n.surname)) return;
  n.surface ??= n.surname;
  n.name = n.name.slice(0, n.name.length - n.surname.length) + base;
  n.surname = base;
}

/** The surname of a match as the text writes it. */
const surfaceOf = (text: string, n: NameMatch) => n.surface ?? (n.surnameOnly ? text.slice(n.span.start, n.span.end) : n.surname);

/**
 * One reading per surface in a document: when the context shows one mention
 * of a surname in -n is a nominative, every mention written so is
 * (`Maria Ciolan, tutkija …` then `puhujana Maria Ciolan`). A text also
 * proves a nominative by inflecting it: a name written both `Ciolan` and
 * `Ciolanin` or `Ciolanille` — the linking -i- a consonant-final name takes
 * before its endings — is `Ciolan`, as no genitive takes another ending; and
 * an e-mail address spells its owner's surname in the base form
 * (`katri.asp-dalfidan@…`).
 */
export function settleNominatives(text: string, names: readonly NameMatch[][]): void {
  let proven: Set<string> | undefined;
  let doubtful: Set<string> | undefined;
  for (const line of names) {
    for (const n of line) {
      if (n.nominative) (proven ??= new Set()).add(n.surname);
      else if (readAsInflected(text, n)) (doubtful ??= new Set()).add(surfaceOf(text, n));
    }
  }
  if (!doubtful) return;
  let linked: Map<string, string> | undefined;
  for (const surface of doubtful) {
    if (proven?.has(surface)) continue;
    if (inflectedFurther(text, surface) || spelledInAddress(text, surface)) (proven ??= new Set()).add(surface);
    else {
      const base = linkedBase(text, surface);
      if (base) (linked ??= new Map()).set(surface, base);
    }
  }
  if (!proven && !linked) return;
  for (const line of names) {
    for (const n of line) {
      if (!readAsInflected(text, n)) continue;
      const surface = surfaceOf(text, n);
      if (proven?.has(surface)) asNominative(text, n);
      else if (linked?.has(surface)) asBase(text, n, linked.get(surface)!);
    }
  }
}

/**
 * The nominative a surface in -in stands for when the text writes that
 * nominative as a word of its own: `Haapakoski-Reinin` beside
 * `Haapakoski-Rein toimii` is the genitive of a consonant-final name with its
 * linking -i-, not of `Haapakoski-Reini`, whose forms all keep the -i.
 */
function linkedBase(text: string, surface: string): string | null {
  if (!LINKED_GENITIVE.test(surface)) return null;
  const base = surface.slice(0, -2);
  for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + 1)) {
    const end = at + base.length;
    if ((at === 0 || !/[\p{L}-]/u.test(text[at - 1])) && (end === text.length || !/[\p{L}\d-]/u.test(text[end]))) return base;
  }
  return null;
}
const LINKED_GENITIVE = /[^aeiouyäöAEIOUYÄÖ]in$/;

/** The match with its surname the nominative `base`. */
function asBase(text: string, n: NameMatch, base: string): void {
  if (!n.name.endsWith(n.surname)) return;
  n.surface ??= surfaceOf(text, n);
  n.name = n.name.slice(0, n.name.length - n.surname.length) + base;
  n.surname = base;
  n.nominative = true;
}

/** Endings after a consonant-final name's linking -i- (Ciolan-i-n, Ciolan-i-lle, Ciolan-i-a). */
const LINKED_ENDING = endingFirst(endingsAfterLinkingI("gen", "par", "ill", "all", "ade", "abl", "ine", "ela", "ess", "tra", "abe"));
/** Endings added to a vowel-final name unchanged (Nadella-n, Nadella-lle, Nadella-a, Nadella-an). */
const VOWEL_ENDING = endingFirst(endingsAfterNominative("gen", "par", "ill", "all", "ade", "abl", "ine", "ela", "ess", "tra"));

/** Whether the text writes the surface with a case ending added (after a linking -i- if it ends in a consonant), as a word of its own: no inflected form takes a second ending. */
function inflectedFurther(text: string, surface: string): boolean {
  // a partitive in a long vowel takes -n as the illative does (Koskelaa, Koskelaan): it proves nothing
  if (/([aeiouyäö])\1$/.test(surface)) return false;
  const ending = /[aeiouyäö]$/.test(surface) ? VOWEL_ENDING : LINKED_ENDING;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (at > 0 && /[\p{L}-]/u.test(text[at - 1])) continue;
    if (ending.test(text.slice(at + surface.length, at + surface.length + 6))) return true;
  }
  return false;
}

/** Whether an e-mail address's local part spells the surface whole, between separators (`katri.h.asp-dalfidan@`, `mciolan@`). */
function spelledInAddress(text: string, surface: string): boolean {
  const spelled = plainSpelling(surface);
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let from = at;
    while (from > 0 && ADDRESS_CHARACTER.test(text[from - 1])) from--;
    const local = plainSpelling(text.slice(from, at));
    const found = local.lastIndexOf(spelled);
    if (found < 0) continue;
    const end = found + spelled.length;
    // after the start, an initial (mciolan) or a separator; before the end or a separator
    if ((found <= 1 || ADDRESS_SEPARATOR.test(local[found - 1])) && (end === local.length || ADDRESS_SEPARATOR.test(local[end]) || /\d/.test(local[end]))) return true;
  }
  return false;
}
const ADDRESS_CHARACTER = /[\p{L}\d_.+-]/u;
const ADDRESS_SEPARATOR = /[._+-]/;

/** A word lower case and without accents (Mûller → muller), as addresses spell it. */
const plainSpelling = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

/** Whether a match's surname was read as an inflected form of another (Ciolan → Ciola, Kontkin → Kontk, Nadella → Nasi): a name no list knows may be a nominative that merely ends like one. */
function readAsInflected(text: string, n: NameMatch): boolean {
  return n.surname !== surfaceOf(text, n);
}

/** The match with its surname as written, the nominative. */
function asNominative(text: string, n: NameMatch): void {
  const surface = surfaceOf(text, n);
  if (!n.name.endsWith(n.surname)) return;
  n.name = n.name.slice(0, n.name.length - n.surname.length) + surface;
  n.surname = surface;
  n.nominative = true;
}

/**
 * Whether the context of the k-th name of a line shows its surname stands in
 * the nominative: it is coordinated (`ja`, `sekä`, `tai`, a comma) with a
 * name plainly in the nominative, as coordinated names share their case
 * (`Tiia Lintula ja Henri Kontkin`); a nominative title follows it in
 * apposition (`Maria Ciolan, tutkija`); or it is the subject of a verb of
 * saying (`Ciolan kertoo`, `sanoo Maria Ciolan.`). A noun or a postposition
 * right after it asks for a genitive (`Kontkin esitys`, `Ciolanin mukaan`),
 * and keeps the genitive reading. A line that is a name and nothing else,
 * or a name, a comma and an organization, is a list's entry, in the
 * nominative.
 */
function nominativeInContext(text: string, tokens: Token[], names: readonly NameMatch[], k: number, lemmas: Lemmas): boolean {
  const n = names[k];
  const after = tokens[n.last + 1];
  if (after?.joined && !after.upper && (GENITIVE_POSTPOSITIONS.has(after.lower) || (!FUNCTION_WORDS.has(after.lower) && lemmas.isKnownWord(after.lower)))) return false;
  if (after?.joined && SAYING_VERBS.has(after.lower)) return true;
  // a list's entry: a line that is the name and nothing else, or the name and, after a comma, an organization (`Maria Ciolan, Helsingin yliopisto`)
  if (startsEntry(tokens, n.first) && (!after || (after.capital && names[k + 1]?.first !== n.last + 1 && /^\s*,\s*$/.test(text.slice(tokens[n.last].end, after.start))))) return true;
  // the verb before the name, or before its title (`sanoo tutkija Maria Ciolan.`)
  const titled = tokens[n.first].joined && isTitleWord(tokens[n.first - 1], lemmas, true) ? 1 : 0;
  const before = tokens[n.first - 1 - titled];
  if (before && tokens[n.first - titled].joined && SAYING_VERBS.has(before.lower) && (!after || /^\s*[.,!?;]/.test(text.slice(tokens[n.last].end, after.start)))) return true;
  if (titleInApposition(text, tokens, n.last, lemmas)) return true;
  const previous = names[k - 1];
  const next = names[k + 1];
  return (previous !== undefined && plainlyNominative(text, previous) && coordinates(text, tokens, previous.last, n.first, lemmas)) || (next !== undefined && plainlyNominative(text, next) && coordinates(text, tokens, n.last, next.first, lemmas));
}

/** Whether token k starts its line's words: only numbers (a time, an item's number) stand before it. */
function startsEntry(tokens: Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (/\p{L}/u.test(tokens[j].text)) return false;
  return true;
}

/** How many words after a comma may lead up to the nominative title in apposition (`, Helsingin yliopiston tutkija`). */
const APPOSITION_REACH = 4;

/**
 * Whether a comma and a title in the nominative singular follow token k, the
 * title among the next few words before any punctuation and before no name
 * of its own (`Maria Ciolan, vanhempi tutkija, …`; not `Nokia Oyj,
 * toimitusjohtaja Pekka …`).
 */
export function titleInApposition(text: string, tokens: Token[], k: number, lemmas: Lemmas): boolean {
  const from = k + 1;
  if (from >= tokens.length || !/^\s*,\s*$/.test(text.slice(tokens[k].end, tokens[from].start))) return false;
  for (let j = from; j < tokens.length && j < from + APPOSITION_REACH && (j === from || tokens[j].joined); j++) {
    if (isTitleWord(tokens[j], lemmas, true)) return !(tokens[j + 1]?.joined && tokens[j + 1].capital);
  }
  return false;
}

/** Whether a name's surname is plainly a nominative: written as its base form, and a vowel or a consonant other than -n ends it, or DVV lists it (Virtanen). */
function plainlyNominative(text: string, n: NameMatch): boolean {
  const surface = surfaceOf(text, n);
  return n.nominative === true || (!n.surnameOnly && surface === n.surname && (!surface.endsWith("n") || surnameRank(surface) > 0));
}

/** How many words may stand between `ja` and a coordinated name, ending in a role in the translative or essive (`ja varamieheksi`, `ja hänen henkilökohtaiseksi varajäsenekseen`). */
const COORDINATED_ROLE_REACH = 3;

/**
 * Whether tokens `from` and `to` (the last word of one name and the first of
 * the next) are coordinated: a comma alone, or `ja`, `sekä` or `tai`, perhaps
 * followed by the second name's role in the translative or essive (`valittiin
 * A ja varamieheksi B`), between them.
 */
function coordinates(text: string, tokens: Token[], from: number, to: number, lemmas: Lemmas): boolean {
  if (to === from + 1) return /^\s*,\s*$/.test(text.slice(tokens[from].end, tokens[to].start));
  const link = tokens[from + 1];
  if (!link.joined || !COORDINATORS.has(link.lower) || !tokens[to].joined) return false;
  if (to === from + 2) return true;
  if (to - from - 2 > COORDINATED_ROLE_REACH) return false;
  for (let j = from + 2; j < to; j++) if (!tokens[j].joined || tokens[j].upper) return false;
  // a title in the nominative before the name stays so in every case (ja tutkija Maria Ciolan, ja tutkija Maria Ciolanin)
  return isTitleWord(tokens[to - 1], lemmas, true) || lemmas.forms(tokens[to - 1]).some((r) => isRoleHead(r.head) && /^(?:tra|ess)/.test(r.case));
}

/** Words that join coordinated names, which share their case. */
const COORDINATORS: ReadonlySet<string> = new Set(["ja", "sekä", "tai"]);

function namesIn(text: string, tokens: Token[], lemmas: Lemmas): NameMatch[] {
  const out: NameMatch[] = [];
  // whether a form of `hän` is on the line or opens the next one, asked once: most lines have none, and no pronoun's antecedent
  let saysHan: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a part inside a word (Luotonen of @MarkoLuotonen) starts no name
    if (t.upper && i > 0 && t.start === tokens[i - 1].end) continue;
    // a function word that DVV lists as a first name (Mutta, Sen) starts no name, unless a capital where none goes says it is a name (…, Jo Harlow)
    if (!t.capital || !isFirstName(t) || NOT_NAME_WORDS.has(t.text) || (FUNCTION_WORDS.has(t.lower) && standsWhereCapitalsGo(text, t))) {
      if (!t.upper && !(i > 0 && isPseudonymMarker(tokens[i - 1].lower))) continue;
      const inverted = invertedName(text, tokens, i, lemmas) ?? actingInRole(tokens, i, lemmas) ?? contextName(text, tokens, i, lemmas, out.at(-1)) ?? surnameAfterTitle(text, tokens, i, lemmas) ?? coordinatedSurname(text, tokens, i, lemmas, out.at(-1)) ?? subjectSurnames(text, tokens, i, lemmas) ?? speakingSurname(text, tokens, i, lemmas) ?? quotedSpeaker(text, tokens, i, lemmas) ?? subjectSurname(text, tokens, i, lemmas) ?? ((saysHan ??= hanNear(text, tokens)) ? pronounAntecedent(text, tokens, i, lemmas) : null) ?? partySurname(text, tokens, i, lemmas) ?? commonSurnameAlone(text, tokens, i, lemmas) ?? pseudonym(tokens, i);
      if (inverted) {
        out.push(inverted);
        i = inverted.last;
      }
      continue;
    }
    // no name follows an article (The, Los, San): Los Angeles Times, San Jose Mercury News
    if (t.joined && NAME_ARTICLES.has(tokens[i - 1]?.text)) continue;
    const firsts = [t.text];
    let j = i + 1;
    while (j < tokens.length && tokens[j].joined && (isFirstName(tokens[j]) || isInitial(text, tokens[j]) || isBareInitial(tokens, j))) {
      firsts.push(isInitial(text, tokens[j]) ? tokens[j].text + "." : tokens[j].text);
      j++;
    }
    const particles: string[] = [];
    while (j < tokens.length && tokens[j].joined && PARTICLES.has(tokens[j].text)) particles.push(tokens[j++].text);
    const afterInitial = j > i && isInitial(text, tokens[j - 1]) && j < tokens.length && /^\.\s+$/.test(text.slice(tokens[j - 1].end, tokens[j].start));
    // a surname is a word of its own, not a part of the first name's word (SmartEstimate)
    let surnameToken = j < tokens.length && (tokens[j].joined || afterInitial) && tokens[j].start > tokens[j - 1].end ? tokens[j] : null;
    let lastIndex = j;
    // a nickname in quotes between the first name and the surname (Marko "Fobba" Forss) is part of the mention, not of the name
    const nicknamed = particles.length || surnameToken ? -1 : afterNickname(text, tokens, j - 1);
    if (nicknamed > 0) {
      surnameToken = tokens[nicknamed];
      lastIndex = nicknamed;
    }
    // "tutkija Mira Aalto Kelasta": a word saying where from ends no name when the word before it is a surname
    const fromPlace = (k: number) => WHERE_FROM.test(tokens[k].lower) || (tokens[k].lower.endsWith("n") && k + 1 < tokens.length && tokens[k + 1].joined && !tokens[k + 1].upper && WHERE_FROM.test(tokens[k + 1].lower));
    // "Teresa Wilson Michiganin teknisen yliopiston": a genitive no list knows, before a lower-case word, after a rare first name, is the organization's, and the rare name the surname —
    // not after an initial, which is no surname (Daniel J. Soloven mukaan), nor before a postposition, which takes a person's genitive as readily
    const ofOrganization = (k: number) => tokens[k].lower.endsWith("n") && tokens[k + 1]?.joined && !tokens[k + 1].upper && !GENITIVE_POSTPOSITIONS.has(tokens[k + 1].lower) && !isInitial(text, tokens[k - 1]) && firstNameRankOf(tokens[k - 1]) <= RARE_FIRST_NAME && !surnameRankOf(tokens[k]) && !surnameRank(surnameLemma(tokens[k].text, lemmas));
    // "toimitusjohtaja Rob Marcus Financial Timesille", "Kwame Mensah Ylelle": after two words DVV lists as first names, a phrase in a case of its own
    // (a capitalised word no list knows as a surname) ends the name — the second word is the surname, after a title or when DVV lists it as one
    const ownPhrase = (k: number) => inflectedPhrase(tokens, k) && !surnameRank(surnameLemma(tokens[k].text, lemmas)) && ((t.joined && isTitleWord(tokens[i - 1], lemmas)) || (surnameRankOf(tokens[k - 1]) > 0 && OWN_PHRASE_CASE.test(tokens[k].lower)));
    if (surnameToken && firsts.length > 1 && !particles.length && ((surnameRankOf(tokens[j - 1]) && fromPlace(j)) || ofOrganization(j) || ownPhrase(j) || opensRegisteredName(tokens, j))) {
      surnameToken = tokens[j - 1];
      firsts.pop();
      lastIndex = j - 1;
    }
    if (!surnameToken || !(surnameToken.capital || ARABIC_ARTICLE.test(surnameToken.text))) {
      if (firsts.length < 2 || particles.length) {
        // a surname DVV also lists as a first name, alone after a title: `valtuutettu Lehtonen`; a title names people by surname, so one listed as often either way is a surname there (`pääministeri Orpo`)
        const surnameLike = surnameRankOf(t) > firstNameRankOf(t);
        const alone = firsts.length === 1 && !particles.length && (surnameRankOf(t) >= firstNameRankOf(t) || partyAfter(text, t)) ? (partySurname(text, tokens, i, lemmas) ?? surnameAfterTitle(text, tokens, i, lemmas) ?? (surnameLike ? (coordinatedSurname(text, tokens, i, lemmas, out.at(-1)) ?? speakingSurname(text, tokens, i, lemmas) ?? subjectSurname(text, tokens, i, lemmas)) : null)) : null;
        if (alone) out.push(alone);
        continue;
      }
      // only first names: a list entry written surname first (Aula Maria Kaisa), or a surname that is also a first name (Hanna Niemi)
      const last = tokens[j - 1];
      const inverted = surnameRankOf(t) + firstNameRankOf(last) > firstNameRankOf(t) + surnameRankOf(last) ? invertedName(text, tokens, i, lemmas) : null;
      if (inverted) {
        out.push(inverted);
        i = inverted.last;
        continue;
      }
      surnameToken = tokens[j - 1];
      firsts.pop();
      lastIndex = j - 1;
    }
    // a particle after the surname starts its last part (Luiz Inácio Lula da Silva): the word before is one of the given names
    if (!particles.length && particleTail(tokens, lastIndex) > 0) {
      firsts.push(surnameToken.text);
      particles.push(tokens[lastIndex + 1].text);
      lastIndex += 2;
      surnameToken = tokens[lastIndex];
    }
    const foreign = particles.length > 0;
    const surname = subjectNominative(surnameToken, titledSurname(surnameToken, t.joined ? tokens[i - 1] : undefined, lemmas, foreign), tokens[lastIndex + 1], lemmas);
    // a surname that is also a common word (Paahto, Kangas) counts after a title: "professiojohtaja Marena Paahto"
    if (!plausibleSurname(surnameToken, surname, lemmas) && !(isTitleWord(tokens[i - 1], lemmas) && surnameToken.capital)) continue;
    // a sentence-initial common word that happens to be a first name (Toivo, Onni) needs a listed surname; one that is a common word
    // only in an oblique case (Maria, Tiina, Alina) starts a sentence as a name, as a partitive or an essive seldom does
    if (!surnameRank(surname) && standsWhereCapitalsGo(text, t) && lemmas.isWholeWord(t.lower) && isWholeNominative(t.lower, lemmas)) continue;
    // a first name few Finns have before a surname none has, where the pair goes on as a longer name or stands in the inessive, is a place or a title (Star Wars Battlefront, Costa Ricassa);
    // a genitive before a capitalised word is an owner before what it owns (Elon Muskin SpaceX)
    // a pair goes on as a longer name before a capitalised word in no case (Lawrence Berkeley National Lab); one in a case starts a phrase of its own (Ilkka Savonen Kyberturvallisuuskeskuksesta),
    // and after a common first name the word may be the next entry of a flattened table (Sakari Kaskenpalo Inkoo)
    const after = tokens[lastIndex + 1];
    // — not when a title before makes the words after a phrase in a case of its own (toimitusjohtaja Rob Marcus Financial Timesille)
    const goesOn = after?.joined && after.capital && !surnameToken.lower.endsWith("n") && (firstNameRankOf(t) <= RARE_FIRST_NAME || (firstNameRankOf(t) < COMMON_FIRST_NAME && !NOT_FIRST_NAME_ENDING.test(after.lower))) && !(t.joined && isTitleWord(tokens[i - 1], lemmas) && inflectedPhrase(tokens, lastIndex + 1));
    if (firsts.length === 1 && !surnameRank(surname) && ((firstNameRankOf(t) <= RARE_FIRST_NAME && INESSIVE.test(surnameToken.lower)) || goesOn)) {
      // unless a title before makes the longer run a name with two given names (pääministeri Recep Tayyip Erdogan)
      const titled = contextName(text, tokens, i, lemmas, out.at(-1));
      if (titled && titled.last > i + 1) {
        out.push(titled);
        i = titled.last;
      }
      continue;
    }
    if (namesAThing(surname) || namesAThing(surnameToken.text) || startsOrganizationName(tokens, lastIndex, lemmas)) continue;
    const name = [...firsts, ...particles, surname].join(" ");
    out.push({ name, surname, surface: surnameToken.text, span: { start: t.start, end: surnameToken.end }, first: i, last: lastIndex });
    i = lastIndex;
  }
  return out;
}

/** Quotes a nickname stands in, and the spaces around them. */
const QUOTED_GAP = /^\s*["“”«»]\s*$/;

/** The index of the capitalised word after a quoted one-word nickname that follows token k (`Marko "Fobba" Forss`), or -1. */
function afterNickname(text: string, tokens: Token[], k: number): number {
  const nick = tokens[k + 1];
  const surname = tokens[k + 2];
  if (!surname || !surname.capital || !QUOTED_GAP.test(text.slice(tokens[k].end, nick.start)) || !QUOTED_GAP.test(text.slice(nick.end, surname.start))) return -1;
  return k + 2;
}

/**
 * A capitalised word right before, not in a case and no title, makes the pair
 * the end of a longer proper name: `Wall Street Journal`, `The Hollywood
 * Reporter`, `Opera Mediaworksin`. A genitive before a name is its
 * organization (`Nokian Jo Harlow`).
 */
function insideLongerName(tokens: Token[], i: number, lemmas: Lemmas): boolean {
  const prev = tokens[i - 1];
  return Boolean(prev && tokens[i].joined && prev.upper && !prev.lower.endsWith("n") && !prev.text.includes(":") && !isTitleWord(prev, lemmas));
}

/** A nominative role title: "professiojohtaja", "varapuheenjohtaja", "tutkijat" (or, `singular`, not "tutkijat"). */
export function isTitleWord(t: Token | undefined, lemmas: Lemmas, singular = false): boolean {
  // lower case, or capitalised only at its first letter (a sentence's first word: Presidentti Barack Obama)
  return Boolean(t && (!t.upper || (t.capital && !/\p{Lu}/u.test(t.text.slice(1)))) && !t.text.includes(":") && lemmas.forms(t).some((r) => isRoleHead(r.head) && (r.case === "nom" || (!singular && r.case === "nom.pl"))));
}

/** Endings of the singular cases a title and the name after it share: `tutkijan Costin Raiun`, `perustajaa Tatsuki Tomitaa`, `päälakimiehelle Vijaya Gaddelle`. */
const AGREEING_ENDINGS: Readonly<Record<string, RegExp>> = {
  gen: /n$/,
  par: /(?:[aeiouyäö][aä]|t[aä])$/,
  all: /lle$/,
  ade: /ll[aä]$/,
  abl: /lt[aä]$/,
  ela: /st[aä]$/,
  ine: /ss[aä]$/,
  tra: /ksi$/,
  ess: /n[aä]$/,
};

/** A role title in a case other than the nominative, and a surname that ends in the same case: the name in apposition to the title. */
function titleAgrees(title: Token, surname: Token, lemmas: Lemmas): boolean {
  return agreedCase(title, surname, lemmas) !== undefined;
}

/** The case a role title and the surname after it share, if they share one. */
function agreedCase(title: Token, surname: Token, lemmas: Lemmas): string | undefined {
  if (title.upper && /\p{Lu}/u.test(title.text.slice(1))) return undefined;
  return lemmas.forms(title).find((r) => isRoleHead(r.head) && AGREEING_ENDINGS[r.case]?.test(surname.lower) === true)?.case;
}

/**
 * The nominative of a surname after a title: the lemmatizer's, or, when it
 * finds no ending to undo (Tanabea), the surname without the ending of the
 * case its title is in (perustajaa Haruki Tanabea → Tanabe).
 */
function titledSurname(surname: Token, title: Token | undefined, lemmas: Lemmas, foreign: boolean): string {
  const lemma = surnameLemma(surname.text, lemmas, foreign);
  if (lemma !== surname.text || !title) return lemma;
  const agreed = agreedCase(title, surname, lemmas);
  return agreed && !isTitleWord(title, lemmas) ? withoutEnding(surname.text, agreed) : lemma;
}

/**
 * A foreign surname without the case ending its title's case gave it, and
 * without the linking -i- a consonant-final one takes (Smithille → Smith,
 * `puheenjohtajan Holger Strandin` → Strand).
 */
function withoutEnding(word: string, caseName: string): string {
  const ending = caseName === "gen" ? 1 : caseName === "par" ? (/[^aeiouyäö]t[aä]$/i.test(word) ? 2 : 1) : caseName === "ess" ? 2 : 3;
  const base = word.slice(0, word.length - ending);
  return /[^aeiouyäö]i$/i.test(base) && base.length > 3 ? base.slice(0, -1) : base;
}

/** An age in years before a name: `36-vuotias Dennis Sørensen`. */
const AGE = /^\d+-vuotias$/;

/**
 * `professori Amira Haddad`, `… sanoo Kwame Mensah`, `Jean-Luc Moreau
 * kertoo`, `Siobhan Kellyn mukaan`: two capitalised words that the name lists
 * lack are a name when the context says so — a title before them, a verb of
 * saying next to them, or `mukaan` after the genitive. After a title, a
 * surname DVV lists is evidence enough for an unlisted first name.
 */
function contextName(text: string, tokens: Token[], i: number, lemmas: Lemmas, before: NameMatch | undefined): NameMatch | null {
  const t = tokens[i];
  let next = tokens[i + 1];
  // two words, not the parts of one (GreatFire)
  if (!t.capital || !next || !next.joined || next.start === t.end || !(next.capital || ARABIC_ARTICLE.test(next.text)) || NOT_NAME_WORDS.has(t.text) || NOT_NAME_WORDS.has(next.text) || FUNCTION_WORDS.has(t.lower)) return null;
  // after a title or an age a name may have a second given name (pääministeri Recep Tayyip Erdogan, 36-vuotias Dennis Aabo Sørensen)
  const titleBefore = t.joined ? tokens[i - 1] : undefined;
  let last = i + 1;
  const third = tokens[i + 2];
  // — not a word in a case that a phrase of its own begins with (… Mensah Ylelle, … Mensah Helsingin Sanomille)
  if (third?.joined && (third.capital || ARABIC_ARTICLE.test(third.text)) && !WHERE_FROM.test(third.lower) && !INESSIVE.test(third.lower) && !OWN_PHRASE_CASE.test(third.lower) && !(third.lower.endsWith("n") && tokens[i + 3]?.joined && tokens[i + 3].upper) && titleBefore && middleNameLike(next, lemmas) && (isTitleWord(titleBefore, lemmas) || AGE.test(titleBefore.lower))) last = i + 2;
  next = tokens[last];
  const after = tokens[last + 1];
  // a capitalised word after makes the pair part of a longer name, unless, after a title, the words after form a phrase in a case of their own (toimitusjohtaja Rob Marcus Financial Timesille)
  if ((after && after.joined && after.upper && !(titleBefore && isTitleWord(titleBefore, lemmas) && inflectedPhrase(tokens, last + 1))) || insideLongerName(tokens, i, lemmas)) return null;
  // the evidence first, cheap to read, and most capitalised pairs have none: a name it is coordinated with ("Glenn Greenwald ja Barton Gellman"), a title (agreeing in the genitive: presidentin Barack Obaman), a verb of saying
  const listed = before !== undefined && !before.surnameOnly && before.last < i - 1 && coordinates(text, tokens, before.last, i, lemmas);
  // right after `ja`, a first name in -n is a first name (Jonathan); after a role between, a genitive is an owner (ja sihteeriksi Oulun …)
  const plainlyListed = listed && before!.last === i - 2;
  // a title in the singular (a plural one heads a list of its holders: työntekijät Yotaphonen Oulun …)
  const singleTitle = titleBefore !== undefined && (isTitleWord(titleBefore, lemmas, true) || titleAgrees(titleBefore, next, lemmas) || AGE.test(titleBefore.lower));
  const titled = singleTitle || isTitleWord(titleBefore, lemmas);
  // a title in apposition after the pair (`X Y, vanhempi tutkija`) vouches for it as a verb of saying does
  // so does a party's abbreviation in brackets after it (X Y (kok.)), which only a politician's name takes
  // and so does a later `hän` that can only mean the pair, its clause's subject (Laxman Okafor huomasi, että hän …)
  const said = !listed && !titled && (saidBy(text, tokens, i, last) || titleInApposition(text, tokens, last, lemmas) || partyAfter(text, next) || pairReferent(text, tokens, i, last, lemmas));
  if (!listed && !titled && !said) return null;
  // publications and companies are cited as often as people (Trend Micron mukaan, Daily Postin mukaan): mukaan alone needs a first name DVV knows
  if (!listed && !titled && tokens[last + 1]?.lower === "mukaan" && !firstNameRankOf(t) && !SAYING_VERBS.has(tokens[i - 1]?.lower ?? "")) return null;
  // a common word (Uutisoimisto, Mutta) starts no name, nor does a pair that goes on as a longer proper name (Wall Street Journal);
  // Finnish inflects a name's last part only: a first word in a case (Microsoftin, Twitterissä) is no first name, unless a list says it is (Barton)
  // (a word read only by a short tail of some word, as a name may end like one, Millariikka, is no common word here)
  if (lemmas.hasReading(t.lower, COMMON_WORD_STRENGTH) || ADVERB.test(t.lower) || (!plainlyListed && NOT_FIRST_NAME_ENDING.test(t.lower) && !(singleTitle && t.lower.endsWith("n") && !WHERE_FROM.test(next.lower) && !INESSIVE.test(next.lower))) || CALENDAR_WORDS.has(t.lower) || t.text.includes(":") || /\p{Lu}/u.test(next.text.replace(/^(?:Mc|Mac|O')(?=\p{Lu})/u, "").slice(1).replace(/-\p{Lu}/gu, ""))) return null;
  // coordinated names agree in case: after a nominative name, this one's surname is nominative too (Barton Gellman, not Gellma)
  const surname = listed && text.slice(before!.span.start, before!.span.end).endsWith(before!.surname) ? next.text : titledSurname(next, titleBefore, lemmas, !firstNameRankOf(t));
  if (namesAThing(surname) || namesAThing(next.text) || startsOrganizationName(tokens, last, lemmas) || (!surnameRank(surname) && (lemmas.isWholeWord(surname.toLowerCase()) || CALENDAR_WORDS.has(surname.toLowerCase())))) return null;
  const firsts = last > i + 1 ? `${t.text} ${tokens[i + 1].text}` : t.text;
  const tail = particleTail(tokens, last);
  if (tail > 0) {
    const lastPart = titledSurname(tokens[tail], undefined, lemmas, true);
    return { name: `${firsts} ${next.text} ${tokens[last + 1].text} ${lastPart}`, surname: lastPart, surface: tokens[tail].text, span: { start: t.start, end: tokens[tail].end }, first: i, last: tail };
  }
  return { name: `${firsts} ${surname}`, surname, surface: next.text, span: { start: t.start, end: next.end }, first: i, last };
}

/** A Finnish party's abbreviation in brackets right after a word: `(kok.)`, `(sd)`, `(vihr.)`, `(r.)`, `(sit.)`. */
const PARTY_TAG = /^\s*\((?:kok|sd|sdp|ps|kesk|vihr|vas|r|rkp|kd|liik|sit|kp|sin|ps\.-kok)\.?\)/;

/** Whether a party's abbreviation in brackets follows the token. */
const partyAfter = (text: string, t: Token) => text.charCodeAt(t.end) === 32 && PARTY_TAG.test(text.slice(t.end, t.end + 12));

/**
 * `Niinistö (vihr.) vastusti esitystä`, `Purran (ps.) mukaan`: a
 * capitalised word before a party's abbreviation in brackets is a
 * politician's surname, in whatever case the sentence gives it.
 */
function partySurname(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  if (!t.capital || !partyAfter(text, t) || t.text.includes(":") || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return null;
  // the end of a longer name the rules before did not take (a first name no list knows: Xiang Li (vas.)) is not the name alone
  const prev = tokens[i - 1];
  if (t.joined && prev?.capital && !standsWhereCapitalsGo(text, prev) && !isTitleWord(prev, lemmas)) return null;
  const surname = surnameLemma(t.text, lemmas, looksForeign(t.text));
  return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true };
}

/** Endings of the cases a phrase after a name stands in, never a name's middle part: allative, adessive, ablative, elative, inessive, translative, essive. */
const OWN_PHRASE_CASE = wordInCase("all", "ade", "abl", "ela", "ine", "tra", "ess");

/** How many capitalised words a phrase after a name may have (Sydney Morning Heraldin). */
const PHRASE_REACH = 4;

/**
 * Whether the capitalised words from token k form a phrase in a case of its
 * own: its last word ends in one (Financial Timesille), or, in a phrase of
 * two words or more, is a genitive before a lower-case word (Sydney Morning
 * Heraldin mukaan), or is a genitive before a lower-case head in such a case
 * (Satakunnan ammattikorkeakoulusta).
 */
function inflectedPhrase(tokens: Token[], k: number): boolean {
  let j = k;
  while (j + 1 < tokens.length && j + 1 < k + PHRASE_REACH && tokens[j + 1].joined && tokens[j + 1].upper) j++;
  const last = tokens[j];
  const after = tokens[j + 1];
  // a legal form's or an acronym's case ending after its colon (Puu Oy:stä, STTK:lle)
  const colon = last.lower.indexOf(":");
  if (colon >= 0) return j > k && OWN_PHRASE_CASE.test(last.lower.slice(colon + 1));
  // a genitive ends a phrase of two words or more: one word in -n may be a nominative (Erdogan);
  // one before a lower-case head in a case of its own is an organization's name (Satakunnan ammattikorkeakoulusta)
  return OWN_PHRASE_CASE.test(last.lower) || (last.lower.endsWith("n") && (j > k ? !after || !after.upper : after !== undefined && after.joined && !after.upper && OWN_PHRASE_CASE.test(after.lower)));
}

/** The index of the surname after a particle that follows token k (`Lula da Silva`), or -1. */
function particleTail(tokens: Token[], k: number): number {
  const particle = tokens[k + 1];
  const surname = tokens[k + 2];
  return particle?.joined && PARTICLES.has(particle.text) && surname?.joined && surname.capital ? k + 2 : -1;
}

/** How strongly a word must read as a common word to start no name after a title: a whole word, or a compound whose known last part has six letters or more (uutis|toimisto), not a name that ends like a short word (Milla|riikka). */
const COMMON_WORD_STRENGTH = 6;

/** A Finnish adverb in -sti (Vastaavasti, Erikoisesti), which starts a sentence as often as a name does. */
const ADVERB = /^.{3,}[aeiouyäö]sti$/;

/** A surname after the Arabic article, written lower case: `al-Assad`, `el-Baradei`. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|at|an|ar|az)-\p{Lu}/u;

/** A word that may stand between a first name and a surname: capitalised, in no case, and no common word. */
function middleNameLike(t: Token, lemmas: Lemmas): boolean {
  return !NOT_FIRST_NAME_ENDING.test(t.lower) && !FUNCTION_WORDS.has(t.lower) && !lemmas.isKnownWord(t.lower);
}

/** A verb of saying right before the name (after a comma or quote) or right after it, or `X:n mukaan`. */
function saidBy(text: string, tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && SAYING_VERBS.has(before.lower) && tokens[first].joined && !endsSentence(text, before.end, tokens[first].start)) return true;
  return Boolean(after && after.joined && (SAYING_VERBS.has(after.lower) || (after.lower === "mukaan" && tokens[last].lower.endsWith("n"))));
}

/**
 * `varapuheenjohtaja Hyrkkö`: a surname alone right after a role title denotes
 * a person — when DVV lists it and no capitalised word follows. (A verb of
 * saying is no such evidence for one word: companies say things too, and a
 * title may describe a company: `toimittaja Akamai`, `kehittäjä Cyanogen`.)
 */
function surnameAfterTitle(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t.capital || (next && next.joined && (next.upper || ARABIC_ARTICLE.test(next.text)))) return null;
  // the title in the nominative, in apposition: "varapuheenjohtaja Hyrkkö" (not "edustajana Lapin …"); capitalised only where a sentence starts
  if (!prev || !t.joined || (prev.upper && !standsWhereCapitalsGo(text, prev)) || !isTitleWord(prev, lemmas) || lemmas.forms(prev).some((r) => COMPANY_LIKE_HEADS.has(r.head))) return null;
  const surname = surnameLemma(t.text, lemmas);
  if (surnameRank(surname) && plausibleSurname(t, surname, lemmas)) return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true };
  // a word no list knows, after a title in the singular and a space: a foreign surname (tuomari Koh, presidentti Assadia; not työntekijät Sonyn);
  // a Finnish-looking one is a place (kaupunginjohtaja Kouvolan uusi …), as DVV would list a Finnish surname
  if (t.start === prev.end || !isTitleWord(prev, lemmas, true) || !looksForeign(t.text) || (next?.joined && next.text.length === 1) || t.text.includes("-") || t.text.includes(":") || NOT_NAME_WORDS.has(t.text) || lemmas.isKnownWord(t.lower) || CALENDAR_WORDS.has(t.lower)) return null;
  const foreign = titledSurname(t, prev, lemmas, true);
  return { name: foreign, surname: foreign, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true };
}

/**
 * `valtuutetut Hyrkkö ja Lindqvist`, `valtuutettu Hyrkkö, Mäki ja Salo`: a
 * surname DVV lists, coordinated right after a surname that a title vouched
 * for, is the next person of the list — when no capitalised word follows
 * (that would make it a first name) and it is no common word.
 */
function coordinatedSurname(text: string, tokens: Token[], i: number, lemmas: Lemmas, before: NameMatch | undefined): NameMatch | null {
  const t = tokens[i];
  if (!before?.surnameOnly || before.quoted || before.last >= i || !t.capital || !coordinates(text, tokens, before.last, i, lemmas) || i - before.last > 2) return null;
  const next = tokens[i + 1];
  if ((next?.joined && next.upper) || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower) || (lemmas.isWholeWord(t.lower) && !(before.first === i - 2 && subjectSurnames(text, tokens, i - 2, lemmas)))) return null;
  const surname = surnameLemma(t.text, lemmas);
  if (!surnameRank(surname) || firstNameRank(surname) > surnameRank(surname) || !plausibleSurname(t, surname, lemmas)) return null;
  return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true };
}

/**
 * `Karvinen ja Varvikko jatkavat hallituksessa`: two surnames DVV lists,
 * coordinated as the subject of a verb, name two people when one of them is
 * a common Finnish surname in -nen (towns and firms seldom end so) and each
 * is a surname rather than a first name and no common word, unless written
 * with a capital where none goes. The first is returned; the second joins as
 * a surname coordinated with it (a common word too, which the pair vouches
 * for: Varvikko).
 */
function subjectSurnames(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const link = tokens[i + 1];
  const second = tokens[i + 2];
  const verb = tokens[i + 3];
  if (!link?.joined || !COORDINATORS.has(link.lower) || !second?.joined || !verb?.joined || verb.upper || FUNCTION_WORDS.has(verb.lower) || lemmas.isKnownWord(verb.lower)) return null;
  const first = tokens[i];
  if (!surnameAlone(text, first, lemmas) || !surnameAlone(text, second, lemmas)) return null;
  if (!first.lower.endsWith("nen") && !second.lower.endsWith("nen")) return null;
  return { name: first.text, surname: first.text, span: { start: first.start, end: first.end }, first: i, last: i, surnameOnly: true };
}

/**
 * Whether a word as written is a common surname in DVV, listed more often
 * as a surname than as a first name, and no common word unless very common
 * as a surname (Virtanen) or capitalised where no capital goes.
 */
function surnameAlone(text: string, t: Token, lemmas: Lemmas): boolean {
  const rank = surnameRankOf(t);
  if (!t.capital || rank < COMMON_SURNAME || firstNameRankOf(t) >= rank || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower)) return false;
  return rank >= COMMON_WORD_SURNAME || !standsWhereCapitalsGo(text, t) || !lemmas.isWholeWord(t.lower);
}

/**
 * `…, Gates kirjoitti`, `”…”, Fredrikson sanoo`, `sanoi Elop.`: a quote's
 * speaker named by one capitalised word the word lists do not know — after a
 * comma, a quote or a dash, before a verb of saying, or right after one at
 * the clause's end. Companies are quoted too, but seldom right after the quote.
 */
function quotedSpeaker(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // the verb first: it is cheap to ask, and most capitalised words stand by none
  const before = next?.joined && SAYING_VERBS.has(next.lower) && QUOTE_END.test(text.slice(Math.max(0, t.start - 3), t.start));
  const after = !before && prev?.joined && SAYING_VERBS.has(prev.lower) && /^[.,]/.test(text.slice(t.end, t.end + 1)) && QUOTE_END.test(text.slice(Math.max(0, prev.start - 3), prev.start));
  if (!before && !after) return null;
  if (!t.capital || t.text.includes(":") || NOT_NAME_WORDS.has(t.text) || lemmas.isKnownWord(t.lower) || CALENDAR_WORDS.has(t.lower)) return null;
  const surname = surnameLemma(t.text, lemmas, true);
  // before a verb of speech itself, a word shaped as no company's name is is a person's without a full name to confirm it —
  // unless it speaks in a press release (`…, Zentrix sanoo tiedotteessaan`), as organizations do
  const spoken = before && SPEECH_VERBS.has(next.lower) && !brandShaped(text, t) && !tokens[i + 2]?.lower.includes("tiedottee");
  return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true, quoted: true, speaker: spoken || undefined };
}

/** A word shaped as brands and sites are, not names: a capital or a digit inside it (TechCrunch, Web2), or a dot or a slash joining it to more (Tech.eu, Re/code). */
function brandShaped(text: string, t: Token): boolean {
  for (let k = 1; k < t.text.length; k++) {
    const c = t.text[k];
    if ((c >= "0" && c <= "9") || c !== c.toLowerCase()) return true;
  }
  const before = text[t.start - 1];
  const after = text[t.end];
  return before === "." || before === "/" || ((after === "." || after === "/") && /\p{L}/u.test(text[t.end + 1] ?? ""));
}

/** The DVV band from which a surname alone, as a speaker, is a person's: a company rarely bears a common surname. */
const COMMON_SURNAME = 3;
/** The DVV band from which a surname that is also a common word (Korpi, Rinne), capitalised mid-sentence, is a person's rather than a company's (Rovio). */
const COMMON_WORD_SURNAME = 6;

/**
 * `Hyppönen sanoo`, `sanoi Toivonen.`, `Kairisen mukaan`, `Westling
 * vakuuttaa`: a surname alone next to a verb of saying, before a verb of
 * stating, or in the genitive before `mukaan` or `mielestä`, is a person's
 * when DVV lists it or it ends in -nen, and it is no common word.
 */
function speakingSurname(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const after = next?.joined && (SAYING_VERBS.has(next.lower) || STATING_VERBS.has(next.lower) || (t.lower.endsWith("n") && (next.lower === "mukaan" || next.lower === "mielestä")));
  if (!after && !(t.joined && prev && SAYING_VERBS.has(prev.lower) && !next?.joined)) return null;
  if (!t.capital || t.text.includes(":") || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return null;
  // a place in the inessive says where, before a verb as anywhere (`Pankkiautomaatti Helsingissä sanoi`): no subject stands so
  if (INESSIVE.test(t.lower)) return null;
  // a common word that is also a surname (Lehden, Lähteen mukaan) names a source, not a person; written with a capital where none goes, it is a name (…, Korpi sanoo)
  const common = lemmas.isWholeWord(t.lower);
  // …but a common surname in -nen before `mukaan` or `mielestä` is a person's where a sentence starts too: a derivative's genitive (virtasen, tuomisen) is cited by no one
  if (common && (t.text.includes("-") || (standsWhereCapitalsGo(text, t) && !((next?.lower === "mukaan" || next?.lower === "mielestä") && citesCommonNenSurname(t, lemmas))))) return null;
  // a capitalised word right before makes it the end of a longer name (New York Postin mukaan)
  if (prev?.joined && prev.upper && !SAYING_VERBS.has(prev.lower)) return null;
  const surname = surnameLemma(t.text, lemmas);
  const rank = surnameRank(surname);
  // a rarer surname DVV lists (Fredriksonin, Salonaho sanoo) counts when the word is its base with an ending added, not a stem changed to reach it
  // (Nasan is no form of Nasi), and its base is no common word either (Nokian)
  const rare = !common && rank > 0 && keepsStem(t.lower, surname.toLowerCase()) && !lemmas.isWholeWord(surname.toLowerCase());
  // a surname DVV lists more often as a first name (Tuomas) is a first name alone
  if (!(rank >= (common ? COMMON_WORD_SURNAME : COMMON_SURNAME) || rare || (!common && /[aeiouyäö]nen$/.test(surname))) || (firstNameRank(surname) > 0 && firstNameRank(surname) >= rank) || !(common || plausibleSurname(t, surname, lemmas))) return null;
  return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true, speaker: true };
}

/** Whether a genitive in -sen is of a surname in -nen as common as a common word's surname must be (Virtasen, Tuomisen). */
function citesCommonNenSurname(t: Token, lemmas: Lemmas): boolean {
  return /[aeiouyäö]sen$/.test(t.lower) && surnameRank(surnameLemma(t.text, lemmas)) >= COMMON_WORD_SURNAME;
}

/** The DVV band from which a surname not in -nen, alone as a verb's subject, is a person's rather than a town's: Kokkola, Rauma and Kuopio are rarer surnames than Seppälä or Ollila. */
const SUBJECT_SURNAME = 8;

/** The forms of olla and the negation verb that follow a subject (`Seppälä on`, `Lassila ei`). */
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set(["on", "oli", "olisi", "ei"]);

/**
 * `Rautanen näkee …`, `Lassila ei …`: a common surname DVV lists as written,
 * in the nominative a subject takes, Finnish-looking and no common word,
 * standing alone before a verb — a lower-case word no Kotus nominal reads,
 * or `on`, `oli`, `ei` — is a person's: towns and firms seldom bear a very
 * common Finnish surname, and none one in -nen. (A foreign one, Ericsson,
 * often names a firm.)
 */
function subjectSurname(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  // the word's own bands first (read once per token), then the next word's shape: most capitalised words are no common surname
  const rank = surnameRankOf(t);
  if (rank < (t.lower.endsWith("nen") ? COMMON_SURNAME : SUBJECT_SURNAME) || !t.capital || firstNameRankOf(t) >= rank || !next?.joined || next.upper || !/^\p{Ll}+$/u.test(next.text)) return null;
  if (t.text.includes("-") || FUNCTION_WORDS.has(t.lower) || NOT_NAME_WORDS.has(t.text) || CALENDAR_WORDS.has(t.lower) || looksForeign(t.text)) return null;
  // a capitalised word right before makes it the end of a longer name, unless capitalised only as the sentence's first word
  const prev = tokens[i - 1];
  if (t.joined && prev?.upper && !standsWhereCapitalsGo(text, prev)) return null;
  // a common word capitalised where no capital goes is a name (…, ja Karjalainen oli …); where a sentence starts it may be the word (Suomalainen on …)
  if (!verbAfter(next, lemmas) || (lemmas.isWholeWord(t.lower) && standsWhereCapitalsGo(text, t))) return null;
  return { name: t.text, surname: t.text, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true, speaker: true };
}

/**
 * A surname in -n that its reading made a genitive of a name no list knows
 * (Macron → Macro) is written in the nominative when a finite verb follows
 * it: a subject stands so (`Emmanuel Macron vieraili`), a genitive before a
 * verb only with verbs of necessity (`Macronin täytyy`).
 */
function subjectNominative(surnameToken: Token, surname: string, next: Token | undefined, lemmas: Lemmas): string {
  const written = surnameToken.text;
  if (written.length !== surname.length + 1 || !written.endsWith("n") || !written.startsWith(surname) || surnameRank(surname) || NECESSITY_VERBS.has(next?.lower ?? "") || !verbAfter(next, lemmas)) return surname;
  return written;
}

/** Verbs of necessity, whose subject stands in the genitive (`Virtasen täytyy`, `hänen pitää`). */
const NECESSITY_VERBS: ReadonlySet<string> = new Set(["täytyy", "täytyi", "pitää", "piti", "tarvitsee", "tarvitsi", "kannattaa", "kannatti"]);

/** Whether a word after a subject reads as its verb: a lower-case word no Kotus nominal reads (`kertoi`), or `on`, `oli`, `olisi`, `ei`. */
function verbAfter(t: Token | undefined, lemmas: Lemmas): boolean {
  return t !== undefined && t.joined && /^\p{Ll}+$/u.test(t.text) && (FUNCTION_WORDS.has(t.lower) ? SUBJECT_AUXILIARIES.has(t.lower) : !lemmas.isKnownWord(t.lower));
}

/** Whether token i opens a clause: the sentence's first word, or one after a comma or after a word that opens a clause. */
function opensClause(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !prev || standsWhereCapitalsGo(text, t) || endsSentence(text, prev.end, t.start) || (t.joined ? CLAUSE_OPENERS.has(prev.lower) : text.slice(prev.end, t.start).trim() === ",");
}

/** The forms of `hän`, the pronoun Finnish uses of a person only (a company, a product or a place is `se`). */
const HAN_FORMS: ReadonlySet<string> = new Set(["hän", "hänen", "häntä", "hänet", "hänellä", "hänelle", "häneltä", "hänestä", "häneen", "hänessä", "hänenkin", "hänkin", "hänelläkin"]);

/** Words after which a clause begins, so that the word after them may be its subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["että", "kun", "mutta", "koska", "vaikka", "jos", "ja", "kuin", "sillä"]);
/** Whether a pair of capitalised words (tokens i…last) opens a clause before a lower-case verb, and a later `hän` in a clause of its own can only mean it. */
function pairReferent(text: string, tokens: Token[], i: number, last: number, lemmas: Lemmas): boolean {
  if (!verbAfter(tokens[last + 1], lemmas)) return false;
  return opensClause(text, tokens, i) && !NOT_SUBJECT_ENDING.test(tokens[last].lower) && pronounAfter(text, tokens, last + 2, lemmas) && aloneBefore(text, tokens, i, lemmas);
}

/** Whether the sentence names no one before token i that a later `hän` could refer to: no other capitalised word but a common one starting it, no role title, no `hän` of its own. */
function aloneBefore(text: string, tokens: Token[], i: number, lemmas: Lemmas): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (i - j > SENTENCE_REACH) return false;
    const w = tokens[j];
    if (endsSentence(text, w.end, tokens[j + 1].start)) return true;
    // a role title names a person too (Pääministeri …, mutta hänen …)
    if (HAN_FORMS.has(w.lower) || isTitleWord(w, lemmas)) return false;
    // a capitalised word: a name, unless a common word that starts the sentence other than as a verb's subject (Louhento vastasi …)
    if (!w.upper || FUNCTION_WORDS.has(w.lower)) continue;
    // a Finnish-looking word the lists lack is a place or, first in a sentence, an adverb (Eilen, Viime), as DVV would list a Finnish name
    if (nameBands(w.text) > 0 || looksForeign(w.text)) return false;
    const verb = tokens[j + 1];
    if (verb?.joined && /^\p{Ll}+$/u.test(verb.text) && !FUNCTION_WORDS.has(verb.lower) && !lemmas.isKnownWord(verb.lower)) return false;
  }
  return true;
}

/** Whether `hän` in some form stands on a line or right after it (NEXT_SENTENCE_HAN's reach): where pronounAntecedent can find one. */
function hanNear(text: string, tokens: Token[]): boolean {
  return tokens.length > 0 && HAN_STEM.test(text.slice(tokens[0].start, tokens[tokens.length - 1].end + NEXT_LINE_REACH));
}
const HAN_STEM = /[hH]än/;
/** How far past a line's last word NEXT_SENTENCE_HAN reads. */
const NEXT_LINE_REACH = 24;

/** Endings of the cases of place, the translative, and the possessive suffixes and adverbs a sentence's first word may have: no subject ends so. */
const NOT_SUBJECT_ENDING = endingIn([...endingsAfterNominative("ine", "ela", "ade", "abl", "all", "tra"), "mme", "nne", "sti"]);

/**
 * `Okafor kertoi, että hän jää eläkkeelle`: a capitalised word no list
 * knows, as a clause's subject (its first word, before a lower-case word no
 * Kotus nominal reads), is a person's when a form of `hän` follows it in the
 * same sentence and no other such subject stands between — Finnish refers to
 * companies, products and places with `se`. The word is the nominative a
 * subject takes.
 */
function pronounAntecedent(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t.capital) return null;
  const prev = tokens[i - 1];
  const opens = opensClause(text, tokens, i);
  const subject = opens && !NOT_SUBJECT_ENDING.test(t.lower) && verbAfter(next, lemmas);
  if (!subject && (!next || (next.joined && next.upper) || PLACE_ENDING.test(t.lower) || (!opens && prev?.joined && prev.upper))) return null;
  // the word's own shape before the sentence is read for a pronoun:
  // a Finnish-looking word no list knows is a common word or a place (Silloin, Viime), as DVV would list a Finnish surname
  if (!looksForeign(t.text) || HAN_FORMS.has(t.lower) || t.text.includes("-") || t.text.includes(":") || brandShaped(text, t) || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || isFirstName(t)) return null;
  if (lemmas.isKnownWord(t.lower)) return null;
  const pronoun = pronounAfter(text, tokens, i + (subject ? 2 : 1), lemmas, subject && !prev) && (subject || aloneBefore(text, tokens, i, lemmas));
  if (!pronoun) return null;
  const lemma = surnameLemma(t.text, lemmas, true);
  const name = subject && t.text === lemma + "n" ? t.text : lemma;
  return { name, surname: name, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true, speaker: true };
}

/** Endings of the cases of place, the translative, and the possessive suffixes and adverbs: a person the pronoun refers to is seldom in them. */
const PLACE_ENDING = /(?:ss[aä]|st[aä]|ll[aä]|ksi|mme|nne|sti|seen|h[aeiouyäö]n)$/;

/**
 * Whether a form of `hän` follows from token k in the same sentence, in a
 * clause of its own, before any other capitalised word the lists lack and
 * any role noun that could be the one it refers to — or, with `next`, opens
 * the next sentence (`Okafor jäi eläkkeelle. Hän …`).
 */
function pronounAfter(text: string, tokens: Token[], k: number, lemmas: Lemmas, next = false): boolean {
  // in a clause of its own: in the subject's own clause `hän` is someone else (Zentrix haastatteli häntä)
  let clause = false;
  for (let j = k; j < tokens.length; j++) {
    if (j - k > SENTENCE_REACH) return false;
    const w = tokens[j];
    if (j > 0 && endsSentence(text, tokens[j - 1].end, w.start)) return next && w.capital && HAN_FORMS.has(w.lower);
    if (CLAUSE_OPENERS.has(w.lower) || !w.joined) clause = true;
    if (HAN_FORMS.has(w.lower)) return clause;
    // any other capitalised word no list knows may be the one the pronoun refers to (…, jonka Chris Matyszczyk …, hän), and so may a role noun (… uuden johtajan, jonka mukaan hän …)
    // — a place's name in a case of place (Detroitissa, Venäjältä) is none, but a compound with a name may be a person's noun (Uber-kuski)
    if ((w.upper && ((!PLACE_ENDING.test(w.lower) && !lemmas.isKnownWord(w.lower)) || w.text.includes("-"))) || lemmas.forms(w).some((r) => isRoleHead(r.head))) return false;
  }
  if (!next || !tokens.length) return false;
  // the line ends the sentence: the next line may open with `Hän`
  return NEXT_SENTENCE_HAN.test(text.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + NEXT_LINE_REACH));
}

/** How many words a pronoun and the name it refers to may stand apart, or a name from its sentence's start: a bound keeps a line with no sentence's end linear. */
const SENTENCE_REACH = 60;

/** A sentence's end, then `Hän` in some form opening the next sentence. */
const NEXT_SENTENCE_HAN = /^\s?[”"»)]?\s?[.!?]\s?[”"»)]?\s+(?:[–—-]\s*)?Hän(?:en|tä|et|ellä|elle|eltä|estä|essä|een)?(?![\p{L}-])/u;

/** The participles of `toimia` that follow a role in the essive (`puheenjohtajana toimiva`). */
const ACTING: ReadonlySet<string> = new Set(["toimiva", "toimivan", "toimivaa", "toimivalle", "toimivalta", "toiminut", "toimineen", "toiminutta", "toimineelle", "toimineelta"]);

/** The forms of olla and the negation verb before a participle used as a predicate. */
const PREDICATE_AUXILIARIES: ReadonlySet<string> = new Set(["on", "oli", "ovat", "olivat", "olisi", "olisivat", "ollut", "olleet", "ei", "eivät", "eikä"]);

/** Participles of verbs only people are the subjects of: living, being born, studying, graduating, working as an employee (`Oulussa asuva`, `Intiassa syntynyt`). */
const HUMAN_PARTICIPLES: ReadonlySet<string> = new Set([
  "asuva", "asuvan", "asuvaa", "asuvalle", "asunut", "asuneen", "syntynyt", "syntyneen", "syntynyttä", "syntyneelle",
  "opiskeleva", "opiskelevan", "opiskellut", "opiskelleen", "valmistunut", "valmistuneen", "työskentelevä", "työskentelevän", "työskennellyt", "työskennelleen",
]);

/**
 * `puheenjohtajana toimiva Okafor`, `strategiajohtajana toiminut Rakesh
 * Kapoor`, `Tampereella asuva Okafor`: a role in the essive and a
 * participle of `toimia`, or a participle of a verb only people are the
 * subjects of, before one or two capitalised words make them a person's
 * name — a company serves as a supplier or a platform, not as a chair or a
 * director, and lives nowhere. The last word is the surname, in the
 * participle's case.
 */
function actingInRole(tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  const participle = tokens[i - 1];
  const role = tokens[i - 2];
  if (!t.capital || !t.joined || !participle?.joined) return null;
  if (!HUMAN_PARTICIPLES.has(participle.lower) && !(ACTING.has(participle.lower) && role && lemmas.forms(role).some((r) => isRoleHead(r.head) && r.case === "ess"))) return null;
  if (t.text.includes(":") || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower) || lemmas.isWholeWord(t.lower)) return null;
  const next = tokens[i + 1];
  const pair = next?.joined && next.capital && !next.text.includes(":") && !WHERE_FROM.test(next.lower) && !INESSIVE.test(next.lower) && !lemmas.isWholeWord(next.lower);
  if (pair && tokens[i + 2]?.joined && tokens[i + 2].upper) return null;
  const last = pair ? next : t;
  // the participle as a predicate (Android on syntynyt Googlen tuella) describes the subject; a genitive after a participle in the nominative is an owner (syntynyt Zentrixin tuella)
  const before = tokens[i - 2];
  if (before?.joined && PREDICATE_AUXILIARIES.has(before.lower)) return null;
  if (last.lower.endsWith("n") && !participle.lower.endsWith("n") && tokens[last === t ? i + 1 : i + 2]?.joined) return null;
  const surname = surnameLemma(last.text, lemmas, looksForeign(last.text));
  const name = pair ? `${t.text} ${surname}` : surname;
  return { name, surname, surface: last.text, span: { start: t.start, end: last.end }, first: i, last: pair ? i + 1 : i, surnameOnly: pair ? undefined : true };
}

/** Whether a word is a form of a place or an institution named after its place (`koulun`, `kyläkoulussa`): the genitive before it is the place's. */
export function namesPlaceNamed(t: Token, lemmas: Lemmas): boolean {
  return !t.upper && lemmas.analyse(t.lower).some((a) => a.known && PLACE_NAMED_HEADS.some((head) => a.lemma.endsWith(head)));
}

/** The DVV band from which a surname alone, in any sentence, is a person's (Ollilan tehtävä, Forss rinnastaa): towns bear such surnames seldom, and Kotus words are left out. */
const PERSON_SURNAME = 6;

/**
 * `Tehtävä oli Hirvelän vastuulla`, `Kotilainen rinnastaa …`: a surname
 * DVV lists from band 6 up, more often than as a first name, written alone —
 * no capitalised word joined or coordinated to it, not in a list of places,
 * after no title that describes companies too, and no common word — is a
 * person's wherever it stands, unless it is in a case of place
 * (Nummelassa) or a genitive before the head of a body or a title, as an
 * organization's or a town's (Järvenpään kaupunki, Ericssonin toimitusjohtaja).
 */
function commonSurnameAlone(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  if (!t.capital || surnameRankOf(t) + firstNameRankOf(t) === 0 && !CASE_ENDING.test(t.lower)) return null;
  if (t.text.includes("-") || t.text.includes(":") || PLACE_ENDING.test(t.lower) || NOT_NAME_WORDS.has(t.text) || FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if ((next?.joined && next.upper) || (t.joined && prev?.upper && !standsWhereCapitalsGo(text, prev))) return null;
  // a list of places or an address's end: a comma before (Kauppakatu 40, Joensuu), or a capitalised word after one (Joensuu, Järvenpää);
  // an initial before (M.A. Nummisen) makes it a longer name's end
  if ((next?.upper && /^\s*,\s*$/.test(text.slice(t.end, next.start))) || (prev && (text.slice(prev.end, t.start).trimEnd().endsWith(",") || /\b\p{Lu}\.$/u.test(text.slice(Math.max(0, t.start - 3), t.start).trimEnd())))) return null;
  // coordinated with another capitalised word, it shares that word's kind (Kuopio ja Järvenpää), which two people are found as by their own rules
  if ((next && COORDINATORS.has(next.lower) && tokens[i + 2]?.upper) || (prev && COORDINATORS.has(prev.lower) && tokens[i - 2]?.upper)) return null;
  // a title that describes companies too makes it a company (verkkolaitetoimittaja Lindqvist)
  if (t.joined && prev && lemmas.forms(prev).some((r) => COMPANY_LIKE_HEADS.has(r.head))) return null;
  // the surname it is written from starts it (keepsStem): most capitalised words start with no common surname, and are not analysed
  if (!startsWithRankedSurname(t.text, PERSON_SURNAME)) return null;
  const surname = surnameLemma(t.text, lemmas);
  const rank = surnameRank(surname);
  if (rank < PERSON_SURNAME || firstNameRank(surname) >= rank || !keepsStem(t.lower, surname.toLowerCase())) return null;
  if (lemmas.isWholeWord(t.lower) || lemmas.isWholeWord(surname.toLowerCase())) return null;
  if (t.lower.endsWith("n") && next?.joined && (lemmas.forms(next).length > 0 || namesPlaceNamed(next, lemmas))) return null;
  return { name: surname, surname, span: { start: t.start, end: t.end }, first: i, last: i, surnameOnly: true, speaker: true };
}

/** How many letters a case ending, with a linking vowel or a doubled one, adds to a surname (`Laine|eseen`, `Smith|ille`). */
const LONGEST_SURNAME_ENDING = 6;

/** Whether a word starts with a surname of at least this rank, or with an -nen surname's -se- stem (`Kettus|ta`). */
function startsWithRankedSurname(word: string, rank: number): boolean {
  for (let to = word.length; to >= Math.max(2, word.length - LONGEST_SURNAME_ENDING); to--) {
    if (surnameRankOfPrefix(word, to) >= rank) return true;
    if (word.charCodeAt(to - 1) === 0x73 && surnameRank(`${word.slice(0, to - 1)}nen`) >= rank) return true;
  }
  return false;
}

/** Whether a word is its base with a singular ending added (Fredriksonin, Salonahon), or a name in -nen with its -se- stem (Kettusen): no stem changed on the way (Aavikon, Nasan as a form of Nasi). */
function keepsStem(word: string, base: string): boolean {
  if (base.endsWith("nen")) return word.startsWith(base) || word.startsWith(base.slice(0, -3) + "s");
  // an -i- after a vowel-final base marks a plural (Lumioita, Lumioille), which no one person's surname takes
  return word.startsWith(base) && !(word.charCodeAt(base.length) === 0x69 && /[aeiouyäö]$/.test(base));
}

/** `nimimerkki` in the cases that stand before the pseudonym it introduces. */
const PSEUDONYM_MARKERS: ReadonlySet<string> = new Set(["nimimerkki", "nimimerkin", "nimimerkkiä", "nimimerkillä", "nimimerkille"]);
/** Whether a word is one of the markers; asked of most words, so their shared first letters are compared before the set is looked in. */
const isPseudonymMarker = (word: string) => word.startsWith("nimimerk") && PSEUDONYM_MARKERS.has(word);

/**
 * `nimimerkki evleaks kertoi`, `nimimerkillä Ykskamu`: the word after
 * `nimimerkki` is a person's pseudonym, written as its owner writes it,
 * lower case too.
 */
function pseudonym(tokens: Token[], i: number): NameMatch | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || !t.joined || !isPseudonymMarker(prev.lower) || /^\d/.test(t.text)) return null;
  return { name: t.text, surname: t.text, span: { start: t.start, end: t.end }, first: i, last: i };
}

/** A comma, closing quote or dash, and spaces, right before a word. */
const QUOTE_END = /[,”"–—]\s*$/;

/** Two capitalised words whose second is one of the quoted surnames: `Elon Musk`, `Barack Obaman`. */
export function namesEndingIn(text: string, tokens: Token[], surnames: ReadonlySet<string>, known: readonly NameMatch[], lemmas: Lemmas): NameMatch[] {
  const out: NameMatch[] = [];
  let next = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const first = tokens[i - 1];
    while (next < known.length && known[next].last < i - 1) next++;
    if (next < known.length && known[next].first <= i) continue;
    // the surname is a person's already: any capitalised word before it that is no common noun in the nominative is a first name (Elon, not Toimitusjohtaja)
    if (!t.capital || !t.joined || !first.capital || FUNCTION_WORDS.has(first.lower) || NOT_NAME_WORDS.has(first.text) || CALENDAR_WORDS.has(first.lower)) continue;
    // a sentence's first word is capitalised anyway: it is a first name only if DVV lists it or no Finnish word ends like it (Elon Musk, Kirt McMaster, not Julkistaako Nokia)
    if (!firstNameRankOf(first) && endsFinnish(first.text) && standsWhereCapitalsGo(text, first)) continue;
    if (lemmas.analyse(first.lower).some((a) => a.known && a.case === "nom")) continue;
    const surname = surnameLemma(t.text, lemmas, true);
    if (surnames.has(surname)) out.push({ name: `${first.text} ${surname}`, surname, surface: t.text, span: { start: first.start, end: t.end }, first: i - 1, last: i });
  }
  return out;
}

/** `Aula Maria Kaisa, pj.`: a listed surname, first names, then a comma or the line end. */
function invertedName(text: string, tokens: Token[], i: number, lemmas: Lemmas): NameMatch | null {
  const t = tokens[i];
  if (!t.capital || !listedSurname(t)) return null;
  let j = i + 1;
  const firsts: string[] = [];
  // first names up to the next entry of a flattened list (Ranta-Aho Mikko | Laine Liisa)
  while (j < tokens.length && tokens[j].joined && tokens[j].capital && isFirstName(tokens[j]) && !(firsts.length && startsInvertedEntry(text, tokens, j))) firsts.push(tokens[j++].text);
  if (!firsts.length) return null;
  // a comma, the end of the line, a title (Vilkman Kristian varapuheenjohtaja) or the next entry of a flattened list (Virta Kalle Ranta-Aho Mikko) must follow the first names
  const after = text.slice(tokens[j - 1].end, tokens[j - 1].end + 2);
  // an entry that opens its line or follows a label (`Saapui: Lind Morgan klo 17.20`) may go on with a note in brackets (Rantala Janne (varajäsen)),
  // a title, or the clock of an arrival or a departure
  const opensEntry = i === 0 || text.charCodeAt(tokens[i - 1].end) === 58;
  if (j < tokens.length && !after.startsWith(",") && !(opensEntry && (after.trimStart().startsWith("(") || (tokens[j].joined && (isTitleWord(tokens[j], lemmas) || SAYS_CLOCK.test(tokens[j].text))))) && !startsInvertedEntry(text, tokens, j)) return null;
  return { name: [...firsts, t.text].join(" "), surname: t.text, span: { start: t.start, end: tokens[j - 1].end }, first: i, last: j - 1 };
}

/**
 * Whether an inverted entry starts at token j and ends where an entry ends
 * (a comma or the line's end): a surname DVV ranks above its first-name use,
 * then first names only.
 */
function startsInvertedEntry(text: string, tokens: Token[], j: number, reach = INVERTED_LIST_REACH): boolean {
  const s = tokens[j];
  if (reach === 0 || !s.joined || !s.capital || !listedSurname(s) || firstNameRankOf(s) > surnameRankOf(s)) return false;
  let k = j + 1;
  while (k < tokens.length && tokens[k].joined && tokens[k].capital && isFirstName(tokens[k]) && surnameRankOf(tokens[k]) <= firstNameRankOf(tokens[k])) k++;
  return k > j + 1 && (k === tokens.length || text[tokens[k - 1].end] === "," || startsInvertedEntry(text, tokens, k, reach - 1));
}
/** How many entries ahead a flattened list is read to see that it is one (a bound keeps a line of a thousand names linear). */
const INVERTED_LIST_REACH = 6;

/** A surname DVV lists, or a double surname of one it lists after a name it lists (Ranta-Aho, Frans-Koivisto). */
function listedSurname(t: Token): boolean {
  if (surnameRankOf(t)) return true;
  const hyphen = t.text.indexOf("-");
  return hyphen > 0 && nameBands(t.text.slice(0, hyphen)) > 0 && surnameRank(t.text.slice(hyphen + 1)) > 0;
}

/** Whether the gap between two words holds a sentence's end. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}

/**
 * Head nouns of Finnish collegial bodies and organizations, by kind. A body
 * name is a phrase ending in one of these (as a word or a compound's last
 * part: `turvallisuus|lautakunta`). Language data: no names of particular
 * bodies beyond national institutions every Finnish text may name.
 */
import type { BodyKind } from "../schema/index.js";
import { endingsAfterNominative } from "../morph/fi/case-endings.js";

export interface HeadNoun {
  kind: BodyKind;
  /** Counts only with a proper-name attribute (`Hartolan kunta`, `Jyväskylän yliopisto`) or a proper first part (`Aalto-yliopisto`). */
  needsName?: boolean;
  /** Only the word itself is a head, not compounds ending in it (`kunta` but not `maakunta`, `sivistyskunta`). */
  exact?: boolean;
  /** With `exact`: a hyphen compound with a proper first part still counts (`Aalto-yliopisto`), unless this is set (`Teams-ohjelma`). */
  noHyphenCompounds?: boolean;
  /** A name may follow the head (`Ammattiliitto Pro`). */
  namedAfter?: boolean;
  /** Lower-case genitive attributes name its field (`hyvinvoinnin ja terveyden lautakunta`, `talouspolitiikan arviointineuvosto`). */
  field?: boolean;
  /** With `needsName`: a field in the genitive names it as well as a proper name (`fysiikan laitos`, `sivistyksen toimiala`), as a unit of kind other. */
  fieldNames?: boolean;
  /** Also a place: in the inessive or adessive (`seurakuntakeskuksessa`, `kirkossa`) it is where something happens, not who acts. */
  venue?: boolean;
  /** Counts only with a name after it or a proper first part (`yritys Solita`, `Solita-yritys`): a genitive before it is its owner (`Matin yritys`). */
  namedOnlyAfter?: boolean;
  /** Counts only in the genitive right before a role title, as the organization of that role (`Kuusikummun koulun rehtori`). */
  beforeTitle?: boolean;
  /** Counts only after a party's genitive: a council group (`SDP:n ryhmä`, `keskustan ryhmä`). */
  afterParty?: boolean;
  /**
   * With `needsName`: its genitive, which starts the names of the bodies it
   * owns (`kaupungin|valtuusto`, `osaston toimikunta`). In a text that names
   * such a body, the bare head is that body's owner (`kaupungin
   * verkkosivuilla` in the city council's minutes).
   */
  ownerGenitive?: string;
}

const H = (kind: BodyKind, needsName = false, extra: Partial<HeadNoun> = {}): HeadNoun => ({ kind, needsName, ...extra });

/** Kinds of organization a bare head refers back to by kind alone: `yhtiö` is the company the text named (Kaarnakahvi Oy), `seura` the club (Honkaharjun Korikset ry). */
export const REFERRED_KINDS: ReadonlySet<BodyKind> = new Set(["company", "association", "union"]);

export const HEAD_NOUNS: Record<string, HeadNoun> = {
  valtuusto: H("council"),
  edustajisto: H("council"),
  eduskunta: H("other"),
  hallitus: H("executive-board"),
  johtokunta: H("executive-board"),
  lautakunta: H("committee", false, { field: true }),
  valiokunta: H("committee", false, { field: true }),
  toimikunta: H("committee", false, { field: true }),
  neuvottelukunta: H("committee", false, { field: true }),
  neuvosto: H("committee", false, { field: true }),
  jaosto: H("division", false, { field: true }),
  osasto: H("other", true, { ownerGenitive: "osaston", field: true }),
  työryhmä: H("working-group", false, { field: true }),
  hankeryhmä: H("working-group"),
  alaryhmä: H("working-group", false, { field: true }),
  valmisteluryhmä: H("working-group", false, { field: true }),
  suunnitteluryhmä: H("working-group", false, { field: true }),
  projektiryhmä: H("working-group", false, { field: true }),
  asiantuntijaryhmä: H("working-group", false, { field: true }),
  haastatteluryhmä: H("working-group"),
  valintaryhmä: H("working-group"),
  arviointiryhmä: H("working-group"),
  ohjausryhmä: H("steering-group", false, { field: true }),
  seurantaryhmä: H("steering-group", false, { field: true }),
  johtoryhmä: H("steering-group", false, { field: true }),
  valtuustoryhmä: H("other"),
  ryhmä: H("other", false, { exact: true, noHyphenCompounds: true, afterParty: true }),
  valtuuskunta: H("council"),
  yhtymäkokous: H("council"),
  hallintoneuvosto: H("executive-board"),
  komitea: H("committee", false, { field: true }),
  // a panel of residents or customers the body hears: asukasraati, asiakasraati, nuorisoraati
  raati: H("other", false, { field: true }),
  yhteistoimintaelin: H("committee", false, { field: true }),
  toimielin: H("preparatory-body"),
  valmisteluelin: H("preparatory-body"),
  ministeriö: H("ministry"),
  kanslia: H("ministry", false, { exact: true }),
  virasto: H("agency", false, { namedAfter: true }),
  laitos: H("agency", true, { field: true, fieldNames: true, namedAfter: true }),
  keskus: H("agency", true, { venue: true }),
  toimiala: H("other", true, { field: true, fieldNames: true }),
  palvelualue: H("other", true, { field: true, fieldNames: true }),
  vastuualue: H("other", true, { field: true, fieldNames: true }),
  tulosalue: H("other", true, { field: true, fieldNames: true }),
  tiedekunta: H("other", false, { field: true }),
  // a university's student union
  ylioppilaskunta: H("association"),
  yhdistys: H("association", false, { namedAfter: true }),
  järjestö: H("association", true, { ownerGenitive: "järjestön", namedAfter: true }),
  kerho: H("association", true, { ownerGenitive: "kerhon" }),
  seura: H("association", true, { ownerGenitive: "seuran" }),
  keskusliitto: H("association", false, { namedAfter: true }),
  ammattiliitto: H("union", false, { namedAfter: true }),
  liitto: H("other", true, { ownerGenitive: "liiton" }),
  unioni: H("other", true, { exact: true }),
  yhtymä: H("other", false, { namedAfter: true }),
  piiri: H("other", true, { exact: true }),
  seurakunta: H("other"),
  hiippakunta: H("other"),
  tuomiokapituli: H("other"),
  tiekunta: H("association"),
  // a road or fishing association's board (`tiekunnan hoitokunta`)
  hoitokunta: H("executive-board"),
  osakaskunta: H("association"),
  kirkko: H("other", true, { exact: true, venue: true }),
  ajatuspaja: H("other", true, { namedAfter: true }),
  puolue: H("party"),
  hanke: H("project", true),
  projekti: H("project", true),
  ohjelma: H("project", true, { exact: true, noHyphenCompounds: true }),
  hyvinvointialue: H("welfare-area"),
  kunta: H("municipality", true, { ownerGenitive: "kunnan", exact: true }),
  kaupunki: H("municipality", true, { ownerGenitive: "kaupungin", exact: true }),
  sairaanhoitopiiri: H("hospital-district"),
  hyvinvointiyhtymä: H("hospital-district"),
  kuntayhtymä: H("other", false, { namedAfter: true }),
  yliopisto: H("other", true),
  korkeakoulu: H("other", true),
  ammattikorkeakoulu: H("other", true),
  pelastuslaitos: H("other", true),
  säätiö: H("association", true),
  rahasto: H("other", true),
  instituutti: H("agency", true),
  akatemia: H("agency", true, { exact: true }),
  opisto: H("other", true, { venue: true }),
  // a school as the employer of its rector and teachers (`Kuusikummun koulun rehtori`), not the building or the closure's object
  koulu: H("other", true, { venue: true, exact: true, noHyphenCompounds: true, beforeTitle: true }),
  lukio: H("other", true, { venue: true, exact: true, noHyphenCompounds: true, beforeTitle: true }),
  kauppakamari: H("association", true),
  käräjäoikeus: H("agency", true),
  hovioikeus: H("agency", true),
  "hallinto-oikeus": H("agency"),
  verkosto: H("other", true),
  osuuskunta: H("company", true),
  osakeyhtiö: H("company", true),
  yhtiö: H("company", true, { namedAfter: true }),
  konserni: H("company", true, { namedAfter: true }),
  yritys: H("company", true, { namedAfter: true, namedOnlyAfter: true }),
  yhteisö: H("company", true, { namedAfter: true, namedOnlyAfter: true }),
  pankki: H("company", true, { namedAfter: true }),
  kauppaketju: H("company", true, { namedAfter: true }),
  ravintolaketju: H("company", true, { namedAfter: true }),
  hotelliketju: H("company", true, { namedAfter: true }),
  operaattori: H("company", true, { namedAfter: true }),
  kustantamo: H("company", true, { namedAfter: true }),
  varustamo: H("company", true, { namedAfter: true }),
  palvelukeskus: H("other", true),
  tutkimuskeskus: H("other", true),
};

/**
 * National agencies named as a board (`Opetushallitus`, `Patentti- ja
 * rekisterihallitus`), by the end of their lemma: an agency, not a board, so
 * a text's bare `hallitus` is another body (the association's own board).
 */
export const AGENCY_BOARDS: readonly string[] = ["opetushallitus", "rekisterihallitus", "metsähallitus", "kirkkohallitus", "tullihallitus"];

/**
 * Plural nouns that end an organization's name, by the stem their plural
 * case forms share: a party's or movement's youth and women's wings
 * (`Vasemmistonuoret`, `Keskustanaiset`, `Vihreät nuoret`), and newspapers
 * after a place's genitive (`Kouvolan Sanomat`, `Helsingin Uutiset`).
 */
export const PLURAL_NAME_HEADS: Readonly<Record<string, { stem: string; kind: BodyKind; afterGenitive?: boolean }>> = {
  nuoret: { stem: "nuor", kind: "association" },
  naiset: { stem: "nais", kind: "association" },
  sanomat: { stem: "sanom", kind: "company", afterGenitive: true },
  uutiset: { stem: "uutis", kind: "company", afterGenitive: true },
};
/** The plural case endings after such a stem besides the nominative's (`nuor|ten`, `Sanom|issa`). */
export const PLURAL_NAME_ENDINGS: readonly string[] = ["ten", "ien", "ia", "issa", "issä", "ista", "istä", "iin", "illa", "illä", "ilta", "iltä", "ille", "ina", "inä", "iksi"];

/** Words ending like a head noun that name no body. */
export const NOT_BODIES = new Set([
  "maakunta",
  "valtakunta",
  "henkilökunta",
  "asiakaskunta",
  "opiskelijakunta",
  "sidosryhmä",
  "kohderyhmä",
  "pienryhmä",
  "teemaryhmä",
  "ikäryhmä",
  "tulosyksikkö",
  "aluekeskus",
  "sote-keskus",
  "seurakuntakeskus",
  "urheilukeskus",
  "kulttuurikeskus",
  "leirikeskus",
  "messukeskus",
  "nuorisokeskus",
  "liikuntakeskus",
  "kokouskeskus",
  "kongressikeskus",
  "kauppakeskus",
  "toimintaohjelma",
  "kulttuuriohjelma",
  "rakentamishanke",
  "kehittämishanke",
  "kuntalaisilta",
  "vaalipiiri",
  "ystäväpiiri",
  "lähipiiri",
  "tuttavapiiri",
  "ongelmapiiri",
  "tytäryhtiö",
  "emoyhtiö",
  "ruokapankki",
  "veripankki",
  "tietopankki",
  "kuvapankki",
]);

/**
 * Words of their own that a bare head's form spells (`keskusta`, a town's
 * centre, not the partitive of `keskus`): no body, though a compound's
 * partitive is one (`ELY-keskusta`).
 */
export const HEAD_FORM_WORDS: ReadonlySet<string> = new Set(["keskusta"]);

/** Numerals and quantifiers before a partitive singular that count bodies of a kind (`neljä työryhmää`, `useita hankkeita`): no one body. */
export const COUNT_WORDS: ReadonlySet<string> = new Set(["kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen", "pari", "monta", "muutama", "useampi"]);

/** Modifiers that describe a body in passing and are no part of its name. */
export const NOT_NAME_MODIFIERS = new Set(["jokainen", "kukin", "useampi", "usea", "nuori", "varsinainen", "uusi", "entinen", "nykyinen", "tuleva", "koko", "oma", "eri", "sama", "kyseinen", "tämä", "se", "kaikki", "muu", "ensimmäinen", "toinen", "kolmas", "viimeinen", "seuraava", "edellinen", "ylimääräinen", "historian"]);

/** The cases the determiners below are listed in, in this order. */
const PRONOUN_CASES = ["nom", "gen", "par", "ine", "ela", "ill", "ade", "abl", "all"];

/**
 * Determiners that make a singular head generic, any body of its kind
 * (`jokaisesta puolueesta`, `mikä toimielin`), by form and case. Pronoun
 * stems change within the paradigm (kuka → kunkin), so forms are listed.
 */
export const GENERIC_DETERMINERS: Record<string, string> = paradigmCases([
  "jokainen jokaisen jokaista jokaisessa jokaisesta jokaiseen jokaisella jokaiselta jokaiselle",
  "kukin kunkin kutakin kussakin kustakin kuhunkin kullakin kultakin kullekin",
  "mikä minkä mitä missä mistä mihin millä miltä mille",
  "jokin jonkin jotakin jossakin jostakin johonkin jollakin joltakin jollekin",
  "mikään minkään mitään missään mistään mihinkään millään miltään millekään",
  "toinen toisen toista toisessa toisesta toiseen toisella toiselta toiselle",
  "muu muun muuta muussa muusta muuhun muulla muulta muulle",
  "kumpikin kummankin kumpaakin kummassakin kummastakin kumpaankin kummallakin kummaltakin kummallekin",
]);

/** Each form of paradigms written in PRONOUN_CASES order (the nominative first), with its nominative and case. */
function paradigmForms(paradigms: string[]): Array<{ form: string; lemma: string; case: string }> {
  return paradigms.flatMap((paradigm) => {
    const forms = paradigm.split(" ");
    return forms.map((form, k) => ({ form, lemma: forms[0], case: PRONOUN_CASES[k] }));
  });
}

/** Each form of paradigms written in PRONOUN_CASES order, with its case. */
function paradigmCases(paradigms: string[]): Record<string, string> {
  return Object.fromEntries(paradigmForms(paradigms).map((f) => [f.form, f.case]));
}

/**
 * Superlatives in the names of national institutions (`korkein
 * hallinto-oikeus`), by form and case: their stem changes (korkein →
 * korkeimman) where the word analysis reads none.
 */
export const SUPERLATIVE_FORMS: Record<string, { lemma: string; case: string }> = Object.fromEntries(
  paradigmForms(["korkein korkeimman korkeinta korkeimmassa korkeimmasta korkeimpaan korkeimmalla korkeimmalta korkeimmalle"]).map((f) => [f.form, f]),
);

/** Genitive pronouns and postposition-like words that end like an attribute but are none. */
export const NOT_ATTRIBUTES = new Set(["eron", "vapautuksen", "tämän", "sen", "hänen", "heidän", "niiden", "näiden", "joiden", "jonka", "kunkin", "jokaisen", "oman", "minkä", "mukaan", "tavoin", "yksin", "ainakin", "jälkeen", "aikana", "samoin", "toisin", "näin", "niin", "miten", "kuten", "täten", "hyvin", "oikein", "vihdoin", "jälleen", "kerran", "viimein", "ensin", "kanssa", "kautta", "vuoksi", "takia", "kesken", "lisäksi", "välillä", "alaisen", "enemmistöäänin", "äänin", "käsitellään", "vasta", "siten", "ennen", "kuin", "kun", "ilman", "myöten", "saakka", "asti", "kevään", "syksyn", "kesän", "talven", "vuoden", "viikon", "päivän", "illan", "aamun", "kauden", "alun", "lopun"]);

/** Party abbreviations written after a councillor's name: "Pekka Nieminen (kok.)". */
export const PARTY_ABBREVIATIONS: Record<string, string> = {
  kok: "kokoomus",
  sd: "SDP",
  sdp: "SDP",
  kesk: "keskusta",
  ps: "perussuomalaiset",
  vihr: "vihreät",
  vas: "vasemmistoliitto",
  r: "RKP",
  rkp: "RKP",
  kd: "kristillisdemokraatit",
};

/** Party names as Finnish texts write them, often in lower case, by their inflected forms. */
export const PARTY_FORMS: Record<string, string> = {
  vihreät: "vihreät", vihreiden: "vihreät", vihreitä: "vihreät", vihreille: "vihreät",
  keskusta: "keskusta", keskustan: "keskusta", keskustaa: "keskusta",
  kokoomus: "kokoomus", kokoomuksen: "kokoomus",
  perussuomalaiset: "perussuomalaiset", perussuomalaisten: "perussuomalaiset", perussuomalaisia: "perussuomalaiset",
  kristillisdemokraatit: "kristillisdemokraatit", kristillisdemokraattien: "kristillisdemokraatit",
  vasemmistoliitto: "vasemmistoliitto", vasemmistoliiton: "vasemmistoliitto",
  "sdp:n": "SDP", "rkp:n": "RKP",
};

/** Case endings a one-word organization name can carry (`Tehyn`, `Tehystä`), and none. */
export const NAME_CASE_ENDINGS: readonly string[] = ["", ...endingsAfterNominative("gen", "par", "ess", "tra", "ine", "ela", "ill", "ade", "abl", "all")];

/** The meetings of an association's or a federation's members, its highest organ (`vuosikokous`, `liittokokous`). */
export const GENERAL_MEETINGS: readonly string[] = ["vuosikokous", "syyskokous", "kevätkokous", "yleiskokous", "liittokokous", "edustajakokous", "jäsenkokous", "perustamiskokous"];

/** Company and association form suffixes. */
export const LEGAL_FORMS: Record<string, BodyKind> = { oy: "company", oyj: "company", ab: "company", ltd: "company", ry: "association", rf: "association", ky: "company" };

export const LEGAL_FORM = new Map(Object.entries(LEGAL_FORMS));
const LEGAL_FORM_INITIALS = new Set([...LEGAL_FORM.keys()].map((k) => k.charCodeAt(0)));

/** The longest word a legal form can be with its case ending (`oyj:stä`, `ry:ltään`). */
const LEGAL_FORM_MAX = Math.max(...Object.keys(LEGAL_FORMS).map((f) => f.length)) + ":ltään".length;

/** The legal form a short word is (`Oy`, `oy:n`, `Ab`, `Oyj:stä`), or undefined; most words are turned away by their first letter. */
export function legalFormOf(lower: string): BodyKind | undefined {
  if (lower.length > LEGAL_FORM_MAX || !LEGAL_FORM_INITIALS.has(lower.charCodeAt(0))) return undefined;
  return LEGAL_FORM.get(withoutColonEnding(lower));
}

/** `STTK:n` → `STTK`: an abbreviation without the case ending after its colon. */
export function withoutColonEnding(word: string): string {
  const colon = word.lastIndexOf(":");
  return colon >= 0 && COLON_ENDING.test(word.slice(colon)) ? word.slice(0, colon) : word;
}
const COLON_ENDING = /^:\p{L}+$/u;

/** A registered name in lower case without its legal form (`kiteen yhdistys ry` → `kiteen yhdistys`). */
export function withoutLegalForm(lower: string): string {
  const space = lower.lastIndexOf(" ");
  return space > 0 && Object.hasOwn(LEGAL_FORMS, lower.slice(space + 1)) ? lower.slice(0, space) : lower;
}

/**
 * Finnish parties, confederations and national institutions that texts name
 * with one word or an acronym. National institutions, not this corpus's.
 */
export const NAMED_ORGANIZATIONS: Record<string, BodyKind> = {
  kokoomus: "party",
  keskusta: "party",
  sdp: "party",
  perussuomalaiset: "party",
  vihreät: "party",
  vasemmistoliitto: "party",
  rkp: "party",
  kristillisdemokraatit: "party",
  eduskunta: "other",
  kela: "agency",
  thl: "agency",
  stm: "ministry",
  okm: "ministry",
  tem: "ministry",
  vm: "ministry",
  avi: "agency",
  ely: "agency",
  hus: "hospital-district",
  sak: "union",
  sttk: "union",
  akava: "union",
  jhl: "union",
  tehy: "union",
  super: "union",
  jyty: "union",
  ek: "association",
  kuntaliitto: "association",
  soste: "association",
  saamelaiskäräjät: "other",
};

/** Acronyms, abbreviations, meeting platforms (a venue online) and software written with inner capitals that are not organizations. */
export const NOT_ORGANIZATION_ACRONYMS = new Set(["teams", "zoom", "webex", "meet", "youtube", "facebook", "instagram", "linkedin", "whatsapp", "powerpoint", "sharepoint", "onedrive", "javascript", "ok", "eet", "eest", "utc", "gmt", "pdf", "ict", "hr", "yva", "it", "eu", "tki", "sote", "vuca", "faq", "url", "www", "pj", "vpj", "klo", "nro", "puh", "ps", "os"]);

/**
 * Head words of organizations named in English, Swedish, Norwegian or German
 * (`Martens Centre for European Studies`, `Svenska Kulturfonden`). A
 * capitalised run around one of these names an organization; the Nordic
 * compounds count by their ending (`kultur|fonden`).
 */
export const FOREIGN_HEADS: Record<string, BodyKind> = {
  centre: "other", center: "other", institute: "other", foundation: "association", association: "association",
  council: "other", committee: "other", agency: "agency", university: "other", college: "other", forum: "other",
  network: "other", society: "association", fund: "other", federation: "association", league: "association",
  alliance: "other", organisation: "other", organization: "other", commission: "other", trust: "other",
  academy: "other", union: "other", stiftung: "association", verband: "association",
};
export const NORDIC_HEAD_ENDINGS: Record<string, BodyKind> = {
  fonden: "association", förbund: "association", förbundet: "association", forbund: "association", föreningen: "association",
  förening: "association", forening: "association", stiftelsen: "association", institutet: "other", universitet: "other",
};
/**
 * Swedish definite plurals that name a movement by its members
 * (`Humanisterna`, `Moderaterna`): an organization, as one word of at least
 * NORDIC_PLURAL_LENGTH letters (a short word may end so by chance: taverna).
 */
export const NORDIC_PLURAL_ENDINGS: readonly string[] = ["erna", "arna", "orna"];
export const NORDIC_PLURAL_LENGTH = 9;

/** Words that join the parts of a foreign organization's name (`Centre for European Studies`). */
export const FOREIGN_NAME_LINKS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "on", "de", "för", "och", "für", "und"]);

/** Titles only a company has: a capitalised genitive before one names a company (`Kivirinteen toimitusjohtaja`). */
export const COMPANY_TITLES: ReadonlySet<string> = new Set(["toimitusjohtaja", "varatoimitusjohtaja"]);

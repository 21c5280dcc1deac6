import type { BodyKind } from "../schema/index.js";
import { NAME_ARTICLES } from "./name-words.js";
import { fiRegExp } from "./regex.js";

/**
 * Finnish role titles: an open compound class recognised by its last part
 * (`hanke|johtaja`, `vara|puheenjohtaja`, `lapsiasiain|valtuutettu`).
 */

/** Heads of roles held only in a happening's programme (`puhuja`, `panelisti`): no organization a person comes from is theirs. */
const PROGRAMME_ROLE_HEADS: readonly string[] = ["alustaja", "puhuja", "moderaattori", "juontaja", "panelisti", "keskustelija", "kommentoija", "kommentaattori", "fasilitaattori", "haastattelija", "visamestari"];

/** Heads of the roles people have at an event (`alustaja`, `puhuja`, `kukkien laskija`, `lipunkantaja`), which belong to no body; a trainer, a guide or a leader may hold theirs in an organization too. */
export const EVENT_ROLE_HEADS: readonly string[] = [...PROGRAMME_ROLE_HEADS, "laskija", "esiintyjä", "kantaja", "vetäjä", "kouluttaja", "luennoitsija", "vastaväittäjä", "kustos", "opas"];

/** Whether a title is a role in a happening's programme only (`panelisti`, not `kouluttaja`). */
export function isProgrammeRole(title: string): boolean {
  return PROGRAMME_ROLE_HEADS.some((head) => title.endsWith(head));
}

/** Whether a title is a role at an event. */
export function isEventRole(title: string): boolean {
  return EVENT_ROLE_HEADS.some((head) => title.endsWith(head));
}

/** Heads of role titles, nominative singular. */
export const ROLE_HEADS = [
  ...EVENT_ROLE_HEADS,
  "johtaja",
  "päällikkö",
  "asiantuntija",
  "lääkäri",
  "hoitaja",
  "sihteeri",
  "koordinaattori",
  "valtuutettu",
  "jäsen",
  "puheenjohtaja",
  "sijainen",
  "ministeri",
  "professori",
  "tutkija",
  "suunnittelija",
  "yrittäjä",
  "virkamies",
  "luottamusmies",
  "varamies",
  "tarkastaja",
  "tarkistaja",
  "esittelijä",
  "edustaja",
  "ehdokas",
  "toimittaja",
  "hakija",
  "taloudenhoitaja",
  "valmistelija",
  "pöytäkirjanpitäjä",
  "pormestari",
  "rehtori",
  "viranomainen",
  "yhteyshenkilö",
  "neuvos",
  "insinööri",
  "arkkitehti",
  "opettaja",
  "kehittäjä",
  "ohjaaja",
  "neuvoja",
  // news, the police and rescue, the arts, farming, planning and pharmacy
  "kirjeenvaihtaja",
  "juristi",
  "komisario",
  "konstaapeli",
  "palomestari",
  "vahtimestari",
  "kapellimestari",
  "intendentti",
  "amanuenssi",
  "avustaja",
  "taiteilija",
  "säveltäjä",
  "viljelijä",
  "agrologi",
  "hygienisti",
  "proviisori",
  "kaavoittaja",
  "tuottaja",
  "parlamentaarikko",
  "historioitsija",
  "tutkijatohtori",
  "runoilija",
  "kuvaaja",
  "muotoilija",
  "mentori",
  "laitoshuoltaja",
  "kokki",
  "suntio",
  "diakonissa",
  "konsultti",
  "analyytikko",
  "isännöitsijä",
  // a road association's officer, a shareholder of a road or a housing company, a municipality's sports grounds keeper
  "toimitsijamies",
  "osakas",
  "liikuntapaikkamestari",
  "kiinteistömestari",
  "kamreeri",
  "rahastonhoitaja",
  "kirjuri",
  "sosiaalityöntekijä",
  "työntekijä",
  "kanslisti",
  "lakimies",
  "asiamies",
  "puheenjohtaja",
  "varapuheenjohtaja",
  "sihteeri",
  "pääsihteeri",
  "kansanedustaja",
  "meppi",
  "piispa",
  "tuomari",
  "syyttäjä",
  "poliisi",
  "komentaja",
  "rovasti",
  "dekaani",
  "lehtori",
  "assistentti",
  "harjoittelija",
  "koulutussuunnittelija",
  "tiedottaja",
  "viestintäpäällikkö",
  "kuraattori",
  "psykologi",
  "terapeutti",
  "fysioterapeutti",
  "kätilö",
  "sairaanhoitaja",
  "farmaseutti",
  "hammaslääkäri",
  "ekonomisti",
  "tilintarkastaja",
  "kirjanpitäjä",
  "controller",
  "puutarhuri",
  "pedagogi",
  // titles of general news: heads of state and church, officers, the professions quoted
  "presidentti",
  "kansleri",
  "kuningas",
  "kuningatar",
  "prinssi",
  "prinsessa",
  "paavi",
  "senaattori",
  "kuvernööri",
  "lähettiläs",
  "kenraali",
  "eversti",
  "kapteeni",
  "asianajaja",
  "perustaja",
  "omistaja",
  "pomo",
  "ekonomi",
  "kirjailija",
  "näyttelijä",
  "laulaja",
  "muusikko",
  "artisti",
  "solisti",
  "kitaristi",
  "basisti",
  "pianisti",
  "viulisti",
  "sellisti",
  "rumpali",
  "urkuri",
  "kapellimestari",
  "valmentaja",
  "pelaaja",
  "kolumnisti",
  "poliitikko",
  "diplomaatti",
  "sotilas",
  "upseeri",
  "lentäjä",
  "astronautti",
  "kardinaali",
  "hakkeri",
  "ohjelmoija",
  "bloggaaja",
  "blogisti",
  "sijoittaja",
  "keksijä",
  "räppäri",
  "urheilija",
  "miljardööri",
  "oligarkki",
  "guru",
  // supervisors, and the church's offices (kirkko|herra, seurakunta|pastori)
  "esimies",
  "esihenkilö",
  "kirkkoherra",
  "kappalainen",
  "pastori",
  "pappi",
  "diakoni",
  "kanttori",
];

const ROLE_HEAD_SET: ReadonlySet<string> = new Set(ROLE_HEADS);

/** Whether a head (from the forms table) is a role-title head. */
export function isRoleHead(head: string): boolean {
  return ROLE_HEAD_SET.has(head);
}

/** Role heads that describe companies as often as people (`verkkolaitetoimittaja Ericsson`, `kehittäjä Cyanogen`, `omistaja SoftBank`): a single capitalised word after them is no surname. */
export const COMPANY_LIKE_HEADS: ReadonlySet<string> = new Set(["toimittaja", "kehittäjä", "omistaja"]);

/** Heads of the titles of an organization's offices and staff (toiminnan|johtaja, järjestö|päällikkö, toiminnan|tarkastaja, hengellisen työn kehittäjä), as against professions and elected posts. */
const OFFICE_HEADS = ["johtaja", "päällikkö", "asiantuntija", "koordinaattori", "tarkastaja", "suunnittelija", "kehittäjä", "toimitsijamies", "osakas"];

/** Whether a title names an office of an organization: its last part is an office head (not `varapuheenjohtaja`, an elected post). */
export function isOfficeTitle(title: string): boolean {
  return !title.endsWith("puheenjohtaja") && OFFICE_HEADS.some((head) => title.endsWith(head));
}

/** Degrees and honorary titles are not roles (ANNOTATION.md). */
export const NOT_ROLES = new Set(["varatuomari", "tohtori", "maisteri", "kandidaatti", "lisensiaatti", "insinööri", "diplomi-insinööri", "diplomiinsinööri", "ft", "ktm", "vtm", "fm", "ytm", "ttm", "di", "oikeustieteen", "professori emeritus"]);

/** A successor's word in the role case: the name after it takes the posts of the one before it (`Hänen seuraajakseen valittiin X`, `Kivelän seuraajaksi nimitettiin X`). */
export const SUCCESSOR_WORDS: ReadonlySet<string> = new Set(["seuraajaksi", "seuraajakseen", "seuraajaksensa", "seuraajana", "seuraajanaan"]);

/** Words that open a term of office before its years (`kaudelle 2025–2027`, `vuosiksi 2027–2028`). */
export const TERM_WORDS: ReadonlySet<string> = new Set(["kaudelle", "kaudeksi", "toimikaudelle", "toimikaudeksi", "valtuustokaudelle", "valtuustokaudeksi", "vuodeksi", "vuosiksi", "vuodelle", "vuosille"]);

/** Abbreviated titles. */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  pj: "puheenjohtaja",
  vpj: "varapuheenjohtaja",
  siht: "sihteeri",
};

/** The words list headings start with, and the role they give each listed name (none, for those present). */
const LIST_HEADINGS: ReadonlyArray<[readonly string[], string | null]> = [
  [["jäsenet", "varsinaiset jäsenet"], "jäsen"],
  [["varajäsenet", "henkilökohtaiset varajäsenet"], "varajäsen"],
  [["läsnä", "poissa", "paikalla", "muut läsnäolijat", "muut saapuvilla olleet", "muut läsnä olleet", "muut osallistujat", "osallistujat"], null],
];

/** List headings that give each listed name a role, and headings that give none. */
export const LIST_ROLE_HEADINGS: ReadonlyArray<[RegExp, string | null]> = LIST_HEADINGS.map(([starts, role]) => [fiRegExp(String.raw`^(?:${starts.map((w) => w.replace(/ /g, String.raw`\s+`)).join("|")})\b`), role]);

/** The words a list heading starts with, lower case. */
export const LIST_HEADING_STARTS: readonly string[] = LIST_HEADINGS.flatMap(([starts]) => starts);


/** Words that are capitalised like a name but are not part of one. */
export const NOT_NAME_WORDS = new Set(["Hyvinvointialue", "Kunta", "Kaupunki", "Yhdistys", "Puheenjohtaja", "Sihteeri", "Jäsen", "Tiedote", ...NAME_ARTICLES]);

/**
 * A post's nouns after a title's genitive, by the role case they stand for:
 * `valittiin sivistysjohtajan virkaan` elects into the post as
 * `sivistysjohtajaksi` does, and `toimii rehtorin tehtävässä` acts in it as
 * `rehtorina` does.
 */
export const POST_NOUN_CASES: ReadonlyMap<string, "tra" | "ess"> = new Map([
  ...["virkaan", "tehtävään", "toimeen", "virkasuhteeseen", "työsuhteeseen", "virkoihin", "tehtäviin"].map((w) => [w, "tra"] as const),
  ...["virassa", "tehtävässä", "toimessa", "virkasuhteessa", "työsuhteessa", "viroissa", "tehtävissä"].map((w) => [w, "ess"] as const),
]);

/** The titles of a body's members: a mark beside a listed name (`(varajäsen)`) gives one instead of its heading's. */
export const MEMBER_TITLES: ReadonlySet<string> = new Set(["jäsen", "varajäsen"]);

/** Roles of a meeting's procedure and membership: with no body of their own named, they are the meeting body's (ANNOTATION.md). */
export const MEETING_ROLES: ReadonlySet<string> = new Set([
  "puheenjohtaja",
  "varapuheenjohtaja",
  "sihteeri",
  "esittelijä",
  "pöytäkirjanpitäjä",
  "pöytäkirjantarkastaja",
  "pöytäkirjan tarkastaja",
  "pöytäkirjantarkistaja",
  "ääntenlaskija",
  "jäsen",
  "varajäsen",
]);

/**
 * Titles held at a university (`professori`, `apulaisprofessori`,
 * `yliopistonlehtori`), by how they end: with no organization written, the
 * university the document names is theirs. Not a TITLE_ORGANIZATIONS entry:
 * an entry's title takes a genitive before it as its organization, where a
 * professor's is a field that stays in the title (`biologian professori`).
 */
export const UNIVERSITY_TITLE_ENDINGS: readonly string[] = ["professori", "yliopistonlehtori", "tutkijatohtori", "dosentti"];
/** How the names of universities end (`Itä-Suomen yliopisto`, `Aalto-yliopisto`, `Taideyliopisto`). */
export const UNIVERSITY_NAME_END = "yliopisto";

/**
 * Titles whose compound part names the organization they belong to
 * (`kunnan|johtaja`, `alue|valtuutettu` of an `alue|valtuusto`,
 * `hyvinvointialue|johtaja`, `maakunta|johtaja` of a region's `liitto`,
 * a `dekaani` of a `tiedekunta`):
 * with no organization written, the document's body of that kind, whose
 * name ends in the title's part with `body` after it, or whose name ends in
 * `nameEnd` (`Keski-Pohjanmaan liitto`), is theirs. The first entry that
 * fits decides.
 */
export const TITLE_ORGANIZATIONS: ReadonlyArray<{ part: string; at: "start" | "end"; kind?: BodyKind; body?: string; nameEnd?: string; place?: string }> = [
  { part: "valtuutettu", at: "end", body: "valtuusto" },
  { part: "kunnan", at: "start", kind: "municipality", place: "kunta" },
  { part: "kaupungin", at: "start", kind: "municipality", place: "kaupunki" },
  { part: "hyvinvointialue", at: "start", kind: "welfare-area" },
  { part: "maakunta", at: "start", nameEnd: " liitto" },
  { part: "dekaani", at: "end", nameEnd: "tiedekunta" },
  // a parish's priests are its own, not the parish union's (`kirkkoherra`, `kappalainen` of `Vaskiveden seurakunta`)
  { part: "kirkkoherra", at: "end", nameEnd: "seurakunta" },
  { part: "kappalainen", at: "end", nameEnd: "seurakunta" },
];

/**
 * Words that stand before a title without being part of it: ordinals, time
 * and status (`entinen`, `uusi`, `eroava`, `luopuva`), quantifiers,
 * numerals (`viisi toimialajohtajaa`), and the objects of resigning that
 * stand right before the person's title (`myönsi eron rehtori …`,
 * `pyysi vapautusta luottamustoimesta`).
 */
export const NOT_TITLE_MODIFIERS: ReadonlySet<string> = new Set(["toinen", "ensimmäinen", "kolmas", "entinen", "uusi", "eroava", "luopuva", "väistyvä", "erovuoroinen", "erovuoroiset", "uudet", "entiset", "nykyiset", "varsinainen", "varsinaiset", "vastavalittu", "määräaikainen", "väliaikainen", "nykyinen", "tuleva", "muu", "oma", "kaikki", "eräs", "uudeksi", "muiksi", "uudelleen", "myös", "sekä", "viisi", "neljä", "kolme", "kaksi", "eron", "eroa", "vapautuksen", "vapautusta", "pitkäaikainen", "oleva"]);

/**
 * First parts of the compounds that name a public body (`kunnan|hallitus`,
 * `kaupungin|valtuusto`, `alue|hallitus`, `yhtymä|hallitus`): such a
 * body's meeting is no association's, and the offices it names are not an
 * association's staff. A region's `maakunta|hallitus` is the board of its
 * regional council, a `liitto` (`Keski-Suomen liitto`), and stays out.
 */
export const PUBLIC_BODY_PARTS: readonly string[] = ["kunnan", "kaupungin", "alue", "yhtymä", "valtio", "seurakunta", "kirkko"];

/** Heads only public bodies have, whatever their first part: a municipality's or an area's committees (`koulutus|lautakunta`, `vaali|lautakunta`). */
export const PUBLIC_BODY_HEADS: readonly string[] = ["lautakunta"];

/**
 * The body a place's genitive makes with a title of TITLE_ORGANIZATIONS that
 * names its member's body: `Jyväskylän kaupunginvaltuutettu` sits on the
 * `Jyväskylän kaupunginvaltuusto`. An office of the place itself
 * (`Kuhmon kaupunginjohtaja`) is the place's, named by the place
 * (ANNOTATION's `Kuhmo`): "" for those.
 */
export function placeOrganizationNoun(title: string): string | undefined {
  const entry = titleOrganizationEntry(title);
  if (!entry) return undefined;
  return entry.body ? title.slice(0, title.length - entry.part.length) + entry.body : "";
}

/** The entry of TITLE_ORGANIZATIONS a title fits, if any. */
export function titleOrganizationEntry(title: string): (typeof TITLE_ORGANIZATIONS)[number] | undefined {
  for (const entry of TITLE_ORGANIZATIONS) if (entry.at === "start" ? title.startsWith(entry.part) : title.endsWith(entry.part)) return entry;
  return undefined;
}

/**
 * Verbs of speech itself (`sanoo`, `vastasi`, `lisäsi`): news attributes a
 * quote to a company or an agency with `kertoo` or `toteaa`, seldom with
 * these, so after a quote they name a person even when no full name
 * confirms the word (`…, Okafor sanoi.`).
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "sanoo", "sanoi", "vastaa", "vastasi", "selittää", "selitti", "lisää", "lisäsi", "kysyy", "kysyi", "kuvailee", "kuvaili",
  // the manner of speaking: arguing, phrasing, stressing, wondering, laughing
  "perustelee", "perusteli", "muotoilee", "muotoili", "tähdentää", "tähdensi", "tokaisee", "tokaisi", "ihmettelee", "ihmetteli",
  "naurahtaa", "naurahti", "huokaisee", "huokaisi", "jatkoi",
]);

/**
 * Verbs of saying that stand next to a speaker's name (`… sanoo Kwame
 * Mensah`, `Amira Haddad kertoo`): evidence that two capitalised words are a
 * name even when the name lists lack them.
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  "kertoo", "kertoi", "toteaa", "totesi", "muistuttaa", "muistutti", "arvioi", "painottaa", "painotti",
  "korostaa", "korosti", "huomauttaa", "huomautti", "kommentoi", "pohtii", "pohti",
  "myöntää", "myönsi", "tiivistää", "tiivisti", "uskoo", "uskoi",
  "arvelee", "arveli", "sanovat", "kertovat", "toivoo", "toivoi", "iloitsee", "iloitsi", "harmittelee", "harmitteli",
]);

/**
 * Verbs of stating, writing and judging (`Westling vakuuttaa`, `Nadella
 * ennustaa`), which news uses of people as of companies and publications:
 * evidence for a surname the name lists know, not for a pair they lack.
 */
export const STATING_VERBS: ReadonlySet<string> = new Set([
  "kirjoittaa", "kirjoitti", "ennustaa", "ennusti", "jatkaa", "vakuuttaa", "vakuutti", "vahvistaa", "vahvisti",
  "väittää", "väitti", "kiistää", "kiisti", "mainitsee", "mainitsi", "varoittaa", "varoitti", "epäilee", "epäili", "summaa",
  "summasi", "luonnehtii", "luonnehti", "muistelee", "muisteli", "valittaa", "valitti", "ehdottaa", "ehdotti", "kehottaa", "kehotti",
  "selventää", "selvensi", "täsmentää", "täsmensi", "kiittää", "kiitti", "kehuu", "kehui",
]);

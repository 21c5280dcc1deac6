import { fi } from "./regex.js";

/**
 * Finnish role titles: an open compound class recognised by its last part
 * (`hanke|johtaja`, `vara|puheenjohtaja`, `lapsiasiain|valtuutettu`).
 */

/** Heads of role titles, nominative singular. */
export const ROLE_HEADS = [
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
  "alustaja",
  "puhuja",
  "moderaattori",
  "juontaja",
  "ministeri",
  "professori",
  "tutkija",
  "suunnittelija",
  "yrittäjä",
  "virkamies",
  "luottamusmies",
  "varamies",
  "tarkastaja",
  "esittelijä",
  "edustaja",
  "ehdokas",
  "toimittaja",
  "hakija",
  "taloudenhoitaja",
  "laskija",
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
  "konsultti",
  "analyytikko",
  "isännöitsijä",
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
];

const ROLE_HEAD_SET: ReadonlySet<string> = new Set(ROLE_HEADS);

/** Whether a head (from the forms table) is a role-title head. */
export function isRoleHead(head: string): boolean {
  return ROLE_HEAD_SET.has(head);
}

/** Degrees and honorary titles are not roles (ANNOTATION.md). */
export const NOT_ROLES = new Set(["varatuomari", "tohtori", "maisteri", "kandidaatti", "lisensiaatti", "insinööri", "ft", "ktm", "vtm", "fm", "ytm", "ttm", "di", "oikeustieteen", "professori emeritus"]);

/** Abbreviated titles. */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  pj: "puheenjohtaja",
  vpj: "varapuheenjohtaja",
  siht: "sihteeri",
};

/** List headings that give each listed name a role, and headings that give none. */
export const LIST_ROLE_HEADINGS: Array<[RegExp, string | null]> = [
  [fi`^(?:varsinaiset\s+)?jäsenet\b`, "jäsen"],
  [fi`^(?:henkilökohtaiset\s+)?varajäsenet\b`, "varajäsen"],
  [fi`^(?:läsnä|poissa|paikalla|muut\s+läsnäolijat|osallistujat)\b`, null],
];

/** Words that are capitalised like a name but are not part of one. */
export const NOT_NAME_WORDS = new Set(["Hyvinvointialue", "Kunta", "Kaupunki", "Yhdistys", "Puheenjohtaja", "Sihteeri", "Jäsen", "Tiedote"]);

/** Roles of a meeting's procedure and membership: with no body of their own named, they are the meeting body's (ANNOTATION.md). */
export const MEETING_ROLES: ReadonlySet<string> = new Set([
  "puheenjohtaja",
  "varapuheenjohtaja",
  "sihteeri",
  "esittelijä",
  "pöytäkirjanpitäjä",
  "pöytäkirjantarkastaja",
  "pöytäkirjan tarkastaja",
  "ääntenlaskija",
  "jäsen",
  "varajäsen",
]);

/** Roles that belong to a council. */
export const COUNCIL_ROLES: ReadonlySet<string> = new Set(["valtuutettu", "varavaltuutettu"]);

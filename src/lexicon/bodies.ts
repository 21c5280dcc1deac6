/**
 * Head nouns of Finnish collegial bodies and organizations, by kind. A body
 * name is a phrase ending in one of these (as a word or a compound's last
 * part: `turvallisuus|lautakunta`). Language data: no names of particular
 * bodies beyond national institutions every Finnish text may name.
 */
import type { BodyKind } from "../schema/index.js";

export interface HeadNoun {
  kind: BodyKind;
  /** Counts only with a proper-name attribute (`Hartolan kunta`, `Jyväskylän yliopisto`) or as a compound. */
  needsName?: boolean;
}

const H = (kind: BodyKind, needsName = false): HeadNoun => ({ kind, needsName });

export const HEAD_NOUNS: Record<string, HeadNoun> = {
  valtuusto: H("council"),
  edustajisto: H("council"),
  eduskunta: H("other"),
  hallitus: H("executive-board"),
  johtokunta: H("executive-board"),
  lautakunta: H("committee"),
  valiokunta: H("committee"),
  toimikunta: H("committee"),
  neuvottelukunta: H("committee"),
  neuvosto: H("committee"),
  jaosto: H("division"),
  työryhmä: H("working-group"),
  hankeryhmä: H("working-group"),
  valmisteluryhmä: H("working-group"),
  ohjausryhmä: H("steering-group"),
  seurantaryhmä: H("steering-group"),
  johtoryhmä: H("steering-group"),
  valtuustoryhmä: H("other"),
  toimielin: H("preparatory-body"),
  valmisteluelin: H("preparatory-body"),
  ministeriö: H("ministry"),
  kanslia: H("ministry", true),
  virasto: H("agency"),
  laitos: H("agency", true),
  keskus: H("agency", true),
  yhdistys: H("association"),
  seura: H("association", true),
  keskusliitto: H("association"),
  ammattiliitto: H("union"),
  liitto: H("other", true),
  puolue: H("party"),
  hanke: H("project", true),
  ohjelma: H("project", true),
  hyvinvointialue: H("welfare-area"),
  kunta: H("municipality", true),
  kaupunki: H("municipality", true),
  sairaanhoitopiiri: H("hospital-district"),
  hyvinvointiyhtymä: H("hospital-district"),
  kuntayhtymä: H("other"),
  yliopisto: H("other", true),
  korkeakoulu: H("other", true),
  ammattikorkeakoulu: H("other", true),
  pelastuslaitos: H("other", true),
  palvelukeskus: H("other", true),
  tutkimuskeskus: H("other", true),
};

/** Words ending like a head noun that name no body. */
export const NOT_BODIES = new Set([
  "maakunta",
  "valtakunta",
  "henkilökunta",
  "asiakaskunta",
  "opiskelijakunta",
  "seurakunta",
  "sidosryhmä",
  "kohderyhmä",
  "pienryhmä",
  "teemaryhmä",
  "ikäryhmä",
  "tulosyksikkö",
  "aluekeskus",
  "sote-keskus",
  "keskus",
  "kauppakeskus",
  "hallitusohjelma",
  "ohjelma",
  "toimintaohjelma",
  "kulttuuriohjelma",
  "kulttuuriohjelmaa",
  "hanke",
  "rakentamishanke",
  "kehittämishanke",
  "liitto",
  "kunta",
  "kaupunki",
  "laitos",
  "seura",
  "kanslia",
  "palvelukeskus",
  "kuntalaisilta",
]);

/** Company and association form suffixes. */
export const LEGAL_FORMS: Record<string, BodyKind> = { oy: "company", oyj: "company", ab: "company", ltd: "company", ry: "association", rf: "association", ky: "company" };

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
  valtioneuvosto: "other",
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

/** Acronyms and abbreviations that are not organizations. */
export const NOT_ORGANIZATION_ACRONYMS = new Set(["eet", "eest", "utc", "gmt", "pdf", "ict", "hr", "yva", "it", "eu", "tki", "sote", "vuca", "faq", "url", "www", "pj", "vpj", "klo", "nro", "puh", "ps", "os"]);

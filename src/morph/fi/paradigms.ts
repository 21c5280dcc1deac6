/**
 * The nominal paradigms as data: which case endings exist, which stem each
 * attaches to, and how each Kotus inflection type rebuilds its nominative
 * from that stem. Endings and stems are written with back vowels; the
 * analyser matches both harmonies.
 *
 * Stems:
 *   W  singular vowel stem, weak grade where the type grades (kunna-n, hallitukse-n)
 *   S  singular vowel stem, strong grade (kunta-na, hallitukse-en)
 *   C  consonant stem before -ta (nais-ta, vastaus-ta, toimielin-tä)
 *   P  plural stem before the plural -i- (talo-i-ssa, kunt-i-en, nais-i-a)
 */
import { toFront } from "./harmony.js";

export type StemKind = "W" | "S" | "C" | "P";

export interface Ending {
  /** The ending in back-vowel form. */
  ending: string;
  stem: StemKind;
  case: string;
  /** Whether the stem before it is in the weak grade (closed syllable) for types that grade. */
  weak: boolean;
}

/** Endings that close the syllable before them, putting a grading stem in its weak grade. */
const WEAK_ENDINGS = new Set(["n", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "t", "issa", "ista", "illa", "ilta", "ille", "iksi", "itta"]);

const E = (ending: string, stem: StemKind, c: string): Ending => ({ ending, stem, case: c, weak: WEAK_ENDINGS.has(ending) });

export const ENDINGS: Ending[] = [
  // singular
  E("n", "W", "gen"),
  E("ssa", "W", "ine"),
  E("sta", "W", "ela"),
  E("lla", "W", "ade"),
  E("lta", "W", "abl"),
  E("lle", "W", "all"),
  E("ksi", "W", "tra"),
  E("tta", "W", "abe"),
  E("t", "W", "nom.pl"),
  E("na", "S", "ess"),
  E("a", "S", "par"),
  E("ta", "C", "par"),
  E("ta", "S", "par"), // long vowels: maa-ta, vapaa-ta
  E("seen", "S", "ill"),
  // plural (the -i-/-j- is part of the ending)
  E("issa", "P", "ine.pl"),
  E("ista", "P", "ela.pl"),
  E("illa", "P", "ade.pl"),
  E("ilta", "P", "abl.pl"),
  E("ille", "P", "all.pl"),
  E("iksi", "P", "tra.pl"),
  E("ina", "P", "ess.pl"),
  E("ine", "P", "com"),
  E("itta", "P", "abe.pl"),
  E("ia", "P", "par.pl"),
  E("ita", "P", "par.pl"),
  E("ja", "P", "par.pl"),
  E("ien", "P", "gen.pl"),
  E("iden", "P", "gen.pl"),
  E("itten", "P", "gen.pl"),
  E("jen", "P", "gen.pl"),
  E("ten", "C", "gen.pl"),
  E("iin", "P", "ill.pl"),
  E("ihin", "P", "ill.pl"),
  E("isiin", "P", "ill.pl"),
];

export interface StemRule {
  /** What the stem ends in (back form); "" for any. */
  suffix: string;
  /** What replaces it in the nominative (back form). */
  lemma: string;
  /** The Kotus types this rule rebuilds. */
  types: number[];
  /** `lemma` in front harmony. */
  lemmaFront: string;
  /** Whether some of its types have a strong-grade nominative (kunta), some a weak one (rinne). */
  strongTypes: boolean;
  weakTypes: boolean;
}

const R = (suffix: string, lemma: string, types: number[]): StemRule => ({
  suffix,
  lemma,
  types,
  lemmaFront: toFront(lemma),
  strongTypes: types.some(STRONG_NOMINATIVE),
  weakTypes: types.some((t) => !STRONG_NOMINATIVE(t)),
});

const VOWEL_FINAL = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21];

/** Singular vowel stems (W and S) back to the nominative. */
export const VOWEL_STEM_RULES: StemRule[] = [
  R("", "", VOWEL_FINAL), // talo, kunta, paperi, nalle, vapaa
  R("i", "", [5, 6]), // consonant-final loans: Hägg-i-n
  R("e", "i", [7, 23, 24, 25, 26, 29, 30]), // ove → ovi, nieme → niemi
  R("de", "si", [27]),
  R("te", "si", [27]),
  R("nne", "nsi", [28]),
  R("nte", "nsi", [28]),
  R("e", "", [32, 49]), // jäsene → jäsen, askele → askel
  R("me", "n", [33]), // avaime → avain, toimielime → toimielin
  R("se", "nen", [38]), // naise → nainen
  R("kse", "s", [39]), // hallitukse → hallitus
  R("de", "s", [40]), // terveyde → terveys
  R("te", "s", [40]),
  R("he", "s", [42]), // miehe → mies
  R("e", "t", [43]), // ohue → ohut
  R("nne", "s", [45]),
  R("nte", "s", [45]),
  R("nne", "t", [46]),
  R("ee", "e", [48]), // hamee → hame, aluee → alue
  R("ee", "ut", [47]), // kuollee → kuollut
  R("a", "i", [16]), // vanhempa → vanhempi
  R("ttoma", "ton", [34]),
  R("aa", "as", [41]), // vieraa → vieras, ehdokkaa → ehdokas
  R("ee", "es", [41]),
  R("ii", "is", [41]),
  R("uu", "us", [41]),
  R("oo", "os", [41]),
  R("aa", "at", [44]), // kevää → kevät
];

/** Consonant stems (before -ta, -ten) back to the nominative. */
export const CONSONANT_STEM_RULES: StemRule[] = [
  R("", "", [17, 18, 19, 20, 21, 32, 33, 34, 35, 39, 41, 42, 43, 44, 46, 47, 49]),
  R("s", "nen", [38]),
  R("t", "", [48]), // hamet-ta → hame
  R("n", "mi", [25]), // toin-ta → toimi
  R("l", "li", [23]),
  R("n", "ni", [24, 26]),
  R("r", "ri", [26]),
  R("s", "si", [29, 30]),
  R("t", "si", [27]),
  R("nt", "nsi", [28]),
  R("ut", "us", [40]),
];

/** Plural stems (before -i-) back to the nominative. */
export const PLURAL_STEM_RULES: StemRule[] = [
  R("", "", [1, 2, 3, 4, 8, 20, 21, 48]), // talo-i-ssa, nalle-i-ssa, hame-i-ssa
  R("", "i", [7, 23, 24, 25, 26, 27, 28, 29, 30, 16]), // ov-i-ssa, niem-i-ssä
  R("e", "i", [5, 6]), // riste-i-ssä
  R("o", "a", [9, 11, 12, 13, 14]), // kalo-i-ssa
  R("", "a", [9, 10, 11, 15]), // koir-i-ssa, korke-i-ssa
  R("a", "aa", [17, 18, 20]), // vapa-i-ssa
  R("", "", [32, 49]), // jäsen-i-ssä
  R("m", "n", [33]),
  R("ttom", "ton", [34]),
  R("s", "nen", [38]),
  R("ks", "s", [39, 40]),
  R("a", "as", [41]),
  R("h", "s", [42]),
  R("u", "ut", [43]),
  R("a", "at", [44]),
  R("e", "ut", [47]),
  R("o", "uo", [19]), // so-i-ssa → suo
  R("e", "ie", [19]),
];

export const RULES: Record<StemKind, StemRule[]> = {
  W: VOWEL_STEM_RULES,
  S: VOWEL_STEM_RULES,
  C: CONSONANT_STEM_RULES,
  P: PLURAL_STEM_RULES,
};

/** Types whose nominative is in the strong grade (inflected stems may be weak). */
export function STRONG_NOMINATIVE(type: number): boolean {
  return type <= 31;
}

/**
 * The singular case endings of Finnish nouns as rules that look at a word's
 * ending alone read them: is `Kokkolassa` in a case of where, what is
 * `Obamalle` without its ending. The endings are those of the paradigm
 * table (`ENDINGS`), in both vowel harmonies. The illative has no fixed
 * ending there, since it copies the stem's last vowel (`Kokkola-an`,
 * `Kalle-en`, `Pori-hin`): it is spelled out here, once for a word that
 * ends in it and once for an ending added to a nominative.
 */
import { variants } from "./harmony.js";
import { ENDINGS } from "./paradigms.js";

export type SingularCase = "gen" | "par" | "ess" | "tra" | "ine" | "ela" | "ill" | "ade" | "abl" | "all" | "abe";

const VOWELS = [..."aeiouyäö"];
/** The illative after a nominative that ends in a vowel: the vowel again (`Obama-an`) or `h` and the vowel (`Pori-hin`), and the long vowels' `-seen`. */
const ILLATIVE_AFTER_NOMINATIVE = ["seen", ...VOWELS.map((v) => `h${v}n`), ...VOWELS.map((v) => `${v}n`)];
/** How a word in the illative ends: a long vowel and `n` (`Kokkolaan`), `h`, a vowel and `n` (`Porihin`), or `-seen`. */
const ILLATIVE_WORD_ENDINGS = ["seen", ...VOWELS.map((v) => `h${v}n`), ...VOWELS.map((v) => `${v}${v}n`)];

/** The fixed singular endings of the cases, both harmonies, as the paradigm table has them. */
function fixedEndings(cases: readonly SingularCase[]): string[] {
  const out = new Set<string>();
  for (const e of ENDINGS) if (e.stem !== "P" && (cases as readonly string[]).includes(e.case)) for (const surface of variants(e.ending)) out.add(surface);
  return [...out];
}

const NOT_AFTER_LINKING_I = new Set(["ta", "tä", "seen"]);

const longestFirst = (endings: Iterable<string>): string[] => [...new Set(endings)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/**
 * The endings the cases add to a nominative left as it is, longest first:
 * how a name the lists know in the nominative is written in a case
 * (`Obama-lle`, `Obama-an`, `Tehy-stä`).
 */
export function endingsAfterNominative(...cases: SingularCase[]): string[] {
  return longestFirst([...fixedEndings(cases), ...(cases.includes("ill") ? ILLATIVE_AFTER_NOMINATIVE : [])]);
}

/**
 * The endings the cases add after a consonant-final name's linking -i-,
 * with the -i- (`Smith-in`, `Smith-ille`, `Smith-iin`), longest first.
 */
export function endingsAfterLinkingI(...cases: SingularCase[]): string[] {
  // the partitive is -a after the -i- (Smith-iä), and the illative -in (Smith-iin)
  const afterI = fixedEndings(cases).filter((e) => !NOT_AFTER_LINKING_I.has(e));
  return longestFirst([...afterI.map((e) => `i${e}`), ...(cases.includes("ill") ? ["iin"] : [])]);
}

/**
 * A pattern for a word that ends as a singular of one of the cases does
 * (`wordInCase("ine", "ela")` tests `Kuopiossa`, `Kelasta`). The ending is
 * no proof of the case: `Kuopion` ends in the genitive and in no illative,
 * but `kissa` ends as an inessive does.
 */
export function wordInCase(...cases: SingularCase[]): RegExp {
  return endingIn([...fixedEndings(cases), ...(cases.includes("ill") ? ILLATIVE_WORD_ENDINGS : [])]);
}

/** A pattern for a word that ends in one of the endings (case endings with others, `-mme`, `-sti`, that a rule reads alike). */
export function endingIn(endings: readonly string[]): RegExp {
  return new RegExp(`(?:${longestFirst(endings).join("|")})$`);
}

/** A pattern for the endings at the start of what follows a name's base, ending there (`Smith|ille` after `Smith`). */
export function endingFirst(endings: readonly string[]): RegExp {
  return new RegExp(`^(?:${longestFirst(endings).join("|")})(?![\\p{L}-])`, "u");
}

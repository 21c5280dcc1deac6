/**
 * Personal names in base form. Finnish inflects only the last part of a full
 * name (`Johanna Jokisen`); its nominative is chosen among the analyser's
 * readings by the DVV surname statistics, then by the Kotus list (surnames
 * are often compounds of common nouns: `Melaluodon` → `Melaluoto`), then by
 * the paradigm its ending implies (`-sen` → `-nen`, `Häggille` → `Hägg`).
 */
import { firstNameBand, firstNameRank, surnameBand, surnameRank } from "../lexicon/index.js";
import { withSurfaceCase } from "../morph/fi/harmony.js";
import { WHOLE_WORD } from "../morph/fi/index.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import type { Token } from "../text/tokens.js";

const CASE_ENDING = /(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|tta|ttä|seen|han|hen|hin|hon|hun|hyn|hön|aan|ään|een|iin|oon|uun|yyn|öön|a|ä)$/;
const FINNISH_FINAL = /(?:[aeiouyäö]|[aeiouyäö][nstlr])$/;

/** Whether a word ends as a Finnish word can (in a vowel, or a vowel and n, s, t, l or r): Kirt, Jack and Hägg do not. */
export const endsFinnish = (word: string) => FINNISH_FINAL.test(word.toLowerCase());

const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The nominative of a surname (or of the last part of a hyphenated one). */
export function surnameLemma(word: string, lemmas: Lemmas, foreign = false): string {
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0) return word.slice(0, hyphen + 1) + surnameLemma(word.slice(hyphen + 1), lemmas, foreign);
  // a listed surname or first name (Kaisa, Aula) is already in base form
  if (surnameRank(word) || firstNameRank(word) || !CASE_ENDING.test(word)) return word;
  const shape = (lemma: string) => restoreShape(word, lemma);
  let best: string | null = null;
  let bestScore = -1;
  for (const a of lemmas.withGuesses(word.toLowerCase())) {
    const candidate = shape(a.lemma);
    let score = surnameRank(candidate) * 10;
    if (a.known) score += a.strength >= WHOLE_WORD ? 6 : 4;
    // a name ending in a vowel is far likelier nominative than partitive (Ujula, not Ujul-a); one ending in -n may be nominative too (Hammarsten, Morgan)
    if (candidate === word) score += a.known ? 2 : /[aeiouyäö]$/i.test(word) ? 2 : /n$/i.test(word) ? 1 : 0;
    // the paradigm an unknown ending implies; an ending added to the unchanged base beats one that needs the stem changed (Obama-n, not Hammarst|i → Hammarst|en)
    if (!a.known && a.case !== "nom") score += priorOf(word, candidate, foreign) + (word.toLowerCase().startsWith(a.lemma) ? 1 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ?? word;
}

function priorOf(word: string, candidate: string, foreign: boolean): number {
  const lc = candidate.toLowerCase();
  if (/sen$/.test(word) && /nen$/.test(lc)) return 3;
  // Finnish words in -e double it before an ending (perhe → perheen): only a geminate's -e takes a bare -n (Kalle → Kallen), so Hammarsten is no genitive of "Hammarste"
  if (word.toLowerCase() === lc + "n" && /[^aeiouyäö]e$/.test(lc) && !/([^aeiouyäö])\1e$/.test(lc)) return 0;
  // a base ending in a consonant takes its endings after a linking -i- (Musk → Muskin, Smithiä): Obama is no partitive of "Obam"
  const linked = word.toLowerCase().startsWith(lc + "i");
  // names with van/von keep their foreign consonant ending (van Schevikhovenin → van Schevikhoven)
  if (foreign) return /[aeiouyäö]$/.test(lc) ? 1 : linked ? 3 : 0;
  // a base no Finnish word could end in (Hägg, Berchtold) is a loan name with -i- added in inflection; so is any consonant-final base
  // followed by -i- and an ending, which Finnish stems never take (kirves → kirveeltä, not kirvesiltä: Ivesiltä is Ives's)
  if (linked && /[^aeiouyäö]$/.test(lc)) return 3;
  if (!FINNISH_FINAL.test(lc)) return 0;
  return 1;
}

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

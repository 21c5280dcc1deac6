/**
 * Whether a clause is told in the past, for a date or a weekday that the
 * tense settles. The verbs that report meetings are listed (PAST_CLAUSE);
 * any other verb's active past is read by its form: the third person ends
 * in a past -i after the stem (`varmisti`, `kaatoi`, `saapui`, `pelasi`)
 * and its plural in `-ivat`/`-ivät` (`voittivat`). Nouns end so too
 * (`konsertti`, `uusi`): a word the word lists know as a noun or an
 * adjective in the nominative is none.
 */
import { nominativeStrength } from "../../morph/fi/index.js";
import { PAST_CLAUSE } from "./constants.js";

/** Endings of the active past's third person: -tti, -sti, -si, -oi, -öi, -ui, -yi, and the plural -ivat. */
const PAST_FORM = /^\p{Ll}{2,}(?:tti|sti|si|oi|öi|ui|yi|ivat|ivät)$/u;
const WORD = /\p{L}+/gu;

export function toldInPast(clause: string): boolean {
  if (PAST_CLAUSE.test(clause)) return true;
  for (const [word] of clause.matchAll(WORD)) if (PAST_FORM.test(word) && nominativeStrength(word) === 0) return true;
  return false;
}

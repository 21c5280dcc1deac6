/**
 * Morphological readings memoised for one extraction: the same word form is
 * analysed once per document. The memo lives and dies with the extraction,
 * unless the caller passed a cross-document cache (`extract(text, { cache })`):
 * then the readings are kept there, for the next documents too.
 * Analysis ignores case, and the memo is keyed by the word as given: callers
 * pass the lower-case form (`token.lower`), so `Lapin` and `lapin` share one.
 */
import type { PoimijaCache } from "../../cache.js";
import { formReadings, mayHaveReadings, type FormReading } from "../../lexicon/forms.js";
import { FUNCTION_WORDS } from "../../lexicon/function-words.js";
import type { Token } from "../../text/tokens.js";
import { analyse, nominativeStrength, WHOLE_WORD, type Analysis } from "./index.js";

const NO_READINGS: readonly FormReading[] = [];

function memo<T>(map: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = compute(key);
    map.set(key, value);
  }
  return value;
}

export class Lemmas {
  private readonly memo = new Map<string, Analysis[]>();
  private readonly guessMemo = new Map<string, Analysis[]>();
  private readonly caseMemo = new Map<string, Map<string, Analysis[]>>();
  private readonly formsMemo = new Map<string, readonly FormReading[]>();
  private readonly surnameMemo = new Map<string, string>();
  private readonly foreignSurnameMemo = new Map<string, string>();
  private readonly nominativeMemo = new Map<string, number>();

  /** With a cross-document cache, readings are looked up and kept there instead of in this document's maps. */
  constructor(private readonly shared?: PoimijaCache) {}

  /** Readings of a token as a body head noun or a role-title head (forms table), kept on the token. */
  forms(t: Token): readonly FormReading[] {
    return t.forms;
  }

  /** The forms readings of a lower-case word, read from the table once per word: a text repeats its words. The tokens' `forms` come from here. */
  formsOfWord(lower: string): readonly FormReading[] {
    // most words end like no form: the table's first probe answers before any memo is looked in
    if (!mayHaveReadings(lower)) return NO_READINGS;
    if (this.shared) return this.shared.memo("forms", lower, formReadings);
    return memo(this.formsMemo, lower, formReadings);
  }

  /**
   * The forms readings of a word that can head a body or a title: four
   * letters at least and no function word. Most words end in no head's form,
   * and the table says so before the word lists are looked at.
   */
  headForms(t: Token): readonly FormReading[] {
    if (t.lower.length < 4) return NO_READINGS;
    const forms = this.forms(t);
    return forms.length && !FUNCTION_WORDS.has(t.lower) ? forms : NO_READINGS;
  }

  /**
   * A surname's nominative as `read` makes it (the name finder's reading),
   * once per word and document: a text repeats its surnames, in the same
   * cases. `foreign` asks for a foreign surname's reading, kept apart.
   */
  surname(word: string, foreign: boolean, read: (word: string, lemmas: Lemmas, foreign: boolean) => string): string {
    if (this.shared) return this.shared.memo(foreign ? "foreign-surname" : "surname", word, (w) => read(w, this, foreign));
    const table = foreign ? this.foreignSurnameMemo : this.surnameMemo;
    let lemma = table.get(word);
    if (lemma === undefined) table.set(word, (lemma = read(word, this, foreign)));
    return lemma;
  }

  /** Confirmed readings. */
  analyse(word: string): Analysis[] {
    if (this.shared) return this.shared.memo("analyse", word, (w) => analyse(w));
    return memo(this.memo, word, (w) => analyse(w));
  }

  /** Confirmed readings in the given cases only: cheaper when a caller wants one case (an agreeing modifier, a genitive). */
  analyseIn(word: string, cases: readonly string[]): Analysis[] {
    // by the cases first: most calls ask one case, and its name is the key without building a string
    const casesKey = cases.length === 1 ? cases[0] : cases.join(",");
    if (this.shared) return this.shared.memo(casesKey, word, () => analyse(word, false, new Set(cases)));
    let byWord = this.caseMemo.get(casesKey);
    if (!byWord) this.caseMemo.set(casesKey, (byWord = new Map()));
    return memo(byWord, word, () => analyse(word, false, new Set(cases)));
  }

  /** Confirmed readings and the guesses of unknown words (for names). */
  withGuesses(word: string): Analysis[] {
    if (this.shared) return this.shared.memo("guesses", word, (w) => analyse(w, true));
    return memo(this.guessMemo, word, (w) => analyse(w, true));
  }

  /**
   * Whether some confirmed reading of the word has at least this strength.
   * The word read as itself answers first when it can: most words asked
   * are sentence-initial nominatives, and a full analysis tries every ending.
   */
  hasReading(word: string, strength: number): boolean {
    const done = this.shared ? this.shared.peek<Analysis[]>("analyse", word) : this.memo.get(word);
    if (!done && this.nominativeStrength(word) >= Math.max(strength, 1)) return true;
    return (done ?? this.analyse(word)).some((a) => a.known && a.strength >= strength);
  }

  /** How strongly the word reads as a nominative of the word lists, once per word: the same words are asked again and again. */
  private nominativeStrength(word: string): number {
    if (this.shared) return this.shared.memo("nominative", word, nominativeStrength);
    return memo(this.nominativeMemo, word, nominativeStrength);
  }

  /** Whether the word lists know the word as it stands, a nominative (`koti` of `kotimaan`; not the verb stem `luennoi` of `luennoimaan`). */
  hasNominative(word: string): boolean {
    return this.nominativeStrength(word) > 0;
  }

  /** A word Kotus lists whole in some reading (Lautakunta, Paahto), not merely by a compound's last part. */
  isWholeWord(word: string): boolean {
    return this.hasReading(word, WHOLE_WORD);
  }

  isKnownWord(word: string): boolean {
    return this.hasReading(word, 0);
  }
}

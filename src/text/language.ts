/**
 * A block's language by a cheap test: its first words counted against each
 * language's marker words (src/lexicon/languages.ts). A block is Swedish or
 * English only when that language's markers clearly outnumber the Finnish
 * ones; a short block with no markers (a heading, a name list) is Finnish,
 * the language of the pages poimija reads.
 */
import { LANGUAGE_MARKERS } from "../lexicon/languages.js";
import type { Language, Range } from "./model.js";

/** Enough words to tell a passage's language; a paragraph's first ones are as telling as its whole. */
const SAMPLE_WORDS = 60;
const MIN_MARKERS = 3;

/** Each marker word with its language, one lookup for a word (most words are none); a word two lists share counts as Finnish, as the lists are read in that order. */
const MARKER_LANGUAGE: ReadonlyMap<string, Language> = new Map(
  (["en", "sv", "fi"] as const).flatMap((language) => [...LANGUAGE_MARKERS[language]].map((word) => [word, language] as const)),
);

export function blockLanguage(text: string, block: Range): Language {
  let fi = 0;
  let sv = 0;
  let en = 0;
  let seen = 0;
  let i = block.start;
  while (i < block.end && seen < SAMPLE_WORDS) {
    while (i < block.end && !isLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < block.end && isLetter(text.charCodeAt(i))) i++;
    if (i === start) break;
    seen++;
    if (i - start > 7) continue; // every marker word is short
    const language = MARKER_LANGUAGE.get(text.slice(start, i).toLowerCase());
    if (language === "fi") fi++;
    else if (language === "sv") sv++;
    else if (language === "en") en++;
  }
  if (sv >= MIN_MARKERS && sv > 2 * fi && sv >= en) return "sv";
  if (en >= MIN_MARKERS && en > 2 * fi && en > sv) return "en";
  return "fi";
}

/** A letter of the Latin scripts (ASCII, Latin-1 and Latin Extended), the letters these languages are written in. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

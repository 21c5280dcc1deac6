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

const markerLengths = [...MARKER_LANGUAGE.keys()].map((w) => w.length);
const MARKER_MIN = Math.min(...markerLengths);
const MARKER_MAX = Math.max(...markerLengths);

/** A Latin-1 letter in lower case (the upper-case ones are 32 below theirs). */
const lowerLatin1 = (c: number) => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

/**
 * The first two letters of every marker word, by their Latin-1 codes: most
 * words start like none, and are passed over without being cut out of the
 * text and lower-cased. A letter beyond Latin-1 is looked up the long way.
 */
const MARKER_OPENINGS = (() => {
  const table = new Uint8Array(1 << 16);
  for (const word of MARKER_LANGUAGE.keys()) {
    if (word.charCodeAt(0) > 255 || word.charCodeAt(1) > 255) throw new Error(`a marker word opens beyond Latin-1: ${word}`);
    table[(word.charCodeAt(0) << 8) | word.charCodeAt(1)] = 1;
  }
  return table;
})();

function opensLikeMarker(first: number, second: number): boolean {
  return first > 255 || second > 255 || MARKER_OPENINGS[(lowerLatin1(first) << 8) | lowerLatin1(second)] === 1;
}

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
    if (i - start > MARKER_MAX || i - start < MARKER_MIN || !opensLikeMarker(text.charCodeAt(start), text.charCodeAt(start + 1))) continue;
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

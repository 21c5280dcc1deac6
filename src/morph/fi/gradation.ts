/**
 * Consonant gradation (astevaihtelu), Kotus letters A–M: the strong and weak
 * grade of the consonant(s) before a stem's last vowel.
 */
import { isVowel } from "./harmony.js";

export const GRADATION: Record<string, [strong: string, weak: string]> = {
  A: ["kk", "k"],
  B: ["pp", "p"],
  C: ["tt", "t"],
  D: ["k", ""],
  E: ["p", "v"],
  F: ["t", "d"],
  G: ["nk", "ng"],
  H: ["mp", "mm"],
  I: ["lt", "ll"],
  J: ["nt", "nn"],
  K: ["rt", "rr"],
  L: ["k", "j"],
  M: ["k", "v"],
};

/**
 * The consonant run that grades: before the last vowel run, after stripping
 * final consonants ("kunta" → "nt", "ehdokas" → "k", "rinne" → "nn").
 * Returns [start, end) offsets, or null.
 */
function gradingSite(word: string): [number, number] | null {
  let i = word.length;
  while (i > 0 && !isVowel(word[i - 1])) i--; // final consonants
  while (i > 0 && isVowel(word[i - 1])) i--; // last vowel run
  const end = i;
  while (i > 0 && !isVowel(word[i - 1])) i--;
  return end > 0 && i > 0 ? [i, end] : null;
}

/**
 * The word with its grading site turned from one grade to the other, for
 * each letter that fits; `toStrong` turns weak into strong.
 */
export function regrade(word: string, toStrong: boolean): Array<{ word: string; letter: string }> {
  const out: Array<{ word: string; letter: string }> = [];
  const site = gradingSite(word);
  const [a, b] = site ?? [0, 0];
  const run = word.slice(a, b);
  if (site) for (const [letter, [strong, weak]] of Object.entries(GRADATION)) {
    const from = toStrong ? weak : strong;
    const to = toStrong ? strong : weak;
    if (from === "" || !run.endsWith(from)) continue;
    out.push({ word: word.slice(0, b - from.length) + to + word.slice(b), letter });
  }
  // D (k : nothing): the weak grade has no consonant, so a "k" returns between two vowels
  if (toStrong) {
    const v = word.length - 1;
    if (isVowel(word[v]) && isVowel(word[v - 1]) && word[v] !== word[v - 1]) out.push({ word: word.slice(0, v) + "k" + word.slice(v), letter: "D" });
  }
  return out;
}

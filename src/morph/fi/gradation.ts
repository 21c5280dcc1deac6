/**
 * Consonant gradation (astevaihtelu), Kotus letters A–M: the strong and weak
 * grade of the consonant(s) before a stem's last vowel.
 */
import { isVowelAt } from "./harmony.js";

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

interface Step {
  letter: string;
  from: string;
  to: string;
}

/** A grading run of one or two letters as a number, so that a word's run is looked up without cutting a string. */
const runKey = (s: string, from: number, to: number) => (to - from === 1 ? s.charCodeAt(from) : (s.charCodeAt(from) << 16) | s.charCodeAt(from + 1));

/** Grade changes indexed by what the grading run ends in, for each direction. */
function index(toStrong: boolean): Map<number, Step[]> {
  const map = new Map<number, Step[]>();
  for (const [letter, [strong, weak]] of Object.entries(GRADATION)) {
    const from = toStrong ? weak : strong;
    const to = toStrong ? strong : weak;
    if (from === "") continue; // D's weak grade is no consonant: handled apart
    const key = runKey(from, 0, from.length);
    const list = map.get(key) ?? [];
    list.push({ letter, from, to });
    map.set(key, list);
  }
  return map;
}
const TO_STRONG = index(true);
const TO_WEAK = index(false);

/**
 * The word with its grading site — the consonants before the last vowel run,
 * after any final consonants ("kunta" → "nt", "ehdokas" → "k", "rinne" →
 * "nn") — turned from one grade to the other, for each letter that fits;
 * `toStrong` turns weak into strong.
 */
export function regrade(word: string, toStrong: boolean): Array<{ word: string; letter: string }> {
  const out: Array<{ word: string; letter: string }> = [];
  let i = word.length;
  while (i > 0 && !isVowelAt(word, i - 1)) i--; // final consonants
  const vowelsEnd = i;
  while (i > 0 && isVowelAt(word, i - 1)) i--; // last vowel run
  const b = i;
  while (i > 0 && !isVowelAt(word, i - 1)) i--;
  const a = i;
  if (b > 0 && a > 0 && a < b) {
    const steps = toStrong ? TO_STRONG : TO_WEAK;
    for (let len = 2; len >= 1; len--) {
      if (b - a < len) continue;
      const list = steps.get(runKey(word, b - len, b));
      if (!list) continue;
      for (const { letter, from, to } of list) out.push({ word: word.slice(0, b - from.length) + to + word.slice(b), letter });
    }
  }
  // D after an i-diphthong: the i and the lost k are written j between vowels (aika : ajan, poika : pojan)
  if (toStrong && b - a === 1 && word[a] === "j" && a > 0 && isVowelAt(word, a - 1) && word[a - 1] !== "i") out.push({ word: word.slice(0, a) + "ik" + word.slice(b), letter: "D" });
  // D (k : nothing): the weak grade has no consonant, so a "k" returns between two unlike vowels
  if (toStrong && vowelsEnd === word.length) {
    const v = word.length - 1;
    if (isVowelAt(word, v - 1) && word[v] !== word[v - 1]) out.push({ word: word.slice(0, v) + "k" + word.slice(v), letter: "D" });
  }
  return out;
}


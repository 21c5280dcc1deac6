/** Vowel harmony: endings are written with back vowels and turned front where the word is. */

const FRONT: Record<string, string> = { a: "ä", o: "ö", u: "y" };
const BACK: Record<string, string> = { ä: "a", ö: "o", y: "u" };

/** A back-vowel string in front harmony ("ssa" → "ssä"). */
export function toFront(back: string): string {
  return back.replace(/[aou]/g, (c) => FRONT[c]);
}

/** Both harmonic variants of a back-vowel string ("ssa" → ["ssa", "ssä"]). */
export function variants(back: string): string[] {
  const front = toFront(back);
  return front === back ? [back] : [back, front];
}

/** A word is front-harmonic when its last harmonic vowel is ä, ö or y (compounds follow their last part). */
export function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i];
    if (c === "a" || c === "o" || c === "u") return false;
    if (c === "ä" || c === "ö" || c === "y") return true;
  }
  return true;
}

/** Whether `s` ends in `back` with front vowels read as back ones, for matching rules written in back form. */
export function endsWithFolded(s: string, back: string): boolean {
  const offset = s.length - back.length;
  if (offset < 0) return false;
  for (let i = 0; i < back.length; i++) {
    const c = s[offset + i];
    if ((BACK[c] ?? c) !== back[i]) return false;
  }
  return true;
}

export const VOWELS = "aeiouyäöå";
const VOWEL_CODES = new Set([...VOWELS].map((v) => v.charCodeAt(0)));
export const isVowel = (c: string | undefined) => c !== undefined && c.length === 1 && VOWEL_CODES.has(c.charCodeAt(0));

/**
 * A lemma written with the capitals of the surface form it came from, as far
 * as the two agree letter by letter (`Sote-jaoston` → `Sote-jaosto`,
 * `Melaluodon` → `Melaluoto`).
 */
export function withSurfaceCase(surface: string, lemma: string): string {
  let out = "";
  for (let k = 0; k < lemma.length; k++) out += k < surface.length && surface[k].toLowerCase() === lemma[k] ? surface[k] : lemma[k];
  return out;
}

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

/** Char codes with front vowels read as back ones (ä → a, ö → o, y → u), for matching rules written in back form. */
const FOLD = new Uint16Array(256).map((_, c) => c);
for (const [front, back] of Object.entries(BACK)) FOLD[front.charCodeAt(0)] = back.charCodeAt(0);
const fold = (c: number) => (c < 256 ? FOLD[c] : c);

/** Whether `s` ends in `back` with front vowels read as back ones. */
export function endsWithFolded(s: string, back: string): boolean {
  const offset = s.length - back.length;
  if (offset < 0) return false;
  for (let i = 0; i < back.length; i++) if (fold(s.charCodeAt(offset + i)) !== back.charCodeAt(i)) return false;
  return true;
}

/** The last letter of `s` with a front vowel read as its back one ("" for ""). */
export function foldedLast(s: string): string {
  const c = s.slice(-1);
  return BACK[c] ?? c;
}

export const VOWELS = "aeiouyäöå";
const VOWEL_CODES = new Uint8Array(256);
for (const v of VOWELS) VOWEL_CODES[v.charCodeAt(0)] = 1;
/** Whether the character at `i` is a vowel (false past either end). */
export const isVowelAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 256 && VOWEL_CODES[c] === 1;
};

/**
 * A lemma written with the capitals of the surface form it came from, as far
 * as the two agree letter by letter (`Sote-jaoston` → `Sote-jaosto`,
 * `Melaluodon` → `Melaluoto`).
 */
export function withSurfaceCase(surface: string, lemma: string): string {
  // the shared beginning is copied whole (the case ending is what differs), the rest letter by letter
  let same = 0;
  while (same < lemma.length && same < surface.length && lowerCode(surface.charCodeAt(same)) === lemma.charCodeAt(same)) same++;
  let out = surface.slice(0, same);
  for (let k = same; k < lemma.length; k++) out += k < surface.length && lowerCode(surface.charCodeAt(k)) === lemma.charCodeAt(k) ? surface[k] : lemma[k];
  return out;
}

/** A Latin-1 upper-case letter's code in lower case (32 above it); every other code as it is. */
export function latin1LowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) ? c + 32 : c;
}

/** The code of a UTF-16 unit in lower case (-1 when it lowers to more than one unit): Latin-1 by arithmetic, the rest through toLowerCase. */
function lowerCode(c: number): number {
  if (c < 256) return latin1LowerCode(c);
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/**
 * The inflected forms of body head nouns and role-title heads
 * (forms.generated.ts), decoded once into a read-only map. A token whose
 * ending is one of these forms is that head in that case, after whatever
 * compound first part precedes it.
 */
import { FORMS } from "./forms.generated.js";

export interface FormReading {
  /** The nominative: the token's first part and the head's base form, lower case. */
  lemma: string;
  /** The head noun or title the form belongs to. */
  head: string;
  case: string;
  plural: boolean;
}

let table: ReadonlyMap<string, ReadonlyArray<{ head: string; case: string }>> | undefined;
let endings: ReadonlySet<string> | undefined;
let longest = 0;

function forms(): ReadonlyMap<string, ReadonlyArray<{ head: string; case: string }>> {
  if (table) return table;
  const map = new Map<string, Array<{ head: string; case: string }>>();
  for (const line of FORMS.split("\n")) {
    const [form, readings] = line.split("\t");
    longest = Math.max(longest, form.length);
    map.set(
      form,
      readings.split(",").map((r) => {
        const [head, kase] = r.split("|");
        return { head, case: kase };
      }),
    );
  }
  endings = new Set([...map.keys()].map((f) => f.slice(-3)));
  return (table = map);
}

/**
 * Readings of a word as one of the heads, by the longest form its ending
 * matches; `accept` filters the heads the caller wants.
 */
export function readForm(word: string, accept: (head: string, lemma: string) => boolean): FormReading | null {
  const lower = word.toLowerCase();
  const map = forms();
  // every form's last three letters are known: most words fail here at once
  if (!endings!.has(lower.slice(-3))) return null;
  for (let k = Math.min(lower.length, longest); k >= 3; k--) {
    const readings = map.get(lower.slice(lower.length - k));
    if (!readings) continue;
    const prefix = lower.slice(0, lower.length - k);
    for (const r of readings) {
      const lemma = prefix + r.head;
      if (accept(r.head, lemma)) return { lemma, head: r.head, case: r.case, plural: r.case.endsWith(".pl") };
    }
  }
  return null;
}

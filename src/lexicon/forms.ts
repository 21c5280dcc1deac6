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
/** Every ending (3 letters or more) of every form: a longer ending can match only if its shorter one is here. */
let endings: ReadonlySet<string> | undefined;

function forms(): ReadonlyMap<string, ReadonlyArray<{ head: string; case: string }>> {
  if (table) return table;
  const map = new Map<string, Array<{ head: string; case: string }>>();
  for (const line of FORMS.split("\n")) {
    const [form, readings] = line.split("\t");
    map.set(
      form,
      readings.split(",").map((r) => {
        const [head, kase] = r.split("|");
        return { head, case: kase };
      }),
    );
  }
  const all = new Set<string>();
  for (const f of map.keys()) for (let k = 3; k <= f.length; k++) all.add(f.slice(-k));
  endings = all;
  return (table = map);
}

/**
 * Readings of a word as one of the heads, by the longest form its ending
 * matches; `accept` filters the heads the caller wants.
 */
export function readForm(word: string, accept: (head: string, lemma: string) => boolean): FormReading | null {
  const lower = word.toLowerCase();
  const map = forms();
  // walk the word's endings from the shortest up while some form still ends like that; keep the longest reading
  let best: FormReading | null = null;
  for (let k = 3; k <= lower.length; k++) {
    const tail = lower.slice(lower.length - k);
    if (!endings!.has(tail)) break;
    const readings = map.get(tail);
    if (!readings) continue;
    const prefix = lower.slice(0, lower.length - k);
    for (const r of readings) {
      const lemma = prefix + r.head;
      if (accept(r.head, lemma)) {
        best = { lemma, head: r.head, case: r.case, plural: r.case.endsWith(".pl") };
        break;
      }
    }
  }
  return best;
}

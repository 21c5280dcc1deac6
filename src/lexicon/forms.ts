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
 * Every reading of a lower-case word as one of the heads, longest form
 * first: the word's endings are walked from the shortest up while some form
 * still ends like that.
 */
export function formReadings(lower: string): FormReading[] {
  const map = forms();
  const out: FormReading[] = [];
  for (let k = 3; k <= lower.length; k++) {
    const tail = lower.slice(lower.length - k);
    if (!endings!.has(tail)) break;
    const readings = map.get(tail);
    if (!readings) continue;
    const prefix = lower.slice(0, lower.length - k);
    for (const r of readings) out.unshift({ lemma: prefix + r.head, head: r.head, case: r.case, plural: r.case.endsWith(".pl") });
  }
  return out;
}

/** The longest reading of a word as one of the heads that `accept` wants. */
export function readForm(word: string, accept: (head: string, lemma: string) => boolean, readings = formReadings(word.toLowerCase())): FormReading | null {
  return readings.find((r) => accept(r.head, r.lemma)) ?? null;
}

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

interface Node {
  next: Map<number, Node>;
  readings?: ReadonlyArray<{ head: string; case: string }>;
}

let root: Node | undefined;

/** The forms, read from their last letter backwards into a trie: a word's endings are walked without cutting strings. */
function trie(): Node {
  if (root) return root;
  const top: Node = { next: new Map() };
  for (const line of FORMS.split("\n")) {
    const [form, readings] = line.split("\t");
    let node = top;
    for (let i = form.length - 1; i >= 0; i--) {
      const c = form.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.readings = readings.split(",").map((r) => {
      const [head, kase] = r.split("|");
      return { head, case: kase };
    });
  }
  return (root = top);
}

/** Every reading of a lower-case word as one of the heads, longest form first. */
export function formReadings(lower: string): FormReading[] {
  const out: FormReading[] = [];
  let node: Node | undefined = trie();
  for (let i = lower.length - 1; i >= 0 && node; i--) {
    node = node.next.get(lower.charCodeAt(i));
    if (node?.readings) {
      const prefix = lower.slice(0, i);
      for (const r of node.readings) out.unshift({ lemma: prefix + r.head, head: r.head, case: r.case, plural: r.case.endsWith(".pl") });
    }
  }
  return out;
}

/** The longest reading of a word as one of the heads that `accept` wants. */
export function readForm(word: string, accept: (head: string, lemma: string) => boolean, readings = formReadings(word.toLowerCase())): FormReading | null {
  return readings.find((r) => accept(r.head, r.lemma)) ?? null;
}

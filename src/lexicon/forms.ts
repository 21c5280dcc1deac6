/**
 * The inflected forms of body head nouns and role-title heads
 * (forms.generated.ts), decoded once into a read-only suffix trie. A token whose
 * ending is one of these forms is that head in that case, after whatever
 * compound first part precedes it.
 */
import { FORMS } from "./forms.generated.js";
import { once } from "./index.js";
import { SuffixTrie } from "./trie.js";

export interface FormReading {
  /** The nominative: the token's first part and the head's base form, lower case. */
  lemma: string;
  /** The head noun or title the form belongs to. */
  head: string;
  case: string;
  plural: boolean;
}

interface HeadForm {
  head: string;
  case: string;
  plural: boolean;
}

/** The forms, read from their last letter backwards: a word's endings are walked without cutting strings. */
const forms = once(() =>
  SuffixTrie.build(
    FORMS.split("\n").map((line) => {
      const [form, readings] = line.split("\t");
      return [form, readings.split(",").map((r): HeadForm => {
        const [head, kase] = r.split("|");
        return { head, case: kase, plural: kase.endsWith(".pl") };
      })] as const;
    }),
  ),
);

const NONE: readonly FormReading[] = [];

/** Every reading of a lower-case word as one of the heads, longest form first. */
export function formReadings(lower: string): readonly FormReading[] {
  const trie = forms();
  let found: FormReading[] | null = null;
  let node = SuffixTrie.ROOT;
  for (let i = lower.length - 1; i >= 0; i--) {
    node = trie.child(node, lower.charCodeAt(i));
    if (node < 0) break;
    const readings = trie.value(node);
    if (!readings) continue;
    found ??= [];
    const prefix = lower.slice(0, i);
    for (const r of readings) found.unshift({ lemma: prefix + r.head, head: r.head, case: r.case, plural: r.plural });
  }
  return found ?? NONE;
}

/** The longest reading of a word as one of the heads that `accept` wants. */
export function readForm(word: string, accept: (head: string, lemma: string) => boolean, readings = formReadings(word.toLowerCase())): FormReading | null {
  return readings.find((r) => accept(r.head, r.lemma)) ?? null;
}

/** The loop both merge refiners share: join each result with the next one when the text between allows. */
import type { ParsingContext, ParsingResult } from "chrono-node";

export function mergeNeighbours(
  context: ParsingContext,
  results: ParsingResult[],
  canMerge: (a: ParsingResult, b: ParsingResult, between: string) => boolean,
  merge: (a: ParsingResult, b: ParsingResult) => ParsingResult,
): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i];
    const b = results[i + 1];
    if (b && canMerge(a, b, context.text.slice(a.index + a.text.length, b.index))) {
      out.push(merge(a, b));
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

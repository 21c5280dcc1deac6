/**
 * One of chrono's own parsers, run only on texts that pass a cheap test of
 * something its pattern cannot match without. chrono's patterns open with
 * `(\W|^)`, which the engine tries at every non-letter of the text; a gate
 * that starts with a digit is scanned many times faster, and most texts
 * fail it. What the parser finds in a text that passes is unchanged.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { NOTHING } from "../constants.js";

export default class GatedParser implements Parser {
  constructor(
    /** chrono's parser, run unchanged. */
    readonly parser: Parser,
    /** Matches every text the parser's pattern matches (a necessary condition, not the pattern). */
    private readonly gate: RegExp,
  ) {}

  pattern(context: ParsingContext): RegExp {
    return this.gate.test(context.text) ? this.parser.pattern(context) : NOTHING;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    return this.parser.extract(context, match);
  }
}

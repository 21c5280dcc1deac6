import { extractDecisions } from "../../../src/index.js";

/** The outcome of each decision a text states, in order. */
export const outcomes = (text: string) => extractDecisions(text).map((d) => d.outcome);

/** Each decision's outcome and evidence. */
export const decided = (text: string) => extractDecisions(text).map((d) => [d.outcome, d.text]);

/** The tokenizer moved to src/text/tokens.ts; the stages still import it from here. */
export { atSentenceStart, isDigit, tokenize, type Token } from "../text/tokens.js";
export { lineTokens } from "../text/document.js";

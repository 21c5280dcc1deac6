/** The document model moved to src/text/document.ts; the stages still import it from here. */
import type { Line, Sentence } from "../text/document.js";

export { lineAt, type Doc, type Line, type Sentence } from "../text/document.js";

/** The sentences of a line, split once when the document was built. */
export const sentencesOf = (line: Line): Sentence[] => line.sentences;

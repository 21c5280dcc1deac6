/** The analysis memo moved to src/morph/fi/lemmas.ts; the stages still import it from here. */
import type { Doc } from "../text/document.js";
import type { Lemmas } from "../morph/fi/lemmas.js";

export { Lemmas } from "../morph/fi/lemmas.js";

/** The memo of one document, shared by its stages. */
export const lemmasOf = (doc: Doc): Lemmas => doc.lemmas;

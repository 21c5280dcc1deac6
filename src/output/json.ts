/**
 * The JSON compiler: a unified compiler that writes the file's Extraction,
 * so that `createProcessor(...).process(text)` gives JSON the unified way
 * (`String(file)`), and the Extraction itself stays on `file.data.extraction`.
 */
import type { Root } from "mdast";
import type { Compiler } from "unified";
import type { VFile } from "vfile";

export const jsonCompiler: Compiler<Root, string> = (_tree: Root, file: VFile) => JSON.stringify(file.data.extraction);

/** The JSON compiler as a plugin, for a chain of one's own. */
export function poimijaJson(this: { compiler?: unknown }) {
  this.compiler = jsonCompiler;
}

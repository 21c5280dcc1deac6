/**
 * unified plugins over one document. A parser plugin (poimija's text or HTML
 * parser, remark-parse, rehype-parse) makes the tree; `poimijaDocument` builds the
 * Doc from it; each extractor plugin runs its stage (and what that stage
 * needs) and marks its entities as asked for; `poimijaFinish` puts the
 * Extraction on `file.data.extraction`. `poimija` is all of it after any
 * parser. The per-document state lives on `file.data`, never in a
 * module.
 */
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type { Extraction } from "../schema/index.js";
import type { ExtractOptions, ExtractorName, ResolvedOptions } from "../schema/options.js";
import { buildDoc, type Doc } from "../text/document.js";
import { parsedFromTree } from "../text/parse.js";
import { jsonCompiler } from "../output/json.js";
import { assertLength, resolveOptions } from "./options.js";
import { runStage, toExtraction, type StageOutputs } from "./stages.js";

/** One document's extraction state. */
export interface State {
  doc: Doc;
  options: ResolvedOptions;
  outputs: Partial<StageOutputs>;
  /** The entities asked for, in the order their plugins ran. */
  wanted: Set<ExtractorName>;
}

/** The tree a parser plugin made: mdast (poimija's text parser, remark-parse) or hast (poimija's HTML parser, rehype-parse). */
export type Tree = MdastRoot | HastRoot;

declare module "vfile" {
  interface DataMap {
    /** Options of this file's extraction, as the caller gave them. */
    poimijaOptions: ExtractOptions;
    /** The same options already settled by the schema (extract() and the poimija plugin settle them once). */
    poimijaResolvedOptions: ResolvedOptions;
    poimijaState: State;
    /** The finished extraction, set by `poimijaFinish`. */
    extraction: Extraction;
  }
}

/** The state of a file, built from its tree the first time a plugin asks. */
export function stateOf(file: VFile, tree: Tree): State {
  let state = file.data.poimijaState;
  if (!state) {
    const options = file.data.poimijaResolvedOptions ?? resolveOptions(file.data.poimijaOptions);
    const text = String(file.value);
    assertLength(text, options);
    state = { doc: buildDoc(parsedFromTree(text, tree), options.cache), options, outputs: {}, wanted: new Set() };
    file.data.poimijaState = state;
  }
  return state;
}

/** Builds the file's Doc from its tree (the extractor plugins do so themselves when it has not run). */
export const poimijaDocument: Plugin<[], Tree> = function () {
  return (tree: Tree, file: VFile) => {
    stateOf(file, tree);
  };
};

function stagePlugin(name: ExtractorName): Plugin<[], Tree> {
  return function () {
    return (tree: Tree, file: VFile) => {
      const state = stateOf(file, tree);
      // options.extractors narrows a processor's extractors to those the caller asked for
      if (state.options.extractors && !state.options.extractors.includes(name)) return;
      runStage(name, state.doc, state.options, state.outputs);
      state.wanted.add(name);
    };
  };
}

export const poimijaTimes = stagePlugin("times");
export const poimijaEvents = stagePlugin("events");
export const poimijaBodies = stagePlugin("bodies");
export const poimijaPeople = stagePlugin("people");
export const poimijaDecisions = stagePlugin("decisions");

export const EXTRACTORS: Record<ExtractorName, Plugin<[], Tree>> = {
  times: poimijaTimes,
  events: poimijaEvents,
  bodies: poimijaBodies,
  people: poimijaPeople,
  decisions: poimijaDecisions,
};

/** Puts the finished Extraction on `file.data.extraction`, and compiles it to JSON when no other compiler is set. */
export const poimijaFinish: Plugin<[], Tree> = function () {
  if (!this.compiler) (this as { compiler?: unknown }).compiler = jsonCompiler;
  return (tree: Tree, file: VFile) => {
    const state = stateOf(file, tree);
    file.data.extraction = toExtraction(state.doc, state.options, state.outputs, state.wanted);
  };
};

/**
 * Every extractor (or those `options.extractors` names) and the finish step,
 * for use after any mdast or hast parser:
 * `unified().use(remarkParse).use(poimija, { referenceDate }).process(markdown)`,
 * `unified().use(rehypeParse).use(poimija).process(html)`.
 */
export const poimija: Plugin<[ExtractOptions?], Tree> = function (options) {
  const resolved = resolveOptions(options);
  const names = resolved.extractors ?? (Object.keys(EXTRACTORS) as ExtractorName[]);
  const finish = poimijaFinish.call(this) as (tree: Tree, file: VFile) => void;
  return (tree: Tree, file: VFile) => {
    if (options && !file.data.poimijaOptions) {
      file.data.poimijaOptions = options;
      file.data.poimijaResolvedOptions = resolved;
    }
    const state = stateOf(file, tree);
    for (const name of names) {
      runStage(name, state.doc, state.options, state.outputs);
      state.wanted.add(name);
    }
    finish(tree, file);
  };
};

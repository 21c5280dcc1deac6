/**
 * unified plugins. A parser plugin (`poimijaParseText`, or remark-parse for
 * markdown) makes the mdast tree; each extractor plugin reads the tree and
 * adds its entities to the file's state; `poimijaFinish` puts the Extraction
 * on `file.data.extraction`. `poimija` is all of it after any parser.
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { bodiesOf, decisionsOf, eventsOf, peopleOf, timesOf, toExtraction } from "./stages.js";
import { stateOf, type ExtractOptions, type State } from "./state.js";

function stagePlugin(run: (s: State) => unknown): Plugin<[], Root> {
  return function () {
    return (tree: Root, file: VFile) => {
      run(stateOf(file, tree));
    };
  };
}

export const poimijaTimes = stagePlugin(timesOf);
export const poimijaEvents = stagePlugin(eventsOf);
export const poimijaBodies = stagePlugin(bodiesOf);
export const poimijaPeople = stagePlugin(peopleOf);
export const poimijaDecisions = stagePlugin(decisionsOf);

/** Puts the finished Extraction on `file.data.extraction`. */
export const poimijaFinish: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    file.data.extraction = toExtraction(stateOf(file, tree));
  };
};

/**
 * Every extractor and the finish step, for use after any mdast parser:
 * `unified().use(remarkParse).use(poimija, { referenceDate })`.
 */
export const poimija: Plugin<[ExtractOptions?], Root> = function (options) {
  const stages = [timesOf, eventsOf, bodiesOf, peopleOf, decisionsOf];
  // so that .process() works on its own: the file's value becomes the Extraction as JSON
  if (!this.compiler) this.compiler = (_tree, file) => JSON.stringify(file.data.extraction);
  return (tree: Root, file: VFile) => {
    if (options && !file.data.poimijaOptions) file.data.poimijaOptions = options;
    const state = stateOf(file, tree);
    for (const stage of stages) stage(state);
    file.data.extraction = toExtraction(state);
  };
};

export const EXTRACTORS = {
  times: poimijaTimes,
  events: poimijaEvents,
  bodies: poimijaBodies,
  people: poimijaPeople,
  decisions: poimijaDecisions,
} as const;
export type ExtractorName = keyof typeof EXTRACTORS;

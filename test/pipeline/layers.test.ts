/**
 * The layers import downwards only: the document model, the lexicon, the
 * morphology and the time reader know nothing of the extraction stages, so
 * that a stage can change without the Doc every stage shares changing with it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");
const LOWER_LAYERS = ["text", "lexicon", "morph", "time"];
const UPPER_LAYERS = ["extract", "pipeline", "output", "cli", "eval"];

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

const IMPORT = /^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gm;

describe("layers", () => {
  it.each(LOWER_LAYERS)("src/%s imports no extraction stage, pipeline, output, CLI or scorer", (layer) => {
    const upward: string[] = [];
    for (const file of sourcesUnder(join(SRC, layer))) {
      for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
        const target = relative(SRC, join(file, "..", m[1]));
        if (UPPER_LAYERS.some((up) => target.startsWith(`${up}/`))) upward.push(`${relative(SRC, file)} → ${m[1]}`);
      }
    }
    expect(upward).toEqual([]);
  });
});

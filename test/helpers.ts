import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldDocument } from "../src/eval/score.js";

export const CORPUS_DIR = join(__dirname, "..", "fixtures", "corpus");

export function loadCorpus(): Array<GoldDocument & { genre: string }> {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS_DIR, f), "utf8")));
}

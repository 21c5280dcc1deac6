/** `poimija eval`: scores the extractor against gold files in the corpus format (ANNOTATION.md). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../index.js";
import type { Extraction } from "../schema/index.js";
import { formatGenreTable, formatReport, score, scoreByGenre, type GoldDocument } from "../eval/score.js";

export interface EvalOptions {
  errors: boolean;
  json: boolean;
  /** `genre`: figures per genre besides the whole. */
  by?: string;
}

export function evaluate(dir: string, options: EvalOptions): number {
  if (options.by !== undefined && options.by !== "genre") {
    process.stderr.write(`poimija: --by takes genre, not ${options.by}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = statSync(dir).isDirectory()
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .sort()
          .map((f) => join(dir, f))
      : [dir];
  } catch (e) {
    process.stderr.write(`poimija: cannot read ${dir}: ${(e as Error).message}\n`);
    return 1;
  }
  const docs = files.map((f) => JSON.parse(readFileSync(f, "utf8")) as GoldDocument);
  const outputs = new Map<string, Extraction>();
  const t0 = process.hrtime.bigint();
  for (const d of docs) outputs.set(d.id, extract(d.text, { referenceDate: d.referenceDate ?? null }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const report = score(docs, outputs, options.errors);
  const byGenre = options.by ? scoreByGenre(docs, outputs) : undefined;
  if (options.json) process.stdout.write(JSON.stringify({ ...report, seconds, ...(byGenre ? { byGenre: Object.fromEntries(byGenre) } : {}) }) + "\n");
  else process.stdout.write(formatReport(report, seconds) + "\n" + (byGenre ? `\n${formatGenreTable(byGenre)}\n` : ""));
  return 0;
}

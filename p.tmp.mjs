import { readdirSync, readFileSync } from "node:fs";
import { extract, createProcessor } from "./dist/index.js";
import { VFile } from "vfile";
import { unified } from "unified";
import remarkParse from "remark-parse";
const dir = "./fixtures/corpus/";
const docs = readdirSync(dir).map((f) => JSON.parse(readFileSync(dir + f, "utf8")));
const remark = unified().use(remarkParse);
const only = (extractors) => { const p = createProcessor("text", { extractors }); return (d) => { const file = new VFile({ value: d.text, data: { poimijaOptions: { referenceDate: d.referenceDate } } }); p.runSync(p.parse(file), file); }; };
const fns = { remark: (d) => remark.parse(d.text), extract: (d) => extract(d.text, { referenceDate: d.referenceDate, format: "text" }), times: only(["times"]), bodies: only(["bodies"]), people: only(["bodies","people"]), events: only(["events"]), decisions: only(["decisions"]) };
for (const [name, fn] of Object.entries(fns)) {
  for (const d of docs) fn(d);
  let best = Infinity;
  for (let r = 0; r < 7; r++) { const t0 = performance.now(); for (let i = 0; i < 8; i++) for (const d of docs) fn(d); best = Math.min(best, (performance.now() - t0) / (8 * docs.length)); }
  console.log(name.padEnd(10), best.toFixed(3), "ms/doc");
}

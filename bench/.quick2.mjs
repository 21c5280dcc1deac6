import { readdirSync, readFileSync } from "node:fs";
import remarkParse from "remark-parse"; import { unified } from "unified";
const lib = await import(process.argv[2] ?? "../dist/index.js");
const dir = new URL("../fixtures/corpus/", import.meta.url);
const docs = readdirSync(dir).filter(f=>f.endsWith(".json")).sort().map(f=>JSON.parse(readFileSync(new URL(f,dir),"utf8")));
const remark = unified().use(remarkParse);
const ex = (x) => d=>lib.extract(d.text,{referenceDate:d.referenceDate??null,format:"text",extractors:x});
const cases = { remark: d=>remark.parse(d.text), none: ex([]), times: ex(["times"]), bodies: ex(["bodies"]), people: ex(["people"]), events: ex(["events"]), decisions: ex(["decisions"]), all: ex(undefined), md: d=>lib.extract(d.text,{referenceDate:d.referenceDate??null,format:"markdown"}) };
const best = {}; for (const k in cases) best[k]=Infinity;
for (let r=0;r<25;r++) for (const [k,f] of Object.entries(cases)) { const t0=performance.now(); for (const d of docs) f(d); const t=performance.now()-t0; if (r>2) best[k]=Math.min(best[k],t); }
console.log(Object.entries(best).map(([k,v])=>`${k} ${v.toFixed(1)}ms ${(best.remark/v).toFixed(2)}x`).join("\n"));

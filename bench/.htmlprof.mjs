import { readdirSync, readFileSync } from "node:fs";
import { parseHtml } from "/work/main/dist/index.js";
import rehypeParse from "rehype-parse"; import { unified } from "unified";
import { loadTemplates, renderPage } from "/work/main/test/text/render-html.ts";
const dir = "/work/main/fixtures/corpus/";
const docs = readdirSync(dir).filter(f=>f.endsWith(".json")).sort().map(f=>JSON.parse(readFileSync(dir+f,"utf8")));
const templates = loadTemplates();
const pages = docs.flatMap(d => templates.map(t => renderPage(d.text, t)));
const rehype = unified().use(rehypeParse);
const mode = process.argv[2] ?? "both";
for (let r=0;r<6;r++) { let t0=performance.now(); for (const p of pages) rehype.parse(p); const a=performance.now()-t0; t0=performance.now(); for (const p of pages) parseHtml(p); const b=performance.now()-t0; console.log("rehype", a.toFixed(0), "parseHtml", b.toFixed(0), (a/b).toFixed(2)); }
if (mode === "prof") for (let r=0;r<30;r++) for (const p of pages) parseHtml(p);

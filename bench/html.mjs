#!/usr/bin/env node
// npm run bench:html: HTML pages against rehype-parse's bare parse of the same pages.
// The pages are the fixtures corpus documents rendered inside each site template of
// fixtures/html/templates (test/text/render-html.ts), replicated to at least 2 MB.
// Prints parseHtml, extract on the clean text, and the two together, as multiples of
// rehype-parse's parse. Ratios are the figures to compare between machines. extract and
// parseHtml come from dist/ as in bench/run.mjs (npm run build first); only the page
// templates and the chrome blanking of the expected texts come from test/ through tsx.
//
// npm run bench:html -- --libraries: first the choice of chrome removal. For each page,
// whether the entities (time values, people, bodies, decisions by outcome and body) equal
// those of the document's text with its own chrome blanked, for poimija's rules on hast,
// @mozilla/readability over linkedom, and defuddle over linkedom (the libraries' content
// HTML read into blocks by poimija's walker with its chrome rules off); then their speed.
// They run in the same process only with this flag: after them the other cases run slower.
import { readdirSync, readFileSync } from "node:fs";
import { Readability } from "@mozilla/readability";
import { Defuddle } from "defuddle/node";
import { parseHTML } from "linkedom";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { extract, parseHtml } from "../dist/index.js";
import { loadTemplates, renderPage } from "../test/text/render-html.ts";
import { blankChrome } from "../test/text/text-blocks.ts";

const TARGET = 2 * 1024 * 1024;
const ROUNDS = 5;
const dir = new URL("../fixtures/corpus/", import.meta.url);
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")));
const templates = loadTemplates();
const pages = docs.flatMap((d) => templates.map((t) => ({ doc: d, template: t.name, html: renderPage(d.text, t) })));
for (const p of pages) p.clean = parseHtml(p.html).text;

const entities = (out) =>
  JSON.stringify([
    out.times.map((t) => JSON.stringify(t.value)).sort(),
    out.people.map((p) => p.name).sort(),
    out.bodies.map((b) => b.name).sort(),
    out.decisions.map((d) => `${d.outcome} ${d.body}`).sort(),
  ]);
const expected = new Map(docs.map((d) => [d.id, entities(extract(blankChrome(d.text), { referenceDate: d.referenceDate ?? null }))]));

const rehype = unified().use(rehypeParse);
const readability = (html) => {
  const article = new Readability(parseHTML(html).document).parse();
  return parseHtml(article?.content ?? "", { keepChrome: true }).text;
};
const defuddle = async (html) => {
  const result = await Defuddle(parseHTML(html).document, "https://example.fi/uutinen");
  return parseHtml(result.content ?? "", { keepChrome: true }).text;
};
const ways = [
  ["poimija rules on hast", (html) => parseHtml(html).text],
  ["@mozilla/readability + linkedom", readability],
  ["defuddle + linkedom", defuddle],
];

const libraries = process.argv.includes("--libraries");
console.log(`${pages.length} pages (${docs.length} documents × ${templates.length} templates); node ${process.version}`);
if (libraries) console.log(`\n${"clean text by".padEnd(34)} ${"entities equal".padStart(15)}   failing templates`);
for (const [name, fn] of libraries ? ways : []) {
  let equal = 0;
  const failing = new Map();
  for (const p of pages) {
    const text = await fn(p.html);
    const ok = entities(extract(text, { referenceDate: p.doc.referenceDate ?? null })) === expected.get(p.doc.id);
    if (ok) equal++;
    else failing.set(p.template, (failing.get(p.template) ?? 0) + 1);
  }
  console.log(`${name.padEnd(34)} ${`${equal}/${pages.length}`.padStart(15)}   ${[...failing].map(([t, n]) => `${t} ${n}`).join(", ") || "-"}`);
}

const corpus = [];
let bytes = 0;
while (bytes < TARGET) for (const p of pages) corpus.push(p), (bytes += Buffer.byteLength(p.html));
const mb = bytes / 1e6;

// As in bench/run.mjs: the pages are cut into slices, every case runs on a slice before any case
// runs on the next, and a case's time is the sum over slices of its best time for each, so that the
// cases meet the shared machine's load bursts alike.
const CHUNKS = 8;
const chunks = Array.from({ length: CHUNKS }, (_, k) => corpus.slice(Math.floor((k * corpus.length) / CHUNKS), Math.floor(((k + 1) * corpus.length) / CHUNKS)));

async function timeChunk(fn, chunk, isAsync) {
  for (let i = 0; i < 5; i++) await fn(chunk[i % chunk.length]);
  const t0 = process.hrtime.bigint();
  if (isAsync) for (const p of chunk) await fn(p);
  else for (const p of chunk) fn(p);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const cases = [
  ["rehype-parse alone (reference)", (p) => rehype.parse(p.html)],
  ["poimija parseHtml", (p) => parseHtml(p.html)],
  ["poimija extract on its clean text", (p) => extract(p.clean, { referenceDate: p.doc.referenceDate ?? null, format: "text" })],
  ["poimija parseHtml + extract", (p) => extract(parseHtml(p.html).text, { referenceDate: p.doc.referenceDate ?? null, format: "text" })],
];
if (libraries) {
  // an order of magnitude slower than the rest: one round leaves time for more rounds of the others
  cases.push(["@mozilla/readability + linkedom", (p) => readability(p.html), 1], ["defuddle + linkedom", (p) => defuddle(p.html), 1, true]);
}
const bestSlices = cases.map(() => chunks.map(() => Infinity));
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < CHUNKS; k++) {
    for (let c = 0; c < cases.length; c++) {
      const [, fn, rounds = ROUNDS, isAsync = false] = cases[c];
      if (r < rounds) bestSlices[c][k] = Math.min(bestSlices[c][k], await timeChunk(fn, chunks[k], isAsync));
    }
  }
}
const seconds = bestSlices.map((times) => times.reduce((a, b) => a + b, 0));
console.log("");
console.log(`speed on ${corpus.length} pages, ${mb.toFixed(2)} MB, ${ROUNDS} rounds of ${CHUNKS} slices`);
console.log(`${"case".padEnd(34)} ${"MB/s".padStart(8)} ${"× rehype".padStart(9)}`);
cases.forEach(([name], c) => console.log(`${name.padEnd(34)} ${(mb / seconds[c]).toFixed(2).padStart(8)} ${(seconds[0] / seconds[c]).toFixed(2).padStart(9)}`));

import { readdirSync, readFileSync } from "node:fs";
const lib = await import("../dist/index.js");
const dir = new URL("../fixtures/corpus/", import.meta.url);
const docs = readdirSync(dir).filter(f=>f.endsWith(".json")).sort().map(f=>JSON.parse(readFileSync(new URL(f,dir),"utf8")));
const x = process.argv[2] ? process.argv[2].split(",") : undefined;
for (let r=0;r<150;r++) for (const d of docs) lib.extract(d.text,{format:process.env.FMT??"text",extractors:x,referenceDate:d.referenceDate??null});

import { readdirSync, readFileSync } from "node:fs";
import { extract } from "./dist/index.js";
const dir = "./fixtures/corpus/";
const docs = readdirSync(dir).map((f) => JSON.parse(readFileSync(dir + f, "utf8")));
for (let i = 0; i < 60; i++) for (const d of docs) extract(d.text, { referenceDate: d.referenceDate, format: "text" });

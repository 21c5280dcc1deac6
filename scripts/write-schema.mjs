// Writes the JSON Schemas of the package from its zod schemas: dist/schema.json (an extraction),
// dist/batch-schema.json (one --ndjson output line) and dist/options-schema.json (the extract
// options as JSON carries them).
import { writeFileSync } from "node:fs";
import { extractionJsonSchema, batchOutputJsonSchema, optionsJsonSchema } from "../dist/index.js";

const write = (name, schema) => writeFileSync(new URL(`../dist/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
write("schema.json", extractionJsonSchema());
write("batch-schema.json", batchOutputJsonSchema());
write("options-schema.json", optionsJsonSchema());

// Writes dist/schema.json (an extraction) and dist/batch-schema.json (one
// --ndjson output line) from the built package's zod schemas.
import { writeFileSync } from "node:fs";
import { extractionJsonSchema, batchOutputJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../dist/schema.json", import.meta.url), JSON.stringify(extractionJsonSchema(), null, 2) + "\n");
writeFileSync(new URL("../dist/batch-schema.json", import.meta.url), JSON.stringify(batchOutputJsonSchema(), null, 2) + "\n");

/**
 * Writes src/lexicon/forms.generated.ts (see scripts/forms-table.ts); a test
 * regenerates the table and compares it with the checked-in one.
 */
import { writeFileSync } from "node:fs";
import { formsTableSource } from "./forms-table.js";

writeFileSync(new URL("../src/lexicon/forms.generated.ts", import.meta.url), formsTableSource());

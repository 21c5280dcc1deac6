/** Generated tables match what their generator makes now: a lexicon edit without `npm run lexicon` fails here. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formsTableSource } from "../../scripts/forms-table.js";

describe("generated tables", () => {
  it("forms.generated.ts is what scripts/build-forms.ts makes from the lexicons", () => {
    const checkedIn = readFileSync(new URL("../../src/lexicon/forms.generated.ts", import.meta.url), "utf8");
    expect(formsTableSource() === checkedIn).toBe(true);
  });
});

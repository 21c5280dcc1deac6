/** The built package as users load it: `import` and `require` (npm install builds it), its exports and its files. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const TEXT = "Aluehallitus kokoontuu 2.2.2022 klo 18. Aluehallitus hyväksyi talousarvion.";

/** Runs a script in a fresh Node process from the project root and returns what it printed. */
function node(args: string[], script: string): string {
  const r = spawnSync(process.execPath, [...args, script], { encoding: "utf8", cwd: ROOT });
  expect(r.stderr).toBe("");
  return r.stdout.trim();
}

const summary = (m: string) =>
  `const r = ${m}.extract(${JSON.stringify(TEXT)}, { referenceDate: "2022-01-01" }); ` +
  `const md = ${m}.extract(${JSON.stringify(TEXT)}, { format: "markdown" }); ` +
  `console.log(JSON.stringify([r.times.length, r.decisions.map((d) => d.outcome), md.times.length, ${m}.Extraction.safeParse(r).success]))`;

describe("the built package", () => {
  const expected = JSON.stringify([1, ["approved"], 1, true]);

  it("loads with require (CommonJS), text and markdown alike", () => {
    expect(node(["-e"], `const m = require("./dist/index.cjs"); ${summary("m")}`)).toBe(expected);
  });

  it("loads with import (ES modules)", () => {
    expect(node(["--input-type=module", "-e"], `import * as m from "./dist/index.js"; ${summary("m")}`)).toBe(expected);
  });

  it("runs its bin as a command: the README's first line is npx poimija extract", () => {
    const bin = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.poimija);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const r = spawnSync(bin, ["--version"], { encoding: "utf8", cwd: ROOT });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exports its JSON Schemas by the names the README gives", () => {
    const script = `for (const f of ["schema.json", "batch-schema.json", "options-schema.json"]) console.log(require.resolve("poimija/" + f).endsWith(f));`;
    // resolved through the package's own exports, as a dependent package would
    expect(node(["-e"], script).split("\n")).toEqual(["true", "true", "true"]);
  });

  it("ships no source maps, and the library's code once for ES modules and once for CommonJS", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.files).toContain("LICENSE");
    expect(existsSync(join(ROOT, "LICENSE"))).toBe(true);
    expect(pkg.repository).toBeTruthy();
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
    const files: Array<{ path: string; size: number }> = JSON.parse(r.stdout)[0].files;
    expect(files.filter((f) => f.path.endsWith(".map"))).toEqual([]);
    const big = files.filter((f) => f.path.endsWith("js") && f.size > 200_000).map((f) => f.path);
    expect(big).toHaveLength(2);
  });

  it("keeps regular expression literals as literals (a pattern rebuilt by new RegExp at every call costs each call a compilation lookup)", () => {
    const built = [...readdirSync(join(ROOT, "dist")).filter((f) => /\.c?js$/.test(f)).map((f) => join(ROOT, "dist", f)), join(ROOT, "dist/cli/main.js")];
    const rebuilt = built.filter((f) => /new RegExp\("(?:[^"\\]|\\.)*\\\\p\{/.test(readFileSync(f, "utf8")));
    expect(rebuilt).toEqual([]);
  });
});

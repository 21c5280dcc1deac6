/**
 * No module keeps state between calls. A global or sticky pattern shared at
 * module level carries its `lastIndex` from one call to the next; code reads
 * such a pattern through `matchAll` (which copies it) or builds one per call.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("module state", () => {
  it("no source sets or reads a pattern's lastIndex", () => {
    const offenders = sources(SRC).filter((f) => /\.lastIndex\b/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

/** The CLI end to end, on the built package (npm install builds it). */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", cwd: ROOT });

describe("poimija CLI", () => {
  it("prints help and version", () => {
    expect(run(["--help"]).stdout).toMatch(/poimija extract/);
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exits 2 on usage errors with a plain message", () => {
    const r = run(["frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
    expect(run(["extract", "--format", "pdf"]).status).toBe(2);
    expect(run(["extract", "--bogus"]).status).toBe(2);
  });

  it("exits 1 when a file cannot be read", () => {
    const r = run(["extract", "no/such/file.txt"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
  });

  it("extracts a bundled sample", () => {
    const r = run(["extract", "fixtures/seeds/000_525f86fa4ed6c8b6.txt"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.times.length).toBeGreaterThan(10);
    expect(out.events[0].title).toBe("Valtakunnallisen yhteistyön käynnistäminen");
  });

  for (const jobs of ["1", "2"]) {
    it(`--ndjson --jobs ${jobs}: one output line per input line, in order, malformed lines as error records`, () => {
      const lines = [
        JSON.stringify({ id: "a", text: "Hallitus kokoontui 2.2.2022 klo 10." }),
        "{not json",
        JSON.stringify({ id: "b" }),
        "",
        JSON.stringify({ id: "c", text: "Ei aikoja.", referenceDate: "2022-13-45x" }),
        ...Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Kokous ${1 + (i % 28)}.3.2023.` })),
      ];
      const r = run(["extract", "--ndjson", "--jobs", jobs], lines.join("\n") + "\n");
      expect(r.status).toBe(0);
      const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
      expect(out).toHaveLength(lines.length);
      expect(out[0].id).toBe("a");
      expect(out[0].times[0].value).toBe("2022-02-02T10:00:00+02:00");
      expect(out[1].error.code).toBe("invalid_json");
      expect(out[2]).toMatchObject({ id: "b", error: { code: "invalid_input" } });
      expect(out[3].error.code).toBe("invalid_json");
      expect(out[4]).toMatchObject({ id: "c", error: { code: "invalid_input" } });
      expect(out.slice(5).map((o: { id: string }) => o.id)).toEqual(lines.slice(5).map((l) => JSON.parse(l).id));
    });
  }

  it("--shard K/N takes every Nth line", () => {
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: i, text: "x" }));
    const r = run(["extract", "--ndjson", "--jobs", "1", "--shard", "1/3"], lines.join("\n") + "\n");
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual([1, 4]);
  });

  it("schema: the CLI's output validates against the JSON Schema it prints", () => {
    const schema = JSON.parse(execFileSync(process.execPath, [BIN, "schema"], { encoding: "utf8" }));
    const validate = z.fromJSONSchema(schema);
    const r = run(["extract", "fixtures/corpus/dev-021.json"]);
    expect(validate.safeParse(JSON.parse(r.stdout)).success).toBe(true);
    expect(validate.safeParse({ language: "fi" }).success).toBe(false);
  });
});

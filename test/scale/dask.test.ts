/**
 * The Dask runner (scale/dask/) on a LocalCluster with 2 worker processes, over
 * a generated archive: its output shards equal the single-process CLI's, every
 * record once, and each worker pipes its partitions through one poimija process.
 * Runs under Debian's python3 with apt's python3-dask and python3-distributed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ndjsonLines, ROOT, runCli } from "./helpers.js";

const PYTHON = "/usr/bin/python3";
const RUNNER = join(ROOT, "scale", "dask", "poimija_dask.py");
const probe = spawnSync(PYTHON, ["-c", "import dask.bag, distributed"], { encoding: "utf8" });
const hasDask = probe.status === 0;
const inCi = process.env.CI === "true";

describe("Dask runner", () => {
  if (!hasDask) {
    const why = `${PYTHON} cannot import dask and distributed (apt-get install python3-dask python3-distributed)`;
    if (inCi) it("has Dask under CI", () => expect.fail(`${why}: required under CI=true`));
    else it.skip(`skipped: ${why}`, () => {});
    return;
  }

  it("writes each shard's records exactly once, in order, equal to the single-process CLI's output", () => {
    const dir = mkdtempSync(join(tmpdir(), "poimija-dask-"));
    const all = ndjsonLines(240);
    const shards = Array.from({ length: 6 }, (_, k) => all.slice(k * 40, (k + 1) * 40));
    shards[2].splice(5, 0, "{not json");
    shards[4] = []; // an empty shard stays an empty shard
    const input: Record<string, Buffer> = {};
    shards.forEach((lines, k) => (input[`part-${k}.ndjson`] = Buffer.from(lines.map((l) => l + "\n").join(""))));
    // a line that is not UTF-8 reaches poimija byte for byte and comes back as its error record
    input["part-5.ndjson"] = Buffer.concat([input["part-5.ndjson"], Buffer.from('{"id":"latin","text":"K'), Buffer.from([0xe4]), Buffer.from('yt"}\n')]);
    for (const [name, bytes] of Object.entries(input)) writeFileSync(join(dir, name), bytes);

    const out = join(dir, "out");
    const r = spawnSync(PYTHON, [RUNNER, join(dir, "*.ndjson"), out, "--local-workers", "2", "--poimija", `${process.execPath} ${join(ROOT, "dist", "cli", "main.js")}`], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stderr.trim().split("\n").pop()!) as { workers: Array<{ pid: number; alive: boolean; partitions: number }> };
    // one long-lived process per worker, not one per record or per partition
    expect(summary.workers).toHaveLength(2);
    expect(new Set(summary.workers.map((w) => w.pid)).size).toBe(2);
    expect(summary.workers.every((w) => w.alive)).toBe(true);
    expect(summary.workers.reduce((n, w) => n + w.partitions, 0)).toBe(6);

    const outputIds: unknown[] = [];
    for (const name of Object.keys(input).sort()) {
      const got = readFileSync(join(out, name), "utf8");
      expect(got).toBe(runCli(["extract", "--ndjson", "--jobs", "1", join(dir, name)]).stdout);
      outputIds.push(...got.split("\n").filter(Boolean).map((l) => JSON.parse(l).id));
    }
    const expectedIds = Object.keys(input)
      .sort()
      .flatMap((name) => readFileSync(join(dir, name), "latin1").split("\n").filter(Boolean))
      .map((l) => (l.startsWith("{not") ? null : (JSON.parse(l) as { id: string }).id));
    expect(outputIds).toEqual(expectedIds);
    expect(readFileSync(join(out, "part-5.ndjson"), "utf8")).toMatch(/"id":"latin","line":41,"error":\{"code":"invalid_encoding"/);
  }, 240_000);
});

/** The batch CLI at scale: bounded memory behind a slow reader, order, resuming, interrupts, closed pipes. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ids, inventedText, ndjsonLines, ROOT, runCli, startCli, waitExit } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "poimija-batch-"));

/** Collects a child's stdout and stderr; resolves once stdout holds more than `bytes` characters (both keep growing after). */
function outputUntil(child: ChildProcess, bytes: number): Promise<{ readonly stdout: string; readonly stderr: string }> {
  const output = { stdout: "", stderr: "" };
  child.stderr!.on("data", (c) => (output.stderr += c));
  return new Promise((resolve) =>
    child.stdout!.on("data", (c) => {
      output.stdout += c;
      if (output.stdout.length > bytes) resolve(output);
    }),
  );
}

describe("batch CLI", () => {
  it("one output line per input line, in input order, with 1 and 2 workers, nothing on a non-terminal stderr", () => {
    const lines = ndjsonLines(300);
    for (const jobs of ["1", "2"]) {
      const r = runCli(["extract", "--ndjson", "--jobs", jobs], lines.join("\n") + "\n");
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
      expect(ids(r.stdout)).toEqual(lines.map((l) => JSON.parse(l).id));
    }
  });

  it("an invalid UTF-8 line becomes an invalid_encoding record with its line number (and its id when readable)", () => {
    const good = ndjsonLines(3);
    const bad = Buffer.concat([Buffer.from('{"id":"x","text":"Kokous '), Buffer.from([0xe4, 0xff]), Buffer.from(' 2.2.2022"}')]);
    const input = Buffer.concat([Buffer.from(good[0] + "\n"), bad, Buffer.from("\n" + good.slice(1).join("\n") + "\n")]);
    for (const jobs of ["1", "2"]) {
      const out = runCli(["extract", "--ndjson", "--jobs", jobs], input).stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
      expect(out).toHaveLength(4);
      expect(out[1]).toEqual({ id: "x", line: 2, error: { code: "invalid_encoding", message: "line is not valid UTF-8" } });
      expect(out[2].id).toBe("doc-1");
    }
  });

  it("error records carry the input line number, counted over skipped lines too", () => {
    const lines = ndjsonLines(10);
    lines[7] = "{broken";
    const r = runCli(["extract", "--ndjson", "--jobs", "1", "--skip", "4"], lines.join("\n") + "\n");
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["doc-4", "doc-5", "doc-6", null, "doc-8", "doc-9"]);
    expect(out[3]).toMatchObject({ line: 8, error: { code: "invalid_json" } });
  });

  it("--skip with --shard resumes the same share", () => {
    const lines = ndjsonLines(12);
    const r = runCli(["extract", "--ndjson", "--jobs", "1", "--shard", "1/3", "--skip", "5"], lines.join("\n") + "\n");
    expect(ids(r.stdout)).toEqual(["doc-7", "doc-10"]);
  });

  it("--ndjson FILE reads the file, not stdin; --no-text leaves the text out", () => {
    const file = join(tmp, "in.ndjson");
    writeFileSync(file, ndjsonLines(5).join("\n"));
    const r = runCli(["extract", "--ndjson", "--no-text", file], ndjsonLines(2).join("\n"));
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["doc-0", "doc-1", "doc-2", "doc-3", "doc-4"]);
    expect(out.every((o) => !("text" in o) && Array.isArray(o.times))).toBe(true);
  });

  it("backpressure: behind a stalled reader the CLI stops reading its input", async () => {
    const child = startCli(["extract", "--ndjson", "--jobs", "2"]);
    const received: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => {
      received.push(c);
      child.stdout.pause(); // the reader stalls after its first chunk
    });
    child.stdin.on("error", () => {}); // the kill below closes the pipe under a pending write
    const lines = ndjsonLines(40_000).map((l) => l + "\n"); // about 14 MB
    const offered = lines.length;
    let accepted = 0;
    let acceptedBytes = 0;
    // feed until the CLI stops taking input, then give it time to take more if it would
    const stalled = new Promise<void>((resolve) => {
      const feed = () => {
        while (accepted < offered) {
          acceptedBytes += lines[accepted].length;
          if (!child.stdin.write(lines[accepted++])) {
            child.stdin.once("drain", feed);
            return;
          }
        }
        resolve();
      };
      feed();
      setTimeout(resolve, 8000);
    });
    await stalled;
    const before = accepted;
    await new Promise((r) => setTimeout(r, 2000));
    expect(accepted).toBe(before);
    // a few groups in flight plus pipe buffers: far less than what was offered
    expect(acceptedBytes).toBeLessThan(3_000_000);
    child.stdout.resume();
    child.kill("SIGKILL");
    await waitExit(child);
    const got = ids(Buffer.concat(received).toString("utf8").replace(/[^\n]*$/, ""));
    expect(got).toEqual(lines.slice(0, got.length).map((l) => JSON.parse(l).id));
  }, 30_000);

  it("SIGINT: exit 130 within two seconds, whole lines only, and --skip resumes where it stopped", async () => {
    const lines = ndjsonLines(4000, 5);
    const file = join(tmp, "interrupt.ndjson");
    writeFileSync(file, lines.join("\n") + "\n");
    const child = startCli(["extract", "--ndjson", "--jobs", "2", file]);
    const output = await outputUntil(child, 50_000);
    const sent = Date.now();
    child.kill("SIGINT");
    const { code } = await waitExit(child);
    expect(Date.now() - sent).toBeLessThan(2500);
    expect(code).toBe(130);
    expect(output.stdout.endsWith("\n")).toBe(true);
    const written = ids(output.stdout);
    expect(written).toEqual(lines.slice(0, written.length).map((l) => JSON.parse(l).id));
    const skip = Number(/--skip (\d+)/.exec(output.stderr)?.[1]);
    expect(output.stderr).toMatch(new RegExp(`${written.length} records written`));
    expect(skip).toBe(written.length);
    const rest = runCli(["extract", "--ndjson", "--jobs", "2", "--skip", String(skip), "--quiet", file]);
    expect([...written, ...ids(rest.stdout)]).toEqual(lines.map((l) => JSON.parse(l).id));
  }, 120_000);

  it("three workers on groups of very different cost: every record once, in input order", () => {
    // long and short documents in runs, so that later groups finish before earlier ones
    const lines = Array.from({ length: 2400 }, (_, i) =>
      i % 997 === 5 ? "not json" : JSON.stringify({ id: `doc-${i}`, text: inventedText(i, Math.floor(i / 150) % 3 === 0 ? 40 : 1), referenceDate: "2022-03-01" }),
    );
    const r = runCli(["extract", "--ndjson", "--jobs", "3"], lines.join("\n") + "\n");
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string | null; line?: number });
    expect(out.length).toBe(lines.length);
    expect(out.map((o) => (o.id === null ? `line-${o.line}` : o.id))).toEqual(lines.map((l, k) => (l === "not json" ? `line-${k + 1}` : `doc-${k}`)));
  }, 120_000);

  it("SIGINT to the whole process group (a terminal's Ctrl-C): exit 130, whole lines in order, nothing left running", async () => {
    const lines = ndjsonLines(4000, 5);
    const file = join(tmp, "interrupt-group.ndjson");
    writeFileSync(file, lines.join("\n") + "\n");
    // its own process group, as a shell gives a foreground job; the signal goes to every process in it
    const child = spawn(process.execPath, [BIN, "extract", "--ndjson", "--jobs", "2", file], { cwd: ROOT, detached: true });
    const output = await outputUntil(child, 50_000);
    const sent = Date.now();
    process.kill(-child.pid!, "SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(Date.now() - sent).toBeLessThan(2500);
    expect(code).toBe(130);
    expect(output.stdout.endsWith("\n")).toBe(true);
    const written = ids(output.stdout);
    expect(written).toEqual(lines.slice(0, written.length).map((l) => JSON.parse(l).id));
    expect(output.stderr).toMatch(new RegExp(`${written.length} records written`));
    // no process of the group outlives the CLI
    await new Promise((r) => setTimeout(r, 200));
    expect(() => process.kill(-child.pid!, 0)).toThrow();
  }, 120_000);

  it("a closed stdout (| head) ends the run quietly", async () => {
    const file = join(tmp, "head.ndjson");
    writeFileSync(file, ndjsonLines(3000).join("\n") + "\n");
    const child = startCli(["extract", "--ndjson", "--jobs", "2", file]);
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.stdout.once("data", () => child.stdout.destroy());
    const { code } = await waitExit(child);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});

/** `poimija extract PATH…`: files, directories and globs, encodings, and the progress bar's text. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newStats, progressLine, startProgress, summaryLine } from "../../src/cli/progress.js";
import { runCli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "poimija-files-"));
mkdirSync(join(dir, "sub", "deeper"), { recursive: true });
writeFileSync(join(dir, "a.txt"), "Kaupunginhallitus kokoontuu 14.3.2022 klo 16.");
writeFileSync(join(dir, "sub", "b.md"), "# Kutsu\n\nLautakunta kokoontuu 5.4.2022 kello 18.");
writeFileSync(join(dir, "sub", "deeper", "c.html"), "<p>Valtuusto kokoontuu 6.4.2022.</p>");
writeFileSync(join(dir, "sub", "notes.log"), "ei mukaan");
// Latin-1: ä and ö as single bytes, as older municipal pages wrote them
const LATIN1_TEXT = "Ympäristölautakunta päätti hyväksyä esityksen 7.4.2022.";
writeFileSync(join(dir, "sub", "vanha.txt"), Buffer.from(LATIN1_TEXT, "latin1"));

describe("extract PATH…", () => {
  it("a directory gives its .txt, .md and .html files recursively, sorted, each named; a failed file keeps its place", () => {
    const r = runCli(["extract", "--no-text", dir]);
    const out = JSON.parse(r.stdout) as Array<{ file: string; error?: { code: string; message: string }; times?: unknown[] }>;
    expect(out.map((o) => o.file)).toEqual([join(dir, "a.txt"), join(dir, "sub", "b.md"), join(dir, "sub", "deeper", "c.html"), join(dir, "sub", "vanha.txt")]);
    expect(out[0].times).toHaveLength(1);
    expect(out[3].error?.code).toBe("invalid_encoding");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/vanha\.txt: not valid UTF-8.*--encoding latin1/);
  });

  it("globs match files by pattern, ** across directories", () => {
    const r = runCli(["extract", "--ndjson", "--no-text", join(dir, "**", "*.md"), join(dir, "*.txt")]);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual([join(dir, "sub", "b.md"), join(dir, "a.txt")]);
    expect(runCli(["extract", join(dir, "*.nothing")]).stderr).toMatch(/cannot read/);
  });

  it("a Latin-1 file fails without --encoding, naming the option, and reads right with it", () => {
    const file = join(dir, "sub", "vanha.txt");
    const bare = runCli(["extract", file]);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/not valid UTF-8.*--encoding latin1/);
    for (const encoding of ["latin1", "windows-1252"]) {
      const r = runCli(["extract", "--encoding", encoding, file]);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.text).toBe(LATIN1_TEXT);
      expect(out.decisions.length).toBe(1);
    }
    expect(runCli(["extract", "--encoding", "ebcdic", file]).status).toBe(2);
  });

  it("invalid UTF-8 on stdin fails with a message naming --encoding", () => {
    const r = runCli(["extract"], Buffer.from(LATIN1_TEXT, "latin1"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--encoding/);
  });
});

describe("progress", () => {
  it("shows docs, docs/s, MB/s, errors, and an ETA when the size is known", () => {
    const stats = { ...newStats(4_000_000), records: 50, errors: 2, bytes: 1_000_000, started: 0 };
    const line = progressLine(stats, 10_000);
    expect(line).toMatch(/25%/);
    expect(line).toMatch(/50 docs +5\.0 docs\/s +0\.10 MB\/s +2 errors +ETA 30s/);
    expect(progressLine({ ...stats, totalBytes: null }, 10_000)).not.toMatch(/ETA/);
    expect(summaryLine(stats, 10_000)).toMatch(/^poimija: 50 docs, 2 errors in 10s/);
  });

  it("writes only to a terminal, and not at all with --quiet", () => {
    const written: string[] = [];
    const fake = (isTTY: boolean) => ({ isTTY, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
    startProgress(newStats(null), fake(false), true).finish();
    startProgress(newStats(null), fake(true), false).finish();
    expect(written).toEqual([]);
    startProgress(newStats(null), fake(true), true).finish();
    expect(written.join("")).toMatch(/poimija: 0 docs, 0 errors/);
  });
});

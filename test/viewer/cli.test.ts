/** `poimija view` end to end, on the built package like test/cli.test.ts (npm install builds it). */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { mentionCounts } from "../../src/output/view.js";

const ROOT = join(__dirname, "..", "..");
const MAIN = join(ROOT, "dist", "cli", "main.js");
const SEED = join(ROOT, "fixtures", "seeds", "003_4b20bce875183c7e.txt");
const GOLD = join(ROOT, "fixtures", "corpus", "dev-001.json");
const work = mkdtempSync(join(tmpdir(), "poimija-view-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], input?: string) => spawnSync(process.execPath, [MAIN, "view", ...args], { cwd: ROOT, input, encoding: "utf8" });
const count = (html: string, needle: string) => html.split(needle).length - 1;
const TEXT = "Kunnanvaltuusto kokoontuu 12.5.2025 klo 18. Puheenjohtajana toimii Eeva Lehto.";

describe("poimija view", () => {
  it("writes <name>.view.html beside the input and prints its path", () => {
    const input = join(work, "kokous.txt");
    writeFileSync(input, TEXT);
    const r = run([input]);
    expect(r.status, r.stderr).toBe(0);
    const out = join(work, "kokous.view.html");
    expect(r.stdout.trim()).toBe(out);
    const html = readFileSync(out, "utf8");
    expect(count(html, 'data-entity="people"')).toBe(mentionCounts(extract(TEXT)).people);
  });

  it("writes to stdout with -o -, reads stdin from -", () => {
    const r = run(["-", "-o", "-", "--title", "Kokous"], TEXT);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain("<title>Kokous</title>");
  });

  it("writes several inputs into the -o directory, and refuses two inputs with one page name", () => {
    const a = join(work, "a");
    const b = join(work, "b");
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(SEED, join(a, "seed.txt"));
    copyFileSync(SEED, join(b, "seed.txt"));
    writeFileSync(join(a, "other.md"), TEXT);
    const out = join(work, "pages");
    const r = run([join(a, "seed.txt"), join(a, "other.md"), "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, "seed.view.html")) && existsSync(join(out, "other.view.html"))).toBe(true);
    const clash = run([join(a, "seed.txt"), join(b, "seed.txt"), "-o", out]);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toMatch(/would both be written to/);
  });

  it("shows a saved extraction as it is", () => {
    const saved = join(work, "saved.json");
    const x = extract(TEXT);
    writeFileSync(saved, JSON.stringify({ ...x, people: [] }));
    const r = run([saved, "-o", "-"]);
    expect(r.status, r.stderr).toBe(0);
    expect(count(r.stdout, 'data-entity="people"')).toBe(0);
    expect(count(r.stdout, 'data-entity="times"')).toBe(x.times.length);
  });

  it("--gold with no FILE views the gold file's own text against its gold", () => {
    const r = run(["--gold", GOLD, "-o", "-"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('data-gold="matched"');
    expect(r.stdout).toContain("Against the gold");
  });

  it("fails with exit 1 and a plain message on unreadable inputs and bad gold", () => {
    const missing = run(["no/such/file.txt"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read no\/such\/file\.txt/);
    const other = join(work, "other.txt");
    writeFileSync(other, TEXT);
    const mismatch = run([other, "--gold", GOLD, "-o", "-"]);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toMatch(/annotates another text/);
    const bad = join(work, "bad-gold.json");
    writeFileSync(bad, JSON.stringify({ text: TEXT, gold: { times: "none" } }));
    const invalid = run(["--gold", bad]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/not a gold file.*gold\.times/);
  });

  it("exits 2 on usage errors", () => {
    for (const args of [[], ["--serve=http"], ["x.txt", "y.txt", "--gold", GOLD], ["--bogus", "x.txt"], ["x.txt", "--format", "pdf"]]) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/poimija view --help/);
    }
  });

  it("--serve serves the page on 127.0.0.1, prints the URL, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [MAIN, "view", SEED, "--serve"], { cwd: ROOT });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out.trim());
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}`)));
    });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await page.text()).toContain('data-entity="bodies"');
      expect((await fetch(new URL("/elsewhere", url))).status).toBe(404);
      expect((await fetch(url, { method: "POST" })).status).toBe(405);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});

/**
 * The viewer in a real browser: Debian's chromium, driven headless through
 * playwright-core with the system executable (no browser download). Without
 * /usr/bin/chromium the tests are skipped with a message, except under
 * CI=true, where .ci/run installs it and its absence is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract, type Extraction } from "../../src/index.js";
import { ENTITY_TYPES, mentionCounts, renderView } from "../../src/output/view.js";
import { loadCorpus } from "../helpers.js";

// The browser globals the functions run in the page use; the project's tsconfig has no DOM library.
declare const document: any, getComputedStyle: any, innerHeight: number, MouseEvent: any;

const CHROMIUM = "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..");
const SEEDS = join(ROOT, "fixtures", "seeds");
const ARTIFACTS = join(ROOT, "test-artifacts", "viewer");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const present = existsSync(CHROMIUM);
const underCi = process.env.CI === "true";
const why = `${CHROMIUM} is not installed (Debian: apt-get install chromium); the viewer's browser tests need it`;

if (!present && underCi) {
  describe("viewer in chromium", () => {
    it("needs chromium under CI", () => {
      throw new Error(`${why}, and under CI=true its absence is a failure (.ci/run installs it)`);
    });
  });
} else if (!present) {
  describe("viewer in chromium", () => {
    it.skip(`skipped: ${why}`, () => {});
  });
  process.stderr.write(`test/viewer/browser.test.ts skipped: ${why}\n`);
} else {
  describe("viewer in chromium", () => {
    let context: BrowserContext;
    let profile: string;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      profile = mkdtempSync(join(tmpdir(), "poimija-viewer-chromium-"));
      context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => {
      await context?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    /** Opens a page written to the artifacts folder; fails on any request beyond it and on any script error. */
    async function open(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
      const file = join(ARTIFACTS, `${name}.html`);
      writeFileSync(file, html);
      const url = pathToFileURL(file).href;
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("request", (r) => r.url() !== url && problems.push(`request ${r.url()}`));
      page.on("pageerror", (e) => problems.push(`error ${e.message}`));
      await page.goto(url);
      return { page, problems };
    }

    const countsInPage = (page: Page) =>
      page.evaluate((types) => Object.fromEntries(types.map((t) => [t, document.querySelectorAll(`#text [data-entity="${t}"]`).length])), [...ENTITY_TYPES]);

    for (const seed of readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
      it(`shows ${seed}: counts, hover, toggle, keyboard, screenshot`, async () => {
        const x: Extraction = extract(readFileSync(join(SEEDS, seed), "utf8"));
        const { page, problems } = await open(seed, renderView(x, { sourceName: `fixtures/seeds/${seed}` }));
        const tip = page.locator("#tip");

        expect(await countsInPage(page)).toEqual(mentionCounts(x));

        // keyboard alone: Tab past the skip link and the toggles to the first highlight
        let focused: string | null = null;
        for (let i = 0; i < 12 && !focused; i++) {
          await page.keyboard.press("Tab");
          focused = await page.evaluate(() => document.activeElement?.getAttribute("data-entity") ? document.activeElement.getAttribute("data-ref") : null);
        }
        expect(focused, "a highlight takes keyboard focus").not.toBeNull();
        await expect.poll(() => tip.isVisible()).toBe(true);
        const record = await page.locator(`#e-${focused!.replace(":", "-")} .rec`).textContent();
        expect(await tip.textContent()).toBe(record);
        await page.keyboard.press("Enter");
        expect(await page.locator("#status").textContent()).toMatch(/mention 1 of \d+/);
        await page.keyboard.press("Escape");
        expect(await tip.isVisible()).toBe(false);

        // hover a person with roles: the tooltip shows each role
        const person = x.people.findIndex((p) => p.roles.length > 0);
        if (person >= 0) {
          await page.locator(`#text [data-entity="people"][data-ref="people:${person}"]`).first().hover();
          await expect.poll(() => tip.isVisible()).toBe(true);
          const shown = await tip.textContent();
          expect(shown).toContain(x.people[person].name);
          for (const r of x.people[person].roles) expect(shown).toContain(r.title);
        } else {
          expect(await page.locator('[data-group="people"] .none').textContent()).toBe("none found");
        }
        await page.screenshot({ path: join(ARTIFACTS, `${seed}.png`) });

        // toggle the most mentioned type off: its highlights lose colour and focus, its list group goes
        const counts = mentionCounts(x);
        const type = ENTITY_TYPES.reduce((a, b) => (counts[b] > counts[a] ? b : a));
        const marks = page.locator(`#text [data-entity="${type}"]`);
        const look = () => marks.first().evaluate((m) => `${getComputedStyle(m).backgroundColor} ${getComputedStyle(m).borderBottomColor}`);
        const before = await look();
        await page.locator(`input[data-toggle="${type}"]`).uncheck();
        expect(await look()).toBe("rgba(0, 0, 0, 0) rgba(0, 0, 0, 0)");
        expect(await page.locator(`[data-group="${type}"]`).isVisible()).toBe(false);
        expect(await marks.evaluateAll((ms) => ms.every((m) => (m as unknown as { tabIndex: number }).tabIndex === -1))).toBe(true);
        await marks.first().hover();
        const tipAfter = (await tip.isVisible()) ? await tip.textContent() : "";
        expect(tipAfter).not.toMatch(new RegExp(`^${{ times: "time", events: "event", people: "person", bodies: "body", decisions: "decision" }[type]}`));
        await page.locator(`input[data-toggle="${type}"]`).check();
        expect(await look()).toBe(before);

        // a list entry scrolls its first mention into view and marks it current
        const entry = page.locator(`[data-group="${type}"] button.pick`).last();
        await entry.click();
        const ref = await entry.getAttribute("data-ref");
        const current = page.locator(`#text .cur[data-ref="${ref}"][tabindex]`);
        expect(await current.count()).toBe(1);
        await expect.poll(() => current.evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);

        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it("is usable with the keyboard alone: the skip link reaches the list, Enter on an entry shows its mention", async () => {
      const seed = readdirSync(SEEDS).find((f) => f.endsWith(".txt"))!;
      const { page, problems } = await open(`keyboard-${seed}`, renderView(extract(readFileSync(join(SEEDS, seed), "utf8"))));
      const active = () => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id ?? ""}.${document.activeElement?.className ?? ""}`);
      await page.keyboard.press("Tab");
      expect(await active()).toBe("a#.skip");
      await page.keyboard.press("Enter");
      expect(await active()).toBe("aside#entities.entities");
      await page.keyboard.press("Tab");
      expect(await active()).toBe("button#.pick");
      await page.keyboard.press("Enter");
      expect(await page.locator("#status").textContent()).toMatch(/: mention 1 of \d+$/);
      await expect.poll(() => page.locator("#text .cur[tabindex]").evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("stays quick with several hundred entities: hovering and toggling rebuild nothing", async () => {
      const text = loadCorpus()
        .map((d) => d.text)
        .join("\n\n");
      const x = extract(text);
      const entities = ENTITY_TYPES.reduce((n, t) => n + x[t].length, 0);
      expect(entities).toBeGreaterThan(300);
      const { page, problems } = await open("many", renderView(x, { title: "many" }));
      const timing = await page.evaluate(() => {
        const marks: any[] = Array.from(document.querySelectorAll("#text [data-entity]")).slice(0, 300);
        const size = document.getElementsByTagName("*").length;
        const t0 = performance.now();
        for (const m of marks) {
          m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
          void document.getElementById("tip")!.offsetHeight;
        }
        const hover = (performance.now() - t0) / marks.length;
        const box = document.querySelector('input[data-toggle="bodies"]');
        const t1 = performance.now();
        box.click();
        void document.body.offsetHeight;
        const toggle = performance.now() - t1;
        return { hover, toggle, grew: document.getElementsByTagName("*").length - size };
      });
      process.stdout.write(`viewer with ${entities} entities: ${timing.hover.toFixed(2)} ms per hover, ${timing.toggle.toFixed(1)} ms per toggle\n`);
      // generous bounds for a shared machine: a frame per hover, a few frames per toggle
      expect(timing.hover).toBeLessThan(16);
      expect(timing.toggle).toBeLessThan(250);
      expect(timing.grew).toBeLessThan(60);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}

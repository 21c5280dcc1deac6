/** HTML input through the pipeline: auto detection, the clean text as Extraction.text, the unified way with rehype-parse. */
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { createProcessor, detectFormat, extract, poimija } from "../../src/index.js";

const PAGE = `<!doctype html><html><head><title>Uutiset – Esimerkkikunta</title><meta charset="utf-8"></head><body>
<nav><ul><li><a href="/">Etusivu</a></li><li><a href="/uutiset">Uutiset</a></li><li><a href="/paatokset">Päätökset</a></li></ul></nav>
<div class="cookie-banner"><p>Käytämme evästeitä. Hyväksy evästeet 1.1.2020 alkaen.</p></div>
<main><article>
<h1>Hallintojohtajan valinta</h1>
<p>Kunnanhallitus kokoontui tiistaina&nbsp;3.2.2026 klo 14.<br>Kunnanhallitus valitsi hallintojohtajaksi Maija Mäkelän.</p>
<ul class="share"><li><a href="#">Jaa Facebookissa</a></li><li><a href="#">Tulosta</a></li></ul>
</article></main>
<footer><p>Asiakaspalvelu ma–pe klo 9–16</p></footer>
</body></html>`;

describe("HTML pages", () => {
  it("are detected, read without their chrome, and indexed by the clean text", () => {
    expect(detectFormat(PAGE)).toBe("html");
    const out = extract(PAGE);
    expect(out.text).not.toMatch(/<|evästeitä|Etusivu|Facebookissa|ma–pe/);
    expect(out.text).toContain("tiistaina 3.2.2026 klo 14.\nKunnanhallitus valitsi");
    expect(out.times.map((t) => t.value)).toEqual(["2026-02-03T14:00:00+02:00"]);
    expect(out.people.map((p) => p.name)).toEqual(["Maija Mäkelä"]);
    expect(out.decisions).toHaveLength(1);
    for (const t of out.times) expect(out.text.slice(t.span.start, t.span.end)).toBe(t.text);
    for (const d of out.decisions) expect(out.text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it("run the unified way, with poimija's parser or with rehype-parse", () => {
    const file = createProcessor("html").processSync(PAGE);
    expect(JSON.parse(String(file))).toEqual(extract(PAGE));
    const viaRehype = unified().use(rehypeParse).use(poimija).processSync(PAGE);
    expect(viaRehype.data.extraction!.people).toEqual(extract(PAGE).people);
  });
});

import fc from "fast-check";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { PoimijaError } from "../../src/errors.js";
import { htmlToHast, looksLikeHtml, parseHtml } from "../../src/text/html.js";
import { loadCorpus } from "../helpers.js";
import { loadTemplates, renderPage } from "./render-html.js";

const words = (s: string) => s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

/** Every word of the block's text stands in its source slice, whatever markup and references lie between. */
function expectSourcesHoldTexts(html: string) {
  const parsed = parseHtml(html);
  for (const block of parsed.blocks) {
    const text = parsed.text.slice(block.start, block.end);
    const markup = html.slice(block.source.start, block.source.end);
    // a row parsed alone, outside its table, would lose its cells' boundaries
    const slice = parseHtml(block.kind === "tableRow" ? `<table>${markup}</table>` : markup, { keepChrome: true }).text;
    const available = new Set(words(slice));
    for (const w of words(text)) expect(available.has(w), `${w} of ${JSON.stringify(text)} in ${JSON.stringify(slice)}`).toBe(true);
    expect(block.source.end).toBeGreaterThan(block.source.start);
  }
  return parsed;
}

describe("parseHtml: blocks and positions", () => {
  it("keeps headings with their depth, paragraphs, list items, table rows and fields, each with its element's offsets", () => {
    const html = `<!doctype html><html><head><title>Sivun otsikko</title></head><body><main>
<h1>Lautakunta kokoontui</h1>
<p>Kulttuurilautakunta kokoontui keskiviikkona 4.10.2023 klo 17.</p>
<h3>Ohjelma</h3>
<ul><li>Avaus</li><li>Talousarvio <em>2024</em></li></ul>
<table><tr><th>ke 4.10.</th><td>klo 17–19</td><td>Kokous</td></tr><tr><td>to 5.10.</td><td>klo 9</td><td>Tiedote</td></tr></table>
<dl><dt>Paikka</dt><dd>Valtuustosali</dd></dl>
<p><b>Lisätietoja:</b> sihteeri Aino Esimerkki</p>
</main></body></html>`;
    const parsed = expectSourcesHoldTexts(html);
    const view = parsed.blocks.map((b) => [b.kind, parsed.text.slice(b.start, b.end), b.depth]);
    expect(view).toEqual([
      ["heading", "Lautakunta kokoontui", 1],
      ["paragraph", "Kulttuurilautakunta kokoontui keskiviikkona 4.10.2023 klo 17.", undefined],
      ["heading", "Ohjelma", 3],
      ["listItem", "Avaus", undefined],
      ["listItem", "Talousarvio 2024", undefined],
      ["tableRow", "ke 4.10.\tklo 17–19\tKokous", undefined],
      ["tableRow", "to 5.10.\tklo 9\tTiedote", undefined],
      ["field", "Paikka: Valtuustosali", undefined],
      ["field", "Lisätietoja: sihteeri Aino Esimerkki", undefined],
    ]);
    expect(parsed.text).not.toContain("Sivun otsikko");
    // blocks apart by a blank line; the items of one list and the rows of one table on consecutive lines
    expect(parsed.text).toContain("Ohjelma\n\nAvaus\nTalousarvio 2024\n\nke 4.10.");
    expect(parsed.text).toContain("Kokous\nto 5.10.");
    const li = parsed.blocks[4];
    expect(html.slice(li.source.start, li.source.end)).toBe("<li>Talousarvio <em>2024</em></li>");
  });

  it("holds the positions on every template page of the corpus", () => {
    const doc = loadCorpus().find((d) => d.id === "dev-001")!;
    for (const template of loadTemplates()) expectSourcesHoldTexts(renderPage(doc.text, template));
  });

  it("decodes character references, turns <br> into a line break and no-break spaces into spaces", () => {
    const { text } = parseHtml("<p>Kunta&nbsp;ja&#160;kaupunki &amp; seutu&ndash;alue &#8211; &#x2013; &auml;&ouml;<br>toinen\u00a0rivi<br/><br>kolmas  \n  rivi</p>");
    expect(text).toBe("Kunta ja kaupunki & seutu–alue – – äö\ntoinen rivi\nkolmas rivi");
  });

  it("drops title, script, style, noscript, template, svg and iframe", () => {
    const { text } = parseHtml(
      `<html><head><title>T1</title><style>.a{}</style><script>var t2 = "T2";</script></head><body>
<p>Sisältö</p><noscript>T3</noscript><template><p>T4</p></template><svg><text>T5</text></svg><iframe>T6</iframe><script>T7</script></body></html>`,
    );
    expect(text).toBe("Sisältö");
  });

  it("reads a layout table's cells as containers and a data table's rows as lines", () => {
    const { text, blocks } = parseHtml(`<table><tr><td><h2>Otsikko</h2><p>Ensimmäinen kappale.</p></td><td><p>Toinen kappale.</p></td></tr></table>`);
    expect(text).toBe("Otsikko\n\nEnsimmäinen kappale.\n\nToinen kappale.");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
  });

  it("does not overflow the stack on 10 000 nested elements", () => {
    const n = 10_000;
    const html = "<div>".repeat(n) + "<p>Hallitus &amp; valtuusto</p>" + "</div>".repeat(n);
    expect(parseHtml(html).text).toBe("Hallitus & valtuusto");
    const spans = "<p>" + "<span>".repeat(n) + "syvällä" + "</span>".repeat(n) + "</p>";
    expect(parseHtml(spans).text).toBe("syvällä");
    const lists = "<ul><li>".repeat(2000) + "kohta" + "</li></ul>".repeat(2000);
    expect(parseHtml(lists).text).toBe("kohta");
    let depth = 0;
    for (let node = htmlToHast(html) as { children?: unknown[] }; node.children?.length; node = node.children[node.children.length - 1] as typeof node) depth++;
    expect(depth).toBeGreaterThan(n);
  });

  it("takes time in proportion to the page's length, as parse5 does", () => {
    const doc = loadCorpus().find((d) => d.id === "dev-001")!;
    const page = (copies: number) => renderPage(Array.from({ length: copies }, () => doc.text).join("\n\n"), loadTemplates()[0]);
    const clock = (fn: () => unknown) => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    };
    // parseHtml's time over parse5's on the same page, the two timed back to back so that a burst of
    // the machine's load meets both; the median of several rounds
    const relative = (html: string) => {
      const ratios: number[] = [];
      for (let i = 0; i < 7; i++) {
        const parser = clock(() => parse(html, { sourceCodeLocationInfo: true }));
        ratios.push(clock(() => parseHtml(html)) / parser);
      }
      return ratios.sort((x, y) => x - y)[3];
    };
    const small = page(10);
    const large = page(80);
    relative(small);
    // 8× the page: a linear parser keeps its share of parse5's time, a quadratic step would make it grow eightfold
    expect(relative(large) / relative(small)).toBeLessThan(3);
  });

  it("throws a PoimijaError for input that is not a string", () => {
    expect(() => parseHtml(42 as unknown as string)).toThrow(PoimijaError);
  });
});

describe("parseHtml: page chrome", () => {
  it("prefers <main> and drops landmarks, ARIA roles and class tokens of chrome around it", () => {
    const html = `<body><a class="skip-link" href="#m">Siirry sisältöön</a><div class="cookie-consent">Käytämme evästeitä.</div>
<nav><a>Etusivu</a></nav><div role="navigation"><a>Palvelut</a></div><main id="m"><h1>Otsikko</h1><p>Teksti on tässä.</p>
<div class="social-share"><a>Jaa</a></div></main><aside><p>Sivupalkin teksti.</p></aside><footer><p>Yhteystiedot ja osoite.</p></footer></body>`;
    expect(parseHtml(html).text).toBe("Otsikko\n\nTeksti on tässä.");
  });

  it("keeps an article's own header and a layout wrapper whose class names a sidebar", () => {
    const html = `<body><div class="layout has-sidebar"><article><header><h1>Uutisen otsikko</h1></header><p>Kappale.</p></article></div></body>`;
    expect(parseHtml(html).text).toBe("Uutisen otsikko\n\nKappale.");
    const builder = `<body><div class="elementor-widget elementor-widget-text-editor"><p>Lautakunta kokoontui.</p></div><div class="hidden-xs"><p>Leveällä näytöllä.</p></div></body>`;
    expect(parseHtml(builder).text).toBe("Lautakunta kokoontui.\n\nLeveällä näytöllä.");
  });

  it("keeps the header of <main>, and reads the body when <main> is left empty", () => {
    expect(parseHtml(`<body><header><p>Sivuston nimi</p></header><main><header><p>Julkaistu tänään</p></header><p>Teksti.</p></main></body>`).text).toBe(
      "Julkaistu tänään\n\nTeksti.",
    );
    expect(parseHtml(`<body><main><script>render()</script></main><div><p>Kunnanvaltuusto kokoontui.</p></div></body>`).text).toBe("Kunnanvaltuusto kokoontui.");
  });

  it("drops a list of short links (a menu without markup that says so)", () => {
    const html = `<body><ul><li><a>Etusivu</a></li><li><a>Päätöksenteko</a></li><li><a>Yhteystiedot</a></li></ul><p>Kunnanhallitus kokoontui.</p>
<p><a>Asuminen</a> | <a>Liikenne</a> | <a>Kulttuuri</a></p></body>`;
    expect(parseHtml(html).text).toBe("Kunnanhallitus kokoontui.");
  });

  it("never lets text of a chrome element into the clean text, however the page nests them", () => {
    type Tree = { chrome: string | null; children: Tree[] } | { leaf: true };
    // no <form>: a form inside a form is no element to the HTML parser, and its end tag closes the outer one
    const chromeWrappers = [
      "nav", "aside", "footer", "header", "div class=\"cookie-banner\"", "div id=\"consent\"", "section class=\"share-links\"",
      "div role=\"navigation\"", "div role=\"complementary\"", "ul class=\"breadcrumbs\"", "div class=\"related-posts\"", "div hidden",
      "div aria-hidden=\"true\"", "script", "noscript", "template", "div class=\"comments-area\"",
    ];
    const neutral = ["div", "section", "div class=\"content\"", "blockquote", "figure"];
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constant({ leaf: true as const }),
        fc.record({ chrome: fc.option(fc.constantFrom(...chromeWrappers), { freq: 3 }), children: fc.array(tie("tree"), { maxLength: 4 }) }),
      ),
    })).tree;
    const neutralOf = fc.constantFrom(...neutral);
    fc.assert(
      fc.property(tree, neutralOf, (t, wrapper) => {
        let id = 0;
        const contentWords: string[] = [];
        const render = (node: Tree, inChrome: boolean): string => {
          if ("leaf" in node) {
            const word = inChrome ? `roskasana${id++}` : `sisältösana${id++}`;
            if (!inChrome) contentWords.push(word);
            return `<p>Tämä on ${word} kappaleessa.</p>`;
          }
          // script and noscript hold raw text: the first end tag inside closes them, so they hold no elements
          if (node.chrome === "script" || node.chrome === "noscript") return `<${node.chrome}>roskasana${id++}</${node.chrome}>`;
          const open = node.chrome ?? wrapper;
          const tag = open.split(" ")[0];
          return `<${open}>${node.children.map((c) => render(c, inChrome || node.chrome !== null)).join("")}</${tag}>`;
        };
        const { text } = parseHtml(`<!doctype html><html><body>${render(t, false)}</body></html>`);
        expect(text).not.toMatch(/roskasana/);
        for (const word of contentWords) expect(text).toContain(word);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("looksLikeHtml", () => {
  it("knows a page by its doctype or <html>, and a fragment by several block tags", () => {
    expect(looksLikeHtml("<!DOCTYPE html><p>x")).toBe(true);
    expect(looksLikeHtml("  <html lang=fi><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("<h1>Otsikko</h1>\n<p>Yksi.</p>\n<p>Kaksi.</p>")).toBe(true);
  });

  it("leaves plain text and markdown with a stray tag alone", () => {
    expect(looksLikeHtml("Kokous pidetään 5.10. klo 18.\n\nTervetuloa!")).toBe(false);
    expect(looksLikeHtml("# Otsikko\n\nRivi<br>toinen rivi ja <b>lihava</b>.\n\n- kohta")).toBe(false);
    expect(looksLikeHtml("Merkintä a < b ja c > d </p>")).toBe(false);
  });
});

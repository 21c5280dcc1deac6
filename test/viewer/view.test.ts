/** The viewer's page as a string: nesting of marks, escaping, counts, gold marking, contrast. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { score } from "../../src/eval/score.js";
import { PoimijaError } from "../../src/errors.js";
import { extract, type Extraction } from "../../src/index.js";
import { compareWithGold, parseGold, type Gold } from "../../src/output/view-gold.js";
import { markUp, type Mark } from "../../src/output/view-marks.js";
import { ENTITY_TYPES, GOLD_COLOURS, INK, PAGE, PALETTE, mentionCounts, renderView } from "../../src/output/view.js";
import { loadCorpus } from "../helpers.js";

const TEXT = [
  "Kaupunginhallitus kokoontui maanantaina 3.3.2025 klo 16.",
  "Puheenjohtajana toimi Maija Mäkinen ja sihteerinä Olli Virtanen.",
  "Kaupunginhallitus hyväksyi talousarvion yksimielisesti.",
  "Lisätietoja antaa kaupunginjohtaja Ari Salo, puh. 040 123 4567.",
].join("\n");
const X = extract(TEXT, { referenceDate: "2025-03-01" });

const count = (html: string, needle: string) => html.split(needle).length - 1;

/** Each mark's covered characters, read back from the HTML by following the tags. */
function coverage(html: string, text: string): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  const stack: number[] = [];
  let at = 0;
  const entity = /^&(amp|lt|gt|quot|#39);/;
  for (let i = 0; i < html.length; ) {
    const open = /^<span data-i="(\d+)"[^>]*>/.exec(html.slice(i, i + 40));
    if (open) {
      stack.push(Number(open[1]));
      i += open[0].length;
    } else if (html.startsWith("</span>", i)) {
      expect(stack.length).toBeGreaterThan(0);
      stack.pop();
      i += 7;
    } else {
      const e = entity.exec(html.slice(i, i + 6));
      const ch = e ? { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" }[e[1]]! : html[i];
      expect(ch).toBe(text[at]);
      for (const m of stack) (covered.get(m) ?? covered.set(m, new Set()).get(m)!).add(at);
      at++;
      i += e ? e[0].length : 1;
    }
  }
  expect(stack).toEqual([]);
  expect(at).toBe(text.length);
  return covered;
}

describe("markUp: nesting marks over a text", () => {
  const mark = (i: number, start: number, end: number, layer = 0): Mark => ({ start, end, layer, head: `<span data-i="${i}" data-head="">`, rest: `<span data-i="${i}">` });

  it("nests a range inside another and splits a crossing one into a head and a continuation", () => {
    expect(markUp("abcdef", [mark(0, 0, 4), mark(1, 2, 6)])).toBe('<span data-i="0" data-head="">ab<span data-i="1" data-head="">cd</span></span><span data-i="1">ef</span>');
  });

  it("puts the lower layer outside when two ranges are the same, and keeps an empty range", () => {
    const html = markUp("abcd", [mark(0, 1, 3, 5), mark(1, 1, 3, 2), mark(2, 2, 2)]);
    expect(html).toBe('a<span data-i="1" data-head=""><span data-i="0" data-head="">b<span data-i="2" data-head=""></span>c</span></span>d');
  });

  it("refuses a span outside the text with a typed error", () => {
    expect(() => markUp("abc", [mark(0, 2, 9)])).toThrow(PoimijaError);
    expect(() => markUp("abc", [mark(0, 2, 1)])).toThrow(/does not lie within the text/);
  });

  it("for any ranges: text intact, one head per range, tags balanced, each range covered exactly", () => {
    const text = "Ab <c> & 'd' \"e\" fgh\nijk";
    const span = fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.integer({ min: 0, max: 3 })).map(([a, b, layer]) => ({ start: Math.min(a, b), end: Math.max(a, b), layer }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const marks = spans.map((s, i) => mark(i, s.start, s.end, s.layer));
        const html = markUp(text, marks);
        expect(count(html, "data-head")).toBe(marks.length);
        const covered = coverage(html, text);
        marks.forEach((m, i) => {
          const want = Array.from({ length: m.end - m.start }, (_, k) => m.start + k);
          expect([...(covered.get(i) ?? [])].sort((a, b) => a - b)).toEqual(want);
        });
      }),
    );
  });
});

describe("renderView", () => {
  it("has one data-entity element per mention of each type", () => {
    const html = renderView(X);
    const counts = mentionCounts(X);
    expect(counts.people).toBeGreaterThanOrEqual(3);
    expect(counts.times).toBeGreaterThanOrEqual(1);
    for (const type of ENTITY_TYPES) expect(count(html, `data-entity="${type}"`), type).toBe(counts[type]);
  });

  it("lists every entity with its record, and each highlight points at an entry", () => {
    const html = renderView(X);
    for (const p of X.people) expect(html).toContain(`<b>${p.name}</b>`);
    const refs = new Set([...html.matchAll(/data-ref="([\w-]+:\d+)"/g)].map((m) => m[1]));
    for (const ref of refs) expect(html).toContain(`id="e-${ref.replace(":", "-")}"`);
    const salo = X.people.find((p) => p.name === "Ari Salo");
    expect(salo?.roles.map((r) => r.title)).toContain("kaupunginjohtaja");
    expect(html).toMatch(/<dt>roles<\/dt><dd>[^<]*kaupunginjohtaja/);
  });

  it("loads nothing: no external address, a CSP that allows only inline code", () => {
    const html = renderView(X);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).toContain("default-src 'none'");
  });

  it("keeps a hostile text and hostile entity names inert", () => {
    const text = 'Hallitus kokoontui 3.3.2025 klo 16. <script>alert("x")</script> <img src=x onerror=alert(1)> & "lainaus"';
    const x = extract(text, { referenceDate: "2025-03-01" });
    const bad = "</script><script>alert(2)</script>";
    const hostile: Extraction = {
      ...x,
      people: [{ name: bad, roles: [{ title: '"><img src=x onerror=alert(3)>', organization: bad, span: { start: 0, end: 8 } }], email: null, phone: null, mentions: [{ start: 0, end: 8 }] }],
    };
    const html = renderView(hostile, { title: bad, sourceName: "<b>file</b>" });
    expect(count(html, "<script")).toBe(1);
    expect(count(html, "</script>")).toBe(1);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;file&lt;/b&gt;");
  });

  it("refuses an extraction whose spans lie outside its text", () => {
    const broken = { ...X, times: [{ ...X.times[0], span: { start: 5, end: TEXT.length + 10 } }] };
    expect(() => renderView(broken)).toThrow(expect.objectContaining({ code: "invalid_extraction" }));
  });
});

describe("gold marking", () => {
  const decisionClause = "Kaupunginhallitus hyväksyi talousarvion yksimielisesti";
  const gold: Gold = parseGold(
    {
      id: "invented-1",
      text: TEXT,
      referenceDate: "2025-03-01",
      gold: {
        times: [
          { text: "maanantaina 3.3.2025 klo 16", value: "2025-03-03T16:00" },
          { text: "3.3.2025", value: "2025-03-04" },
        ],
        events: [],
        people: [
          { name: "Maija Mäkinen", roles: [{ title: "puheenjohtaja" }, { title: "kaupunginvaltuutettu" }] },
          { name: "Liisa Lahtinen", roles: [] },
        ],
        bodies: [{ name: "kaupunginhallitus", aliases: [] }],
        decisions: [{ evidence: decisionClause, outcome: "rejected" }],
      },
    },
    "invented-1.json",
  );

  it("marks matched and spurious highlights, and the missed gold entries where the text shows them", () => {
    const html = renderView(X, { gold });
    const c = compareWithGold(X, gold);
    expect(c.partners.times).toEqual([0]);
    expect(c.missed.times).toEqual([1]);
    expect(c.missedSpans.times.get(1)).toEqual({ start: TEXT.indexOf("3.3.2025"), end: TEXT.indexOf("3.3.2025") + 8 });
    expect(html).toContain('data-missed="times" data-ref="missed-times:1" data-gold="missed"');
    expect(html).toMatch(/data-entity="times" data-ref="times:\d+" data-gold="matched"/);
    expect(c.missed.people).toEqual([1]);
    expect(html).toMatch(/id="e-missed-people-1" data-ref="missed-people:1" data-gold="missed"><span class="pick nopick">Liisa Lahtinen/);
    const maija = X.people.findIndex((p) => p.name === "Maija Mäkinen");
    expect(c.notes.people[maija]).toEqual(["role missed: kaupunginvaltuutettu"]);
    expect(html).toContain("role missed: kaupunginvaltuutettu");
    expect(c.notes.decisions).toEqual([["outcome: rejected"]]);
    // the gold lists no events, so the meeting found is spurious
    expect(html).toContain('data-entity="events" data-ref="events:0" data-gold="spurious"');
    expect(html).toMatch(/id="e-events-0" data-ref="events:0" data-gold="spurious">/);
  });

  it("agrees with poimija eval: per document, matched counts equal the scorer's true positives", () => {
    // a GoldDocument of the scorer is a Gold as it is
    for (const doc of loadCorpus()) {
      const x = extract(doc.text, { referenceDate: doc.referenceDate ?? null });
      const c = compareWithGold(x, doc);
      const report = score([doc], new Map([[doc.id, x]]));
      for (const type of ENTITY_TYPES) {
        expect(c.partners[type].filter((p) => p !== null).length, `${doc.id} ${type}`).toBe(report[type].tp);
        expect(c.missed[type].length, `${doc.id} ${type}`).toBe(report[type].gold - report[type].tp);
      }
    }
  });

  it("refuses gold of another text and gold not in the corpus format, with typed errors", () => {
    expect(() => compareWithGold(X, { ...gold, text: "Toinen teksti." })).toThrow(expect.objectContaining({ code: "invalid_gold" }));
    expect(() => parseGold({ text: "x", gold: { times: [{ text: 1 }] } }, "bad.json")).toThrow(/bad\.json.*gold\.times\.0\.text/);
  });
});

describe("colours meet WCAG AA", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  it("text on every tint and the selection at least 4.5:1; lines and gold marks at least 4.5:1 on the page", () => {
    for (const type of ENTITY_TYPES) {
      expect(contrast(INK, PALETTE[type].tint), type).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PALETTE[type].line, PAGE), type).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(INK, GOLD_COLOURS.selected)).toBeGreaterThanOrEqual(4.5);
    for (const c of [GOLD_COLOURS.matched, GOLD_COLOURS.spurious, GOLD_COLOURS.missed]) expect(contrast(c, PAGE)).toBeGreaterThanOrEqual(4.5);
  });
});

/** The public API: typed errors, formats, the unified plugins, determinism on any input. */
import fc from "fast-check";
import remarkParse from "remark-parse";
import { unified, type Plugin } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import type { Root } from "mdast";
import { createProcessor, detectFormat, extract, Extraction, poimija, PoimijaError, splitSentences } from "../../src/index.js";

describe("extract", () => {
  it("throws a typed error for bad input", () => {
    const bad: Array<[() => unknown, string]> = [
      [() => extract(null as unknown as string), "invalid_text"],
      [() => extract("x", { format: "pdf" as "text" }), "invalid_format"],
      [() => extract("x", { referenceDate: "2022-13-45" }), "invalid_reference_date"],
      [() => extract("x", { referenceDate: "eilen" }), "invalid_reference_date"],
      [() => extract("x", { timeZone: "Mars/Olympus" }), "invalid_time_zone"],
    ];
    for (const [call, code] of bad) {
      expect(call).toThrow(PoimijaError);
      expect(call).toThrow(expect.objectContaining({ code }));
    }
  });

  it("accepts a Date as the reference date", () => {
    expect(extract("Edustajisto kokoontui tänään.", { referenceDate: new Date(2025, 11, 18) }).times[0].value).toBe("2025-12-18");
  });

  it("reads markdown through remark-parse and gives the same entities as plain text", () => {
    const md = "# Aluehallituksen kokous 25.5.2022\n\n**Aluehallitus** nimesi [puheenjohtajaksi](https://example.fi) Tapani Melaluodon.\n";
    expect(detectFormat(md)).toBe("markdown");
    const out = extract(md);
    expect(out.times[0].value).toBe("2022-05-25");
    expect(out.people.map((p) => p.name)).toEqual(["Tapani Melaluoto"]);
    for (const t of out.times) expect(md.slice(t.span.start, t.span.end)).toBe(t.text);
  });

  it("does not read '16. maaliskuuta' at a line start as a list in plain text", () => {
    expect(detectFormat("16. maaliskuuta kokous\n17. maaliskuuta jatko")).toBe("text");
    expect(extract("16. maaliskuuta 2022 kokous").times.map((t) => t.value)).toEqual(["2022-03-16"]);
  });

  it("runs as a unified plugin after any mdast parser", async () => {
    const file = await unified().use(remarkParse).use(poimija, { referenceDate: "2022-01-18" }).process("Sote-jaosto kokoontui perjantaina 14.1.2022.");
    expect(file.data.extraction?.times[0].value).toBe("2022-01-14");
    expect(file.data.extraction?.bodies[0].name).toBe("Sote-jaosto");
  });

  it("lets a user leave extractors out and add their own plugin", () => {
    // a plugin of the user's: counts the headings of the tree the parser made
    const headings: Plugin<[], Root> = () => (tree, file) => {
      (file.data as Record<string, unknown>).headings = tree.children.filter((n) => n.type === "heading").length;
    };
    const p = createProcessor("text", { extractors: ["times"], plugins: [headings] });
    const file = new VFile({ value: "Hallituksen kokous\n\nHallitus hyväksyi 2.2.2022 talousarvion.", data: {} });
    p.runSync(p.parse(file), file);
    expect(file.data.extraction?.times.map((t) => t.value)).toEqual(["2022-02-02"]);
    expect(file.data.extraction?.decisions).toEqual([]);
    expect((file.data as Record<string, unknown>).headings).toBe(1);
  });

  it("splits sentences without breaking at abbreviations and ordinals", () => {
    // the hour after `klo.` is no ordinal: its full stop ends the sentence
    expect(splitSentences("Kokous alkaa klo. 10. Puheenjohtaja on mm. Virtanen. Toinen puhuja on pj. Aalto.")).toEqual([
      "Kokous alkaa klo. 10.",
      "Puheenjohtaja on mm. Virtanen.",
      "Toinen puhuja on pj. Aalto.",
    ]);
  });

  it("ends a sentence after a year, where an ordinal's full stop ends none", () => {
    expect(splitSentences("Seura perustettiin vuonna 1959. Juhla on lauantaina. Hän on 3. Varapuheenjohtaja.")).toEqual([
      "Seura perustettiin vuonna 1959.",
      "Juhla on lauantaina.",
      "Hän on 3. Varapuheenjohtaja.",
    ]);
  });
});

describe("properties", () => {
  const finnishish = fc.stringMatching(/^[A-Za-zÄÖäö0-9 .,:;()\-–\n§@/]{0,300}$/);

  it("any text gives a valid extraction whose spans slice to their text, the same every time", () => {
    fc.assert(
      fc.property(finnishish, (text) => {
        const a = extract(text, { referenceDate: "2022-01-18" });
        expect(() => Extraction.parse(a)).not.toThrow();
        for (const t of a.times) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
        for (const d of a.decisions) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
        expect(extract(text, { referenceDate: "2022-01-18" })).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it("never finds a time in a text without digits or day words", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÄÖäö ,.\n]{0,200}$/), (text) => {
        fc.pre(!/tänään|huomenna|eilen/i.test(text));
        expect(extract(text).times).toEqual([]);
      }),
    );
  });
});

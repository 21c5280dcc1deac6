/** Finnish word boundaries in patterns. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fi, fiPattern, fiRegExp, latin1Choice, latin1Lower, startsInsideWord, wordStart } from "../src/lexicon/regex.js";

describe("fiRegExp", () => {
  it("finds word ends after ä and ö, where \\b would not", () => {
    expect(/^päätös\b/i.test("päätös: x")).toBe(true);
    expect(/läsnä\b/i.test("läsnä")).toBe(false);
    expect(fi`^läsnä\b`.test("Läsnä")).toBe(true);
    expect(fi`^läsnä\b`.test("läsnäolijat")).toBe(false);
  });

  it("opens words before letters and groups, closes them after", () => {
    const re = fiRegExp("\\b(?:hyväks\\w*|päät\\w*)\\b.{0,20}\\b(?:muutoksin)\\b");
    expect(re.test("Hyväksyttiin tehdyin muutoksin.")).toBe(true);
    expect(re.test("Hyväksyttiin tehdyinmuutoksin.")).toBe(false);
    expect(fi`.*\btiedoksi`.test("merkitsi tiedoksi")).toBe(true);
    expect(fi`.*\btiedoksi`.test("merkitsitiedoksi")).toBe(false);
  });
});

describe("wordStart", () => {
  const sources = [String.raw`\b(?:hylkäsi|ei\s+hyväksynyt)\b`, String.raw`\bmerkit(?:si|tiin)\s+(?:\w+\s+){0,3}tiedoksi|\btiedoksi\s+merkit\w*`, String.raw`\b(?:ehdotus|esitys)\b`];

  it("skips matches inside a word and finds a later one", () => {
    const re = wordStart(sources[0]);
    expect(re.test("Lautakunta hylkäsi esityksen.")).toBe(true);
    expect(re.test("ehylkäsi")).toBe(false);
    expect(re.test("ehylkäsi, mutta lopulta hylkäsi")).toBe(true);
    expect(re.test("äei hyväksynyt")).toBe(false);
    expect(re.search("ehylkäsi, mutta lopulta hylkäsi")).toBe(24);
    expect(re.search("ehylkäsi")).toBe(-1);
  });

  it("answers as the pattern with its leading boundaries does", () => {
    const words = fc.constantFrom("hylkäsi", "ei", "hyväksynyt", "merkitsi", "tiedoksi", "ehdotus", "esitys", "ä", "1", "x", " ", "\n", ",", "😀");
    for (const source of sources) {
      const slow = fiRegExp(source);
      const fast = wordStart(source);
      fc.assert(fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(fast.test(text)).toBe(slow.test(text));
        expect(fast.search(text)).toBe(text.search(slow));
      }));
    }
  });

  it("refuses a pattern with an alternative that does not start a word", () => {
    expect(() => wordStart(String.raw`\bpäätti|hyväksyi`)).toThrow();
  });
});

describe("Latin-1 forms", () => {
  // upper and lower case, letters that fold across Latin-1's edge (Kelvin sign, long s, micro, ÿ), letters beyond it, spaces and dashes
  const pieces = fc.constantFrom("Hyväksyi", "hyväksyi", "HYVÄKSYTTIIN", "valittiin", "ON", "on", "Ässä", "ä", "Ä", "ö", "å", "ß", "µ", "ÿ", "Ÿ", "\u212a", "\u017f", "š", "Š", "İ", "\u0345", "k", "s", "1", " ", "\u00a0", "\u2013", "\u2028", "\ufeff", ",", ";", "-", "😀", "ksi", "muutoksin");
  const sources = [String.raw`\b(?:hyväks\w*|on\s+valittu)\b`, String.raw`\b\p{L}+ksi\s+(?:\S+\s+){0,2}muutoksin\b`, String.raw`\bvalittiin(?<=\bon[,;]?\s+valittiin)|\bäs\b`];

  it("find what the pattern as written finds, on any text", () => {
    for (const source of sources) {
      const pattern = wordStart(source);
      fc.assert(fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect(pattern.search(text, latin1Lower(text))).toBe(pattern.search(text));
        expect(pattern.test(text, latin1Lower(text))).toBe(pattern.test(text));
        expect(fiPattern(source).test(text, latin1Lower(text))).toBe(fiRegExp(source).test(text));
      }), { numRuns: 300 });
    }
  });

  it("match as a case-sensitive pattern as written, captures and all", () => {
    const venue = /\b([A-ZÅÄÖ][\p{L}-]{0,8}(?:sali|salissa))\b/u;
    const split = /,\s+(?=\p{Ll}+(?:ttiin|i)(?![\p{L}]))|\s+ja\s+(?=\p{Lu})/gu;
    const cased = fc.constantFrom("Ässä", "Ása", "salissa", "Sali", ", ", " ja ", "ttiin", "valittiin", "Ä", "ß", "ÿ", "Ÿ", "š", "Š", "\u212a", " ", "\u2013", "-", "😀");
    fc.assert(fc.property(fc.array(cased, { maxLength: 10 }), (parts) => {
      const text = parts.join("");
      expect(latin1Choice(venue)(text).exec(text)?.slice()).toEqual(venue.exec(text)?.slice());
      expect([...text.matchAll(latin1Choice(split)(text))].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(split)].map((m) => [m.index, m[0]]));
    }), { numRuns: 300 });
  });

  it("read text with a letter beyond Latin-1 as written", () => {
    expect(latin1Lower("Päätös – €")).toBe("päätös – €");
    expect(latin1Lower("Šiauliai")).toBeNull();
    expect(latin1Lower("\u212a")).toBeNull();
  });
});

describe("startsInsideWord", () => {
  it("agrees with a letter (or digit) lookbehind after every UTF-16 unit, and at the start", () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c) + "a";
      expect(startsInsideWord(text, 1)).toBe(/(?<=\p{L})a/u.test(text));
      expect(startsInsideWord(text, 1, true)).toBe(/(?<=[\p{L}\d])a/u.test(text));
    }
    expect(startsInsideWord("a", 0)).toBe(false);
    expect(startsInsideWord("\u{1d400}a", 2)).toBe(true);
  });
});

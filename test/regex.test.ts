/** Finnish word boundaries in patterns. */
import { describe, expect, it } from "vitest";
import { fi, fiRegExp } from "../src/lexicon/regex.js";

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

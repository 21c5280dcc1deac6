import { describe, expect, it } from "vitest";
import { isInlineSpace, isWhiteSpace } from "../../src/text/chars.js";

const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

describe("isWhiteSpace", () => {
  it("is Unicode's White_Space on every UTF-16 unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c)).toBe(/\p{White_Space}/u.test(String.fromCharCode(c)));
  });
  it("does not take the byte-order mark for white space", () => {
    expect(isWhiteSpace(0xfeff)).toBe(false);
  });
});

describe("isInlineSpace", () => {
  it("is white space that does not break a line", () => {
    for (let c = 0; c < 0x10000; c++) expect(isInlineSpace(c)).toBe(isWhiteSpace(c) && !LINE_BREAKS.has(c));
  });
});

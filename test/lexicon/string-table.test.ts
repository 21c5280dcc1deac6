import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { StringTable } from "../../src/lexicon/string-table.js";

describe("StringTable", () => {
  it("agrees with a Map on arbitrary keys, and on slices of a longer string", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12, unit: "binary" }), fc.integer({ min: 0, max: 0xffff })), { maxLength: 200 }), fc.string({ maxLength: 12 }), (entries, probe) => {
        const map = new Map(entries);
        const table = StringTable.build(map);
        for (const [k, v] of map) {
          expect(table.get(k, -1)).toBe(v);
          expect(table.get(`<${k}>`, -1, 1, k.length + 1)).toBe(v);
        }
        expect(table.get(probe, -1)).toBe(map.get(probe) ?? -1);
      }),
    );
  });

  it("keeps a key given twice once, with its last value, and says 0 for a missing or empty key", () => {
    const table = StringTable.build([["Aalto", 3], ["Aalto", 5], ["Niemi", 0]]);
    expect(table.get("Aalto")).toBe(5);
    expect(table.get("Niemi", -1)).toBe(0);
    expect(table.get("Aalt")).toBe(0);
    expect(table.get("")).toBe(0);
  });

  it("refuses values it cannot hold", () => {
    expect(() => StringTable.build([["x", 0x10000]])).toThrow(RangeError);
    expect(() => StringTable.build([["", 1]])).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SuffixTrie } from "../../src/lexicon/trie.js";

describe("SuffixTrie", () => {
  const trie = SuffixTrie.build<number>([
    ["kunta", 1],
    ["lautakunta", 2],
    ["alue", 3],
    ["kunta", 4],
  ], (a, b) => a + b);

  it("finds whole keys, and keys inside a longer string without cutting it", () => {
    expect(trie.get("kunta")).toBe(5); // a key given twice keeps the merged value
    expect(trie.get("lautakunta")).toBe(2);
    expect(trie.get("unta")).toBeUndefined();
    expect(trie.get("hyvinvointialueen", 11, 15)).toBe(3);
  });

  it("walks from a word's end: every node is a longer ending, -1 where no key ends so", () => {
    const word = "turvallisuuslautakunta";
    const found: string[] = [];
    let node = SuffixTrie.ROOT;
    for (let k = 1; k <= word.length && node >= 0; k++) {
      node = trie.child(node, word.charCodeAt(word.length - k));
      if (node >= 0 && trie.value(node) !== undefined) found.push(word.slice(-k));
    }
    expect(found).toEqual(["kunta", "lautakunta"]);
    expect(trie.walk("talo")).toBe(-1);
  });

  it("agrees with a map on arbitrary keys", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 40 }), fc.string({ maxLength: 8 }), (keys, probe) => {
        const map = new Map(keys.map((k, i) => [k, i]));
        const t = SuffixTrie.build([...map]);
        for (const [k, v] of map) expect(t.get(k)).toBe(v);
        expect(t.get(probe)).toBe(map.get(probe));
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NO_JUMP, SuffixTrie } from "../../src/lexicon/trie.js";

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

  it("walks a word's tail (letters only one key goes on with) like any other nodes", () => {
    // "lau" of lautakunta is a tail below "takunta": each letter is still a node with one child
    const node = trie.walk("takunta");
    expect([...trie.children(node)].map(([c]) => String.fromCharCode(c))).toEqual(["u"]);
    const tail = trie.walk("lautakunta");
    expect(trie.value(tail)).toBe(2);
    expect(trie.walk("utakunta")).toBeGreaterThan(0);
    expect(trie.value(trie.walk("utakunta"))).toBeUndefined();
    expect(trie.walk("xlautakunta")).toBe(-1);
    expect([...trie.children(tail)]).toEqual([]);
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

  it("jumps over a word's last letters to the node a walk reaches, when no key is shorter", () => {
    const letters = fc.constantFrom(..."aeiknstuläö-", "\u2013");
    const word = (min: number) => fc.array(letters, { minLength: min, maxLength: 9 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(word(3), { minLength: 1, maxLength: 40 }), word(0), (keys, probe) => {
        const t = SuffixTrie.build(keys.map((k, i) => [k, i] as const));
        const depth = t.jumpDepth;
        expect(depth).toBe(Math.min(5, Math.min(...keys.map((k) => k.length))));
        const node = t.jump(probe);
        if (node === NO_JUMP) expect(/[^\u0000-\u00ff]/.test(probe.slice(-depth))).toBe(true);
        else expect(node).toBe(probe.length < depth ? -1 : t.walk(probe, probe.length - depth));
      }),
    );
    // a trie with a short key keeps walking letter by letter
    expect(SuffixTrie.build([["ja", 1], ["kunta", 2]]).jump("kunta")).toBe(NO_JUMP);
  });
});

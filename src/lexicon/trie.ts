/**
 * A read-only trie of words read from their last letter back, in flat typed
 * arrays: the children of a node are adjacent, so a lookup scans a few
 * neighbouring cells instead of hashing a new string. Finnish is analysed
 * from the end of the word (case endings, then a compound's last part), and
 * one walk here answers at every length at once which words end the text so
 * far and whether any word ends like it at all.
 *
 * Where only one word goes on (`…vointi` read back to `hyvin…`), the rest of
 * its letters are a chain in one array, not a node each: most of a lexicon's
 * nodes are such tails, and a walk down one then reads adjacent cells instead
 * of landing somewhere new at every letter. A walk does not see the
 * difference: a place in a chain is a node number like any other.
 */
export class SuffixTrie<V> {
  static readonly ROOT = 0;
  private constructor(
    /**
     * Three cells per node, side by side so that a node's siblings and the
     * child a scan picks share a cache line or two (a walk touches one place
     * per step, not four arrays): its letter and number of children
     * (`char | count << 16`), its first child (or its tail, see `chain`),
     * its value's slot (-1 for none).
     */
    private readonly cells: Int32Array,
    /**
     * The tails: each one's letters, then its word's value slot `s` as
     * `-1 - s`. A node whose tail starts at `q` has `~q` as its first child;
     * node number `realNodes + q` is the place in a tail whose next letter is
     * `chain[q]`.
     */
    private readonly chain: Int32Array,
    private readonly realNodes: number,
    private readonly values: readonly V[],
    /**
     * The children of the root and of its children by Latin-1 code, 256 cells
     * per node: every walk starts with these two steps, and these nodes have
     * the most children. Row 0 is the root's; node `n` of depth one (they are
     * numbered 1 to the root's count) has row `n`.
     */
    private readonly near: Int32Array,
    private readonly nearRows: number,
    /**
     * The nodes at depth `jumpDepth` by their letters, three cells a slot
     * (letters one to four packed, letter five, node; node -1 for an empty
     * slot) in an open-addressing table of `jumpMask + 1` slots. Built only
     * when no key is shorter than that depth: a word's last letters then
     * reach the first node that can hold a value with one probe, and most
     * words, which end like no key, are turned away by that probe.
     */
    private readonly jumps: Int32Array,
    private readonly jumpMask: number,
    readonly jumpDepth: number,
  ) {}

  /** Builds the trie; a key given twice keeps the value `merge` makes of both. */
  static build<V>(entries: Iterable<readonly [string, V]>, merge: (a: V, b: V) => V = (_a, b) => b): SuffixTrie<V> {
    // insertion into first-child/next-sibling lists, then one breadth-first pass lays siblings side by side
    const char: number[] = [0];
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const slot: number[] = [-1];
    const keysThrough: number[] = [0];
    const values: V[] = [];
    let minKeyLength = Infinity;
    for (const [key, value] of entries) {
      minKeyLength = Math.min(minKeyLength, key.length);
      let node = 0;
      for (let i = key.length - 1; i >= 0; i--) {
        const c = key.charCodeAt(i);
        let child = firstChild[node];
        while (child >= 0 && char[child] !== c) child = nextSibling[child];
        if (child < 0) {
          child = char.length;
          char.push(c);
          firstChild.push(-1);
          nextSibling.push(firstChild[node]);
          slot.push(-1);
          keysThrough.push(0);
          firstChild[node] = child;
        }
        node = child;
        keysThrough[node]++;
      }
      if (slot[node] >= 0) values[slot[node]] = merge(values[slot[node]], value);
      else slot[node] = values.push(value) - 1;
    }
    const n = char.length;
    // a tail: no word ends inside it and at most one letter follows each of its nodes
    const isTail = new Uint8Array(n);
    for (let node = n - 1; node >= 0; node--) {
      const only = firstChild[node];
      // children are created after their parent, so they are settled first
      isTail[node] = Number(only < 0 || (nextSibling[only] < 0 && slot[node] < 0 && isTail[only] === 1));
    }
    const order = new Int32Array(n); // new index → old node
    const cells = new Int32Array(3 * n);
    const chain: number[] = [];
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const old = order[head];
      cells[3 * head + 2] = slot[old];
      if (isTail[old] && firstChild[old] >= 0) {
        cells[3 * head] = char[old];
        cells[3 * head + 1] = ~chain.length;
        let c = firstChild[old];
        for (; firstChild[c] >= 0; c = firstChild[c]) chain.push(char[c]);
        chain.push(char[c], -1 - slot[c]);
        continue;
      }
      // the letters most words continue with come first, so a scan ends early
      const children: number[] = [];
      for (let c = firstChild[old]; c >= 0; c = nextSibling[c]) children.push(c);
      children.sort((a, b) => keysThrough[b] - keysThrough[a] || char[a] - char[b]);
      if (children.length > 0xffff) throw new Error("a trie node has more children than its cell holds");
      cells[3 * head] = char[old] | (children.length << 16);
      cells[3 * head + 1] = tail;
      for (const c of children) order[tail++] = c;
    }
    const trie = new SuffixTrie(cells.slice(0, 3 * tail), Int32Array.from(chain), tail, values, new Int32Array(0), 0, new Int32Array(0), 0, 0);
    // the root's children and grandchildren by letter, read through the walk itself
    const nearRows = 1 + (cells[0] >>> 16);
    const near = new Int32Array(nearRows * 256);
    for (let node = 0; node < nearRows; node++) for (let c = 0; c < 256; c++) near[node * 256 + c] = trie.child(node, c);
    const { jumps, jumpMask, jumpDepth } = jumpTable(trie, minKeyLength);
    return new SuffixTrie(trie.cells, trie.chain, tail, values, near, nearRows, jumps, jumpMask, jumpDepth);
  }

  /**
   * The node reached by reading the last `jumpDepth` letters of `s.slice(0, to)`:
   * -1 when no key ends so, NO_JUMP when the trie has no jump table or a
   * letter is outside Latin-1 (walk letter by letter then).
   */
  jump(s: string, to = s.length): number {
    const d = this.jumpDepth;
    if (d === 0 || to < d) return d === 0 ? NO_JUMP : -1;
    let low = 0;
    let high = 0;
    for (let k = 0; k < d; k++) {
      const c = s.charCodeAt(to - 1 - k);
      if (c > 255) return NO_JUMP;
      if (k < 4) low |= c << (8 * k);
      else high = c;
    }
    const jumps = this.jumps;
    for (let slot = slotOf(low, high, this.jumpMask); ; slot = (slot + 1) & this.jumpMask) {
      const node = jumps[3 * slot + 2];
      if (node < 0 || (jumps[3 * slot] === low && jumps[3 * slot + 1] === high)) return node;
    }
  }

  /** The child of `node` along the letter `c` (a char code), or -1. */
  child(node: number, c: number): number {
    if (node < this.nearRows && c < 256) return this.near[node * 256 + c];
    if (node >= this.realNodes) {
      const q = node - this.realNodes;
      return this.chain[q] === c ? node + 1 : -1;
    }
    const cells = this.cells;
    const first = cells[3 * node + 1];
    if (first < 0) return this.chain[~first] === c ? this.realNodes + ~first + 1 : -1;
    const end = first + (cells[3 * node] >>> 16);
    for (let i = first; i < end; i++) if ((cells[3 * i] & 0xffff) === c) return i;
    return -1;
  }

  /** The letters that go on from `node`, each with the node it leads to. */
  *children(node: number): Generator<[letter: number, child: number]> {
    if (node >= this.realNodes) {
      const c = this.chain[node - this.realNodes];
      if (c >= 0) yield [c, node + 1];
      return;
    }
    const first = this.cells[3 * node + 1];
    if (first < 0) return void (yield [this.chain[~first], this.realNodes + ~first + 1]);
    const end = first + (this.cells[3 * node] >>> 16);
    for (let i = first; i < end; i++) yield [this.cells[3 * i] & 0xffff, i];
  }

  /** The value of the key that ends at `node`, if one does. */
  value(node: number): V | undefined {
    const s = node >= this.realNodes ? -1 - this.chain[node - this.realNodes] : this.cells[3 * node + 2];
    return s >= 0 ? this.values[s] : undefined;
  }

  /** The node reached by reading `s.slice(from, to)` from its end, or -1. */
  walk(s: string, from = 0, to = s.length): number {
    let node = SuffixTrie.ROOT;
    for (let i = to - 1; i >= from && node >= 0; i--) node = this.child(node, s.charCodeAt(i));
    return node;
  }

  /** The value of the key `s.slice(from, to)`, without cutting the string. */
  get(s: string, from = 0, to = s.length): V | undefined {
    const node = this.walk(s, from, to);
    return node >= 0 ? this.value(node) : undefined;
  }
}

/** What `jump` answers when the word must be walked letter by letter. */
export const NO_JUMP = -2;

/** Deepest jump: five Latin-1 letters are packed into two cells. */
const MAX_JUMP = 5;

function slotOf(low: number, high: number, mask: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1) >>> 16) & mask;
}

/** The jump table of a trie whose shortest key has `minKeyLength` letters (see SuffixTrie.jumps). */
function jumpTable(trie: SuffixTrie<unknown>, minKeyLength: number) {
  const jumpDepth = Math.min(MAX_JUMP, minKeyLength);
  const none = { jumps: new Int32Array(0), jumpMask: 0, jumpDepth: 0 };
  if (jumpDepth < 3) return none;
  // the nodes at jumpDepth with their letters, found by walking down from the root
  const found: Array<[number, number, number]> = [];
  const visit = (node: number, depth: number, low: number, high: number) => {
    if (depth === jumpDepth) return void found.push([low, high, node]);
    for (const [c, child] of trie.children(node)) {
      if (c > 255) continue; // such a word is walked, never jumped
      visit(child, depth + 1, depth < 4 ? low | (c << (8 * depth)) : low, depth < 4 ? high : c);
    }
  };
  visit(SuffixTrie.ROOT, 0, 0, 0);
  let size = 1;
  while (size < 2 * found.length) size <<= 1;
  const jumps = new Int32Array(3 * size);
  for (let slot = 0; slot < size; slot++) jumps[3 * slot + 2] = -1;
  for (const [low, high, node] of found) {
    let slot = slotOf(low, high, size - 1);
    while (jumps[3 * slot + 2] >= 0) slot = (slot + 1) & (size - 1);
    jumps.set([low, high, node], 3 * slot);
  }
  return { jumps, jumpMask: size - 1, jumpDepth };
}

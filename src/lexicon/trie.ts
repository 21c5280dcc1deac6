/**
 * A read-only trie of words read from their last letter back, in flat typed
 * arrays: the children of a node are adjacent, so a lookup scans a few
 * neighbouring cells instead of hashing a new string. Finnish is analysed
 * from the end of the word (case endings, then a compound's last part), and
 * one walk here answers at every length at once which words end the text so
 * far and whether any word ends like it at all.
 */
export class SuffixTrie<V> {
  static readonly ROOT = 0;
  private constructor(
    /**
     * Three cells per node, side by side so that a node's siblings and the
     * child a scan picks share a cache line or two (a walk touches one place
     * per step, not four arrays): its letter and number of children
     * (`char | count << 16`), its first child, its value's slot (-1 for none).
     */
    private readonly cells: Int32Array,
    private readonly values: readonly V[],
    /**
     * The children of the root and of its children by Latin-1 code, 256 cells
     * per node: every walk starts with these two steps, and these nodes have
     * the most children. Row 0 is the root's; node `n` of depth one (they are
     * numbered 1 to the root's count) has row `n`.
     */
    private readonly near: Int32Array,
    private readonly nearRows: number,
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
    for (const [key, value] of entries) {
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
    const order = new Int32Array(n); // new index → old node
    const cells = new Int32Array(3 * n);
    let tail = 1;
    for (let head = 0; head < n; head++) {
      const old = order[head];
      // the letters most words continue with come first, so a scan ends early
      const children: number[] = [];
      for (let c = firstChild[old]; c >= 0; c = nextSibling[c]) children.push(c);
      children.sort((a, b) => keysThrough[b] - keysThrough[a] || char[a] - char[b]);
      if (children.length > 0xffff) throw new Error("a trie node has more children than its cell holds");
      cells[3 * head] = char[old] | (children.length << 16);
      cells[3 * head + 1] = tail;
      cells[3 * head + 2] = slot[old];
      for (const c of children) order[tail++] = c;
    }
    const nearRows = 1 + (cells[0] >>> 16);
    const near = new Int32Array(nearRows * 256).fill(-1);
    for (let node = 0; node < nearRows; node++) {
      const first = cells[3 * node + 1];
      const end = first + (cells[3 * node] >>> 16);
      for (let i = first; i < end; i++) {
        const c = cells[3 * i] & 0xffff;
        if (c < 256) near[node * 256 + c] = i;
      }
    }
    return new SuffixTrie(cells, values, near, nearRows);
  }

  /** The child of `node` along the letter `c` (a char code), or -1. */
  child(node: number, c: number): number {
    if (node < this.nearRows && c < 256) return this.near[node * 256 + c];
    const cells = this.cells;
    const first = cells[3 * node + 1];
    const end = first + (cells[3 * node] >>> 16);
    for (let i = first; i < end; i++) if ((cells[3 * i] & 0xffff) === c) return i;
    return -1;
  }

  /** The value of the key that ends at `node`, if one does. */
  value(node: number): V | undefined {
    const s = this.cells[3 * node + 2];
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

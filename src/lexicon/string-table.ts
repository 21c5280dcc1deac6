/**
 * A read-only map from strings to numbers below 2^16 in two flat arrays:
 * the keys one after another in a single string, and an open-addressing
 * table whose slot holds a key's place and length, a fingerprint of its
 * hash and its value. A name lookup then reads one slot (a miss most often
 * ends at the fingerprint or an empty slot) and, for a hit, the key's
 * letters once; a Map of the same names is four times the size, and every
 * lookup in it lands somewhere the processor has not cached.
 */
export class StringTable {
  private constructor(
    /** Every key once, one after another. */
    private readonly keys: string,
    /** Two cells a slot: the key's offset plus one and its length (`offset + 1 | length << 21`; 0 is an empty slot), then its hash's fingerprint and its value (`fingerprint | value`). */
    private readonly slots: Int32Array,
    private readonly mask: number,
  ) {}

  static build(entries: Iterable<readonly [string, number]>): StringTable {
    const list = [...new Map(entries)];
    // up to 70 % full: probes run over adjacent slots, and the fingerprint settles most without reading a key
    let size = 1;
    while (size * MAX_LOAD < list.length + 1) size <<= 1;
    const slots = new Int32Array(2 * size);
    const parts: string[] = [];
    let offset = 0;
    for (const [key, value] of list) {
      if (value < 0 || value > 0xffff || !Number.isInteger(value)) throw new RangeError(`a StringTable value is an integer 0–65535, got ${value}`);
      if (key.length === 0 || key.length > MAX_LENGTH || offset > MAX_OFFSET) throw new RangeError("a StringTable key is 1–1023 characters, 2 M in all");
      const h = hashOf(key, 0, key.length);
      let slot = h & (size - 1);
      while (slots[2 * slot] !== 0) slot = (slot + 1) & (size - 1);
      // offsets start at 1 in the cell so that 0 marks an empty slot
      slots[2 * slot] = (offset + 1) | (key.length << OFFSET_BITS);
      slots[2 * slot + 1] = (h & FINGERPRINT) | value;
      parts.push(key);
      offset += key.length;
    }
    return new StringTable(parts.join(""), slots, size - 1);
  }

  /** The value of `s.slice(from, to)`, or `missing`. */
  get(s: string, missing = 0, from = 0, to = s.length): number {
    const length = to - from;
    if (length <= 0 || length > MAX_LENGTH) return missing;
    const h = hashOf(s, from, to);
    const fingerprint = h & FINGERPRINT;
    const { slots, keys, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const place = slots[2 * slot];
      if (place === 0) return missing;
      const tail = slots[2 * slot + 1];
      if ((tail & FINGERPRINT) !== fingerprint || place >>> OFFSET_BITS !== length) continue;
      const offset = (place & OFFSET_MASK) - 1;
      let k = 0;
      while (k < length && keys.charCodeAt(offset + k) === s.charCodeAt(from + k)) k++;
      if (k === length) return tail & 0xffff;
    }
  }
}

const MAX_LOAD = 0.7;
const OFFSET_BITS = 21;
const OFFSET_MASK = (1 << OFFSET_BITS) - 1;
const MAX_OFFSET = OFFSET_MASK - 1;
const MAX_LENGTH = (1 << (31 - OFFSET_BITS)) - 1;
/** The hash's high half, kept in the slot: most slots a lookup passes are told apart by it alone. */
const FINGERPRINT = 0xffff0000 | 0;

/** FNV-1a over the char codes, mixed so that both the low bits (the slot) and the high ones (the fingerprint) spread. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

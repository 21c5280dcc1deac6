/** The batch pool's memory bound: what it holds between reading and written, and what it lets go. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { BatchItem } from "../../src/cli/batch.js";
import { itemBytes, runOrdered, type Executor } from "../../src/cli/pool.js";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An executor that answers each group after a few turns of the event loop, out of order. */
function slowExecutor(): Executor {
  let n = 0;
  return {
    async run(items) {
      for (let k = (n++ * 7) % 5; k >= 0; k--) await tick();
      return { ndjson: items.map((item) => `{"line":${item.line}}`).join("\n") + "\n", errors: 0 };
    },
    async close() {},
  };
}

const lineItem = (line: number, size: number): BatchItem => ({ line, bytes: new Uint8Array(size) });

describe("runOrdered", () => {
  it("never holds more groups or input bytes than its bound (a group larger than the bound runs alone) and writes in order", async () => {
    const bound = { groups: 8, bytes: 100_000 };
    const sizes = Array.from({ length: 300 }, (_, k) => (k % 50 === 7 ? 250_000 : 1_000 + ((k * 7919) % 30_000)));
    async function* groups() {
      for (let k = 0; k < sizes.length; k++) yield [lineItem(k + 1, sizes[k])];
    }
    // what the pool holds: groups handed to the executor and not yet written
    const held: number[] = [];
    let overBound = 0;
    const inner = slowExecutor();
    const executor: Executor = {
      run(items) {
        held.push(items.reduce((n, item) => n + itemBytes(item), 0));
        const bytes = held.reduce((a, b) => a + b, 0);
        if (held.length > bound.groups || (held.length > 1 && bytes > bound.bytes)) overBound++;
        return inner.run(items);
      },
      close: inner.close,
    };
    const lines: number[] = [];
    await runOrdered(groups(), executor, async (output) => {
      if ("ndjson" in output) lines.push(...output.ndjson.trimEnd().split("\n").map((l) => JSON.parse(l).line));
      held.shift();
      await tick();
    }, bound).done;
    expect(lines).toEqual(sizes.map((_, k) => k + 1));
    expect(overBound).toBe(0);
    expect(held).toEqual([]);
  });

  it("lets each group's input go once written, however long the run", async () => {
    // a regression guard: a race against a promise pending for the whole run kept every group alive
    const early: WeakRef<Uint8Array>[] = [];
    let stillHeld = -1;
    async function* groups() {
      for (let n = 1; n <= 600; n++) {
        const item = lineItem(n, 64 * 1024) as { line: number; bytes: Uint8Array };
        if (n <= 100) early.push(new WeakRef(item.bytes));
        if (n === 500) {
          await tick();
          collectGarbage();
          stillHeld = early.filter((ref) => ref.deref() !== undefined).length;
        }
        yield [item];
      }
    }
    await runOrdered(groups(), slowExecutor(), async () => tick(), { groups: 4, bytes: 1 << 20 }).done;
    expect(stillHeld).toBe(0);
  });

  it("counts a document file by its size", () => {
    expect(itemBytes({ line: 1, path: "a.txt", size: 1234 })).toBe(1234);
    expect(itemBytes(lineItem(1, 99))).toBe(99);
  });
});

/** The batch executor of one job: the items run in the CLI's own thread, which then loads the extractor. */
import { batchCache, groupOutput, processItem } from "./batch.js";
import type { Executor, ExecutorOptions } from "./pool.js";

/** One job: the items run in this thread, one group per turn of the event loop so signals and 'drain' are seen between groups. */
export function inlineExecutor(options: ExecutorOptions): Executor {
  const cache = batchCache(options.cache);
  return {
    async run(items) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return groupOutput(
        items.map((item) => processItem(item, options.record, cache)),
        options.ndjson,
      );
    },
    async close() {},
  };
}


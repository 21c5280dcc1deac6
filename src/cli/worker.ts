/** A batch worker: runs the groups of items the CLI's pool sends, with its own cross-document cache. */
import { parentPort, workerData } from "node:worker_threads";
import { batchCache, groupOutput, processItem } from "./batch.js";
import { unpack, type ExecutorOptions, type PackedGroup } from "./pool.js";

function serve(port: NonNullable<typeof parentPort>, options: ExecutorOptions) {
  const cache = batchCache(options.cache);
  port.on("message", (group: PackedGroup) => {
    const out = groupOutput(
      unpack(group).map((item) => processItem(item, options.record, cache)),
      options.ndjson,
    );
    port.postMessage({ seq: group.seq, out });
  });
}

serve(parentPort!, workerData as ExecutorOptions);

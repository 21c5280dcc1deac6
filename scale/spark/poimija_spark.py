#!/usr/bin/env python3
"""poimija over NDJSON shards with Spark: the `rdd.pipe` pattern.

Each partition's lines stream through one `poimija extract --ndjson` process
(Spark starts one per partition, on the executor that holds it). poimija
writes exactly one output line per input line, in input order, so each
output partition holds its input partition's records, in order, and
saveAsTextFile writes them as part-NNNNN files in partition order.

    spark-submit scale/spark/poimija_spark.py 'archive/*.ndjson' out/
    # poimija must be on each executor's PATH (npm install -g poimija), or pass
    # --poimija 'node /opt/poimija/dist/cli/main.js'

Spark reads text as UTF-8 and replaces bytes that are not UTF-8 before poimija
sees them; to get poimija's `invalid_encoding` records instead, check the
shards' encoding first (or run the Dask runner, which passes bytes through).
"""

import argparse

from pyspark import SparkContext


def main():
    parser = argparse.ArgumentParser(description="poimija over NDJSON shards with Spark (rdd.pipe)")
    parser.add_argument("input", help="NDJSON shards: a path, a directory or a glob")
    parser.add_argument("output", help="an output directory (must not exist)")
    parser.add_argument("--poimija", default="poimija", help="the command that runs poimija on the executors")
    args = parser.parse_args()

    sc = SparkContext(appName="poimija")
    lines = sc.textFile(args.input)
    # one job per process: Spark already runs one task per executor core
    records = lines.pipe(f"{args.poimija} extract --ndjson --jobs 1 --quiet", checkCode=True)
    records.saveAsTextFile(args.output)
    sc.stop()


if __name__ == "__main__":
    main()

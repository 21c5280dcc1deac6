#!/usr/bin/python3
"""Run poimija over NDJSON shards with Dask.

Each input shard becomes one partition of a dask.bag (read whole, in order).
Every Dask worker keeps ONE long-lived `poimija extract --ndjson` process
(started by a worker plugin, reused by every partition the worker gets) and
pipes each partition's lines through it. poimija writes exactly one output
line per input line, in input order, so the i-th output line of a partition
is the record of its i-th input line. The result is one NDJSON shard per input
shard, under the same name: every input record exactly once, in order within
its shard, the same bytes `poimija extract --ndjson SHARD` writes.

Lines travel as bytes: the shards are read as Latin-1 (every byte one
character), written to poimija as Latin-1 again, so poimija sees the original
bytes and reports a line that is not UTF-8 as an `invalid_encoding` record.

    /usr/bin/python3 scale/dask/poimija_dask.py 'archive/*.ndjson' out/ \\
        --local-workers 2            # or --scheduler tcp://host:8786
        [--poimija 'node dist/cli/main.js'] [-- extra poimija options]
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import threading

import dask.bag as db
from distributed import Client, LocalCluster, WorkerPlugin, get_worker

PLUGIN_NAME = "poimija"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_COMMAND = "node " + os.path.join(HERE, "..", "..", "dist", "cli", "main.js")


class PoimijaProcess(WorkerPlugin):
    """One `poimija extract --ndjson` process per worker, for the worker's whole life."""

    def __init__(self, command, options):
        self.command = command
        self.options = options
        self.process = None
        self.lock = None
        self.partitions = 0

    def setup(self, worker):
        # one job per process: Dask places one worker per core, and poimija's own pool would compete with it
        args = shlex.split(self.command) + ["extract", "--ndjson", "--jobs", "1", "--quiet"] + list(self.options)
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # a worker with several threads runs partitions side by side; the process takes one at a time
        self.lock = threading.Lock()

    def teardown(self, worker):
        if self.process and self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def run(self, lines):
        """The output records of these input lines (bytes), one per line, in order."""
        process = self.process
        failure = []

        def feed():
            # fed from a thread while the caller reads: neither side can block the other on a full pipe
            try:
                for line in lines:
                    process.stdin.write(line + b"\n")
                process.stdin.flush()
            except (BrokenPipeError, OSError) as e:
                failure.append(e)

        with self.lock:
            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            records = []
            for _ in lines:
                record = process.stdout.readline()
                if not record:
                    writer.join(timeout=1)
                    raise RuntimeError("poimija stopped: " + process.stderr.read().decode("utf-8", "replace"))
                records.append(record)
            writer.join()
            if failure:
                raise failure[0]
            self.partitions += 1
        return records


# inside a JSON string every quote is escaped, so this unescaped run can only be the record's own field
ERROR_LINE = re.compile(rb',"line":\d+,"error":\{')


def with_shard_line(record, line):
    """An error record numbers its line within the process's whole input; in a shard's output, within the shard."""
    return ERROR_LINE.sub(b',"line":%d,"error":{' % line, record, count=1)


def run_partition(lines):
    """A partition's records as one text (each record ends with a newline), through this worker's poimija process."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    raw = [line[:-1] if line.endswith("\n") else line for line in lines]
    records = plugin.run([line.encode("latin-1") for line in raw])
    return ["".join(with_shard_line(r, i + 1).decode("utf-8") for i, r in enumerate(records))]


def served(dask_worker):
    plugin = dask_worker.plugins[PLUGIN_NAME]
    return {"pid": plugin.process.pid, "alive": plugin.process.poll() is None, "partitions": plugin.partitions}


def run(inputs, output_dir, client, command=DEFAULT_COMMAND, options=()):
    """Runs every shard; writes one output shard per input shard, under its name; returns what each worker's process served."""
    client.register_worker_plugin(PoimijaProcess(command, list(options)), name=PLUGIN_NAME)
    paths = sorted(set(inputs))
    names = [os.path.basename(p) for p in paths]
    if len(set(names)) != len(names):
        raise ValueError("two input shards share a file name; output shards are named after them")
    bag = db.read_text(paths, blocksize=None, encoding="latin-1", linedelimiter="\n")
    os.makedirs(output_dir, exist_ok=True)
    # written by the workers, each shard as one text: an empty shard stays an empty file
    bag.map_partitions(run_partition).to_textfiles(os.path.join(output_dir, "*"), name_function=lambda i: names[i], encoding="utf-8")
    return client.run(served)


def main(argv):
    import glob

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="a glob of NDJSON shards (quote it)")
    parser.add_argument("output", help="a directory for the output shards")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--local-workers", type=int, default=2, help="worker processes of a LocalCluster (without --scheduler)")
    parser.add_argument("--poimija", default=DEFAULT_COMMAND, help="the command that runs poimija")
    parser.add_argument("options", nargs="*", help="more poimija extract options, after --")
    args = parser.parse_args(argv)
    inputs = glob.glob(args.input)
    if not inputs:
        print("poimija_dask: no shard matches " + args.input, file=sys.stderr)
        return 1
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None))
    with client:
        workers = run(inputs, args.output, client, args.poimija, args.options)
    # a machine-readable summary: each worker's poimija process and the partitions it served
    print(json.dumps({"shards": len(inputs), "workers": list(workers.values())}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

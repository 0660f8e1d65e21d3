#!/usr/bin/env python3
"""Articles per second on one input: the CLI alone, annotate_many, and the Spark job.

    .venv/bin/python examples/spark/bench.py --count 100000 --cores 2

Writes --count invented articles (make_articles.py) as JSON lines, then times
(wall clock, best of --runs):

- the CLI: `target/release/newsmark --jsonl FILE > /dev/null` (one thread);
- `newsmark.annotate_many(texts, threads=N)` for N = 1 and --cores, on texts
  already in memory, in batches of --batch (the calls alone: text in, Python
  dicts out), and
  `newsmark.annotate_table(texts, threads=--cores)` (columns out, as the Spark
  job uses it);
- the Spark job on `local[--cores]`, end to end (JVM start, read, annotate,
  write the annotations' Parquet, the two summaries), and the same job on 300
  articles, whose time is mostly the fixed cost of starting Spark.

Prints a Markdown table (docs/performance.md). Needs `./build.sh python` and
`cargo build --release` first.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLI = ROOT / "target" / "release" / "newsmark"


def best_of(runs, action):
    """(best wall seconds, worst wall seconds, CPU seconds of the best run): this process's
    threads and its waited-for children."""
    runs_seen = []
    for _ in range(runs):
        cpu = _cpu_now()
        started = time.perf_counter()
        action()
        runs_seen.append((time.perf_counter() - started, _cpu_now() - cpu))
    best = min(runs_seen)
    return best[0], max(runs_seen)[0], best[1]


def _cpu_now():
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--spark-runs", type=int, default=1)
    parser.add_argument("--batch", type=int, default=1000,
                        help="texts per annotate_many/annotate_table call (results dropped "
                             "after each, as a streaming user or a Spark task does)")
    args = parser.parse_args(argv)

    import newsmark

    work = Path(tempfile.mkdtemp(prefix="newsmark-bench-"))
    try:
        articles, small = work / "articles.jsonl", work / "small.jsonl"
        make = [sys.executable, str(HERE / "make_articles.py")]
        subprocess.run(make + ["--count", str(args.count), "--seed", "3", str(articles)], check=True)
        subprocess.run(make + ["--count", "300", "--seed", "3", str(small)], check=True)
        texts = [json.loads(line)["text"] for line in articles.open(encoding="utf-8")]
        megabytes = sum(len(t.encode()) for t in texts) / 1e6
        print(f"input: {len(texts)} articles, {megabytes:.1f} MB of text, "
              f"{os.cpu_count()} cores visible, load average {os.getloadavg()[0]:.1f}",
              file=sys.stderr)

        rows = []

        def record(what, command, count, times, cpu_counted=True):
            best, worst, cpu = times
            rows.append((what, command, count, best, worst, cpu if cpu_counted else None))
            print(f"{what}: {best:.2f} s ({count / best:,.0f} articles/s)", file=sys.stderr)

        def cli():
            with open(articles, "rb") as source:
                subprocess.run([str(CLI), "--jsonl"], stdin=source,
                               stdout=subprocess.DEVNULL, check=True)

        record("CLI (one thread)", f"newsmark --jsonl articles.jsonl > /dev/null",
               len(texts), best_of(args.runs, cli))
        batches = [texts[i:i + args.batch] for i in range(0, len(texts), args.batch)]

        def in_batches(function, threads):
            for batch in batches:
                function(batch, threads=threads)

        for threads in sorted({1, args.cores}):
            record(f"annotate_many, {threads} thread{'s' if threads > 1 else ''}",
                   f"newsmark.annotate_many(batch, threads={threads})", len(texts),
                   best_of(args.runs, lambda: in_batches(newsmark.annotate_many, threads)))
        record(f"annotate_table, {args.cores} threads",
               f"newsmark.annotate_table(batch, threads={args.cores})", len(texts),
               best_of(args.runs, lambda: in_batches(newsmark.annotate_table, args.cores)))

        def spark(source):
            out = work / "out"
            shutil.rmtree(out, ignore_errors=True)
            subprocess.run([sys.executable, str(HERE / "newsmark_job.py"), str(source), str(out),
                            "--master", f"local[{args.cores}]"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        master = f"local[{args.cores}]"
        record(f"Spark job, {master}, 300 articles (start-up)",
               f"newsmark_job.py small.jsonl out/ --master '{master}'", 300,
               best_of(args.spark_runs, lambda: spark(small)), cpu_counted=False)
        record(f"Spark job, {master}", f"newsmark_job.py articles.jsonl out/ --master '{master}'",
               len(texts), best_of(args.spark_runs, lambda: spark(articles)), cpu_counted=False)

        print("| what | command | articles | wall s, best (worst) | CPU s | articles/s |")
        print("|---|---|---|---|---|---|")
        for what, command, count, best, worst, cpu in rows:
            spread = f"{best:.2f} ({worst:.2f})" if worst > best * 1.0001 else f"{best:.2f}"
            cpu = "-" if cpu is None else f"{cpu:.2f}"
            print(f"| {what} | `{command}` | {count:,} | {spread} | {cpu} | {count / best:,.0f} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Annotates articles with newsmark on Spark and writes the annotations as Parquet.

Input: JSON lines or Parquet with columns ``id`` (any type) and ``text``.
Output, under OUTPUT/:

- ``annotations/``: one row per annotation: ``id`` (the article's), ``annotation``
  (``a1``, ...), ``kind``, ``start``, ``end`` (UTF-16 offsets, as the contract
  says), ``text``, and ``fields``: the kind's own fields as a JSON object
  (``{"code": "JP", "form": "name"}``, ``{"mode": "direct", "speaker": "a2", ...}``).
- ``speakers/``: one row per article with speakers: ``id``, ``speakers`` (how
  many distinct speakers, by entity) and ``names`` (their names, sorted).
- ``protests/``: who protests against whom, over all articles: ``protester``
  (ISO code of the state that protests: the protesting country, or the country
  a protesting speaker speaks for), ``against`` (ISO code of the state protested
  against), ``form``, ``protests`` (how many), ``articles`` (in how many
  articles) and ``examples`` (up to five protesters as the text names them).

Runs on a local Spark out of the box (``--master local[*]`` is the default when
the script is started with plain ``python``); see examples/spark/README.md for
a cluster.

    python examples/spark/newsmark_job.py articles.jsonl out/
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Iterator, List

def annotate_batches(arrow_schema, threads: int):
    """The function mapInArrow runs on each partition: Arrow batches of (id, text)
    in, Arrow batches of annotation rows out."""

    def run(batches: Iterator) -> Iterator:
        import pyarrow as pa

        import newsmark

        for batch in batches:
            # A missing text has nothing to annotate.
            texts = [t if t is not None else "" for t in batch.column("text").to_pylist()]
            # Columns straight from the core: no Python object per annotation.
            table = newsmark.annotate_table(texts, threads=threads)
            ids = batch.column("id").take(pa.array(table["row"], type=pa.int64()))
            columns = [ids] + [
                pa.array(table[name], type=field.type)
                for name, field in zip(("annotation", "kind", "start", "end", "text", "fields"),
                                       list(arrow_schema)[1:])
            ]
            yield pa.RecordBatch.from_arrays(columns, schema=arrow_schema)

    return run


def read_articles(spark, path: str, fmt: str):
    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") else "json"
    reader = spark.read.parquet if fmt == "parquet" else spark.read.json
    articles = reader(path)
    missing = {"id", "text"} - set(articles.columns)
    if missing:
        raise SystemExit(f"{path}: no column {', '.join(sorted(missing))} (need id and text)")
    articles = articles.select("id", "text")
    # A small file is one partition, which one core annotates alone: spread it over all.
    cores = spark.sparkContext.defaultParallelism
    if articles.rdd.getNumPartitions() < cores:
        articles = articles.repartition(cores)
    return articles


def annotate(articles, threads: int = 1):
    """The annotations DataFrame of an (id, text) DataFrame."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    from pyspark.sql.pandas.types import to_arrow_schema

    schema = StructType([
        articles.schema["id"],
        StructField("annotation", StringType(), False),
        StructField("kind", StringType(), False),
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("text", StringType(), False),
        StructField("fields", StringType(), False),
    ])
    return articles.mapInArrow(annotate_batches(to_arrow_schema(schema), threads), schema)


def speakers_per_article(annotations):
    from pyspark.sql import functions as F

    speakers = annotations.where(F.col("kind") == "speaker").select(
        "id",
        F.get_json_object("fields", "$.entity").alias("entity"),
        F.coalesce(F.get_json_object("fields", "$.name"), F.col("text")).alias("name"),
    )
    return speakers.groupBy("id").agg(
        F.countDistinct("entity").alias("speakers"),
        F.sort_array(F.collect_set("name")).alias("names"),
    )


def protests_by_state(annotations):
    from pyspark.sql import functions as F

    protests = annotations.where(F.col("kind") == "protest").select(
        "id",
        F.get_json_object("fields", "$.protester").alias("protester_id"),
        F.get_json_object("fields", "$.against").alias("against"),
        F.get_json_object("fields", "$.form").alias("form"),
    )
    # The protester is a country annotation (its code) or a speaker (the country it speaks for).
    protesters = annotations.where(F.col("kind").isin("country", "speaker")).select(
        "id",
        F.col("annotation").alias("protester_id"),
        F.coalesce(
            F.get_json_object("fields", "$.code"), F.get_json_object("fields", "$.country")
        ).alias("protester"),
        F.coalesce(F.get_json_object("fields", "$.name"), F.col("text")).alias("named"),
    )
    joined = protests.join(protesters, ["id", "protester_id"], "left")
    return joined.groupBy("protester", "against", "form").agg(
        F.count(F.lit(1)).alias("protests"),
        F.countDistinct("id").alias("articles"),
        F.slice(F.sort_array(F.collect_set("named")), 1, 5).alias("examples"),
    )


def run(spark, input_path: str, output: str, fmt: str = "auto", threads: int = 1) -> None:
    """Annotates `input_path` and writes annotations/, speakers/ and protests/ under `output`."""
    if spark.sparkContext.master.startswith("local"):
        # A local run has a few cores, not 200 shuffle partitions' worth.
        spark.conf.set("spark.sql.shuffle.partitions", str(spark.sparkContext.defaultParallelism))
    annotations_path = os.path.join(output, "annotations")
    annotate(read_articles(spark, input_path, fmt), threads).write.mode("overwrite").parquet(
        annotations_path
    )
    # The summaries read the written annotations back rather than annotating twice.
    annotations = spark.read.parquet(annotations_path)
    speakers_per_article(annotations).write.mode("overwrite").parquet(
        os.path.join(output, "speakers")
    )
    protests_by_state(annotations).write.mode("overwrite").parquet(
        os.path.join(output, "protests")
    )


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON lines or Parquet (file or folder) with id and text")
    parser.add_argument("output", help="folder for annotations/, speakers/ and protests/")
    parser.add_argument("--format", choices=["auto", "json", "parquet"], default="auto",
                        help="input format (auto: parquet when the path ends in .parquet)")
    parser.add_argument("--master", default=None,
                        help="Spark master when not set by spark-submit (default local[*])")
    parser.add_argument("--threads-per-task", type=int, default=1,
                        help="annotate_many threads in each Spark task (default 1: Spark "
                             "already runs one task per core)")
    args = parser.parse_args(argv)

    # Local workers run this interpreter (with newsmark installed), not whatever
    # `python3` is first on the PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsmark")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Started with plain `python`, not by spark-submit (which sets the master): run locally.
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    try:
        run(spark, args.input, args.output, args.format, args.threads_per_task)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

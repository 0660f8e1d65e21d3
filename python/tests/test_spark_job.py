"""The Spark example end to end on a local Spark: its Parquet output must say exactly what the
CLI says about the same invented articles (examples/spark/make_articles.py)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "newsmark"
SPARK_DIR = ROOT / "examples" / "spark"
ARTICLES = 300

pq = pytest.importorskip("pyarrow.parquet", reason="the Spark tests need pyarrow")


def load(name):
    spec = importlib.util.spec_from_file_location(name, SPARK_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_parquet(folder):
    return pq.read_table(folder).to_pylist()


def canonical(fields):
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The articles as JSON lines and as Parquet, and the CLI's annotations of them."""
    folder = tmp_path_factory.mktemp("spark")
    make_articles = load("make_articles")
    jsonl, parquet = folder / "articles.jsonl", folder / "articles.parquet"
    assert make_articles.main(["--count", str(ARTICLES), "--seed", "7", str(jsonl)]) == 0
    assert make_articles.main(["--count", str(ARTICLES), "--seed", "7", str(parquet)]) == 0
    cli = subprocess.run([str(CLI), "--jsonl", str(jsonl)], capture_output=True, check=True)
    results = [json.loads(line) for line in cli.stdout.decode().splitlines()]
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in jsonl.read_text(encoding="utf-8").splitlines()}
    assert len(results) == ARTICLES
    return {"folder": folder, "jsonl": jsonl, "parquet": parquet, "cli": results, "texts": texts}


@pytest.fixture(scope="module")
def outputs(corpus):
    """Runs the job as its command line does, once per input format, in one JVM."""
    job = load("newsmark_job")
    out = {}
    for fmt in ("jsonl", "parquet"):
        out[fmt] = corpus["folder"] / f"out-{fmt}"
        assert job.main([str(corpus[fmt]), str(out[fmt]), "--master", "local[2]"]) == 0
    return out


def expected_rows(cli_results):
    rows = []
    for line in cli_results:
        for a in line["annotations"]:
            fields = {k: v for k, v in a.items() if k not in ("id", "kind", "start", "end", "text")}
            rows.append((line["id"], a["id"], a["kind"], a["start"], a["end"], a["text"],
                         canonical(fields)))
    return sorted(rows)


def spark_rows(folder):
    return sorted((r["id"], r["annotation"], r["kind"], r["start"], r["end"], r["text"],
                   canonical(json.loads(r["fields"])))
                  for r in read_parquet(folder / "annotations"))


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_annotations_equal_the_clis(corpus, outputs, fmt):
    expected = expected_rows(corpus["cli"])
    assert len(expected) > 3 * ARTICLES
    assert spark_rows(outputs[fmt]) == expected


def test_the_articles_exercise_every_kind_and_utf16_offsets(corpus, outputs):
    rows = read_parquet(outputs["jsonl"] / "annotations")
    assert {r["kind"] for r in rows} == {"country", "speaker", "claim", "protest"}
    assert len({r["id"] for r in rows}) == ARTICLES
    shifted = 0
    for r in rows:
        text = corpus["texts"][r["id"]]
        utf16 = text.encode("utf-16-le")[2 * r["start"]:2 * r["end"]].decode("utf-16-le")
        assert utf16 == r["text"]
        shifted += text[r["start"]:r["end"]] != r["text"]
    assert shifted > 0, "no annotation after an emoji: the offsets test would prove nothing"


def test_speakers_per_article(corpus, outputs):
    entities, names = defaultdict(set), defaultdict(set)
    for line in corpus["cli"]:
        for a in line["annotations"]:
            if a["kind"] == "speaker":
                entities[line["id"]].add(a["entity"])
                names[line["id"]].add(a["name"] or a["text"])
    expected = sorted((i, len(entities[i]), sorted(names[i])) for i in entities)
    got = sorted((r["id"], r["speakers"], r["names"])
                 for r in read_parquet(outputs["jsonl"] / "speakers"))
    assert len(got) > ARTICLES // 2
    assert got == expected


def test_who_protests_against_whom(corpus, outputs):
    groups = defaultdict(lambda: {"protests": 0, "articles": set(), "named": set()})
    for line in corpus["cli"]:
        by_id = {a["id"]: a for a in line["annotations"]}
        for a in line["annotations"]:
            if a["kind"] != "protest":
                continue
            protester = by_id.get(a["protester"]) if a["protester"] else None
            code = named = None
            if protester is not None:
                code = protester.get("code") or protester.get("country")
                named = protester.get("name") or protester["text"]
            group = groups[(code, a["against"], a["form"])]
            group["protests"] += 1
            group["articles"].add(line["id"])
            if named is not None:
                group["named"].add(named)
    expected = sorted((k[0] or "", k[1] or "", k[2], g["protests"], len(g["articles"]),
                       sorted(g["named"])[:5]) for k, g in groups.items())
    got = sorted((r["protester"] or "", r["against"] or "", r["form"], r["protests"],
                  r["articles"], r["examples"])
                 for r in read_parquet(outputs["jsonl"] / "protests"))
    assert any(p and a for p, a, *_ in got), "no protest with both states known"
    assert got == expected

"""The Python package's contract: same JSON as the CLI, offsets, threads, errors.

Runs against the installed wheel (python/run.sh test builds and installs it).
The sentences are written for these tests.
"""

from __future__ import annotations

import doctest
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import newsmark

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "newsmark"

QUOTE = '"We will not back down," Norwegian Foreign Minister Anna Berg said on Monday.'
PROTEST = "Japan lodged a strong protest with China over the naval patrols, the ministry said."
# Astral characters (two UTF-16 code units, one str index) before and between the marks.
EMOJI = "🎉🎉 Tokyo protested 🚢 against the fishing ban. 📢 “It is unacceptable,” Keiko Tanabe said."

TEXTS = [QUOTE, PROTEST, EMOJI, "", "   ", "No news today.", "Zoë Müller 🌍 said Canada agreed."]


def cli_json(texts):
    """The CLI's --jsonl output for `texts`, parsed: the reference the package must equal."""
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([str(CLI), "--jsonl"], input=lines.encode(), capture_output=True,
                         check=True).stdout.decode()
    return [{"annotations": json.loads(line)["annotations"]} for line in out.splitlines()]


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


# --- the contract ------------------------------------------------------------------------

def test_annotate_returns_the_clis_json():
    assert [newsmark.annotate(t) for t in TEXTS] == cli_json(TEXTS)


def test_annotate_marks_what_a_reader_sees():
    result = newsmark.annotate(QUOTE)
    by_kind = {}
    for a in result["annotations"]:
        by_kind.setdefault(a["kind"], []).append(a)
    claim, = by_kind["claim"]
    speaker, = by_kind["speaker"]
    assert claim["text"] == "We will not back down"
    assert claim["mode"] == "direct"
    assert claim["speaker"] == speaker["id"]
    assert claim["cue"]["text"] == "said"
    assert speaker["name"] == "Anna Berg"
    assert speaker["country"] == "NO"
    assert [c["code"] for c in by_kind["country"]] == ["NO"]


def test_keys_in_the_contracts_order():
    a = newsmark.annotate(PROTEST)["annotations"][0]
    assert list(a)[:2] == ["id", "kind"]
    assert list(a)[-3:] == ["start", "end", "text"]


def test_empty_text_has_no_annotations():
    assert newsmark.annotate("") == {"annotations": []}
    assert newsmark.annotate_many([]) == []


def test_version_is_the_core_crates():
    cargo = (ROOT / "Cargo.toml").read_text()
    core_version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
    assert newsmark.__version__ == core_version
    cli = subprocess.run([str(CLI), "--version"], capture_output=True, text=True, check=True)
    assert cli.stdout.split() == ["newsmark", newsmark.__version__]


def test_typed_package_ships_its_stubs():
    package = Path(newsmark.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_core.pyi").is_file()


def test_docstring_examples_hold():
    failures, tried = doctest.testmod(newsmark, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0


def test_annotate_table_holds_the_same_annotations_as_columns():
    texts = TEXTS * 3
    table = newsmark.annotate_table(texts, threads=2)
    assert set(table) == {"row", "annotation", "kind", "start", "end", "text", "fields"}
    rows = list(zip(*(table[k] for k in ("row", "annotation", "kind", "start", "end", "text",
                                         "fields"))))
    expected = []
    for row, result in enumerate(newsmark.annotate_many(texts, threads=1)):
        for a in result["annotations"]:
            fields = {k: v for k, v in a.items() if k not in ("id", "kind", "start", "end", "text")}
            expected.append((row, a["id"], a["kind"], a["start"], a["end"], a["text"], fields))
    got = [(*r[:6], json.loads(r[6])) for r in rows]
    assert got == expected
    # Keys in the contract's order, as the CLI writes them.
    assert [list(g[6]) for g in got] == [list(e[6]) for e in expected]
    assert len(expected) > 10
    assert newsmark.annotate_table(texts, threads=1) == table
    assert newsmark.annotate_table([]) == {k: [] for k in table}


def test_the_gc_is_left_as_it_was():
    import gc

    assert gc.isenabled()
    newsmark.annotate_many(TEXTS)
    assert gc.isenabled()
    gc.disable()
    try:
        newsmark.annotate(QUOTE)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- offsets -----------------------------------------------------------------------------

def test_offsets_are_utf16_as_the_contract_says():
    result = newsmark.annotate(EMOJI)
    assert result["annotations"]
    for a in result["annotations"]:
        assert utf16_slice(EMOJI, a["start"], a["end"]) == a["text"]
    tokyo = next(a for a in result["annotations"] if a["text"] == "Tokyo")
    assert (tokyo["start"], tokyo["end"]) == (5, 10)  # two emoji: 4 code units, 1 space


def test_with_str_offsets_gives_python_indices():
    result = newsmark.with_str_offsets(EMOJI, newsmark.annotate(EMOJI))
    spans = 0
    for a in result["annotations"]:
        for span in (a, a.get("cue"), a.get("target")):
            if span is not None:
                assert EMOJI[span["start"]:span["end"]] == span["text"]
                spans += 1
    assert spans >= 5
    tokyo = next(a for a in result["annotations"] if a["text"] == "Tokyo")
    assert (tokyo["start"], tokyo["end"]) == (3, 8)


def test_with_str_offsets_leaves_the_result_alone():
    result = newsmark.annotate(EMOJI)
    before = json.dumps(result)
    newsmark.with_str_offsets(EMOJI, result)
    assert json.dumps(result) == before


def test_utf16_offsets_round_trip():
    text = "a😀b😀😀c\U0010ffff"
    offsets = newsmark.Utf16Offsets(text)
    utf16_length = len(text.encode("utf-16-le")) // 2
    boundaries = [offsets.to_utf16(i) for i in range(len(text) + 1)]
    assert boundaries == [0, 1, 3, 4, 6, 8, 9, 11]
    assert boundaries[-1] == utf16_length
    assert [offsets.to_index(u) for u in boundaries] == list(range(len(text) + 1))
    with pytest.raises(ValueError, match="surrogate pair"):
        offsets.to_index(2)
    with pytest.raises(ValueError, match="outside"):
        offsets.to_index(utf16_length + 1)
    with pytest.raises(ValueError, match="outside"):
        offsets.to_utf16(-1)


def test_utf16_offsets_without_astral_characters_are_indices():
    offsets = newsmark.Utf16Offsets("Zoë Müller")
    assert [offsets.to_index(i) for i in range(11)] == list(range(11))


# --- threads -----------------------------------------------------------------------------

def test_annotate_many_equals_annotate_one_by_one():
    texts = TEXTS * 20
    one_thread = newsmark.annotate_many(texts, threads=1)
    assert one_thread == [newsmark.annotate(t) for t in texts]
    for threads in (2, 3, 8, None):
        assert newsmark.annotate_many(texts, threads=threads) == one_thread
    assert newsmark.annotate_many(iter(texts), threads=2) == one_thread
    assert newsmark.annotate_many(tuple(texts), threads=64) == one_thread


def test_annotate_many_releases_the_gil():
    """A Python thread keeps running while annotate_many works. Were the GIL held for the
    whole call, the counting thread could not take a single step until it returned."""
    texts = [PROTEST * 200] * 200  # about 3.4 MB: a few tenths of a second
    progress = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            progress[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        time.sleep(0.01)
        before = progress[0]
        newsmark.annotate_many(texts, threads=1)
        during = progress[0] - before
    finally:
        stop.set()
        counter.join()
    assert during > 1000


# --- errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("value, type_name", [(None, "NoneType"), (42, "int"), (b"Japan", "bytes"),
                                              (["Japan"], "list")])
def test_annotate_rejects_what_is_not_str(value, type_name):
    with pytest.raises(TypeError, match=f"text must be str, not {type_name}"):
        newsmark.annotate(value)


def test_lone_surrogates_are_a_value_error():
    with pytest.raises(ValueError, match="lone surrogate at index 6"):
        newsmark.annotate("Japan \ud800 protested")
    with pytest.raises(ValueError, match=r"texts\[1\] contains a lone surrogate at index 0"):
        newsmark.annotate_many(["Japan", "\udfff"])
    # A surrogate *pair* written as two escapes is not a pair in Python: still lone.
    with pytest.raises(ValueError):
        newsmark.annotate("\ud83d\ude00")


@pytest.mark.parametrize("batch", [newsmark.annotate_many, newsmark.annotate_table])
def test_batches_reject_bad_texts(batch):
    with pytest.raises(TypeError, match="not a str"):
        batch("Japan protested.")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        batch(5)
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not NoneType"):
        batch(["a", "b", None])
    with pytest.raises(ValueError, match=r"texts\[0\] contains a lone surrogate at index 3"):
        batch(["abc\ud800"])


@pytest.mark.parametrize("batch", [newsmark.annotate_many, newsmark.annotate_table])
@pytest.mark.parametrize("threads, error", [(0, ValueError), (-3, ValueError),
                                            (1.5, TypeError), ("2", TypeError),
                                            (True, TypeError)])
def test_batches_reject_bad_thread_counts(batch, threads, error):
    with pytest.raises(error, match="threads"):
        batch(["Japan protested."], threads=threads)


def test_bad_input_never_kills_the_interpreter():
    """Odd but valid text, and every error above, in a child interpreter that must exit 0."""
    script = r"""
import newsmark
odd = ["\x00" * 100, "\u202e" * 50, '"' * 10_000, "e\u0301" * 1000, "😀" * 5000,
       "Japan " * 20_000, "\ufeff\U0010ffff"]
for text in odd:
    newsmark.annotate(text)
newsmark.annotate_many(odd, threads=4)
for bad in [None, 1, b"x", "\udc80"]:
    try:
        newsmark.annotate(bad)
    except (TypeError, ValueError):
        pass
    else:
        raise SystemExit(f"no error for {bad!r}")
print("ok")
"""
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           timeout=300, env={**os.environ, "PYTHONFAULTHANDLER": "1"})
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "ok"

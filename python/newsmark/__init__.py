"""newsmark: marks speakers, countries, claims and protests in news text.

The same Rust core as the newsmark page and command-line tool, with the same
contract (docs/annotations.md in the repository)::

    >>> import newsmark
    >>> result = newsmark.annotate('"We will respond," Foreign Minister Anna Berg said.')
    >>> [a["kind"] for a in result["annotations"]]
    ['claim', 'speaker']

``annotate`` returns ``{"annotations": [...]}``, exactly the JSON the CLI writes,
as Python dicts and lists. Offsets (``start``/``end``, and those inside ``cue``
and ``target``) are in UTF-16 code units, as the contract says, so that every
tool that reads newsmark's output agrees on them. They equal Python string
indices unless the text has characters outside the Basic Multilingual Plane
(most emoji, some CJK): convert with :class:`Utf16Offsets` or
:func:`with_str_offsets` before slicing a Python ``str``.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from typing import Any, Dict, Iterable, List, Optional

from ._core import __version__
from ._core import annotate as _annotate
from ._core import annotate_many as _annotate_many
from ._core import annotate_table as _annotate_table

__all__ = [
    "__version__",
    "annotate",
    "annotate_many",
    "annotate_table",
    "Utf16Offsets",
    "with_str_offsets",
]

# A character outside the BMP: two UTF-16 code units, one Python str index.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def annotate(text: str) -> Dict[str, Any]:
    """Annotates one text: ``{"annotations": [...]}`` as in docs/annotations.md.

    The GIL is released while the core runs. Raises ``TypeError`` when ``text``
    is not a ``str`` and ``ValueError`` when it holds a lone surrogate (not
    Unicode text, so it has no UTF-16 offsets).
    """
    return _annotate(text)


def annotate_many(
    texts: Iterable[str], threads: Optional[int] = None
) -> List[Dict[str, Any]]:
    """Annotates every text in ``texts``; one result per text, in order.

    Runs on ``threads`` threads (every core the process may use when None) with
    the GIL released, so other Python threads go on meanwhile. The output is the
    same whatever the number of threads. Every text is checked before any is
    annotated: ``TypeError`` names the first item that is not a ``str``,
    ``ValueError`` the first with a lone surrogate (and a ``threads`` below 1).
    """
    return _annotate_many(texts, threads)


def annotate_table(
    texts: Iterable[str], threads: Optional[int] = None
) -> Dict[str, List[Any]]:
    """The annotations of every text in ``texts`` as columns, for data frames and Arrow.

    One entry per annotation, over all the texts in order, in seven lists of
    equal length: ``row`` (the index of its text in ``texts``), ``annotation``
    (its ``id``: ``a1``, ...), ``kind``, ``start``, ``end``, ``text``, and
    ``fields``: the kind's own fields (every other key of the annotation) as a
    JSON object in a string, keys in the contract's order::

        >>> table = annotate_table(["Tokyo protested.", "", "Japan said so."])
        >>> table["row"], table["kind"], table["fields"][0]
        ([0, 0, 2], ['country', 'protest', 'country'], '{"code":"JP","form":"capital"}')

    The same annotations as ``annotate_many`` (same threads, same GIL release,
    same errors), without a dict per annotation: the fast way to a table
    (``pyarrow.table(annotate_table(texts))``, ``pandas.DataFrame(...)``).
    """
    return _annotate_table(texts, threads)


class Utf16Offsets:
    """Converts the contract's UTF-16 offsets in ``text`` to Python string indices.

    >>> text = "Fans 🎉 cheered. Japan protested."
    >>> offsets = Utf16Offsets(text)
    >>> offsets.to_index(18)  # "Japan" starts at UTF-16 offset 18, index 17
    17
    >>> offsets.to_utf16(17)
    18

    Building it scans the text once (in C, through ``re``); each conversion is a
    binary search over the positions of the text's astral characters, and costs
    nothing more than a subtraction when there are none.
    """

    __slots__ = ("_text", "_astral_index", "_astral_utf16")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self._text = text
        # The str index of each astral character, and its UTF-16 offset: the
        # index plus the number of astral characters before it (each adds one
        # code unit).
        self._astral_index: List[int] = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_utf16: List[int] = [
            index + n for n, index in enumerate(self._astral_index)
        ]

    def to_index(self, offset: int) -> int:
        """The str index at UTF-16 ``offset``; ``ValueError`` for an offset
        outside the text or between the two halves of a surrogate pair."""
        astral = self._astral_utf16
        before = bisect_left(astral, offset)
        if before and astral[before - 1] == offset - 1:
            raise ValueError(
                f"UTF-16 offset {offset} falls inside a surrogate pair"
            )
        index = offset - before
        if not 0 <= index <= len(self._text):
            raise ValueError(
                f"UTF-16 offset {offset} is outside the text "
                f"({len(self._text) + len(astral)} code units)"
            )
        return index

    def to_utf16(self, index: int) -> int:
        """The UTF-16 offset of str ``index`` (0 to ``len(text)``)."""
        if not 0 <= index <= len(self._text):
            raise ValueError(f"index {index} is outside the text")
        return index + bisect_left(self._astral_index, index)


def with_str_offsets(text: str, result: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``result`` (from ``annotate(text)``) whose offsets are Python
    string indices, so that ``text[a["start"]:a["end"]] == a["text"]`` for every
    annotation and for its ``cue`` and ``target``.

    >>> text = "🎉 Japan protested."
    >>> result = with_str_offsets(text, annotate(text))
    >>> [text[a["start"]:a["end"]] for a in result["annotations"]]
    ['Japan', 'protested']
    """
    offsets = Utf16Offsets(text)
    converted = copy.deepcopy(result)
    for annotation in converted["annotations"]:
        for span in (annotation, annotation.get("cue"), annotation.get("target")):
            if span is not None:
                span["start"] = offsets.to_index(span["start"])
                span["end"] = offsets.to_index(span["end"])
    return converted

#!/usr/bin/env python3
"""Writes invented news articles as JSON lines {"id", "text"} (or Parquet).

Every sentence comes from the templates below, written for this project: the
people, places of datelines and events are made up. The articles exercise every
kind of annotation (direct and reported claims, diplomatic protests,
condemnations, demonstrations, territorial claims) and carry emoji and accented
names, so that UTF-16 offsets differ from Python string indices.

    python examples/spark/make_articles.py --count 300 --seed 1 articles.jsonl
    python examples/spark/make_articles.py --count 300 --seed 1 articles.parquet
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Dict, Iterator, List

# (name, demonym, capital) of real states: the annotator must recognise them.
STATES = [
    ("Japan", "Japanese", "Tokyo"),
    ("China", "Chinese", "Beijing"),
    ("South Korea", "South Korean", "Seoul"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Brazil", "Brazilian", "Brasília"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Norway", "Norwegian", "Oslo"),
    ("Canada", "Canadian", "Ottawa"),
    ("Mexico", "Mexican", "Mexico City"),
    ("India", "Indian", "New Delhi"),
    ("Turkey", "Turkish", "Ankara"),
    ("Poland", "Polish", "Warsaw"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Chile", "Chilean", "Santiago"),
]
FIRST = ["Anna", "Tomás", "Keiko", "Lars", "Amara", "Chen", "Zoë", "Rafael", "Ingrid",
         "Olusegun", "Mireille", "Dmitri", "Leila", "Hugo", "Sunita", "Björn"]
LAST = ["Berg", "Álvarez", "Tanabe", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak",
        "Ferreira", "Kaur", "Müller", "Osei", "Ramírez", "Park", "Nakamura", "Wójcik"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister",
          "Trade Minister", "government spokesman", "Ambassador"]
TOPICS = ["the fishing ban", "the new tariffs", "the military exercises",
          "the arrest of two journalists", "the border fence", "the pipeline deal",
          "the visa restrictions", "the naval patrols"]
PLACES = ["the islets", "the northern shoals", "the river delta", "the reef chain"]
EMOJI = ["🎉", "📢", "🌍", "✊", "🚢", "🗳️"]
DATELINE_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept",
                   "Oct", "Nov", "Dec"]

PARAGRAPHS = [
    '"We will not accept {topic}," {demonym} {title} {person} said on {day}.',
    '{person2}, the {demonym2} {title2}, said that {state} had acted in bad faith.',
    '{state} lodged a strong protest with {state2} over {topic}, the foreign ministry said.',
    '{capital} summoned the {demonym2} ambassador to protest against {topic}.',
    '{demonym} {title} {person} condemned {topic} as "a provocation."',
    'Thousands of people marched through {capital} on {day} to protest {topic} {emoji}.',
    'Protesters gathered outside the {demonym2} embassy in {capital}, chanting slogans.',
    '{state} claims sovereignty over {place}, which {state2} also claims.',
    '“The door to talks remains open,” {person2} told reporters in {capital2}.',
    'Officials in {capital2} said the talks would resume next week.',
    '{person} told a news conference that the measures were "temporary and limited."',
    'Analysts said the dispute was unlikely to end soon {emoji}.',
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random) -> str:
    """One invented article: a dateline and four to eight paragraphs."""
    (state, demonym, capital), (state2, demonym2, capital2) = rng.sample(STATES, 2)
    slots = {
        "state": state, "demonym": demonym, "capital": capital,
        "state2": state2, "demonym2": demonym2, "capital2": capital2,
        "person": _person(rng), "person2": _person(rng),
        "title": rng.choice(TITLES), "title2": rng.choice(TITLES),
        "topic": rng.choice(TOPICS), "place": rng.choice(PLACES),
        "emoji": rng.choice(EMOJI),
        "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    }
    dateline = (f"{capital.upper()}, {rng.choice(DATELINE_MONTHS)} {rng.randint(1, 28)} "
                "(Newswire) - ")
    paragraphs = [p.format(**slots) for p in rng.sample(PARAGRAPHS, rng.randint(4, 8))]
    return dateline + "\n\n".join(paragraphs)


def articles(count: int, seed: int) -> Iterator[Dict[str, object]]:
    rng = random.Random(seed)
    for n in range(count):
        yield {"id": n + 1, "text": article(rng)}


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="a .jsonl or .parquet file ('-' for JSON lines on stdout)")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = list(articles(args.count, args.seed))
    if args.output.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), args.output)
        return 0
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

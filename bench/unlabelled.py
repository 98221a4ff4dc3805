"""Where scrape and trafilatura disagree on the fields no label scores, on the dev half.

Usage::

    python bench/extract_diff.py dump /tmp/now.jsonl
    python bench/unlabelled.py /tmp/now.jsonl                 # titles, dates, authors
    python bench/unlabelled.py /tmp/now.jsonl --fields published

A labelled page says nothing of its unlabelled fields: most newsdev pages carry one or two
of the three labels, so hundreds of dev pages hold a title, a date or a byline that no
score reads. Where two extractors disagree there, one of them is wrong, and the page shows
which: a source of cases that the labels do not hold (it is how the rules of 2026-12-06's
seventh session were found). Held-back pages are never listed. Prints one line per
disagreement, then the count per field.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import unicodedata
import warnings
from collections import Counter
from datetime import datetime
from pathlib import Path

from bench_extract import run_trafilatura
from extract_diff import EVAL, pages
from miss_classes import labelled_pages

FIELDS = ("title", "published", "authors")


def _day(value: datetime | str | None) -> str | None:
    return str(value)[:10] if value else None


def _key(field: str, value: object) -> object:
    """What two answers must share to agree: a day, a title as NFKC reads it, a set of
    names in any case."""
    if field == "authors":
        return sorted(str(name).casefold() for name in value) if isinstance(value, list) else []
    if field == "title":
        return " ".join(unicodedata.normalize("NFKC", str(value or "")).split())
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path, help="an extract_diff.py dump")
    parser.add_argument("--eval", type=Path, default=EVAL)
    parser.add_argument("--fields", nargs="+", choices=FIELDS, default=list(FIELDS))
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    with args.dump.open(encoding="utf-8") as lines:
        answers = {row["id"]: row for row in map(json.loads, lines)}
    dev = {p.key: p for p in labelled_pages(args.eval) if not p.held and p.key in answers}
    differ: Counter[str] = Counter()
    for key, html, url in pages(args.eval):
        page = dev.get(key)
        if page is None:
            continue
        open_fields = [f for f in args.fields if not page.labels.get(f)]
        if not open_fields:
            continue
        theirs = run_trafilatura(html, url)
        ours = answers[key]
        for field in open_fields:
            if field == "title":
                pair: tuple[object, object] = (ours.get("title"), theirs.title)
            elif field == "authors":
                pair = (ours.get("authors") or [], list(theirs.authors))
            else:
                pair = (_day(ours.get("published")), _day(theirs.date))
            if _key(field, pair[0]) != _key(field, pair[1]):
                differ[field] += 1
                print(f"{key} {field}\n    scrape:      {pair[0]!r}\n    trafilatura: {pair[1]!r}")
    for field in args.fields:
        print(f"{field}: {differ[field]} dev pages without its label where the two differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())

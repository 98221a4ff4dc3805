"""Titles only, for ``label_sites.py title``: a dump of every evaluation page's title in seconds.

Usage::

    python bench/title_dump.py OUT.jsonl             # at the base, then with the change
    python bench/label_sites.py title BEFORE.jsonl AFTER.jsonl
    python bench/title_dump.py OUT.jsonl --check 20  # every 20th dev page against extract()

``extract_diff.py dump`` runs the whole extraction (a few minutes); a title rule needs only
the parse, the metadata, the headline and the title (``title.find_title``, which
``extractor._extract`` calls too; ``--check`` compares with the whole extraction).
Held-back pages are written as a hash of their title: a change on them is counted and
named by id, as ``label_sites.py`` does, and their titles are never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import warnings
from pathlib import Path

from extract_diff import EVAL, FETCHED, pages
from label_sites import FIELDS, labels
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction import extractor, guard
from scrape.extraction.metadata import read_metadata
from scrape.extraction.title import find_title


def title_of(html: str | bytes, url: str | None) -> str | None:
    """The title ``extract`` gives the page, from its metadata and headline alone."""
    text = guard.decode(html)[: guard.MAX_CHARS]
    tree = LexborHTMLParser(text)
    if tree.body is None:
        return None
    return find_title(tree, read_metadata(tree), url)[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--eval", type=Path, default=EVAL)
    parser.add_argument("--check", type=int, default=0, help="compare every Nth dev page")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # dateutil's on odd zone names, from --check's dates
    dev, held = labels(args.eval, FIELDS["title"])
    checked = differ = 0
    with args.out.open("w", encoding="utf-8") as sink:
        for index, (key, html, url) in enumerate(pages(args.eval)):
            if key not in dev and key not in held:
                continue
            try:
                title = title_of(html, url)
            except Exception as exc:  # a crash is an output too
                title = f"error: {exc!r}"
            if key in held:
                title = hashlib.sha256(repr(title).encode()).hexdigest()
            elif args.check and index % args.check == 0:
                checked += 1
                whole = extractor.extract(html, url, fetched_at=FETCHED).title
                if whole != title:
                    differ += 1
                    print(f"{key}: extract {whole!r}, here {title!r}")
            sink.write(json.dumps({"id": key, "title": title}, ensure_ascii=False) + "\n")
    if args.check:
        print(f"checked {checked} dev pages against extract(): {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

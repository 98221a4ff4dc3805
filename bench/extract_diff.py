"""Whether a change to the extraction changes what it returns, over every evaluation page.

Usage::

    python bench/extract_diff.py dump OUT.jsonl [--stride N]   # every Nth page
    python bench/extract_diff.py dump OUT.jsonl --generated-class-names
    python bench/extract_diff.py dump OUT.jsonl --undeclared   # declarations stripped
    python bench/extract_diff.py compare BEFORE.jsonl AFTER.jsonl
    python bench/extract_diff.py score DUMP.jsonl [DUMP2.jsonl ...]

``dump`` writes each page's whole :class:`~scrape.models.Article` (WCXB dev pages of every
type, then newsdev) as one JSON line; ``compare`` counts the pages whose title, published
date, authors or body differ, and those where any field does; ``score`` scores dumps as
``make bench-extract`` scores scrape, per set and half, in seconds instead of minutes (no
times: the dump has none). The per-document time budget
is switched off while dumping: it makes the output depend on the machine's load.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

from bench_extract import FETCHED, generated_class_names
from label_sites import FIELDS, labels

from scrape.extraction import extractor
from scrape.extraction.evaluate import (
    author_match,
    author_set_match,
    bag_f1,
    body_scores,
    date_match,
    day_match,
    exact_title_match,
    f1,
    held_back,
    iter_newsdev,
    iter_pages,
    select_ids,
    snippets_pass,
    title_match,
)

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
CORE = ("title", "published", "authors", "body")


def pages(root: Path) -> Iterator[tuple[str, str | bytes, str | None]]:
    for page in iter_pages(root / "wcxb", select_ids(root / "wcxb", None)):
        yield f"wcxb/{page.file_id}", page.html, page.url
    for news in iter_newsdev(root / "newsdev"):
        yield f"newsdev/{news.id}", news.html, news.url


# What a page declares of its dates and authors (JSON-LD, <meta> dates and bylines,
# microdata), stripped by ``dump --undeclared``: what the shown byline and date give alone,
# as on the many sites that declare nothing. Bytes stay bytes: a page in another encoding
# than UTF-8 is left for the extractor to decode.
_DECLARATIONS = (
    r"<script[^>]+application/ld\+json[^>]*>.*?</script>",
    r"<meta[^>]+(?:date|time|author|creator|publish|modified|byl|parsely|sailthru|dc\.|dcterms)"
    r"[^>]*>",
    r"itemprop=[\"']?(?:datePublished|dateModified|dateCreated|author|creator)[\"']?",
)
_STRIP_TEXT = [re.compile(p, re.S | re.I) for p in _DECLARATIONS]
_STRIP_BYTES = [re.compile(p.encode(), re.S | re.I) for p in _DECLARATIONS]


def undeclared(html: str | bytes) -> str | bytes:
    if isinstance(html, bytes):
        for pattern in _STRIP_BYTES:
            html = pattern.sub(b"", html)
        return html
    for text_pattern in _STRIP_TEXT:
        html = text_pattern.sub("", html)
    return html


def dump(out: Path, root: Path, stride: int, hashed: bool = False, strip: bool = False) -> None:
    extractor.DEADLINE_SECONDS = float("inf")
    with out.open("w", encoding="utf-8") as sink:
        for index, (key, html, url) in enumerate(pages(root)):
            if index % stride:
                continue
            if hashed:
                html = generated_class_names(html)
            if strip:
                html = undeclared(html)
            try:
                article = extractor.extract(html, url, fetched_at=FETCHED)
                record = json.loads(json.dumps(dataclasses.asdict(article), default=str))
            except Exception as exc:  # a crash is an output too
                record = {"error": repr(exc)}
            sink.write(json.dumps({"id": key, **record}, ensure_ascii=False) + "\n")


def compare(before: Path, after: Path, root: Path = EVAL) -> int:
    def load(path: Path) -> dict[str, dict[str, object]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {record["id"]: record for record in map(json.loads, lines)}

    old, new = load(before), load(after)
    common = [key for key in old if key in new]
    core = [key for key in common if any(old[key].get(f) != new[key].get(f) for f in CORE)]
    changed = [key for key in common if old[key] != new[key]]
    print(f"{len(common)} pages in both; title, date, authors or body differ on {len(core)}")
    print(f"any field differs on {len(changed)}")
    held = labels(root, FIELDS["title"])[1]
    for key in (key for key in changed if key not in held):
        fields = sorted(
            f for f in old[key].keys() | new[key].keys() if old[key].get(f) != new[key].get(f)
        )
        print(f"  {key}: {', '.join(fields)}")
    held_changed = [key for key in changed if key in held]
    if held_changed:
        # Their fields are left out too: which held-back fields a change moves is a hint to fit.
        print(f"held back (ids only, never open them): {len(held_changed)}")
        for key in held_changed:
            print(f"  {key}")
    return 1 if changed else 0


def score(dumps: list[Path], root: Path = EVAL) -> int:
    """Print each dump's scores per set and half, one column a dump."""
    found = [
        {row["id"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        for path in dumps
    ]
    hits: dict[str, list[list[float]]] = {}

    def tally(name: str, site: str, values: list[float]) -> None:
        half = "held" if held_back(site) else "dev"
        hits.setdefault(f"{name} {half}", [[] for _ in dumps])
        for column, value in zip(hits[f"{name} {half}"], values, strict=True):
            column.append(value)

    articles = set(select_ids(root / "wcxb", "article"))
    for page in iter_pages(root / "wcxb", select_ids(root / "wcxb", None)):
        rows = [dump.get(f"wcxb/{page.file_id}") for dump in found]
        if None in rows:
            continue
        kind = "wcxb" if page.file_id in articles else "wcxb-other"
        bodies = [body_scores(row.get("body") or "", page.text) for row in rows]
        tally(f"{kind} body-p", page.site, [p for p, _ in bodies])
        tally(f"{kind} body-r", page.site, [r for _, r in bodies])
        if page.title:
            tally(f"{kind} title", page.site, [title_match(r["title"], page.title) for r in rows])
        if page.date:
            days = [date_match((r.get("published") or "")[:10], page.date) for r in rows]
            tally(f"{kind} date", page.site, days)
        if page.author:
            people = [author_match(tuple(r.get("authors") or ()), page.author) for r in rows]
            tally(f"{kind} author", page.site, people)
    for news in iter_newsdev(root / "newsdev"):
        rows = [dump.get(f"newsdev/{news.id}") for dump in found]
        if None in rows:
            continue
        if news.title:
            titles = [exact_title_match(r.get("title"), news.title) for r in rows]
            tally("newsdev title", news.site, titles)
        if news.published:
            name = "newsdev date-hd" if news.date_from_htmldate else "newsdev date"
            tally(name, news.site, [day_match(r.get("published"), news.published) for r in rows])
        if news.authors:
            people = [author_set_match(tuple(r.get("authors") or ()), news.authors) for r in rows]
            tally("newsdev authors", news.site, people)
        if news.body:
            bags = [bag_f1(r.get("body") or "", news.body) for r in rows]
            tally("newsdev body-f1", news.site, bags)
        if news.must_contain:
            passes = [
                snippets_pass(r.get("body") or "", news.must_contain, news.must_not_contain)
                for r in rows
            ]
            tally("newsdev snippets", news.site, passes)
    for name in sorted(hits):
        columns = hits[name]
        if name.split()[1] == "body-r":
            continue
        if name.split()[1] == "body-p":
            recall = hits[name.replace("body-p", "body-r")]
            pairs = zip(columns, recall, strict=True)
            cells = [f"{f1(sum(p) / len(p), sum(r) / len(r)):.4f}" for p, r in pairs]
            name = name.replace("body-p", "body-f1")
        elif name.split()[1] == "body-f1":
            cells = [f"{sum(c) / len(c):.4f}" for c in columns]
        else:
            cells = [f"{int(sum(c)):4d}/{len(c)} {sum(c) / len(c):.4f}" for c in columns]
        print(f"{name:24} " + "  ".join(cells))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--stride", type=int, default=1, help="every Nth page only")
    dumping.add_argument("--eval", type=Path, default=EVAL)
    dumping.add_argument(
        "--generated-class-names",
        action="store_true",
        help="every class and id hashed first, as bench_extract's option of that name",
    )
    dumping.add_argument(
        "--undeclared",
        action="store_true",
        help="JSON-LD, date and author <meta> and microdata stripped first",
    )
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--eval", type=Path, default=EVAL)
    scoring = commands.add_parser("score")
    scoring.add_argument("dumps", type=Path, nargs="+")
    scoring.add_argument("--eval", type=Path, default=EVAL)
    args = parser.parse_args(argv)
    if args.command == "score":
        return score(args.dumps, args.eval)
    if args.command == "dump":
        logging.disable(logging.WARNING)
        warnings.simplefilter("ignore")
        dump(args.out, args.eval, max(1, args.stride), args.generated_class_names, args.undeclared)
        return 0
    return compare(args.before, args.after, args.eval)


if __name__ == "__main__":
    sys.exit(main())

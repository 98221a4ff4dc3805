"""Where the misses are: each field's wrong answers sorted into shapes, dev half beside held back.

Usage::

    python bench/extract_diff.py dump /tmp/now.jsonl
    python bench/miss_classes.py /tmp/now.jsonl                    # titles, authors, dates
    python bench/miss_classes.py /tmp/now.jsonl --title-branches   # + which return of choose_title,
                                                                   #   its misses by shape
    python bench/miss_classes.py /tmp/now.jsonl --date-sources     # + which evidence gave the date

A held-back figure says how much generalises; this says where the rest is lost, without
reading a held-back page: only counts of shapes are printed for that half, as the bench's
totals are. A shape far more common among held-back misses than dev ones is one the rules
were not developed on (or one the dev half's labels do not share); a shape equally common in
both is a limit, often the labels' own (a label not written on the page, a label that
follows the "updated" day).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from extract_diff import EVAL, pages
from title_dump import title_of

from scrape.extraction import extractor
from scrape.extraction.dates import published as published_module
from scrape.extraction.evaluate import (
    author_match,
    author_set_match,
    date_match,
    date_written,
    day_match,
    exact_title_match,
    held_back,
    host_of,
    load_metadata,
    names_written,
    title_match,
    title_written,
)
from scrape.extraction.title import choice as title_module


@dataclass(frozen=True)
class Labelled:
    """One labelled page of either set: its half, its labels by field, how the set scores."""

    key: str
    group: str  # "newsdev" or "wcxb" (WCXB articles only)
    held: bool
    url: str | None
    labels: dict[str, Any]


def labelled_pages(root: Path) -> Iterator[Labelled]:
    with (root / "newsdev" / "labels.jsonl").open(encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            site = host_of(row.get("url")) or row["id"]
            fields = {f: row.get(f) for f in ("title", "authors", "published")}
            yield Labelled(
                f"newsdev/{row['id']}", "newsdev", held_back(site), row.get("url"), fields
            )
    for file_id, info in load_metadata(root / "wcxb").items():
        truth = root / "wcxb" / "dev" / "ground-truth" / f"{file_id}.json"
        if info.get("split") != "dev" or info.get("page_type") != "article" or not truth.exists():
            continue
        record = json.loads(truth.read_text(encoding="utf-8"))
        found = record.get("ground_truth") or {}
        fields = {
            "title": found.get("title"),
            "authors": found.get("author"),
            "published": found.get("publish_date"),
        }
        site = str(info.get("domain") or "")
        yield Labelled(f"wcxb/{file_id}", "wcxb", held_back(site), record.get("url"), fields)


def fold(text: str) -> str:
    """Case, quotation marks and punctuation away: what is left is the wording."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w ]", " ", re.sub(r"[\"'“”„‚‘’«»‹›]", "", text)).split())


def title_shape(found: str | None, label: str, html: bytes | str) -> str:
    if not found:
        shape = "none"
    elif fold(found) == fold(label):
        shape = "case, quotes or punctuation only"
    elif fold(label) in fold(found):
        shape = "longer than the label (kept more)"
    elif fold(found) in fold(label):
        shape = "shorter than the label (cut too much)"
    else:
        shape = "other words"
    return f"{shape}; label {'written' if title_written(html, label) else 'not written'}"


def _words(names: list[str]) -> set[str]:
    return {w for name in names for w in re.findall(r"\w+", name.casefold()) if len(w) > 2}


def author_shape(found: list[str], label: list[str], html: bytes | str, url: str | None) -> str:
    got, wanted = {n.casefold() for n in found}, {n.casefold() for n in label}
    if not got:
        shape = "none"
    elif got < wanted:
        shape = "some of the names"
    elif got > wanted:
        shape = "the names and more"
    elif got & wanted:
        shape = "some right, some wrong"
    elif _words(found) & _words(label):
        shape = "a word shared (a variant of the name)"
    else:
        shape = "other names"
    host = host_of(url).replace("-", "")
    if any(w in host for w in _words(label) if len(w) > 3):
        shape += "; label names the site"
    return f"{shape}; label {'written' if names_written(html, label) else 'not written'}"


def date_shape(
    found: str | None, modified: str | None, label: str, html: bytes | str, url: str | None
) -> str:
    try:
        labelled_day = date.fromisoformat(label[:10])
    except ValueError:
        return "a label that is no day"
    if not found:
        shape = "none"
    else:
        days = (date.fromisoformat(found[:10]) - labelled_day).days
        shape = "earlier" if days < 0 else "later" if days > 0 else "same day, other offset"
        if abs(days) == 1:
            shape += " by a day"
    if modified and modified[:10] == label[:10]:
        shape += "; label is the modified day"
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    return f"{shape}; label {'written' if date_written(text, url, label[:10]) else 'not written'}"


def title_branches() -> tuple[Callable[[], None], Callable[[], int]]:
    """A tracer noting which ``return`` of the title's choice answered: the line of
    ``_headline_title`` that gave the title, else the line of ``choose_title`` that did."""
    codes = {title_module.choose_title.__code__, title_module._headline_title.__code__}
    headline_code = title_module._headline_title.__code__
    returned: list[tuple[bool, int, bool]] = []

    def local(frame: FrameType, event: str, arg: object) -> Any:
        if event == "return":
            returned.append((frame.f_code is headline_code, frame.f_lineno, arg is not None))
        return local

    def tracer(frame: FrameType, _event: str, _arg: object) -> Any:
        return local if frame.f_code in codes else None

    def start() -> None:
        returned.clear()
        sys.settrace(tracer)

    def stop() -> int:
        sys.settrace(None)
        chosen = [line for headline, line, answered in returned if headline and answered]
        if chosen:
            return chosen[-1]
        return next((line for headline, line, _ in reversed(returned) if not headline), 0)

    return start, stop


@contextmanager
def date_sources() -> Iterator[list[str]]:
    """The evidence that gave each extraction's publication date, noted in the list it
    yields (cleared by the caller): the page's declaration, the byline's day over it, the
    byline, a generic <meta> date, the URL, htmldate's fallback search, or none."""
    noted: list[str] = []
    choose, fallback = published_module._choose, extractor.fallback_date

    def noting_choose(
        declared: list[datetime], byline: list[datetime], generic: list[datetime], *rest: Any
    ) -> datetime | None:
        found = choose(declared, byline, generic, *rest)
        if found is None:
            noted.append("none")
        elif declared:
            earlier = byline and found.date() == byline[0].date() < declared[0].date()
            noted.append("byline day over the declared one" if earlier else "declared")
        else:
            noted.append("byline" if byline else "generic <meta>" if generic else "URL")
        return found

    def noting_fallback(*args: Any, **kwargs: Any) -> tuple[datetime | None, bool]:
        found = fallback(*args, **kwargs)
        noted.append("htmldate fallback" if found[0] else "htmldate fallback, none")
        return found

    published_module._choose = noting_choose  # type: ignore[assignment]
    extractor.fallback_date = noting_fallback  # type: ignore[assignment]
    try:
        yield noted
    finally:
        published_module._choose, extractor.fallback_date = choose, fallback


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path, help="an extract_diff.py dump")
    parser.add_argument("--eval", type=Path, default=EVAL)
    parser.add_argument("--title-branches", action="store_true")
    parser.add_argument(
        "--date-sources", action="store_true", help="extract again, noting each date's evidence"
    )
    parser.add_argument(
        "--show", metavar="SHAPE", help="list the dev pages whose shape holds this text"
    )
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    with args.dump.open(encoding="utf-8") as lines:
        answers = {row["id"]: row for row in map(json.loads, lines)}
    labelled = {p.key: p for p in labelled_pages(args.eval) if p.key in answers}
    # (group, field, shape) -> [dev, held]
    counts: Counter[tuple[str, str, str, bool]] = Counter()
    branches: Counter[tuple[str, int, bool, bool]] = Counter()
    # (group, line, shape) -> misses [dev, held]
    missed: defaultdict[tuple[str, int, str], list[int]] = defaultdict(lambda: [0, 0])
    start, stop = title_branches()
    sources: Counter[tuple[str, str, bool, bool]] = Counter()
    noted_sources = ExitStack()
    noted = noted_sources.enter_context(date_sources()) if args.date_sources else []

    def count(page: Labelled, field: str, shape: str, found: object) -> None:
        counts[(page.group, field, shape, page.held)] += 1
        if args.show and args.show in shape and not page.held and shape != "all":
            print(
                f"{page.key} {field} [{shape}]\n"
                f"    label {page.labels[field]!r}\n    found {found!r}"
            )

    for key, html, url in pages(args.eval):
        page = labelled.get(key)
        if page is None:
            continue
        out, labels = answers[key], page.labels
        newsdev = page.group == "newsdev"
        if labels["title"]:
            right = (exact_title_match if newsdev else title_match)(out["title"], labels["title"])
            count(page, "title", "all", None)
            shape = "" if right else title_shape(out["title"], labels["title"], html)
            if shape:
                count(page, "title", shape, out["title"])
            if args.title_branches:
                start()
                try:
                    title_of(html, url)
                finally:
                    line = stop()
                branches[(page.group, line, page.held, bool(right))] += 1
                if shape:
                    missed[(page.group, line, shape)][page.held] += 1
        if labels["authors"]:
            names = labels["authors"] if newsdev else [labels["authors"]]
            found = list(out["authors"] or [])
            right = author_set_match(found, names) if newsdev else author_match(found, names[0])
            count(page, "authors", "all", None)
            if not right:
                if not newsdev:
                    names = re.split(r"\s*(?:,|;|&|\band\b)\s*", names[0])
                count(page, "authors", author_shape(found, names, html, url), found)
        if labels["published"]:
            found_day = out["published"]
            right = (
                day_match(found_day, labels["published"])
                if newsdev
                else date_match((found_day or "")[:10], labels["published"])
            )
            count(page, "published", "all", None)
            if args.date_sources:
                noted.clear()
                extractor.extract(html, url)
                source = " then ".join(dict.fromkeys(noted)) or "(no date search)"
                sources[(page.group, source, page.held, bool(right))] += 1
            if not right:
                shape = date_shape(found_day, out.get("modified"), labels["published"], html, url)
                count(page, "published", shape, (found_day, out.get("modified")))
    for group in ("newsdev", "wcxb"):
        for field in ("title", "authors", "published"):
            dev_n, held_n = (
                counts[(group, field, "all", False)],
                counts[(group, field, "all", True)],
            )
            shapes = {s for g, f, s, _h in counts if (g, f) == (group, field) and s != "all"}
            dev_miss = sum(counts[(group, field, s, False)] for s in shapes)
            held_miss = sum(counts[(group, field, s, True)] for s in shapes)
            print(
                f"\n{group} {field}: misses dev {dev_miss}/{dev_n}, held back {held_miss}/{held_n}"
            )
            print(f"  {'dev':>5} {'held':>5}  (per 100 labelled pages: dev, held)")
            ranked = sorted(
                shapes,
                key=lambda s: -(counts[(group, field, s, True)] + counts[(group, field, s, False)]),
            )
            for shape in ranked:
                dev, held = (
                    counts[(group, field, shape, False)],
                    counts[(group, field, shape, True)],
                )
                print(
                    f"  {dev:5d} {held:5d}  ({100 * dev / max(dev_n, 1):4.1f},"
                    f" {100 * held / max(held_n, 1):4.1f})  {shape}"
                )
    noted_sources.close()
    if args.date_sources:
        print("\ndates by the evidence that gave them (right/pages: dev, held back)")
        for group in ("newsdev", "wcxb"):
            for name in sorted({s for g, s, _h, _r in sources if g == group}):
                dev = [sources[(group, name, False, r)] for r in (True, False)]
                held = [sources[(group, name, True, r)] for r in (True, False)]
                print(
                    f"  {group:8} dev {dev[0]:4d}/{sum(dev):<4d} held {held[0]:4d}/{sum(held):<4d}"
                    f"  {name}"
                )
    if args.title_branches:
        source = Path(title_module.__file__).read_text(encoding="utf-8").splitlines()
        print(
            "\ntitles by the return of choose_title or _headline_title that answered"
            " (right/pages: dev, held back)"
        )
        for group in ("newsdev", "wcxb"):
            for line in sorted({ln for g, ln, _h, _r in branches if g == group}):
                dev = [branches[(group, line, False, r)] for r in (True, False)]
                held = [branches[(group, line, True, r)] for r in (True, False)]
                code = source[line - 1].strip()[:70] if line else "(choose_title not called)"
                print(
                    f"  {group:8} line {line:4d}  dev {dev[0]:4d}/{sum(dev):<4d}"
                    f" held {held[0]:4d}/{sum(held):<4d}  {code}"
                )
                # The misses of this return by shape, dev beside held back.
                shapes = sorted(
                    (k for k in missed if k[:2] == (group, line)), key=lambda k: -sum(missed[k])
                )
                for key in shapes:
                    print(f"{'':24}misses {missed[key][0]:4d} {missed[key][1]:4d}  {key[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

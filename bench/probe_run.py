"""Probe pages: how the extraction fares on page shapes that neither labelled set holds.

Usage::

    python bench/probe_run.py [AREA ...] [--systems scrape,trafilatura] [-v] [--probes DIR]

``bench/probes/AREA.jsonl.gz`` holds one page a line: its ``html``, ``url``, ``lang``,
``shape`` (the failure class the page stands for), ``fetched`` (an ISO timestamp, where
relative or yearless stamps need one; else the bench's), and the expected value of any of
``title``, ``published`` (``YYYY-MM-DD``, the page's local day),
``authors`` (a list, compared as a set) and ``must``/``must_not`` (body snippets). The
pages were written for the rules of one area, in the shapes real publishers in many
languages use and in none of the labelled sets (no evaluation page was copied into them),
so they measure whether a rule holds beyond the sites it was developed on. They are a
regression set: each shape was written because a rule once failed on it, so a figure here
is no estimate of accuracy on the web, and other systems' figures beside it are
no fair comparison.

Prints how many pages each system gets right, per area and shape; a measurement, so the
exit status is 0 whatever the figures (some shapes are open cases: see the README).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bench_extract import FETCHED, Output, run_scrape, run_trafilatura

PROBES = Path(__file__).resolve().parent / "probes"
FIELDS = ("title", "published", "authors", "must", "must_not")
SYSTEMS: dict[str, Callable[[str | bytes, str | None, datetime], Output]] = {
    "scrape": run_scrape,
    # trafilatura reads every page against the clock of the run.
    "trafilatura": lambda html, url, _fetched: run_trafilatura(html, url),
}


@dataclass(frozen=True)
class Case:
    area: str
    number: int
    html: str
    url: str | None
    shape: str
    fetched: datetime
    expected: dict[str, Any]


def cases(areas: list[str], folder: Path = PROBES) -> Iterator[Case]:
    for area in areas:
        with gzip.open(folder / f"{area}.jsonl.gz", "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                record = json.loads(line)
                expected = {name: record[name] for name in FIELDS if name in record}
                fetched = record.get("fetched")
                yield Case(
                    area,
                    number,
                    record["html"],
                    record.get("url"),
                    record.get("shape", "-"),
                    datetime.fromisoformat(fetched) if fetched else FETCHED,
                    expected,
                )


def _text(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", value or "").split())


def wrong_fields(case: Case, out: Output) -> list[str]:
    """The expected fields ``out`` gets wrong."""
    wrong = []
    expected = case.expected
    if "title" in expected and _text(out.title) != _text(expected["title"]):
        wrong.append("title")
    if "published" in expected:
        day = out.date.date().isoformat() if isinstance(out.date, datetime) else out.date
        if day != expected["published"]:
            wrong.append("published")
    if "authors" in expected:
        got = {_text(name).casefold() for name in out.authors}
        if got != {_text(name).casefold() for name in expected["authors"]}:
            wrong.append("authors")
    body = _text(out.body)
    if any(_text(snippet) not in body for snippet in expected.get("must", [])):
        wrong.append("must")
    if any(_text(snippet) in body for snippet in expected.get("must_not", [])):
        wrong.append("must_not")
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("areas", nargs="*", help="titles, authors, dates, body (default: all)")
    parser.add_argument("--systems", default="scrape")
    parser.add_argument("-v", "--verbose", action="store_true", help="list scrape's misses")
    parser.add_argument(
        "--probes", type=Path, default=PROBES, help="a folder of AREA.jsonl.gz (new pages)"
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    areas = args.areas or sorted(p.name.split(".")[0] for p in args.probes.glob("*.jsonl.gz"))
    if not areas:
        parser.error(f"no probe areas in {args.probes}")
    systems = args.systems.split(",")
    right: Counter[tuple[str, str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for case in cases(areas, args.probes):
        total[case.area, case.shape] += 1
        for system in systems:
            try:
                out = SYSTEMS[system](case.html, case.url, case.fetched)
                wrong = wrong_fields(case, out)
            except Exception as error:  # a crash is a miss, not the end of the run
                wrong = [f"error {error!r}"]
            right[system, case.area, case.shape] += not wrong
            if wrong and system == "scrape" and args.verbose:
                print(f"MISS {case.area} line {case.number} {case.shape}: {wrong}", file=sys.stderr)
    print(f"{'area':<10}{'shape':<32}{'pages':>6}" + "".join(f"{s:>13}" for s in systems))
    for area, shape in sorted(total):
        cells = "".join(f"{right[s, area, shape]:>13}" for s in systems)
        print(f"{area:<10}{shape:<32}{total[area, shape]:>6}{cells}")
    for area in areas:
        pages = sum(n for (a, _), n in total.items() if a == area)
        cells = "".join(
            f"{sum(n for (s, a, _), n in right.items() if s == system and a == area):>13}"
            for system in systems
        )
        print(f"{area:<10}{'(all shapes)':<32}{pages:>6}{cells}")


if __name__ == "__main__":
    main()

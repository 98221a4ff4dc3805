"""Throughput of ``ingest-warc`` with 1 and 2 local Dask workers, and the scaling efficiency.

Generates WARC files of news article pages (the generator of ``tests/test_warc.py``: JSON-LD,
headline, byline, paragraphs, each page's wording its own) with some non-HTML records,
ingests them into a fresh store on a LocalCluster of 1 and then 2 worker processes, and
prints what it measured. Cluster start-up is excluded: it is paid once per run, not per
file. Usage::

    python bench/bench_warc.py [--pages 5000] [--files 8]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_warc import Page, news_article, write_warc

from scrape.store.database import Store
from scrape.warc.ingest import dask_client, ingest_warc

SITES = ("example-news.com", "daily-paper.co.uk", "city-times.org", "wire-service.net")


def generate(directory: Path, pages: int, files: int) -> list[str]:
    day = datetime(2024, 3, 1, 6, tzinfo=UTC)
    per_file = -(-pages // files)
    paths = []
    for index in range(files):
        batch: list[Page] = []
        for number in range(index * per_file, min(pages, (index + 1) * per_file)):
            site = SITES[number % len(SITES)]
            batch.append(news_article(site, number, day + timedelta(minutes=number)))
            if number % 10 == 0:  # a crawl of news sites also holds images and feeds
                batch.append(
                    Page(f"https://www.{site}/img/{number}.jpg", bytes(2000), "image/jpeg")
                )
        paths.append(str(write_warc(directory / f"bench-{index:03}.warc.gz", batch)))
    return paths


def run(units: list[str], workdir: Path, workers: int) -> tuple[float, int, int]:
    with dask_client(workers=workers) as client, Store(workdir / f"w{workers}.db") as store:
        client.run(lambda: __import__("scrape.warc"))  # imports are start-up, not throughput
        started = time.perf_counter()
        report = ingest_warc(units, store, workdir / f"w{workers}-shards", client=client)
        elapsed = time.perf_counter() - started
    if report.failed:
        raise SystemExit(f"{report.failed} units failed: {report.errors[:3]}")
    return elapsed, report.records, report.new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--files", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-warc-") as tmp:
        workdir = Path(tmp)
        started = time.perf_counter()
        units = generate(workdir, args.pages, args.files)
        size = sum(Path(u).stat().st_size for u in units) / 1e6
        print(
            f"generated {args.pages} article pages in {len(units)} WARC files "
            f"({size:.1f} MB gzipped) in {time.perf_counter() - started:.1f} s; "
            f"{os.cpu_count()} cores"
        )
        rates = {}
        for workers in (1, 2):
            elapsed, records, new = run(units, workdir, workers)
            rates[workers] = records / elapsed
            print(
                f"{workers} worker{'s' if workers > 1 else ' '}: {records} records, {new} articles "
                f"stored in {elapsed:.1f} s = {rates[workers]:.1f} records/s"
            )
        speedup = rates[2] / rates[1]
        print(f"speed-up with 2 workers: {speedup:.2f}x; scaling efficiency {speedup / 2:.0%}")


if __name__ == "__main__":
    main()

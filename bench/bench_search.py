"""Full-text search benchmark: median query time on a generated corpus.

    python bench/bench_search.py [--articles 100000] [--runs 15] [--db PATH]

Builds a corpus of generated articles (Zipf-distributed words, ~250 words each) through
the real schema and FTS triggers, then times rare, common and phrase queries through
:func:`scrape.corpus.search.search` exactly as ``scrape search`` runs them. An existing ``--db``
with the requested article count is reused, so repeated runs skip the build.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from scrape.corpus.search import connect_read_only, search
from scrape.store.articles import content_hash
from scrape.store.database import Store

SOURCES = [f"outlet{i}" for i in range(20)]
BATCH = 2000


def build(path: Path, articles: int, seed: int = 42) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(20_000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    cumulative = list(__import__("itertools").accumulate(weights))
    with Store(path) as store:
        done = store.article_count()
        while done < articles:
            rows = []
            for n in range(done, min(done + BATCH, articles)):
                words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(150, 350))
                if n % 10_000 == 7:
                    words.insert(5, "zanzibarite")  # rare: in ~10 articles per 100,000
                if n % 50 == 0:
                    words[20:20] = ["harbour", "authority"]  # phrase: 2% of articles
                body = " ".join(words)
                day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
                rows.append(
                    {
                        "source": SOURCES[n % len(SOURCES)],
                        "url": f"https://bench.test/{n}",
                        "canonical_url": f"https://bench.test/{n}",
                        "url_key": f"bench.test/{n}",
                        "title": " ".join(words[:8]),
                        "published": f"{day}T08:00:00+00:00",
                        "body": body,
                        "authors": "[]",
                        "tags": "[]",
                        "word_count": len(words),
                        "content_hash": content_hash(body),
                        "fetched_at": f"{day}T09:00:00+00:00",
                        "http_status": 200,
                        "day": day,
                    }
                )
            with store.transaction():
                store.db.table("articles").insert_all(rows)
            done += len(rows)
            print(f"\rbuilt {done:,} articles", end="", flush=True)
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"scrape-bench-search-{args.articles}.db"
    started = time.perf_counter()
    build(path, args.articles)
    print(f"corpus: {path} ({path.stat().st_size / 1e6:.0f} MB, "
          f"ready in {time.perf_counter() - started:.1f} s)")  # fmt: skip

    conn = connect_read_only(path)
    matches = {
        query: conn.execute(
            "select count(*) from articles_fts where articles_fts match ?", [f'"{query}"']
        ).fetchone()[0]
        for query in ("zanzibarite", "w1", "harbour authority")
    }
    cases = [
        ("rare word", "zanzibarite", {}),
        ("common word", "w1", {}),
        ("phrase", '"harbour authority"', {}),
        ("common + source", "w1", {"source": "outlet3"}),
    ]
    print(f"{'query':<18}{'matches':>10}{'median ms':>12}{'p90 ms':>10}{'hits':>6}")
    for label, query, filters in cases:
        times = []
        hits = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            hits = search(conn, query, limit=20, **filters)  # type: ignore[arg-type]
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        count = matches[query.strip('"')]
        p90 = times[int(len(times) * 0.9) - 1]
        print(f"{label:<18}{count:>10,}{statistics.median(times):>12.1f}{p90:>10.1f}{len(hits):>6}")


if __name__ == "__main__":
    main()

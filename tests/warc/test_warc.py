"""WARC ingestion: reading, filtering, shards, merge, resume, and a 2-worker Dask cluster.

Every WARC file is generated here with warcio: news article pages (JSON-LD, headline,
byline, paragraphs) of a few sites, mixed with what real crawls hold besides: request and
metadata records, images, JSON, redirects and 404s.
"""

from __future__ import annotations

import faulthandler
import gzip
import json
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scrape.cli.demo import NEWS_WORDS
from scrape.cli.errors import EXIT_USAGE
from scrape.cli.main import main
from scrape.config import Source
from scrape.errors import ScrapeError
from scrape.store.database import Store
from scrape.warc.ingest import expand_paths, ingest_warc
from scrape.warc.records import Selection, process_unit, shard_name

CRAWLED = datetime(2024, 3, 10, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    crawled: datetime = CRAWLED


def news_article(site: str, number: int, published: datetime) -> Page:
    """A plausible news article page, its wording unique to (site, number)."""
    rng = random.Random(f"{site}/{number}")
    title = " ".join(rng.choice(NEWS_WORDS) for _ in range(7)).capitalize()
    paragraphs = [
        " ".join(rng.choice(NEWS_WORDS) for _ in range(rng.randint(40, 70))).capitalize() + "."
        for _ in range(6)
    ]
    url = f"https://www.{site}/news/{published:%Y/%m/%d}/story-{number}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published.isoformat(),
        "author": {"@type": "Person", "name": "Alex Reporter"},
        "mainEntityOfPage": url,
    }
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {site}</title><link rel="canonical" href="{url}">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Alex Reporter</p>
<time datetime="{published.isoformat()}">{published:%d %B %Y}</time>
{"".join(f"<p>{p}</p>" for p in paragraphs)}</article></main>
<footer>© {site}</footer></body></html>"""
    return Page(url, html.encode("utf-8"), crawled=published + timedelta(hours=2))


def noise(site: str, number: int) -> list[Page]:
    """Records a news crawl holds besides articles."""
    base = f"https://www.{site}"
    return [
        Page(f"{base}/logo-{number}.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        Page(f"{base}/api/{number}.json", b'{"ok": true}', "application/json"),
        Page(
            f"{base}/gone-{number}",
            b"<html><body><h1>Not found</h1></body></html>",
            status="404 Not Found",
        ),
        Page(f"{base}/old-{number}", b"", "text/html", "301 Moved Permanently"),
    ]


def write_warc(path: Path, pages: list[Page]) -> Path:
    """A gzipped WARC file: warcinfo, then a request, response and metadata per page."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for page in pages:
            date = page.crawled.strftime("%Y-%m-%dT%H:%M:%SZ")
            request = StatusAndHeaders(
                f"GET {page.url} HTTP/1.1",
                [("Host", "x")],
                protocol="HTTP/1.1",
                is_http_request=True,
            )
            writer.write_record(
                writer.create_warc_record(
                    page.url, "request", http_headers=request, warc_headers_dict={"WARC-Date": date}
                )
            )
            headers = StatusAndHeaders(
                page.status, [("Content-Type", page.content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    page.url,
                    "response",
                    payload=BytesIO(page.body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
            writer.write_record(
                writer.create_warc_record(
                    page.url,
                    "metadata",
                    payload=BytesIO(b"fetchTimeMs: 120\n"),
                    warc_content_type="application/warc-fields",
                    warc_headers_dict={"WARC-Date": date},
                )
            )
    return path


def articles_of(store: Store) -> list[tuple[object, ...]]:
    """What a run stored, in a form two runs can be compared by."""
    sql = (
        "select source, url_key, canonical_url, title, published, authors, body, "
        "content_hash from articles order by url_key"
    )
    return [tuple(row) for row in store.db.execute(sql).fetchall()]


@pytest.fixture
def warcs(tmp_path: Path) -> dict[str, Path]:
    """Three good files (two sites, some pages in two files), a truncated and a corrupt one."""
    day = datetime(2024, 3, 1, 8, tzinfo=UTC)
    good = []
    for index in range(3):
        pages: list[Page] = []
        for number in range(index * 4, index * 4 + 6):  # numbers 4-5 and 8-9 appear twice
            for site in ("example-news.com", "daily-paper.co.uk"):
                pages.append(news_article(site, number, day + timedelta(days=number)))
                pages.extend(noise(site, number))
        good.append(write_warc(tmp_path / f"good-{index}.warc.gz", pages))
    whole = write_warc(
        tmp_path / "whole.warc.gz",
        [news_article("truncated.org", n, day) for n in range(40)],
    )
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()
    corrupt = tmp_path / "corrupt.warc.gz"
    corrupt.write_bytes(gzip.compress(b"this is not a WARC file\r\n" * 50)[:-20] + bytes(64))
    return {
        "good-0": good[0],
        "good-1": good[1],
        "good-2": good[2],
        "truncated": truncated,
        "corrupt": corrupt,
    }


def test_in_process_run_keeps_only_articles(tmp_path: Path, warcs: dict[str, Path]) -> None:
    units = [str(warcs[f"good-{i}"]) for i in range(3)]
    with Store(tmp_path / "corpus.db") as store:
        report = ingest_warc(units, store, tmp_path / "shards")
        stored = articles_of(store)
    assert (report.done, report.failed) == (3, 0)
    keys = sorted(row[1] for row in stored)
    expected = sorted(
        f"{site}/news/{(datetime(2024, 3, 1) + timedelta(days=n)):%Y/%m/%d}/story-{n}"
        for n in range(14)
        for site in ("example-news.com", "daily-paper.co.uk")
    )
    assert keys == expected
    assert {row[0] for row in stored} == {"example-news.com", "daily-paper.co.uk"}
    assert report.records == 3 * 12 * 5  # responses only: 1 article + 4 noise per page pair
    assert report.new == 28 and report.duplicates == 8  # numbers 4, 5, 8, 9 seen twice


def test_damaged_files_are_reported_and_the_rest_go_on(
    tmp_path: Path, warcs: dict[str, Path]
) -> None:
    units = [str(warcs[name]) for name in ("truncated", "good-0", "corrupt")]
    with Store(tmp_path / "corpus.db") as store:
        report = ingest_warc(units, store, tmp_path / "shards")
        recorded = store.warc_units()
        sources = {row[0] for row in articles_of(store)}
    assert (report.done, report.failed) == (1, 2)
    assert recorded[str(warcs["good-0"])]["state"] == "done"
    truncated = recorded[str(warcs["truncated"])]
    assert truncated["state"] == "failed" and "EOFError" in truncated["error"]
    assert recorded[str(warcs["corrupt"])]["state"] == "failed"
    # What was read before the damage is kept, not thrown away with the file.
    assert 0 < truncated["new"] < 40 and "truncated.org" in sources
    assert len(report.errors) == 2 and all(str(tmp_path) in e for e in report.errors)


def test_rerun_skips_done_files_and_retries_failed_ones(
    tmp_path: Path, warcs: dict[str, Path]
) -> None:
    units = [str(warcs[name]) for name in ("good-0", "good-1", "truncated")]
    with Store(tmp_path / "corpus.db") as store:
        first = ingest_warc(units, store, tmp_path / "shards")
        before = articles_of(store)
        second = ingest_warc(units, store, tmp_path / "shards")
        assert articles_of(store) == before
    assert (first.done, first.failed, first.skipped) == (2, 1, 0)
    assert (second.units, second.skipped, second.failed, second.new) == (1, 2, 1, 0)


def test_a_killed_run_resumes_without_duplicates(tmp_path: Path, warcs: dict[str, Path]) -> None:
    shards = tmp_path / "shards"
    units = [str(warcs[f"good-{i}"]) for i in range(3)]
    with Store(tmp_path / "reference.db") as store:
        ingest_warc(units, store, tmp_path / "reference-shards")
        expected = articles_of(store)
    with Store(tmp_path / "corpus.db") as store:
        # The killed run: good-0 merged but never recorded, good-1's shard finished but
        # not merged, a worker stopped while moving good-2's shard.
        process_unit(units[0], shards, Selection())
        with Store(shards / shard_name(units[0])) as shard:
            store.merge_articles(shard)
        (shards / shard_name(units[0])).unlink()
        process_unit(units[1], shards, Selection())
        (shards / f".{shard_name(units[2])}.part").write_bytes(b"half a shard")
        report = ingest_warc(units, store, shards)
        assert articles_of(store) == expected
        assert set(store.warc_units("done")) == set(units)
    assert report.skipped == 1  # good-1, merged from its shard without reading it again
    assert report.units == 2 and report.failed == 0
    assert list(shards.iterdir()) == []


def test_a_unit_run_twice_at_once_publishes_one_complete_shard(
    tmp_path: Path, warcs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cluster reruns a unit whose worker it believes lost while the first copy still
    # runs; here the second copy runs whole between the first's two publishing steps.
    unit, shards = str(warcs["good-0"]), tmp_path / "shards"
    real_move, copies = shutil.move, []

    def move_then_let_the_other_copy_run(source: str, target: str) -> object:
        moved = real_move(source, target)
        if not copies:
            copies.append("second copy running")
            copies.append(process_unit(unit, shards, Selection()).state)
        return moved

    monkeypatch.setattr(shutil, "move", move_then_let_the_other_copy_run)
    first = process_unit(unit, shards, Selection())
    assert (first.state, copies[-1]) == ("done", "done")
    assert [path.name for path in shards.iterdir()] == [shard_name(unit)]


def test_a_task_that_fails_after_publishing_its_shard_still_counts(
    tmp_path: Path, warcs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def publish_then_lose_the_worker(unit: str, shard_dir: Path, selection: Selection) -> None:
        process_unit(unit, shard_dir, selection)
        raise ConnectionError("lost the scheduler")

    units = [str(warcs[f"good-{i}"]) for i in range(3)]
    with Store(tmp_path / "reference.db") as store:
        ingest_warc(units, store, tmp_path / "reference-shards")
        expected = articles_of(store)
    monkeypatch.setattr("scrape.warc.ingest.process_unit", publish_then_lose_the_worker)
    with Store(tmp_path / "corpus.db") as store:
        report = ingest_warc(units, store, tmp_path / "shards")
        assert articles_of(store) == expected
        assert set(store.warc_units("done")) == set(units)
    assert (report.done, report.failed) == (3, 0)


def test_selection_by_domains_and_dates(tmp_path: Path, warcs: dict[str, Path]) -> None:
    selection = Selection(
        domains=frozenset({"daily-paper.co.uk"}), since=date(2024, 3, 3), until=date(2024, 3, 6)
    )
    with Store(tmp_path / "corpus.db") as store:
        report = ingest_warc([str(warcs["good-0"])], store, tmp_path / "shards", selection)
        stored = articles_of(store)
    assert {row[0] for row in stored} == {"daily-paper.co.uk"}
    assert sorted(str(row[4])[:10] for row in stored) == [f"2024-03-0{d}" for d in (3, 4, 5, 6)]
    assert report.pages == 6 - 1  # story 0 was crawled before `since` - 1 day: never parsed


def test_selection_by_configured_source_uses_its_patterns(
    tmp_path: Path, warcs: dict[str, Path]
) -> None:
    source = Source(
        name="paper",
        home="https://www.daily-paper.co.uk/",
        feeds=("https://www.daily-paper.co.uk/feed",),
        include=(r"/story-[0-4]$",),
    )
    with Store(tmp_path / "corpus.db") as store:
        ingest_warc([str(warcs["good-0"])], store, tmp_path / "shards", Selection((source,)))
        stored = articles_of(store)
    assert {row[0] for row in stored} == {"paper"}
    assert sorted(row[1].rsplit("-", 1)[1] for row in stored) == ["0", "1", "2", "3", "4"]


def test_bad_selection_and_paths_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="after until"):
        Selection(since=date(2024, 2, 1), until=date(2024, 1, 1))
    with pytest.raises(ScrapeError, match=r"no WARC files at: .*nothing-\*\.warc\.gz"):
        expand_paths([str(tmp_path / "nothing-*.warc.gz")])


def test_two_worker_cluster_stores_what_an_in_process_run_stores(
    tmp_path: Path, warcs: dict[str, Path]
) -> None:
    from scrape.warc.ingest import dask_client

    units = [str(path) for path in warcs.values()]
    with Store(tmp_path / "here.db") as store:
        here = ingest_warc(units, store, tmp_path / "here-shards")
        expected = articles_of(store)
    # A hung cluster must fail this test, not the CI job's time limit.
    faulthandler.dump_traceback_later(300, exit=True)
    try:
        with dask_client(workers=2) as client, Store(tmp_path / "dask.db") as store:
            assert len(client.nthreads()) == 2
            on_dask = ingest_warc(units, store, tmp_path / "dask-shards", client=client)
            stored = articles_of(store)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert on_dask.errors == here.errors
    assert stored == expected and len(stored) > 30
    assert (on_dask.done, on_dask.failed, on_dask.records) == (here.done, here.failed, here.records)


def test_cli_ingests_with_a_domain_list(tmp_path: Path, warcs: dict[str, Path]) -> None:
    domains = tmp_path / "domains.txt"
    domains.write_text("# wanted\nexample-news.com\n")
    db = tmp_path / "corpus.db"
    args = ["ingest-warc", str(tmp_path / "good-*.warc.gz"), str(warcs["corrupt"])]
    result = CliRunner().invoke(
        main, [*args, "--db", str(db), "--in-process", "--domains", str(domains)]
    )
    assert result.exit_code == 0, result.output
    assert "corrupt.warc.gz" in result.output  # reported, and the run went on
    with Store(db) as store:
        assert store.article_count("example-news.com") == 14
        assert store.article_count() == 14


def test_cli_refuses_bad_input_before_any_work(tmp_path: Path, warcs: dict[str, Path]) -> None:
    domains = tmp_path / "domains.txt"
    domains.write_text("example-news.com\nnot a domain\n")
    db = tmp_path / "corpus.db"
    runs = {
        "domains.txt:2: not a domain name": ["--domains", str(domains)],
        "choose one of --workers": ["--workers", "2", "--in-process"],
        "no WARC files at": [str(tmp_path / "missing.warc.gz")],
    }
    for message, extra in runs.items():
        result = CliRunner().invoke(
            main, ["ingest-warc", str(warcs["good-0"]), "--db", str(db), *extra]
        )
        assert result.exit_code == EXIT_USAGE and message in result.output, result.output
    assert not db.exists()


def test_cli_on_dask_logs_no_scheduler_chatter_without_verbose(
    tmp_path: Path, warcs: dict[str, Path]
) -> None:
    db = tmp_path / "corpus.db"
    args = ["ingest-warc", str(warcs["good-0"]), "--db", str(db), "--workers", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "ingest-warc summary" in result.stdout
    # Warnings still show (a slow worker shutdown); the INFO lines of every start do not.
    assert " INFO " not in result.stderr, result.stderr

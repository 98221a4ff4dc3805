"""Crash safety: a crawl killed at any moment and started again finishes the work.

The crawler runs as a real subprocess against a generated site of a hundred pages or fewer
on 127.0.0.1. The kill is timed by the server's own log (after N article pages were
served), never by sleeping. The outcome is compared with a clean, uninterrupted crawl of
the same site: the same articles, none twice, and no page fetched twice except the few
that were in flight when the process died.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sitegen import GeneratedSite, run_scrape, scrape_command, wait_until

from scrape import crawl
from scrape.config import load_config
from scrape.crawl import pipeline
from scrape.crawl.pipeline import pages_in_flight
from scrape.models import FetchedPage
from scrape.store.database import Store
from scrape.urls import url_key

ARTICLES = 100
CONCURRENCY = 4  # per_host_concurrency of the generated configs


def articles(db: Path) -> dict[str, tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select url, title, content_hash, body from articles").fetchall()
    by_url = {url: (title, digest, body) for url, title, digest, body in rows}
    assert len(by_url) == len(rows), "an article stored twice"
    return by_url


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def crawl_until_served(config: Path, site: GeneratedSite, served: int, sig: int) -> int:
    """Start a crawl, send it ``sig`` once the site has served ``served`` article pages."""
    log = config.with_name("crawl.log")
    with log.open("w") as err:
        crawl = subprocess.Popen(
            scrape_command("crawl", "--config", str(config)), stdout=err, stderr=err
        )

    def served_or_died() -> bool:
        assert crawl.poll() is None, f"the crawl ended early:\n{log.read_text()}"
        return site.served_count() >= served

    try:
        wait_until(served_or_died, timeout=120, what=f"{served} pages")
        crawl.send_signal(sig)
        crawl.wait(timeout=60)
    finally:
        crawl.kill()
        crawl.wait(timeout=10)
    assert site.served_count() < site.count, "the signal should land mid-crawl"
    return crawl.returncode


def test_sigkill_mid_crawl_then_restart_loses_and_repeats_nothing(tmp_path: Path) -> None:
    (tmp_path / "killed").mkdir()
    (tmp_path / "clean").mkdir()
    with GeneratedSite(articles=ARTICLES, slow=0.005) as site:
        config = site.write_config(tmp_path / "killed", concurrency=CONCURRENCY)
        db = tmp_path / "killed" / "articles.db"

        # Killed twice at different points, then left to finish.
        for served in (20, 60):
            assert crawl_until_served(config, site, served, signal.SIGKILL) == -signal.SIGKILL
        requested_before_finish = site.article_requests()
        finish = run_scrape("crawl", "--config", str(config), timeout=300)
        assert finish.returncode == 0, finish.stderr
        requests = site.article_requests()

        clean_config = site.write_config(tmp_path / "clean", concurrency=CONCURRENCY)
        clean = run_scrape("crawl", "--config", str(clean_config), timeout=300)
        assert clean.returncode == 0, clean.stderr

    resumed, expected = articles(db), articles(tmp_path / "clean" / "articles.db")
    assert len(expected) == ARTICLES
    assert resumed == expected
    assert query(db, "select count(distinct content_hash) from articles") == [(ARTICLES,)]
    assert query(db, "select state, count(*) from urls group by state") == [("extracted", ARTICLES)]

    # Every page was fetched; a page fetched twice was in flight at one of the two kills.
    assert set(requests) == {site.path_of(n) for n in range(ARTICLES)}
    repeated = Counter({path: n - 1 for path, n in requests.items() if n > 1})
    settings = load_config(config)
    in_flight = pages_in_flight(settings, settings.sources[0])
    assert repeated.total() <= 2 * in_flight, repeated
    assert set(repeated) <= set(requested_before_finish)

    # The journal shows two killed runs and one that finished.
    runs = query(db, "select status from runs order by id")
    assert runs == [("killed",), ("killed",), ("finished",)]


def test_sigterm_saves_in_flight_work_and_the_next_crawl_repeats_nothing(tmp_path: Path) -> None:
    with GeneratedSite(articles=40, slow=0.05) as site:
        config = site.write_config(tmp_path, concurrency=2)
        db = tmp_path / "articles.db"
        assert crawl_until_served(config, site, 10, signal.SIGTERM) == 0
        asked = site.article_requests()

        # Whatever the server was asked for before the stop is stored: in-flight work saved.
        done = {url for (url,) in query(db, "select url from urls where state = 'extracted'")}
        assert {site.url(path) for path in asked} <= done
        assert query(db, "select status from runs") == [("stopped",)]
        assert query(db, "select complete from run_sources") == [(0,)]

        again = run_scrape("crawl", "--config", str(config), timeout=300)
        assert again.returncode == 0, again.stderr
        requests = site.article_requests()

    assert len(requests) == 40
    assert max(requests.values()) == 1, "a graceful stop leaves nothing to fetch twice"
    assert len(articles(db)) == 40


def test_a_parked_page_survives_until_its_url_is_done(memory_store: Store) -> None:
    url = "https://news.example/a"
    memory_store.add_urls("src", [(url, None), ("https://news.example/b", None)])
    page = FetchedPage(
        url=url,
        final_url=url + "?from=feed",
        status=200,
        content="<p>héllo</p>".encode(),
        headers={"content-type": "text/html; charset=utf-8"},
        fetched_at=datetime(2024, 3, 1, 12, 0, tzinfo=UTC),
    )
    memory_store.park_page(page)
    assert memory_store.pending_urls("src")[0] == url  # resumed first
    assert memory_store.parked_page(url) == page
    memory_store.mark_url(url, "skipped", error="not an article")
    assert memory_store.parked_page(url) is None
    assert memory_store.pending_urls("src") == ["https://news.example/b"]


def test_pages_commit_together_yet_no_more_than_in_flight_await_a_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill loses what was fetched and not committed: batching commits must keep that
    within pages_in_flight, however many pages each commit holds."""
    commits: list[tuple[int, int]] = []  # (article requests so far, pages settled before)

    async def counted(crawl: pipeline._SourceCrawl) -> None:
        [(settled,)] = query(db, "select count(*) from urls where state != 'new'")
        assert isinstance(settled, int)
        commits.append((sum(site.article_requests().values()), settled))
        await commit(crawl)

    commit = pipeline._SourceCrawl._commit
    monkeypatch.setattr(pipeline._SourceCrawl, "_commit", counted)
    with GeneratedSite(articles=60) as site:
        config = load_config(site.write_config(tmp_path, concurrency=CONCURRENCY))
        db = tmp_path / "articles.db"
        with Store(db) as store:
            report = crawl(config, store).sources[0]
    assert report.new == 60
    in_flight = pages_in_flight(config, config.sources[0])
    assert all(requested - settled <= in_flight for requested, settled in commits), commits
    assert len(commits) < 60 / 2, "pages should commit several at a time"


def test_a_crawl_knows_which_of_its_urls_have_parked_pages(memory_store: Store) -> None:
    url, other = "https://news.example/a/", "https://sport.example/b/"
    memory_store.add_urls("news", [(url, None), ("https://news.example/c/", None)])
    memory_store.add_urls("sport", [(other, None)])
    for parked in (url, other):
        memory_store.park_page(FetchedPage(url=parked, final_url=parked, status=200, content=b"x"))
    assert memory_store.parked_keys("news") == {url_key(url)}
    memory_store.mark_url(url, "extracted")
    assert memory_store.parked_keys("news") == set()
    assert memory_store.parked_keys("sport") == {url_key(other)}


def test_a_parked_page_is_stored_from_its_copy_and_the_others_are_fetched(
    tmp_path: Path,
) -> None:
    with GeneratedSite(articles=6) as site:
        config = load_config(site.write_config(tmp_path, concurrency=CONCURRENCY))
        parked_url = site.urls()[2]
        with Store(tmp_path / "articles.db") as store:
            store.upsert_source(config.sources[0])
            store.add_urls(config.sources[0].name, [(parked_url, None)])
            store.park_page(
                FetchedPage(
                    url=parked_url,
                    final_url=parked_url,
                    status=200,
                    content=site.article_html(2).replace(site.title(2), "Kept title").encode(),
                    headers={"content-type": "text/html; charset=utf-8"},
                )
            )
            report = crawl(config, store).sources[0]
        requests = site.article_requests()
    assert report.new == 6
    assert site.path_of(2) not in requests, "a parked page is not fetched again"
    assert len(requests) == 5
    stored = articles(tmp_path / "articles.db")
    assert stored[parked_url][0] == "Kept title"

"""Scheduling: which sources are due, and ``scrape crawl --every`` running until stopped."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from samples import journal_run
from sitegen import GeneratedSite, scrape_command, wait_until

from scrape.config import parse_config
from scrape.crawl.pipeline import SourceReport
from scrape.ops.schedule import due_sources, seconds_until_due, with_default_interval
from scrape.store.database import Store

CONFIG = """
settings: {interval: 15m}
sources:
  - {name: hourly, home: "https://a.example/", feeds: ["https://a.example/feed"], interval: 1h}
  - {name: default, home: "https://b.example/", feeds: ["https://b.example/feed"]}
"""
T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def crawled(store: Store, name: str, at: datetime, *, complete: bool = True) -> None:
    report = SourceReport(name, stopped=not complete)
    journal_run(store, at, report, "finished" if complete else "stopped")


def due(store: Store, config_text: str = CONFIG, *, at: datetime) -> list[str]:
    return [s.name for s in due_sources(parse_config(config_text), store, now=at)]


def test_sources_are_due_by_their_own_interval(memory_store: Store) -> None:
    assert due(memory_store, at=T0) == ["hourly", "default"]  # never crawled
    crawled(memory_store, "hourly", T0)
    crawled(memory_store, "default", T0)
    assert due(memory_store, at=T0 + timedelta(minutes=14)) == []
    assert due(memory_store, at=T0 + timedelta(minutes=15)) == ["default"]
    assert due(memory_store, at=T0 + timedelta(minutes=59)) == ["default"]
    assert due(memory_store, at=T0 + timedelta(hours=1)) == ["hourly", "default"]
    config = parse_config(CONFIG)
    assert seconds_until_due(config, memory_store, now=T0 + timedelta(minutes=5)) == 600


def test_an_interrupted_crawl_leaves_its_source_due(memory_store: Store) -> None:
    crawled(memory_store, "hourly", T0)
    crawled(memory_store, "hourly", T0 + timedelta(minutes=5), complete=False)
    # Due from the last *complete* crawl, whatever the stopped one did since.
    assert "hourly" not in due(memory_store, at=T0 + timedelta(minutes=30))
    assert "hourly" in due(memory_store, at=T0 + timedelta(hours=1))


def test_every_sets_the_interval_of_sources_without_one(memory_store: Store) -> None:
    config = with_default_interval(parse_config(CONFIG), 120)
    hourly, default = config.sources
    assert (config.interval_for(hourly), config.interval_for(default)) == (3600, 120)


def test_crawl_every_rereads_the_site_until_sigterm(tmp_path: Path) -> None:
    with GeneratedSite(articles=10) as site:
        config = site.write_config(tmp_path)
        # Intervals are a minute at least; this crawl, of a site of our own, may be hastier.
        config.write_text(config.read_text() + "    interval: 1\n")
        hasty = "import scrape.config; scrape.config.MIN_INTERVAL = 1; "
        command = scrape_command("crawl", "--config", str(config), "--every", "60s")
        command[2] = hasty + command[2]
        log = tmp_path / "crawl.log"
        with log.open("w") as out:
            crawl = subprocess.Popen(
                command,
                stdout=out,
                stderr=out,
            )

        def sitemap_reads() -> int:
            assert crawl.poll() is None, log.read_text()
            return site.requests.count("/sitemap.xml")

        try:
            wait_until(lambda: sitemap_reads() >= 3, timeout=120, what="three rounds")
            site.grow(3)  # the next round finds three new articles
            wait_until(lambda: len(site.article_requests()) == 13, timeout=60, what="new pages")
            crawl.send_signal(signal.SIGTERM)
            assert crawl.wait(timeout=60) == 0, log.read_text()
        finally:
            crawl.kill()
            crawl.wait(timeout=10)
        requests = site.article_requests()

    assert max(requests.values()) == 1, "re-reading the sitemap fetches only new URLs"
    with sqlite3.connect(tmp_path / "articles.db") as conn:
        statuses = [status for (status,) in conn.execute("select status from runs")]
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    assert articles == 13
    assert len(statuses) >= 4
    assert set(statuses[:-1]) == {"finished"}
    assert statuses[-1] in ("finished", "stopped")

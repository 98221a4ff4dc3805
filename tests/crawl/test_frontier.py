"""The frontier's retry schedule: failed URLs come back when due, permanent failures never."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scrape import crawl
from scrape.cli.demo import FIXTURE_SITE, FixtureSite
from scrape.config import Config, Settings, Source
from scrape.store.database import Store
from scrape.store.frontier import RETRY_FAILED_AFTER

URL = "https://example.com/news/a"


def _due(store: Store, url: str) -> str | None:
    row = store.db.execute("select next_attempt_at from urls where url = ?", [url]).fetchone()
    return row[0]


def _make_due(store: Store, url: str) -> None:
    past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat(timespec="seconds")
    store.db.execute("update urls set next_attempt_at = ? where url = ?", [past, url])


def test_a_failure_worth_retrying_waits_for_its_backoff(memory_store: Store) -> None:
    memory_store.add_urls("ex", [(URL, None)])
    assert memory_store.pending_urls("ex") == [URL]
    memory_store.mark_failed(URL, "HTTP 503 given up", retry=True)
    assert memory_store.pending_urls("ex") == []  # not hammered by the next crawl
    first = datetime.fromisoformat(_due(memory_store, URL) or "")
    assert first > datetime.now(UTC) + timedelta(seconds=RETRY_FAILED_AFTER - 60)
    _make_due(memory_store, URL)
    assert memory_store.pending_urls("ex") == [URL]


def test_the_backoff_doubles_and_attempts_run_out(memory_store: Store) -> None:
    memory_store.add_urls("ex", [(URL, None)])
    waits = []
    for _ in range(3):
        before = datetime.now(UTC)
        memory_store.mark_failed(URL, "timeout", retry=True)
        waits.append(datetime.fromisoformat(_due(memory_store, URL) or "") - before)
        _make_due(memory_store, URL)
    assert waits[1] > waits[0] * 1.9 and waits[2] > waits[1] * 1.9
    assert memory_store.pending_urls("ex", max_attempts=3) == []


def test_a_permanent_failure_is_never_due_again(memory_store: Store) -> None:
    memory_store.add_urls("ex", [(URL, None)])
    memory_store.mark_failed(URL, "HTTP 404", retry=False)
    assert _due(memory_store, URL) is None
    assert memory_store.pending_urls("ex") == []
    row = memory_store.db.execute("select state, error from urls").fetchone()
    assert tuple(row) == ("failed", "HTTP 404")


def test_the_crawl_does_not_ask_again_for_a_page_that_is_gone(tmp_path: Path) -> None:
    article = FIXTURE_SITE / "news" / "city-council-approves-tram-extension" / "index.html"
    root = tmp_path / "site"
    (root / "news" / "tram").mkdir(parents=True)
    shutil.copy(article, root / "news" / "tram" / "index.html")
    (root / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>{{base}}/news/tram</loc></url><url><loc>{{base}}/news/gone</loc></url>"
        "</urlset>"
    )
    with FixtureSite(root) as site, Store(tmp_path / "a.db") as store:
        config = Config(
            settings=Settings(delay=0, allow_private_hosts=("127.0.0.1",)),
            sources=(Source(name="s", home=site.url("/"), sitemaps=(site.url("/sitemap.xml"),)),),
        )
        first = crawl(config, store).sources[0]
        second = crawl(config, store).sources[0]
        assert (first.new, first.failed) == (1, 1)
        assert (second.fetched, second.failed) == (0, 0)
        assert site.requests.count("/news/gone") == 1
        assert _due(store, site.url("/news/gone")) is None

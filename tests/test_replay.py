"""The whole crawl on a replay web: real saved news pages at their real URLs.

``tests/fixtures/replay`` (built by ``tests/replay/build.py`` from ../shared/eval) holds
110 labelled article pages of 83 real hosts, with a feed, a nested sitemap index, a section
page and robots.txt per host. :class:`~replay.server.ReplayWeb` serves them on 127.0.0.1
under their real host names; ``scrape crawl`` (a subprocess, the real CLI) reaches them
through ``settings.connect_to``, with the address guard on: every replay host but one is
named in ``allow_private_hosts``, and that one must be refused.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import trustme
import yaml
from faulty_servers import fast_settings
from replay.server import FIXTURES, ReplayWeb, without_tracking
from sitegen import run_scrape

from scrape.errors import UnsafeURLError
from scrape.fetch.fetcher import Fetcher
from scrape.urls import url_key

# The labelled share the crawl must get right; mismatches are printed either way.
TITLE_FLOOR = 0.80
DATE_FLOOR = 0.75
# The crawl runs the real pages through the extraction pool: tens of seconds on a busy host.
pytestmark = pytest.mark.slow


@dataclass
class ReplayCrawl:
    web: ReplayWeb
    refused_host: str
    database: Path
    output: str
    exit_status: int

    def expected(self) -> list[dict[str, Any]]:
        """The articles the crawl should store: allowed hosts, not disallowed by robots.txt."""
        return [
            article
            for site in self.web.sites
            if site["name"] != self.refused_host
            for article in site["articles"]
            if not article["disallowed"]
        ]

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.database) as db:
            return db.execute(sql).fetchall()


@pytest.fixture(scope="module")
def replay_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReplayCrawl]:
    directory = tmp_path_factory.mktemp("replay")
    authority = trustme.CA()
    ca_file = directory / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    with ReplayWeb(authority) as web:
        refused = min((s for s in web.sites if len(s["articles"]) == 1), key=lambda s: s["name"])
        allowed = [site["name"] for site in web.sites if site is not refused]
        sources = yaml.safe_load((FIXTURES / "sources.yaml").read_text(encoding="utf-8"))
        settings = {
            "database": str(directory / "articles.db"),
            "delay": 0,
            "concurrency": 16,
            "per_host_concurrency": 2,
            "retry_attempts": 1,
            "connect_to": web.connect_to(),
            "allow_private_hosts": allowed,
            "ca_bundle": str(ca_file),
        }
        config = directory / "sources.yaml"
        config.write_text(yaml.safe_dump({"settings": settings, **sources}), encoding="utf-8")
        done = run_scrape("crawl", "--config", str(config), timeout=150)
        output = done.stdout + done.stderr
        yield ReplayCrawl(web, refused["name"], directory / "articles.db", output, done.returncode)


def test_the_replay_web_is_real_pages_of_several_sites() -> None:
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    articles = [a for site in manifest["sites"] for a in site["articles"]]
    assert len(articles) >= 100
    assert sum(len(site["articles"]) >= 2 for site in manifest["sites"]) >= 5
    assert any(a["disallowed"] for a in articles)
    assert any(a["url"].endswith("/") for a in articles)  # WordPress-style
    assert any(not a["url"].endswith("/") for a in articles)


def test_the_crawl_stores_every_reachable_article_once(replay_crawl: ReplayCrawl) -> None:
    expected = {url_key(a["url"]): a["url"] for a in replay_crawl.expected()}
    stored = Counter(url_key(url) for (url,) in replay_crawl.query("select url from articles"))
    skipped = dict(replay_crawl.query("select url, error from urls where state != 'extracted'"))
    print(replay_crawl.output)
    print("not stored:", {u: skipped.get(u) for k, u in expected.items() if k not in stored})

    # One refused source among 83 is not "every source failed" (exit status 2).
    assert replay_crawl.exit_status == 0
    assert "crawl summary" in replay_crawl.output
    assert not [key for key, count in stored.items() if count > 1], "stored twice"
    # The feeds' http + utm_ spellings are never what is kept.
    kept = replay_crawl.query("select url, canonical_url from articles")
    assert not [row for row in kept if any("utm_" in (url or "") for url in row)]
    assert all(url.startswith("https://") for url, _ in kept)
    assert set(stored) <= set(expected), "stored what it should not have"
    # A page the extractor calls "not an article" is fetched and kept as skipped; every
    # expected page is at least fetched, and nearly all are stored.
    frontier = {
        url_key(url): state for url, state in replay_crawl.query("select url, state from urls")
    }
    assert set(expected) <= set(frontier)
    assert len(stored) >= 0.9 * len(expected)


def test_each_article_is_fetched_once(replay_crawl: ReplayCrawl) -> None:
    expected = {url_key(a["url"]) for a in replay_crawl.expected()}
    outcomes = replay_crawl.query(
        "select url from fetches where outcome in ('article', 'not_article', 'error', 'gave_up')"
    )
    fetched = Counter(key for (url,) in outcomes if (key := url_key(url)) in expected)
    assert set(fetched) == expected
    assert {key for key, count in fetched.items() if count > 1} == set()


def test_robots_disallowed_articles_are_never_requested(replay_crawl: ReplayCrawl) -> None:
    disallowed = [a for s in replay_crawl.web.sites for a in s["articles"] if a["disallowed"]]
    requested = {urlsplit(r.url).path for r in replay_crawl.web.requests}
    logged = {
        url_key(url)
        for (url,) in replay_crawl.query("select url from fetches where outcome = 'disallowed'")
    }
    assert disallowed
    for article in disallowed:
        assert urlsplit(article["url"]).path not in requested
        assert url_key(article["url"]) in logged


def test_a_replay_host_not_allowed_is_refused_before_any_request(
    replay_crawl: ReplayCrawl,
) -> None:
    refused = replay_crawl.refused_host
    assert not [r for r in replay_crawl.web.requests if r.host == refused]
    errors = replay_crawl.query(f"select error from fetches where url like 'https://{refused}/%'")
    assert errors
    assert all("non-public address" in error for (error,) in errors)
    # Every other host was reached.
    reached = {r.host for r in replay_crawl.web.requests}
    assert reached == {site["name"] for site in replay_crawl.web.sites} - {refused}


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a).strip() == re.sub(r"\s+", " ", b).strip()


def test_titles_and_dates_match_the_labels(replay_crawl: ReplayCrawl) -> None:
    stored = {
        url_key(url): (title or "", published or "")
        for url, title, published in replay_crawl.query(
            "select url, title, published from articles"
        )
    }
    expected = replay_crawl.expected()
    titles, dates = [], []
    for article in expected:
        title, published = stored.get(url_key(article["url"]), ("", ""))
        if not _same_text(title, article["title"]):
            titles.append(f"{article['url']}\n  label: {article['title']!r}\n  got:   {title!r}")
        if published[:10] != article["published"][:10]:
            dates.append(f"{article['url']}: label {article['published']}, got {published!r}")
    print("title mismatches:", len(titles), *titles, sep="\n")
    print("date mismatches:", len(dates), *dates, sep="\n")

    assert 1 - len(titles) / len(expected) >= TITLE_FLOOR
    assert 1 - len(dates) / len(expected) >= DATE_FLOOR


def test_articles_are_requested_as_published(replay_crawl: ReplayCrawl) -> None:
    """The wire sees each article's own spelling once, over https; no slash-less detour,
    and no article lost to a respelled URL."""
    failed = replay_crawl.query("select url, error from urls where state = 'failed'")
    # Tracking parameters may go (the server ignores them); the rest is spelled as published.
    https = Counter(
        f"{r.host}{without_tracking(r.target)}"
        for r in replay_crawl.web.requests
        if r.scheme == "https"
    )
    miscounted = {}
    for article in replay_crawl.expected():
        parts = urlsplit(article["url"])
        query = f"?{parts.query}" if parts.query else ""
        published = f"{parts.hostname}{without_tracking(parts.path + query)}"
        if https[published] != 1:
            miscounted[published] = https[published]
    detours = [r.url for r in replay_crawl.web.requests if r.scheme == "https" and r.status != 200]
    print("failed:", *failed, sep="\n")
    print("not requested once as published:", *miscounted.items(), sep="\n")
    print("https requests redirected or refused:", *detours, sep="\n")

    assert (failed, miscounted, detours) == ([], {}, [])


def test_connect_to_keeps_the_address_guard(tmp_path: Path) -> None:
    """A host sent to the replay by connect_to but not allowed is refused; allowed, it is
    served under its own name, over http and then https after the site's redirect."""
    authority = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    with ReplayWeb(authority) as web:
        site = web.sites[0]
        home = site["feeds"][0]

        async def fetch(allowed: tuple[str, ...]) -> int:
            settings = fast_settings(
                connect_to=tuple(web.connect_to()),
                allow_private_hosts=allowed,
                respect_robots=False,
                retry_attempts=1,
                ca_bundle=str(ca_file),
            )
            async with Fetcher(settings) as fetcher:
                page = await fetcher.fetch(home.replace("https://", "http://"), accept=("",))
                return page.status

        with pytest.raises(UnsafeURLError, match="non-public address"):
            asyncio.run(fetch(()))
        assert web.requests == []
        assert asyncio.run(fetch((site["name"],))) == 200

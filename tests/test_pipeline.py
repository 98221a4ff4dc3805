"""End to end: the fixture site crawled into SQLite gives exactly the expected articles."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from scrape import crawl
from scrape.demo import FIXTURE_SITE, FixtureSite, fixture_config
from scrape.store import Store

EXPECTED = json.loads((FIXTURE_SITE / "expected.json").read_text())
SEED_JUNK = [
    "Friday, September 22, 2023",
    "Must read",
    "Advertisement",
    "spot_img",
    "More articles",
    "Please enter your comment!",
    "Please enter your name here",
    "Latest article",
    "LEAVE A REPLY",
    "Save my name, email, and website",
    # titles of the other stories listed in related blocks and the sidebar
    "Floods cut off mountain villages",
    "Central bank holds rates steady",
    "Port workers end strike",
]


@pytest.fixture
def crawled(fixture_site: FixtureSite, tmp_path: Path):
    database = tmp_path / "articles.db"
    config = fixture_config(fixture_site, str(database))
    with Store(database) as store:
        report = crawl(config, store)
        yield fixture_site, config, store, report


def test_crawl_stores_exactly_the_expected_articles(crawled) -> None:
    site, _, store, report = crawled
    rows = {
        row["canonical_url"].removeprefix(site.base): row
        for row in store.db.query("select * from articles")
    }
    assert sorted(rows) == sorted(e["path"] for e in EXPECTED)
    for expected in EXPECTED:
        row = rows[expected["path"]]
        assert row["title"] == expected["title"]
        assert datetime.fromisoformat(row["published"]) == datetime.fromisoformat(
            expected["published"]
        )
        assert json.loads(row["authors"]) == expected["authors"]
        paragraphs = row["body"].split("\n\n")
        assert paragraphs[0] == expected["first_paragraph"]
        assert paragraphs[-1] == expected["last_paragraph"]
        assert len(paragraphs) == expected["paragraphs"]
        for junk in SEED_JUNK:
            assert junk not in row["body"], (expected["path"], junk)

    (source,) = report.sources
    assert (source.new, source.duplicate, source.failed) == (3, 1, 0)
    assert source.skipped == 1  # the "About" page: linked from a section, not an article


def test_published_is_never_the_site_headers_today_date(crawled) -> None:
    _, _, store, _ = crawled
    for row in store.db.query("select published from articles"):
        assert not row["published"].startswith("2023-09-22")


def test_urls_outside_the_site_are_never_requested(crawled) -> None:
    site, _, _, _ = crawled
    assert all(path.startswith("/") for path in site.requests)
    assert not any("fixture.invalid" in path for path in site.requests)


def test_one_article_reached_through_several_urls_is_stored_once(crawled) -> None:
    site, _, store, _ = crawled
    # feed (utm-tagged), sitemap, section (#fragment) and an AMP copy all lead to it
    slug = "eu-ministers-agree-grain-corridor-plan"
    rows = list(store.db.query("select id from articles where url_key like ?", [f"%{slug}"]))
    assert len(rows) == 1
    linked = {
        row["url"]: row["article_id"]
        for row in store.db.query(
            "select url, article_id from urls where url like ?", [f"%{slug}/"]
        )
    }
    assert linked == {
        site.url(f"/news/{slug}/"): rows[0]["id"],
        site.url(f"/amp/{slug}/"): rows[0]["id"],
    }


def test_second_crawl_adds_nothing_and_fetches_no_article_again(crawled) -> None:
    site, config, store, _ = crawled
    before = store.article_count()
    pages_before = [p for p in site.requests if p.startswith(("/news/", "/amp/"))]
    report = crawl(config, store)
    (source,) = report.sources
    assert store.article_count() == before
    assert (source.new, source.duplicate, source.fetched) == (0, 0, 0)
    assert [p for p in site.requests if p.startswith(("/news/", "/amp/"))] == pages_before


def test_every_request_is_logged_with_its_outcome(crawled) -> None:
    site, _, store, _ = crawled
    outcomes = {
        row["url"].removeprefix(site.base): row["outcome"]
        for row in store.db.query("select url, outcome from fetches")
    }
    assert outcomes["/feed/"] == "feed"
    assert outcomes["/sitemap-news.xml.gz"] == "sitemap"
    assert outcomes["/world/"] == "section"
    assert outcomes["/about"] == "not_article"
    assert list(outcomes.values()).count("article") == 4
    statuses = {row["status"] for row in store.db.query("select status from fetches")}
    assert statuses == {200}

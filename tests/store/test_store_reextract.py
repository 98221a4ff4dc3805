"""Raw archive and re-extraction: articles are rebuilt from stored pages, never fetched."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from scrape.cli.main import main
from scrape.config import Settings
from scrape.corpus.reextract import reextract
from scrape.corpus.search import connect_read_only, search
from scrape.extraction.extractor import extract
from scrape.models import FetchedPage
from scrape.store import archive
from scrape.store.articles import EXTRACTOR_VERSION
from scrape.store.database import Store

SITE = Path(__file__).parents[1] / "fixtures" / "site"
PAGES = {
    "https://fixture.test/news/city-council-approves-tram-extension/": SITE
    / "news/city-council-approves-tram-extension/index.html",
    "https://fixture.test/news/eu-ministers-agree-grain-corridor-plan/": SITE
    / "news/eu-ministers-agree-grain-corridor-plan/index.html",
}


def crawl_into(path: Path) -> dict[str, int]:
    """Store the fixture articles as a crawl with ``keep_raw_html`` would."""
    ids = {}
    with Store(path, settings=Settings(keep_raw_html=True)) as store:
        for url, file in PAGES.items():
            page = FetchedPage(
                url=url,
                final_url=url,
                status=200,
                content=file.read_bytes(),
                headers={"content-type": "text/html; charset=utf-8"},
                fetched_at=datetime(2024, 5, 1, 12, tzinfo=UTC),
            )
            article = extract(page.text, url=url, fetched_at=page.fetched_at)
            assert article.is_article
            ids[url] = store.save_article(article, page, "fixture").article_id
    return ids


def test_reextract_rebuilds_articles_from_archived_pages(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    ids = crawl_into(path)
    tram = ids["https://fixture.test/news/city-council-approves-tram-extension/"]
    with Store(path) as store:
        good = dict(next(store.db.query("select * from articles where id = ?", [tram])))
        # What an older, worse extractor left behind.
        with store.transaction():
            store.db.execute(
                "update articles set body = 'Cookie banner text only.', title = 'Menu', "
                "extractor_version = 'old', extracted_at = '2000-01-01' where id = ?",
                [tram],
            )
        report = reextract(store)
        row = dict(next(store.db.query("select * from articles where id = ?", [tram])))
    assert (report.pages, report.updated, report.unchanged, report.failed) == (2, 1, 1, 0)
    assert row["body"] == good["body"] and row["title"] == good["title"]
    assert row["extractor_version"] == EXTRACTOR_VERSION and row["extracted_at"] > "2000"
    # Provenance is untouched; the search index follows the new text.
    for column in ("source", "url", "canonical_url", "fetched_at", "http_status", "page_id"):
        assert row[column] == good[column]
    conn = connect_read_only(path)
    assert search(conn, "cookie banner") == []
    assert tram in {hit.id for hit in search(conn, "tram")}


def test_reextract_keeps_text_the_extractor_no_longer_finds(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    ids = crawl_into(path)
    with Store(path) as store, store.transaction():
        store.db.execute("update pages set content = ?", [archive.compress(b"")])
    with Store(path) as store:
        before = [r["body"] for r in store.db.query("select body from articles order by id")]
        report = reextract(store, source="fixture")
        after = [r["body"] for r in store.db.query("select body from articles order by id")]
    assert report.kept == len(ids) and after == before


def test_cli_reextract(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    crawl_into(path)
    result = CliRunner().invoke(main, ["reextract", "--db", str(path), "--source", "fixture"])
    assert result.exit_code == 0, result.output
    assert "2 archived pages" in result.output
    result = CliRunner().invoke(main, ["reextract", "--db", str(path), "--source", "nobody"])
    assert result.exit_code == 0 and "0 archived pages" in result.output

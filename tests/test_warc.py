"""WARC ingestion: reading, filtering, shards, merge, resume, and a 2-worker Dask cluster.

Every WARC file is generated here with warcio: news article pages (JSON-LD, headline,
byline, paragraphs) of a few sites, mixed with what real crawls hold besides: request and
metadata records, images, JSON, redirects and 404s.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scrape.store import Store
from scrape.warc_ingest import ingest_warc

VOCABULARY = (
    "council budget minister river harbour election school hospital workers union "
    "festival museum railway station bridge farmers weather storm police court judge "
    "report inquiry housing prices market company profits energy wind solar climate "
    "students teachers village mayor residents plan vote parliament opposition leader"
)
WORDS = VOCABULARY.split()
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
    title = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize()
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 70))).capitalize() + "."
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

"""The peer of `scrape crawl` in bench/bench_peers.py: what an expert writes in an afternoon.

A Scrapy ``SitemapSpider`` over a site's sitemap, ``trafilatura.bare_extraction`` in
``parse``, and an item pipeline that commits one SQLite row per item. It runs in the
benchmark's own environment (``.venv-peers``, with scrapy and trafilatura), never the
project's, so it imports nothing of ``scrape``. Usage::

    .venv-peers/bin/python bench/peer_spider.py SITEMAP_URL DATABASE
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from typing import Any, ClassVar

import trafilatura
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from scrapy.spiders import SitemapSpider


class SqlitePipeline:
    """One row per item, committed as it arrives."""

    def __init__(self, database: str) -> None:
        self.database = database

    @classmethod
    def from_crawler(cls, crawler: Any) -> SqlitePipeline:
        return cls(crawler.settings["DATABASE"])

    def open_spider(self, spider: Any = None) -> None:
        self.db = sqlite3.connect(self.database)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS articles "
            "(url TEXT PRIMARY KEY, title TEXT, published TEXT, author TEXT, body TEXT)"
        )

    def close_spider(self, spider: Any = None) -> None:
        self.db.close()

    def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        self.db.execute(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
            (item["url"], item["title"], item["published"], item["author"], item["body"]),
        )
        self.db.commit()
        return item


class NewsSpider(SitemapSpider):
    name = "news"
    custom_settings: ClassVar[dict[str, Any]] = {
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "DOWNLOAD_DELAY": 0,
        "ROBOTSTXT_OBEY": True,
        "ITEM_PIPELINES": {SqlitePipeline: 300},
        "LOG_LEVEL": "WARNING",
    }

    def parse(self, response: Response) -> Iterator[dict[str, Any]]:
        document = trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)
        if document is None:
            return
        yield {
            "url": response.url,
            "title": document.title,
            "published": document.date,
            "author": document.author,
            "body": document.text,
        }


def main() -> None:
    sitemap, database = sys.argv[1:3]
    process = CrawlerProcess(settings={"DATABASE": database})
    process.crawl(NewsSpider, sitemap_urls=[sitemap])
    process.start()


if __name__ == "__main__":
    main()

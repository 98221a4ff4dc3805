"""Raw page archive: the fetched bytes, compressed, so pages can be re-extracted offline.

Pages are kept in the ``pages`` table (one zstd frame per page, with the response headers
as JSON) when ``settings.keep_raw_html`` is on. zstd at a middle level shrinks HTML
several-fold and still decompresses faster than extraction reads, which is what
re-extraction needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import zstandard

from ..errors import StoreError
from ..models import FetchedPage
from .connection import Connection, insert

ENCODING = "zstd"
_LEVEL = 10


def compress(content: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=_LEVEL).compress(content)


def decompress(blob: bytes, encoding: str) -> bytes:
    """The original bytes of an archived page."""
    if encoding != ENCODING:
        raise StoreError(f"archived page has an unknown encoding {encoding!r}")
    try:
        return zstandard.ZstdDecompressor().decompress(blob)
    except zstandard.ZstdError as exc:
        raise StoreError(f"archived page is corrupt: {exc}") from None


@dataclass(frozen=True)
class ArchivedArticle:
    """An article whose raw page is archived, as re-extraction needs it."""

    article_id: int
    source: str
    content_hash: str
    title: str | None
    published: str | None
    page: FetchedPage


class RawArchive(Connection):
    def archive_page(self, page: FetchedPage, source_name: str) -> int | None:
        """Keep the raw page if the settings ask for it; return its ``pages`` row id."""
        with self.transaction():
            return self._archive(page, source_name)

    def _archive(self, page: FetchedPage, source_name: str) -> int | None:
        if not self.settings.keep_raw_html:
            return None
        return insert(
            self.db,
            "pages",
            {
                "url": page.url,
                "final_url": page.final_url,
                "source": source_name,
                "status": page.status,
                "headers": json.dumps(page.headers, ensure_ascii=False, sort_keys=True),
                "fetched_at": page.fetched_at.isoformat(timespec="seconds"),
                "encoding": ENCODING,
                "content": compress(page.content),
                "size": len(page.content),
            },
        )

    def archived_article_ids(self, source: str | None = None) -> list[int]:
        """The articles whose raw page is archived (of ``source``, or all), in id order."""
        where, params = ("and source = ?", [source]) if source else ("", [])
        rows = self.db.execute(
            f"select id from articles where page_id is not null {where} order by id", params
        )
        return [row[0] for row in rows]

    def archived_article(self, article_id: int) -> ArchivedArticle:
        """Article ``article_id`` with its archived page; :class:`StoreError` when the page
        is missing or cannot be read back."""
        row = self.db.execute(
            "select a.source, a.content_hash, a.title, a.published, p.url, p.final_url, "
            "p.status, p.headers, p.fetched_at, p.encoding, p.content from articles a "
            "join pages p on p.id = a.page_id where a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise StoreError(f"article {article_id} has no archived page")
        source, digest, title, published, url, final_url, status, headers, fetched_at = row[:9]
        encoding, content = row[9:]
        page = FetchedPage(
            url=url,
            final_url=final_url,
            status=int(status or 0),
            content=decompress(content, encoding),
            headers=json.loads(headers or "{}"),
            fetched_at=datetime.fromisoformat(fetched_at),
        )
        return ArchivedArticle(article_id, source, digest, title, published, page)

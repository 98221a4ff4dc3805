"""The fetch log (``fetches``: every request and its outcome) and the validators
(``http_cache``: ETag and Last-Modified per URL, for the next crawl's conditional requests)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import FetchedPage, Validators
from ..urls import url_key
from .connection import Connection, insert, now_iso

# SQLite allows 32,766 parameters a statement; far fewer keep each statement short.
VALIDATORS_PER_QUERY = 500


class FetchLog(Connection):
    def log_fetch(
        self,
        url: str,
        source_name: str,
        *,
        page: FetchedPage | None = None,
        outcome: str,
        error: str | None = None,
        status: int | None = None,
    ) -> None:
        record: dict[str, Any] = {
            "url": url,
            "source": source_name,
            "outcome": outcome,
            "error": error,
            "status": status,
            "fetched_at": now_iso(),
        }
        if page is not None:
            record.update(
                final_url=page.final_url,
                status=page.status,
                bytes=len(page.content),
                elapsed_ms=round(page.elapsed * 1000, 1),
                fetched_at=page.fetched_at.isoformat(timespec="seconds"),
                content_type=page.headers.get("content-type"),
                etag=page.headers.get("etag"),
                last_modified=page.headers.get("last-modified"),
            )
        with self.transaction():
            insert(self.db, "fetches", record)

    def validators(self, url: str) -> Validators | None:
        """What the server said identifies the copy we have of ``url``, if it said anything."""
        row = self.db.execute(
            "select etag, last_modified from http_cache where url_key = ?", [url_key(url)]
        ).fetchone()
        return Validators(row[0], row[1]) if row else None

    def validators_of(self, urls: Iterable[str]) -> dict[str, Validators]:
        """The validators of those of ``urls`` that have any, by URL key: a crawl reads
        them for its whole queue at once rather than a statement per page."""
        keys = list(dict.fromkeys(url_key(url) for url in urls))
        found: dict[str, Validators] = {}
        for start in range(0, len(keys), VALIDATORS_PER_QUERY):
            chunk = keys[start : start + VALIDATORS_PER_QUERY]
            rows = self.db.execute(
                "select url_key, etag, last_modified from http_cache "
                f"where url_key in ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update((key, Validators(etag, modified)) for key, etag, modified in rows)
        return found

    def save_validators(self, url: str, validators: Validators) -> None:
        if not validators:
            return
        record = {
            "url_key": url_key(url),
            "url": url,
            "etag": validators.etag,
            "last_modified": validators.last_modified,
            "updated_at": now_iso(),
        }
        with self.transaction():
            insert(self.db, "http_cache", record, replace=True)

"""The fetch log (``fetches``: every request and its outcome) and the validators
(``http_cache``: ETag and Last-Modified per URL, for the next crawl's conditional requests)."""

from __future__ import annotations

from typing import Any

from ..models import FetchedPage, Validators
from ..urls import url_key
from .connection import Connection, insert, now_iso


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

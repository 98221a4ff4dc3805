"""The URL frontier (``urls``): every discovered URL, its state, its retries and its parked copy.

A URL is ``new`` when listed, ``fetched`` while its page waits in ``parked_pages`` to be
stored, then ``extracted``, ``skipped`` (not an article) or ``failed`` (due again after a
backoff unless the failure is permanent). An extracted URL goes back to ``new`` only when
a listing shows it changed after its stored version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from ..models import FetchedPage
from ..urls import url_key
from . import archive
from .connection import Connection, insert, iso, now_iso, table

RETRY_FAILED_AFTER = 3600.0  # seconds before a failed URL is tried again (then doubling)


class Frontier(Connection):
    def add_urls(self, source_name: str, urls: Iterable[tuple[str, datetime | None]]) -> int:
        """Add discovered URLs not seen before; return how many were new."""
        stamp = now_iso()
        records = {
            url_key(url): {
                "url_key": url_key(url),
                "url": url,
                "source": source_name,
                "state": "new",
                "listed_date": iso(listed),
                "discovered_at": stamp,
                "updated_at": stamp,
                "attempts": 0,
            }
            for url, listed in urls
        }
        if not records:
            return 0
        with self.transaction():
            # Rows inserted, not ignored (a count of the table would read all of it).
            before = self.db.conn.total_changes
            table(self.db, "urls").insert_all(records.values(), ignore=True)
            added = self.db.conn.total_changes - before
            self._respell(records.values())
            self._revisit_relisted(source_name, records.values())
        return added

    def _respell(self, records: Iterable[dict[str, Any]]) -> None:
        """Fetch known URLs as they are now listed.

        Older versions stored URLs without their trailing slash and with a sorted query,
        which some servers answer with 404: a failure is due again at its new spelling,
        within the attempts every URL has (so two spellings listed in turn cannot make a
        URL fetched on every crawl)."""
        stamp = now_iso()
        self.db.conn.executemany(
            "update urls set url = ?, next_attempt_at = iif(state = 'failed', ?, next_attempt_at) "
            "where url_key = ? and url != ?",
            ((r["url"], stamp, r["url_key"], r["url"]) for r in records),
        )

    def _revisit_relisted(self, source_name: str, records: Iterable[dict[str, Any]]) -> int:
        """Queue again the extracted URLs whose listing shows a date after their stored version.

        A sitemap ``lastmod`` or a feed entry date later than the stored version (when it
        was fetched, the modification date it declares, or the listing date that last sent
        it back here) means the page was edited; its re-fetch replaces the article and keeps
        the old text as a version. A listing later than the article's first listing only
        (a feed gives the publication date, the sitemap the last edit before we fetched
        it) is not news. Nothing else sends an extracted URL back to the queue.
        """
        listed = {r["url_key"]: r["listed_date"] for r in records if r["listed_date"]}
        if not listed:
            return 0
        # Only the rows of the listed keys: discovery queues a listing at a time, and
        # reading a source's every extracted row at each call would cost more than the call.
        known = self.db.execute(
            "select u.url_key, u.listed_date, a.fetched_at, a.modified from urls u "
            "left join articles a on a.id = u.article_id "
            "where u.url_key in (select value from json_each(?)) "
            "and u.source = ? and u.state = 'extracted'",
            [json.dumps(list(listed)), source_name],
        ).fetchall()
        relisted = [
            (listed[key], now_iso(), key)
            for key, *stored in known
            if key in listed and _later_than_all(listed[key], [when for when in stored if when])
        ]
        self.db.conn.executemany(
            "update urls set state = 'new', listed_date = ?, updated_at = ? where url_key = ?",
            relisted,
        )
        return len(relisted)

    def pending_urls(
        self, source_name: str, limit: int | None = None, max_attempts: int = 3
    ) -> list[str]:
        """URLs of a source still to fetch: new ones, and failures with attempts left.

        Parked ones (state 'fetched', see :meth:`park_page`) come first: an interrupted
        crawl picks up where it was.
        """
        sql = (
            "select url from urls where source = ? and "
            "(state in ('new', 'fetched') or "
            " (state = 'failed' and attempts < ? and next_attempt_at <= ?)) "
            "order by state = 'fetched' desc, listed_date desc, discovered_at limit ?"
        )
        rows = self.db.execute(sql, [source_name, max_attempts, now_iso(), limit or -1]).fetchall()
        return [row[0] for row in rows]

    def mark_url(self, url: str, state: str, *, error: str | None = None) -> None:
        with self.transaction():
            self._mark_url(url, state, error=error)

    def mark_failed(self, url: str, error: str, *, retry: bool) -> None:
        """Record a failure; a ``retry``-able one is due again after a backoff that doubles
        with each failure (1 h, 2 h, 4 h, ...), so a site that is down is not hammered by
        every 15-minute crawl."""
        with self.transaction():
            attempts = self.db.execute(
                "select attempts from urls where url_key = ?", [url_key(url)]
            ).fetchone()
            self._mark_url(url, "failed", error=error)
            due = None
            if retry:
                backoff = RETRY_FAILED_AFTER * 2 ** (attempts[0] if attempts else 0)
                due = (datetime.now(UTC) + timedelta(seconds=backoff)).isoformat(timespec="seconds")
            self.db.execute(
                "update urls set next_attempt_at = ? where url_key = ?", [due, url_key(url)]
            )

    def _mark_url(
        self, url: str, state: str, *, error: str | None = None, article_id: int | None = None
    ) -> None:
        self.db.execute(
            "update urls set state = ?, error = ?, article_id = coalesce(?, article_id), "
            "attempts = attempts + 1, updated_at = ? where url_key = ?",
            [state, error, article_id, now_iso(), url_key(url)],
        )
        # Done with the URL, one way or another: its parked copy, if any, goes with it.
        self.db.execute("delete from parked_pages where url_key = ?", [url_key(url)])

    def _article_of(self, url: str) -> int | None:
        """The article the frontier row of ``url`` led to, if any."""
        row = self.db.execute(
            "select article_id from urls where url_key = ?", [url_key(url)]
        ).fetchone()
        return row[0] if row else None

    def park_page(self, page: FetchedPage) -> None:
        """Keep a fetched page that will be stored later; its URL's state becomes 'fetched'."""
        with self.transaction():
            insert(
                self.db,
                "parked_pages",
                {
                    "url_key": url_key(page.url),
                    "url": page.url,
                    "final_url": page.final_url,
                    "status": page.status,
                    "headers": json.dumps(page.headers, ensure_ascii=False),
                    "fetched_at": page.fetched_at.isoformat(),
                    "content": archive.compress(page.content),
                },
                replace=True,
            )
            self.db.execute(
                "update urls set state = 'fetched', updated_at = ? where url_key = ?",
                [now_iso(), url_key(page.url)],
            )

    def parked_keys(self, source_name: str) -> set[str]:
        """The URL keys of the pages of ``source_name`` parked by earlier crawls: the only
        URLs a crawl need look up a parked copy for."""
        rows = self.db.execute(
            "select p.url_key from parked_pages p join urls u on u.url_key = p.url_key "
            "where u.source = ?",
            [source_name],
        ).fetchall()
        return {key for (key,) in rows}

    def parked_page(self, url: str) -> FetchedPage | None:
        """The parked copy of ``url``, when an earlier crawl fetched it but did not finish."""
        row = self.db.execute(
            "select url, final_url, status, headers, fetched_at, content from parked_pages "
            "where url_key = ?",
            [url_key(url)],
        ).fetchone()
        if row is None:
            return None
        url, final_url, status, headers, fetched_at, content = row
        return FetchedPage(
            url=url,
            final_url=final_url,
            status=status,
            content=archive.decompress(content, archive.ENCODING),
            headers=json.loads(headers),
            fetched_at=datetime.fromisoformat(fetched_at),
        )


def _later(listed: str, before: str) -> bool:
    """Whether listing date ``listed`` is after ``before`` (ISO strings; naive means UTC)."""
    try:
        new, old = datetime.fromisoformat(listed), datetime.fromisoformat(before)
    except ValueError:
        return False
    return new.replace(tzinfo=new.tzinfo or UTC) > old.replace(tzinfo=old.tzinfo or UTC)


def _later_than_all(listed: str, dates: list[str]) -> bool:
    return bool(dates) and all(_later(listed, when) for when in dates)

"""Store stage: articles, the URL frontier and the fetch log in one SQLite file.

Plain records go in through sqlite-utils. The schema is built by named migrations,
applied once each and recorded in ``_migrations``; ``PRAGMA user_version`` counts them,
so a database made by an older version upgrades itself when opened.

Every article is written in one transaction together with the frontier row that led to
it, so a crash never leaves half an article or an article whose URL is still "new".
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .config import Source
from .extract import Article
from .fetch import FetchedPage
from .urls import normalize_url, url_key

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "1"

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a schema step. Steps run in the order they are defined, once per database."""

    def register(step: Migration) -> Migration:
        MIGRATIONS.append((name, step))
        return step

    return register


@migration("0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"name": str, "home": str, "config": str, "added_at": str, "last_crawled_at": str},
        pk="name",
    )
    db["urls"].create(
        {
            "url_key": str,
            "url": str,
            "source": str,
            "state": str,  # new | extracted | skipped | failed
            "listed_date": str,
            "discovered_at": str,
            "updated_at": str,
            "attempts": int,
            "error": str,
            "article_id": int,
        },
        pk="url_key",
        not_null={"url", "source", "state"},
        defaults={"state": "new", "attempts": 0},
    )
    db["urls"].create_index(["source", "state"])
    db["fetches"].create(
        {
            "id": int,
            "url": str,
            "final_url": str,
            "source": str,
            "status": int,
            "outcome": str,
            "error": str,
            "bytes": int,
            "elapsed_ms": float,
            "fetched_at": str,
            "content_type": str,
            "etag": str,
            "last_modified": str,
        },
        pk="id",
    )
    db["fetches"].create_index(["url"])
    db["articles"].create(
        {
            "id": int,
            "source": str,
            "url": str,
            "canonical_url": str,
            "url_key": str,
            "title": str,
            "published": str,
            "modified": str,
            "authors": str,
            "body": str,
            "language": str,
            "description": str,
            "site_name": str,
            "image": str,
            "tags": str,
            "word_count": int,
            "content_hash": str,
            "fetched_at": str,
            "http_status": int,
            "extractor_version": str,
        },
        pk="id",
        not_null={"source", "url", "canonical_url", "url_key", "body", "content_hash"},
    )
    db["articles"].create_index(["url_key"], unique=True)
    db["articles"].create_index(["content_hash"])
    db["articles"].create_index(["source", "published"])


@migration("0008_runs")
def _runs(db: sqlite_utils.Database) -> None:
    # The crawl journal (see scrape.runs): one row per crawl, one per source in it.
    db.table("runs").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,  # running | finished | stopped | interrupted | killed
            "pid": int,
            "command": str,
            "sources": str,
        },
        pk="id",
        not_null={"started_at", "status"},
    )
    counters = "discovered queued fetched new updated duplicate skipped failed blocked"
    counters += " entry_points_failed error_count"
    db.table("run_sources").create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "started_at": str,
            "finished_at": str,
            "ok": bool,  # not broken: something was listed and something fetched
            "complete": bool,  # ran to its end (not cut short by a stop request)
            **dict.fromkeys(counters.split(), int),
            "errors": str,  # JSON list, the first few
        },
        pk="id",
        not_null={"run_id", "source", "started_at"},
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("run_sources").create_index(["source", "started_at"])


@migration("0009_article_versions")
def _article_versions(db: sqlite_utils.Database) -> None:
    # Earlier texts of articles whose page changed after they were stored.
    db.table("article_versions").create(
        {
            "id": int,
            "article_id": int,
            "content_hash": str,
            "fetched_at": str,  # when this (now replaced) version was fetched
            "replaced_at": str,
            "changed": str,  # JSON list of the fields the next version changed
            "title": str,
            "published": str,
            "modified": str,
            "authors": str,
            "description": str,
            "body": str,
        },
        pk="id",
        not_null={"article_id", "content_hash"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("article_versions").create_index(["article_id"])


@migration("0007_warc_units")
def _warc_units(db: sqlite_utils.Database) -> None:
    # One row per WARC file of `scrape ingest-warc` (see scrape.warc.UnitResult).
    db.table("warc_units").create(
        {
            "unit": str,
            "state": str,  # done | failed
            "records": int,
            "pages": int,
            "articles": int,
            "not_articles": int,
            "outside_dates": int,
            "failed": int,
            "new": int,
            "duplicates": int,
            "seconds": float,
            "error": str,
            "finished_at": str,
        },
        pk="unit",
        not_null={"state"},
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def content_hash(body: str) -> str:
    """Hash of the body with case and whitespace folded: the exact-duplicate key."""
    folded = re.sub(r"\s+", " ", body).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Saved:
    article_id: int
    is_new: bool


class Store:
    """The SQLite corpus. ``Store(path)`` for a file, ``Store(memory=True)`` for tests."""

    def __init__(self, path: str | Path | None = None, *, memory: bool = False) -> None:
        if memory:
            self.db = sqlite_utils.Database(memory=True)
        else:
            if path is None:
                raise ValueError("Store needs a path or memory=True")
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(path)
            self.db.enable_wal()
        self.db.conn.execute("PRAGMA busy_timeout = 10000")
        self.db.conn.execute("PRAGMA foreign_keys = ON")
        self.migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db.conn:
            yield self.db.conn

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen; return their names."""
        self.db["_migrations"].create(
            {"name": str, "applied_at": str}, pk="name", if_not_exists=True
        )
        done = {row["name"] for row in self.db["_migrations"].rows}
        applied = []
        for name, step in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                step(self.db)
                self.db["_migrations"].insert({"name": name, "applied_at": now_iso()})
            applied.append(name)
            log.info("applied migration %s", name)
        self.db.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        return applied

    # -- sources ------------------------------------------------------------------------
    def upsert_source(self, source: Source) -> None:
        record = {
            "name": source.name,
            "home": source.home,
            "config": source.model_dump_json(exclude_defaults=True),
        }
        with self.transaction():
            if self.db["sources"].count_where("name = ?", [source.name]):
                self.db["sources"].update(source.name, record)
            else:
                self.db["sources"].insert({**record, "added_at": now_iso()})

    def mark_crawled(self, source_name: str) -> None:
        with self.transaction():
            self.db["sources"].update(source_name, {"last_crawled_at": now_iso()})

    # -- frontier -----------------------------------------------------------------------
    def add_urls(self, source_name: str, urls: Iterable[tuple[str, datetime | None]]) -> int:
        """Add discovered URLs not seen before; return how many were new."""
        stamp = now_iso()
        records = {
            url_key(url): {
                "url_key": url_key(url),
                "url": url,
                "source": source_name,
                "state": "new",
                "listed_date": _iso(listed),
                "discovered_at": stamp,
                "updated_at": stamp,
                "attempts": 0,
            }
            for url, listed in urls
        }
        if not records:
            return 0
        before = self.db["urls"].count
        with self.transaction():
            self.db["urls"].insert_all(records.values(), ignore=True)
        return self.db["urls"].count - before

    def pending_urls(
        self, source_name: str, limit: int | None = None, max_attempts: int = 3
    ) -> list[str]:
        """URLs of a source still to fetch: new ones, and failures with attempts left."""
        sql = (
            "select url from urls where source = ? and "
            "(state = 'new' or (state = 'failed' and attempts < ?)) "
            "order by listed_date desc, discovered_at limit ?"
        )
        rows = self.db.execute(sql, [source_name, max_attempts, limit or -1]).fetchall()
        return [row[0] for row in rows]

    def mark_url(self, url: str, state: str, *, error: str | None = None) -> None:
        with self.transaction():
            self._mark_url(url, state, error=error)

    def _mark_url(
        self, url: str, state: str, *, error: str | None = None, article_id: int | None = None
    ) -> None:
        self.db.execute(
            "update urls set state = ?, error = ?, article_id = coalesce(?, article_id), "
            "attempts = attempts + 1, updated_at = ? where url_key = ?",
            [state, error, article_id, now_iso(), url_key(url)],
        )

    # -- fetch log ------------------------------------------------------------------------
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
            self.db["fetches"].insert(record)

    # -- articles -----------------------------------------------------------------------
    def save_article(self, article: Article, page: FetchedPage, source_name: str) -> Saved:
        """Store ``article`` unless it is already known by canonical URL or by content.

        Either way the frontier row of ``page.url`` is marked extracted and linked to the
        stored article, in the same transaction.
        """
        canonical = _canonical(article, page)
        key = url_key(canonical)
        digest = content_hash(article.body)
        with self.transaction():
            existing = self.db.execute(
                "select id from articles where url_key = ? or content_hash = ? limit 1",
                [key, digest],
            ).fetchone()
            if existing:
                saved = Saved(existing[0], is_new=False)
            else:
                table = self.db["articles"].insert(
                    {
                        "source": source_name,
                        "url": page.final_url,
                        "canonical_url": canonical,
                        "url_key": key,
                        "title": article.title,
                        "published": _iso(article.published),
                        "modified": _iso(article.modified),
                        "authors": json.dumps(list(article.authors), ensure_ascii=False),
                        "body": article.body,
                        "language": article.language,
                        "description": article.description,
                        "site_name": article.site_name,
                        "image": article.image,
                        "tags": json.dumps(list(article.tags), ensure_ascii=False),
                        "word_count": len(article.body.split()),
                        "content_hash": digest,
                        "fetched_at": page.fetched_at.isoformat(timespec="seconds"),
                        "http_status": page.status,
                        "extractor_version": EXTRACTOR_VERSION,
                    }
                )
                saved = Saved(int(table.last_pk), is_new=True)
            self._mark_url(page.url, "extracted", article_id=saved.article_id)
        return saved

    def article_count(self, source_name: str | None = None) -> int:
        if source_name is None:
            return self.db["articles"].count
        return self.db["articles"].count_where("source = ?", [source_name])

    def stats(self) -> list[dict[str, Any]]:
        """Articles per source and publication day, newest first."""
        sql = (
            "select source, substr(coalesce(published, fetched_at), 1, 10) as day, "
            "count(*) as articles from articles group by source, day "
            "order by day desc, source"
        )
        return [dict(row) for row in self.db.query(sql)]

    # -- WARC units and shards (scrape ingest-warc) ---------------------------------------
    def record_warc_unit(self, row: dict[str, Any]) -> None:
        """Record how one WARC file went, replacing an earlier attempt's row."""
        with self.transaction():
            self.db.table("warc_units").insert(row, replace=True)

    def warc_units(self, state: str | None = None) -> dict[str, dict[str, Any]]:
        """The recorded WARC files by unit name, optionally only those in ``state``."""
        where, args = ("state = ?", [state]) if state else (None, None)
        rows = self.db.table("warc_units").rows_where(where, args)
        return {row["unit"]: row for row in rows}

    def merge_articles(self, shard: Store) -> tuple[int, int]:
        """Save every article of ``shard`` here; return (new rows, already stored).

        Each goes through :meth:`save_article`, so one set of dedup rules holds whichever
        process extracted it. Rows stream in id order, so memory stays flat.
        """
        new = already_stored = 0
        for row in shard.db.query("select * from articles order by id"):
            article, page = _stored_article(row)
            if self.save_article(article, page, row["source"]).is_new:
                new += 1
            else:
                already_stored += 1
        return new, already_stored


def _canonical(article: Article, page: FetchedPage) -> str:
    """The page's declared canonical URL when it is a sane absolute URL, else the final URL."""
    declared = (
        normalize_url(article.canonical_url, page.final_url) if article.canonical_url else None
    )
    return declared or normalize_url(page.final_url) or page.final_url


def _stored_article(row: dict[str, Any]) -> tuple[Article, FetchedPage]:
    """An article row read back as what :meth:`Store.save_article` takes (raw page aside)."""

    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    article = Article(
        url=row["url"],
        canonical_url=row["canonical_url"],
        title=row["title"],
        published=when(row["published"]),
        modified=when(row["modified"]),
        authors=tuple(json.loads(row["authors"] or "[]")),
        body=row["body"],
        language=row["language"],
        description=row["description"],
        site_name=row["site_name"],
        image=row["image"],
        tags=tuple(json.loads(row["tags"] or "[]")),
    )
    page = FetchedPage(
        url=row["url"],
        final_url=row["url"],
        status=row["http_status"] or 200,
        content=b"",
        fetched_at=when(row["fetched_at"]) or datetime.now(UTC),
    )
    return article, page

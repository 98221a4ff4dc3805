"""Store stage: articles, the URL frontier and the fetch log in one SQLite file.

Plain records go in through sqlite-utils. The schema is built by named migrations,
applied once each and recorded in ``_migrations``; ``PRAGMA user_version`` counts them,
so a database made by an older version upgrades itself when opened.

Every article is written in one transaction together with the frontier row that led to
it, so a crash never leaves half an article or an article whose URL is still "new".

Deduplication keeps one row per canonical URL and drops nothing else: a copy of an
earlier article (the same body elsewhere, a syndicated or lightly edited version) gets
its own row, with ``duplicate_of`` naming the earlier article it copies and ``cluster_id``
naming the first article of the story. ``where duplicate_of is null`` is the set of
distinct stories; the copies keep their own source, URL and dates for provenance.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..config import Settings, Source
from ..errors import StoreError
from ..models import Article, FetchedPage, Validators
from ..urls import normalize_url, url_key
from . import archive, dedup
from ._sqlite_utils import sqlite_utils

log = logging.getLogger(__name__)


def _extractor_version() -> str:
    """Which code extracted a row: this package's release and trafilatura's."""
    parts = []
    for package in ("scrape", "trafilatura"):
        try:
            parts.append(f"{package}-{version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package}-unknown")
    return "+".join(parts)


EXTRACTOR_VERSION = _extractor_version()
BUSY_TIMEOUT_MS = 10_000  # how long a write waits for another writer's transaction
RETRY_FAILED_AFTER = 3600.0  # seconds before a failed URL is tried again (then doubling)

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def _table(db: sqlite_utils.Database, name: str) -> sqlite_utils.db.Table:
    """``db[name]`` as a table (sqlite-utils types it as table-or-view)."""
    return db.table(name)


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...], verb: str) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    return f"{verb} into [{table}] ({names}) values ({', '.join('?' * len(columns))})"


def _insert(
    db: sqlite_utils.Database, table: str, record: dict[str, Any], *, replace: bool = False
) -> int:
    """Insert one plain record and return its rowid.

    The crawl writes a few rows per page; sqlite-utils' ``Table.insert`` reads the table's
    schema again on every call, which cost more than the writes themselves (a third of the
    crawler's time per stored page). This is the same statement, built once per shape."""
    sql = _insert_sql(table, tuple(record), "insert or replace" if replace else "insert")
    cursor = db.execute(sql, list(record.values()))
    if cursor.lastrowid is None:
        raise StoreError(f"insert into {table} returned no row id")
    return cursor.lastrowid


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a schema step. Steps run in the order they are defined, once per database."""

    def register(step: Migration) -> Migration:
        MIGRATIONS.append((name, step))
        return step

    return register


@migration("0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    _table(db, "sources").create(
        {"name": str, "home": str, "config": str, "added_at": str, "last_crawled_at": str},
        pk="name",
    )
    _table(db, "urls").create(
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
    _table(db, "urls").create_index(["source", "state"])
    _table(db, "fetches").create(
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
    _table(db, "fetches").create_index(["url"])
    _table(db, "articles").create(
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
    _table(db, "articles").create_index(["url_key"], unique=True)
    _table(db, "articles").create_index(["content_hash"])
    _table(db, "articles").create_index(["source", "published"])


@migration("0002_http_cache")
def _http_cache(db: sqlite_utils.Database) -> None:
    """Per-URL validators (ETag, Last-Modified) for the next crawl's conditional requests."""
    _table(db, "http_cache").create(
        {"url_key": str, "url": str, "etag": str, "last_modified": str, "updated_at": str},
        pk="url_key",
    )


@migration("0003_duplicate_clusters")
def _duplicate_clusters(db: sqlite_utils.Database) -> None:
    articles = _table(db, "articles")
    for column, kind in (
        ("cluster_id", int),
        ("duplicate_of", int),
        ("similarity", float),
        ("day", str),
        ("extracted_at", str),
    ):
        articles.add_column(column, kind)
    db.execute(f"update articles set cluster_id = id, extracted_at = fetched_at, day = {_DAY_SQL}")
    articles.create_index(["cluster_id"])
    articles.create_index(["duplicate_of"])
    articles.create_index(["day"])
    # One row per (band, article): the persistent LSH index of the near-duplicate check.
    db.execute(
        "create table minhash_bands (band_key integer not null, article_id integer not null, "
        "primary key (band_key, article_id)) without rowid"
    )
    # Older databases never held copies (they were dropped), but may hold near-duplicates.
    thresholds = dedup.Thresholds()
    rows = db.execute("select id, body, content_hash from articles order by id").fetchall()
    for article_id, body, digest in rows:
        _link_duplicate(db, article_id, body, digest, thresholds)


@migration("0004_full_text_search")
def _full_text_search(db: sqlite_utils.Database) -> None:
    articles = _table(db, "articles")
    # unicode61 without stemming: the corpus is multilingual and phrases must stay exact.
    articles.enable_fts(
        ["title", "body"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


@migration("0005_raw_pages")
def _raw_pages(db: sqlite_utils.Database) -> None:
    _table(db, "pages").create(
        {
            "id": int,
            "url": str,
            "final_url": str,
            "source": str,
            "status": int,
            "headers": str,
            "fetched_at": str,
            "encoding": str,
            "content": bytes,
            "size": int,
        },
        pk="id",
        not_null={"url", "final_url", "source", "content"},
    )
    _table(db, "pages").create_index(["final_url"])
    articles = _table(db, "articles")
    articles.add_column("page_id", int)


@migration("0006_export_watermarks")
def _export_watermarks(db: sqlite_utils.Database) -> None:
    _table(db, "export_watermarks").create(
        {"name": str, "last_id": int, "updated_at": str}, pk="name", not_null={"last_id"}
    )


@migration("0007_warc_units")
def _warc_units(db: sqlite_utils.Database) -> None:
    # One row per WARC file of `scrape ingest-warc` (see scrape.warc.records.UnitResult).
    _table(db, "warc_units").create(
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


# The day an article belongs to: its publication date as printed, else the fetch date.
_DAY_SQL = "substr(coalesce(published, fetched_at), 1, 10)"


@migration("0010_site_templates")
def _site_templates(db: sqlite_utils.Database) -> None:
    # Text blocks learned to repeat across a source's articles (see crawl._SourceCrawl).
    _table(db, "site_templates").create(
        {"source": str, "block": str, "learned_at": str}, pk=("source", "block")
    )


@migration("0011_search_filter_index")
def _search_filter_index(db: sqlite_utils.Database) -> None:
    # Search filters read this narrow index instead of the wide article rows (see search.py).
    _table(db, "articles").create_index(
        ["id", "source", "day", "duplicate_of"], index_name="articles_search_filters"
    )


@migration("0012_parked_pages")
def _parked_pages(db: sqlite_utils.Database) -> None:
    # Pages fetched but not yet stored that the crawl keeps beyond the moment (the articles
    # held while a site's template is learned): their frontier state is 'fetched', and a
    # crawl killed meanwhile resumes from these bytes instead of fetching them again.
    _table(db, "parked_pages").create(
        {
            "url_key": str,
            "url": str,
            "final_url": str,
            "status": int,
            "headers": str,
            "fetched_at": str,
            "content": bytes,  # zstd, as in the raw page archive
        },
        pk="url_key",
        not_null={"url", "final_url", "content"},
    )


@migration("0013_retry_schedule")
def _retry_schedule(db: sqlite_utils.Database) -> None:
    # A failed URL is due again at this time (backing off with each failure); NULL: never,
    # the failure is permanent (404, not HTML, too large, refused by the address policy).
    _table(db, "urls").add_column("next_attempt_at", str)
    db.execute("update urls set next_attempt_at = updated_at where state = 'failed'")


@migration("0014_fts_reindex_on_text_only")
def _fts_reindex_on_text_only(db: sqlite_utils.Database) -> None:
    # sqlite-utils' update trigger re-indexed an article's text on any change of its row,
    # so linking a new article to its duplicate cluster indexed its body three times.
    db.execute("drop trigger if exists articles_au")
    db.execute(
        "create trigger articles_au after update of title, body on articles begin "
        "insert into articles_fts (articles_fts, rowid, title, body) "
        "values ('delete', old.rowid, old.title, old.body); "
        "insert into articles_fts (rowid, title, body) values (new.rowid, new.title, new.body); "
        "end"
    )


def _link_duplicate(
    db: sqlite_utils.Database,
    article_id: int,
    body: str,
    digest: str | None,
    thresholds: dedup.Thresholds | None,
    keys: Sequence[int] | None = None,
) -> dedup.Match | None:
    """Find the earlier article ``article_id`` copies, record the link, index its bands.

    Exact copies (same content hash) are found first; near-duplicates (``thresholds``
    given) through the MinHash bands (``keys``: the body's :func:`dedup.signature`, computed
    here unless given). The row joins the cluster of the article it copies.
    """
    match = None
    if digest is not None:
        row = db.execute(
            "select id from articles where content_hash = ? and id < ? order by id limit 1",
            [digest, article_id],
        ).fetchone()
        match = dedup.Match(row[0], 1.0) if row else None
    if thresholds is None:
        keys = ()
    elif keys is None:
        keys = dedup.signature(body)
    if match is None and keys and thresholds is not None:
        marks = ",".join("?" * len(keys))
        candidates = db.execute(
            "select a.id, a.body from articles a join ("
            f"  select article_id, count(*) as shared from minhash_bands "
            f"  where band_key in ({marks}) and article_id < ? "
            "  group by article_id order by shared desc, article_id limit ?"
            ") c on c.article_id = a.id",
            [*keys, article_id, dedup.MAX_CANDIDATES],
        ).fetchall()
        if candidates:
            match = dedup.best_match(dedup.shingles(body), candidates, thresholds)
    if keys:
        db.execute(
            "insert or ignore into minhash_bands (band_key, article_id) values "
            + ",".join("(?, ?)" for _ in keys),
            [value for key in keys for value in (key, article_id)],
        )
    if match is None:
        db.execute(
            "update articles set cluster_id = id, duplicate_of = null, similarity = null "
            "where id = ?",
            [article_id],
        )
    else:
        db.execute(
            "update articles set duplicate_of = ?, similarity = ?, cluster_id = "
            "(select coalesce(cluster_id, id) from articles where id = ?) where id = ?",
            [match.article_id, match.similarity, match.article_id, article_id],
        )
    return match


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def content_hash(body: str, words: list[str] | None = None) -> str:
    """Hash of the body with case and whitespace folded: the exact-duplicate key.

    ``words``, ``body.split()`` when the caller has it: splitting a long body costs more
    than hashing it, and the store splits each body for its word count as well."""
    folded = " ".join(body.split() if words is None else words).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Saved:
    """What :meth:`Store.save_article` did with an article."""

    article_id: int  # the row that holds this page's article
    is_new: bool  # a row was inserted (False: its canonical URL was stored before)
    duplicate_of: int | None = None  # the earlier article this one copies, if any
    updated: bool = False  # its page was re-fetched and had changed; the old text is kept

    @property
    def is_duplicate(self) -> bool:
        return not self.is_new or self.duplicate_of is not None


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection to the corpus at ``path`` that cannot write to it.

    ``mode=ro`` changes nothing on disk. Where it cannot open the file (a WAL database
    with a ``-wal`` but no ``-shm`` in a read-only directory: SQLite cannot create its WAL
    index there) the file is opened ``immutable``: nobody can be writing to it there.
    Raises :class:`StoreError` for a path that is missing, a directory or not SQLite."""
    file = Path(path)
    if file.is_dir():
        raise StoreError(f"{file} is a directory, not a database")
    if not file.is_file():
        raise StoreError(f"no database at {file}: run 'scrape crawl' first")
    uri = file.resolve().as_uri()
    problem: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{uri}?{options}", uri=True)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc):
                raise StoreError(f"{file} is not a SQLite database") from None
            problem = exc
            continue
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn
    raise StoreError(f"cannot read {file}: {problem}")


def check_schema(db: sqlite_utils.Database, path: str | Path) -> None:
    """Raise :class:`StoreError` unless ``db`` is a corpus with every migration applied;
    readers never migrate, so an older corpus is upgraded by ``scrape migrate``."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version >= len(MIGRATIONS):
        return
    if not db.table("_migrations").exists():
        raise StoreError(f"{path} is not a scrape corpus (it has no _migrations table)")
    raise StoreError(
        f"{path} was made by an older scrape (schema {version}, this one reads "
        f"{len(MIGRATIONS)}): run 'scrape migrate --db {path}' to upgrade it"
    )


class Store:
    """The SQLite corpus. ``Store(path)`` for a file, ``Store(memory=True)`` for tests.

    ``settings`` supplies the near-duplicate thresholds and whether raw pages are kept.
    ``read_only=True`` opens an existing, up-to-date corpus for reading: nothing on disk
    changes (no WAL switch, no migration) and the writer's lock is never needed.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        memory: bool = False,
        settings: Settings | None = None,
        read_only: bool = False,
    ) -> None:
        self.settings = settings or Settings()
        self._transaction_depth = 0
        self.thresholds = (
            dedup.Thresholds(
                self.settings.near_duplicate_jaccard, self.settings.near_duplicate_containment
            )
            if self.settings.near_duplicates
            else None
        )
        self.applied_migrations: list[str] = []
        if memory:
            self.db = sqlite_utils.Database(memory=True)
        elif path is None:
            raise ValueError("Store needs a path or memory=True")
        elif read_only:
            self.db = sqlite_utils.Database(connect_read_only(path))
            try:
                check_schema(self.db, path)
            except StoreError:
                self.db.close()
                raise
            return
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(path)
            self.db.enable_wal()
        self.db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.db.conn.execute("PRAGMA foreign_keys = ON")
        self.applied_migrations = self.migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One commit for everything inside; nested calls join the outer transaction (the
        crawl stores a page's fetch log, article, frontier row and validators at once)."""
        if self._transaction_depth:
            self._transaction_depth += 1
            try:
                yield self.db.conn
            finally:
                self._transaction_depth -= 1
            return
        self._transaction_depth = 1
        try:
            # An explicit BEGIN: sqlite-utils commits a lone write at once unless a
            # transaction is open, so the connection's implicit one would not hold.
            with self.db.atomic():
                yield self.db.conn
        finally:
            self._transaction_depth = 0

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen; return their names."""
        _table(self.db, "_migrations").create(
            {"name": str, "applied_at": str}, pk="name", if_not_exists=True
        )
        done = {row["name"] for row in _table(self.db, "_migrations").rows}
        applied = []
        for name, step in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                step(self.db)
                _table(self.db, "_migrations").insert({"name": name, "applied_at": now_iso()})
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
            if _table(self.db, "sources").count_where("name = ?", [source.name]):
                _table(self.db, "sources").update(source.name, record)
            else:
                _table(self.db, "sources").insert({**record, "added_at": now_iso()})

    def mark_crawled(self, source_name: str) -> None:
        with self.transaction():
            _table(self.db, "sources").update(source_name, {"last_crawled_at": now_iso()})

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
        with self.transaction():
            # Rows inserted, not ignored (a count of the table would read all of it).
            before = self.db.conn.total_changes
            _table(self.db, "urls").insert_all(records.values(), ignore=True)
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

    def park_page(self, page: FetchedPage) -> None:
        """Keep a fetched page that will be stored later; its URL's state becomes 'fetched'."""
        with self.transaction():
            _insert(
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
            _insert(self.db, "fetches", record)

    # -- conditional requests -----------------------------------------------------------
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
            _insert(self.db, "http_cache", record, replace=True)

    # -- articles -----------------------------------------------------------------------
    def save_article(
        self,
        article: Article,
        page: FetchedPage,
        source_name: str,
        band_keys: Sequence[int] | None = None,
    ) -> Saved:
        """Store ``article`` unless its canonical URL is already stored.

        ``band_keys``, the body's :func:`dedup.signature`, may be computed beforehand (the
        crawl does it in its extraction workers); it is computed here otherwise.

        A new row that copies an earlier article, exactly or nearly, is stored and linked to
        it (see the module docstring). Either way the frontier row of ``page.url`` is marked
        extracted and linked to the article, in the same transaction.
        """
        canonical = _canonical(article, page)
        key = url_key(canonical)
        with self.transaction():
            existing = self.db.execute(
                "select id from articles where url_key = ?", [key]
            ).fetchone()
            if existing:
                updated = self._update_if_changed(existing[0], article, page)
                saved = Saved(existing[0], is_new=False, updated=updated)
            else:
                record = {
                    "source": source_name,
                    "url": page.final_url,
                    "canonical_url": canonical,
                    "url_key": key,
                    **_content_fields(article),
                    "fetched_at": page.fetched_at.isoformat(timespec="seconds"),
                    "http_status": page.status,
                    "page_id": self._archive(page, source_name),
                }
                record["day"] = (record["published"] or record["fetched_at"])[:10]
                article_id = _insert(self.db, "articles", record)
                match = _link_duplicate(
                    self.db,
                    article_id,
                    article.body,
                    record["content_hash"],
                    self.thresholds,
                    band_keys,
                )
                saved = Saved(article_id, True, match.article_id if match else None)
            self._mark_url(page.url, "extracted", article_id=saved.article_id)
        return saved

    # -- updates: extracted pages listed again as changed ------------------------------------
    def _revisit_relisted(self, source_name: str, records: Iterable[dict[str, Any]]) -> int:
        """Queue again the extracted URLs whose listing shows a date after their stored version.

        A sitemap ``lastmod`` or a feed entry date later than the stored version (when it
        was fetched, the modification date it declares, or the listing date that last sent
        it back here) means the page was edited; its re-fetch goes through
        :meth:`_update_if_changed`. A listing later than the article's first listing only
        (a feed gives the publication date, the sitemap the last edit before we fetched
        it) is not news. Nothing else sends an extracted URL back to the queue.
        """
        listed = {r["url_key"]: r["listed_date"] for r in records if r["listed_date"]}
        if not listed:
            return 0
        # Only the rows of the listed keys: discovery queues a listing at a time, and a
        # source's every extracted row read at each call would cost more than the call.
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

    def _update_if_changed(self, article_id: int, article: Article, page: FetchedPage) -> bool:
        """Replace a stored article by its re-fetched text, keeping the old one as a version.

        Only a page that led to this very article before counts as its new version: another
        page declaring the same canonical URL (an AMP copy, say) changes nothing.
        """
        linked = self.db.execute(
            "select article_id from urls where url_key = ?", [url_key(page.url)]
        ).fetchone()
        if not linked or linked[0] != article_id:
            return False
        articles = _table(self.db, "articles")
        old = articles.get(article_id)
        new = _content_fields(article)
        changed = [name for name in VERSIONED_FIELDS if new[name] != old[name]]
        if not changed:
            return False
        _table(self.db, "article_versions").insert(
            {
                "article_id": article_id,
                "content_hash": old["content_hash"],
                "fetched_at": old["fetched_at"],
                "replaced_at": now_iso(),
                "changed": json.dumps(changed),
                **{name: old[name] for name in VERSIONED_FIELDS},
            }
        )
        new.update(
            fetched_at=page.fetched_at.isoformat(timespec="seconds"), http_status=page.status
        )
        new["day"] = (new["published"] or new["fetched_at"])[:10]
        articles.update(article_id, new)
        log.info("article %d changed (%s); earlier version kept", article_id, ", ".join(changed))
        return True

    # -- raw archive --------------------------------------------------------------------
    def archive_page(self, page: FetchedPage, source_name: str) -> int | None:
        """Keep the raw page if the settings ask for it; return its ``pages`` row id."""
        with self.transaction():
            return self._archive(page, source_name)

    def _archive(self, page: FetchedPage, source_name: str) -> int | None:
        if not self.settings.keep_raw_html:
            return None
        return _insert(
            self.db,
            "pages",
            {
                "url": page.url,
                "final_url": page.final_url,
                "source": source_name,
                "status": page.status,
                "headers": json.dumps(page.headers, ensure_ascii=False, sort_keys=True),
                "fetched_at": page.fetched_at.isoformat(timespec="seconds"),
                "encoding": archive.ENCODING,
                "content": archive.compress(page.content),
                "size": len(page.content),
            },
        )

    def site_template(self, source_name: str) -> frozenset[str]:
        """The text blocks learned to be the source's page template."""
        rows = self.db.execute("select block from site_templates where source = ?", [source_name])
        return frozenset(row[0] for row in rows)

    def save_site_template(self, source_name: str, blocks: Iterable[str]) -> None:
        stamp = now_iso()
        with self.transaction():
            _table(self.db, "site_templates").insert_all(
                ({"source": source_name, "block": b, "learned_at": stamp} for b in blocks),
                ignore=True,
            )

    def replace_content(self, article_id: int, article: Article) -> None:
        """Put a re-extracted ``article`` into row ``article_id``, keeping its provenance.

        The duplicate links of the row are worked out again against earlier rows, as if it
        had just been stored; the full-text index follows through its triggers.
        """
        with self.transaction():
            row = self.db.execute(
                "select body, fetched_at from articles where id = ?", [article_id]
            ).fetchone()
            if row is None:
                raise StoreError(f"no article with id {article_id}")
            old_keys = dedup.band_keys(dedup.shingles(row[0]))
            if old_keys:
                self.db.execute(
                    f"delete from minhash_bands where article_id = ? and band_key in "
                    f"({','.join('?' * len(old_keys))})",
                    [article_id, *old_keys],
                )
            fields = _content_fields(article)
            fields["day"] = (fields["published"] or row[1])[:10]
            _table(self.db, "articles").update(article_id, fields)
            _link_duplicate(
                self.db, article_id, article.body, fields["content_hash"], self.thresholds
            )

    def article_count(self, source_name: str | None = None) -> int:
        if source_name is None:
            return _table(self.db, "articles").count
        return _table(self.db, "articles").count_where("source = ?", [source_name])

    def stats(self) -> list[dict[str, Any]]:
        """Articles per source and publication day, newest first."""
        sql = (
            "select source, day, count(*) as articles from articles group by source, day "
            "order by day desc, source"
        )
        return [dict(row) for row in self.db.query(sql)]

    # -- WARC units and shards (scrape ingest-warc) ---------------------------------------
    def record_warc_unit(self, row: dict[str, Any]) -> None:
        """Record how one WARC file went, replacing an earlier attempt's row."""
        with self.transaction():
            _table(self.db, "warc_units").insert(row, replace=True)

    def warc_units(self, state: str | None = None) -> dict[str, dict[str, Any]]:
        """The recorded WARC files by unit name, optionally only those in ``state``."""
        where, args = ("state = ?", [state]) if state else (None, None)
        return {row["unit"]: row for row in _table(self.db, "warc_units").rows_where(where, args)}

    def keep_signature(self, article_id: int, band_keys: Sequence[int]) -> None:
        """Record an article's near-duplicate signature without linking it (WARC shards:
        the workers compute signatures, the store links copies on merge)."""
        with self.transaction():
            self.db.conn.executemany(
                "insert or ignore into minhash_bands (band_key, article_id) values (?, ?)",
                [(key, article_id) for key in band_keys],
            )

    def merge_articles(self, shard: Store) -> tuple[int, int]:
        """Save every article of ``shard`` here; return (new rows, already stored).

        Each goes through :meth:`save_article`, so one set of dedup rules holds whichever
        process extracted it. Rows stream in id order, so memory stays flat.
        """
        new = already_stored = 0
        (synchronous,) = self.db.execute("PRAGMA synchronous").fetchone()
        # One fsync per article would make this single writer the bottleneck of a cluster.
        # With WAL, NORMAL still never corrupts; a power cut can lose the last commits, and
        # the shard's unit is then simply not recorded done and is merged again.
        self.db.execute("PRAGMA synchronous = NORMAL")
        try:
            for row in shard.db.query("select * from articles order by id"):
                article, page = _stored_article(row)
                keys = shard.db.execute(
                    "select band_key from minhash_bands where article_id = ?", [row["id"]]
                ).fetchall()
                band_keys = tuple(key for (key,) in keys) or None
                if self.save_article(article, page, row["source"], band_keys).is_new:
                    new += 1
                else:
                    already_stored += 1
        finally:
            self.db.execute(f"PRAGMA synchronous = {int(synchronous)}")
        return new, already_stored


# What an article version keeps of the text it replaced; a change in any is a new version.
VERSIONED_FIELDS = ("title", "published", "modified", "authors", "description", "body")


def _later(listed: str, before: str) -> bool:
    """Whether listing date ``listed`` is after ``before`` (ISO strings; naive means UTC)."""
    try:
        new, old = datetime.fromisoformat(listed), datetime.fromisoformat(before)
    except ValueError:
        return False
    return new.replace(tzinfo=new.tzinfo or UTC) > old.replace(tzinfo=old.tzinfo or UTC)


def _later_than_all(listed: str, dates: list[str]) -> bool:
    return bool(dates) and all(_later(listed, when) for when in dates)


def _content_fields(article: Article) -> dict[str, Any]:
    """The columns that come from extraction (and change when a page is re-extracted)."""
    words = article.body.split()
    return {
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
        "word_count": len(words),
        "content_hash": content_hash(article.body, words),
        "extractor_version": EXTRACTOR_VERSION,
        "extracted_at": now_iso(),
    }


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

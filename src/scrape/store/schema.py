"""The schema: named migrations, applied once each, on ``sqlite_utils.migrations``.

sqlite-utils records the applied steps in ``_sqlite_migrations`` (set ``scrape``) and runs
each in a transaction with its record; ``PRAGMA user_version`` counts them as well, so a
reader can tell an old corpus from a current one without writing. A step, once released,
never changes: a new column or table is a new step at the end.

Databases made before the store used sqlite-utils' migrations (up to ``0014``) kept their
own ``_migrations`` table; the first writer to open one carries its record over.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from ..errors import StoreError
from ..models import article_day
from ..urls import url_key
from . import dedup
from ._sqlite_utils import Migrations, sqlite_utils
from .connection import table

log = logging.getLogger(__name__)

LEGACY_TABLE = "_migrations"


class Schema(Migrations):
    """The migration set, which also knows its steps' names (for ``user_version``)."""

    @property
    def names(self) -> list[str]:
        return [step.name for step in self._migrations]


SCHEMA = Schema("scrape")


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the steps this database has not seen; return their names."""
    _adopt_legacy_record(db)
    pending = [step.name for step in SCHEMA.pending(db)]
    SCHEMA.apply(db)
    for name in pending:
        log.info("applied migration %s", name)
    db.execute(f"PRAGMA user_version = {len(SCHEMA.names)}")
    return pending


def _adopt_legacy_record(db: sqlite_utils.Database) -> None:
    """Move the record of a database made before sqlite-utils kept it into its table."""
    legacy = table(db, LEGACY_TABLE)
    if not legacy.exists():
        return
    with db.atomic():
        SCHEMA.ensure_migrations_table(db)
        done = {step.name for step in SCHEMA.applied(db)}
        rows = db.execute(f"select name, applied_at from {LEGACY_TABLE} order by rowid")
        table(db, SCHEMA.migrations_table).insert_all(
            {"migration_set": SCHEMA.name, "name": name, "applied_at": applied_at}
            for name, applied_at in rows.fetchall()
            if name not in done
        )
        legacy.drop()


def check_schema(db: sqlite_utils.Database, path: str | Path) -> None:
    """Raise :class:`StoreError` unless ``db`` is a corpus with every migration applied;
    readers never migrate, so an older corpus is upgraded by ``scrape migrate``."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    current = len(SCHEMA.names)
    if version >= current:
        return
    if not any(table(db, name).exists() for name in (LEGACY_TABLE, SCHEMA.migrations_table)):
        raise StoreError(f"{path} is not a scrape corpus (it records no migrations)")
    raise StoreError(
        f"{path} was made by an older scrape (schema {version}, this one reads "
        f"{current}): run 'scrape migrate --db {path}' to upgrade it"
    )


def _day_of_row(published: str | None, fetched_at: str) -> str:
    """:func:`scrape.models.article_day` of a stored row (ISO 8601 strings)."""
    return article_day(
        datetime.fromisoformat(published) if published else None,
        datetime.fromisoformat(fetched_at),
    ).isoformat()


@SCHEMA(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    table(db, "sources").create(
        {"name": str, "home": str, "config": str, "added_at": str, "last_crawled_at": str},
        pk="name",
    )
    table(db, "urls").create(
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
    table(db, "urls").create_index(["source", "state"])
    table(db, "fetches").create(
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
    table(db, "fetches").create_index(["url"])
    table(db, "articles").create(
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
    table(db, "articles").create_index(["url_key"], unique=True)
    table(db, "articles").create_index(["content_hash"])
    table(db, "articles").create_index(["source", "published"])


@SCHEMA(name="0002_http_cache")
def _http_cache(db: sqlite_utils.Database) -> None:
    """Per-URL validators (ETag, Last-Modified) for the next crawl's conditional requests."""
    table(db, "http_cache").create(
        {"url_key": str, "url": str, "etag": str, "last_modified": str, "updated_at": str},
        pk="url_key",
    )


@SCHEMA(name="0003_duplicate_clusters")
def _duplicate_clusters(db: sqlite_utils.Database) -> None:
    articles = table(db, "articles")
    for column, kind in (
        ("cluster_id", int),
        ("duplicate_of", int),
        ("similarity", float),
        ("day", str),
        ("extracted_at", str),
    ):
        articles.add_column(column, kind)
    db.conn.create_function("article_day", 2, _day_of_row, deterministic=True)
    db.execute(
        "update articles set cluster_id = id, extracted_at = fetched_at, "
        "day = article_day(published, fetched_at)"
    )
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
        dedup.link_duplicate(db, article_id, body, digest, thresholds)


@SCHEMA(name="0004_full_text_search")
def _full_text_search(db: sqlite_utils.Database) -> None:
    articles = table(db, "articles")
    # unicode61 without stemming: the corpus is multilingual and phrases must stay exact.
    articles.enable_fts(
        ["title", "body"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


@SCHEMA(name="0005_raw_pages")
def _raw_pages(db: sqlite_utils.Database) -> None:
    table(db, "pages").create(
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
    table(db, "pages").create_index(["final_url"])
    articles = table(db, "articles")
    articles.add_column("page_id", int)


@SCHEMA(name="0006_export_watermarks")
def _export_watermarks(db: sqlite_utils.Database) -> None:
    table(db, "export_watermarks").create(
        {"name": str, "last_id": int, "updated_at": str}, pk="name", not_null={"last_id"}
    )


@SCHEMA(name="0007_warc_units")
def _warc_units(db: sqlite_utils.Database) -> None:
    # One row per WARC file of `scrape ingest-warc` (see scrape.warc.records.UnitResult).
    table(db, "warc_units").create(
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


@SCHEMA(name="0008_runs")
def _runs(db: sqlite_utils.Database) -> None:
    # The crawl journal (see scrape.store.runs): one row per crawl, one per source in it.
    table(db, "runs").create(
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
    table(db, "run_sources").create(
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
    table(db, "run_sources").create_index(["source", "started_at"])


@SCHEMA(name="0009_article_versions")
def _article_versions(db: sqlite_utils.Database) -> None:
    # Earlier texts of articles whose page changed after they were stored.
    table(db, "article_versions").create(
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
    table(db, "article_versions").create_index(["article_id"])


@SCHEMA(name="0010_site_templates")
def _site_templates(db: sqlite_utils.Database) -> None:
    # Text blocks learned to repeat across a source's articles (see scrape.crawl.templates).
    table(db, "site_templates").create(
        {"source": str, "block": str, "learned_at": str}, pk=("source", "block")
    )


@SCHEMA(name="0011_search_filter_index")
def _search_filter_index(db: sqlite_utils.Database) -> None:
    # Search filters read this narrow index instead of the wide article rows (corpus.search).
    table(db, "articles").create_index(
        ["id", "source", "day", "duplicate_of"], index_name="articles_search_filters"
    )


@SCHEMA(name="0012_parked_pages")
def _parked_pages(db: sqlite_utils.Database) -> None:
    # Pages fetched but not yet stored that the crawl keeps beyond the moment (the articles
    # held while a site's template is learned): their frontier state is 'fetched', and a
    # crawl killed meanwhile resumes from these bytes instead of fetching them again.
    table(db, "parked_pages").create(
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


@SCHEMA(name="0013_retry_schedule")
def _retry_schedule(db: sqlite_utils.Database) -> None:
    # A failed URL is due again at this time (backing off with each failure); NULL: never,
    # the failure is permanent (404, not HTML, too large, refused by the address policy).
    table(db, "urls").add_column("next_attempt_at", str)
    db.execute("update urls set next_attempt_at = updated_at where state = 'failed'")


@SCHEMA(name="0014_fts_reindex_on_text_only")
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


@SCHEMA(name="0015_url_keys_keep_page_parameters")
def _url_keys_keep_page_parameters(db: sqlite_utils.Database) -> None:
    # Keys used to drop any query parameter whose name contained "id", "source", "ga" and
    # the like, so index.php?cid=5 and ?cid=6 were one page: the second was never fetched,
    # or was stored over the first. Only URLs with a query can change, and the new keys only
    # tell more URLs apart, so no two rows meet under one key (a row keyed by an older
    # spelling still could: "or ignore" leaves that one as it was).
    for name, url_column in (
        ("urls", "url"),
        ("articles", "canonical_url"),
        ("http_cache", "url"),
        ("parked_pages", "url"),
    ):
        rows = db.execute(
            f"select rowid, url_key, {url_column} from {name} where {url_column} like '%?%'"
        ).fetchall()
        changed = [(new, rowid) for rowid, key, url in rows if (new := url_key(url)) != key]
        db.conn.executemany(f"update or ignore {name} set url_key = ? where rowid = ?", changed)
        if changed:
            log.info("%s: %d keys now keep the page's query parameters", name, len(changed))


@SCHEMA(name="0016_site_templates_seen_at")
def _site_templates_seen_at(db: sqlite_utils.Database) -> None:
    # When a source's page last showed each block, so that blocks no page shows any more
    # are forgotten (store.templates); until a crawl sees them, since they were learned.
    templates = table(db, "site_templates")
    if "seen_at" not in templates.columns_dict:
        templates.add_column("seen_at", str)
    db.execute("update site_templates set seen_at = learned_at where seen_at is null")

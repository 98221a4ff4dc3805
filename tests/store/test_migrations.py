"""Databases made by older versions open and upgrade themselves, keeping every row.

Two of them: one made by the first schema (migration 0001 only), and
``tests/fixtures/db/schema-0014.db``, made by the last version that kept its own
``_migrations`` table instead of sqlite-utils' ``_sqlite_migrations``.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from scrape.errors import StoreError
from scrape.models import Article, FetchedPage
from scrape.store.articles import content_hash
from scrape.store.database import Store
from scrape.store.schema import LEGACY_TABLE, SCHEMA

FIXTURE = Path(__file__).parent.parent / "fixtures" / "db" / "schema-0014.db"
FIXTURE_STEPS = 14  # the steps its version had: later ones are applied when it is opened

STORY = " ".join(
    f"The river rose {i} metres overnight in town{i} as rain kept falling." for i in range(30)
)
OTHER = " ".join(
    f"Chess club {i} wins the regional title in round{i} after a long game." for i in range(30)
)


def make_first_schema_db(path: Path) -> None:
    """What version 0.1.0 wrote: the 0001 tables, its _migrations row, user_version 1."""
    db = sqlite_utils.Database(path)
    SCHEMA.apply(db, stop_before=SCHEMA.names[1])
    db.execute(f"drop table {SCHEMA.migrations_table}")
    db.execute(f"create table {LEGACY_TABLE} (name text primary key, applied_at text)")
    db.execute(f"insert into {LEGACY_TABLE} values (?, ?)", ["0001_initial", "2024-05-01"])
    db.execute("pragma user_version = 1")
    rows = [
        ("daily", "https://daily.test/flood", STORY, "2024-05-02T08:00:00+02:00"),
        ("wire", "https://wire.test/flood", STORY + " Reporting by the wire desk.", None),
        ("daily", "https://daily.test/chess", OTHER, "2024-05-03T10:00:00+00:00"),
    ]
    for source, url, body, published in rows:
        db.table("articles").insert(
            {
                "source": source,
                "url": url,
                "canonical_url": url,
                "url_key": url,
                "title": "Flood" if "flood" in url else "Chess",
                "published": published,
                "authors": "[]",
                "tags": "[]",
                "body": body,
                "content_hash": content_hash(body),
                "fetched_at": "2024-05-04T00:00:00+00:00",
                "http_status": 200,
                "extractor_version": "1",
            }
        )
    db.conn.commit()
    db.close()


def test_first_schema_database_upgrades_itself(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_first_schema_db(path)
    with Store(path) as store:
        applied = [step.name for step in SCHEMA.applied(store.db)]
        legacy_left = store.db[LEGACY_TABLE].exists()
        version = store.db.execute("pragma user_version").fetchone()[0]
        rows = {
            row["url"]: row
            for row in store.db.query(
                "select id, url, day, cluster_id, duplicate_of, extracted_at from articles"
            )
        }
        found = store.db.execute(
            "select rowid from articles_fts where articles_fts match 'chess'"
        ).fetchall()
    assert applied == SCHEMA.names and not legacy_left
    assert version == len(SCHEMA.names)
    flood, copy, chess = (
        rows["https://daily.test/flood"],
        rows["https://wire.test/flood"],
        rows["https://daily.test/chess"],
    )
    # Existing rows get their day, their cluster and their near-duplicate link...
    assert flood["day"] == "2024-05-02" and copy["day"] == "2024-05-04"
    assert copy["duplicate_of"] == flood["id"] and copy["cluster_id"] == flood["id"]
    assert chess["duplicate_of"] is None and chess["cluster_id"] == chess["id"]
    assert flood["extracted_at"] == "2024-05-04T00:00:00+00:00"
    # ...and are searchable.
    assert found == [(chess["id"],)]


def test_upgraded_database_keeps_working(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_first_schema_db(path)
    Store(path).close()
    with Store(path) as store:
        assert store.migrate() == []
        assert store.article_count() == 3
        assert [row["articles"] for row in store.stats()] == [1, 1, 1]


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the migrations' own record, in rowid order."""
    with sqlite3.connect(path) as conn:
        names = [
            name
            for (name,) in conn.execute("select name from sqlite_master where type = 'table'")
            if name not in (LEGACY_TABLE, SCHEMA.migrations_table)
        ]
        return {name: conn.execute(f"select * from [{name}]").fetchall() for name in names}


def _schema(path: Path) -> set[tuple[str, str]]:
    """The tables, indexes and triggers, with their SQL, but the migrations' own record."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("select name, sql from sqlite_master where sql is not null")
        return {
            (name, sql)
            for name, sql in rows
            if not name.startswith((LEGACY_TABLE, SCHEMA.migrations_table, "idx__sqlite"))
        }


@pytest.fixture
def old_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "articles.db"
    shutil.copyfile(FIXTURE, path)
    return path


def test_a_corpus_of_the_last_own_migrations_table_opens_and_keeps_its_rows(
    old_corpus: Path, tmp_path: Path
) -> None:
    before = _tables(old_corpus)
    with pytest.raises(StoreError, match="scrape migrate"):  # a reader never upgrades
        Store(old_corpus, read_only=True)
    assert _tables(old_corpus) == before
    with Store(old_corpus) as store:
        assert store.applied_migrations == SCHEMA.names[FIXTURE_STEPS:]
        applied = SCHEMA.applied(store.db)
        legacy_left = store.db[LEGACY_TABLE].exists()
    assert [step.name for step in applied] == SCHEMA.names and not legacy_left
    assert all(step.applied_at.startswith("2026-") for step in applied)  # its own dates
    # Its URLs have no query: no key changes. Its template blocks count as seen when learned.
    before["site_templates"] = [(*row, row[-1]) for row in before["site_templates"]]
    assert _tables(old_corpus) == before
    Store(tmp_path / "fresh.db").close()
    assert _schema(old_corpus) == _schema(tmp_path / "fresh.db")


def test_an_upgraded_corpus_keeps_working(old_corpus: Path) -> None:
    Store(old_corpus).close()
    body = " ".join(
        f"The river rose {i} metres overnight in town{i} as rain kept falling." for i in range(30)
    )
    when = datetime(2024, 5, 5, 9, tzinfo=UTC)
    url = "https://copy.example/flood/"
    article = Article(url, url, "Flood", when, None, (), body, "en", None, None, None, ())
    with Store(old_corpus) as store:
        saved = store.save_article(article, FetchedPage(url, url, 200, b"<p>x</p>"), "copy")
        row = store.db["articles"].get(saved.article_id)
        assert store.site_template("daily") == {
            "Subscribe to our newsletter",
            "All rights reserved",
        }
        assert store.parked_page("https://daily.example/2024/05/03/parked/") is not None
        assert store.last_completed_start("daily") is not None
        assert store.export_watermark("nightly") == 2
    assert saved.is_new and saved.duplicate_of == 1  # the fixture's first flood story
    assert row["day"] == "2024-05-05" and row["cluster_id"] == 1


def test_reading_an_older_corpus_names_the_upgrade_and_changes_nothing(
    old_corpus: Path,
) -> None:
    last = SCHEMA.names[-1]
    with sqlite3.connect(old_corpus) as conn:
        conn.execute(f"delete from {LEGACY_TABLE} where name = ?", [last])
        conn.execute(f"pragma user_version = {len(SCHEMA.names) - 1}")
    before = old_corpus.read_bytes()
    with pytest.raises(StoreError, match=f"run 'scrape migrate --db {old_corpus}'"):
        Store(old_corpus, read_only=True)
    assert old_corpus.read_bytes() == before
    with Store(old_corpus) as store:
        assert store.applied_migrations == SCHEMA.names[FIXTURE_STEPS:]
    with Store(old_corpus, read_only=True) as reader:
        assert reader.article_count() == 3


def test_a_database_of_another_program_is_not_taken_for_an_old_corpus(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (id integer primary key, text text)")
    with pytest.raises(StoreError, match="not a scrape corpus"):
        Store(path, read_only=True)


def test_keys_that_dropped_a_page_parameter_are_re_keyed(old_corpus: Path) -> None:
    # Made by 0.1 keys: "cid" read as a tracker, so two articles shared one key.
    with sqlite3.connect(old_corpus) as conn:
        conn.execute(
            "insert into urls (url_key, url, source, state, discovered_at, updated_at) "
            "values ('daily.example/index.php', 'https://daily.example/index.php?cid=7&ref=rss',"
            " 'daily', 'fetched', '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "insert into http_cache (url_key, url, etag, updated_at) values "
            "('daily.example/view', 'https://daily.example/view?uid=3', '\"a\"', '2026-01-01')"
        )
        conn.execute(
            "update articles set canonical_url = canonical_url || '?gallery=2' where id = 1"
        )
    with Store(old_corpus) as store:
        keys = {row[0] for row in store.db.execute("select url_key from urls")}
        cached = store.db.execute("select url_key from http_cache where url like '%uid%'")
        article = store.db.execute("select url_key from articles where id = 1").fetchone()[0]
        cached_key = cached.fetchone()[0]
    assert "daily.example/index.php?cid=7" in keys and "daily.example/index.php" not in keys
    assert cached_key == "daily.example/view?uid=3"
    assert article == "daily.example/2024/05/02/flood?gallery=2"

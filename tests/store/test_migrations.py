"""A database made by the first schema (migration 0001 only) opens and upgrades itself."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from scrape.store.database import MIGRATIONS, Store, content_hash

STORY = " ".join(
    f"The river rose {i} metres overnight in town{i} as rain kept falling." for i in range(30)
)
OTHER = " ".join(
    f"Chess club {i} wins the regional title in round{i} after a long game." for i in range(30)
)


def make_first_schema_db(path: Path) -> None:
    """What version 0.1.0 wrote: the 0001 tables, its _migrations row, user_version 1."""
    name, initial = MIGRATIONS[0]
    assert name == "0001_initial"
    db = sqlite_utils.Database(path)
    db.execute("create table _migrations (name text primary key, applied_at text)")
    initial(db)
    db.execute("insert into _migrations values (?, ?)", [name, "2024-05-01T00:00:00+00:00"])
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
        applied = [row["name"] for row in store.db["_migrations"].rows]
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
    assert applied == [name for name, _ in MIGRATIONS]
    assert version == len(MIGRATIONS)
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

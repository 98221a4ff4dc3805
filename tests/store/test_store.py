"""Store: one row per canonical URL, copies linked not dropped, provenance on every row."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest
from samples import BODY, make, page

from scrape.config import Settings
from scrape.errors import StoreError
from scrape.models import TextDigest
from scrape.store import archive
from scrape.store.articles import EXTRACTOR_VERSION, Saved, content_hash
from scrape.store.database import Store
from scrape.store.runs import RunCounters
from scrape.store.schema import SCHEMA


def save(store: Store, url: str, source: str = "daily", **fields: object) -> Saved:
    store.add_urls(source, [(url, None)])
    return store.save_article(make(url, **fields), page(url), source)


def test_article_row_carries_provenance(memory_store: Store) -> None:
    saved = save(memory_store, "https://daily.test/a")
    record = next(memory_store.db.query("select * from articles"))
    assert record["id"] == saved.article_id
    assert record["source"] == "daily"
    assert record["url"] == "https://daily.test/a"
    assert record["canonical_url"] == "https://daily.test/a"
    assert record["fetched_at"] == "2024-05-01T10:00:00+00:00"
    assert record["http_status"] == 200
    assert record["extractor_version"] == EXTRACTOR_VERSION
    assert record["content_hash"] == content_hash(BODY)
    assert record["day"] == "2024-05-01"
    assert record["cluster_id"] == record["id"] and record["duplicate_of"] is None
    assert json.loads(record["authors"]) == ["Ana Lopez"]


def test_a_body_digest_worked_out_beforehand_is_stored_as_given(memory_store: Store) -> None:
    url = "https://daily.test/a"
    memory_store.add_urls("daily", [(url, None)])
    digest = TextDigest(content_hash("the body as the worker saw it"), 6)
    memory_store.save_article(make(url), page(url), "daily", digest=digest)
    record = next(memory_store.db.query("select content_hash, word_count from articles"))
    assert (record["content_hash"], record["word_count"]) == (digest.content_hash, 6)


def test_same_canonical_url_is_stored_once(memory_store: Store) -> None:
    first = save(memory_store, "https://daily.test/a?utm_source=x")
    again = save(memory_store, "https://daily.test/a", canonical="https://daily.test/a")
    assert first.is_new and not again.is_new
    assert again.article_id == first.article_id
    assert memory_store.article_count() == 1
    states = memory_store.db.execute("select state, article_id from urls").fetchall()
    assert {tuple(s) for s in states} == {("extracted", first.article_id)}


def test_exact_copy_elsewhere_is_kept_and_linked(memory_store: Store) -> None:
    original = save(memory_store, "https://daily.test/a")
    # The same body with other whitespace and case: a syndicated copy on another site.
    copy = save(memory_store, "https://wire.test/b", source="wire", body=BODY.upper() + "\n")
    assert copy.is_new and copy.is_duplicate
    assert copy.duplicate_of == original.article_id
    row = memory_store.db.execute(
        "select source, cluster_id, duplicate_of, similarity from articles where id = ?",
        [copy.article_id],
    ).fetchone()
    assert tuple(row) == ("wire", original.article_id, original.article_id, 1.0)
    unique = memory_store.db.execute("select count(*) from articles where duplicate_of is null")
    assert unique.fetchone()[0] == 1


def test_near_copy_joins_the_cluster_of_the_first_article(memory_store: Store) -> None:
    first = save(memory_store, "https://daily.test/a")
    edited = BODY.replace("word3 ", "word3 and more ") + " Copyright Wire."
    second = save(memory_store, "https://wire.test/b", source="wire", body=edited)
    third = save(memory_store, "https://other.test/c", source="other", body=edited + " Extra.")
    assert second.duplicate_of == first.article_id
    assert third.duplicate_of in (first.article_id, second.article_id)
    clusters = memory_store.db.execute("select distinct cluster_id from articles").fetchall()
    assert clusters == [(first.article_id,)]


def test_unrelated_article_starts_its_own_cluster(memory_store: Store) -> None:
    save(memory_store, "https://daily.test/a")
    other = " ".join(f"Harbour {i} storm closes ferry line{i} for the day." for i in range(40))
    saved = save(memory_store, "https://daily.test/b", body=other)
    assert not saved.is_duplicate


def test_raw_pages_are_kept_only_when_asked(tmp_path: object) -> None:
    with Store(memory=True) as store:
        save(store, "https://daily.test/a")
        assert store.db["pages"].count == 0
    html = "<html><body>Ünïcode page</body></html>".encode() * 50
    with Store(memory=True, settings=Settings(keep_raw_html=True)) as store:
        store.add_urls("daily", [("https://daily.test/a", None)])
        saved = store.save_article(
            make("https://daily.test/a"), page("https://daily.test/a", html), "daily"
        )
        row = store.db.execute(
            "select p.content, p.encoding, p.size, p.headers, p.status from pages p "
            "join articles a on a.page_id = p.id where a.id = ?",
            [saved.article_id],
        ).fetchone()
    assert archive.decompress(row[0], row[1]) == html
    assert row[2] == len(html) and len(row[0]) < len(html)
    assert json.loads(row[3])["etag"] == '"v1"' and row[4] == 200


def test_corrupt_archive_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="corrupt"):
        archive.decompress(b"not zstd", archive.ENCODING)
    with pytest.raises(StoreError, match="unknown encoding"):
        archive.decompress(b"", "lz4")


def test_migrations_are_recorded_and_counted(tmp_path: object) -> None:
    path = f"{tmp_path}/corpus.db"
    with Store(path) as store:
        names = [step.name for step in SCHEMA.applied(store.db)]
        version = store.db.execute("pragma user_version").fetchone()[0]
    assert names == SCHEMA.names and names[0] == "0001_initial"
    assert version == len(SCHEMA.names)
    with Store(path) as store:
        assert store.migrate() == []


def test_full_text_index_follows_the_text_and_nothing_else(memory_store: Store) -> None:
    article_id = save(memory_store, "https://daily.example/a").article_id
    conn = memory_store.db.conn

    def matches(word: str) -> list[int]:
        sql = "select rowid from articles_fts where articles_fts match ?"
        return [row[0] for row in conn.execute(sql, [word])]

    before = conn.total_changes
    with memory_store.transaction():
        conn.execute("update articles set similarity = 0.5 where id = ?", [article_id])
    assert conn.total_changes - before == 1  # the row alone: the index is not rewritten

    with memory_store.transaction():
        conn.execute(
            "update articles set body = 'Harbour ferries resume' where id = ?", [article_id]
        )
    assert matches("ferries") == [article_id]
    assert matches("word7") == []


def test_nested_transactions_commit_once_and_roll_back_together(memory_store: Store) -> None:
    memory_store.add_urls("daily", [("https://daily.example/a", None)])
    with pytest.raises(RuntimeError), memory_store.transaction():
        memory_store.log_fetch("https://daily.example/a", "daily", outcome="article")
        memory_store.mark_url("https://daily.example/a", "extracted")  # nested: no commit
        raise RuntimeError("the page's other writes failed")
    assert memory_store.db.execute("select count(*) from fetches").fetchone() == (0,)
    state = memory_store.db.execute("select state from urls").fetchone()
    assert state == ("new",)


def test_bulk_writes_give_back_the_connection_settings(tmp_path: object) -> None:
    with Store(f"{tmp_path}/corpus.db") as store:

        def settings() -> tuple[int, int]:
            (sync,) = store.db.execute("pragma synchronous").fetchone()
            (checkpoint,) = store.db.execute("pragma wal_autocheckpoint").fetchone()
            return sync, checkpoint

        before = settings()
        with store.bulk_writes():
            assert settings()[0] == 1 and settings()[1] > before[1]  # NORMAL, wider
            save(store, "https://daily.test/a")
        with pytest.raises(RuntimeError), store.bulk_writes(durable=False):
            assert settings()[0] == 0  # OFF
            raise RuntimeError("a failure inside leaves the settings as they were")
        assert settings() == before
        assert store.article_count() == 1


def test_the_run_journal_keeps_every_counter(memory_store: Store) -> None:
    columns = set(memory_store.db["run_sources"].columns_dict)
    assert {f.name for f in fields(RunCounters)} <= columns


def test_merged_articles_keep_their_provenance_and_archive_no_page(tmp_path: object) -> None:
    shard = Store(memory=True, settings=Settings(near_duplicates=False))
    shard.save_article(
        make("https://wire.test/b", published=None), page("https://wire.test/b"), "w"
    )
    with Store(f"{tmp_path}/corpus.db", settings=Settings(keep_raw_html=True)) as store:
        first = save(store, "https://daily.test/a")
        assert store.merge_articles(shard) == (1, 0)
        assert store.merge_articles(shard) == (0, 1)
        row = store.db.execute(
            "select url, fetched_at, day, http_status, duplicate_of, page_id from articles "
            "where source = 'w'"
        ).fetchone()
        pages = store.db.execute("select count(*) from pages").fetchone()[0]
    assert tuple(row) == (
        "https://wire.test/b",
        "2024-05-01T10:00:00+00:00",
        "2024-05-01",  # no publication date: the day it was fetched
        200,
        first.article_id,
        None,
    )
    assert pages == 1  # the crawled page only: a merged row has no page to archive

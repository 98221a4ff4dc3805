"""Full-text search: ranking, filters, snippets, and user input that never breaks anything."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import make, page

from scrape.cli.main import main
from scrape.corpus.search import connect_read_only, fts_query, search
from scrape.errors import SearchError
from scrape.store.database import Store

FILLER = " ".join(f"Other council matters item{i} were discussed at length." for i in range(30))


def filler(n: int) -> str:
    """Council filler distinct per article, so the articles are not near-duplicates."""
    return " ".join(f"Council item{i} topic{n * 100 + i} was discussed." for i in range(30))


ARTICLES = [
    # (source, url, title, body, day)
    (
        "daily",
        "https://daily.test/1",
        "Heat wave grips Europe",
        "Temperatures soared. ",
        1,
    ),
    (
        "daily",
        "https://daily.test/2",
        "Budget vote",
        "The heat wave was mentioned once. ",
        2,
    ),
    ("wire", "https://wire.test/3", "Harbour news", "A wave of heat hit the harbour. ", 3),
    ("wire", "https://wire.test/4", "Ferry strike", "Ferry workers strike over pay. ", 4),
]


def build(path: Path) -> dict[str, int]:
    ids = {}
    with Store(path) as store:
        for source, url, title, body, day in ARTICLES:
            published = datetime(2024, 5, day, 9, tzinfo=UTC)
            article = make(url, body=body + filler(len(ids)), title=title, published=published)
            ids[url] = store.save_article(article, page(url), source).article_id
    return ids


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, dict[str, int], Path]]:
    path = tmp_path / "corpus.db"
    ids = build(path)
    conn = connect_read_only(path)
    yield conn, ids, path
    conn.close()


def test_ranks_title_matches_first_with_snippets(corpus: tuple) -> None:
    conn, ids, _ = corpus
    hits = search(conn, "heat wave")
    assert [h.id for h in hits][:2] == [ids["https://daily.test/1"], ids["https://daily.test/2"]]
    assert {h.id for h in hits} == {ids[u] for u in list(ids)[:3]}  # all with both words
    assert "[heat] [wave]" in hits[1].snippet


def test_phrase_and_prefix(corpus: tuple) -> None:
    conn, ids, _ = corpus
    assert [h.id for h in search(conn, '"heat wave" budget')] == [ids["https://daily.test/2"]]
    assert {h.id for h in search(conn, "harb*")} == {ids["https://wire.test/3"]}


def test_filters(corpus: tuple) -> None:
    conn, _, _ = corpus
    assert {h.source for h in search(conn, "council", source="wire")} == {"wire"}
    days = {h.day for h in search(conn, "council", since=date(2024, 5, 2), until=date(2024, 5, 3))}
    assert days == {"2024-05-02", "2024-05-03"}
    assert search(conn, "council", source="nobody") == []


def test_unique_leaves_out_copies(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as store:
        for source, url in (("daily", "https://daily.test/a"), ("wire", "https://wire.test/a")):
            store.save_article(make(url, body="Storm warning. " + FILLER), page(url), source)
    conn = connect_read_only(path)
    assert len(search(conn, "storm")) == 2
    assert [h.source for h in search(conn, "storm", unique=True)] == ["daily"]


def test_index_follows_updates_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    ids = build(path)
    target = ids["https://wire.test/4"]
    with Store(path) as store, store.transaction():
        store.db.execute("update articles set body = 'Zeppelin sighted.' where id = ?", [target])
        store.db.execute("delete from articles where id = ?", [ids["https://daily.test/1"]])
    conn = connect_read_only(path)
    assert [h.id for h in search(conn, "zeppelin")] == [target]
    assert search(conn, "ferry workers") == []
    assert ids["https://daily.test/1"] not in {h.id for h in search(conn, "heat")}


@pytest.mark.parametrize(
    "query", ["NOT", "heat NOT", '"unbalanced', "'; DROP TABLE articles; --", "a OR", "title:x"]
)
def test_hostile_input_is_searched_literally(corpus: tuple, query: str) -> None:
    conn, _, path = corpus
    search(conn, query)  # no exception: every word is a literal term
    with Store(path) as store:
        assert store.article_count() == len(ARTICLES)


@pytest.mark.parametrize("query", ["NOT", '"unbalanced', "heat AND", "'; DROP TABLE articles"])
def test_raw_syntax_errors_are_clean(corpus: tuple, query: str) -> None:
    conn, _, _ = corpus
    with pytest.raises(SearchError, match="not a valid full-text query"):
        search(conn, query, raw=True)


def test_raw_mode_offers_fts_operators(corpus: tuple) -> None:
    conn, ids, _ = corpus
    hits = search(conn, "heat NOT budget", raw=True)
    assert ids["https://daily.test/2"] not in {h.id for h in hits}


@pytest.mark.parametrize("query", ["", "   ", "'; --", '""', "*"])
def test_nothing_searchable_is_a_clean_error(corpus: tuple, query: str) -> None:
    conn, _, _ = corpus
    with pytest.raises(SearchError, match="nothing to search for"):
        search(conn, query)


def test_time_limit_stops_a_search(tmp_path: Path) -> None:
    path = tmp_path / "big.db"
    with Store(path) as store, store.transaction():
        store.db.table("articles").insert_all(
            {
                "source": "s",
                "url": f"https://s.test/{n}",
                "canonical_url": f"https://s.test/{n}",
                "url_key": f"s.test/{n}",
                "body": f"council {filler(n)}",
                "content_hash": str(n),
            }
            for n in range(500)
        )
    conn = connect_read_only(path)
    with pytest.raises(SearchError, match="took longer"):
        search(conn, "council", timeout=0)
    assert len(search(conn, "council")) == 20  # the connection is usable afterwards


def test_search_connection_cannot_write(corpus: tuple) -> None:
    conn, _, _ = corpus
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("delete from articles")


def test_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(SearchError, match="no database"):
        connect_read_only(tmp_path / "nope.db")


@given(st.text(max_size=60))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_gives_results_or_a_search_error(corpus: tuple, text: str) -> None:
    conn, _, _ = corpus
    try:
        search(conn, text)
    except SearchError as exc:
        assert "nothing to search for" in str(exc)


def test_fts_query_quotes_everything() -> None:
    assert fts_query('heat "wave of" NOT x*') == '"heat" "wave of" "NOT" "x"*'


def test_cli_search_json_and_text(corpus: tuple) -> None:
    _, ids, path = corpus
    runner = CliRunner()
    result = runner.invoke(main, ["search", "heat wave", "--db", str(path), "--json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert hits[0]["id"] == ids["https://daily.test/1"] and "snippet" in hits[0]
    result = runner.invoke(main, ["search", "ferry", "--db", str(path), "--source", "wire"])
    assert result.exit_code == 0 and "Ferry strike" in result.output
    result = runner.invoke(main, ["search", "NOT", "--raw", "--db", str(path)])
    assert result.exit_code == 1 and "not a valid full-text query" in result.output
    assert "Traceback" not in result.output


def test_cli_snippets_keep_the_spaces_around_a_match(corpus: tuple) -> None:
    _, _, path = corpus
    result = CliRunner().invoke(main, ["search", "mentioned", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "The heat wave was mentioned once." in result.output


def test_too_many_words_is_a_clear_error_before_any_work(corpus: tuple) -> None:
    conn, _, path = corpus
    four_thousand = " ".join(["heat", "wave"] * 2000)
    with pytest.raises(SearchError, match="has 4000 words; at most 32"):
        search(conn, four_thousand, timeout=0.01)
    with pytest.raises(SearchError, match="at most 32"):
        search(conn, f'"{four_thousand}"', raw=True)
    assert search(conn, " ".join(["heat"] * 32))  # at the cap: searched
    result = CliRunner().invoke(main, ["search", four_thousand, "--db", str(path)])
    assert result.exit_code == 1 and "at most 32 are searched" in result.output

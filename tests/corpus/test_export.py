"""Exports: records valid against the published schema, filters, incremental runs."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from samples import add, body, make, page

from scrape.cli.main import main
from scrape.corpus.export import export, get_watermark
from scrape.corpus.reader import ArticleFilter, article_schema, open_corpus, record_columns
from scrape.errors import StoreError
from scrape.store.database import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    add(path, range(6))
    add(path, range(6, 9), source="wire")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_jsonl_records_match_the_schema(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    with open_corpus(db) as corpus:
        result = export(corpus, "jsonl", out)
    records = read_jsonl(out)
    assert result.rows == len(records) == 9
    validator = jsonschema.Draft202012Validator(
        article_schema(), format_checker=jsonschema.FormatChecker()
    )
    for record in records:
        validator.validate(record)
    assert records[0]["authors"] == ["Ana", "Ben"]
    assert list(records[0]) == record_columns()


def test_csv_round_trips_to_the_same_records(db: Path, tmp_path: Path) -> None:
    with open_corpus(db) as corpus:
        export(corpus, "jsonl", tmp_path / "a.jsonl")
        export(corpus, "csv", tmp_path / "a.csv")
    expected = read_jsonl(tmp_path / "a.jsonl")
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["id"] for r in rows] == [str(r["id"]) for r in expected]
    assert [json.loads(r["authors"]) for r in rows] == [r["authors"] for r in expected]
    assert [r["body"] for r in rows] == [r["body"] for r in expected]


def test_parquet_has_typed_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.parquet"
    with open_corpus(db) as corpus:
        export(corpus, "parquet", out, ArticleFilter(source="wire"))
    table = pq.read_table(out)
    assert table.num_rows == 3 and table.column_names == record_columns()
    assert str(table.schema.field("published").type) == "timestamp[ms, tz=UTC]"
    assert table.column("authors").to_pylist()[0] == ["Ana", "Ben"]
    assert set(table.column("source").to_pylist()) == {"wire"}


def test_filters(db: Path) -> None:
    with open_corpus(db) as corpus:
        assert corpus.count(source="wire") == 3
        days = {r["day"] for r in corpus.articles(since=date(2024, 5, 2), until=date(2024, 5, 3))}
        assert days == {"2024-05-02", "2024-05-03"}
        assert [r["id"] for r in corpus.articles(after_id=7)] == [8, 9]


def test_watermark_continues_where_the_last_export_stopped(db: Path, tmp_path: Path) -> None:
    with open_corpus(db) as corpus:
        first = export(corpus, "jsonl", tmp_path / "1.jsonl", watermark="nightly")
        assert first.rows == 9 and get_watermark(corpus, "nightly") == 9
        empty = export(corpus, "jsonl", tmp_path / "2.jsonl", watermark="nightly")
        assert empty.rows == 0 and get_watermark(corpus, "nightly") == 9
    add(db, range(20, 23))
    with open_corpus(db) as corpus:
        third = export(corpus, "jsonl", tmp_path / "3.jsonl", watermark="nightly")
    assert [r["id"] for r in read_jsonl(tmp_path / "3.jsonl")] == [10, 11, 12]
    assert third.last_id == 12


def test_failed_export_leaves_no_file_and_keeps_the_watermark(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    with open_corpus(db) as corpus:
        records = corpus.records

        def failing(where: ArticleFilter):  # type: ignore[no-untyped-def]
            for n, record in enumerate(records(where)):
                if n == 5:
                    raise OSError("disk full")
                yield record

        corpus.records = failing  # type: ignore[method-assign]
        with pytest.raises(OSError, match="disk full"):
            export(corpus, "jsonl", out, watermark="w")
        assert get_watermark(corpus, "w") == 0
    assert not out.exists() and not list(tmp_path.glob(".*partial"))


def test_bad_requests_are_clear_errors(db: Path) -> None:
    with open_corpus(db) as corpus:
        with pytest.raises(StoreError, match="unknown export format"):
            export(corpus, "xml")
        with pytest.raises(StoreError, match="needs a file"):
            export(corpus, "parquet")
        with pytest.raises(StoreError, match="not both"):
            export(corpus, "jsonl", watermark="w", where=ArticleFilter(after_id=3))


def test_cli_export_to_stdout_and_file(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(db), "--source", "wire", "--after-id", "7"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert [json.loads(line)["id"] for line in lines] == [8, 9]
    out = tmp_path / "x.csv"
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))) == 9
    result = runner.invoke(main, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no database" in result.output


def test_dataframe(db: Path) -> None:
    with open_corpus(db) as corpus:
        frame = corpus.dataframe(source="daily")
    assert len(frame) == 6 and frame.index.name == "id"
    assert str(frame["published"].dtype).startswith("datetime64") and frame["published"].dt.tz
    assert frame.iloc[0]["authors"] == ["Ana", "Ben"]


def test_cluster_lists_every_copy(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as store:
        for source in ("daily", "wire", "other"):
            url = f"https://{source}.test/x"
            store.save_article(make(url, body=body(1)), page(url), source)
    with open_corpus(path) as corpus:
        assert [r["source"] for r in corpus.cluster(3)] == ["daily", "wire", "other"]
        with pytest.raises(StoreError, match="no article"):
            corpus.cluster(99)


def test_open_corpus_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_corpus(tmp_path / "missing.db")

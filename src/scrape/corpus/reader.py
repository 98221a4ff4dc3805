"""Reading the corpus from Python: ``scrape.open_corpus(path)``.

    with scrape.open_corpus("data/articles.db") as corpus:
        for article in corpus.articles(source="bbc", since=date(2024, 5, 1), unique=True):
            ...
        frame = corpus.dataframe(source="bbc")          # needs pandas
        hits = corpus.search('"heat wave" europe')

Records are plain dicts shaped as ``article.schema.json`` describes (the same records the
exports write). Iteration pages through the table by id, so memory stays flat on any
corpus size and a crawl writing at the same time is never blocked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import StoreError
from ..store.database import Store
from . import search as search_module

if TYPE_CHECKING:
    import pandas

PAGE_SIZE = 500
_JSON_ARRAYS = ("authors", "tags")


@cache
def article_schema() -> dict[str, Any]:
    """The JSON Schema of an article record (``scrape/article.schema.json``)."""
    text = resources.files("scrape").joinpath("article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def record_columns() -> list[str]:
    """The fields of an article record, in schema order."""
    return list(article_schema()["properties"])


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles to read. Every field narrows; the default is all of them."""

    source: str | None = None
    since: date | str | None = None  # day on or after (a date or an ISO 8601 string)
    until: date | str | None = None  # day on or before
    after_id: int | None = None  # id greater than (incremental reads)
    unique: bool = False  # leave out copies of other articles

    def __post_init__(self) -> None:
        _day_text(self.since, "since")  # a bad date fails here, not at the first read
        _day_text(self.until, "until")

    def sql(self) -> tuple[str, list[Any]]:
        """A ``where`` clause (without the keyword) and its parameters."""
        clauses, params = ["1"], []
        for clause, value in (
            ("source = ?", self.source),
            ("day >= ?", _day_text(self.since, "since")),
            ("day <= ?", _day_text(self.until, "until")),
            ("id > ?", self.after_id),
        ):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if self.unique:
            clauses.append("duplicate_of is null")
        return " and ".join(clauses), params


def _day_text(value: date | str | None, name: str) -> str | None:
    """``YYYY-MM-DD`` of a date, a datetime or an ISO 8601 string (day or timestamp)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise StoreError(f"{name}: not an ISO 8601 date: {value!r}") from None
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


class Corpus:
    """A corpus database opened read-only: reading never changes the file, so it works on
    a read-only copy or mount and never waits for a crawl writing to it."""

    def __init__(self, path: str | Path, settings: Settings | None = None) -> None:
        self.path = Path(path)
        self.store = Store(self.path, settings=settings, read_only=True)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def articles(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Article records in id order; ``filters`` are :class:`ArticleFilter` fields."""
        yield from self.records(ArticleFilter(**filters))

    def records(self, where: ArticleFilter) -> Iterator[dict[str, Any]]:
        clause, params = where.sql()
        columns = ", ".join(record_columns())
        last_id = 0
        while True:
            rows = self.store.db.execute(
                f"select {columns} from articles where {clause} and id > ? order by id limit ?",
                [*params, last_id, PAGE_SIZE],
            )
            names = [d[0] for d in rows.description]
            batch = rows.fetchall()
            for row in batch:
                yield as_record(dict(zip(names, row, strict=True)))
            if len(batch) < PAGE_SIZE:
                return
            last_id = batch[-1][0]

    def count(self, **filters: Any) -> int:
        clause, params = ArticleFilter(**filters).sql()
        row = self.store.db.execute(f"select count(*) from articles where {clause}", params)
        return int(row.fetchone()[0])

    def cluster(self, article_id: int) -> list[dict[str, Any]]:
        """Every stored copy of the story ``article_id`` belongs to, first article first."""
        row = self.store.db.execute(
            "select cluster_id from articles where id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article_id}")
        return list(self._where("cluster_id = ?", [row[0]]))

    def _where(self, clause: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        columns = ", ".join(record_columns())
        for row in self.store.db.query(
            f"select {columns} from articles where {clause} order by id", params
        ):
            yield as_record(row)

    def dataframe(self, **filters: Any) -> pandas.DataFrame:
        """The filtered articles as a pandas DataFrame (dates as UTC timestamps)."""
        try:
            import pandas
        except ImportError:
            raise StoreError("DataFrames need pandas: pip install 'scrape[pandas]'") from None
        frame = pandas.DataFrame.from_records(
            list(self.articles(**filters)), columns=record_columns()
        )
        for column in ("published", "modified", "fetched_at", "extracted_at"):
            frame[column] = pandas.to_datetime(frame[column], utc=True, format="ISO8601")
        return frame.set_index("id")

    def search(self, query: str, **options: Any) -> list[search_module.Hit]:
        """Ranked full-text hits; ``options`` as for :func:`scrape.corpus.search.search`."""
        return search_module.search(self.store.db.conn, query, **options)

    def sources(self) -> list[str]:
        """The names of the sources this corpus has crawled or holds articles of."""
        return self.store.source_names()

    def check_source(self, name: str | None) -> None:
        """Raise :class:`StoreError` naming the known sources if ``name`` is not one."""
        if name is not None and name not in (known := self.sources()):
            raise StoreError(
                f"no source named {name!r} in {self.path} (known: {', '.join(known) or 'none'})"
            )


def as_record(row: dict[str, Any]) -> dict[str, Any]:
    """A database row as an article record: JSON array columns decoded."""
    for column in _JSON_ARRAYS:
        row[column] = json.loads(row[column]) if row[column] else []
    return row


def open_corpus(path: str | Path, settings: Settings | None = None) -> Corpus:
    """Open the corpus at ``path`` read-only. Raises :class:`StoreError` when it is
    missing, not a SQLite database, or older than this code (``scrape migrate`` upgrades
    it)."""
    return Corpus(path, settings)

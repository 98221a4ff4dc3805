"""Exports for downstream pipelines: JSONL, CSV and Parquet, streamed and incremental.

Records are those of ``article.schema.json``, read page by page (constant memory) and
written as they come, to standard output or to a file (see :mod:`scrape.output`: a
regular file is replaced only once the export is complete; a device, FIFO or symlink is
written through, never replaced).

Incremental exports: ``after_id`` exports articles stored after that id; a named
``watermark`` does the bookkeeping instead, continuing from where the last successful
export under that name stopped and advancing only once the new file is complete. Ids only
grow, so nothing is missed or sent twice; an article changed in place (``scrape
reextract``) is not sent again. Recording a watermark is the one write of an export: a
short transaction of its own once the output is complete (the corpus is otherwise read
read-only, and a read-only corpus can be exported without a watermark).

JSONL and CSV keep dates as the ISO 8601 strings of the database (with the publisher's
UTC offset); CSV puts ``authors`` and ``tags`` in one cell each as JSON arrays. Parquet
(``pip install 'scrape[parquet]'``) has typed columns: UTC timestamps, lists of strings.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from ..output import output_file
from ..store.watermarks import record_export_watermark
from .reader import ArticleFilter, Corpus, article_schema, record_columns

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_ROWS_PER_GROUP = 2000


@dataclass(frozen=True)
class ExportResult:
    rows: int
    last_id: int | None  # highest id written; None when nothing was
    path: Path | None  # None for standard output


def export(
    corpus: Corpus,
    fmt: str,
    out: str | Path | None = None,
    where: ArticleFilter | None = None,
    watermark: str | None = None,
) -> ExportResult:
    """Write the articles ``where`` selects to ``out`` (standard output if None)."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    where = where or ArticleFilter()
    if watermark is not None:
        if where.after_id is not None:
            raise StoreError("give either an id to start after or a watermark, not both")
        where = ArticleFilter(**{**where.__dict__, "after_id": get_watermark(corpus, watermark)})
    if out == "-":
        out = None
    if fmt == "parquet" and out is None:
        raise StoreError("Parquet needs a file: give --out PATH")
    tracked = _Tracked(corpus.records(where))
    if out is None:
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        _write_text(fmt, tracked, stream)
        stream.flush()
        stream.detach()
        path = None
    else:
        path = Path(out)
        with output_file(path) as binary:
            if fmt == "parquet":
                write_parquet(tracked, binary)
            else:
                stream = io.TextIOWrapper(binary, encoding="utf-8", newline="")
                _write_text(fmt, tracked, stream)
                stream.flush()
                stream.detach()
    if watermark is not None and tracked.last_id is not None:
        set_watermark(corpus, watermark, tracked.last_id)
    return ExportResult(tracked.rows, tracked.last_id, path)


class _Tracked:
    """Passes records through, remembering how many and the last id."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self._records = records
        self.rows = 0
        self.last_id: int | None = None

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for record in self._records:
            self.rows += 1
            self.last_id = record["id"]
            yield record


def _write_text(fmt: str, records: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    if fmt == "jsonl":
        write_jsonl(records, stream)
    else:
        write_csv(records, stream)


def write_jsonl(records: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(records: Iterable[dict[str, Any]], stream: IO[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=record_columns())
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                key: json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
                for key, value in record.items()
            }
        )


def write_parquet(records: Iterable[dict[str, Any]], path: Path | IO[bytes]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'scrape[parquet]'") from None
    schema = parquet_schema()
    timestamps = [f.name for f in schema if pa.types.is_timestamp(f.type)]
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            for column in timestamps:
                value = record[column]
                record[column] = datetime.fromisoformat(value) if value else None
            batch.append(record)
            if len(batch) == PARQUET_ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def parquet_schema() -> Any:
    """The Arrow schema of an article record, derived from the JSON Schema."""
    import pyarrow as pa

    fields = []
    for name, spec in article_schema()["properties"].items():
        kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
        kind = next(k for k in kinds if k != "null")
        if kind == "array":
            arrow_type = pa.list_(pa.string())
        elif spec.get("format") == "date-time":
            arrow_type = pa.timestamp("ms", tz="UTC")
        else:
            arrow_type = {"integer": pa.int64(), "number": pa.float64()}.get(kind, pa.string())
        description = spec.get("description", "").encode("utf-8")
        fields.append(
            pa.field(name, arrow_type, nullable="null" in kinds, metadata={"doc": description})
        )
    return pa.schema(fields)


def get_watermark(corpus: Corpus, name: str) -> int:
    """The last id exported under ``name`` (0 before the first export)."""
    return corpus.store.export_watermark(name)


def set_watermark(corpus: Corpus, name: str, last_id: int) -> None:
    """Record ``last_id`` under ``name`` (the one write of an export)."""
    record_export_watermark(corpus.path, name, last_id)

"""Export watermarks (``export_watermarks``): the last article id each named incremental
export reached."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from .connection import BUSY_TIMEOUT_MS, Connection, now_iso


class ExportWatermarks(Connection):
    def export_watermark(self, name: str) -> int:
        """The last id exported under ``name`` (0 before the first export)."""
        row = self.db.execute(
            "select last_id from export_watermarks where name = ?", [name]
        ).fetchone()
        return int(row[0]) if row else 0


def record_export_watermark(path: str | Path, name: str, last_id: int) -> None:
    """Record ``last_id`` under ``name`` in the corpus at ``path``: a connection of its own,
    since exports read the corpus read-only; it waits for a crawl's transaction as any
    writer does."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        with conn:
            conn.execute(
                "insert into export_watermarks (name, last_id, updated_at) values (?, ?, ?) "
                "on conflict (name) do update set last_id = excluded.last_id, "
                "updated_at = excluded.updated_at",
                [name, last_id, now_iso()],
            )
    except sqlite3.Error as exc:
        raise StoreError(
            f"{path}: exported up to id {last_id} but could not record watermark {name!r}: {exc}"
        ) from None
    finally:
        conn.close()

"""WARC units (``warc_units``): how each WARC file of ``scrape ingest-warc`` went, so an
interrupted or repeated ingest skips the files already done."""

from __future__ import annotations

from typing import Any

from .connection import Connection, table


class WarcUnits(Connection):
    def record_warc_unit(self, row: dict[str, Any]) -> None:
        """Record how one WARC file went, replacing an earlier attempt's row."""
        with self.transaction():
            table(self.db, "warc_units").insert(row, replace=True)

    def warc_units(self, state: str | None = None) -> dict[str, dict[str, Any]]:
        """The recorded WARC files by unit name, optionally only those in ``state``."""
        where, args = ("state = ?", [state]) if state else (None, None)
        return {row["unit"]: row for row in table(self.db, "warc_units").rows_where(where, args)}

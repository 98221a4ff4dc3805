"""Sources (``sources``): each crawled source, its settings as last configured, and when it
was last crawled."""

from __future__ import annotations

import logging

from ..config import Source
from .connection import Connection, now_iso, table

log = logging.getLogger(__name__)


class Sources(Connection):
    def upsert_source(self, source: Source) -> None:
        record = {
            "name": source.name,
            "home": source.home,
            "config": source.model_dump_json(exclude_defaults=True),
        }
        with self.transaction():
            if table(self.db, "sources").count_where("name = ?", [source.name]):
                table(self.db, "sources").update(source.name, record)
            else:
                table(self.db, "sources").insert({**record, "added_at": now_iso()})

    def mark_crawled(self, source_name: str) -> None:
        with self.transaction():
            table(self.db, "sources").update(source_name, {"last_crawled_at": now_iso()})

    def source_config(self, source_name: str) -> Source | None:
        """The source's settings as last crawled; ``None`` when unknown, or written by an
        older version with other fields."""
        row = self.db.execute("select config from sources where name = ?", [source_name])
        found = row.fetchone()
        if not found or not found[0]:
            return None
        try:
            return Source.model_validate_json(found[0])
        except ValueError:
            log.info("source %s: stored settings no longer valid; ignored", source_name)
            return None

    def source_names(self) -> list[str]:
        """The sources this corpus has crawled or holds articles of, by name."""
        rows = self.db.execute(
            "select name from sources union select distinct source from articles order by 1"
        )
        return [row[0] for row in rows]

"""Site templates (``site_templates``): the text blocks learned to repeat across a source's
pages, which extraction then leaves out of article bodies."""

from __future__ import annotations

from collections.abc import Iterable

from .connection import Connection, now_iso, table


class SiteTemplates(Connection):
    def site_template(self, source_name: str) -> frozenset[str]:
        """The text blocks learned to be the source's page template."""
        rows = self.db.execute("select block from site_templates where source = ?", [source_name])
        return frozenset(row[0] for row in rows)

    def save_site_template(self, source_name: str, blocks: Iterable[str]) -> None:
        stamp = now_iso()
        with self.transaction():
            table(self.db, "site_templates").insert_all(
                ({"source": source_name, "block": b, "learned_at": stamp} for b in blocks),
                ignore=True,
            )

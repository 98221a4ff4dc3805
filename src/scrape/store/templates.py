"""Site templates (``site_templates``): the text blocks learned to repeat across a source's
pages, which extraction then leaves out of article bodies."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from .connection import Connection, iso

# A stored block that no page of its source has shown for this long is forgotten: the
# teasers and dated bylines of last season are no part of what the site repeats now, and a
# source's template must not grow with every crawl a cron job runs.
TEMPLATE_MAX_AGE = timedelta(days=30)


class SiteTemplates(Connection):
    def site_template(self, source_name: str) -> frozenset[str]:
        """The text blocks learned to be the source's page template."""
        rows = self.db.execute("select block from site_templates where source = ?", [source_name])
        return frozenset(row[0] for row in rows)

    def save_site_template(
        self, source_name: str, shown: Iterable[str], *, max_age: timedelta = TEMPLATE_MAX_AGE
    ) -> None:
        """Record the template blocks the source's pages ``shown`` now (new ones learned
        now, stored ones seen again), and forget those none of its pages has shown for
        ``max_age``."""
        now = datetime.now(UTC).replace(microsecond=0)
        stamp = iso(now)
        with self.transaction():
            self.db.conn.executemany(
                "insert into site_templates (source, block, learned_at, seen_at) "
                "values (?, ?, ?, ?) on conflict (source, block) do update set seen_at = ?",
                [(source_name, block, stamp, stamp, stamp) for block in shown],
            )
            self.db.execute(
                "delete from site_templates where source = ? and seen_at < ?",
                [source_name, iso(now - max_age)],
            )

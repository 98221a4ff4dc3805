"""The crawl journal: one ``runs`` row per crawl, one ``run_sources`` row per source in it.

A run is written when it starts (status ``running``), each source's counters when that
source finishes, and the end when the run ends (``finished`` or ``stopped`` by a signal).
A run that never wrote its end was killed (SIGKILL, OOM, reboot): the next run, which
holds the writer lock and so knows no other crawl is alive, marks it ``killed``.

The journal feeds ``scrape status``, ``scrape report`` and the scheduler: a source is due
when its interval has passed since the start of its last *completed* crawl.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime

from ..crawl.pipeline import SourceReport
from ..store.database import Store, now_iso

log = logging.getLogger(__name__)

MAX_ERRORS_KEPT = 20
COUNTERS = (
    "discovered",
    "queued",
    "fetched",
    "new",
    "updated",
    "duplicate",
    "skipped",
    "failed",
    "blocked",
    "entry_points_failed",
)


class RunLog:
    """Writes the journal of one crawl process into ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def start(self, command: str, sources: list[str]) -> int:
        """Open a run; first close the runs a killed process left open."""
        stamp = now_iso()
        with self.store.transaction():
            abandoned = self.db.execute(
                "update runs set status = 'killed' where status = 'running'"
            ).rowcount
            table = self.db.table("runs").insert(
                {
                    "started_at": stamp,
                    "status": "running",
                    "pid": os.getpid(),
                    "command": command,
                    "sources": json.dumps(sources),
                }
            )
        if abandoned:
            log.warning("%d earlier run(s) ended without closing: marked killed", abandoned)
        return int(table.last_rowid or 0)

    def source_done(self, run_id: int, started_at: str, report: SourceReport) -> None:
        record = {name: getattr(report, name) for name in COUNTERS}
        record.update(
            run_id=run_id,
            source=report.name,
            started_at=started_at,
            finished_at=now_iso(),
            ok=not report.broken,
            complete=not report.stopped,
            errors=json.dumps(report.errors[:MAX_ERRORS_KEPT], ensure_ascii=False),
            error_count=len(report.errors),
        )
        with self.store.transaction():
            self.db.table("run_sources").insert(record)

    def finish(self, run_id: int, status: str) -> None:
        with self.store.transaction():
            self.db.execute(
                "update runs set status = ?, finished_at = ? where id = ?",
                [status, now_iso(), run_id],
            )


def last_completed_start(store: Store, source: str) -> datetime | None:
    """When the last crawl of ``source`` that ran to its end began."""
    row = store.db.execute(
        "select max(started_at) from run_sources where source = ? and complete", [source]
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None

"""The crawl journal: one ``runs`` row per crawl, one ``run_sources`` row per source in it.

A run is written when it starts (status ``running``), each source's counters when that
source finishes, and the end when the run ends (``finished`` or ``stopped`` by a signal).
A run that never wrote its end was killed (SIGKILL, OOM, reboot): the next run, which
holds the writer lock and so knows no other crawl is alive, marks it ``killed``.

The journal feeds ``scrape status``, ``scrape report`` and the scheduler: a source is due
when its interval has passed since the start of its last *completed* crawl.
"""

from __future__ import annotations

import logging
from datetime import datetime

from ..crawl.pipeline import SourceReport
from ..store.database import Store

log = logging.getLogger(__name__)


class RunLog:
    """Writes the journal of one crawl process into ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def start(self, command: str, sources: list[str]) -> int:
        """Open a run; first close the runs a killed process left open."""
        run_id, abandoned = self.store.start_run(command, sources)
        if abandoned:
            log.warning("%d earlier run(s) ended without closing: marked killed", abandoned)
        return run_id

    def source_done(self, run_id: int, started_at: str, report: SourceReport) -> None:
        self.store.record_source_run(
            run_id,
            report.name,
            started_at,
            report,
            ok=not report.broken,
            complete=not report.stopped,
            errors=report.errors,
        )

    def finish(self, run_id: int, status: str) -> None:
        self.store.finish_run(run_id, status)


def last_completed_start(store: Store, source: str) -> datetime | None:
    """When the last crawl of ``source`` that ran to its end began."""
    return store.last_completed_start(source)

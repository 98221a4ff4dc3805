"""The crawl journal (``runs``, ``run_sources``): one row per crawl, one per source in it.

:class:`RunCounters` are what a crawl counts per source and the journal keeps; the crawl's
own report extends them with what only the crawl itself needs. The reads here feed
``scrape status``, ``scrape report`` and the scheduler.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from .connection import Connection, insert, now_iso

MAX_ERRORS_KEPT = 20


@dataclass(kw_only=True)
class RunCounters:
    """Counters of one source in one crawl, as ``run_sources`` keeps them."""

    discovered: int = 0  # candidate article URLs found in feeds, sitemaps and sections
    queued: int = 0  # of those, URLs never seen before
    fetched: int = 0
    new: int = 0
    updated: int = 0  # already stored, re-fetched, and its content had changed
    duplicate: int = 0
    skipped: int = 0  # fetched, but not an article
    failed: int = 0
    blocked: int = 0  # of the failures, bot walls and refusals (403, 429, challenges)
    entry_points_failed: int = 0

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(RunCounters)}


class RunJournal(Connection):
    def start_run(self, command: str, sources: list[str]) -> tuple[int, int]:
        """Open a run; first mark ``killed`` the runs a killed process left open (only one
        process holds the writer lock, so no other is alive). Returns the run's id and how
        many were marked."""
        with self.transaction():
            abandoned = self.db.execute(
                "update runs set status = 'killed' where status = 'running'"
            ).rowcount
            run_id = insert(
                self.db,
                "runs",
                {
                    "started_at": now_iso(),
                    "status": "running",
                    "pid": os.getpid(),
                    "command": command,
                    "sources": json.dumps(sources),
                },
            )
        return run_id, abandoned

    def record_source_run(
        self,
        run_id: int,
        source: str,
        started_at: str,
        counters: RunCounters,
        *,
        ok: bool,
        complete: bool,
        errors: list[str],
    ) -> None:
        record = {
            **counters.counts(),
            "run_id": run_id,
            "source": source,
            "started_at": started_at,
            "finished_at": now_iso(),
            "ok": ok,
            "complete": complete,
            "errors": json.dumps(errors[:MAX_ERRORS_KEPT], ensure_ascii=False),
            "error_count": len(errors),
        }
        with self.transaction():
            insert(self.db, "run_sources", record)

    def finish_run(self, run_id: int, status: str) -> None:
        with self.transaction():
            self.db.execute(
                "update runs set status = ?, finished_at = ? where id = ?",
                [status, now_iso(), run_id],
            )

    def last_completed_start(self, source: str) -> datetime | None:
        """When the last crawl of ``source`` that ran to its end began."""
        row = self.db.execute(
            "select max(started_at) from run_sources where source = ? and complete", [source]
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def last_success(self, source: str) -> str | None:
        """When the last crawl of ``source`` that was not broken began."""
        row = self.db.execute(
            "select max(started_at) from run_sources where source = ? and ok", [source]
        ).fetchone()
        return row[0] if row else None

    def journaled_sources(self) -> list[str]:
        """The sources with a run in the journal or a row in ``sources``, sorted."""
        rows = self.db.execute(
            "select source from run_sources union select name from sources order by 1"
        )
        return [row[0] for row in rows]

    def source_runs(
        self, source: str, *, since: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """The journal rows of ``source``, newest first: those started at ``since`` or
        later, at most ``limit`` of them."""
        rows = self.db.query(
            "select * from run_sources where source = ? and started_at >= ? "
            "order by started_at desc, id desc limit ?",
            [source, since or "", limit or -1],
        )
        return [dict(row) for row in rows]

    def new_per_day(self, source: str, since: str) -> dict[str, int]:
        """New articles of ``source`` by the day its runs started, from ``since`` on."""
        rows = self.db.execute(
            "select substr(started_at, 1, 10), sum(new) from run_sources "
            "where source = ? and started_at >= ? group by 1",
            [source, since],
        ).fetchall()
        return {day: int(n or 0) for day, n in rows}

"""Source health from the run journal: what ``scrape status`` and ``scrape report`` show.

For each source: its last run and last successful one, new articles in the last 24 h,
consecutive failed runs, and the yield (the share of fetched pages that gave an article).
A source is *flagged* when, against its own history:

* ``failing``: its last runs failed in a row (nothing listed, or nothing fetched);
* ``yield_drop``: pages are still fetched but far fewer of them give articles: the
  usual sign of a layout change the extractor no longer understands;
* ``volume_drop``: its listings name far fewer links than usual, or far fewer new
  articles arrived in the last 24 h than on a usual day: a moved feed or section;
* ``blocked``: fetches are refused (403/429, bot challenges, consent walls).

History means the runs before the last 24 h, within :data:`HISTORY_DAYS`; a source with
too little history is never flagged for a drop, only for failing or blocked.
"""

from __future__ import annotations

import itertools
import json
import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..store.database import Store

HISTORY_DAYS = 30
FAILING_AFTER = 2  # consecutive failed runs
DROP_RATIO = 0.5  # "sharply": below half of the usual level
MIN_FETCHED = 10  # pages needed, recent and historic, before a yield is compared
MIN_RUNS = 3  # historic runs needed before yield or listing volume is compared
MIN_DAYS = 3  # historic days needed before daily volume is compared
MIN_DAILY = 4  # new articles on a usual day before a quiet day counts as a drop
BLOCKED_SHARE = 0.3  # of the last 24 h's fetch attempts


@dataclass(frozen=True)
class Flag:
    kind: str  # failing | yield_drop | volume_drop | blocked
    detail: str


@dataclass(frozen=True)
class SourceHealth:
    source: str
    last_run: str | None
    last_status: str | None  # ok | failed | stopped
    last_success: str | None
    new_24h: int
    consecutive_failures: int
    yield_24h: float | None  # articles per fetched page, last 24 h
    usual_yield: float | None  # the same over the history before
    flags: tuple[Flag, ...] = field(default=())

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def source_health(
    store: Store, sources: list[str] | None = None, now: datetime | None = None
) -> list[SourceHealth]:
    """Health of every known source (or of ``sources``), flagged ones first. A source
    crawled only through the library (``scrape.crawl``, which keeps no run journal) is
    listed with no runs."""
    now = now or datetime.now(UTC)
    names = sources if sources is not None else store.journaled_sources()
    report = [_health(store, name, now) for name in names]
    return sorted(report, key=lambda h: (not h.flagged, h.source))


def _yield(runs: list[dict[str, Any]]) -> tuple[float | None, int]:
    fetched = sum(r["fetched"] for r in runs)
    articles = sum(r["new"] + r["duplicate"] + r["updated"] for r in runs)
    return (articles / fetched if fetched else None), fetched


def _health(store: Store, source: str, now: datetime) -> SourceHealth:
    day_ago = (now - timedelta(days=1)).isoformat()
    runs = store.source_runs(source, since=(now - timedelta(days=HISTORY_DAYS)).isoformat())
    recent = [r for r in runs if r["started_at"] >= day_ago]
    history = [r for r in runs if r["started_at"] < day_ago]
    finished = (r for r in runs if r["complete"])
    failures = sum(1 for _ in itertools.takewhile(lambda run: not run["ok"], finished))
    last = runs[0] if runs else None
    new_24h = sum(r["new"] for r in recent)
    flags = []
    if failures >= FAILING_AFTER:
        errors = json.loads((last or {}).get("errors") or "[]")
        example = f"; e.g. {errors[0]}" if errors else ""
        flags.append(Flag("failing", f"{failures} failed runs in a row{example}"))
    flags += _yield_flags(recent, history)
    if failures < FAILING_AFTER:  # a failing source lists nothing: "failing" says it all
        flags += _volume_flags(recent, history, new_24h)
    flags += _blocked_flags(recent)
    status = None
    if last:
        status = "stopped" if not last["complete"] else ("ok" if last["ok"] else "failed")
    return SourceHealth(
        source=source,
        last_run=last["started_at"] if last else None,
        last_status=status,
        last_success=store.last_success(source),
        new_24h=new_24h,
        consecutive_failures=failures,
        yield_24h=_yield(recent)[0],
        usual_yield=_yield(history)[0],
        flags=tuple(flags),
    )


def _yield_flags(recent: list[dict[str, Any]], history: list[dict[str, Any]]) -> list[Flag]:
    recent_yield, recent_fetched = _yield(recent)
    usual_yield, usual_fetched = _yield(history)
    if (
        recent_yield is None
        or usual_yield is None
        or recent_fetched < MIN_FETCHED
        or usual_fetched < MIN_FETCHED
        or sum(1 for r in history if r["fetched"]) < MIN_RUNS
        or recent_yield >= DROP_RATIO * usual_yield
    ):
        return []
    return [
        Flag(
            "yield_drop",
            f"{recent_yield:.0%} of fetched pages gave an article in the last 24 h, "
            f"usually {usual_yield:.0%}: has the page layout changed?",
        )
    ]


def _blocked_flags(recent: list[dict[str, Any]]) -> list[Flag]:
    attempts = sum(r["fetched"] + r["failed"] for r in recent)
    blocked = sum(r["blocked"] for r in recent)
    if not blocked or blocked < BLOCKED_SHARE * attempts:
        return []
    return [Flag("blocked", f"{blocked} of {attempts} fetches in the last 24 h were refused")]


def _volume_flags(
    recent: list[dict[str, Any]], history: list[dict[str, Any]], new_24h: int
) -> list[Flag]:
    listed_before = [r["discovered"] for r in history if r["complete"]]
    listed_now = [r["discovered"] for r in recent if r["complete"]]
    if len(listed_before) >= MIN_RUNS and listed_now:
        usual = statistics.median(listed_before)
        if listed_now[0] < DROP_RATIO * usual:
            return [
                Flag(
                    "volume_drop",
                    f"the listings named {listed_now[0]} links in the last run, usually "
                    f"{usual:g}: has a feed, sitemap or section moved?",
                )
            ]
    per_day: Counter[str] = Counter()
    for run in history:
        per_day[run["started_at"][:10]] += run["new"]
    if len(per_day) >= MIN_DAYS:
        usual_daily = statistics.median(per_day.values())
        if usual_daily >= MIN_DAILY and new_24h < DROP_RATIO * usual_daily:
            return [
                Flag(
                    "volume_drop",
                    f"{new_24h} new articles in the last 24 h, usually {usual_daily:g} a day",
                )
            ]
    return []

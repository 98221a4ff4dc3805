"""Running crawls: once, only the sources that are due, or for ever on a schedule.

A source is *due* when its interval (``interval`` in ``sources.yaml``, else
``settings.interval``) has passed since the start of its last completed crawl, or when
it never completed one (a crawl killed half-way leaves its sources due at once, and the
frontier makes the next crawl finish the work rather than repeat it).

:func:`crawl_once` records every crawl in the run journal (:mod:`scrape.ops.runs`);
:func:`crawl_forever` is ``scrape crawl --every``: it crawls what is due, sleeps until
the next source is due, and repeats until a stop is requested. :class:`GracefulStop`
turns SIGTERM and Ctrl-C into such a request: work in flight is finished and saved,
nothing new starts. A second signal stops at once, which is safe too, only less tidy.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from types import FrameType

from ..config import Config, Source
from ..crawl.pipeline import CrawlReport, ProgressCallback, crawl
from ..store.connection import now_iso
from ..store.database import Store
from .runs import RunLog, last_completed_start

log = logging.getLogger(__name__)

MIN_SLEEP = 1.0  # seconds; a floor so that a source that is always due cannot spin


class GracefulStop:
    """A stop request set by SIGTERM or SIGINT while :meth:`handling` is active."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def is_set(self) -> bool:
        return self.event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; return early (True) when a stop is requested."""
        return self.event.wait(seconds)

    @contextmanager
    def handling(self) -> Iterator[GracefulStop]:
        signals = (signal.SIGTERM, signal.SIGINT)
        previous = {sig: signal.getsignal(sig) for sig in signals}
        for sig in signals:
            signal.signal(sig, self._on_signal)
        try:
            yield self
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt  # asked twice: stop now
        log.warning(
            "%s: finishing the work in flight, then stopping (again to stop at once)",
            signal.Signals(signum).name,
        )
        self.event.set()


def with_default_interval(config: Config, seconds: float) -> Config:
    """``config`` with ``seconds`` as the interval of every source that sets none."""
    settings = config.settings.model_copy(update={"interval": seconds})
    return config.model_copy(update={"settings": settings})


def chosen_sources(config: Config, names: list[str] | None = None) -> list[Source]:
    if names:
        return [config.source(name) for name in names]
    return [source for source in config.sources if source.enabled]


def next_due(config: Config, store: Store, source: Source) -> datetime | None:
    """When ``source`` is next due; None when it has never completed a crawl (due now)."""
    last = last_completed_start(store, source.name)
    return last + timedelta(seconds=config.interval_for(source)) if last else None


def due_sources(
    config: Config, store: Store, names: list[str] | None = None, now: datetime | None = None
) -> list[Source]:
    now = now or datetime.now(UTC)
    due = []
    for source in chosen_sources(config, names):
        when = next_due(config, store, source)
        if when is None or when <= now:
            due.append(source)
    return due


def seconds_until_due(
    config: Config, store: Store, names: list[str] | None = None, now: datetime | None = None
) -> float:
    now = now or datetime.now(UTC)
    waits = [
        (when - now).total_seconds() if when else 0.0
        for when in (next_due(config, store, s) for s in chosen_sources(config, names))
    ]
    return max(min(waits, default=MIN_SLEEP), MIN_SLEEP)


def crawl_once(
    config: Config,
    store: Store,
    *,
    source_names: list[str] | None = None,
    limit: int | None = None,
    stop: GracefulStop | None = None,
    progress: ProgressCallback | None = None,
    command: str = "crawl",
    **options: object,
) -> CrawlReport:
    """Crawl the chosen sources once, journalled as one run (``options`` go to crawl).

    The caller holds the database's :class:`~scrape.ops.lock.WriterLock` (the CLI does): the
    journal then knows that any run still marked running was killed.
    """
    names = [source.name for source in chosen_sources(config, source_names)]
    journal = RunLog(store)
    run_id = journal.start(command, names)
    started_at = now_iso()
    try:
        report = crawl(
            config,
            store,
            source_names=names,
            limit=limit,
            progress=progress,
            stop=stop.event if stop else None,
            on_source_done=lambda source: journal.source_done(run_id, started_at, source),
            **options,
        )
    except BaseException:
        journal.finish(run_id, "interrupted")
        raise
    journal.finish(run_id, "stopped" if stop and stop.is_set() else "finished")
    return report


def crawl_forever(
    config: Config,
    store: Store,
    stop: GracefulStop,
    *,
    source_names: list[str] | None = None,
    limit: int | None = None,
    on_report: Callable[[CrawlReport], None] | None = None,
    command: str = "crawl --every",
) -> None:
    """Crawl each source whenever it is due, until ``stop`` is set."""
    while not stop.is_set():
        due = [source.name for source in due_sources(config, store, source_names)]
        if due:
            log.info("crawling %s", ", ".join(due))
            report = crawl_once(
                config, store, source_names=due, limit=limit, stop=stop, command=command
            )
            if on_report:
                on_report(report)
        pause = seconds_until_due(config, store, source_names)
        log.info("next crawl in %.0f s", pause)
        stop.wait(pause)

"""``scrape ingest-warc``: many WARC files into one store, on Dask or in this process.

Each WARC file is a unit of work for :func:`scrape.warc.records.process_unit`, which writes a
shard; this module is the single writer that merges shards into the store. Units run on
any Dask cluster (``client``: a ``LocalCluster`` or a remote scheduler) or one after another
in this process (``client=None``). Both give the same store: shards are merged in the
order of the units, whichever finishes first, so "first one wins" dedup decisions do not
depend on scheduling.

Re-running is cheap and safe: units recorded ``done`` in ``warc_units`` are skipped,
complete shards left by a killed run are merged without re-reading their WARC file, and
merging an article twice is a no-op of the store's dedup.
"""

from __future__ import annotations

import glob
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ScrapeError
from ..store.connection import now_iso
from ..store.database import Store
from .records import Selection, UnitResult, process_unit, shard_name

if TYPE_CHECKING:
    from distributed import Client, Future

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
# process_unit turns a damaged file into a "failed" result itself, so a task that raises
# met its machine (a full disk, a lost connection to the scheduler): worth another try.
TASK_RETRIES = 2


@dataclass
class IngestReport:
    """Counters of one ``ingest-warc`` run, updated as units are merged."""

    units: int = 0  # WARC files to process in this run
    skipped: int = 0  # files already done in an earlier run
    done: int = 0
    failed: int = 0
    records: int = 0
    pages: int = 0
    articles: int = 0  # extracted articles in the date range
    new: int = 0  # rows added to the store
    duplicates: int = 0  # articles the store already held
    started: float = field(default_factory=time.monotonic)
    errors: list[str] = field(default_factory=list)

    @property
    def records_per_second(self) -> float:
        return self.records / max(time.monotonic() - self.started, 1e-9)


ProgressCallback = Callable[[IngestReport], None]
Outcome = UnitResult | BaseException


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, else of a local one of ``workers`` processes.

    Local workers get one thread each: extraction is CPU-bound Python, so processes, not
    threads, are what scale. The local cluster is shut down on leaving the block.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ScrapeError(
            "running on Dask needs the 'warc' extra: pip install 'scrape[warc]'"
        ) from None
    if scheduler:
        with Client(scheduler, timeout="30s") as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never collide with another cluster
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def expand_paths(patterns: Iterable[str]) -> list[str]:
    """WARC files named by paths, globs, directories (searched recursively) or URLs.

    Raises :class:`ScrapeError` naming every pattern that matches nothing, before any
    work starts.
    """
    units: dict[str, None] = {}
    missing = []
    for pattern in patterns:
        if "://" in pattern:
            found = _remote_glob(pattern)
        else:
            path = Path(pattern).expanduser()
            if path.is_dir():
                candidates = sorted(str(p) for p in path.rglob("*") if p.is_file())
                found = [p for p in candidates if p.endswith(WARC_SUFFIXES)]
            else:
                found = sorted(glob.glob(str(path), recursive=True))
            found = [str(Path(p).resolve()) for p in found if Path(p).is_file()]
        if not found:
            missing.append(pattern)
        units.update(dict.fromkeys(found))
    if missing:
        raise ScrapeError("no WARC files at: " + ", ".join(missing))
    return list(units)


def _remote_glob(pattern: str) -> list[str]:
    if not glob.has_magic(pattern):
        return [pattern]
    import fsspec

    fs, _, paths = fsspec.get_fs_token_paths(pattern)
    return sorted(fs.unstrip_protocol(p) for p in paths)


def ingest_warc(
    units: list[str],
    store: Store,
    shard_dir: str | Path,
    selection: Selection | None = None,
    *,
    client: Client | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Extract the wanted articles of the WARC files ``units`` into ``store``.

    ``shard_dir`` holds the shards between a worker and the merge: on a multi-host
    cluster it must be a directory every worker and this process can reach.
    """
    selection = selection or Selection()
    shard_dir = Path(shard_dir)
    report = IngestReport()
    recorded = store.warc_units()
    leftovers = _merge_leftover_shards(store, shard_dir, recorded)
    todo = [u for u in units if recorded.get(u, {}).get("state") != "done" and u not in leftovers]
    report.skipped = len(units) - len(todo)
    report.units = len(todo)
    if progress:
        progress(report)
    outcomes = (
        _run_on_dask(client, todo, shard_dir, selection)
        if client is not None
        else _run_here(todo, shard_dir, selection)
    )
    for unit, outcome in outcomes:
        _settle(store, shard_dir, unit, outcome, report)
        if progress:
            progress(report)
    return report


def _run_here(
    units: list[str], shard_dir: Path, selection: Selection
) -> Iterator[tuple[str, Outcome]]:
    for unit in units:
        try:
            outcome: Outcome = process_unit(unit, shard_dir, selection)
        except Exception as exc:  # as on a cluster: the unit fails, the run goes on
            log.exception("%s: unit failed", unit)
            outcome = exc
        yield unit, outcome


def _run_on_dask(
    client: Client, units: list[str], shard_dir: Path, selection: Selection
) -> Iterator[tuple[str, Outcome]]:
    """Outcomes in the order of ``units``, with a bounded number of units in flight.

    The window keeps every worker thread busy while the scheduler, and this process,
    hold a few futures rather than one per file of a million-file archive.
    """
    from distributed import as_completed

    window = max(8, 2 * sum(client.nthreads().values()))
    queue = iter(enumerate(units))

    index_of: dict[object, int] = {}

    def submit(index: int, unit: str) -> Future:
        future = client.submit(
            process_unit, unit, shard_dir, selection, pure=False, retries=TASK_RETRIES
        )
        index_of[future.key] = index
        return future

    running = as_completed([submit(i, u) for i, u in islice(queue, window)])
    finished: dict[int, Outcome] = {}
    next_index = 0
    for future in running:
        exception = future.exception()
        finished[index_of.pop(future.key)] = exception or future.result()
        future.release()
        for index, unit in islice(queue, 1):
            running.add(submit(index, unit))
        while next_index in finished:
            yield units[next_index], finished.pop(next_index)
            next_index += 1


def _settle(
    store: Store, shard_dir: Path, unit: str, outcome: Outcome, report: IngestReport
) -> None:
    """Merge the unit's shard (if any) and record the unit in the store.

    A complete shard is the unit's result even when its task reported an error: the
    cluster may have run the unit twice, or lost the worker after the shard was published.
    """
    shard = shard_dir / shard_name(unit)
    if isinstance(outcome, BaseException):
        if shard.exists():
            log.warning("%s: task reported %r after its shard was complete", unit, outcome)
        else:
            error = f"{type(outcome).__name__}: {outcome}"
            store.record_warc_unit(
                UnitResult(unit=unit, state="failed", error=error, finished_at=now_iso()).row()
            )
            _count(report, None, error, unit)
            return
    row = _merge_shard(store, shard)
    _count(report, row, row["error"], unit)


def _merge_shard(store: Store, shard: Path) -> dict[str, object]:
    """Save a shard's articles into the store, record its unit, delete it; return the row."""
    with Store(shard) as source:
        (row,) = source.warc_units().values()
        new, duplicates = store.merge_articles(source)
    row.update(new=new, duplicates=duplicates)
    store.record_warc_unit(row)
    shard.unlink()
    return row


def _merge_leftover_shards(
    store: Store, shard_dir: Path, recorded: dict[str, dict[str, object]]
) -> set[str]:
    """Complete shards of a run that was killed before merging them: merge them now."""
    merged = set()
    for partial in shard_dir.glob(".*.part"):
        partial.unlink()  # a worker was killed while moving it; its unit runs again
    for shard in sorted(shard_dir.glob("*.shard.sqlite")):
        with Store(shard) as source:
            (unit,) = source.warc_units()
        if recorded.get(unit, {}).get("state") == "done":
            shard.unlink()  # merged and recorded; only the deletion was lost
            continue
        log.info("merging %s, left by an interrupted run", shard.name)
        _merge_shard(store, shard)
        merged.add(unit)
    return merged


def _count(report: IngestReport, row: dict[str, object] | None, error: object, unit: str) -> None:
    if row is not None:
        for name in ("records", "pages", "articles", "new", "duplicates"):
            value = row.get(name) or 0
            assert isinstance(value, int)
            setattr(report, name, getattr(report, name) + value)
    if error:
        report.failed += 1
        report.errors.append(f"{unit}: {error}")
    else:
        report.done += 1

"""Extraction off the event loop, in a pool of processes so that every core extracts.

Extraction is the CPU cost of a crawl; run on the event loop (or in threads, under the
GIL) it would keep one core busy and the fetching waiting. :func:`extract_page` is a pure
function of picklable values, so it runs in worker processes; decoding the bytes happens
there too, since charset detection is CPU work as well.

One pool per worker count is shared by every crawl in the process. A pool costs seconds
to start (its forkserver imports the extraction stack), so a crawl starts it in the
background (:func:`warm_up`) as soon as discovery has found enough pages, and its pages
wait for the workers; a small crawl never starts processes it hardly needs, and extracts
in a thread. The crawler process itself so never loads the extraction stack for a large
crawl, nor holds the memory its parsers leave behind. Workers start from a forkserver with
the stack imported, never by forking the crawler itself (its threads may hold locks), and
exit when the crawler does, however it ends.

Each page runs under hard limits: a wall-clock timeout, past which its worker is killed
and replaced (the pool is pebble's, which does that to one worker while the others go on;
the standard library's pool can only be broken as a whole), and a memory limit on what a
page adds to its worker's resident memory, past which the worker ends itself and is
replaced. Either raises an :class:`~scrape.errors.UnextractableError`.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import multiprocessing
import os
import threading
import time
from collections import OrderedDict
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Generic, TypeVar

from pebble import ProcessExpired, ProcessPool

from ..charset import decode_html
from ..errors import ExtractError, ExtractTimeoutError, ExtractTooLargeError
from ..models import Extracted, ExtractionHints, FetchedPage
from ..processes import Trimmer, exit_with_parent
from ..store.dedup import signature, text_digest

log = logging.getLogger(__name__)

# What a worker needs, imported once in the forkserver so that its workers share it rather
# than each importing its own copy after the fork: the program's main module (every child
# of a forkserver runs it as __mp_main__ unless its forkserver did), this module, the
# extraction stack, the MinHash's numpy (imported lazily by the store; not numpy.random,
# which the MinHash does without) and what datetime.strptime imports on first use; last,
# the module that runs the stack once on a sample page and freezes all of it out of the
# workers' garbage collections (see scrape.crawl.preloaded).
_WORKER_PRELOAD = (
    "__main__",
    __name__,
    "scrape.extraction.extractor",
    "numpy",
    "_strptime",
    "scrape.crawl.preloaded",
)
# How often a worker, and the crawler, give back to the system the C heap's free pages:
# every few pages in a worker, whose heap a page's trees churn; less often in the crawler,
# where a page leaves less behind.
WORKER_TRIM_PAGES = 10
CRAWLER_TRIM_PAGES = 100
_worker_trimmer = Trimmer(WORKER_TRIM_PAGES)
_crawler_trimmer = Trimmer(CRAWLER_TRIM_PAGES)
# Below this many pages a crawl extracts in a thread: starting processes costs more.
MIN_PAGES_FOR_POOL = 100
_START_POLL_SECONDS = 0.05
_pools: dict[tuple[int, int], ProcessPool] = {}  # by worker count and memory limit
_pools_lock = threading.Lock()
# Pools asked to start (warm_up), by worker count and memory limit: set once the pool runs
# (its tasks then wait for its workers) or failed to start.
_started: dict[tuple[int, int], threading.Event] = {}


def extract_page(
    content: bytes, content_type: str, url: str, fetched_at: datetime, hints: ExtractionHints
) -> Extracted:
    """Decode and extract one fetched page (in a worker process, or for a small crawl in
    a thread of the crawler)."""
    # Imported here: the crawler process imports this module for the pool and needs the
    # extraction stack only for a crawl too small for the pool; the workers
    # have it preloaded (_WORKER_PRELOAD).
    from ..extraction.extractor import extract_with_blocks

    html = decode_html(content, content_type)
    # A saved page handed in without its address has none ("").
    article, blocks = extract_with_blocks(html, url=url or None, fetched_at=fetched_at, hints=hints)
    if not article.is_article:
        return Extracted(article, frozenset(), ())
    return Extracted(article, blocks, signature(article.body), text_digest(article.body))


# A crawl's learned template grows to thousands of blocks (every teaser byline and date a
# site repeats); sent with every page, each page would pay for pickling it on both sides of
# the pool and for a copy of it crossing the pipe. A page carries
# only the version of its source's template: a worker keeps the latest version of each
# source (several sources' pages interleave in one pool) and answers None to a version it
# does not hold, and only then is the page sent again with the template, as one string
# (copied rather than walked, as a set would be). Each worker so gets each version once.
_BLOCK_SEPARATOR = "\n"
_SOURCES_KEPT = 32
_Kept = TypeVar("_Kept")


class _LatestPerSource(Generic[_Kept]):
    """The latest value of each of the last ``_SOURCES_KEPT`` sources asked about (locked:
    until the pool is up, tasks run in several threads)."""

    def __init__(self) -> None:
        self._latest: OrderedDict[str, _Kept] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, source: str) -> _Kept | None:
        return self._latest.get(source)

    def keep(self, source: str, value: _Kept) -> _Kept:
        with self._lock:
            self._latest[source] = value
            self._latest.move_to_end(source)
            if len(self._latest) > _SOURCES_KEPT:
                self._latest.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._latest)


@dataclass(frozen=True)
class _Version:
    """One version of a source's template: the blocks, and the number that names them."""

    blocks: frozenset[str]
    number: int


_NO_TEMPLATE = 0  # the version number of the empty template, which no worker needs sent
_numbers = itertools.count(_NO_TEMPLATE + 1)  # unique across sources and crawls
_sent: _LatestPerSource[_Version] = _LatestPerSource()  # crawler side
_received: _LatestPerSource[_Version] = _LatestPerSource()  # worker side


def _template_version(source: str, blocks: frozenset[str]) -> int:
    """The number of ``source``'s template ``blocks``: a new one when they changed (the
    crawl hands the same set until the source's template grows)."""
    if not blocks:
        return _NO_TEMPLATE
    kept = _sent.get(source)
    if kept is not None and (kept.blocks is blocks or kept.blocks == blocks):
        return kept.number
    return _sent.keep(source, _Version(blocks, next(_numbers))).number


def _template_text(blocks: frozenset[str]) -> str:
    """``blocks`` as the string a worker is sent."""
    text = _BLOCK_SEPARATOR.join(blocks)
    if text.count(_BLOCK_SEPARATOR) != max(len(blocks) - 1, 0):
        # Pages' blocks are normalised (whitespace collapsed): a block with a newline
        # never matches one, so it is left out rather than split into blocks that might.
        text = _BLOCK_SEPARATOR.join(b for b in blocks if _BLOCK_SEPARATOR not in b)
    return text


def _template_blocks(source: str, number: int, text: str | None) -> frozenset[str] | None:
    """The blocks of version ``number`` of ``source``'s template, read from ``text`` when
    it was sent, else as kept since; ``None`` when this worker does not hold it."""
    if number == _NO_TEMPLATE:
        return frozenset()
    if text is not None:
        blocks = frozenset(text.split(_BLOCK_SEPARATOR)) if text else frozenset()
        return _received.keep(source, _Version(blocks, number)).blocks
    kept = _received.get(source)
    return kept.blocks if kept is not None and kept.number == number else None


def _extract_with_template(
    content: bytes,
    content_type: str,
    url: str,
    fetched_at: datetime,
    hints: ExtractionHints,
    source: str,
    number: int,
    text: str | None,
) -> Extracted | None:
    """:func:`extract_page` with version ``number`` of ``source``'s template (a worker
    task; see :func:`_template_blocks`); ``None``: send the template's ``text``."""
    blocks = _template_blocks(source, number, text)
    if blocks is None:
        return None
    hints = replace(hints, template_blocks=blocks)
    return extract_page(content, content_type, url, fetched_at, hints)


def _start_worker(memory: int) -> None:
    """Worker initializer: leave with the crawler, and watch each page's memory."""
    exit_with_parent()
    _watch_memory(memory)


# The worker's resident size when its current page began (0 between pages), and the
# exit status of a worker that ended itself because a page took too much memory.
_page_started_at_rss = 0
EXIT_TOO_LARGE = 86
_MEMORY_CHECK_SECONDS = 0.05


def _resident_bytes() -> int:
    """This process's resident memory; 0 where it cannot be read (no /proc: not Linux)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _watch_memory(memory: int) -> None:
    """End the worker (status :data:`EXIT_TOO_LARGE`) when a page has grown its resident
    memory by more than ``memory`` bytes. A watching thread rather than RLIMIT_AS: the
    MemoryError an address-space limit raises is an Exception that the extraction's
    libraries catch and carry on after, slower. Linux only (elsewhere nothing to read)."""
    if not _resident_bytes():
        return

    def watch() -> None:
        while True:
            started = _page_started_at_rss
            if started and _resident_bytes() - started > memory:
                os._exit(EXIT_TOO_LARGE)
            time.sleep(_MEMORY_CHECK_SECONDS)

    threading.Thread(target=watch, name="memory-watch", daemon=True).start()


def _extract_in_worker(*args: Any) -> Extracted | None:
    """:func:`_extract_with_template` as a pool task, its memory watched, keeping nothing
    of the page once it is done."""
    global _page_started_at_rss
    _page_started_at_rss = _resident_bytes()
    try:
        return _extract_with_template(*args)
    finally:
        _page_started_at_rss = 0
        forget_page_texts()
        _worker_trimmer.tick()


def forget_page_texts() -> None:
    """Empty trafilatura's memo of texts it trimmed. It keeps the last 1,024 of each,
    whole element texts among them (a page's body is tens of kilobytes), so a worker that
    has extracted a thousand pages would hold megabytes of pages long stored. The memoised
    functions are pure: emptying the memo changes no result, and a page still finds there
    the texts it repeats itself."""
    from trafilatura.utils import line_processing, trim

    trim.cache_clear()
    line_processing.cache_clear()


@functools.cache
def _cores() -> int:
    # os.cpu_count() reads /sys on every call, and the crawl asks once per page.
    return os.cpu_count() or 1


def worker_count(setting: int | None) -> int:
    return _cores() if setting is None else setting


def _setting_default(name: str) -> Any:
    """The default of the crawl setting ``name``. The configuration is imported here, not
    at the top: it brings pydantic, yaml and httpcore, and the extraction workers import
    this module (the crawler, which calls this, has them loaded anyway)."""
    from ..config import Settings

    return Settings.model_fields[name].default


def extraction_pool(workers: int | None, memory: int | None = None) -> ProcessPool | None:
    """The shared pool of ``workers`` processes (``None``: one per core; 0: no pool) whose
    pages may each add ``memory`` bytes to their worker. A task that overruns its timeout
    has its worker killed and replaced (pebble); the other workers' pages go on."""
    count = worker_count(workers)
    if count == 0:
        return None
    if memory is None:
        memory = _setting_default("extract_memory")
    with _pools_lock:
        pool = _pools.get((count, memory))
        if pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if "forkserver" in methods:
                context.set_forkserver_preload(list(_WORKER_PRELOAD))
            pool = ProcessPool(
                count, initializer=_start_worker, initargs=(memory,), context=context
            )
            _pools[count, memory] = pool
        return pool


def warm_up(workers: int | None, pages: int, memory: int | None = None) -> None:
    """Start the pool's workers if ``pages`` are worth it, once; from then on extraction
    waits for them. Returns at once: starting a process waits for the forkserver to boot
    (seconds), which must not stall the event loop that is fetching meanwhile."""
    count = worker_count(workers)
    if memory is None:
        memory = _setting_default("extract_memory")
    if pages < MIN_PAGES_FOR_POOL or count == 0:
        return
    with _pools_lock:
        if (count, memory) in _started:
            return
        started = _started[count, memory] = threading.Event()
    threading.Thread(
        target=_start, args=(count, memory, started), name="extraction-pool", daemon=True
    ).start()


def _start(count: int, memory: int, started: threading.Event) -> None:
    pool = None
    try:
        pool = extraction_pool(count, memory)
        assert pool is not None
        pool.schedule(os.getpid)  # the first task starts the workers, in this thread
    except (BrokenProcessPool, RuntimeError, OSError) as exc:
        log.warning("cannot start the extraction pool (%s): extracting in a thread", exc)
        if pool is not None:
            _discard(pool)
    finally:
        started.set()  # whatever happened: no page waits for it any longer


async def _started_pool(count: int, memory: int) -> ProcessPool | None:
    """The pool :func:`warm_up` started, once it runs; ``None`` if it was not asked for
    (a small crawl) or could not start."""
    started = _started.get((count, memory))
    if started is None:
        return None
    while not started.is_set():  # seconds at most, once per pool: not worth a thread
        await asyncio.sleep(_START_POLL_SECONDS)
    return _pools.get((count, memory))


def _discard(pool: ProcessPool) -> None:
    """Forget a broken pool (pages go to a thread until a crawl starts a fresh one) and
    stop it in the background: stopping waits for its workers, seconds if one is stuck."""
    with _pools_lock:
        for key, known in list(_pools.items()):
            if known is pool:
                del _pools[key]
                _started.pop(key, None)
    pool.stop()
    threading.Thread(target=pool.join, name="extraction-pool-stop", daemon=True).start()


async def extract_off_loop(
    page: FetchedPage,
    hints: ExtractionHints,
    workers: int | None = None,
    source: str = "",
    *,
    timeout: float | None = None,
    memory: int | None = None,
) -> Extracted:
    """Extract ``page`` in the shared pool of ``workers`` processes if the crawl started
    it (:func:`warm_up`; the page waits for its workers to come up), else in a thread.
    ``source`` names the site whose template ``hints`` carries, so that the pool keeps one
    template per site.

    In the pool, an extraction running past ``timeout`` seconds has its worker killed and
    replaced, and so is one whose page grows it by more than ``memory`` bytes; both raise
    an :class:`~scrape.errors.UnextractableError`. In a thread nothing can be killed: the
    crawl stops waiting after ``timeout`` seconds of extraction while the thread runs on,
    and memory is bounded only by the page's size (``max_bytes``, :data:`guard.MAX_CHARS`).
    """
    timeout = _setting_default("extract_timeout") if timeout is None else timeout
    memory = _setting_default("extract_memory") if memory is None else memory
    count = worker_count(workers)
    pool = await _started_pool(count, memory)
    url = page.final_url
    _crawler_trimmer.tick()
    try:
        if pool is None:
            return await _in_thread(page, hints, timeout)
        return await _in_pool(pool, page, hints, source, timeout)
    except TimeoutError:
        raise ExtractTimeoutError(
            f"extraction timeout: {url} took more than {timeout:g} s"
        ) from None
    except ProcessExpired as exc:
        # The worker ended itself over the memory limit, or a parser crashed, or the OOM
        # killer came: this page fails, and a fresh worker takes over.
        if exc.exitcode == EXIT_TOO_LARGE:
            raise ExtractTooLargeError(
                f"too large to extract: {url} needed more than {memory / 1e6:g} MB"
            ) from None
        raise ExtractError(f"the extraction worker died on {url} ({exc})") from None
    except BrokenProcessPool:
        # No worker could be started: the next page gets a fresh pool.
        if pool is not None:
            _discard(pool)
        raise ExtractError(f"the extraction pool broke on {url}") from None


async def _in_pool(
    pool: ProcessPool, page: FetchedPage, hints: ExtractionHints, source: str, timeout: float
) -> Extracted:
    """Extract ``page`` in a worker, sending ``source``'s template along only to a worker
    that does not hold its current version (see :func:`_template_blocks`)."""
    blocks = hints.template_blocks
    number = _template_version(source, blocks)
    args = [
        page.content,
        page.content_type,
        page.final_url,
        page.fetched_at,
        replace(hints, template_blocks=frozenset()),
        source,
        number,
        None,
    ]
    extracted = await _scheduled(pool, args, timeout)
    if extracted is None:
        args[-1] = _template_text(blocks)
        extracted = await _scheduled(pool, args, timeout)
    assert extracted is not None, "a worker sent the template asked for it again"
    return extracted


async def _scheduled(pool: ProcessPool, args: list[Any], timeout: float) -> Extracted | None:
    try:
        future = pool.schedule(_extract_in_worker, args, timeout=timeout)
    except RuntimeError:  # pebble's word for a pool that broke earlier
        _discard(pool)
        raise ExtractError(f"the extraction pool broke before {args[2]}") from None
    result: Extracted | None = await asyncio.wrap_future(future)
    return result


def _set_done(future: asyncio.Future[None]) -> None:
    if not future.done():  # the waiter may have been cancelled meanwhile
        future.set_result(None)


# One page at a time in the loop's threads: trafilatura parses every page with one
# module-level lxml parser, whose libxml2 dictionary the trees share, and libxml2 does not
# guard it: two threads copying such trees at once corrupted the heap ("double free or
# corruption", a crawl killed by SIGABRT about once in 20 under load).
_THREAD_EXTRACTION = threading.Lock()


async def _in_thread(page: FetchedPage, hints: ExtractionHints, timeout: float) -> Extracted:
    """:func:`extract_page` in the loop's threads, one page at a time, waited for at most
    ``timeout`` seconds from the moment it starts (pages queued behind a slow one are not
    timed out)."""
    loop = asyncio.get_running_loop()
    started = loop.create_future()

    def run() -> Extracted:
        with _THREAD_EXTRACTION:
            loop.call_soon_threadsafe(_set_done, started)
            return extract_page(
                page.content, page.content_type, page.final_url, page.fetched_at, hints
            )

    work = loop.run_in_executor(None, run)
    await asyncio.wait((started, work), return_when=asyncio.FIRST_COMPLETED)
    return await asyncio.wait_for(asyncio.shield(work), timeout)

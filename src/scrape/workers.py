"""Extraction off the event loop, in a pool of processes so that every core extracts.

Extraction is the CPU cost of a crawl; run on the event loop (or in threads, under the
GIL) it would keep one core busy and the fetching waiting. :func:`extract_page` is a pure
function of picklable values, so it runs in worker processes; decoding the bytes happens
there too, since charset detection is CPU work as well.

One pool per worker count is shared by every crawl in the process. A pool costs seconds
to start (each worker imports the extraction stack), so a crawl with enough pages starts
it in the background (:func:`warm_up`) and extracts in a thread until the workers have
answered; a small crawl never waits for processes it hardly needs. Workers start from a
forkserver with the stack imported, never by forking the crawler itself (its threads may
hold locks), and exit when the crawler does, however it ends. They are not recycled with
``max_tasks_per_child``: on Python 3.11 a pool replacing its workers was seen to lose the
pending pages and hang (every worker gone at 2 x 1,000 tasks, five pages waiting forever).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import os
import threading
from collections import OrderedDict
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Generic, TypeVar

from .charset import decode_html
from .dedup import signature
from .errors import ExtractError
from .extract import Article, ExtractionHints, extract, text_blocks
from .fetch import FetchedPage

log = logging.getLogger(__name__)

# Below this many pages a crawl extracts in a thread: starting processes costs more.
MIN_PAGES_FOR_POOL = 100
_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.Lock()
_warm: set[int] = set()  # worker counts whose pool has answered


@dataclass(frozen=True)
class Extracted:
    article: Article
    blocks: frozenset[str]  # the page's text blocks, from which the crawl learns templates
    band_keys: tuple[int, ...]  # near-duplicate signature of the body (dedup.signature)


def extract_page(
    content: bytes, content_type: str, url: str, fetched_at: datetime, hints: ExtractionHints
) -> Extracted:
    """Decode and extract one fetched page (runs in a worker process)."""
    html = decode_html(content, content_type)
    article = extract(html, url=url, fetched_at=fetched_at, hints=hints)
    if not article.is_article:
        return Extracted(article, frozenset(), ())
    return Extracted(article, frozenset(text_blocks(html)), signature(article.body))


# A crawl's learned template grows to thousands of blocks (every teaser byline and date a
# site repeats); pickled as a set with every page, it cost about a millisecond on each side
# of the pool at 8,000 blocks. As one string it is copied rather than walked, and a worker
# rebuilds the set only when the source's template changed since its last page. Each side
# keeps the latest template of each source (several sources' pages interleave in one pool),
# not every version: a long crawl applies hundreds, each a megabyte or two as a set.
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


_sent: _LatestPerSource[tuple[frozenset[str], str]] = _LatestPerSource()  # crawler side
_received: _LatestPerSource[tuple[str, frozenset[str]]] = _LatestPerSource()  # worker side


def _template_text(source: str, blocks: frozenset[str]) -> str:
    """``blocks`` as the string sent to the workers (the crawl hands the same set until
    the source's template changes, so the string is joined once per change)."""
    kept = _sent.get(source)
    if kept is not None and (kept[0] is blocks or kept[0] == blocks):
        return kept[1]
    text = _BLOCK_SEPARATOR.join(blocks)
    if text.count(_BLOCK_SEPARATOR) != max(len(blocks) - 1, 0):
        # Pages' blocks are normalised (whitespace collapsed): a block with a newline
        # never matches one, so it is left out rather than split into blocks that might.
        text = _BLOCK_SEPARATOR.join(b for b in blocks if _BLOCK_SEPARATOR not in b)
    return _sent.keep(source, (blocks, text))[1]


def _template_blocks(source: str, text: str) -> frozenset[str]:
    """The set :func:`_template_text` sent, rebuilt only when it changed."""
    kept = _received.get(source)
    if kept is not None and kept[0] == text:  # a compare of equal strings, no hashing
        return kept[1]
    blocks = frozenset(text.split(_BLOCK_SEPARATOR)) if text else frozenset()
    return _received.keep(source, (text, blocks))[1]


def _extract_with_template(
    content: bytes,
    content_type: str,
    url: str,
    fetched_at: datetime,
    hints: ExtractionHints,
    source: str,
    template: str,
) -> Extracted:
    """:func:`extract_page` with the template sent as :func:`_template_text` (a worker task)."""
    hints = replace(hints, boilerplate_blocks=_template_blocks(source, template))
    return extract_page(content, content_type, url, fetched_at, hints)


def _exit_with_parent() -> None:
    """Worker initializer: leave as soon as the crawler is gone, even if it was killed
    (SIGKILL gives it no chance to shut the pool down, and an orphaned worker would keep
    the crawler's stdout and stderr open for whoever waits on them)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


@functools.cache
def _cores() -> int:
    # os.cpu_count() reads /sys on every call, and the crawl asks once per page.
    return os.cpu_count() or 1


def worker_count(setting: int | None) -> int:
    return _cores() if setting is None else setting


def extraction_pool(workers: int | None) -> Executor | None:
    """The shared pool of ``workers`` processes (``None``: one per core; 0: no pool)."""
    count = worker_count(workers)
    if count == 0:
        return None
    with _pools_lock:
        pool = _pools.get(count)
        if pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if "forkserver" in methods:
                context.set_forkserver_preload([__name__])
            pool = ProcessPoolExecutor(
                count,
                mp_context=context,
                initializer=_exit_with_parent,
            )
            _pools[count] = pool
        return pool


def _ready() -> bool:
    return True


def warm_up(workers: int | None, pages: int) -> None:
    """Start the pool's workers if ``pages`` are worth it; extraction moves to them once
    all have answered. Returns at once: starting a process waits for the forkserver to
    boot (seconds), which must not stall the event loop that is fetching meanwhile."""
    count = worker_count(workers)
    if pages < MIN_PAGES_FOR_POOL or count == 0 or count in _warm:
        return
    threading.Thread(target=_start, args=(count,), name="extraction-pool", daemon=True).start()


def _start(count: int) -> None:
    pool = extraction_pool(count)
    assert pool is not None
    answers = [pool.submit(_ready) for _ in range(count)]

    def done(_: object) -> None:
        if all(a.done() and not a.cancelled() and a.exception() is None for a in answers):
            _warm.add(count)

    for answer in answers:
        answer.add_done_callback(done)


def _discard(pool: Executor) -> None:
    with _pools_lock:
        for count, known in list(_pools.items()):
            if known is pool:
                del _pools[count]
                _warm.discard(count)
    pool.shutdown(wait=False, cancel_futures=True)


async def extract_off_loop(
    page: FetchedPage, hints: ExtractionHints, workers: int | None = None, source: str = ""
) -> Extracted:
    """Extract ``page`` in the shared pool of ``workers`` processes once it is warm (see
    :func:`warm_up`), else in a thread. ``source`` names the site whose template
    ``hints`` carries, so that the pool keeps one template per site."""
    count = worker_count(workers)
    pool = extraction_pool(count) if count in _warm else None
    loop = asyncio.get_running_loop()
    template = _template_text(source, hints.boilerplate_blocks)
    bare = replace(hints, boilerplate_blocks=frozenset())
    url, fetched_at = page.final_url, page.fetched_at
    args = (page.content, page.content_type, url, fetched_at, bare, source, template)
    try:
        return await loop.run_in_executor(pool, _extract_with_template, *args)
    except BrokenProcessPool:
        # A worker died (a crash in a parser, the OOM killer): this page fails, and the next
        # one gets a fresh pool rather than the crawl stopping.
        if pool is not None:
            _discard(pool)
        raise ExtractError(f"the extraction worker died on {page.final_url}") from None

"""Worker processes that never outlive the crawler, and that give back the memory they
no longer use.

Shared by the discovery process (:mod:`scrape.discover`) and the extraction pool
(:mod:`scrape.crawl.workers`); the standard library only, so that both may import it.
"""

from __future__ import annotations

import ctypes
import functools
import multiprocessing
import os
import threading
from collections.abc import Callable


def exit_with_parent() -> None:
    """Worker initializer: leave as soon as the crawler is gone, even if it was killed
    (SIGKILL gives it no chance to shut its pools down, and an orphaned worker would keep
    the crawler's stdout and stderr open for whoever waits on them)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` on a C library without it (musl, macOS,
    Windows)."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def return_free_memory() -> bool:
    """Give the system back the free pages inside the C heap; ``False`` where the C
    library cannot (then nothing is done).

    Python returns its own small-object arenas when they empty, but a page's texts and
    the parsers' trees are C allocations: once freed, glibc keeps them for reuse, and
    only the top of each heap goes back by itself. Freed in the middle, between
    allocations that live on, those pages stay resident, and a process that handles
    page after page for hours grows by them."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


class Trimmer:
    """Calls :func:`return_free_memory` once every ``every`` calls of :meth:`tick` (a
    trim walks the whole heap: a fraction of a millisecond, too much for every page)."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.ticks = 0
        self.trims = 0

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks % self.every == 0 and return_free_memory():
            self.trims += 1

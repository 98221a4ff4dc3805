"""Worker processes that never outlive the crawler.

Shared by the discovery process (:mod:`scrape.discover`) and the extraction pool
(:mod:`scrape.crawl.workers`); the standard library only, so that both may import it.
"""

from __future__ import annotations

import multiprocessing
import os
import threading


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

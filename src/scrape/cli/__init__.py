"""The command line: ``scrape crawl | extract | status | report | search | export | ...``."""

from __future__ import annotations


def run() -> None:
    """The ``scrape`` command: the console script's entry point. The command line is
    imported here, not by the script: the extraction pool's forkserver runs the program's
    main script too (multiprocessing's rule), and its workers need none of click, rich or
    the commands."""
    from .main import main

    main()

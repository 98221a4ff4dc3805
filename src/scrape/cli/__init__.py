"""The command line: ``scrape crawl | extract | status | report | search | export | ...``."""

from __future__ import annotations

import sys

# Modules that libraries import only because they are installed, and that no command
# uses: httpx imports its own command line whenever click, rich and pygments are there,
# and with it rich's progress bars and syntax highlighting and pygments' lexers, into
# the crawler. None in sys.modules makes their import fail, which httpx expects.
_UNUSED_OPTIONAL_MODULES = ("httpx._main",)


def run() -> None:
    """The ``scrape`` command: the console script's entry point. The command line is
    imported here, not by the script: the extraction pool's forkserver runs the program's
    main script too (multiprocessing's rule), and its workers need none of click, rich or
    the commands."""
    for name in _UNUSED_OPTIONAL_MODULES:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    from .main import main

    main()

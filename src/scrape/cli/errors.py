"""How every command reports the errors the library raises on purpose."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from rich.console import Console

from ..errors import ScrapeError
from ..ops.lock import EXIT_LOCKED, DatabaseLocked


@contextmanager
def reported_errors() -> Iterator[None]:
    """A busy database exits with ``EXIT_LOCKED`` (cron retries later); any other
    :class:`ScrapeError` is a one-line error and exit status 1, never a traceback."""
    try:
        yield
    except DatabaseLocked as exc:
        Console(stderr=True).print(f"[red]busy[/red] {exc}", highlight=False)
        sys.exit(EXIT_LOCKED)
    except ScrapeError as exc:
        raise click.ClickException(str(exc)) from None

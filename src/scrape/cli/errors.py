"""How every command ends: one line naming the path and the cause, and an exit status;
and the console its output goes through.

The exit statuses are this table and nowhere else (the README's "Exit status" copies it);
the high ones are BSD ``sysexits.h`` codes, which cron wrappers and systemd understand.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from ..errors import DatabaseLocked, OutputError, ScrapeError

EXIT_OK = 0
EXIT_ERROR = 1  # bad input: sources file, database, query, page to extract, unknown source
EXIT_ALL_FAILED = 2  # crawl, ingest-warc: every source (every WARC file) failed
EXIT_FLAGGED = 3  # status --check: a source is flagged
EXIT_USAGE = 64  # EX_USAGE: unknown option, bad option value, missing argument
EXIT_CANT_CREATE = 73  # EX_CANTCREAT: the output cannot be written where it was asked
EXIT_IO = 74  # EX_IOERR: disk full, broken pipe, an I/O error
EXIT_BUSY = 75  # EX_TEMPFAIL: another process writes the database; retry later
EXIT_INTERRUPTED = 130  # Ctrl-C outside a crawl (a crawl stops gracefully and exits 0)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1 in silence; a closed pipe ends every command the same way.
        self.quiet = True
        error = command_error(BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE)))
        assert error is not None
        raise error


def output_console(stderr: bool = False) -> Console:
    """Rich output that never wraps when piped or under cron (rich assumes 80 columns
    there): every row, URL and source name stays whole on its line."""
    console = _Console(stderr=stderr, highlight=False)
    if console.is_terminal:
        return console
    return _Console(stderr=stderr, highlight=False, width=10_000, soft_wrap=True)


class CommandError(click.ClickException):
    """A one-line error with its exit status from the table above."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares a class default


def command_error(exc: BaseException, path: str | Path | None = None) -> CommandError | None:
    """The one-line error and exit status of ``exc``; ``None`` for a programming error."""
    where = f"{path}: " if path else ""
    if isinstance(exc, CommandError):
        return exc
    if isinstance(exc, DatabaseLocked):
        return CommandError(f"busy: {exc}", EXIT_BUSY)
    if isinstance(exc, OutputError):
        return CommandError(str(exc), EXIT_CANT_CREATE)
    if isinstance(exc, ScrapeError):
        return CommandError(str(exc))
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        if "locked" in text or "busy" in text:
            from ..store.connection import BUSY_TIMEOUT_MS  # here: the store loads sqlite_utils

            return CommandError(
                f"{where}busy: another process kept the database locked for more than "
                f"{BUSY_TIMEOUT_MS / 1000:g} s; nothing was lost, try again later",
                EXIT_BUSY,
            )
        if "full" in text:
            return CommandError(
                f"{where}disk full ({text}): the last write was undone, "
                "everything stored before it is kept",
                EXIT_IO,
            )
        if "I/O" in text:
            return CommandError(f"{where}{text}", EXIT_IO)
    if isinstance(exc, sqlite3.DatabaseError):
        return CommandError(f"{where}not a usable scrape database: {exc}")
    if isinstance(exc, BrokenPipeError) or (isinstance(exc, OSError) and exc.errno == errno.EPIPE):
        _silence_stdout()
        return CommandError("output closed early (broken pipe)", EXIT_IO)
    if isinstance(exc, OSError):
        name = exc.filename or path
        cause = exc.strerror or str(exc)
        return CommandError(f"{name}: {cause}" if name else cause, EXIT_IO)
    return None


def _silence_stdout() -> None:
    """Point stdout at /dev/null: the interpreter's last flush must not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout is not a file descriptor (a test runner's buffer)
    finally:
        os.close(devnull)


@contextmanager
def reported_errors(path: str | Path | None = None) -> Iterator[None]:
    """Turn errors about the database at ``path`` (or any output) into a
    :class:`CommandError`: one line, the path, the cause, the exit status."""
    try:
        yield
    except (ScrapeError, sqlite3.Error, OSError) as exc:
        error = command_error(exc, path)
        if error is None:
            raise
        raise error from None


class ScrapeGroup(click.Group):
    """The ``scrape`` command group: every exit goes through :func:`command_error`."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            status = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            exc.show()
            sys.exit(EXIT_USAGE)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            click.echo("Aborted!", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (ScrapeError, sqlite3.Error, OSError) as exc:
            error = command_error(exc)
            if error is None:
                raise
            error.show()
            sys.exit(error.exit_code)
        sys.exit(status if isinstance(status, int) else EXIT_OK)

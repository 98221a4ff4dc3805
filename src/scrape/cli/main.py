"""Command line: ``scrape crawl | extract | stats | status | report | migrate``.

The library only logs; this module decides what reaches the terminal. On a terminal a
crawl shows a live progress display; under cron (no terminal) it prints only the closing
summary and the log's warnings, one line each with an ISO timestamp (or JSON with
``--log-format json``), so a quiet run mails nothing but the table. Readers (``stats``,
``status``, ``report``) open the corpus read-only; exit statuses are those of
:mod:`scrape.cli.errors`.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from .errors import (
    EXIT_ALL_FAILED,
    EXIT_BUSY,
    EXIT_FLAGGED,
    CommandError,
    ScrapeGroup,
    output_console,
    reported_errors,
)
from .options import config_option, database_path, db_option, load

# The command bodies import what they use (configuration, crawl, extraction, store, rich's
# tables): `scrape --help`, a mistyped option or a cron run with nothing due should not
# pay for importing pydantic, httpx, trafilatura, and the pandas and pyarrow that
# sqlite_utils imports when installed.
if TYPE_CHECKING:
    from ..config import Config
    from ..crawl.pipeline import CrawlReport
    from ..ops.health import SourceHealth
    from ..ops.schedule import GracefulStop
    from ..store.database import Store

__all__ = ["EXIT_ALL_FAILED", "EXIT_FLAGGED", "main"]

_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PlainFormatter(logging.Formatter):
    """One line per event, UTC ISO 8601 time first: what cron mails and ``grep`` reads."""

    def __init__(self) -> None:
        super().__init__(_LOG_FORMAT)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def format(self, record: logging.LogRecord) -> str:
        return " | ".join(super().format(record).splitlines())


class _JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        event = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        return json.dumps(event, ensure_ascii=False)


def _setup_logging(verbose: int, log_format: str, console: Console) -> None:
    handler: logging.Handler
    if log_format == "json":
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_JsonFormatter())
    elif console.is_terminal:
        from rich.logging import RichHandler

        handler = RichHandler(console=console, show_path=False)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_PlainFormatter())
    handler.set_name("scrape-cli")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "scrape-cli"]:
        root.removeHandler(old)  # a second invocation in one process (tests) replaces it
    root.addHandler(handler)
    root.setLevel(max(logging.WARNING - 10 * verbose, logging.DEBUG))
    # httpx logs every request at INFO; keep that for -vv only.
    logging.getLogger("httpx").setLevel(logging.INFO if verbose > 1 else logging.WARNING)


@click.group(cls=ScrapeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: rich on a terminal, else one line per event with an ISO time; "
    "json: one JSON object per line.",
)
@click.version_option(package_name="scrape")
@click.pass_context
def main(ctx: click.Context, verbose: int, log_format: str) -> None:
    """scrape: polite news crawling into a clean, deduplicated SQLite corpus.

    Exit status: 0 ok, 1 bad input, 2 every source failed, 3 a source is flagged
    (status --check), 64 bad usage, 73 output cannot be created, 74 I/O error or
    disk full, 75 the database is busy (retry later), 130 interrupted (Ctrl-C outside
    a crawl).
    """
    console = Console(stderr=True)
    _setup_logging(verbose, log_format, console)
    ctx.obj = console


@main.command("crawl", short_help="Discover, fetch, extract and store the sources' articles.")
@config_option
@db_option
@click.option(
    "--source", "source_names", multiple=True, help="Crawl only this source (repeatable)."
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="At most N article fetches per source [default: settings.max_pages_per_source].",
)
@click.option(
    "--due",
    is_flag=True,
    help="Only the sources whose interval has passed since their last complete crawl (cron).",
)
@click.option(
    "--every",
    metavar="DURATION",
    default=None,
    callback=lambda ctx, param, value: _duration(value),
    help="Keep running, crawling each source whenever it is due; DURATION (e.g. 15m, at "
    "least 60s) is the interval of sources that set none. SIGTERM/Ctrl-C stop after "
    "in-flight work.",
)
@click.option(
    "--wait",
    is_flag=True,
    help=f"If another crawl holds the database, wait for it (default: exit {EXIT_BUSY}).",
)
@click.pass_obj
def crawl_command(
    console: Console,
    config_path: str,
    db_path: str | None,
    source_names: tuple[str, ...],
    limit: int | None,
    due: bool,
    every: float | None,
    wait: bool,
) -> None:
    """Discover, fetch, extract and store articles of the configured sources."""
    from ..ops.lock import WriterLock
    from ..ops.schedule import GracefulStop, crawl_forever, due_sources, with_default_interval
    from ..store.database import Store

    config = load(config_path)
    if every is not None:
        config = with_default_interval(config, every)
    database = db_path or config.settings.database
    names = list(source_names) or None
    stop = GracefulStop()
    with reported_errors(database):
        for name in source_names:
            config.source(name)
        with (
            WriterLock(database, wait=wait),
            stop.handling(),
            Store(database, settings=config.settings) as store,
        ):
            if every is not None:
                crawl_forever(
                    config, store, stop, source_names=names, limit=limit, on_report=_print_summary
                )
                return
            if due:
                names = [source.name for source in due_sources(config, store, names)]
                if not names:
                    console.print("no source is due", highlight=False)
                    return
            report = _crawl_with_progress(console, config, store, names, limit, stop)
    _print_summary(report)
    if stop.is_set():
        console.print("stopped on request; the next crawl carries on", highlight=False)
    if report.all_failed:
        sys.exit(EXIT_ALL_FAILED)


def _duration(value: str | None) -> float | None:
    if value is None:
        return None
    from ..config import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _crawl_with_progress(
    console: Console,
    config: Config,
    store: Store,
    source_names: list[str] | None,
    limit: int | None,
    stop: GracefulStop,
) -> CrawlReport:
    from ..crawl.pipeline import SourceReport
    from ..ops.schedule import crawl_once

    if not console.is_terminal:
        return crawl_once(config, store, source_names=source_names, limit=limit, stop=stop)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        tasks: dict[str, Any] = {}

        def update(report: SourceReport, total: int | None) -> None:
            if report.name not in tasks:
                tasks[report.name] = progress.add_task(report.name, total=total)
            done = report.new + report.duplicate + report.skipped + report.failed
            progress.update(tasks[report.name], completed=done, total=total or None)

        return crawl_once(
            config, store, source_names=source_names, limit=limit, stop=stop, progress=update
        )


_SUMMARY_COLUMNS = {
    "discovered": "discovered",
    "fetched": "fetched",
    "new": "new",
    "duplicate": "duplicate",
    "skipped": "skipped",
    "failed": "failed",
    "entry points failed": "entry_points_failed",
}


def _print_summary(report: CrawlReport) -> None:
    """The table of the run. Its errors are not repeated here: the crawl logged each one
    as it happened (a warning, shown by default)."""
    from rich.table import Table

    table = Table(title="crawl summary")
    table.add_column("source", no_wrap=True)
    for heading in _SUMMARY_COLUMNS:
        table.add_column(heading, justify="right")
    for source in report.sources:
        cells = (str(getattr(source, field)) for field in _SUMMARY_COLUMNS.values())
        table.add_row(source.name, *cells)
    output_console().print(table)


@main.command("stats")
@db_option
@config_option
def stats_command(db_path: str | None, config_path: str) -> None:
    """Articles per source and day."""
    from rich.table import Table

    from ..store.database import Store

    path = database_path(db_path, config_path)
    with reported_errors(path), Store(path, read_only=True) as store:
        rows = store.stats()
    table = Table(title=f"articles in {path}")
    for column in ("day", "source", "articles"):
        table.add_column(column, justify="right" if column == "articles" else "left")
    for row in rows:
        table.add_row(row["day"], row["source"], str(row["articles"]))
    output_console().print(table)


@main.command("migrate", short_help="Upgrade a corpus made by an older scrape.")
@db_option
@config_option
def migrate_command(db_path: str | None, config_path: str) -> None:
    """Upgrade a corpus made by an older scrape to this version's schema (a crawl does too)."""
    from ..ops.lock import WriterLock
    from ..store.database import Store

    path = database_path(db_path, config_path)
    if not Path(path).is_file():
        raise CommandError(f"no database at {path}")
    with reported_errors(path), WriterLock(path), Store(path) as store:
        applied = store.applied_migrations
    done = f"applied {', '.join(applied)}" if applied else "already up to date"
    click.echo(f"{path}: {done}")


@main.command("status", short_help="Health of each source: runs, new articles, yield, flags.")
@db_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON, for monitoring.")
@click.option(
    "--check", is_flag=True, help=f"Exit {EXIT_FLAGGED} when a source is flagged (for alerts)."
)
def status_command(db_path: str | None, config_path: str, as_json: bool, check: bool) -> None:
    """Health of each source: last runs, new articles, failures, yield, and flags."""
    from ..ops.health import source_health
    from ..store.database import Store

    path = database_path(db_path, config_path)
    with reported_errors(path), Store(path, read_only=True) as store:
        health = source_health(store)
    if as_json:
        click.echo(json.dumps([h.to_json() for h in health], indent=2))
    else:
        _print_health(health)
    if check and any(h.flagged for h in health):
        sys.exit(EXIT_FLAGGED)


def _print_health(health: list[SourceHealth]) -> None:
    """The table of the sources, then each flag on a line of its own with its detail."""
    from rich.table import Table

    table = Table(title="source health (flagged first)")
    columns = ("source", "last run", "last ok", "new 24h", "fails", "yield", "usual", "flags")
    for column in columns:
        right = column not in ("source", "flags")
        table.add_column(column, justify="right" if right else "left", no_wrap=right)
    for h in health:
        table.add_row(
            h.source,
            f"{h.last_status or 'never'} {_when(h.last_run)}",
            _when(h.last_success),
            str(h.new_24h),
            str(h.consecutive_failures),
            "–" if h.yield_24h is None else f"{h.yield_24h:.0%}",
            "–" if h.usual_yield is None else f"{h.usual_yield:.0%}",
            ", ".join(f.kind for f in h.flags) or "ok",
        )
    output_console().print(table)
    for h in health:
        for flag in h.flags:
            click.echo(f"{h.source}: {flag.kind}: {flag.detail}")


def _when(stamp: str | None) -> str:
    """``2026-03-01T14:05:00+00:00`` -> ``03-01 14:05`` (UTC): short enough for a table."""
    return stamp[5:16].replace("T", " ") if stamp else ""


@main.command("report", short_help="Write one HTML page of each source's health.")
@db_option
@config_option
@click.option("--out", default="report.html", show_default=True, help="HTML file to write.")
def report_command(db_path: str | None, config_path: str, out: str) -> None:
    """Write a self-contained HTML page with charts of each source's health."""
    from ..ops.report import write_report
    from ..store.database import Store

    path = database_path(db_path, config_path)
    with reported_errors(path), Store(path, read_only=True) as store:
        written = write_report(store, out)
    click.echo(f"wrote {written}")


# Registered last: it imports this module's siblings only, and starts a cluster only when run.
from .extract import extract_command  # noqa: E402
from .warc import ingest_warc_command  # noqa: E402

main.add_command(extract_command)

main.add_command(ingest_warc_command)

# The corpus commands: search, export, reextract, browse.
from .corpus import COMMANDS as CORPUS_COMMANDS  # noqa: E402

for corpus_command in CORPUS_COMMANDS:
    main.add_command(corpus_command)


if __name__ == "__main__":
    main()

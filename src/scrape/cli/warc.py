"""``scrape ingest-warc``: the command line of :mod:`scrape.warc.ingest`.

Kept apart from :mod:`scrape.cli.main` (which registers it) because it is the one command that
starts a cluster; like the rest of the CLI, it decides what reaches the terminal.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from ..errors import ScrapeError
from ..ops.lock import WriterLock
from .errors import EXIT_ALL_FAILED, output_console, reported_errors
from .options import config_option, day, day_option, db_option

# The configuration, the store and the WARC pipeline (extraction, FastWARC, Dask) are
# imported in the command's body: `scrape --help` should not pay for them.
if TYPE_CHECKING:
    from distributed import Client

    from ..store.database import Store
    from ..warc.ingest import IngestReport
    from ..warc.records import Selection

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{1,63}$")


def read_domains(path: str) -> frozenset[str]:
    """Domains of a file, one a line; blank lines and ``#`` comments are ignored."""
    domains = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        domain = line.split("#", 1)[0].strip().lower().removeprefix("www.")
        if not domain:
            continue
        if not _DOMAIN.match(domain):
            raise click.BadParameter(f"{path}:{number}: not a domain name: {line.strip()!r}")
        domains.add(domain)
    if not domains:
        raise click.BadParameter(f"{path}: no domains in the file")
    return frozenset(domains)


@click.command(
    "ingest-warc",
    short_help="Extract the news articles of WARC files into the store.",
)
@click.argument("paths", nargs=-1, required=True)
@db_option
@config_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Local worker processes [default: all cores].",
)
@click.option("--scheduler", default=None, help="Use the Dask cluster at this address instead.")
@click.option("--in-process", is_flag=True, help="Run in this process, without Dask.")
@click.option(
    "--source", "source_names", multiple=True, help="Keep this configured source (repeatable)."
)
@click.option(
    "--domains",
    "domains_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Keep these domains and their subdomains (a file, one a line).",
)
@day_option("--since", "Published on or after this day.")
@day_option("--until", "Published on or before this day.")
@click.option(
    "--shards",
    "shard_dir",
    default=None,
    help="Where workers leave finished shards [default: DB + '.shards']; "
    "on a multi-host cluster, a directory every host reaches.",
)
@click.pass_obj
def ingest_warc_command(
    console: Console,
    paths: tuple[str, ...],
    db_path: str | None,
    config_path: str,
    workers: int | None,
    scheduler: str | None,
    in_process: bool,
    source_names: tuple[str, ...],
    domains_file: str | None,
    since: datetime | None,
    until: datetime | None,
    shard_dir: str | None,
) -> None:
    """Extract the news articles of WARC files (e.g. Common Crawl's CC-NEWS) into the store.

    PATHS are WARC/WARC.gz files, globs, directories or URLs (https://, s3://).
    Files already ingested are skipped, so an interrupted run resumes where it stopped.
    """
    from ..config import Settings, load_config
    from ..store.database import Store
    from ..warc.ingest import dask_client, expand_paths
    from ..warc.records import Selection

    if sum((workers is not None, scheduler is not None, in_process)) > 1:
        raise click.UsageError("choose one of --workers, --scheduler and --in-process")
    if source_names and domains_file:
        raise click.UsageError("choose --source or --domains, not both")
    try:
        config = load_config(config_path) if Path(config_path).exists() else None
        if source_names and config is None:
            raise ScrapeError(f"--source needs the sources file, and {config_path} is missing")
        selection = Selection(
            sources=tuple(config.source(n) for n in source_names) if config else (),
            domains=read_domains(domains_file) if domains_file else frozenset(),
            since=day(since),
            until=day(until),
        )
        units = expand_paths(paths)
    except (ScrapeError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    database = db_path or (config.settings if config else Settings()).database
    if not in_process:
        _quiet_dask()
    cluster = nullcontext(None) if in_process else dask_client(workers=workers, scheduler=scheduler)
    with (
        reported_errors(database),
        WriterLock(database),
        Store(database) as store,
        cluster as client,
    ):
        report = _ingest_with_progress(
            console, units, store, shard_dir or f"{database}.shards", selection, client
        )
    _print_summary(report)
    if report.units and report.failed == report.units:
        sys.exit(EXIT_ALL_FAILED)


def _quiet_dask() -> None:
    """Dask logs each worker, nanny and connection at INFO: shown with ``-v`` only."""
    if logging.getLogger().getEffectiveLevel() <= logging.INFO:
        return
    with contextlib.suppress(ImportError):
        import distributed  # noqa: F401  # sets its loggers' levels on import: set ours after
    logging.getLogger("distributed").setLevel(logging.WARNING)


def _ingest_with_progress(
    console: Console,
    units: list[str],
    store: Store,
    shard_dir: str,
    selection: Selection,
    client: Client | None,
) -> IngestReport:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..warc.ingest import ingest_warc

    columns = (
        TextColumn("WARC files"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
    )
    live = Progress(*columns, console=console, transient=True, disable=not console.is_terminal)
    with live:
        task = live.add_task("ingest", total=None, status="")

        def update(report: IngestReport) -> None:
            status = f"{report.records_per_second:,.0f} records/s · {report.new:,} new articles" + (
                f" · [red]{report.failed} failed[/red]" if report.failed else ""
            )
            done = report.done + report.failed
            live.update(task, completed=done, total=report.units, status=status)

        return ingest_warc(units, store, shard_dir, selection, client=client, progress=update)


def _print_summary(report: IngestReport) -> None:
    from rich.table import Table

    table = Table(title="ingest-warc summary")
    columns = {
        "files done": report.done,
        "failed": report.failed,
        "skipped (done before)": report.skipped,
        "records": report.records,
        "HTML pages": report.pages,
        "articles": report.articles,
        "new": report.new,
        "duplicates": report.duplicates,
    }
    for name in columns:
        table.add_column(name, justify="right")
    table.add_row(*(f"{value:,}" for value in columns.values()))
    out = output_console()
    out.print(table)
    out.print(f"{report.records_per_second:,.0f} WARC records/s")
    err = output_console(stderr=True)
    for error in report.errors[:10]:
        err.print(f"[red]failed[/red] {error}", highlight=False)
    if len(report.errors) > 10:
        err.print(f"… and {len(report.errors) - 10} more failed files", highlight=False)

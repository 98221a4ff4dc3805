"""Command line: ``scrape crawl | extract | stats``.

The library only logs; this module decides what reaches the terminal. On a terminal a
crawl shows a live progress display; under cron (no terminal) it prints only the closing
summary and errors, so a quiet run mails nothing but the table.
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .cli_errors import reported_errors
from .config import Config, load_config, parse_duration
from .crawl import CrawlReport, SourceReport
from .errors import ScrapeError
from .extract import Article, extract
from .health import source_health
from .lock import EXIT_LOCKED, WriterLock
from .report import write_report
from .schedule import GracefulStop, crawl_forever, crawl_once, due_sources, with_default_interval
from .store import Store

DEFAULT_CONFIG = "config/sources.yaml"
EXIT_ALL_FAILED = 2
EXIT_FLAGGED = 3  # `status --check`: some source needs a look


def _setup_logging(verbose: int, console: Console) -> None:
    level = logging.WARNING - 10 * verbose
    handler = RichHandler(console=console, show_path=False, show_time=console.is_terminal)
    logging.basicConfig(level=max(level, logging.DEBUG), handlers=[handler], format="%(message)s")
    # httpx logs every request at INFO; keep that for -vv only.
    logging.getLogger("httpx").setLevel(logging.INFO if verbose > 1 else logging.WARNING)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.version_option(package_name="scrape")
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """scrape: polite news crawling into a clean, deduplicated SQLite corpus."""
    console = Console(stderr=True)
    _setup_logging(verbose, console)
    ctx.obj = console


def _load(config_path: str) -> Config:
    try:
        return load_config(config_path)
    except ScrapeError as exc:
        raise click.ClickException(str(exc)) from None


@main.command("crawl")
@click.option(
    "--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="Sources file."
)
@click.option("--db", "db_path", default=None, help="Database file [default: settings.database].")
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
    help="Keep running, crawling each source whenever it is due; DURATION (e.g. 15m) is "
    "the interval of sources that set none. SIGTERM/Ctrl-C stop after in-flight work.",
)
@click.option(
    "--wait",
    is_flag=True,
    help=f"If another crawl holds the database, wait for it (default: exit {EXIT_LOCKED}).",
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
    config = _load(config_path)
    if every is not None:
        config = with_default_interval(config, every)
    database = db_path or config.settings.database
    names = list(source_names) or None
    stop = GracefulStop()
    with reported_errors():
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
    try:
        return None if value is None else parse_duration(value)
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
    if not console.is_terminal:
        return crawl_once(config, store, source_names=source_names, limit=limit, stop=stop)
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


def _print_summary(report: CrawlReport) -> None:
    out = Console()
    table = Table(title="crawl summary")
    columns = ("discovered", "fetched", "new", "duplicate", "skipped", "failed")
    table.add_column("source")
    for column in columns:
        table.add_column(column, justify="right")
    for source in report.sources:
        table.add_row(source.name, *(str(getattr(source, c)) for c in columns))
    out.print(table)
    err = Console(stderr=True)
    for source in report.sources:
        for error in source.errors[:10]:
            err.print(f"[red]error[/red] {source.name}: {error}", highlight=False, markup=True)
        if len(source.errors) > 10:
            err.print(
                f"{source.name}: … and {len(source.errors) - 10} more errors", highlight=False
            )


@main.command("extract")
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--url", default=None, help="The page's URL (helps titles, dates and links).")
def extract_command(file: str, url: str | None) -> None:
    """Extract one saved page (FILE, '-' for stdin, or .html.gz) and print the Article as JSON."""
    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(file).read_bytes()
            if file.endswith(".gz"):
                data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise click.ClickException(f"cannot read {file}: {exc}") from None
    try:
        article = extract(data, url=url)
    except ScrapeError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(article_json(article), ensure_ascii=False, indent=2))


def article_json(article: Article) -> dict[str, Any]:
    record = asdict(article)
    for key, value in record.items():
        if isinstance(value, datetime):
            record[key] = value.isoformat()
        elif isinstance(value, tuple | frozenset):
            record[key] = list(value)
    return record


@main.command("stats")
@click.option("--db", "db_path", default=None, help="Database file [default: settings.database].")
@click.option(
    "--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="Sources file."
)
def stats_command(db_path: str | None, config_path: str) -> None:
    """Articles per source and day."""
    path = db_path or (_load(config_path).settings.database if Path(config_path).exists() else None)
    if not path or not Path(path).exists():
        raise click.ClickException(f"no database at {path}: run 'scrape crawl' first")
    with Store(path) as store:
        rows = store.stats()
    table = Table(title=f"articles in {path}")
    for column in ("day", "source", "articles"):
        table.add_column(column, justify="right" if column == "articles" else "left")
    for row in rows:
        table.add_row(row["day"], row["source"], str(row["articles"]))
    Console().print(table)


def _existing_db(db_path: str | None, config_path: str) -> str:
    path = db_path or (_load(config_path).settings.database if Path(config_path).exists() else None)
    if not path or not Path(path).exists():
        raise click.ClickException(f"no database at {path}: run 'scrape crawl' first")
    return path


@main.command("status")
@click.option("--db", "db_path", default=None, help="Database file [default: settings.database].")
@click.option(
    "--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="Sources file."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON, for monitoring.")
@click.option(
    "--check", is_flag=True, help=f"Exit {EXIT_FLAGGED} when a source is flagged (for alerts)."
)
def status_command(db_path: str | None, config_path: str, as_json: bool, check: bool) -> None:
    """Health of each source: last runs, new articles, failures, yield, and flags."""
    with Store(_existing_db(db_path, config_path)) as store:
        health = source_health(store)
    if as_json:
        click.echo(json.dumps([h.to_json() for h in health], indent=2))
    else:
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
        out = Console()
        # Piped or under cron rich assumes 80 columns; the table reads better a little wider.
        Console(width=max(out.width, 110) if not out.is_terminal else None).print(table)
        for h in health:
            for flag in h.flags:
                click.echo(f"{h.source}: {flag.kind}: {flag.detail}")
    if check and any(h.flagged for h in health):
        sys.exit(EXIT_FLAGGED)


def _when(stamp: str | None) -> str:
    """``2026-03-01T14:05:00+00:00`` -> ``03-01 14:05`` (UTC): short enough for a table."""
    return stamp[5:16].replace("T", " ") if stamp else ""


@main.command("report")
@click.option("--db", "db_path", default=None, help="Database file [default: settings.database].")
@click.option(
    "--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="Sources file."
)
@click.option("--out", default="report.html", show_default=True, help="HTML file to write.")
def report_command(db_path: str | None, config_path: str, out: str) -> None:
    """Write a self-contained HTML page with charts of each source's health."""
    with Store(_existing_db(db_path, config_path)) as store:
        path = write_report(store, out)
    click.echo(f"wrote {path}")


# Registered last: it imports this module's siblings only, and starts a cluster only when run.
from .warc_cli import ingest_warc_command  # noqa: E402

main.add_command(ingest_warc_command)

# The corpus commands: search, export, reextract, browse.
from .corpus_cli import COMMANDS as CORPUS_COMMANDS  # noqa: E402

for corpus_command in CORPUS_COMMANDS:
    main.add_command(corpus_command)

"""``scrape search | export | reextract | browse``: the command line of the corpus.

Kept apart from :mod:`scrape.cli.main` (which registers these commands) so the crawl's command
line stays about crawling; like the rest of the CLI, this decides what reaches the
terminal and turns every :class:`~scrape.errors.ScrapeError` into a one-line message.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import click
from rich.text import Text

from ..ops.lock import WriterLock
from .errors import CommandError, output_console, reported_errors
from .options import config_option, database_path, day, day_option, db_option, settings_of

# The configuration, the store and the corpus readers are imported in the command bodies:
# `scrape --help` should not pay for pydantic, httpx, sqlite_utils and what it imports.

EXPORT_FORMATS = ("jsonl", "csv", "parquet")  # corpus.export.FORMATS (test_cli_imports.py)
# Snippet highlight markers: control characters never found in extracted text.
_OPEN, _CLOSE = "\x02", "\x03"

source_option = click.option("--source", default=None, help="Only articles of this source.")
since_option = day_option("--since", "Only articles of this day or later.")
until_option = day_option("--until", "Only articles of this day or earlier.")
unique_option = click.option(
    "--unique", is_flag=True, help="Leave out copies of other articles (one per story)."
)


def _search_timeout() -> float:
    from ..corpus.search import DEFAULT_TIMEOUT

    return DEFAULT_TIMEOUT


@click.command("search", short_help="Full-text search of titles and bodies, best first.")
@click.argument("query")
@db_option
@config_option
@source_option
@since_option
@until_option
@unique_option
@click.option(
    "--limit",
    type=click.IntRange(1, 10_000),
    default=20,
    show_default=True,
    help="Show at most this many articles.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit (JSON Lines).")
@click.option("--raw", is_flag=True, help="Pass QUERY to SQLite FTS5 as is (AND, OR, NOT, NEAR).")
@click.option(
    "--timeout",
    type=click.FloatRange(0.01),
    default=_search_timeout,
    show_default="5 s",  # corpus.search.DEFAULT_TIMEOUT (tests/cli/test_cli_imports.py)
    metavar="SECONDS",
    help="Stop a search that runs longer than this.",
)
def search_command(
    query: str,
    db_path: str | None,
    config_path: str,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
    unique: bool,
    limit: int,
    as_json: bool,
    raw: bool,
    timeout: float,
) -> None:
    """Full-text search of titles and bodies, best matches first.

    Words must all occur (at most 32); "double quotes" search a phrase, a trailing * a
    prefix. Ranking covers the newest 2,000 matching articles.
    """
    from ..corpus.reader import open_corpus

    settings = settings_of(config_path)
    path = db_path or settings.database
    with reported_errors(path), open_corpus(path, settings) as corpus:
        corpus.check_source(source)
        hits = corpus.search(
            query,
            source=source,
            since=day(since),
            until=day(until),
            unique=unique,
            limit=limit,
            raw=raw,
            timeout=timeout,
            marks=("[", "]") if as_json else (_OPEN, _CLOSE),
        )
    if as_json:
        for hit in hits:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        return
    out = output_console()
    if not hits:
        output_console(stderr=True).print(f"no articles match {query!r}")
    for hit in hits:
        heading = Text(f"{hit.title or '(untitled)'}", style="bold")
        heading.append(f"  {hit.source} · {hit.day or '?'} · #{hit.id}", style="dim")
        if hit.duplicate_of:
            heading.append(f" · copy of #{hit.duplicate_of}", style="dim")
        out.print(heading)
        out.print(Text(hit.url, style="cyan"))
        out.print(_highlighted(hit.snippet))
        out.print()


def _highlighted(snippet: str) -> Text:
    text = Text()
    for i, part in enumerate(snippet.replace(_CLOSE, _OPEN).split(_OPEN)):
        # Fold line breaks but keep the spaces at the edges: they separate the match.
        text.append(re.sub(r"\s+", " ", part), style="bold yellow" if i % 2 else "")
    return text


@click.command("export", short_help="Write articles as JSON Lines, CSV or Parquet.")
@db_option
@config_option
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True
)
@click.option(
    "--out",
    default=None,
    help="File to write, '-' for standard output [default]. A regular file is replaced "
    "once the export is complete; its directory must exist.",
)
@source_option
@since_option
@until_option
@unique_option
@click.option(
    "--after-id", type=click.IntRange(0), default=None, help="Only articles stored after this id."
)
@click.option(
    "--watermark",
    default=None,
    help="Continue from the last export made under this name, and record this one.",
)
def export_command(
    db_path: str | None,
    config_path: str,
    fmt: str,
    out: str | None,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
    unique: bool,
    after_id: int | None,
    watermark: str | None,
) -> None:
    """Write articles as JSON Lines, CSV or Parquet (records: article.schema.json)."""
    from ..corpus.export import export
    from ..corpus.reader import ArticleFilter, open_corpus

    settings = settings_of(config_path)
    path = db_path or settings.database
    where = ArticleFilter(
        source=source, since=day(since), until=day(until), after_id=after_id, unique=unique
    )
    with reported_errors(path), open_corpus(path, settings) as corpus:
        corpus.check_source(source)
        result = export(corpus, fmt, out, where, watermark)
    where_to = result.path or "standard output"
    last = f" (last id {result.last_id})" if result.last_id is not None else ""
    output_console(stderr=True).print(f"exported {result.rows} articles to {where_to}{last}")


@click.command("browse", short_help="Explore the corpus in Datasette (search, facets, SQL).")
@db_option
@config_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
def browse_command(db_path: str | None, config_path: str, host: str, port: int) -> None:
    """Explore the corpus in Datasette: search, facets by source and day, SQL."""
    from ..corpus.browse import serve

    path = database_path(db_path, config_path)

    def announce() -> None:
        output_console(stderr=True).print(f"serving {path} on http://{host}:{port}/ (Ctrl-C stops)")

    with reported_errors(path):
        serve(path, host=host, port=port, ready=announce)


@click.command("reextract", short_help="Extract archived pages again (no fetching).")
@db_option
@config_option
@source_option
def reextract_command(db_path: str | None, config_path: str, source: str | None) -> None:
    """Extract archived pages again with the current extractor (no fetching)."""
    from ..corpus.reextract import reextract
    from ..store.database import Store

    settings = settings_of(config_path)
    path = db_path or settings.database
    if not Path(path).is_file():
        raise CommandError(f"no database at {path}: run 'scrape crawl' first")
    with reported_errors(path), WriterLock(path), Store(path, settings=settings) as store:
        report = reextract(store, source)
    click.echo(
        f"{report.pages} archived pages: {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.kept} kept (no longer an article), {report.failed} failed"
    )
    if report.pages == 0:
        output_console(stderr=True).print(
            "no archived pages: set keep_raw_html: true in the settings to keep them"
        )


COMMANDS = [search_command, export_command, browse_command, reextract_command]

"""``scrape extract``: saved pages and URLs to articles as JSON, no corpus involved.

Kept apart from :mod:`scrape.cli.main` (which registers it): it reads pages and fetches
URLs one by one, the crawl's stages without its frontier or store. One page prints one
JSON object; several (or ``--jsonl``) print JSON Lines, one object a page as each is
done, so a folder of pages costs one start of the extraction stack rather than one a page.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import click

from ..errors import ScrapeError, TooLargeError
from .errors import CommandError
from .options import config_option, settings_of

if TYPE_CHECKING:
    from ..config import Settings
    from ..fetch.fetcher import Fetcher
    from ..models import Article, Extracted, FetchedPage

_GZIP_MAGIC = b"\x1f\x8b"


@click.command("extract", short_help="Extract saved pages or fetched URLs as JSON.")
@click.argument("pages", metavar="FILE_OR_URL...", nargs=-1, required=True)
@click.option("--url", default=None, help="The saved page's URL (helps titles, dates and links).")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    show_default="settings.max_bytes",
    help="Largest page read, before and after gzip decompression (as max_bytes in crawls).",
)
@click.option(
    "--fetched-at",
    metavar="WHEN",
    default=None,
    callback=lambda _ctx, _param, value: _instant(value),
    help="When the saved pages were fetched (ISO 8601, e.g. 2024-05-01T09:30+02:00; UTC when"
    ' no offset is given): "2 hours ago" on a page counts back from it.  [default: now]',
)
@click.option(
    "--jsonl",
    is_flag=True,
    help='One JSON object a line, with its "source", for one page too (as for several).',
)
@config_option
def extract_command(
    pages: tuple[str, ...],
    url: str | None,
    max_bytes: int | None,
    fetched_at: datetime | None,
    jsonl: bool,
    config_path: str,
) -> None:
    """Extract saved pages (FILE, '-' for stdin, gzipped or not) and print them as JSON.

    An http(s) URL in place of FILE is fetched as a crawl fetches it (robots.txt, the
    user agent, retries and address rules of --config's settings), and its final address
    is the page's URL. One page prints one JSON object; several (or --jsonl) print one
    line each (JSON Lines) with the argument it came from as "source", and a page that
    cannot be read or fetched is one error line on stderr: the others are still printed,
    and the status is then 1. Pages are extracted as a crawl extracts them: from 100
    pages on, in settings.extract_workers processes, each page within extract_timeout
    and extract_memory.

    \b
    More pages than a command line holds:
      find pages -name '*.html' -print0 | xargs -0 scrape extract --jsonl
    """
    if url is not None and (len(pages) > 1 or _is_web_address(pages[0])):
        raise click.UsageError("--url names the address of one saved page (FILE)")
    if fetched_at is not None and any(map(_is_web_address, pages)):
        raise click.UsageError("--fetched-at dates saved pages (FILE); a URL is fetched now")
    settings = settings_of(config_path)
    if max_bytes is not None:
        settings = settings.model_copy(update={"max_bytes": max_bytes})
    if len(pages) == 1 and not jsonl:
        ((_page, found),) = asyncio.run(_articles(pages, url, settings, fetched_at))
        if isinstance(found, CommandError):
            raise found
        click.echo(json.dumps(article_json(found), ensure_ascii=False, indent=2))
        return
    failed = asyncio.run(_print_lines(pages, url, settings, fetched_at))
    if failed:
        raise CommandError(f"{failed} of {len(pages)} pages could not be extracted")


async def _print_lines(
    pages: tuple[str, ...], url: str | None, settings: Settings, fetched_at: datetime | None
) -> int:
    """Print each page's article as a JSON line, in the order given; the number of pages
    that failed, each reported on stderr."""
    failed = 0
    async for page, found in _each_article(pages, url, settings, fetched_at):
        if isinstance(found, CommandError):
            failed += 1
            click.echo(f"Error: {found.message}", err=True)
        else:
            record = {"source": page, **article_json(found)}
            click.echo(json.dumps(record, ensure_ascii=False))
    return failed


async def _articles(
    pages: tuple[str, ...], url: str | None, settings: Settings, fetched_at: datetime | None
) -> list[tuple[str, Article | CommandError]]:
    return [found async for found in _each_article(pages, url, settings, fetched_at)]


async def _each_article(
    pages: tuple[str, ...], url: str | None, settings: Settings, fetched_at: datetime | None
) -> AsyncIterator[tuple[str, Article | CommandError]]:
    """Each argument with its article, or the error that stopped it, in the order given.

    Pages are read (files) or fetched (URLs, through one fetcher: robots.txt once a host,
    requests to a host paced) in turn, and extracted as a crawl extracts them: a few pages
    ahead of the one printed, in the crawl's pool of worker processes when there are
    enough pages to pay for starting it, else in a thread, one at a time.
    """
    from ..crawl.workers import extract_off_loop, warm_up, worker_count
    from ..models import ExtractionHints

    warm_up(settings.extract_workers, len(pages), settings.extract_memory)
    ahead = max(2, 2 * worker_count(settings.extract_workers))
    waiting: deque[tuple[str, asyncio.Task[Extracted] | CommandError]] = deque()
    async with _Loader(settings, fetched_at) as load:
        for argument in pages:
            try:
                page = await load(argument, url)
            except CommandError as exc:
                waiting.append((argument, exc))
            else:
                extraction = extract_off_loop(
                    page,
                    ExtractionHints(),
                    settings.extract_workers,
                    timeout=settings.extract_timeout,
                    memory=settings.extract_memory,
                )
                waiting.append((argument, asyncio.ensure_future(extraction)))
            while len(waiting) > ahead:
                yield await _done(*waiting.popleft())
        while waiting:
            yield await _done(*waiting.popleft())


async def _done(
    argument: str, work: asyncio.Task[Extracted] | CommandError
) -> tuple[str, Article | CommandError]:
    if isinstance(work, CommandError):
        return argument, work
    try:
        return argument, (await work).article
    except ScrapeError as exc:
        return argument, CommandError(f"{argument}: {exc}")


class _Loader:
    """Reads a saved page, or fetches a URL, as the page a crawl hands to extraction; URLs
    share one fetcher, made at the first. Saved pages were fetched at ``fetched_at``
    (None: now)."""

    def __init__(self, settings: Settings, fetched_at: datetime | None) -> None:
        self.settings = settings
        self.fetched_at = fetched_at
        self._fetcher: Fetcher | None = None

    async def __aenter__(self) -> _Loader:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._fetcher is not None:
            await self._fetcher.aclose()

    async def __call__(self, argument: str, url: str | None) -> FetchedPage:
        from ..models import FetchedPage

        if _is_web_address(argument):
            if self._fetcher is None:
                from ..fetch.fetcher import Fetcher

                self._fetcher = Fetcher(self.settings)
            with _reported(f"cannot fetch {argument}"):
                return await self._fetcher.fetch(argument)
        with _reported(f"cannot read {argument}"):
            data = read_page(argument, self.settings.max_bytes)
        if _looks_binary(data):
            raise CommandError(f"{argument}: not HTML (binary data)")
        # A saved page's address is the one --url gives, or none ("").
        page = FetchedPage(url=argument, final_url=url or "", status=200, content=data)
        return replace(page, fetched_at=self.fetched_at) if self.fetched_at else page


@contextmanager
def _reported(what: str) -> Iterator[None]:
    """A file or fetch error as one line: ``what``, then the cause."""
    try:
        yield
    except (OSError, ScrapeError) as exc:
        raise CommandError(f"{what}: {exc}") from None


def _instant(value: str | None) -> datetime | None:
    """``--fetched-at``'s ISO 8601 time, in UTC when it gives no offset."""
    if value is None:
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO 8601 time (2024-05-01, 2024-05-01T09:30+02:00)"
        ) from None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def _is_web_address(argument: str) -> bool:
    return argument.split(":", 1)[0].casefold() in {"http", "https"} and "://" in argument


def read_page(file: str, max_bytes: int) -> bytes:
    """The bytes of ``file`` ('-': stdin), gunzipped when they are gzip (by their first
    bytes, not the name), within ``max_bytes`` before and after decompression (a gzip bomb
    stops there, as a fetched body does)."""
    if file == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open(file, "rb") as stream:
            data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"larger than {max_bytes} bytes (--max-bytes)")
    if data.startswith(_GZIP_MAGIC):
        from ..fetch.decompress import decode_content

        try:
            data = decode_content(data, "gzip", max_bytes)
        except TooLargeError:
            raise TooLargeError(
                f"decompresses to more than {max_bytes} bytes (--max-bytes)"
            ) from None
    return data


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control bytes at the start: an image, a PDF, an archive.
    (UTF-16 pages have NULs too; they start with a byte order mark.)"""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    return b"\x00" in head or controls > len(head) // 10


def article_json(article: Article) -> dict[str, Any]:
    record = asdict(article)
    for key, value in record.items():
        if isinstance(value, datetime):
            record[key] = value.isoformat()
        elif isinstance(value, tuple | frozenset):
            record[key] = list(value)
    return record

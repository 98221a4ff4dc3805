"""``scrape extract``: saved pages and URLs to articles as JSON, no corpus involved.

Kept apart from :mod:`scrape.cli.main` (which registers it): it reads pages and fetches
URLs one by one, the crawl's stages without its frontier or store. One page prints one
JSON object; several (or ``--jsonl``) print JSON Lines, one object a page as each is
done, so a folder of pages costs one start of the extraction stack rather than one a page.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from ..errors import ScrapeError, TooLargeError
from .errors import CommandError
from .options import config_option, setting_default, settings_of

if TYPE_CHECKING:
    from asyncio import Runner

    from ..config import Settings
    from ..fetch.fetcher import Fetcher
    from ..models import Article

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
    "--jsonl",
    is_flag=True,
    help='One JSON object a line, with its "source", for one page too (as for several).',
)
@config_option
def extract_command(
    pages: tuple[str, ...], url: str | None, max_bytes: int | None, jsonl: bool, config_path: str
) -> None:
    """Extract saved pages (FILE, '-' for stdin, gzipped or not) and print them as JSON.

    An http(s) URL in place of FILE is fetched as a crawl fetches it (robots.txt, the
    user agent, retries and address rules of --config's settings), and its final address
    is the page's URL. One page prints one JSON object; several (or --jsonl) print one
    line each (JSON Lines) with the argument it came from as "source", and a page that
    cannot be read or fetched is one error line on stderr: the others are still printed,
    and the status is then 1.

    \b
    More pages than a command line holds:
      find pages -name '*.html' -print0 | xargs -0 scrape extract --jsonl
    """
    if url is not None and (len(pages) > 1 or _is_web_address(pages[0])):
        raise click.UsageError("--url names the address of one saved page (FILE)")
    with _Reader(settings_of(config_path) if any(map(_is_web_address, pages)) else None) as read:
        if len(pages) == 1 and not jsonl:
            article = read(pages[0], url, max_bytes)
            click.echo(json.dumps(article_json(article), ensure_ascii=False, indent=2))
            return
        failed = 0
        for page in pages:
            try:
                article = read(page, url, max_bytes)
            except CommandError as exc:
                failed += 1
                click.echo(f"Error: {exc.message}", err=True)
                continue
            record = {"source": page, **article_json(article)}
            click.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        raise CommandError(f"{failed} of {len(pages)} pages could not be extracted")


class _Reader:
    """Reads one argument to its article; URLs share one fetcher (its robots.txt cache and
    its pacing of requests to a host) on one event loop, made at the first URL."""

    def __init__(self, settings: Settings | None) -> None:
        self.settings = settings
        self._loop: Runner | None = None
        self._fetcher: Fetcher | None = None

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._loop is not None:
            if self._fetcher is not None:
                self._loop.run(self._fetcher.aclose())
            self._loop.close()

    def __call__(self, argument: str, url: str | None, max_bytes: int | None) -> Article:
        from ..extraction.extractor import extract

        if _is_web_address(argument):
            return self._fetched(argument, max_bytes)
        with _reported(f"cannot read {argument}"):
            data = read_page(argument, max_bytes or setting_default("max_bytes"))
        if _looks_binary(data):
            raise CommandError(f"{argument}: not HTML (binary data)")
        with _reported(argument):
            return extract(data, url=url)

    def _fetched(self, address: str, max_bytes: int | None) -> Article:
        import asyncio

        from ..extraction.extractor import extract
        from ..fetch.fetcher import Fetcher

        assert self.settings is not None  # made with settings when an argument is a URL
        if self._loop is None:
            self._loop = asyncio.Runner()
            settings = self.settings
            if max_bytes is not None:
                settings = settings.model_copy(update={"max_bytes": max_bytes})
            self._fetcher = Fetcher(settings)
        assert self._fetcher is not None
        with _reported(f"cannot fetch {address}"):
            page = self._loop.run(self._fetcher.fetch(address))
        with _reported(address):
            return extract(page.text, url=page.final_url, fetched_at=page.fetched_at)


@contextmanager
def _reported(what: str) -> Iterator[None]:
    """A file or fetch error as one line: ``what``, then the cause."""
    try:
        yield
    except (OSError, ScrapeError) as exc:
        raise CommandError(f"{what}: {exc}") from None


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

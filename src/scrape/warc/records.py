"""One WARC file in, one shard of articles out: the unit of work of ``scrape ingest-warc``.

:func:`process_unit` reads one WARC file (local path or any fsspec URL, such as a Common
Crawl ``https://data.commoncrawl.org/...`` address), keeps the HTML responses the
:class:`Selection` wants, extracts them with the crawler's :func:`scrape.extract` and
saves the articles with the store's own rules into a *shard*: a SQLite file with the store
schema, built in a local temporary directory and renamed into the shard directory only
when complete. The shard's ``warc_units`` row says how the file went.

Nothing here knows about Dask: :mod:`scrape.warc.ingest` runs units on a cluster or in
this process and is the single writer that merges shards into the store.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import shutil
import tempfile
import time
import uuid
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import IO, Any

from ..config import Settings, Source
from ..errors import ScrapeError
from ..extraction.extractor import extract
from ..fetch.fetcher import KEPT_HEADERS
from ..models import ExtractionHints, FetchedPage, article_day
from ..store import dedup
from ..store.connection import now_iso
from ..store.database import Store
from ..urls import site_of

log = logging.getLogger(__name__)

# What a damaged file raises while it is read: a truncated or corrupt gzip stream, an
# invalid WARC header, a vanished or unreadable file.
READ_ERRORS = (OSError, EOFError, zlib.error, ValueError)
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Target:
    """The source a kept record is stored under, and the hints its extraction gets."""

    name: str
    hints: ExtractionHints = field(default_factory=ExtractionHints)


@dataclass(frozen=True)
class Selection:
    """Which records of a WARC file become articles, and under which source name.

    ``sources`` (configured sources) keep only their sites' pages that their include and
    exclude patterns admit, stored under their names and extracted with their hints.
    Otherwise ``domains`` (empty: all) keep pages of those hosts and their subdomains,
    stored under the registered domain (``news.bbc.co.uk`` -> ``bbc.co.uk``).

    ``since`` and ``until`` (inclusive) apply to the publication date, or to the crawl
    date for pages that state none.
    """

    sources: tuple[Source, ...] = ()
    domains: frozenset[str] = frozenset()
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.sources and self.domains:
            raise ValueError("choose configured sources or a domain list, not both")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")

    @cached_property
    def _sources_by_site(self) -> dict[str, list[tuple[Source, Target]]]:
        by_site: dict[str, list[tuple[Source, Target]]] = {}
        for source in self.sources:
            hints = ExtractionHints(
                drop_selectors=source.drop_selectors, drop_phrases=source.drop_phrases
            )
            by_site.setdefault(site_of(source.home), []).append(
                (source, Target(source.name, hints))
            )
        return by_site

    def target_for(self, url: str) -> Target | None:
        """Where the page at ``url`` goes, or ``None`` when it is not wanted."""
        if self.sources:
            candidates = self._sources_by_site.get(site_of(url), [])
            return next((target for source, target in candidates if source.wants(url)), None)
        if self.domains and not self._wanted_host(url):
            return None
        return Target(site_of(url))

    def _wanted_host(self, url: str) -> bool:
        host = (url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":")[0]).lower()
        labels = host.removeprefix("www.").split(".")
        return any(".".join(labels[i:]) in self.domains for i in range(len(labels)))

    def may_hold_wanted(self, crawled: datetime) -> bool:
        """Whether a page crawled then can hold an article published on or after ``since``.

        Nothing is published after it is crawled, so older records are skipped before the
        costly extraction; a day of slack covers publishers' time zones.
        """
        return self.since is None or crawled.date() >= self.since - timedelta(days=1)

    def wants_date(self, published: datetime | None, crawled: datetime) -> bool:
        day = article_day(published, crawled)
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


@dataclass(frozen=True)
class UnitResult:
    """How one WARC file went; also the ``warc_units`` row of its shard and of the store."""

    unit: str
    state: str  # done | failed
    records: int = 0  # WARC response records read
    pages: int = 0  # HTML pages (2xx) of wanted sites and crawl dates
    articles: int = 0  # extracted articles in the date range, saved to the shard
    not_articles: int = 0  # pages the extractor found not to be articles
    outside_dates: int = 0  # articles published outside since..until
    failed: int = 0  # pages the extractor refused
    seconds: float = 0.0
    error: str | None = None  # why the file could not be read to its end
    finished_at: str = field(default_factory=now_iso)

    def row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Counts:
    records: int = 0
    pages: int = 0
    articles: int = 0
    not_articles: int = 0
    outside_dates: int = 0
    failed: int = 0


def shard_name(unit: str) -> str:
    """A stable, collision-free file name for the shard of ``unit``."""
    digest = hashlib.sha256(unit.encode("utf-8")).hexdigest()[:16]
    return f"{Path(unit).name[:80]}-{digest}.shard.sqlite"


def process_unit(unit: str, shard_dir: str | Path, selection: Selection) -> UnitResult:
    """Read the WARC file ``unit``, save its wanted articles to a shard in ``shard_dir``.

    A file that cannot be read to its end (truncated, corrupt, gone) gives a ``failed``
    result with the reason; the articles read before the damage are kept in the shard.
    """
    started = time.monotonic()
    counts = _Counts()
    error = None
    with tempfile.TemporaryDirectory(prefix="scrape-shard-") as workdir:
        building = Path(workdir) / "shard.sqlite"
        # Near-duplicate links are made where all articles meet: in the store, on merge.
        with Store(building, settings=Settings(near_duplicates=False)) as shard:
            # A shard is discarded unless complete, so it needs no crash safety.
            try:
                with shard.bulk_writes(durable=False):
                    for page, target in read_pages(unit, selection, counts):
                        _extract_and_save(shard, page, target, selection, counts)
            except READ_ERRORS as exc:
                error = f"{type(exc).__name__}: {exc}"
                log.warning("%s: unreadable after %d records: %s", unit, counts.records, error)
            result = UnitResult(
                unit=unit,
                state="failed" if error else "done",
                seconds=round(time.monotonic() - started, 3),
                error=error,
                **asdict(counts),
            )
            shard.record_warc_unit(result.row())
            # A shard is one self-contained file: no -wal beside it when it is moved.
            shard.make_self_contained()
        _publish(building, Path(shard_dir), shard_name(unit))
    return result


def read_pages(
    unit: str, selection: Selection, counts: _Counts
) -> Iterator[tuple[FetchedPage, Target]]:
    """The HTML responses of ``unit`` that ``selection`` wants, as fetched pages."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open_warc(unit) as stream:
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response,
            parse_http=False,
            stream_detect=False,
            fsspec_args=False,
        )
        for record in records:
            counts.records += 1
            url = (record.headers.get("WARC-Target-URI") or "").strip("<> ")
            crawled = record.record_date
            if not url or crawled is None or not selection.may_hold_wanted(crawled):
                continue
            target = selection.target_for(url)
            if target is None:
                continue
            record.parse_http(auto_decode="all")
            status = (record.http_headers.status_code if record.http_headers else None) or 0
            content_type = (
                record.http_content_type or record.headers.get("WARC-Identified-Payload-Type") or ""
            )
            if not 200 <= status < 300 or "html" not in content_type:
                continue
            counts.pages += 1
            headers = {
                name.lower(): value
                for name, value in record.http_headers.items()
                if name.lower() in KEPT_HEADERS
            }
            page = FetchedPage(
                url=url,
                final_url=url,
                status=status,
                content=record.reader.read(),
                headers=headers,
                fetched_at=crawled.astimezone(UTC),
            )
            yield page, target


@contextmanager
def open_warc(unit: str) -> Iterator[IO[bytes]]:
    """The uncompressed bytes of a WARC file, gzipped or not, local or remote.

    Python's gzip rather than FastWARC's own decoder: it raises on a truncated file,
    where FastWARC stops quietly and the loss would go unnoticed.
    """
    if "://" in unit:
        import fsspec

        raw: IO[bytes] = fsspec.open(unit, "rb").open()
    else:
        raw = open(unit, "rb")  # noqa: SIM115 - closed below, after the gzip layer
    try:
        magic = raw.read(2)
        raw.seek(0)
        if magic == _GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw) as stream:
                yield stream  # type: ignore[misc]
        else:
            yield raw
    finally:
        raw.close()


def _extract_and_save(
    shard: Store, page: FetchedPage, target: Target, selection: Selection, counts: _Counts
) -> None:
    try:
        article = extract(
            page.text, url=page.final_url, fetched_at=page.fetched_at, hints=target.hints
        )
    except Exception as exc:  # one hostile page must not cost the thousands beside it
        counts.failed += 1
        log.warning(
            "%s: extraction failed: %s", page.url, exc, exc_info=not isinstance(exc, ScrapeError)
        )
        return
    if not article.is_article or not article.body.strip():
        counts.not_articles += 1
    elif not selection.wants_date(article.published, page.fetched_at):
        counts.outside_dates += 1
    else:
        saved = shard.save_article(article, page, target.name)
        if saved.is_new:  # the costly part of near-duplicate matching, done on the worker
            shard.keep_signature(saved.article_id, dedup.signature(article.body))
        counts.articles += 1


def _publish(built: Path, shard_dir: Path, name: str) -> Path:
    """Move a finished shard into ``shard_dir``; it appears there complete or not at all."""
    shard_dir.mkdir(parents=True, exist_ok=True)
    # A cluster may run one unit twice at once (a worker it thought lost was only slow):
    # each copy moves through its own partial file, so neither pulls the other's away.
    partial = shard_dir / f".{name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part"
    shutil.move(built, partial)  # a copy when the shard directory is on another filesystem
    final = shard_dir / name
    os.replace(partial, final)
    return final

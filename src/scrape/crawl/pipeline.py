"""The pipeline: sources -> discovery -> fetch -> extract -> store.

``crawl(config, store)`` runs every enabled source concurrently under the fetcher's
global and per-host limits and returns a :class:`CrawlReport` with one
:class:`SourceReport` of counters per source. A failure is counted against its URL or
entry point and the crawl carries on; only programming errors propagate.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

import httpx

from ..config import Config, Source
from ..discover import MAX_SITEMAP_ENTRIES, Candidate, Listing, ListingKind, read_off_loop
from ..errors import (
    BlockedError,
    ContentTypeError,
    DisallowedError,
    ExtractError,
    FetchError,
    ScrapeError,
    TooLargeError,
    TransientError,
    UnextractableError,
    UnsafeURLError,
)
from ..fetch.fetcher import LISTING_MAX_BYTES, LISTING_TYPES, Fetcher
from ..fetch.retry import RetryEvent
from ..models import Extracted, ExtractionHints, FetchedPage, Validators
from ..store.database import Store
from ..store.runs import RunCounters
from ..urls import url_key
from .storethread import StoreThread
from .templates import Template, TemplatePolicy
from .workers import extract_off_loop, warm_up, worker_count

log = logging.getLogger(__name__)

# Frontier rows added per transaction while discovering (each batch holds the store's
# thread, and every other source's commits with it).
QUEUE_BATCH = 200
# Answers that mean "not for you" rather than "not here": counted as blocked in the health view.
BLOCKED_STATUSES = frozenset({401, 403, 429, 451})


class Outcome(StrEnum):
    """What became of one request: the ``outcome`` column of the ``fetches`` log."""

    FEED = "feed"  # a listing, read
    SITEMAP = "sitemap"
    SECTION = "section"
    ARTICLE = "article"  # stored
    NOT_ARTICLE = "not_article"  # archived, not stored
    UNCHANGED = "unchanged"  # answered 304: nothing downloaded
    DISALLOWED = "disallowed"  # robots.txt says no: never requested
    RETRY = "retry"  # failed, and about to be repeated
    GAVE_UP = "gave_up"  # failed, repeated as often as the retry policy allows
    ERROR = "error"  # failed for good


@dataclass
class SourceReport(RunCounters):
    """Counters of one source in one crawl: those the run journal keeps, and these."""

    name: str
    gave_up: int = 0  # of the failures, transient ones the retry policy gave up on
    retries: int = 0  # requests repeated under the retry policy
    disallowed: int = 0  # URLs robots.txt disallows: never requested, not failures
    unchanged: int = 0  # conditional requests answered 304: nothing downloaded
    stopped: bool = False  # a stop request cut this source's crawl short
    errors: list[str] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        """Nothing worked: every entry point failed, or every fetch did."""
        nothing_listed = self.discovered == 0 and self.entry_points_failed > 0
        nothing_fetched = self.failed > 0 and self.fetched == 0
        return nothing_listed or nothing_fetched


@dataclass
class CrawlReport:
    sources: list[SourceReport]

    @property
    def all_failed(self) -> bool:
        return bool(self.sources) and all(s.broken for s in self.sources)


ProgressCallback = Callable[[SourceReport, int | None], None]
SourceDoneCallback = Callable[[SourceReport], None]


def pages_in_flight(config: Config, source: Source) -> int:
    """The most pages of ``source`` between fetch and commit at once: as many downloading as
    the host allows, plus two per extraction worker, so that extraction never waits for a
    download. A stop request lets these finish and starts nothing new; a hard kill can lose
    (and the next crawl repeat) at most this many fetches."""
    return _downloading(config, source) + 2 * worker_count(config.settings.extract_workers)


def _downloading(config: Config, source: Source) -> int:
    return source.per_host_concurrency or config.settings.per_host_concurrency


class _SourceCrawl:
    """One source's share of a crawl."""

    def __init__(
        self,
        config: Config,
        source: Source,
        store: Store,
        db: StoreThread,
        fetcher: Fetcher,
        limit: int | None,
        progress: ProgressCallback | None,
        stop: threading.Event | None = None,
    ) -> None:
        self.config = config
        self.source = source
        self.store = store
        self.db = db  # where every use of the store runs
        self.fetcher = fetcher
        self.limit = limit or config.settings.max_pages_per_source
        self.progress = progress
        self.stop = stop or threading.Event()
        self.report = SourceReport(source.name)
        self.hints = ExtractionHints(
            drop_selectors=source.drop_selectors, drop_phrases=source.drop_phrases
        )
        self.templates: TemplatePolicy  # the site's template as known: read by run()
        # Discovery: the URL keys listed so far (each counted once), the keys of pages that
        # are listings rather than articles, and how many listings are held at once (each
        # may be tens of megabytes until it is read).
        self.listed: set[str] = set()
        self.not_articles = frozenset(url_key(u) for u in (*source.entry_points, source.home))
        self.reading = asyncio.Semaphore(_downloading(config, source))
        # Stored pages commit together, up to ``commit_every`` at once: a commit is the
        # dearest statement of a page (the full-text index writes a segment each time). A
        # page counts as in flight until its commit, and its lane starts no other page
        # before then, so a kill still loses at most pages_in_flight fetches; a batch
        # takes the place of the downloads, the pages of the extraction workers go on.
        self.lanes = pages_in_flight(config, source)
        self.commit_every = _downloading(config, source)
        self._unsaved: list[tuple[FetchedPage, Extracted]] = []
        self._committed = asyncio.Event()  # set (and replaced) by each commit
        self._working = 0  # pages fetched or extracted at this moment
        self.parked: set[str] = set()  # URL keys of pages parked by earlier crawls
        self.validators: dict[str, Validators] = {}  # by URL key, of the pages to fetch

    def _tick(self, total: int | None = None) -> None:
        if self.progress:
            self.progress(self.report, total)

    async def run(self) -> SourceReport:
        await self.db.run(self.store.upsert_source, self.source)
        known = await self.db.run(self.store.site_template, self.source.name)
        self.templates = TemplatePolicy(known, min_pages=self.config.settings.template_min_pages)
        await self.discover()
        pending = await self.db.run(self.store.pending_urls, self.source.name, limit=self.limit)
        # Pages this crawl parks go back through _store_held, never through process().
        self.parked = await self.db.run(self.store.parked_keys, self.source.name)
        self.validators = await self.db.run(self.store.validators_of, pending)
        settings = self.config.settings
        warm_up(settings.extract_workers, pages=len(pending), memory=settings.extract_memory)
        self._tick(len(pending))
        queue = iter(pending)  # shared: each lane takes the next URL when it is free
        await asyncio.gather(*(self._work_through(queue) for _ in range(self.lanes)))
        await self._store_held(crawl_over=True)
        await self._commit()
        if not self.report.stopped:
            await self.db.run(self.store.mark_crawled, self.source.name)
        return self.report

    async def _work_through(self, queue: Iterator[str]) -> None:
        for url in queue:
            if self.stop.is_set():
                self.report.stopped = True
                return
            self._working += 1
            try:
                stored = await self.process(url)
            finally:
                self._working -= 1
            # The last page at work commits whatever is left: nothing else would.
            if len(self._unsaved) >= self.commit_every or (self._unsaved and not self._working):
                await self._commit()
            elif stored:
                await self._committed.wait()  # still in flight until then

    # -- discovery ------------------------------------------------------------------------
    async def discover(self) -> None:
        """Read the source's listings and queue their candidate articles in the frontier,
        each listing's as soon as it is read: a crawl that dies mid-walk keeps them.

        Feeds come first, sitemaps next, section pages last: a URL listed twice keeps the
        date of its first listing, and a feed's date is the article's own, where a sitemap's
        ``lastmod`` may be a later edit and a section page gives none. A source that lists
        neither sitemaps nor feeds reads the sitemaps its site's robots.txt declares.
        """
        await asyncio.gather(*(self._from_feed(url) for url in self.source.feeds))
        await self._walk_sitemaps(self.source.sitemaps or await self._robots_sitemaps())
        await asyncio.gather(*(self._from_section(url) for url in self.source.sections))

    async def _robots_sitemaps(self) -> tuple[str, ...]:
        # A feed already lists what is new: the site's whole sitemap archive on top of it
        # would turn watching the news into crawling years of it, unasked.
        if self.source.feeds:
            return ()
        found = await self.fetcher.robots.sitemaps(self.source.home)
        if found:
            log.info(
                "%s: reading the %d sitemaps robots.txt declares", self.source.name, len(found)
            )
            self.not_articles |= {url_key(url) for url in found}
        return found

    async def _walk_sitemaps(self, roots: tuple[str, ...]) -> None:
        """Read ``roots`` and, a level at a time, the sitemaps they nest: each at most once
        (indexes that list themselves or each other), at most ``max_sitemap_depth`` levels
        below a root and ``max_sitemaps_per_source`` sitemaps in all."""
        settings = self.config.settings
        seen = {url_key(url) for url in roots}
        level = list(dict.fromkeys(roots))
        budget = settings.max_sitemaps_per_source
        for _ in range(settings.max_sitemap_depth + 1):
            reading, capped = level[:budget], level[budget:]
            budget -= len(reading)
            level = []
            for children in await asyncio.gather(*(self._from_sitemap(u) for u in reading)):
                for child in children:
                    if (key := url_key(child)) not in seen:
                        seen.add(key)
                        level.append(child)
            if capped:
                unread, limit = len(capped) + len(level), "max_sitemaps_per_source"
                break
            if not level:
                return
        else:
            unread, limit = len(level), "max_sitemap_depth"
        value = getattr(settings, limit)
        log.warning("%s: %d sitemaps not read (%s: %d)", self.source.name, unread, limit, value)

    async def _from_feed(self, url: str) -> None:
        await self._read(url, "feed")

    async def _from_section(self, url: str) -> None:
        await self._read(url, "section")

    async def _from_sitemap(self, url: str) -> tuple[str, ...]:
        """Read one sitemap; return the sitemaps it nests (an index)."""
        listing = await self._read(url, "sitemap")
        if listing is not None and listing.truncated:
            log.warning(
                "%s: sitemap %s lists more than %d URLs, the protocol's limit: "
                "only the first %d were read",
                self.source.name,
                url,
                MAX_SITEMAP_ENTRIES,
                MAX_SITEMAP_ENTRIES,
            )
        return listing.children if listing is not None else ()

    async def _read(self, url: str, kind: ListingKind) -> Listing | None:
        """Fetch one listing, read it off the event loop and queue its candidates; ``None``
        when it failed, was not modified, or the crawl is stopping."""
        async with self.reading:
            if self.stop.is_set():
                self.report.stopped = True
                return None
            page = await self._entry_point(url, kind)
            if page is None:
                return None
            try:
                listing = await read_off_loop(kind, page, self.source, self.not_articles)
            except ScrapeError as exc:
                self.report.entry_points_failed += 1
                self.report.errors.append(f"{kind} {url}: {exc}")
                log.warning("%s: cannot read %s %s: %s", self.source.name, kind, url, exc)
                return None
            await self._queue(listing.candidates)
        # Only once read and queued: a 304 must never hide unqueued links. An index is
        # asked for in full every time: its children change without it.
        if not listing.children:
            await self.db.run(self.store.save_validators, url, page.validators)
        return listing

    async def _queue(self, candidates: tuple[Candidate, ...]) -> None:
        """Add the candidates no listing of this crawl gave before to the frontier, a batch
        at a time: tens of thousands of rows at once would hold the store's thread, and
        every other source's commits with it."""
        for start in range(0, len(candidates), QUEUE_BATCH):
            fresh = []
            for key, url, listed in candidates[start : start + QUEUE_BATCH]:
                if key not in self.listed:
                    self.listed.add(key)
                    fresh.append((url, datetime.fromisoformat(listed) if listed else None))
            self.report.discovered += len(fresh)
            # Never ``queued += await ...``: it would add to the count read before the wait.
            queued = await self.db.run(self.store.add_urls, self.source.name, fresh)
            self.report.queued += queued
        # The extraction pool starts while the rest of the listings are read.
        settings = self.config.settings
        pages = min(self.report.queued, self.limit or self.report.queued)
        warm_up(settings.extract_workers, pages=pages, memory=settings.extract_memory)

    async def _entry_point(self, url: str, kind: str) -> FetchedPage | None:
        try:
            page = await self.fetcher.fetch(
                url,
                accept=LISTING_TYPES,
                max_bytes=LISTING_MAX_BYTES,
                validators=await self.db.run(self.store.validators, url),
                on_retry=self._retried,
            )
        except DisallowedError as exc:
            await self._disallowed(url, exc)
            return None
        except FetchError as exc:
            self.report.entry_points_failed += 1
            self._count_kind(exc)
            self.report.errors.append(f"{kind} {url}: {exc}")
            log.warning("%s: %s %s failed: %s", self.source.name, kind, url, exc)
            await self.db.run(self._log, url, Outcome.ERROR, error=exc)
            return None
        if page.not_modified:  # nothing new listed since the last crawl read it
            self.report.unchanged += 1
            await self.db.run(self._log, url, Outcome.UNCHANGED, page)
            return None
        await self.db.run(self._log, url, Outcome(kind), page)
        return page

    # -- articles -------------------------------------------------------------------------
    async def process(self, url: str) -> bool:
        """Fetch, extract and store one page; return whether it waits for a commit."""
        key = url_key(url)
        # Fetched by a crawl that did not get to store it: looked up only for those.
        parked = await self.db.run(self.store.parked_page, url) if key in self.parked else None
        try:
            page = parked or await self.fetcher.fetch(
                url, validators=self.validators.get(key), on_retry=self._retried
            )
        except DisallowedError as exc:
            await self._disallowed(url, exc)
            return False
        except FetchError as exc:
            await self._failed(url, exc)
            return False
        if page.not_modified:  # the stored article is current: no download, no extraction
            self.report.unchanged += 1
            await self.db.run(self._unchanged, page)
            self._tick()
            return False
        self.report.fetched += 1
        try:
            template = self.templates.template()
            extracted = await self._extract(page, template)
            if self.templates.observe(page, extracted):
                # Held past the moment: a crash must not lose it.
                await self.db.run(self.store.park_page, page)
                return False
            await self._store_held()
            if self.templates.outdated(template, extracted):
                extracted = await self._extract(page, self.templates.template())
        except ScrapeError as exc:
            await self._failed(url, exc, page)
            return False
        self._store(page, extracted)
        return True

    def _unchanged(self, page: FetchedPage) -> None:
        self._log(page.url, Outcome.UNCHANGED, page)
        self.store.mark_url(page.url, "extracted")  # off the queue; its article is kept

    async def _extract(self, page: FetchedPage, template: Template) -> Extracted:
        hints = replace(self.hints, template_blocks=template.blocks)
        settings = self.config.settings
        return await extract_off_loop(
            page,
            hints,
            settings.extract_workers,
            source=self.source.name,
            timeout=settings.extract_timeout,
            memory=settings.extract_memory,
        )

    async def _store_held(self, *, crawl_over: bool = False) -> None:
        """Extract the pages held for the template again, now with it, and store them; at
        the end of the crawl, store the template learned for the next one."""
        held = self.templates.release(crawl_over=crawl_over)
        if not held and not crawl_over:
            return
        await self.db.run(self.store.save_site_template, self.source.name, self.templates.shown())
        for page in held:
            try:
                extracted = await self._extract(page, self.templates.template())
            except ScrapeError as exc:
                await self._failed(page.url, exc, page)
                continue
            self._store(page, extracted)

    def _store(self, page: FetchedPage, extracted: Extracted) -> None:
        """Store the page with the next commit (see ``commit_every``)."""
        self._unsaved.append((page, extracted))

    async def _commit(self) -> None:
        """Store the pages waiting for a commit: each page's fetch log, article, frontier row
        and validators, all pages in one transaction, so a crash keeps all or none. Pages
        stored meanwhile wait for the next commit."""
        unsaved, self._unsaved = self._unsaved, []
        committed, self._committed = self._committed, asyncio.Event()
        if unsaved:
            await self.db.run(self._store_all, unsaved)
        committed.set()
        for _ in unsaved:
            self._tick()

    def _store_all(self, unsaved: list[tuple[FetchedPage, Extracted]]) -> None:
        with self.store.transaction():
            for page, extracted in unsaved:
                self._store_rows(page, extracted)

    def _store_rows(self, page: FetchedPage, extracted: Extracted) -> None:
        url, article = page.url, extracted.article
        if not article.is_article or not article.body.strip():
            self._log(url, Outcome.NOT_ARTICLE, page)
            self.store.archive_page(page, self.source.name)  # a later extractor may know better
            self.store.mark_url(url, "skipped", error=f"not an article ({article.page_type})")
            self.report.skipped += 1
        else:
            self._log(url, Outcome.ARTICLE, page)
            saved = self.store.save_article(
                article,
                page,
                self.source.name,
                band_keys=extracted.band_keys,
                digest=extracted.digest,
            )
            self.store.save_validators(url, page.validators)
            if saved.updated:
                self.report.updated += 1
            elif not saved.is_duplicate:
                self.report.new += 1
            else:
                self.report.duplicate += 1

    def _count_kind(self, exc: ScrapeError) -> None:
        if isinstance(exc, BlockedError) or getattr(exc, "status", None) in BLOCKED_STATUSES:
            self.report.blocked += 1
        if isinstance(exc, TransientError):
            self.report.gave_up += 1

    def _retried(self, event: RetryEvent) -> None:
        # The fetcher's callback cannot wait: logged with the next use of the store.
        self.report.retries += 1
        attempt = f"attempt {event.attempt}: {event.error}; next in {event.wait:.1f}s"
        self.db.later(self._log, event.url, Outcome.RETRY, error=event.error, detail=attempt)

    async def _disallowed(self, url: str, exc: DisallowedError) -> None:
        """robots.txt says no: never requested, logged, and not tried again by later crawls."""
        self.report.disallowed += 1
        await self.db.run(self._log_disallowed, url, exc)

    def _log_disallowed(self, url: str, exc: DisallowedError) -> None:
        self._log(url, Outcome.DISALLOWED, error=exc)
        self.store.mark_url(url, "skipped", error=str(exc))

    async def _failed(self, url: str, exc: ScrapeError, page: FetchedPage | None = None) -> None:
        self.report.failed += 1
        self._count_kind(exc)
        self.report.errors.append(f"{url}: {exc}")
        log.warning("%s: %s failed: %s", self.source.name, url, exc)
        await self.db.run(self._log_failure, url, exc, page)
        self._tick()

    def _log_failure(self, url: str, exc: ScrapeError, page: FetchedPage | None) -> None:
        outcome = Outcome.GAVE_UP if isinstance(exc, TransientError) else Outcome.ERROR
        self._log(url, outcome, page, error=exc)
        self.store.mark_failed(url, str(exc), retry=_worth_retrying(exc))

    def _log(
        self,
        url: str,
        outcome: Outcome,
        page: FetchedPage | None = None,
        *,
        error: ScrapeError | None = None,
        detail: str | None = None,
    ) -> None:
        """Log one request of this source in the ``fetches`` table (on the store's thread):
        the answer when there was one, else the failure's status; ``detail`` replaces the
        error's own message."""
        message = detail or (str(error) if error is not None else None)
        status = page.status if page else getattr(error, "status", None)
        self.store.log_fetch(
            url, self.source.name, page=page, outcome=outcome.value, error=message, status=status
        )


def _worth_retrying(exc: ScrapeError) -> bool:
    """Whether a later crawl may succeed where this one failed: a site that was down,
    slow or walling us off may recover, and so may a worker that died; a 404, a PDF or a
    page refused for its shape stays what it is."""
    if isinstance(exc, UnextractableError):
        return False
    if isinstance(exc, TransientError | BlockedError | ExtractError):
        return True
    return getattr(exc, "status", None) is None and not isinstance(
        exc, ContentTypeError | TooLargeError | UnsafeURLError
    )


async def crawl_async(
    config: Config,
    store: Store,
    *,
    source_names: list[str] | None = None,
    limit: int | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: ProgressCallback | None = None,
    stop: threading.Event | None = None,
    on_source_done: SourceDoneCallback | None = None,
) -> CrawlReport:
    """Crawl the chosen (default: all enabled) sources of ``config`` into ``store``.

    Setting ``stop`` (from a signal handler, say) ends the crawl gracefully: work in
    flight is finished and saved, nothing new is started. ``on_source_done`` gets each
    source's report as soon as that source is through, on the thread that does the
    crawl's store work (:mod:`scrape.crawl.storethread`), so it may use ``store`` too.
    """
    if source_names:
        sources = [config.source(name) for name in source_names]
    else:
        sources = [s for s in config.sources if s.enabled]
    # A crawl commits several times per page, and an fsync each would stall the
    # store's thread: see Store.bulk_writes for what that risks.
    with store.bulk_writes():
        async with Fetcher(config.settings, transport=transport) as fetcher, StoreThread() as db:
            for source in sources:
                fetcher.set_host_delay(source.home, config.delay_for(source))
                if source.per_host_concurrency:
                    fetcher.set_host_concurrency(source.home, source.per_host_concurrency)
            crawls = [
                _SourceCrawl(config, s, store, db, fetcher, limit, progress, stop) for s in sources
            ]

            async def run(crawl: _SourceCrawl) -> SourceReport:
                report = await crawl.run()
                if on_source_done:
                    await db.run(on_source_done, report)
                return report

            reports = await asyncio.gather(*(run(c) for c in crawls))
    return CrawlReport(list(reports))


def crawl(config: Config, store: Store, **options: object) -> CrawlReport:
    """Synchronous wrapper of :func:`crawl_async`."""
    return asyncio.run(crawl_async(config, store, **options))  # type: ignore[arg-type]

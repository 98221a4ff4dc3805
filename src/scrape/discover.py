"""Discovery: feeds, sitemaps and section pages -> candidate article links.

Parsers here are pure (bytes in, links out); the crawler fetches. XML is parsed without
entity expansion or external entities: a feed or sitemap that declares entities is
refused (billion-laughs and XXE payloads never reach a parser that would expand them).

:func:`read_listing` turns one fetched listing into a source's candidate articles, and
:func:`read_off_loop` runs it where it cannot stall the crawler's event loop: parsing and
normalising tens of thousands of sitemap URLs is seconds of pure-Python work, during which
no other source's fetch would move.
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
import multiprocessing
import re
import threading
import warnings
import zlib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Literal
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from courlan import is_navigation_page, is_not_crawlable
from dateutil import parser as dateparser
from dateutil.parser import UnknownTimezoneWarning
from defusedxml import DefusedXmlException
from selectolax.lexbor import LexborHTMLParser

from .config import Source
from .errors import DiscoveryError, TooLargeError
from .models import FetchedPage, Link
from .processes import exit_with_parent
from .urls import normalize_url, site_of, url_key

log = logging.getLogger(__name__)

MAX_DECOMPRESSED = 50_000_000  # sitemaps may be up to 50 MB uncompressed by the protocol
MAX_SITEMAP_ENTRIES = 50_000  # and list at most 50,000 URLs (or sitemaps, for an index)
_DECLARES_ENTITIES = re.compile(rb"<!ENTITY", re.IGNORECASE)
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Sitemap:
    links: tuple[Link, ...]
    children: tuple[str, ...]  # nested sitemaps of an index, most recently modified first
    truncated: bool = False  # it listed more than MAX_SITEMAP_ENTRIES: the rest was not read


def gunzip_capped(content: bytes, limit: int = MAX_DECOMPRESSED) -> bytes:
    """Decompress gzip data (``.xml.gz``) without ever holding more than ``limit`` bytes."""
    inflater = zlib.decompressobj(wbits=47)  # 32+15: gzip or zlib header, auto-detected
    try:
        out = inflater.decompress(content, limit + 1)
    except zlib.error as exc:
        raise DiscoveryError(f"corrupt gzip data: {exc}") from None
    if len(out) > limit:
        raise TooLargeError(f"decompresses to more than {limit} bytes")
    return out


def _maybe_gunzip(content: bytes) -> bytes:
    return gunzip_capped(content) if content[:2] == _GZIP_MAGIC else content


def _parse_date(text: str | None) -> datetime | None:
    if not text or not text.strip():
        return None
    text = text.strip()
    try:  # sitemaps' W3C datetimes: the standard library reads them far faster than dateutil
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        with warnings.catch_warnings():  # a zone it cannot name ("GST") leaves the time naive
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            return dateparser.parse(text)
    except (ValueError, OverflowError):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(content: bytes, base_url: str) -> Sitemap:
    """Read a sitemap, a sitemap index, a news sitemap (gzip or not), or a plain URL list.

    Only the protocol's first 50,000 entries are read; ``truncated`` says there were more.
    """
    content = _maybe_gunzip(content)
    if not content.lstrip().startswith(b"<"):
        lines = content.split()
        urls = (normalize_url(line.decode("utf-8", "replace"), base_url) for line in lines)
        listed = tuple(Link(u) for u in islice(urls, MAX_SITEMAP_ENTRIES) if u)
        return Sitemap(listed, (), truncated=len(lines) > MAX_SITEMAP_ENTRIES)
    links: list[Link] = []
    children: list[tuple[str, datetime | None]] = []
    for read, (kind, fields) in enumerate(_xml_entries(content)):
        if read == MAX_SITEMAP_ENTRIES:
            return Sitemap(tuple(links), _newest_first(children), truncated=True)
        url = normalize_url(fields.get("loc", ""), base_url)
        if not url:
            continue
        if kind == "sitemapindex":
            children.append((url, _parse_date(fields.get("lastmod"))))
            continue
        # A news sitemap's publication_date is the article's own date; lastmod its last edit.
        when = fields.get("publication_date") or fields.get("lastmod")
        links.append(Link(url, _parse_date(when)))
    return Sitemap(tuple(links), _newest_first(children))


def _xml_entries(content: bytes) -> Iterator[tuple[str, dict[str, str]]]:
    """(root tag, fields) of each entry of an XML sitemap, read as a stream whose elements
    are dropped once read: the whole tree of a 50 MB sitemap would take many times that.

    An entry's fields are its child elements (``loc``, ``lastmod``), never those of an
    extension nested deeper (an ``image:loc``), except the news extension's date.
    """
    depth = 0
    root: Element | None = None
    fields: dict[str, str] = {}
    try:
        for event, element in SafeET.iterparse(io.BytesIO(content), events=("start", "end")):
            if event == "start":
                depth += 1
                root = element if root is None else root
                continue
            depth -= 1
            name = _local(element.tag)
            if depth == 2 or (depth > 2 and name == "publication_date"):
                fields.setdefault(name, (element.text or "").strip())
            elif depth == 1 and root is not None:
                yield _local(root.tag), fields
                fields = {}
                root.clear()
    except DefusedXmlException as exc:
        raise DiscoveryError(f"refused XML with entity declarations: {exc}") from None
    except ParseError as exc:
        raise DiscoveryError(f"malformed XML: {exc}") from None


def _newest_first(children: list[tuple[str, datetime | None]]) -> tuple[str, ...]:
    """Nested sitemaps by their ``lastmod``, newest first (undated last, in listed order): a
    walk cut short by its caps then reads the ones with recent articles."""

    def stamp(child: tuple[str, datetime | None]) -> float:
        when = child[1]
        if when is None:
            return float("-inf")
        return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()

    return tuple(url for url, _ in sorted(children, key=stamp, reverse=True))


def parse_feed(content: bytes, base_url: str) -> list[Link]:
    """Article links of an RSS or Atom feed."""
    content = _maybe_gunzip(content)
    if _DECLARES_ENTITIES.search(content[:65536]):
        raise DiscoveryError("refused a feed that declares XML entities")
    # Imported here: a crawl of sitemaps and section pages does without it.
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"not a readable feed: {parsed.get('bozo_exception')}")
    links = []
    for entry in parsed.entries:
        url = normalize_url(entry.get("link") or entry.get("id") or "", base_url)
        if url:
            date = entry.get("published") or entry.get("updated")
            links.append(Link(url, _parse_date(date)))
    return links


def parse_section(html: str, base_url: str) -> list[Link]:
    """Links on a section page that may lead to articles (navigation and login pages dropped)."""
    tree = LexborHTMLParser(html)
    for unseen in tree.css("script, style, noscript, template"):
        unseen.decompose()
    seen: dict[str, Link] = {}
    for anchor in tree.css("a[href]"):
        url = normalize_url(anchor.attributes.get("href") or "", base_url)
        if not url or url in seen:
            continue
        if is_navigation_page(url) or is_not_crawlable(url):
            continue
        seen[url] = Link(url)
    return list(seen.values())


# -- one listing, for one source, off the event loop ------------------------------------------
ListingKind = Literal["feed", "sitemap", "section"]
# (url_key, url, listed date in ISO 8601 or None). Plain tuples of strings: a listing read
# in the discovery process is unpickled in the crawler, and dataclasses or datetimes would
# cost several times as much there, where the event loop waits for the GIL.
Candidate = tuple[str, str, str | None]


@dataclass(frozen=True)
class Listing:
    """What one feed, sitemap or section page offers a source: candidate articles (on the
    source's site, admitted by its patterns, one per URL identity, in listed order) and, for
    a sitemap index, its nested sitemaps."""

    candidates: tuple[Candidate, ...]
    children: tuple[str, ...] = ()
    truncated: bool = False


def read_listing(
    kind: ListingKind, page: FetchedPage, source: Source, skip: frozenset[str]
) -> Listing:
    """Parse ``page`` as a ``kind`` listing and keep ``source``'s candidate articles;
    ``skip`` holds the URL keys of pages that are listings, not articles."""
    children: tuple[str, ...] = ()
    truncated = False
    if kind == "feed":
        links = parse_feed(page.content, page.final_url)
    elif kind == "sitemap":
        sitemap = parse_sitemap(page.content, page.final_url)
        links, children, truncated = list(sitemap.links), sitemap.children, sitemap.truncated
    else:
        links = parse_section(page.text, page.final_url)
    home_site = site_of(source.home)
    on_site: dict[str, bool] = {}  # by host: a listing's thousands of URLs share a few
    candidates: dict[str, Candidate] = {}
    for link in links:
        key = url_key(link.url)
        if key in candidates or key in skip:
            continue
        host = urlsplit(link.url).netloc
        if host not in on_site:
            on_site[host] = site_of(link.url) == home_site
        if on_site[host] and source.wants(link.url):
            listed = link.published.isoformat() if link.published else None
            candidates[key] = (key, link.url, listed)
    return Listing(tuple(candidates.values()), children, truncated)


# Up to this size a listing (a feed, a section page, a sitemap of a couple of thousand
# URLs) is read in a thread, which holds the GIL only briefly; a bigger one, or a gzip
# file (up to 50 MB inside), is read in the discovery process, which never competes with
# the event loop for the GIL however long it parses.
THREAD_LISTING_BYTES = 256 * 1024
# The discovery process stops once no listing has come to it for this long: it holds its
# own copy of the parsing stack (tens of megabytes) that a crawl past its discovery, or a
# long-running process between crawls, has no use for.
IDLE_SECONDS = 10.0
_process: ProcessPoolExecutor | None = None
_process_lock = threading.Lock()
_reading = 0  # listings submitted to the discovery process and not yet read


async def read_off_loop(
    kind: ListingKind, page: FetchedPage, source: Source, skip: frozenset[str]
) -> Listing:
    """:func:`read_listing`, in a thread or in the discovery process (see
    ``THREAD_LISTING_BYTES``); the event loop only waits for the answer."""
    task = functools.partial(read_listing, kind, page, source, skip)
    content = page.content
    if len(content) <= THREAD_LISTING_BYTES and not content.startswith(_GZIP_MAGIC):
        return await asyncio.to_thread(task)
    pool = _discovery_process()
    try:
        # Submitted from a thread: the first submission starts the process, which takes a
        # moment the event loop must not wait for.
        future = await asyncio.to_thread(pool.submit, task)
        return await asyncio.wrap_future(future)
    except BrokenProcessPool:
        # It died (the OOM killer, a crash in a parser): this listing fails, the next one
        # gets a fresh process.
        _discard(pool)
        raise DiscoveryError(f"the discovery process died reading {page.final_url}") from None
    finally:
        _done_reading()


def _discovery_process() -> ProcessPoolExecutor:
    """One process, shared by every crawl in this one, started on first use and stopped
    when idle (``IDLE_SECONDS``). Spawned, not forked (the crawler has threads that may
    hold locks), and separate from the extraction pool, whose workers are all busy with
    pages during a crawl."""
    global _process, _reading
    with _process_lock:
        if _process is None:
            _process = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=exit_with_parent
            )
        _reading += 1
        return _process


def _done_reading() -> None:
    global _reading
    with _process_lock:
        _reading -= 1
        if _reading or _process is None:
            return
        current = _process
    stop = threading.Timer(IDLE_SECONDS, _stop_if_idle, args=(current,))
    stop.daemon = True
    stop.start()


def _stop_if_idle(pool: ProcessPoolExecutor) -> None:
    global _process
    with _process_lock:
        if _reading or _process is not pool:
            return  # in use again, or already replaced
        _process = None
    pool.shutdown(wait=False)


def _discard(pool: ProcessPoolExecutor) -> None:
    global _process
    with _process_lock:
        if _process is pool:
            _process = None
    pool.shutdown(wait=False, cancel_futures=True)

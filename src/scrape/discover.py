"""Discovery: feeds, sitemaps and section pages -> candidate article links.

Parsers here are pure (bytes in, links out); the crawler fetches. XML is parsed without
entity expansion or external entities: a feed or sitemap that declares entities is
refused (billion-laughs and XXE payloads never reach a parser that would expand them).
"""

from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
import feedparser
from courlan import is_navigation_page, is_not_crawlable
from dateutil import parser as dateparser
from defusedxml import DefusedXmlException
from selectolax.lexbor import LexborHTMLParser

from .errors import FetchError, TooLargeError
from .urls import normalize_url

log = logging.getLogger(__name__)

MAX_DECOMPRESSED = 50_000_000  # sitemaps may be up to 50 MB uncompressed by the protocol
_DECLARES_ENTITIES = re.compile(rb"<!ENTITY", re.IGNORECASE)


class DiscoveryError(FetchError):
    """A feed or sitemap could not be read (malformed, unsafe or too large)."""


@dataclass(frozen=True)
class Link:
    """A candidate article URL and what the listing said of its date."""

    url: str
    published: datetime | None = None


@dataclass(frozen=True)
class Sitemap:
    links: tuple[Link, ...]
    children: tuple[str, ...]  # nested sitemaps of a sitemap index


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
    return gunzip_capped(content) if content[:2] == b"\x1f\x8b" else content


def _parse_date(text: str | None) -> datetime | None:
    if not text or not text.strip():
        return None
    try:
        return dateparser.parse(text.strip())
    except (ValueError, OverflowError):
        return None


def _safe_xml(content: bytes) -> Element:
    try:
        return SafeET.fromstring(content)
    except DefusedXmlException as exc:
        raise DiscoveryError(f"refused XML with entity declarations: {exc}") from None
    except ParseError as exc:
        raise DiscoveryError(f"malformed XML: {exc}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(content: bytes, base_url: str) -> Sitemap:
    """Read a sitemap, a sitemap index, a news sitemap (gzip or not), or a plain URL list."""
    content = _maybe_gunzip(content)
    if not content.lstrip().startswith(b"<"):
        urls = (
            normalize_url(line.decode("utf-8", "replace"), base_url) for line in content.split()
        )
        return Sitemap(tuple(Link(u) for u in urls if u), ())
    root = _safe_xml(content)
    links: list[Link] = []
    children: list[str] = []
    for entry in root:
        fields = {_local(child.tag): child for child in entry.iter()}
        loc = fields.get("loc")
        url = normalize_url(loc.text or "", base_url) if loc is not None else None
        if not url:
            continue
        if _local(root.tag) == "sitemapindex":
            children.append(url)
            continue
        when = fields.get("publication_date")  # news sitemaps: the article's own date
        if when is None:
            when = fields.get("lastmod")
        links.append(Link(url, _parse_date(when.text if when is not None else None)))
    return Sitemap(tuple(links), tuple(children))


def parse_feed(content: bytes, base_url: str) -> list[Link]:
    """Article links of an RSS or Atom feed."""
    content = _maybe_gunzip(content)
    if _DECLARES_ENTITIES.search(content[:65536]):
        raise DiscoveryError("refused a feed that declares XML entities")
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
    for junk in tree.css("script, style, noscript, template"):
        junk.decompose()
    seen: dict[str, Link] = {}
    for anchor in tree.css("a[href]"):
        url = normalize_url(anchor.attributes.get("href") or "", base_url)
        if not url or url in seen:
            continue
        if is_navigation_page(url) or is_not_crawlable(url):
            continue
        seen[url] = Link(url)
    return list(seen.values())

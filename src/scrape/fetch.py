"""Fetch stage: URL -> :class:`FetchedPage`.

All network traffic goes through one ``httpx.AsyncClient`` built by :func:`build_client`;
tests inject a transport there (``httpx.MockTransport`` for units) or point the crawler
at real servers on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
from charset_normalizer import from_bytes

from .config import Settings
from .errors import ContentTypeError, FetchError

log = logging.getLogger(__name__)

# Headers worth keeping with each fetch: conditional requests, dates, caching, type.
KEPT_HEADERS = ("content-type", "etag", "last-modified", "date", "retry-after", "server")
# What the pipeline can read: pages are HTML; feeds and sitemaps XML, gzip or plain text.
PAGE_TYPES = ("html",)
LISTING_TYPES = ("html", "xml", "rss", "atom", "gzip", "text/plain", "octet-stream")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP exchange, as the later stages need it."""

    url: str
    final_url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    elapsed: float = 0.0

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def text(self) -> str:
        return decode_body(self.content, self.content_type)


def decode_body(content: bytes, content_type: str = "") -> str:
    """Decode in the WHATWG order: BOM, Content-Type charset, <meta> charset, detection."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if content.startswith(bom):
            return content[len(bom) :].decode(codec, errors="replace")
    declared = [_charset_from_header(content_type), _charset_from_meta(content[:4096])]
    for charset in declared:
        if charset:
            try:
                return content.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue  # a lie or an unknown name: fall through to detection
    best = from_bytes(content).best()
    return str(best) if best is not None else content.decode("utf-8", errors="replace")


def _charset_from_header(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([-\w.:]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _charset_from_meta(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="ignore") if match else None


def build_client(
    settings: Settings, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The one place an HTTP client is made."""
    return httpx.AsyncClient(
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate, br, zstd",
        },
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        transport=transport,
        http2=transport is None,
    )


class Fetcher:
    """Polite concurrent fetching: a global limit, a per-host limit and a per-host delay."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.settings = settings
        self.client = client or build_client(settings, transport)
        self._global = asyncio.Semaphore(settings.concurrency)
        self._per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host_concurrency)
        )
        self._next_slot: defaultdict[str, float] = defaultdict(float)
        self.host_delay: dict[str, float] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.client.aclose()

    def set_host_delay(self, url: str, delay: float) -> None:
        """Per-source politeness: the minimum spacing of requests to ``url``'s host."""
        self.host_delay[urlsplit(url).netloc] = delay

    async def _wait_turn(self, host: str) -> None:
        """Space requests to one host by its delay (reserve a slot, then sleep until it)."""
        delay = self.host_delay.get(host, self.settings.delay)
        now = time.monotonic()
        slot = max(now, self._next_slot[host])
        self._next_slot[host] = slot + delay
        if slot > now:
            await asyncio.sleep(slot - now)

    async def fetch(self, url: str, accept: tuple[str, ...] = PAGE_TYPES) -> FetchedPage:
        """GET ``url``; raise :class:`FetchError` when no usable page comes back."""
        host = urlsplit(url).netloc
        async with self._global, self._per_host[host]:
            await self._wait_turn(host)
            started = time.monotonic()
            try:
                response = await asyncio.wait_for(
                    self.client.get(url), timeout=self.settings.deadline
                )
            except TimeoutError:
                raise FetchError(
                    f"no complete response within {self.settings.deadline:g}s", url=url
                ) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}", url=url) from None
        page = FetchedPage(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            content=response.content,
            headers={k: response.headers[k] for k in KEPT_HEADERS if k in response.headers},
            elapsed=time.monotonic() - started,
        )
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code}", url=url, status=response.status_code)
        if page.content_type and not any(t in page.content_type for t in accept):
            raise ContentTypeError(
                f"not HTML/XML: {page.content_type}", url=url, status=page.status
            )
        return page

"""Fetch stage: URL -> :class:`FetchedPage`, politely and defensively.

All network traffic goes through one httpx transport built by :func:`build_transport`
(:func:`build_client` wraps the same transport and headers in an ``httpx.AsyncClient`` for
callers who want one); tests inject a transport there (``httpx.MockTransport`` for units)
or point the crawler at real servers on 127.0.0.1. The default transport dials through
:class:`~scrape.fetch.netsafety.GuardedBackend`, so no connection reaches an address the
settings do not allow; an injected transport replaces the network, and with it that guard.
The fetcher hands its requests to the transport itself: it follows redirects by hand and
needs none of the client's auth, redirect or event-hook layers, each a cost on every
fetch. The one other thing the client would do, keep cookies, it does itself.

One :meth:`Fetcher.fetch` is, in order:

1. the retry policy (:mod:`scrape.fetch.retry`) around whole attempts;
2. per attempt, redirects followed by hand, every hop checked before it is sent: an http(s)
   URL, an allowed address (:mod:`scrape.fetch.netsafety`), allowed by robots.txt
   (:mod:`scrape.fetch.robots`), not seen before in this chain (loops), within ``max_redirects``;
3. per hop, a turn under the global and per-host limits and the host's delay (the larger
   of the configured delay and robots.txt's Crawl-delay), then the exchange under the
   whole-fetch deadline: the body is read raw, at most ``max_bytes`` of it (Content-Length
   checked first), and decoded with the same cap (:mod:`scrape.fetch.decompress`);
4. the answer judged: 304 is "not modified", challenges and walls raise
   :class:`BlockedError` (:mod:`scrape.fetch.blocked`), 408/429/5xx raise
   :class:`TransientError` for the retry policy, other 4xx fail, and only the accepted
   content types come back.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..config import Settings
from ..errors import (
    BlockedError,
    ContentTypeError,
    DisallowedError,
    FetchError,
    TooLargeError,
    TransientError,
    UnsafeURLError,
)
from ..models import FetchedPage, Validators
from .blocked import block_reason
from .decompress import ACCEPT_ENCODING, decode_content
from .netsafety import AddressPolicy, GuardedBackend, Resolver
from .retry import RetryListener, RetryPolicy, parse_retry_after
from .robots import MAX_ROBOTS_BYTES, RobotsCache

log = logging.getLogger(__name__)

# Headers worth keeping with each fetch: conditional requests, dates, caching, type.
KEPT_HEADERS = ("content-type", "etag", "last-modified", "date", "retry-after", "server")
# What the pipeline can read: pages are HTML; feeds and sitemaps XML, gzip or plain text.
PAGE_TYPES = ("html",)
LISTING_TYPES = ("html", "xml", "rss", "atom", "gzip", "text/plain", "octet-stream")
ANY_TYPE = ("",)
# A listing may be as large as the sitemap protocol allows (50 MB uncompressed) whatever
# settings.max_bytes says of pages: a big uncompressed sitemap is a normal one.
LISTING_MAX_BYTES = 50_000_000


class _Wanted(NamedTuple):
    """What one fetch takes: the content types, and the most bytes of body."""

    types: tuple[str, ...]
    max_bytes: int


REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# Enough of an error page to recognise a challenge or wall, never the whole of a big one.
ERROR_BODY_BYTES = 64 * 1024


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (HTTP/1.1 and HTTP/2) on a connection pool that dials through
    :class:`GuardedBackend`. httpx offers no public way to pass a network backend, so the
    pool it built is replaced by one built with the same options plus that backend."""

    def __init__(
        self, policy: AddressPolicy, max_connections: int, ca_bundle: str | None = None
    ) -> None:
        # Handed to httpx as well: the pool it builds (replaced below) would otherwise load
        # a second copy of the CA bundle.
        context = (
            ssl.create_default_context(cafile=ca_bundle)
            if ca_bundle
            else httpx.create_ssl_context()
        )
        super().__init__(http2=True, verify=context)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            http1=True,
            http2=True,
            network_backend=GuardedBackend(policy),
        )


def build_transport(
    settings: Settings,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    policy: AddressPolicy | None = None,
) -> httpx.AsyncBaseTransport:
    """The one place the network is reached from: ``transport`` when one is injected, else
    httpx's own on a connection pool that dials only what ``policy`` allows."""
    if transport is not None:
        return transport
    policy = policy or AddressPolicy(settings.allow_private_hosts, connect_to=settings.connect_to)
    return _GuardedTransport(
        policy, max_connections=max(settings.concurrency, 10), ca_bundle=settings.ca_bundle
    )


def request_headers(settings: Settings) -> dict[str, str]:
    """The headers every request of the crawler carries."""
    return {
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Encoding": ACCEPT_ENCODING,
    }


def build_client(
    settings: Settings,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    policy: AddressPolicy | None = None,
) -> httpx.AsyncClient:
    """An HTTP client on the crawler's transport, headers and timeouts. Redirects are not
    followed: :class:`Fetcher` checks every hop before it is sent."""
    return httpx.AsyncClient(
        headers=request_headers(settings),
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        transport=build_transport(settings, transport, policy=policy),
    )


@dataclass(frozen=True)
class _Answer:
    """One hop's response: status, headers and the (capped, decoded) body."""

    url: str
    status: int
    headers: Mapping[str, str]  # lower-case names; repeated headers joined by ", "
    content: bytes


class Fetcher:
    """Polite, guarded, retrying fetches; one per crawl (robots.txt is cached for its life)."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.settings = settings
        # With an injected transport there is no network to guard.
        self.policy = (
            AddressPolicy(settings.allow_private_hosts, resolver, settings.connect_to)
            if transport is None
            else None
        )
        self.transport = build_transport(settings, transport, policy=self.policy)
        self.headers = request_headers(settings)
        self.cookies = httpx.Cookies()  # what sites set, sent back to them as a client would
        self._extensions = {"timeout": httpx.Timeout(settings.timeout).as_dict()}
        self.retry = RetryPolicy(settings)
        self.robots = RobotsCache(self._fetch_robots, settings.user_agent)
        self._global = asyncio.Semaphore(settings.concurrency)
        self._host_limit: dict[str, int] = {}
        self._per_host: dict[str, asyncio.Semaphore] = {}
        self._next_slot: defaultdict[str, float] = defaultdict(float)
        self.host_delay: dict[str, float] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.transport.aclose()

    # -- politeness -------------------------------------------------------------------------
    def set_host_delay(self, url: str, delay: float) -> None:
        """Per-source politeness: the minimum spacing of requests to ``url``'s host."""
        self.host_delay[urlsplit(url).netloc] = delay

    def set_host_concurrency(self, url: str, limit: int) -> None:
        """Per-source politeness: how many requests to ``url``'s host may be in flight."""
        self._host_limit[urlsplit(url).netloc] = limit

    def _host_slots(self, host: str) -> asyncio.Semaphore:
        if host not in self._per_host:
            limit = self._host_limit.get(host, self.settings.per_host_concurrency)
            self._per_host[host] = asyncio.Semaphore(limit)
        return self._per_host[host]

    async def _wait_turn(self, url: str) -> None:
        """Space requests to one host by its delay (reserve a slot, then sleep until it)."""
        host = urlsplit(url).netloc
        delay = self.host_delay.get(host, self.settings.delay)
        if self.settings.respect_robots:
            delay = max(delay, self.robots.known_delay(url))
        now = time.monotonic()
        slot = max(now, self._next_slot[host])
        self._next_slot[host] = slot + delay
        if slot > now:
            await asyncio.sleep(slot - now)

    def _hold_off(self, url: str, seconds: float) -> None:
        """A server asked (Retry-After) for a pause: no request to its host before then."""
        host = urlsplit(url).netloc
        self._next_slot[host] = max(self._next_slot[host], time.monotonic() + seconds)

    # -- fetching -------------------------------------------------------------------------
    async def fetch(
        self,
        url: str,
        accept: tuple[str, ...] = PAGE_TYPES,
        *,
        validators: Validators | None = None,
        on_retry: RetryListener | None = None,
        max_bytes: int | None = None,
    ) -> FetchedPage:
        """GET ``url``; raise :class:`FetchError` (a subclass says why) when no usable page
        comes back. With ``validators`` the request is conditional and a 304 comes back as a
        page with ``not_modified`` set and no content. ``max_bytes`` raises the body limit
        of ``settings.max_bytes`` for this fetch (a listing may be larger than a page)."""
        wanted = _Wanted(accept, max(self.settings.max_bytes, max_bytes or 0))
        return await self.retry.run(url, lambda: self._attempt(url, wanted, validators), on_retry)

    async def _attempt(
        self,
        url: str,
        wanted: _Wanted,
        validators: Validators | None,
        *,
        check_robots: bool = True,
    ) -> FetchedPage:
        started = time.monotonic()
        answer = await self._follow(url, wanted, validators, check_robots=check_robots)
        page = FetchedPage(
            url=url,
            final_url=answer.url,
            status=answer.status,
            content=answer.content,
            headers={k: answer.headers[k] for k in KEPT_HEADERS if k in answer.headers},
            elapsed=time.monotonic() - started,
        )
        return page

    async def _follow(
        self,
        url: str,
        wanted: _Wanted,
        validators: Validators | None,
        *,
        check_robots: bool,
    ) -> _Answer:
        """One attempt: redirects followed by hand, each hop checked before it is sent."""
        seen: set[str] = set()
        hop = url
        while True:
            if hop in seen:
                raise FetchError(f"redirect loop back to {hop}", url=url)
            if len(seen) > self.settings.max_redirects:
                raise FetchError(f"more than {self.settings.max_redirects} redirects", url=url)
            seen.add(hop)
            await self._check_hop(hop, url, check_robots=check_robots)
            answer = await self._exchange(hop, wanted, validators)
            location = answer.headers.get("location")
            if answer.status not in REDIRECT_STATUSES or not location:
                return self._judge(url, answer)
            hop = urljoin(hop, location.strip()).split("#", 1)[0]

    async def _check_hop(self, hop: str, url: str, *, check_robots: bool) -> None:
        if urlsplit(hop).scheme not in ("http", "https"):
            raise UnsafeURLError(f"refused a non-http(s) URL: {hop}", url=url)
        if self.policy is not None:
            await self.policy.check_url(hop)
        if check_robots and self.settings.respect_robots:
            refusal = await self.robots.refusal(hop)
            if refusal is not None:
                raise DisallowedError(refusal, url=url)

    async def _exchange(self, url: str, wanted: _Wanted, validators: Validators | None) -> _Answer:
        """Send one GET in our turn and read its answer, all within the deadline."""
        headers = validators.headers() if validators else {}
        async with self._global, self._host_slots(urlsplit(url).netloc):
            await self._wait_turn(url)
            try:
                async with asyncio.timeout(self.settings.deadline):
                    return await self._send(url, headers, wanted)
            except TimeoutError:
                raise TransientError(
                    f"no complete response within the {self.settings.deadline:g}s deadline",
                    url=url,
                ) from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise TransientError(f"{type(exc).__name__}: {exc}", url=url) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}", url=url) from None

    async def _send(self, url: str, headers: dict[str, str], wanted: _Wanted) -> _Answer:
        request = httpx.Request(
            "GET", url, headers={**self.headers, **headers}, extensions=self._extensions
        )
        if self.cookies.jar:
            self.cookies.set_cookie_header(request)
        response = await self.transport.handle_async_request(request)
        response.request = request
        try:
            answered = _header_map(response.headers)
            if "set-cookie" in answered:
                self.cookies.extract_cookies(response)
            status = response.status_code
            if status in REDIRECT_STATUSES or status == 304:
                return _Answer(url, status, answered, b"")
            if status < 300 and not _acceptable(answered, wanted.types):
                wanted_types = ", ".join(t for t in wanted.types if t)
                raise ContentTypeError(
                    f"unwanted content type {answered.get('content-type', '')!r}"
                    f" (wanted {wanted_types})",
                    url=url,
                    status=status,
                )
            encoding = answered.get("content-encoding", "")
            declared = answered.get("content-length", "")
            if status >= 400:  # read only as far as a challenge or wall can be recognised
                raw = await _read_raw(response, declared, ERROR_BODY_BYTES, truncate=True)
                return _Answer(url, status, answered, _decoded_or_empty(raw, encoding))
            raw = await _read_raw(response, declared, wanted.max_bytes)
            content = decode_content(raw, encoding, wanted.max_bytes)
            return _Answer(url, status, answered, content)
        except FetchError as exc:
            exc.url = exc.url or url
            raise
        finally:
            await response.aclose()

    def _judge(self, url: str, answer: _Answer) -> _Answer:
        status = answer.status
        reason = block_reason(status, answer.headers, answer.content) if status != 304 else None
        if reason is not None:
            raise BlockedError(f"blocked: {reason}", url=url, status=status)
        if status in self.settings.retry_statuses:
            retry_after = parse_retry_after(answer.headers.get("retry-after"))
            if retry_after is not None:
                self._hold_off(answer.url, min(retry_after, self.settings.retry_after_cap))
            asked = f" (Retry-After {retry_after:g}s)" if retry_after is not None else ""
            raise TransientError(
                f"HTTP {status}{asked}", url=url, status=status, retry_after=retry_after
            )
        if status >= 300 and status != 304:
            raise FetchError(f"HTTP {status}", url=url, status=status)
        return answer

    # -- robots.txt -------------------------------------------------------------------------
    async def _fetch_robots(self, robots_url: str) -> tuple[int | None, bytes, str]:
        """robots.txt through the same guards and retry policy: (status, body, error)."""
        try:
            page = await self.retry.run(
                robots_url,
                lambda: self._attempt(
                    robots_url,
                    _Wanted(ANY_TYPE, self.settings.max_bytes),
                    None,
                    check_robots=False,
                ),
            )
            return page.status, page.content[:MAX_ROBOTS_BYTES], ""
        except UnsafeURLError:
            raise  # the host is refused outright, not merely without rules
        except FetchError as exc:
            return exc.status, b"", str(exc)


def _header_map(headers: httpx.Headers) -> dict[str, str]:
    """``headers`` as a plain mapping, read once: httpx's scan their whole list at each
    lookup, and an answer is looked up a dozen times. Names are lower-case and a repeated
    header's values are joined by ", ", as ``httpx.Headers.get`` gives them."""
    mapping: dict[str, str] = {}
    for name, value in headers.multi_items():
        mapping[name] = f"{mapping[name]}, {value}" if name in mapping else value
    return mapping


def _acceptable(headers: Mapping[str, str], accept: tuple[str, ...]) -> bool:
    content_type = headers.get("content-type", "").lower()
    return not content_type or any(kind in content_type for kind in accept)


def _decoded_or_empty(raw: bytes, encoding: str) -> bytes:
    try:
        return decode_content(raw, encoding, ERROR_BODY_BYTES)
    except FetchError:  # cut short on purpose, or broken: an error page either way
        return b""


async def _read_raw(
    response: httpx.Response, declared: str, limit: int, *, truncate: bool = False
) -> bytes:
    """The body as sent (still compressed), refused (or cut, if ``truncate``) past ``limit``;
    ``declared`` is its Content-Length header, if any."""
    if declared.isdigit() and int(declared) > limit and not truncate:
        raise TooLargeError(f"Content-Length {declared} exceeds the {limit}-byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            if truncate:
                break
            raise TooLargeError(f"body exceeds the {limit}-byte limit")
    return b"".join(chunks)[: limit if truncate else None]

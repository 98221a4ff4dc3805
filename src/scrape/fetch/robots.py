"""robots.txt, read once per host and crawl (RFC 9309, parsed by Protego).

What an unreadable robots.txt means follows the RFC: a 4xx answer (no file) allows
everything; a 5xx answer or no answer at all disallows everything for this crawl, since
the site may be down or overloaded and a polite crawler waits for the next run. Its
``Sitemap:`` lines are kept as well: discovery reads them for a source that lists no
sitemaps or feeds of its own.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

log = logging.getLogger(__name__)

# RFC 9309: crawlers must read at least 500 KiB; more is not needed.
MAX_ROBOTS_BYTES = 512 * 1024
# (robots.txt URL) -> (status, body, error): status None when unreachable, error then says why
RobotsFetch = Callable[[str], Awaitable[tuple[int | None, bytes, str]]]


@dataclass(frozen=True)
class HostRules:
    parser: Protego | None  # None: no rules, everything allowed
    disallow_all: bool = False
    note: str = ""
    sitemaps: tuple[str, ...] = ()  # its Sitemap: lines, absolute http(s) URLs only

    def allows(self, url: str, agent: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, agent))

    def delay(self, agent: str) -> float:
        """Seconds between requests asked for by Crawl-delay or Request-rate (0 if none)."""
        if self.parser is None:
            return 0.0
        delay = float(self.parser.crawl_delay(agent) or 0.0)
        rate = self.parser.request_rate(agent)
        if rate and rate.requests:
            delay = max(delay, rate.seconds / rate.requests)
        return delay


def product_token(user_agent: str) -> str:
    """``scrape/0.1 (news research crawler)`` -> ``scrape``: what robots.txt groups match."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class RobotsCache:
    """The rules of each host, fetched on first use; concurrent callers share one fetch."""

    def __init__(self, fetch: RobotsFetch, user_agent: str) -> None:
        self._fetch = fetch
        self.agent = product_token(user_agent)
        self._rules: dict[str, asyncio.Task[HostRules]] = {}

    async def rules(self, url: str) -> HostRules:
        key = robots_url(url)
        task = self._rules.get(key)
        if task is None:
            task = self._rules[key] = asyncio.ensure_future(self._load(key))
        elif task.done() and not task.cancelled():
            return task.result()  # asked for every request: no shield to build once read
        return await asyncio.shield(task)

    async def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched, or ``None`` when robots.txt allows it."""
        rules = await self.rules(url)
        if rules.allows(url, self.agent):
            return None
        return rules.note or f"robots.txt disallows {url}"

    async def sitemaps(self, url: str) -> tuple[str, ...]:
        """The sitemaps the robots.txt of ``url``'s host declares (none if it is unreadable)."""
        return (await self.rules(url)).sitemaps

    def known_delay(self, url: str) -> float:
        """Crawl-delay of ``url``'s host if its robots.txt was read already, else 0."""
        task = self._rules.get(robots_url(url))
        if task is None or not task.done() or task.cancelled() or task.exception():
            return 0.0
        return task.result().delay(self.agent)

    async def _load(self, url: str) -> HostRules:
        status, body, error = await self._fetch(url)
        if status is None or status >= 500 or status == 429:
            why = error or f"HTTP {status}"
            log.warning("robots.txt %s unreachable (%s): host skipped this crawl", url, why)
            note = f"{url} unreachable ({why}): host skipped this crawl"
            return HostRules(None, disallow_all=True, note=note)
        if status >= 400:
            return HostRules(None, note=f"no robots.txt (HTTP {status})")
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser = Protego.parse(text)
        return HostRules(parser, sitemaps=_absolute_http(parser.sitemaps))


def _absolute_http(urls: Iterable[str]) -> tuple[str, ...]:
    """The absolute http(s) URLs among ``urls`` (the protocol asks for full URLs), once each."""
    absolute = []
    for url in (u.strip() for u in urls):
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname:
            absolute.append(url)
    return tuple(dict.fromkeys(absolute))

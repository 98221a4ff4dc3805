"""The retry policy, declared once and read from the settings.

Retried: connection errors, timeouts and the statuses in ``settings.retry_statuses``
(408, 429, 500, 502, 503, 504 by default), all raised by the fetcher as
:class:`TransientError`. Everything else (404, 403, a bot challenge, a refused address)
fails at once. Waits grow exponentially with jitter; a ``Retry-After`` header sets the
wait instead when it asks for longer. A server that asks for more than
``settings.retry_after_cap`` seconds is taken at its word: the URL is given up for this
crawl rather than asked again too early.

An attempt that succeeds costs one ``await`` and nothing else: the policy is a plain loop
(tenacity's machinery cost more per fetch than most of the fetcher's checks).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

from ..config import Settings
from ..errors import TransientError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryEvent:
    """One retry about to happen: what failed and how long the fetcher waits."""

    url: str
    attempt: int  # the attempt that failed, from 1
    error: TransientError
    wait: float


RetryListener = Callable[[RetryEvent], None]
_Result = TypeVar("_Result")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryPolicy:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def should_retry(self, error: BaseException) -> bool:
        if not isinstance(error, TransientError):
            return False
        asked = error.retry_after
        return asked is None or asked <= self.settings.retry_after_cap

    def wait(self, attempt: int, error: TransientError) -> float:
        """Seconds before the try after ``attempt`` (from 1) failed with ``error``:
        exponential from retry_backoff up to retry_backoff_max, plus up to retry_backoff of
        jitter so that URLs failing together do not come back together; longer when the
        server's Retry-After asks for longer."""
        backoff = self.settings.retry_backoff
        exponential = min(backoff * 2 ** (attempt - 1), self.settings.retry_backoff_max)
        wait = exponential + random.uniform(0, backoff)
        asked = error.retry_after
        return max(wait, asked) if asked is not None else wait

    async def run(
        self,
        url: str,
        attempt: Callable[[], Awaitable[_Result]],
        listener: RetryListener | None = None,
    ) -> _Result:
        """``attempt()`` until it succeeds, fails for good, or has been tried
        ``retry_attempts`` times; the last error is raised as it was."""
        tried = 0
        while True:
            tried += 1
            try:
                return await attempt()
            except TransientError as error:
                if tried >= self.settings.retry_attempts or not self.should_retry(error):
                    raise
                wait = self.wait(tried, error)
                log.info("retrying %s in %.1fs after attempt %d: %s", url, wait, tried, error)
                if listener is not None:
                    listener(RetryEvent(url, tried, error, wait))
                await asyncio.sleep(wait)

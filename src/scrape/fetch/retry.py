"""The retry policy, declared once (tenacity) and read from the settings.

Retried: connection errors, timeouts and the statuses in ``settings.retry_statuses``
(408, 429, 500, 502, 503, 504 by default), all raised by the fetcher as
:class:`TransientError`. Everything else (404, 403, a bot challenge, a refused address)
fails at once. Waits grow exponentially with jitter; a ``Retry-After`` header sets the
wait instead when it asks for longer. A server that asks for more than
``settings.retry_after_cap`` seconds is taken at its word: the URL is given up for this
crawl rather than asked again too early.

The first attempt runs bare: tenacity's machinery is set up only once it has failed, so a
page that answers at once (nearly all of them) pays nothing for the policy.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

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
        # Exponential from retry_backoff, plus up to retry_backoff of jitter so that
        # URLs failing together do not come back together.
        self._backoff = wait_exponential(
            multiplier=settings.retry_backoff, max=settings.retry_backoff_max
        ) + wait_random(0, settings.retry_backoff)

    def should_retry(self, error: BaseException) -> bool:
        if not isinstance(error, TransientError):
            return False
        asked = error.retry_after
        return asked is None or asked <= self.settings.retry_after_cap

    def wait(self, state: RetryCallState) -> float:
        backoff = float(self._backoff(state))
        error = state.outcome.exception() if state.outcome else None
        asked = getattr(error, "retry_after", None)
        return max(backoff, asked) if asked is not None else backoff

    def retrying(self, url: str, listener: RetryListener | None = None) -> AsyncRetrying:
        def before_sleep(state: RetryCallState) -> None:
            error = state.outcome.exception() if state.outcome else None
            assert isinstance(error, TransientError)
            wait = state.next_action.sleep if state.next_action else 0.0
            log.info(
                "retrying %s in %.1fs after attempt %d: %s", url, wait, state.attempt_number, error
            )
            if listener is not None:
                listener(RetryEvent(url, state.attempt_number, error, wait))

        return AsyncRetrying(
            stop=stop_after_attempt(self.settings.retry_attempts),
            wait=self.wait,
            retry=retry_if_exception(self.should_retry),
            before_sleep=before_sleep,
            reraise=True,
        )

    async def run(
        self,
        url: str,
        attempt: Callable[[], Awaitable[_Result]],
        listener: RetryListener | None = None,
    ) -> _Result:
        """``attempt()`` until it succeeds, fails for good, or has been tried
        ``retry_attempts`` times; the last error is raised as it was."""
        try:
            return await attempt()
        except TransientError as error:
            if self.settings.retry_attempts < 2 or not self.should_retry(error):
                raise
            first_failure = error
        replayed = False

        async def from_the_first_failure() -> _Result:
            # tenacity's first attempt is the one already made: it hands back that failure,
            # so attempt numbers, waits and events are what they would be from the start.
            nonlocal replayed
            if not replayed:
                replayed = True
                raise first_failure
            return await attempt()

        result: _Result = await self.retrying(url, listener)(from_the_first_failure)
        return result

"""What the date search's modules share: the range a publication date can fall in, an
element's text as the reader reads it, and the form of a reading against the fetch time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from selectolax.lexbor import LexborNode

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)


def plausible(value: datetime | None, fetched_at: datetime) -> bool:
    """Not before the web news era and not after the page was fetched (a day of slack)."""
    if value is None:
        return False
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    limit = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    return EARLIEST <= aware <= limit + timedelta(days=1)


def node_text(node: LexborNode) -> str:
    # A year glued to the clock by a template's markup between them ("Jun 5 2024<!-- -->8:31
    # PM"): no year runs into an hour.
    return _YEAR_CLOCK.sub(r"\1 \2", " ".join(node.text(deep=True).split()))


_YEAR_CLOCK = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")


@dataclass(frozen=True)
class Reading:
    """Dates written so that only the fetch time completes them ("3 hours ago", "3.12.
    14:35"): the pattern finding one, the function reading a match against the time, and
    what a text must hold for the pattern to be searched in it at all (a cheap test)."""

    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], datetime], datetime | None]
    hint: re.Pattern[str] | None = None

    def find(self, text: str) -> list[re.Match[str]]:
        if self.hint is not None and self.hint.search(text) is None:
            return []
        return list(self.pattern.finditer(text))

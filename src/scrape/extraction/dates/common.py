"""What the date search's modules share: the range a publication date can fall in, and an
element's text as the reader reads it.
"""

from __future__ import annotations

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
    return " ".join(node.text(deep=True).split())

"""Date parsing and the publication-date candidates of a page."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil import parser as dateparser

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Dates as people write them in bylines; each alternative carries a 4-digit year.
TEXT_DATE = re.compile(
    rf"""\b(?:
        (?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])
        (?:[T\ ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?
      | {_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+(?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2]|[1-9])[/_-]?(0[1-9]|[12]\d|3[01]|[1-9])(?=/|[_-]|\.|$)"
)
_URL_DATE_COMPACT = re.compile(
    r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def parse_date(value: str | None) -> datetime | None:
    """A datetime out of an ISO, RFC or human-written date; None when no full date is given."""
    if not value:
        return None
    value = value.strip()
    if _EPOCH.match(value):
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=UTC)
    if not _HAS_YEAR.search(value) or len(value) > 80:
        return None
    try:
        return dateparser.isoparse(value)
    except (ValueError, OverflowError):
        pass
    # Two different defaults reveal fields the string did not carry (no day -> no date).
    try:
        first = dateparser.parse(value, default=datetime(2000, 1, 1), fuzzy=True)
        second = dateparser.parse(value, default=datetime(2001, 2, 2), fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return first


def plausible(value: datetime | None, fetched_at: datetime) -> bool:
    """Not before the web news era and not after the page was fetched (a day of slack)."""
    if value is None:
        return False
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    limit = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    return EARLIEST <= aware <= limit + timedelta(days=1)


def dates_in_text(text: str) -> list[datetime]:
    found = []
    for match in TEXT_DATE.finditer(text):
        parsed = parse_date(match.group(0))
        if parsed is not None:
            found.append(parsed)
    return found


def date_from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    path = url.split("?", 1)[0]
    for pattern in (_URL_DATE, _URL_DATE_COMPACT):
        match = pattern.search(path)
        if match:
            try:
                return datetime(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


# --- choosing the page's dates -------------------------------------------------------------

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "publication_date",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "og:published_time",
    "article.published",
    "date",
    "dc.date",
    "dcterms.date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "article:modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)


def published_candidates(
    md: Any, tree: Any, headline: Any, url: str | None
) -> tuple[list[datetime], list[datetime]]:
    """(declared, shown) publication-date candidates.

    ``declared`` comes from structured data (JSON-LD, <meta>), ``shown`` from the article
    header (<time>, byline text). The URL date is the last declared candidate.
    """
    from .dom import header_times

    declared: list[datetime | None] = []
    article = md.ld_article or {}
    declared.append(parse_date(_str(article.get("datePublished"))))
    declared.extend(parse_date(md.meta.get(key)) for key in _PUBLISHED_META)
    declared.append(parse_date(_str((md.ld_webpage or {}).get("datePublished"))))
    declared.append(date_from_url(url))
    shown = header_times(tree, headline)
    return [d for d in declared if d is not None], shown


def choose_published(
    declared: list[datetime], shown: list[datetime], fetched_at: datetime
) -> datetime | None:
    """The original publication date: the earliest plausible candidate.

    Sites re-stamp ``datePublished`` on updates while the header keeps the first date, and
    a <time> rendered in the site's timezone gives the local day the reader sees, so on a
    tie of days the shown value wins. Dates after the fetch are never publication dates.
    """
    shown = [d for d in shown if plausible(d, fetched_at)]
    declared = [d for d in declared if plausible(d, fetched_at)]
    # On the same day: a shown time with its zone, then a declared one, then bare dates.
    pool = [(d.date(), 0 if d.tzinfo else 2, i, d) for i, d in enumerate(shown)]
    pool += [(d.date(), 1 if d.tzinfo else 3, i, d) for i, d in enumerate(declared)]
    if not pool:
        return None
    return min(pool, key=lambda item: item[:3])[3]


def modified_candidates(md: Any) -> list[datetime]:
    article = md.ld_article or {}
    out = [parse_date(_str(article.get("dateModified")))]
    out.extend(parse_date(md.meta.get(key)) for key in _MODIFIED_META)
    return [d for d in out if d is not None]


def _str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


def fallback_date(html: str, fetched_at: datetime) -> datetime | None:
    """htmldate's original-date search, used only when the page declares and shows nothing."""
    from htmldate import find_date

    try:
        found = find_date(
            # The date sits near the top; scanning megabytes of text costs seconds.
            html[:300_000],
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%d",
            max_date=fetched_at.strftime("%Y-%m-%d"),
        )
    except Exception:  # htmldate raises assorted errors on odd markup; a date is optional
        return None
    parsed = parse_date(found) if found else None
    return parsed if plausible(parsed, fetched_at) else None

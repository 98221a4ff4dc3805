"""Dates a byline writes without their year ("3.12. 14:35", "3 декабря, 14:35", "Dec. 3,
2:35 PM", "12月3日 14:35"): news sites leave out the year of the current one. The day and
month are the page's; the year is the render's, read off the page (:func:`render_time`).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial

from .clock import clock_after, with_clock
from .common import Reading
from .grammar import ASCII_DIGITS, DateStyle, dates_in_text, parse_date
from .months import FOREIGN, MONTHS

# A clock time ("14:35", "14.35", "14h35", "14時35"), without which no day here is read.
_CLOCK = r"\d\s*[:.h時시]\s*\d\d"
# A day and month with no year: day first and dotted ("3.12.", "3. 12."), a day before a
# word ("3 декабря", "3. des.", "03 de dezembro"), a month's name before a day ("Dec. 3",
# "december 3."), or the CJK forms ("12月3日", "12월 3일"). Whether the word after a day is
# a month is the grammar's to say in the page's language (:func:`yearless_date` reads it with
# a year put in); one before a day is a month's name, so that a label ("Publicerad 3 dec")
# is not read as one. A year after it makes it a whole date, read before this.
YEARLESS = re.compile(
    rf"""(?<![\d.:/-])(?:
        (?P<d>0?[1-9]|[12]\d|3[01])\.\s?(?P<m>0?[1-9]|1[0-2])\.(?!\d)
      | (?P<day>0?[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?(?P<after>[^\W\d_]{{3,12}}\.?)
      | (?P<before>{MONTHS}|{FOREIGN})\.?\s+(?P<day_after>0?[1-9]|[12]\d|3[01])
        (?:st|nd|rd|th)?\.?(?![\d.])
      | (?P<cm>0?[1-9]|1[0-2])\s*[月월]\s*(?P<cd>0?[1-9]|[12]\d|3[01])\s*[日일]
    )(?![\d/])(?!\s*[.,]?\s*(?:19|20)\d\d(?!\s*[:.h]\s*\d))
    # A clock time follows (read by :func:`yearless_date`).
    (?=.{{0,24}}?{_CLOCK})""",
    re.IGNORECASE | re.VERBOSE,
)


def yearless_date(
    match: re.Match[str], now: datetime, language: str | None = None
) -> datetime | None:
    """The day a :data:`YEARLESS` match names, in the latest year that does not put it after
    ``now``, at the clock time written after it; None without one, since a day and month
    alone are as often another thing's ("3.12." in a table, "May 3" in a sentence)."""
    rest, lead = match.string[match.end() :], match.string[: match.start()]
    if clock_after(rest) is None:
        return None
    year = now.year
    if match["d"]:
        written = f"{match['d']}.{match['m']}.{year}"
    elif match["after"]:
        written = f"{match['day']} {match['after']} {year}"
    elif match["before"]:
        written = f"{match['before']} {match['day_after']}, {year}"
    else:
        written = f"{year}年{match['cm']}月{match['cd']}日"
    day = parse_date(written, DateStyle("", language))
    if day is None or day.year != year:
        return None
    weekday = _WEEKDAY.search(lead)
    if weekday:
        # "Mon, Apr 22": the weekday names the year, the latest that puts the day on it.
        day = _on_weekday(day, _WEEKDAYS.index(weekday[1].casefold()), now)
    else:
        day = _latest(day, now)
    return with_clock(day, rest) if day is not None else None


_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.IGNORECASE)
# How far back a weekday may place the day: it recurs on a date every five to eleven years.
_WEEKDAY_YEARS = 11


def _on_weekday(value: datetime, weekday: int, reference: datetime) -> datetime | None:
    latest = _latest(value, reference)
    if latest is None:
        return None
    for back in range(_WEEKDAY_YEARS + 1):
        try:
            moved = latest.replace(year=latest.year - back)
        except ValueError:  # 29 February
            continue
        if moved.weekday() == weekday:
            return moved
    return None


def year_left_out(language: str | None) -> Reading:
    """Days without their year, as a page in ``language`` writes them."""
    return Reading(YEARLESS, partial(yearless_date, language=language), _HAS_CLOCK)


_HAS_CLOCK = re.compile(_CLOCK)


# "© 2022 Harbour Daily", "Copyright 2015-2022", "© Satamalehti 2021": the year a page was
# put together in, where its footer counts it. Read where a mark is found (a search of the
# pattern through a long page's text is slow).
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)[^\d\n]{0,40}?(?:(?:19|20)\d\d\s*[-–—]\s*)?((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_COPYRIGHT_MARKS = ("©", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT")
# How much of the text's start and end is the page's header and footer.
_CHROME = 3000


def render_time(text: str, now: datetime) -> datetime:
    """The latest the page can have been put together: ``now`` (the fetch), unless its
    copyright line counts an earlier year, a saved page read later. Then the end of that
    year, or the newest date its header or footer shows if later: a copyright line nobody
    updated sits on a page that prints today's date."""
    counted = max((y for y in _copyright_years(text) if y <= now.year), default=now.year)
    if counted >= now.year:
        return now
    wall = now.replace(tzinfo=None)
    # The day's date a page prints is its header's or its footer's: read there only, since
    # reading every date of a long page costs more than the rest of its extraction.
    chrome = text if len(text) <= 2 * _CHROME else f"{text[:_CHROME]} {text[-_CHROME:]}"
    shown = [d.replace(tzinfo=None) for d in dates_in_text(chrome, True)]
    newest = max((d for d in shown if d.year > counted and d <= wall), default=None)
    if newest is not None:
        return newest.replace(tzinfo=now.tzinfo)
    return now.replace(year=counted, month=12, day=31, hour=23, minute=59, second=59)


def _copyright_years(text: str) -> list[int]:
    years = []
    for mark in _COPYRIGHT_MARKS:
        at = text.find(mark)
        while at >= 0:
            window = text[at : at + 80].translate(ASCII_DIGITS)
            found = _COPYRIGHT.match(window)
            if found:
                years.append(int(found[1]))
            at = text.find(mark, at + 1)
    return years


def _latest(value: datetime, reference: datetime) -> datetime | None:
    for year in (reference.year, reference.year - 1):
        try:
            moved = value.replace(year=year)
        except ValueError:  # 29 February
            continue
        limit = reference if reference.tzinfo is None else reference.replace(tzinfo=None)
        if moved.replace(tzinfo=None) <= limit.replace(hour=23, minute=59, second=59):
            return moved
    return None

"""The date grammar: dates as pages write them, read into datetimes.

ISO, RFC and epoch stamps, dates written in words in many languages (their month names are
``months``', the dates of other calendars ``calendars``'), numeric dates in either day/month
order, dates in URL paths; :data:`TEXT_DATE` finds them in text. The clock time written
beside a date is ``clock``'s. Which of a page's dates is its publication date is the date
search's business (``published``).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

from dateutil import parser as dateparser
from dateutil.parser import UnknownTimezoneWarning

from .calendars import (
    ERA,
    ERA_YEAR,
    OWN_CALENDAR,
    SOLAR,
    SOLAR_DATE,
    THAI,
    THAI_DATE,
    gregorian_year,
    solar_date,
    thai_date,
)
from .months import (
    FOREIGN,
    FOREIGN_WORD,
    MARKS,
    MONTH_PAIR,
    MONTH_PARTS,
    MONTHS,
    OWN_ENGLISH_MONTH,
    WORD,
    in_english,
)

# Dates as people write them in bylines; each alternative carries a 4-digit year, but for
# a dotted or dashed day, month and two-digit year with the time after it ("02.12.26, 18:05
# Uhr", "2.12.26 klo 18.05", "03-12-26, 14:35") or a byline's lead word before it ("vom
# 31.10.23"), forms bylines use and numbers in text do not. Other
# languages put the day first ("4 de agosto de 2021", "4. März 2021", "04-ago-2021").
TEXT_DATE = re.compile(
    rf"""\b(?:
        (?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])
        (?:[T\ ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?
      | {MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | (?=\w[\w{MARKS}]*\.?\s+\d{{1,2}},\s+(?:19|20)\d\d)
        {FOREIGN}\.?\s+\d{{1,2}},\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+|d['’])?(?:{MONTHS}|{FOREIGN})\.?
        (?:\s*/\s*{FOREIGN})?,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d
      | \d{{1,2}}[-/](?:{MONTHS}|{FOREIGN})\.?[-/](?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.](?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s(?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d\d
        (?=\s*[,|·–—-]?\s+(?:[^\W\d_]{{1,5}}\.?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\.?\d))
      # ... or after the byline's "vom", "am" or "Stand:" ("Artikel vom 31.10.23").
      | (?:(?<=vom\s)|(?<=\bam\s)|(?<=stand:\s)|(?<=stand\s))
        (?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d\d(?![\d.]\d)
      | (?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|[12]\d|3[01])-\d\d
        (?=\s*[,|·–—-]?\s+(?:[^\W\d_]{{1,5}}\.?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\.?\d))
      | (?:19|20)\d\d\.\s(?:0?[1-9]|1[0-2])\.\s(?:0?[1-9]|[12]\d|3[01])(?=\.)
      | (?:19|20)\d\d\.?\s+(?:m\.\s+)?(?:{MONTHS}|{FOREIGN})\.?\s+\d{{1,2}}(?:\s+d(?=\.))?
      | (?:19|20)\d\de?ko\s+{FOREIGN}\s+\d{{1,2}}(?:e?an?)?
      | (?:19|20)\d\d\.\s+gada\s+\d{{1,2}}\.\s+(?:{MONTHS}|{FOREIGN})
      | \d{{1,2}}\s+th(?:áng|g)\s+\d{{1,2}}(?:\s+năm|,)?\s+(?:19|20)\d\d
    )\b
    # Chinese, Japanese and Korean: "2024年12月12日", "2024년 12월 12일" (no word boundary)
    | (?<!\d)(?:19|20)\d\d\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}(?!\d)
    # Other calendars, read into the Gregorian one (:func:`_normalised`): the Thai
    # Buddhist era's years ("3 ธ.ค. 2568", "3 ธ.ค. 68"), Persian solar-hijri dates ("۱۲ آذر
    # ۱۴۰۴") and Japanese era years ("令和7年12月3日"); numeric solar-hijri and Buddhist-era
    # dates ("1404/09/12", "03/12/2568") only in their languages (:data:`OWN_CALENDAR`).
    | (?<!\d)\d{{1,2}}\s+{THAI}\s*(?:พ\.ศ\.\s*)?(?:25\d\d|\d\d)(?!\d)
    | (?<!\d)\d{{1,2}}\s+{SOLAR}\s+1[34]\d\d(?!\d)
    | (?<!\d)1(?:3[7-9]|40)\d[/-](?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?!\d)
    | (?<!\d)(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/25[3-9]\d(?!\d)
    | {ERA}\s*\d{{1,2}}\s*月\s*\d{{1,2}}(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)
# Year, month and day with one separator used twice: "/2025/12/" is a month archive path,
# not December the 2nd nor January the 2nd. In folders the day is a folder of its own:
# "/2023/10/3-fragen-an-..." is a month's folder and a slug that opens with a number.
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)([_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=/|[_-]|\.|$)"
)
_URL_DATE_FOLDERS = re.compile(
    r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|\.|$)"
)
# "/2020-02/19/": a month folder, then the day.
_URL_DATE_MONTH_DAY = re.compile(r"/((?:19|20)\d\d)-(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?=/)")
_URL_DATE_COMPACT = re.compile(
    r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# Day and month in either order, then a 4-digit year: "02-12-2025", "2/12/2025", "02.12.2025".
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO_DAY = re.compile(r"\d{4}(?:-\d\d-\d\d|\d{4})(?!\d)")


# Zone abbreviations in bylines and <meta> values ("1:06 PM EST", "07:44 PM IST"), as UTC
# offsets in seconds; the date parser knows only UTC and GMT and drops the others, which
# loses the zone the page gave. Where an abbreviation is shared, the reading news sites
# use most: CST as US Central, IST as India, BST as British Summer Time.
ZONES = {
    name: int(hours * 3600)
    for name, hours in {
        "UTC": 0,
        "GMT": 0,
        "WET": 0,
        "WEST": 1,
        "BST": 1,
        "CET": 1,
        "CEST": 2,
        "EET": 2,
        "EEST": 3,
        "MSK": 3,
        "WAT": 1,
        "CAT": 2,
        "EAT": 3,
        "SAST": 2,
        "EST": -5,
        "EDT": -4,
        "CST": -6,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
        "AKST": -9,
        "AKDT": -8,
        "HST": -10,
        "AST": -4,
        "ADT": -3,
        "NST": -3.5,
        "NDT": -2.5,
        "IST": 5.5,
        "PKT": 5,
        "NPT": 5.75,
        "ICT": 7,
        "WIB": 7,
        "SGT": 8,
        "HKT": 8,
        "PHT": 8,
        "AWST": 8,
        "JST": 9,
        "KST": 9,
        "ACST": 9.5,
        "ACDT": 10.5,
        "AEST": 10,
        "AEDT": 11,
        "NZST": 12,
        "NZDT": 13,
    }.items()
}


# Whether numeric dates read day first: known, unknown (None), or asked of the page when
# an ambiguous date turns up (a callable, since gathering the evidence costs a page scan),
# given the date's two readings, day first and month first.
DayFirst = bool | None | Callable[[date, date], bool | None]


def parse_date(value: str | None, day_first: DayFirst = None) -> datetime | None:
    """A datetime out of an ISO, RFC or human-written date; None when no full date is given.

    A numeric date whose first two numbers could both be the month ("02.12.2025") is read
    day first when ``day_first`` says so, or when unset and the numbers are dotted (the
    European form); otherwise month first. Dates in other languages are read by their
    month names and their own forms ("2024年12月12日", "12 декабря 2024").
    """
    language = day_first.language if isinstance(day_first, DateStyle) else None
    if value:
        if language in _YEAR_FIRST_LANGUAGES:
            value = _SHORT_YEAR_FIRST.sub(_short_year_first, value)
        value = _normalised(value)
        if language in OWN_CALENDAR:
            value = OWN_CALENDAR[language](value)
    parsed = _parse(value, day_first, language)
    try:
        # A zone a day or more away ("+0700" read as hours) cannot be compared with anything.
        parsed is not None and parsed.utcoffset()
    except ValueError:
        return None
    return parsed


def _parse(
    value: str | None, day_first: DayFirst = None, language: str | None = None
) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if _EPOCH.match(value):
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=UTC)
    if not _HAS_YEAR.search(value) or len(value) > 80:
        return None
    own = OWN_ENGLISH_MONTH.get(language or "", {})
    # lower(), not casefold(): case folding spells Greek "ΐ" as three characters.
    if any(w.lower() in MONTH_PARTS or w.lower() in own for w in WORD.findall(value)):
        value = FOREIGN_WORD.sub(lambda m: in_english(m.group(0), own), value)
        value = MONTH_PAIR.sub(r"\1", value)
    numeric = _NUMERIC_DATE.match(value)
    if numeric:
        one, two = int(numeric[1]), int(numeric[3])
        if callable(day_first):
            year = int(numeric[4])
            ambiguous = one <= 12 and two <= 12 and one != two
            day_first = day_first(date(year, two, one), date(year, one, two)) if ambiguous else None
        if day_first is None:
            day_first = numeric[2] == "."
        try:
            return _read(value, dayfirst=day_first, fuzzy=True, tzinfos=ZONES)
        except (ValueError, OverflowError, TypeError):
            return None
    # ISO 8601 also has reduced forms ("2019", "2019-05", week and ordinal dates) that name
    # no day: the ISO parser reads them as the first day, so it gets only full dates.
    if _ISO_DAY.match(value):
        try:
            return dateparser.isoparse(value)
        except (ValueError, OverflowError):
            pass
    # Two different defaults reveal fields the string did not carry (no day -> no date).
    try:
        first = _read(value, default=datetime(2000, 1, 1), fuzzy=True, tzinfos=ZONES)
        second = _read(value, default=datetime(2001, 2, 2), fuzzy=True, tzinfos=ZONES)
    except (ValueError, OverflowError, TypeError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return first


def _read(value: str, **options: Any) -> datetime:
    """dateutil's reading of ``value``, without the warning it gives for a zone name it
    does not know ("GST", Gulf or South Georgia): the time is then read without a zone, as
    the warning says, and a page's odd zone is nothing to tell a crawl's log."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownTimezoneWarning)
        return dateparser.parse(value, **options)


# A dotted or dashed date with a two-digit year, read as one of this century: "02.12.26",
# "03-12-26".
_TWO_DIGIT_YEAR = re.compile(r"^(\d{1,2})([.-])(\d{1,2})\2(\d\d)$")
# Languages that write the year first in numeric dates, two digits of it too (Korean
# "24.11.05 07:10" is 2024-11-05): Korean, Japanese, Chinese, Hungarian, Lithuanian.
_YEAR_FIRST_LANGUAGES = frozenset({"ko", "ja", "zh", "hu", "lt"})
_SHORT_YEAR_FIRST = re.compile(r"^(\d\d)([./-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")


def _short_year_first(found: re.Match[str]) -> str:
    return f"20{found[1]}-{int(found[3]):02d}-{int(found[4]):02d}"


# Czech, Slovak and Serbian space their numeric dates: "14. 1. 2021".
_SPACED_NUMERIC = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)\b")
# Korean and Hungarian put the year first, each number with its dot: "2024. 12. 3."
_SPACED_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d)\.\s(\d{1,2})\.\s(\d{1,2})(?!\d)\.?")
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# Year first, then the month in words: "2024. március 12." (Hungarian), "2024 m. spalio 12
# d." (Lithuanian); "2024. gada 12. oktobris" (Latvian) has the day before the month.
# Sinhala puts the year first too: "2025 දෙසැම්බර් 03".
_YEAR_FIRST_WORDS = re.compile(
    rf"^((?:19|20)\d\d)\.?\s+(?:m\.\s+)?([^\W\d_](?:[^\W\d_]|[{MARKS}])*)\.?\s+(\d{{1,2}})\b\.?"
)
# Basque declines all three: "2024ko azaroaren 26a" (of 2024, of November, the 26th).
_BASQUE = re.compile(r"^((?:19|20)\d\d)e?ko\s+([^\W\d_]+)\s+(\d{1,2})(?:e?an?)?\b")
_YEAR_GADA = re.compile(r"^((?:19|20)\d\d)\.\s+gada\s+(\d{1,2})\.\s+([^\W\d_]+)")
# Vietnamese names months by number: "14 tháng 10, 2024", "ngày 14 tháng 10 năm 2024".
# "Tháng" is capitalised as often ("03 Tháng 12, 2024").
_VIETNAMESE = re.compile(
    r"(\d{1,2})\s+th(?:áng|g)\s+(\d{1,2})(?:\s+năm|,)?\s+((?:19|20)\d\d)", re.IGNORECASE
)
# The digits of other scripts as ASCII ones: Arabic-Indic and Persian, those of the scripts
# of South and Southeast Asia (Devanagari, Bengali, Gujarati, Thai, Khmer, Myanmar...), and
# full-width ones.
_ZEROS = [c for c in range(0x0660, 0x1A00) if unicodedata.decimal(chr(c), None) == 0]
ASCII_DIGITS = {zero + n: str(n) for zero in (*_ZEROS, 0xFF10) for n in range(10)}


# "GMT+7" as bylines write it means seven hours ahead of UTC; the date parser reads such a
# zone the POSIX way round (seven hours behind), so it gets the ISO offset instead.
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?(?!\d)", re.IGNORECASE)


def _iso_offset(match: re.Match[str]) -> str:
    return f"{match[1]}{int(match[2]):02d}:{match[3] or '00'}"


_GLUED_BULLET = re.compile(r"(?<=\d)\s*[•·]\s*(?=\d)")


def _normalised(value: str) -> str:
    """``value`` with ASCII digits, ISO zone offsets and year-first written dates in
    day-month-year order."""
    value = value.translate(ASCII_DIGITS)
    if "•" in value or "·" in value:
        # A bullet glued between the day and its time ("23 de noviembre de 2021•22:40").
        value = _GLUED_BULLET.sub(" · ", value)
    if "+" in value or "-" in value:
        value = _GMT_OFFSET.sub(_iso_offset, value)
    value = _SPACED_NUMERIC.sub(r"\1.\2.\3", value)
    value = _TWO_DIGIT_YEAR.sub(r"\1\2\3\g<2>20\4", value.strip())
    value = _SPACED_YEAR_FIRST.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", value)
    if "年" in value:
        value = ERA_YEAR.sub(gregorian_year, value)
    value = _CJK_DATE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", value)
    value = THAI_DATE.sub(thai_date, value)
    value = SOLAR_DATE.sub(solar_date, value)
    value = _VIETNAMESE.sub(lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d} ", value)
    # Year-first forms: "2024. március 12." -> "12 március 2024"
    value = _YEAR_GADA.sub(lambda m: f"{m[2]} {m[3]} {m[1]}", value.strip())
    value = _BASQUE.sub(lambda m: f"{m[3]} {m[2]} {m[1]}", value)
    return _YEAR_FIRST_WORDS.sub(lambda m: f"{m[3]} {m[2]} {m[1]}", value)


# Written-out dates, to check which reading of an ambiguous numeric date the page means.
_WRITTEN_DATE = re.compile(
    rf"""\b(?:{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+(?:19|20)\d\d)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Locales that write the month first; other languages and English regions put the day first.
_MONTH_FIRST = frozenset({"en-us", "en-ph", "en-ca", "en-um", "en-as", "en-gu"})


def day_first(text: str, lang: str | None, url_day: date | None = None) -> bool | None:
    """Whether the page writes numeric dates day first, or None when it does not tell.

    Evidence, strongest first: numeric dates that only one order can read ("25/12/2025"),
    an ambiguous one whose reading the page also writes out in words ("02-12-2025" next to
    "December 02, 2025") or its address files it under (``url_day``: ".../2024/11/05/..."
    beside "05/11/2024"), then the page's language and region.
    """
    votes = 0
    written: set[tuple[int, int, int]] | None = None
    for match in _NUMERIC_DATE.finditer(text[:200_000]):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if first > 12 >= second:
            votes += 2
        elif second > 12 >= first:
            votes -= 2
        elif first != second:
            if written is None:
                written = {(url_day.year, url_day.month, url_day.day)} if url_day else set()
                for found in _WRITTEN_DATE.finditer(text[:200_000]):
                    parsed = parse_date(found.group(0))
                    if parsed is not None:
                        written.add((parsed.year, parsed.month, parsed.day))
            votes += ((year, second, first) in written) - ((year, first, second) in written)
    if votes:
        return votes > 0
    lang = (lang or "").strip().casefold().replace("_", "-")
    if not lang or lang == "en":
        return None
    return lang not in _MONTH_FIRST


class DateStyle:
    """How one page writes its dates, to pass as ``day_first``: in its declared language,
    which settles the month of a month word languages read differently ("listopad" is
    October in Croatian, November in Polish), and day or month first, which
    :func:`day_first` asks of the page's text only when an ambiguous numeric date turns up.
    """

    def __init__(self, text: str, language: str | None, url_day: date | None = None) -> None:
        self._text = text
        self._tag = language
        self._url_day = url_day
        self.language = (language or "").strip().casefold().replace("_", "-").split("-")[0]

    @cached_property
    def _order(self) -> bool | None:
        return day_first(self._text, self._tag, self._url_day)

    @cached_property
    def _days(self) -> set[date]:
        return _days_shown(self._text, self._url_day)

    def __call__(self, day_first_reading: date, month_first_reading: date) -> bool | None:
        """Day first for an ambiguous date where the page shows its day-first reading in a
        form only one order reads and not the other (a server's "11/01/2023 12:43:42" in a
        <meta>, month first, beside the "01.11.2023" the page prints); else the page's
        order."""
        shown = self._days
        if (day_first_reading in shown) != (month_first_reading in shown):
            return day_first_reading in shown
        return self._order


# Two numbers and a year of two or four digits, one separator between.
_DAY_AND_MONTH = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(?:\d\d){1,2}\b")


def _days_shown(text: str, url_day: date | None) -> set[date]:
    """The days ``text`` writes in a form only one order reads (the month in words in any
    language, a dotted date, day first as every language that dots its dates writes it,
    a year first), and the day the page's address files it under."""
    days = {url_day} if url_day else set()
    for match in TEXT_DATE.finditer(text[:200_000].translate(ASCII_DIGITS)):
        numeric = _DAY_AND_MONTH.match(match.group(0))
        if numeric and numeric[2] != "." and int(numeric[1]) <= 12 and int(numeric[3]) <= 12:
            continue  # "11/01/2023", "03-12-25" read either way
        parsed = parse_date(match.group(0))
        if parsed is not None:
            days.add(parsed.date())
    return days


# Digits of other scripts, which dates are read in as ASCII ones.
_OTHER_DIGITS = re.compile("[" + "".join(map(chr, ASCII_DIGITS)) + "]")
# How far a written date reaches on either side of its year, its widest forms
# ("12 de septiembre de 2024", "2024. szeptember 12.") with room for markup's spacing.
_DATE_REACH = 100


def writes_day(text: str, day: date) -> bool:
    """Whether ``text`` writes ``day`` as a date :func:`dates_in_text` reads.

    Every such date carries its year in four digits, so only the text around each of the
    year's occurrences is read: a page's markup runs to hundreds of kilobytes.
    """
    if _OTHER_DIGITS.search(text):
        text = text.translate(ASCII_DIGITS)
    year = str(day.year)
    at = text.find(year)
    while at >= 0:
        # A search from ``pos`` still sees the character before it: a window never
        # starts a date in the middle of a number ("2 May" of "12 May").
        for match in TEXT_DATE.finditer(text, max(0, at - _DATE_REACH), at + 4 + _DATE_REACH):
            if match.start() <= at < match.end():
                parsed = parse_date(match.group(0))
                if parsed is not None and parsed.date() == day:
                    return True
        at = text.find(year, at + 1)
    return False


def dates_in_text(text: str, day_first: DayFirst = None) -> list[datetime]:
    found = []
    for match in TEXT_DATE.finditer(text.translate(ASCII_DIGITS)):
        parsed = parse_date(match.group(0), day_first)
        if parsed is not None:
            found.append(parsed)
    return found


def date_from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    path = url.split("?", 1)[0]
    # (pattern, groups of year, month, day)
    for pattern, groups in (
        (_URL_DATE, (1, 3, 4)),
        (_URL_DATE_FOLDERS, (1, 2, 3)),
        (_URL_DATE_MONTH_DAY, (1, 2, 3)),
        (_URL_DATE_COMPACT, (1, 2, 3)),
    ):
        match = pattern.search(path)
        if match:
            try:
                year, month, day = (int(match[g]) for g in groups)
                return datetime(year, month, day)
            except ValueError:
                pass
    return None

"""Dates of other calendars than the Gregorian, read into it: the Thai Buddhist era, the
solar hijri (Persian) calendar and the Japanese eras, written with month names or in
numbers.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .months import SCRIPT_MONTH_NAMES

_THAI_MONTHS = {
    name: month
    for month, names in SCRIPT_MONTH_NAMES.items()
    for name in names.split("|")
    if "\u0e00" <= name[0] <= "\u0e7f"
}
# Thai month names, whose dates count the years of the Buddhist era (2568 is 2025).
THAI = "(?:" + "|".join(re.escape(n) for n in _THAI_MONTHS) + ")"
# The months of the solar hijri calendar: the Persian names (with the Arabic letters some
# pages type for "ی" and "ک") and the Dari ones Afghan pages use.
SOLAR_HIJRI_MONTHS = [
    "فروردین|حمل",
    "اردیبهشت|ثور",
    "خرداد|جوزا",
    "تیر|سرطان",
    "مرداد|امرداد|اسد",
    "شهریور|سنبله",
    "مهر|میزان",
    "آبان|عقرب",
    "آذر|قوس",
    "دی|جدی",
    "بهمن|دلو",
    "اسفند|حوت",
]
_SOLAR_MONTH = {
    spelling: month
    for month, names in enumerate(SOLAR_HIJRI_MONTHS, 1)
    for name in names.split("|")
    for spelling in (name, name.replace("ی", "ي").replace("ک", "ك"))
}
SOLAR = "(?:" + "|".join(sorted(_SOLAR_MONTH, key=len, reverse=True)) + ")"
# A Japanese era's year: Reiwa 1 is 2019, Heisei 1 was 1989 ("元年" is the first year).
_ERAS = {"令和": 2018, "平成": 1988}
ERA = rf"(?:{'|'.join(_ERAS)})(?:\d{{1,2}}|元)年"


THAI_DATE = re.compile(rf"(\d{{1,2}})\s+({THAI})\s*(?:พ\.ศ\.\s*)?(25\d\d|\d\d)(?!\d)")
SOLAR_DATE = re.compile(rf"(\d{{1,2}})\s+({SOLAR})\s+(1[34]\d\d)(?!\d)")
ERA_YEAR = re.compile(rf"({'|'.join(_ERAS)})(\d{{1,2}}|元)年")


def thai_date(match: re.Match[str]) -> str:
    """A Thai date with its Buddhist-era year, four digits or the last two, in English."""
    year = int(match[3]) if len(match[3]) == 4 else 2500 + int(match[3])
    month = datetime(2000, _THAI_MONTHS[match[2]], 1).strftime("%B")
    return f"{match[1]} {month} {year - 543}"


def solar_date(match: re.Match[str]) -> str:
    """A solar-hijri date as the ISO form of its Gregorian day, or as written when there
    is no such day."""
    try:
        day = solar_hijri_day(int(match[3]), _SOLAR_MONTH[match[2]], int(match[1]))
    except ValueError:
        return match.group(0)
    return f"{day.isoformat()} "


def solar_hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of the solar hijri (Persian) calendar, by the 33-year
    arithmetic the Iranian calendar follows for the years of the web."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError("no such day")
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gregorian = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gregorian += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gregorian += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gregorian += (days - 1) // 365
        days = (days - 1) % 365
    return date(gregorian, 1, 1) + timedelta(days=days)


# Numeric dates of the calendar a language's pages count in, which only a page declaring
# the language is read in: Persian (and Dari and Pashto) pages' solar-hijri "1404/09/12",
# year first, and Thai pages' Buddhist-era "03/12/2568", day first. Their years are those
# of the web (1370 to 1409, 2530 to 2599): never a Gregorian year, nor a lunar-hijri one
# of the web (1415 on), which Arabic pages write in the same form.
_SOLAR_NUMERIC = re.compile(
    r"(?<!\d)(1(?:3[7-9]|40)\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)"
)
_THAI_NUMERIC = re.compile(r"(?<!\d)(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(25[3-9]\d)(?!\d)")


def _solar_numeric(value: str) -> str:
    def gregorian(match: re.Match[str]) -> str:
        try:
            day = solar_hijri_day(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return match.group(0)
        return day.isoformat()

    return _SOLAR_NUMERIC.sub(gregorian, value)


def _thai_numeric(value: str) -> str:
    return _THAI_NUMERIC.sub(lambda m: f"{m[1]}/{m[2]}/{int(m[3]) - 543}", value)


OWN_CALENDAR = {"fa": _solar_numeric, "ps": _solar_numeric, "prs": _solar_numeric}
OWN_CALENDAR["th"] = _thai_numeric


def gregorian_year(match: re.Match[str]) -> str:
    number = 1 if match[2] == "元" else int(match[2])
    return f"{_ERAS[match[1]] + number}年"

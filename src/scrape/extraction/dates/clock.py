"""The clock time a page writes next to a date, after it ("6 May 2025, 09:30",
"2024年12月12日 午後3時05分") or before it ("14:35, 3 декабря 2026"), with its zone; a day
read without a time is put at it (:func:`with_clock`); a UTC instant the page shows on
its own clock takes that clock's zone (:func:`as_shown`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from .grammar import ASCII_DIGITS, ZONES

# A clock time right after a written date, as bylines print it in most languages:
# "6 May 2025, 09:30", "19.10.2019 um 05:00 Uhr", "19 octobre 2019 à 05h00",
# "December 19, 2016 | 7:08pm", "6 maja 2025, godz. 09:30", "May 6 at 9:30 a.m. EDT",
# "3 Mac 2025 2:05 petang",
# "2024年12月12日(木) 午後3時05分", "2024년 12월 12일 오후 3:05", a weekday between the two
# ("03 Aralık 2026, Perşembe 14:35", "3 December 2026, Thursday 14:35"); the ordinal dot languages
# put after the year or day is the date's ("15. listopada 2024. u 08:30"), and so is the
# word "year" Polish, Russian and Ukrainian write after it ("3 grudnia 2024 r., godz. 14:35").
# The words before it are the languages' "at"; a zone after it is an abbreviation the
# grammar knows, a "GMT+2" / "UTC-05:00" offset or an ISO one ("+02:00").
_CLOCK = re.compile(
    r"""^[日일.]?[\s,|·•/@–—-]{0,4}
    (?:(?:r|roku|г|года|р|року)\.?,?\s+)?
    # A word there is a weekday, not the label of the next stamp on the line ("... March 1,
    # 2024 | Published 2:35 PM ...": that time is the next date's). The grammar's layer
    # reads no labels module (tests/extraction/test_extraction_layers.py): the stamp words
    # that stand there are listed here.
    (?!(?:published|updated|posted|modified|last|veröffentlicht|aktualisiert|erschienen|stand|
    publié|modifié|mis|actualizado|publicado|atualizado|pubblicato|aggiornato|gepubliceerd|
    bijgewerkt|opublikowano|zaktualizowano)\b)
    (?:(?P<weekday>[^\W\d_]{3,12})\.?,?\s+(?=\S{0,8}\s*\d))?
    (?:(?:at|um|à|a\s+las?|alle|ore|ora|om|kl\.?|klo|kello|godz\.?|в|saat|pukul|às|ás|o|о|v|ve|u|ob|στις)
    \s*)?
    (?:[(（]\w[)）]\s*)?(?P<cjk>午前|午後|上午|下午|오전|오후)?\s*
    (?P<h>[01]?\d|2[0-3])\s*(?:[:.]|h\s?|[時时시]\s?)\s*(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d.:]?\d)
    [分분]?
    (?:\s*(?P<ap>[ap])\.?\s?m\b\.?|\s+(?P<ms>pagi|petang|malam|tengah\s+hari)\b)?
    (?:\s*(?:Uhr|h|hrs?)\b)?
    (?:(?P<off>[+-]\d\d:?\d\d)|\s*(?:[(（]?(?P<gmt>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?)|\(?(?P<zone>[A-Z]{2,5})\b\)?))?""",
    re.IGNORECASE | re.VERBOSE,
)
_OFFSET = re.compile(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}?)(?::?(\d\d))?$", re.IGNORECASE)


def clock_after(text: str) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds or None) of a clock time opening
    ``text`` (what follows a date), or None when no time follows it."""
    match = _CLOCK.match(text.translate(ASCII_DIGITS))
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    half = match["ap"]
    if match["ms"]:
        # Malay and Indonesian after the time: "pagi" is the morning, the others p.m.
        half = "a" if match["ms"].casefold() == "pagi" else "p"
    if match["cjk"]:
        # Before the time in Chinese, Japanese and Korean: 午後 / 下午 / 오후 is p.m.
        half = "p" if match["cjk"] in {"午後", "下午", "오후"} else "a"
    if half:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    offset: int | None = None
    written = match["off"] or match["gmt"]
    if written:
        sign, hours, minutes = _OFFSET.match(written).groups()  # type: ignore[union-attr]
        offset = (int(hours) * 3600 + int(minutes or 0) * 60) * (-1 if sign == "-" else 1)
        if offset > 14 * 3600 or offset < -12 * 3600:
            offset = None
    elif match["zone"]:
        offset = ZONES.get(match["zone"])
    return hour, minute, int(match["s"] or 0), offset


# A clock time right before a written date, as some bylines print it ("6:05 PM GMT+1,
# December 2, 2026", "14:35, 3 декабря 2026", "6:40 AM EST, Tue November 5, 2024"): the
# time, up to a few letters of a half-day or zone, then separators and at most the
# weekday up to the date.
_CLOCK_BEFORE = re.compile(
    r"(?<![\d.:])((?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?!\d)[A-Za-z.\s()]{0,12}?(?:[+-]\d{1,2}(?::?\d\d)?)?)"
    r"[\s,|·•–—/-]*(?:,\s*[^\W\d_]{2,12}\.?,?\s*)?$"
)


def clock_before(text: str) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds or None) of a clock time closing
    ``text`` (what precedes a date), or None when none does. A time that follows another
    date ("3 Dec 2026 14:35 | 4 Dec 2026") is that date's."""
    text = text.translate(ASCII_DIGITS)
    match = _CLOCK_BEFORE.search(text[-40:])
    if match is None or text[-40:][: match.start()].rstrip(" ,|·•–—/-")[-1:].isdigit():
        return None
    return clock_after(match[1])


def midnight(value: datetime) -> bool:
    return (value.hour, value.minute, value.second) == (0, 0, 0)


# What sits between a date and its time in a byline: "3 May 2022 | 21:25", "3.5.2022 · 21:25".
SEPARATORS = " ,|·•/@–—-"


def with_clock(value: datetime, rest: str, lead: str = "") -> datetime:
    """``value``, a day without a time, at the clock time that follows it in the text
    (``rest``), else at the one that closes the text before it (``lead``)."""
    if value.tzinfo is not None or not midnight(value):
        return value
    clock = clock_after(rest) or (clock_before(lead) if lead else None)
    if clock is None:
        return value
    hour, minute, second, offset = clock
    zone = timezone(timedelta(seconds=offset)) if offset is not None else None
    return value.replace(hour=hour, minute=minute, second=second, tzinfo=zone)


def as_shown(best: datetime, shown: list[datetime]) -> datetime:
    """A UTC timestamp in the zone the byline shows it in: a time of the same instant, to
    the minute, in a zone it names ("Dec 2, 2024, 10:30 PM EST") or in a zone of the world
    (a zone-free "3 May 2022 21:25" beside a declared 2022-05-04T00:25Z) is the page's
    clock, and its day the page's day."""
    if best.utcoffset() != timedelta(0):
        return best
    for value in shown:
        if midnight(value):
            continue
        zone: tzinfo | None
        if value.tzinfo is None:
            zone = zone_between(value, best)
        elif value.utcoffset() and abs(value - best) < timedelta(minutes=1):
            zone = value.tzinfo
        else:
            zone = None
        if zone is not None:
            return best.astimezone(zone)
    return best


def zone_between(shown: datetime, instant: datetime, slack: float = 60) -> timezone | None:
    """The UTC offset in which the zone-free ``shown`` time is ``instant`` (to the minute
    a byline prints: ``slack`` seconds), or None when no zone of the world (whole or half
    hours) makes it so."""
    utc = instant.astimezone(UTC).replace(tzinfo=None)
    seconds = (shown - utc).total_seconds()
    whole = round(seconds / 1800) * 1800
    if not -12 * 3600 <= whole <= 14 * 3600 or abs(seconds - whole) > slack:
        return None
    return timezone(timedelta(seconds=whole))


_FARTHEST_SHIFT = 10


def on_shown_day(instant: datetime, day: datetime) -> datetime:
    """A UTC ``instant`` on the ``day`` a page shows for it without a clock ("06.09.2023"
    over 2023-09-05T22:14Z), where the two are a day apart: the page's day is its own, so
    the instant is put in the nearest whole-hour offset that makes it that day (the
    instant stays true; its zone is the least the day shows)."""
    if instant.utcoffset() != timedelta(0):
        return instant
    utc = instant.astimezone(UTC)
    seconds = utc.hour * 3600 + utc.minute * 60 + utc.second
    hours = None
    if day.date() == utc.date() + timedelta(days=1):
        hours = -(-(86400 - seconds) // 3600)
    elif day.date() == utc.date() - timedelta(days=1):
        hours = -(seconds // 3600 + 1)
    # A day that only a zone of the far Pacific would make is another date's (the first
    # post of a list), not this instant's.
    if hours is None or abs(hours) > _FARTHEST_SHIFT:
        return instant
    return utc.astimezone(timezone(timedelta(hours=hours)))

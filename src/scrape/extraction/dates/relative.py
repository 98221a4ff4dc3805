"""Relative dates ("3 hours ago", "vor 3 Stunden", "3時間前", "Gestern, 18:00 Uhr") in the
languages news is written in, read against the fetch time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from .common import Reading
from .months import MARKS

# "3 hours ago", "an hour ago", "2 days ago": what live news pages print instead of a date.
# Weeks and longer are left out: "2 weeks ago" spans days, and a wrong day is worse than none.
RELATIVE = re.compile(r"\b(\d{1,3}|an?|one)\s+(min(?:ute)?|h(?:ou)?r|day)s?\s+ago\b", re.IGNORECASE)
_RELATIVE_UNIT = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}


# The same in the other languages news is written in, in their ordinary words: the word for
# "ago" before the count (de, fr, es, pt, cs, ro, el, ar) or after the unit (it, nl, sv, da,
# no, pl, ru, uk, tr, fi, id, ja, zh, ko), or a unit that says it itself (hu "3 órája").
# A bare "for 3 days" is no date: Danish and Norwegian "for" counts only with "siden".
_UNIT_WORDS = {
    "m": "minute minuten minutes minutos minuto minuti minuut minuter minutter minutt minut"
    " minuty minutę minutami minutou минут минуту минуты хвилин хвилину хвилини dakika"
    " minuuttia perce λεπτά λεπτό menit دقيقة دقائق",
    "h": "stunde stunden heure heures hora horas ora ore uur timme timmar timer time godzin"
    " godziny godzinę hodinami hodinou час часа часов годин годину години saat tuntia órája"
    " oră ώρα ώρες jam ساعة ساعات",
    "d": "tag tagen jour jours día días dia dias giorno giorni dag dagen dagar dage dager døgn"
    " dni dzień dny dnem день дня дней дні днів gün päivää napja zi zile ημέρα ημέρες μέρα"
    " μέρες hari يوم أيام",
}
# The languages of South Asia (hi, ne, bn, as, or, ur, ta, te, ml, gu, pa), Persian, Thai,
# Vietnamese, Hebrew and Georgian, all with the word for "ago" after the unit but Hebrew,
# which puts it first ("לפני 3 שעות"); Marathi writes its "ago" into the unit ("3
# तासांपूर्वी").
_UNIT_WORDS["m"] += " मिनट मिनेट ମିନିଟ মিনিট منٹ دقیقه நிமிடம் நிமிடங்களுக்கு నిమిషాల నిమిషం"
_UNIT_WORDS["m"] += " മിനിറ്റ് મિનિટ ਮਿੰਟ นาที phút דקות דקה წუთის"
_UNIT_WORDS["h"] += " घंटे घंटा घण्टा ଘଣ୍ଟା ঘণ্টা گھنٹے گھنٹہ ساعت மணி గంటల గంట മണിക്കൂർ કલાક"
_UNIT_WORDS["h"] += " ਘੰਟੇ ਘੰਟਾ ชั่วโมง giờ שעות שעה საათის"
_UNIT_WORDS["d"] += " दिन दिनों ଦିନ দিন دن روز நாள் நாட்களுக்கு రోజుల రోజు ദിവസം દિવસ ਦਿਨ"
_UNIT_WORDS["d"] += " วัน ngày ימים დღის"
_AGO_UNITS = {"मिनिटांपूर्वी": "m", "तासांपूर्वी": "h", "दिवसांपूर्वी": "d"}
_SWAHILI_UNITS = {"dakika": "m", "saa": "h", "masaa": "h", "siku": "d"}
# Sinhala names the unit first too, the count's ending joined to it: "පැය 3කට පෙර" (3 hours ago).
_SINHALA_UNITS = {"මිනිත්තු": "m", "විනාඩි": "m", "පැය": "h", "දින": "d", "දවස්": "d"}
_UNIT_FIRST = _SWAHILI_UNITS | _SINHALA_UNITS
# Arabic and Hebrew write one unit without a count and two in the unit's dual ("منذ ساعة",
# "منذ ساعتين", "לפני שעתיים"): (count, unit) of each such word after "منذ" / "לפני".
_COUNTED_UNITS = {
    "دقيقة": (1, "m"),
    "دقيقتين": (2, "m"),
    "ساعة": (1, "h"),
    "ساعتين": (2, "h"),
    "يوم": (1, "d"),
    "يومين": (2, "d"),
    "דקה": (1, "m"),
    "שעה": (1, "h"),
    "שעתיים": (2, "h"),
    "יום": (1, "d"),
    "יומיים": (2, "d"),
}
_CJK_UNITS = {"分": "m", "分钟": "m", "분": "m", "時間": "h", "小时": "h", "小時": "h", "시간": "h"}
_CJK_UNITS |= {"日": "d", "天": "d", "일": "d"}
# "Heute, 08:35 Uhr", "Yesterday at 4:10 PM", "Hier à 18h30": a day named by its distance
# from the fetch (today, yesterday), with the time, opening its element; the time is what
# tells a stamp from "heute" in a headline.
_DAYS_BACK = dict.fromkeys(
    ("heute", "today", "aujourd'hui", "aujourd’hui", "hoy", "oggi", "hoje", "vandaag"), 0
)
_DAYS_BACK |= dict.fromkeys(("dzisiaj", "dziś", "idag", "i dag", "сегодня", "bugün"), 0)
# French "hier" only with its "à": German "hier um 18 Uhr" is "here at 6 pm".
_DAYS_BACK |= dict.fromkeys(("gestern", "yesterday", "hier à", "ayer", "ieri", "ontem"), 1)
_DAYS_BACK |= dict.fromkeys(("gisteren", "wczoraj", "igår", "i går", "вчера", "dün"), 1)
_UNIT_OF = {word: unit for unit, words in _UNIT_WORDS.items() for word in words.split()}
_UNIT_OF |= _CJK_UNITS | _AGO_UNITS
_SAYS_AGO = frozenset({"perce", "órája", "napja", *_AGO_UNITS})


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


RELATIVE_ANY = re.compile(
    rf"""(?:(?<!\w)(?:vor|il\s+y\s+a|hace|há|před|acum|πριν(?:\s+από)?|منذ|לפני)\s+)?
    (?<![\d月월./:-])(\d{{1,3}}|einer|einem|une|un|una|uma|um|o)\s*
    ({_alternatives([*_UNIT_OF.keys() - _CJK_UNITS.keys()])}|perce|órája|napja)
    (?:(?![\w{MARKS}])|(?=ที่แล้ว))
    # Tamil counts hours in "மணி நேரம்" (hour time) and declines the second word.
    (?:\s*(?:நேரத்துக்கு|நேரத்திற்கு|நேரம்))?
    (?:\s*(?P<ago>(?:fa|geleden|sedan|siden|temu|назад|тому|önce|sitten|(?:yang\s+)?lalu
      |पहले|अघि|আগে|আগতে|ପୂର୍ବରୁ|ପୂର୍ବେ|پہلے|قبل|پیش|முன்பு|முன்|క్రితం|മുമ്പ്|પહેલાં|પહેલા
      |ਪਹਿਲਾਂ|trước|წინ)(?![\w{MARKS}])
      |ที่แล้ว))?
    | (?<![\d月월./:-])(?P<count>\d{{1,3}})\s*(?P<cjk>{_alternatives(_CJK_UNITS)})\s*(?:前|전)
    | (?<!\w)(?:منذ|לפני)\s+(?P<counted>{_alternatives(_COUNTED_UNITS)})(?!\w)
    # Swahili and Sinhala name the unit first: "saa 3 zilizopita" (3 hours that have
    # passed), "පැය 3කට පෙර".
    | (?<!\w)(?P<sw>{_alternatives(_UNIT_FIRST)})\s+(?P<sw_count>\d{{1,3}})\s*
      (?:zilizopita|yaliyopita|iliyopita|(?:කට|ක)?\s*පෙර)(?![\w{MARKS}])
    | ^\s*(?P<day>{_alternatives(_DAYS_BACK)})\s*,?\s*(?:um|at|à|a\s+las|alle|às|om|o|kl\.?|в)?
      \s*(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})(?!\d)(?:\s*(?P<noon>[ap])\.?\s?m\b\.?)?""",
    re.IGNORECASE | re.VERBOSE,
)


def relative_date(match: re.Match[str], now: datetime) -> datetime:
    count = int(match[1]) if match[1].isdigit() else 1
    return now - count * _RELATIVE_UNIT[match[2][:1].casefold()]


def relative_any(match: re.Match[str], now: datetime) -> datetime | None:
    """The time a relative date of :data:`RELATIVE_ANY` names, or None when the words
    around the count do not say "ago" ("vor 3 Tagen" does, "3 Tage lang" does not)."""
    if match["day"]:
        return _day_and_time(match, now)
    if match["cjk"]:
        count, unit = match["count"], _CJK_UNITS[match["cjk"]]
    elif match["counted"]:
        number, unit = _COUNTED_UNITS[match["counted"]]
        return now - number * _RELATIVE_UNIT[unit]
    elif match["sw"]:
        count, unit = match["sw_count"], _UNIT_FIRST[match["sw"].lower()]
    else:
        word = match[2].lower()
        said = match.start(1) > match.start() or match["ago"] or word in _SAYS_AGO
        if not said:
            return None
        count, unit = match[1], _UNIT_OF.get(word, {"perce": "m", "órája": "h"}.get(word, "d"))
    number = int(count) if count.isdigit() else 1
    return now - number * _RELATIVE_UNIT[unit]


def _day_and_time(match: re.Match[str], now: datetime) -> datetime | None:
    """The time "Heute, 08:35" or "Yesterday at 4:10 PM" names: the fetch's day, or the
    one before, at the clock's time."""
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["noon"]:
        hour = hour % 12 + (12 if match["noon"].casefold() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    day = now - timedelta(days=_DAYS_BACK[" ".join(match["day"].casefold().split())])
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


AGO = Reading(RELATIVE, relative_date)
AGO_ANY = Reading(RELATIVE_ANY, relative_any)

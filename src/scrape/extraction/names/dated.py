"""Dates written in a byline, before or after the name ("Jane Doe | May 3, 2024",
"Dec. 19, 2025 · Jane Doe"): told apart from the name."""

from __future__ import annotations

import re

from ..dates.months import FOREIGN_MONTH_NAMES
from .shape import MONTHS, NOT_NAME_WORD

# A date by its shape in any language: day, month's word, year ("3 dicembre 2026"); an age
# in English ("3 hours ago").
_RUN_ON_DATE = re.compile(
    r"\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d\d\b|\d+\s+[^\W\d_]+\s+ago\b", re.IGNORECASE
)


def without_run_on_date(text: str) -> str:
    """``text`` without a date or a time run on after a name of two words or more with no
    sign between ("Por João Silva 03/12/2026 14h35", "di Mario Rossi 3 dicembre 2026"). A
    date the words before belong to ("Sun Dec 04, 2016") or a number in a name ("Bündnis
    90/Die Grünen") stays."""
    gap = re.search(r"\s+(?=\d)", text)
    if gap is None or len(text[: gap.start()].split()) < 2:
        return text
    tail = text[gap.end() :]
    if not (DATE_CHUNK.match(tail) or TIME_OR_YEAR.match(tail) or _RUN_ON_DATE.match(tail)):
        return text
    date = DATE_CHUNK.search(text)
    return text if date and date.start() < gap.start() else text[: gap.start()]


# The same after the post's date ("Posted on May 3, 2024 by Jane Doe", "06.11.2023 13:30 von
# Olga"): what comes before the "by" is a date, so what follows is the writer.
_DATED_BY = re.compile(
    r"^(?P<lead>.{4,60}?)\s(?:by|von|par|por|di|door|av|af)\s*:?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

TIME_OR_YEAR = re.compile(r"\b\d{1,2}[:.]\d\d\b|(?<!\d)(?:19|20)\d\d(?!\d)")

# What a date's lead-in says besides the date: "Posted on", "Publié le", "Veröffentlicht am".
_DATE_LEAD_WORDS = frozenset(
    [
        "posted",
        "published",
        "updated",
        "written",
        "on",
        "at",
        "am",
        "um",
        "uhr",
        "le",
        "el",
        "il",
        "de",
        "del",
        "der",
        "den",
        "the",
        "geschrieben",
        "erstellt",
        "verfasst",
        "veröffentlicht",
        "eingestellt",
        "aktualisiert",
        "publié",
        "écrit",
        "mis",
        "à",
        "jour",
        "publicado",
        "escrito",
        "actualizado",
        "pubblicato",
        "scritto",
        "aggiornato",
        "publiziert",
        "erschienen",
        "stand",
        "atualizado",
        "gepubliceerd",
        "bijgewerkt",
        "publicerad",
        "uppdaterad",
        "publisert",
        "oppdatert",
        "udgivet",
        "opdateret",
        "julkaistu",
        "päivitetty",
        "opublikowano",
        "zaktualizowano",
        "publikováno",
        "aktualizováno",
    ]
)

_MONTH_WORDS = frozenset(
    w for names in FOREIGN_MONTH_NAMES.values() for w in names.casefold().split()
)


def date_only(lead: str) -> bool:
    """Whether ``lead`` is a date and nothing else: its numbers, month and weekday names and
    lead-in words ("Posted on September 21, 2020", "06.11.2023 13:30"), not a sentence with
    a year in it ("In 2020 the firm was bought")."""
    if not (DATE_CHUNK.search(lead) or _YEAR.search(lead)):
        return False
    words = re.findall(r"[^\W\d_]+", lead.casefold())
    return all(
        w in _DATE_LEAD_WORDS or w in _MONTH_WORDS or NOT_NAME_WORD.fullmatch(w) for w in words
    )


def dated_by(text: str) -> re.Match[str] | None:
    """A "by" after a date that leads the line, as the match of everything up to the name."""
    lead = _DATED_BY.match(text)
    return lead if lead and date_only(lead["lead"]) else None


# What bylines put next to the name: a date, a reading time.
DATE_CHUNK = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})[a-z]*"
    # Year first, as East Asian and Hungarian dates are written ("2026.12.04", "2026年12月4日"),
    # and the day and month spaced as Czech and Slovak write them ("4. 12. 2026").
    rf"|\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}|\d{{4}}年\s?\d{{1,2}}月\s?\d{{1,2}}日"
    rf"|\d{{1,2}}\.\s\d{{1,2}}\.\s\d{{4}}"
    rf"|\d+\s*min(?:ute)?s?\s+read)",
    re.IGNORECASE,
)

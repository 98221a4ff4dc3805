"""Lines of the article's header that are none of its text: date lines, bylines, reading
times, view counts, affiliate notices; and the stamp that dates the text where it ends."""

from __future__ import annotations

import re

from ..dates.grammar import TEXT_DATE
from ..dates.labels import says_published, says_updated
from ..dom import text_width
from ..names import BY
from .common import COMMISSION, LINE_WORDS

_HEADER_DEBRIS = re.compile(
    r"^(?:by|posted|published|updated|last\s+updated|(?:estimated\s+)?reading\s+time)\b|"
    # The same labels in the languages the date search reads ("Publié le", "Aktualisiert
    # am"): what is left of a date line once its <time> element is gone.
    r"^(?:publiée?|mis\s+à\s+jour|veröffentlicht|aktualisiert|publicad[oa]|actualizad[oa]|"
    r"atualizad[oa]|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt|publicerad|"
    r"uppdaterad|publisert|oppdatert|publiceret|opdateret|opublikowano|zaktualizowano|"
    r"publikováno|aktualizováno|опубликовано|обновлено)\b|"
    r"\b\d+\s+min(?:ute)?s?\s+read\b|^min(?:ute)?s?\s+read$|^\d[\d,.]*(?:\s+(?:views|reads))?$"
)


# Disclosures set above the text: "affiliate links", "we may earn a commission".
_DISCLOSURE = re.compile(rf"\b(?:affiliate\s+links?|{COMMISSION}|paid\s+promotion)\b")


def is_header_debris(norm: str) -> bool:
    """A date line, reading time, view count or affiliate notice in the article header."""
    if len(norm) <= 60 and (_HEADER_DEBRIS.search(norm) or TEXT_DATE.search(norm)):
        return True
    return len(norm.split()) <= 60 and _DISCLOSURE.search(norm) is not None


_BYLINE = re.compile(
    r"^(?:by|posted|written|published|updated|last\s+updated|reviewed|from)\b|"
    r"\b\d+\s+min(?:ute)?s?\s+read\b|"
    # A by-word in any language with no name after it ("von , 8.5.12"): what is left of a
    # byline once the writer's element is taken.
    rf"^(?:{BY})\s*(?:[,|·•:–—-]|$)"
)


def is_byline(norm: str, names: frozenset[str]) -> bool:
    """A short line above the text naming the author or the date: header debris. Short as
    read in Latin letters: a Korean lead paragraph opening with its writer's name
    ("(서울=연합뉴스) 김민수 기자 = ...") is a paragraph in a third of the characters."""
    if text_width(norm) > 120:
        return False
    if _BYLINE.search(norm) or _is_date_line(norm):
        return True
    return any(name and name in norm for name in names)


def is_dated_byline(norm: str, names: frozenset[str]) -> bool:
    """A short line naming the author and dating the story, wherever the header sets it
    (between the standfirst and the text: "Von Anna Roth und Jan Linz · 17. August 2024,
    18:20 Uhr · Aktualisiert am ...")."""
    return (
        text_width(norm) <= 120
        and _is_date_line(norm)
        and any(name and name in norm for name in names)
    )


def _is_date_line(norm: str) -> bool:
    """A date with a few words around it ("Updated March 31, 2021 at 10:00") or among
    fields set apart by bars ("Published: 05.01.2020 | Filed under: ... | Tags: ..."); a
    sentence holding a date ("The airline joins the alliance on March 31, 2021.") is the
    text's first paragraph."""
    found = TEXT_DATE.search(norm)
    if found is None:
        return False
    if any(bar in norm for bar in _FIELD_BARS):
        return True
    return len(norm[: found.start()].split()) + len(norm[found.end() :].split()) < LINE_WORDS


_FIELD_BARS = ("|", "·", "•")


def is_stamp_line(text: str) -> bool:
    """A short line that only dates the story, as pages close it: a publication or update
    label, the date and its time at most ("Stand: 05.11.2024, 14:35 Uhr", "Erstellt am
    05.11.2024", "Last updated on November 5, 2024")."""
    if len(text.split()) > LINE_WORDS:
        return False
    found = TEXT_DATE.search(text)
    if found is None or _CLOCK_ONLY.match(text, found.end()) is None:
        return False
    lead = text[: found.start()]
    return says_published(lead) or says_updated(lead) or _AS_OF.search(lead) is not None


# What may follow a stamp's date: its time ("14:35 Uhr", ", 2:35 p.m.", "um 09:30", "à 14h35").
_CLOCK_ONLY = re.compile(
    r"[\s,|]*(?:(?:um|at|à|a\s+las|alle|om|kl\.?)\s+)?"
    r"(?:\d{1,2}(?:[:.h]\d\d)(?::\d\d)?\s*(?:uhr|h|[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?)?\W*$",
    re.IGNORECASE,
)
# German "Stand:" (as of), which dates the version shown.
_AS_OF = re.compile(r"\bstand\s*:?\s*$", re.IGNORECASE)

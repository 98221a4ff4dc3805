"""The words and marks that label a date: "Originally published on ..." and "Posted on ..."
in the page's text (:func:`labelled_dates`); "Updated ..." and the markup of a modification
time, which make a date no publication date.
"""

from __future__ import annotations

import re
from datetime import datetime

from ahocorasick_rs import AhoCorasick
from selectolax.lexbor import LexborNode

from .grammar import TEXT_DATE, DayFirst, parse_date

_DATE_SRC = TEXT_DATE.pattern
# "This article was originally published on 26 Sep 2019 but has been updated": the page
# says outright which date is the first publication, wherever it says it.
_ORIGINALLY = re.compile(
    rf"""\b(?:originally|first)\s+(?:published|posted|appeared)(?:\s+(?:on|in))?\s*:?\s*
    (?:the\s+|\w+,\s+)?({_DATE_SRC})""",
    re.IGNORECASE | re.VERBOSE,
)
# A publication's label before its date, in the languages of the press ("Posted on",
# "Published:", "Veröffentlicht am", "Publié le").
_PUBLICATION_LABEL = r"""\b(?:published|posted|publicad[oa]|publiée?|veröffentlicht|pubblicat[oa]
      | gepubliceerd|gepostet|erschienen|publiziert|erstellt|geplaatst|publicerad|publisert
      | publiceret|opublikowano|publikováno|опубликовано)
    (?:\s+(?:on|el|em|le|am|il|op|den|dnia|dne))?\s*:?\s*"""
# "Posted on April 13, 2023" / "Published: 13.04.2023" in a post's footer or header.
_POSTED = re.compile(rf"{_PUBLICATION_LABEL}(?:\w+,\s+)?({_DATE_SRC})", re.IGNORECASE | re.VERBOSE)
# German puts the participle last: "Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr
# gepostet", "... am Mittwoch, 19. Mai 2010 veröffentlicht", "am Mittwoch, den 27. ...".
_POSTED_LAST = re.compile(
    rf"""\bam\s+(?:\w+,?\s+)?(?:den\s+)?({_DATE_SRC})(?:,?\s+(?:um\s+)?\d{{1,2}}[:.]\d\d(?:\s*Uhr)?)?
    \s+(?:gepostet|veröffentlicht|publiziert|erschienen|erstellt)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# The label words above without their first letter (es/pt, fr, de, it, nl, sv, no, da,
# pl, cs, ru after English), so either case of that letter is found without lower-casing
# the whole text (scripts included, it can run to megabytes); found all in one pass.
_LABEL_TAILS = (
    "ublished",
    "osted",
    "ppeared",
    "ublicad",
    "ublié",
    "eröffentlicht",
    "ubblicat",
    "epubliceerd",
    "epostet",
    "rschienen",
    "ubliziert",
    "rstellt",
    "eplaatst",
    "ublicerad",
    "ublisert",
    "ubliceret",
    "publikowano",
    "ublikováno",
    "публиковано",
)

_LABEL_WORDS = AhoCorasick([*_LABEL_TAILS, *(tail.upper() for tail in _LABEL_TAILS)])


def labelled_dates(text: str, order: DayFirst = None) -> tuple[list[datetime], list[datetime]]:
    """(original, posted): dates the page's visible text labels as its publication.

    "Originally published on ..." wherever it is said; "Posted on ..." only when every such
    label on the page names the same day (several days mean a list of posts).
    """
    original: list[datetime] = []
    posted: list[datetime] = []
    # The regexes run only around the label words: over a whole page they are slow.
    for _, at, _ in _LABEL_WORDS.find_matches_as_indexes(text):
        # Markup indentation survives in the text: normalise only this window.
        window = " ".join(text[max(0, at - 80) : at + 200].split())
        for regex, into in ((_ORIGINALLY, original), (_POSTED, posted), (_POSTED_LAST, posted)):
            match = regex.search(window)
            parsed = parse_date(match.group(1), order) if match else None
            if parsed is not None:
                into.append(parsed)
    days = {d.date() for d in posted}
    return original, posted[:1] if len(days) == 1 else []


# A label right before a shown date that makes it an update stamp, not the first publication:
# the languages' ordinary words for "updated" (en, de, es, pt, it, nl, fr; sv, da, no, fi;
# pl, cs, sk, hr/sr/bs, sl; hu, ro, el, ru, uk, bg, tr, id/ms, ca, vi, ar, he; th, hi).
# Chinese and Japanese only in the forms that stand before a date ("更新時間：", "更新：",
# "更新日", "最終更新", "更新于"): a bare "更新" follows its date as often ("2019年3月8日
# 更新"), where it would mark the next date. Korean bylines put "수정" and "업데이트"
# before theirs ("입력 2024.05.01 09:00 수정 2024.05.02 10:15").
UPDATED_LABEL = re.compile(
    r"""(?:(?:updated|modified|edited|revised|reviewed|refreshed|aktualisiert|geändert
      | actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|gewijzigd|actualisée?|modifiée?
      | actualizaci[óo]n|atualiza[çc][ãa]o|aggiornamento
      | mis\s+à\s+jour|mise\s+à\s+jour
      | uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|päivitys
      | aktualizacja|zaktualizowano|aktualizováno|aktualizované|aktualizace|ažurirano|posodobljeno
      | frissítve|frissítés|módosítva|actualizat[ăa]?|actualizare|ενημερώθηκε|ενημέρωση
      | обновлено|обновлена|обновление|оновлено|оновлення|актуализирана|актуализирано
      | güncellendi|güncelleme|güncellenme|diperbarui|pembaruan|dikemaskini|actualitzat
      | cập\s+nhật|تحديث|עודכן|อัปเดต|ปรับปรุง|अपडेटेड|अपडेट|अद्यतन
      | 更新[時时][間间]|更新日時?|最[終终后後]更新|更新[于於]|更新(?=\s*[:：])|수정|업데이트)\b
    )(?:[^\d]{0,12}
    # The time before the day, as American bylines write it ("Updated 9:10 AM EST, Wed
    # December 4, 2024"), or after a word ("Atualizado às 09:15 | 15/04/2024").
      | [^\d]{0,6}\d{1,2}[:.h]\d\d(?:\s*[ap]\.?\s?m\.?)?[^\d]{0,16}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# How far before a date its "Updated" label can start: the label, then a few letters or a
# clock time and a few more.
_LABEL_REACH = 80


# The same label in Chinese, Japanese and Korean, only in the forms that stand before a date
# ("发布时间：", "發布於", "公開日", "입력 :"): a bare "發布", "公開" or "입력" follows its date
# as often ("2024/05/01 09:00 發布 2024/05/02 10:15 更新"). Not inside brackets or after
# other words: a translation's "原文(投稿日：2019/02/16)" dates the original.
_CJK_PUBLICATION_LABEL = r"""(?<![(（\w])(?:(?:发布|發布|发表|發表)(?:时间|時間|日期|于|於)
      | (?:公開|配信|掲載|投稿)日時?
      | (?:发布|發布|发表|發表|刊登|公開|配信|掲載|投稿|입력|등록|게재)(?=\s*[:：]))
    \s*[:：]?\s*"""
# The label right before a shown date, a weekday between allowed.
_PUBLISHED_LABEL = re.compile(
    rf"(?:{_PUBLICATION_LABEL}(?:\w+,?\s+)?|{_CJK_PUBLICATION_LABEL})$",
    re.IGNORECASE | re.VERBOSE,
)


def says_published(lead: str) -> bool:
    """Whether ``lead``, the text just before a date, ends with a publication's label."""
    return _PUBLISHED_LABEL.search(lead[-_LABEL_REACH:]) is not None


# The site's "today" said in words before the day ("Heute ist Donnerstag, 17. Oktober 2024",
# "Today is Monday, May 6"): the visit's day, never the article's.
_TODAY_LABEL = re.compile(
    r"(?:heute\s+ist|today\s+is|aujourd['’]hui(?:\s+nous\s+sommes|\s+c['’]est)?|hoy\s+es|"
    r"oggi\s+è|hoje\s+é|vandaag\s+is|dziś\s+jest|dzisiaj\s+jest|idag\s+är|i\s+dag\s+er)"
    r"\s*,?\s*(?:[^\W\d_]+\s*,?\s*)?$",
    re.IGNORECASE,
)


def says_today(lead: str) -> bool:
    """Whether ``lead``, the text just before a date, names it the day of the visit."""
    return _TODAY_LABEL.search(lead[-_LABEL_REACH:]) is not None


def says_updated(lead: str) -> bool:
    """Whether ``lead``, the text just before a date, ends with an "Updated" label; only its
    end is searched, since the pattern is tried at every character."""
    return UPDATED_LABEL.search(lead[-_LABEL_REACH:]) is not None


# class/id/itemprop tokens that call an element the modification time ("updated",
# "date-modified", Drupal's "field--name-changed"). WordPress writes "published updated" on
# the one <time> of a post never edited: a publication token outweighs them.
_MODIFIED_MARK = re.compile(
    r"(?:^|[\s_-])(?:updated|modified|changed|date-?modified|last-?(?:updated|modified))(?=$|[\s_-])"
)
_PUBLISHED_MARK = re.compile(
    r"(?:^|[\s_-])(?:published|pubdate|date-?published|posted-?on|post-?date)(?=$|[\s_-])"
)


def marked_modified(node: LexborNode | None) -> bool:
    """The element or its parent is marked up as the modification time, not the publication."""
    for element in (node, node.parent if node is not None else None):
        if element is None or element.tag in {"body", "html"}:
            return False
        attrs = element.attributes
        names = " ".join(attrs.get(key) or "" for key in ("class", "id", "itemprop")).casefold()
        if _PUBLISHED_MARK.search(names):
            return False
        if _MODIFIED_MARK.search(names):
            return True
    return False

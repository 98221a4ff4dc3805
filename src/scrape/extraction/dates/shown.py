"""Dates written in the visible text just above and below the headline
(:func:`shown_dates`), relative stamps ("3 hours ago") and days without their year among
them (:func:`relative_published`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import UNSHOWN_TAGS, ancestors, text_width
from .clock import SEPARATORS, with_clock
from .common import Reading, node_text
from .furniture import in_furniture, other_matter
from .grammar import ASCII_DIGITS, TEXT_DATE, DayFirst, parse_date
from .labels import marked_modified, says_published, says_today, says_updated
from .relative import AGO, AGO_ANY
from .yearless import render_time, year_left_out

# Text that is never shown to the reader, nor a date when it is (a <select>'s options).
_HIDDEN = UNSHOWN_TAGS | {"title", "option"}


@dataclass(frozen=True)
class ShownDate:
    """A date written in the page's visible text near its headline."""

    value: datetime
    distance: int  # characters between the headline and the date
    after: bool  # below the headline (bylines) rather than above it (kickers)
    updated: bool  # labelled "Updated ..." / "Last modified ..."
    labelled: bool = False  # labelled as the publication ("Veröffentlicht am", "Published:")
    relative: bool = False  # "vor 9 Std.", "3 hours ago": an instant, no day the reader sees


def relative_published(
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    now: datetime,
    language: str | None = None,
) -> datetime | None:
    """The time a relative stamp by the headline names, in any of the languages news is
    written in ("vor 3 Stunden", "il y a 2 heures", "3 часа назад", "3時間前"), read against
    the fetch time; else the day a byline writes without its year ("3.12. 14:35", a month
    named in the page's ``language``), in the year the page was put together: the last
    resort of a page that dates itself no other way. A stamp labelled "Updated" counts only
    when no other is shown."""
    found = shown_dates(tree, headline, now=now, relative=AGO_ANY)
    if not found and tree.body is not None:
        yearless = year_left_out(language)
        found = shown_dates(tree, headline, now=now, relative=yearless)
        # The page's text is read for its year only when it shows such a day.
        rendered = render_time(tree.body.text(separator=" "), now) if found else now
        if rendered != now:
            found = shown_dates(tree, headline, now=rendered, relative=yearless)
    return next((d for d in found if not d.updated), found[0]).value if found else None


def shown_dates(
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    before: int = 250,
    after: int = 700,
    day_first: DayFirst = None,
    now: datetime | None = None,
    relative: Reading = AGO,
) -> list[ShownDate]:
    """Dates in the visible text just above and below the headline, nearest first.

    Readers date an article by what its header shows ("March 4, 2025", "Published Oct 14",
    "Last updated: Dec 4"), and sites put it above the headline as often as in the byline
    under it. The window is short so the dates of other posts further down (related lists,
    comments) stay out; text inside site furniture (the header's "today", sidebars) is
    skipped. With ``now`` (the fetch time), a relative "3 hours ago" counts as a date too.
    """
    body = tree.body
    if body is None or headline is None or not _inside(headline, body):
        return []
    head_len = len(" ".join(headline.text(deep=True).split()))
    # Offsets count from the headline's start; above it, only the last ``before``
    # characters matter, so they are read backwards from the headline, not from the top.
    start = 0
    pieces: list[tuple[int, str, LexborNode]] = []  # (offset, text, its element)
    reach = 0
    # Above a headline in the page's <main>, the text outside it is the site's (a bar with
    # its "today", whatever its class), never the article's byline.
    above = list(ancestors(headline))
    main = next((a for a in above if a.tag == "main"), None)
    for node in _text_nodes_before(headline, main or body):
        piece = _shown_piece(node)
        if piece is None:
            continue
        if reach + 1 > before:
            break
        reach += len(piece[0]) + 1
        pieces.append((start - reach, *piece))
    pieces.reverse()
    offset = start
    for node in _text_nodes_from(headline, body):
        piece = _shown_piece(node)
        if piece is None:
            continue
        pieces.append((offset, *piece))
        offset += len(piece[0]) + 1
        if offset > start + head_len + after:
            break
    end = start + head_len
    line = {a.mem_id for a in above}
    found: list[ShownDate] = []
    for index, (piece_start, text, element) in enumerate(pieces):
        if piece_start + len(text) <= start - before or start <= piece_start < end:
            continue
        matches = list(TEXT_DATE.finditer(text))
        ago = not matches and now is not None
        if ago:
            matches = relative.find(text)
        if not matches:
            continue
        if in_furniture(element, line) or other_matter(element, line):
            continue
        for match in matches:
            if _in_prose(element, text, match.start(), match.end()):
                continue
            if ago and now is not None:
                # "<abbr title="2011-08-25T01:40:40Z">1 hr ago</abbr>": the stamp was
                # relative to when the page was rendered, which the attribute gives.
                value: datetime | None = machine_time(element) or relative.read(match, now)
            else:
                value = _with_zone(parse_date(match.group(0), day_first), element)
                # The time may follow in the same text or in the next element
                # ("<time>3 May 2022</time><time>21:25</time>").
                rest = text[match.end() :]
                if not rest.strip(SEPARATORS) and index + 1 < len(pieces):
                    rest += " " + pieces[index + 1][1]
                opening = text[: match.start()]
                value = with_clock(value, rest, opening) if value is not None else None
            if value is None:
                continue
            where = piece_start + match.start()
            below = where >= end
            distance = where - end if below else start - where
            if distance > (after if below else before):
                continue
            # The label may sit in a sibling element ("<span>Updated</span> <time>...").
            lead = _text_before(pieces, piece_start, text[: match.start()])
            if says_today(lead):
                continue
            stamp = says_updated(lead) or marked_modified(element)
            found.append(
                ShownDate(value, distance, below, stamp, not stamp and says_published(lead), ago)
            )
    # A date the page labels as its publication beats a nearer unlabelled one: the site's
    # "today" over its logo may stand closer to the headline than the byline does.
    found.sort(key=lambda d: (not d.labelled, d.distance))
    return found


def _inside(node: LexborNode, body: LexborNode) -> bool:
    return node.mem_id == body.mem_id or any(a.mem_id == body.mem_id for a in ancestors(node))


def _shown_piece(node: LexborNode) -> tuple[str, LexborNode] | None:
    """A text node's text as the reader sees it (whitespace collapsed, digits in ASCII), with
    its element; None for the markup's indentation and for text never shown."""
    raw = node.text_content
    # Most text nodes are the markup's indentation.
    if not raw or raw.isspace():
        return None
    parent = node.parent
    if parent is None or parent.tag in _HIDDEN:
        return None
    text = " ".join(raw.split()).translate(ASCII_DIGITS)
    return (text, parent) if text else None


def _text_nodes_before(node: LexborNode, body: LexborNode) -> Iterator[LexborNode]:
    """The text nodes of ``body`` before ``node`` in document order, nearest first."""
    current: LexborNode | None = node
    while current is not None and current.mem_id != body.mem_id:
        sibling = current.prev
        while sibling is not None:
            # The sibling's subtree backwards: children pushed first to last, popped last first.
            stack = [sibling]
            while stack:
                item = stack.pop()
                if item.is_text_node:
                    yield item
                    continue
                child = item.child
                while child is not None:
                    stack.append(child)
                    child = child.next
            sibling = sibling.prev
        current = current.parent


def _text_nodes_from(node: LexborNode, body: LexborNode) -> Iterator[LexborNode]:
    """The text nodes of ``body`` from ``node`` on, in document order."""
    current: LexborNode | None = node
    yield from (n for n in node.traverse(include_text=True) if n.is_text_node)
    while current is not None and current.mem_id != body.mem_id:
        sibling = current.next
        while sibling is not None:
            yield from (n for n in sibling.traverse(include_text=True) if n.is_text_node)
            sibling = sibling.next
        current = current.parent


# A block of running text: a date in it, past its opening words, is part of a sentence.
_PROSE_CHARS = 200
_OPENING_CHARS = 60
# More text than a byline puts after its date: the date is part of the sentence that follows.
_SENTENCE_AFTER = 60
# Words in small letters, as a sentence's verbs, articles and prepositions are written.
_SMALL_WORD = re.compile(r"(?<![\w.])[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω][^\W\d_]+(?![\w.])")
_SENTENCE_WORDS = 3


def _sentence(rest: str) -> bool:
    """Whether the text after a date holds a sentence's small words."""
    return len(_SMALL_WORD.findall(rest)) >= _SENTENCE_WORDS


_DATELINE_DASH = re.compile(r"[–—|-]+\s")


def _in_prose(element: LexborNode, text: str, at: int, end: int | None = None) -> bool:
    """Whether a date at ``at`` of ``text`` (a text node of ``element``) sits in a sentence of
    a paragraph rather than in a byline: a long run of text, a sentence running on after the
    date in the same text ("On 12 November 2026 the council ..."), or a long block of text past
    its opening words (a byline's name and date can open the block that holds the article). A
    dateline that opens the text ("Karlsruhe, (12.11.2021). The ...", "12.11.2021 – The ...")
    is the report's own."""
    block = element
    for anc in (element, *ancestors(element)):
        if anc.tag in {"p", "li", "dd", "td", "div", "section", "article", "body"}:
            block = anc
            break
    if _dateline(text[:at]) and node_text(block).startswith(text[:at].strip()):
        return False
    if len(text) > _PROSE_CHARS:
        return True
    # A byline's date is followed by little more than its time, a separator and a name.
    rest = text[end:].strip() if end is not None else ""
    # ... unless it is the report's dateline ("Feb. 23, 2015 -- Life-threatening ...").
    dateline = _DATELINE_DASH.match(rest) is not None
    if not dateline and text_width(rest) > _SENTENCE_AFTER:
        return True
    if not dateline and rest.endswith((".", "!", "?")) and _sentence(rest):
        # ... or a short sentence running on to its full stop ("Seit dem 1. Januar 2025
        # kostet eine Tonne CO2 beim Heizen 55 statt 45 Euro."): a byline's time, name or
        # reading time holds no such words.
        return True
    if block.tag in {"body", "article", "section"}:
        return False
    whole = node_text(block)
    if len(whole) <= _PROSE_CHARS:
        return False
    where = whole.find(text[:40]) + at
    # Counted from the end of a heading the block opens with (a kicker and the headline
    # in the one block that holds the article, as old templates set it).
    opened = 0
    for heading in block.css("h1, h2, h3")[:3]:
        shown = node_text(heading)
        found = whole.find(shown) if shown else -1
        if found >= 0 and found + len(shown) <= where:
            opened = found + len(shown)
    return where - opened > _OPENING_CHARS


# The place a report is filed from, then the date: "Karlsruhe, (", "BERLIN/", "New York, ".
_DATELINE_PLACE = re.compile(r"^([^\W\d_][\w.'-]*(?:[ -][^\W\d_][\w.'-]*){0,2})\s*[,/(]\s*\(?$")


def _dateline(lead: str) -> bool:
    """Whether ``lead``, the text before a date, is a dateline's place: one to three words,
    each capitalised, as news reports and press releases open in every Latin and Cyrillic
    script ("began on Monday, " is a sentence)."""
    match = _DATELINE_PLACE.match(lead.strip())
    return match is not None and all(word[:1].isupper() for word in re.split(r"[ -]", match[1]))


def _text_before(pieces: list[tuple[int, str, LexborNode]], piece_start: int, head: str) -> str:
    earlier = [t for s, t, _ in pieces if s < piece_start][-3:]
    return (" ".join(earlier) + " " + head)[-40:]


# A timestamp in full, as a machine writes it: a day and a clock time at least.
_ISO_STAMP = re.compile(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d")


def machine_time(element: LexborNode | None) -> datetime | None:
    """The time an element gives for machines beside the text it shows: a <time>'s
    ``datetime``, or a timestamp in full in its ``title`` (an ``<abbr>`` of microformats
    and of "timeago" scripts, which replace the text with "2 hours ago")."""
    if element is None:
        return None
    attrs = element.attributes
    if element.tag == "time":
        return parse_date(attrs.get("datetime"))
    title = attrs.get("title")
    return parse_date(title) if title and _ISO_STAMP.match(title) else None


def _with_zone(value: datetime | None, element: LexborNode | None) -> datetime | None:
    """The machine-readable time of the element when it names the same day.

    It carries the time and zone the text leaves out; a day apart means the attribute
    was written in another zone than the one shown, and the reader's day wins.
    """
    if value is None:
        return value
    attr = machine_time(element)
    if attr is None:
        return value
    if attr.date() == value.date():
        return attr
    # Days apart, no zone explains it: the text is another date (a creation or edit day)
    # and the attribute is what the element declares; the header search reads it.
    return value if abs(attr.date() - value.date()) <= timedelta(days=1) else None

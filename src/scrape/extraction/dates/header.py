"""The <time> elements of the article's header: its first and updated dates
(:func:`header_times`).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ancestors
from .clock import SEPARATORS, as_shown, midnight, on_shown_day, with_clock
from .common import node_text
from .declared import of_the_article
from .furniture import in_furniture, other_matter, other_post
from .grammar import ASCII_DIGITS, TEXT_DATE, DayFirst, parse_date
from .labels import marked_modified, says_updated


def header_times(
    tree: LexborHTMLParser, headline: LexborNode | None, order: DayFirst = None
) -> tuple[list[datetime], list[datetime], list[datetime]]:
    """(first, updated, dayless) dates of the <time> elements in the article header;
    ``dayless``: those whose text shows the reader no day ("vor 9 Std.", nothing).

    The header is the smallest ancestor of the headline that holds a date-ish element; a
    <time> there dates the article unless a label calls it an update. Microdata
    ``datePublished`` counts wherever it sits outside furniture. Without a headline, the
    page's <article> stands in for the header, or its <main> when it has no <article>.
    """
    line = {a.mem_id for a in ancestors(headline)} if headline is not None else set()
    first: list[datetime] = []
    updated: list[datetime] = []
    dayless: list[datetime] = []
    marked = []
    for node in tree.css('[itemprop="datePublished"]')[:20]:
        attrs = node.attributes
        raw = attrs.get("content") or attrs.get("datetime") or node_text(node)
        parsed = parse_date(raw, order)
        if parsed is not None and of_the_article(node) and not in_furniture(node, line):
            if node.tag == "time" and parsed.utcoffset() == timedelta(0):
                parsed = _shown_by(node, parsed, order)
            marked.append(parsed)
    # Outside furniture, several days still mean a list of posts (a blog's index).
    if len({d.date() for d in marked}) == 1:
        first.append(marked[0])
    # Not an <article> that is another post: a "related-post-card", or one in a "read-next"
    # block. Only such names count: layout classes around the page's own article
    # ("sidebar-fixed") say nothing of it.
    own = (node for node in tree.css("article")[:20] if not other_post(node))
    scope = _article_header(headline) or next(own, None)
    if scope is None and headline is None:
        scope = tree.css_first("main, [role=main]")
    if scope is None:
        return first, updated, dayless
    if headline is None:
        # The stand-in holds the article as the headline's ancestors do: a layout class of
        # the blocks around it ("m-article--sidebar-right") says nothing of its dates.
        line = {a.mem_id for a in (scope, *ancestors(scope))}
    for node in scope.css("time")[:10]:
        if in_furniture(node, line, stop=scope) or other_matter(node, line):
            continue
        text = node_text(node)
        digits = text.translate(ASCII_DIGITS)
        written = TEXT_DATE.search(digits)
        # Of the text, the written date alone: a label before it ("Opublikowano: 03.12.2025")
        # turns the date parser to month first, and a time after it is the clock's to read
        # ("14時35分", "오후 2:35"), which the date parser reads to the hour or not at all.
        shown = written.group(0) if written else text
        machine = parse_date(node.attributes.get("datetime"), order)
        parsed = machine or parse_date(shown, order)
        if parsed is None:
            continue
        rest = digits[written.end() :] if written else ""
        if not rest.strip(SEPARATORS):
            rest += " " + _text_after(node)
        parsed = with_clock(parsed, rest)
        if machine is not None and machine.utcoffset() == timedelta(0):
            parsed = _on_shown_clock(machine, shown, rest, order)
        if written and midnight(parsed) and parsed.tzinfo is None:
            # A time the clock reading misses ("14:35, 3 декабря", "3 grudnia 2026 r., godz.
            # 14:35"): the date parser's reading of the whole text, when it names that day.
            whole = parse_date(text, order)
            if whole is not None and whole.date() == parsed.date():
                parsed = whole
        # The label may sit inside the <time> too: "<time>Last Updated: Dec 17, 2025</time>".
        lead = _label_before(node) + " " + re.split(r"\d", text, maxsplit=1)[0]
        if not written and machine is not None:
            dayless.append(parsed)
        if says_updated(lead.rstrip()) or marked_modified(node):
            updated.append(parsed)
            continue
        first.append(parsed)
        break
    if not first and headline is None:
        # No headline, so no byline window either: the article's opening lines stand in.
        lead = " ".join(scope.text(deep=True, separator=" ").split())[:400]
        for match in TEXT_DATE.finditer(lead):
            parsed = parse_date(match.group(0), order)
            if parsed is not None and not says_updated(lead[: match.start()]):
                first.append(parsed)
                break
    return first, updated, dayless


def _shown_by(node: LexborNode, machine: datetime, order: DayFirst) -> datetime:
    """A UTC ``datetime`` of a <time> as its text shows it (:func:`_on_shown_clock`)."""
    digits = node_text(node).translate(ASCII_DIGITS)
    written = TEXT_DATE.search(digits)
    if written is None:
        return machine
    return _on_shown_clock(machine, written.group(0), digits[written.end() :], order)


def _on_shown_clock(machine: datetime, shown: str, rest: str, order: DayFirst) -> datetime:
    """A UTC ``datetime`` in the zone of the clock its element shows
    ("<time datetime=2021-11-24T01:40Z>23 de noviembre de 2021 • 22:40</time>", "... Apr 10,
    2024 6:30 PM PDT</time>"), or on the day it shows alone (:func:`.clock.on_shown_day`)."""
    written = parse_date(shown, order)
    if written is None:
        return machine  # "2 hours ago": no day, no clock
    written = with_clock(written, rest)
    if written.tzinfo is None and midnight(written):
        # A day alone: the page's day, where the instant falls on the next or the last.
        return on_shown_day(machine, written)
    if written.tzinfo is not None:
        # A text naming its zone ("6:30 PM PDT") lends it when it tells the same instant,
        # to the minute it shows.
        same = abs(written - machine) < timedelta(minutes=1)
        return machine.astimezone(written.tzinfo) if same else machine
    return as_shown(machine, [written])


def _article_header(headline: LexborNode | None) -> LexborNode | None:
    """The smallest ancestor of the headline that also holds a date-ish element, or the
    headline's <article>: the header ends with it, and a <time> past it (a card of other
    posts whose class says nothing) is no date of this one."""
    if headline is None:
        return None
    parent = headline.parent
    for _ in range(7):
        if parent is None or parent.tag in {"body", "html"}:
            return None
        if parent.tag == "article" or parent.css_first(
            "time, [class*=date], [class*=time], [class*=meta], [class*=byline]"
        ):
            return parent
        parent = parent.parent
    return None


def _label_before(node: LexborNode, depth: int = 0) -> str:
    """Up to 40 characters of text just before ``node`` in its parent ("Updated on")."""
    parent = node.parent
    if parent is None or depth > 2:
        return ""
    text = ""
    child = parent.child
    while child is not None and child.mem_id != node.mem_id:
        text += " " + (child.text(deep=True) if child.tag != "-text" else child.text_content or "")
        child = child.next
    if not text.strip() and parent.parent is not None:
        # "<span>Updated</span><span><time>…</time></span>": the label is the parent's sibling.
        return _label_before(parent, depth + 1)
    return " ".join(text.split())[-40:]


def _text_after(node: LexborNode) -> str:
    """The text of the two elements after ``node`` in its parent, where a byline puts the
    time when the date has an element of its own."""
    parts: list[str] = []
    sibling = node.next
    while sibling is not None and len(parts) < 2:
        text = sibling.text(deep=True) if sibling.tag != "-text" else sibling.text_content
        if text and text.strip():
            parts.append(" ".join(text.split()))
        sibling = sibling.next
    return " ".join(parts)[:60]

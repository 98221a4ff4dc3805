"""The article text trafilatura skipped between, above and after the passages it returned,
put back from the pruned page's text units."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ..dom import ANCHOR, SIGN_UP, Unit, ancestors, holds_headline, text_words
from ..wording import is_furniture_block
from .common import BIO, PROSE_END
from .placing import place

# Not recovered: labels and controls, captions, and table cells (a table trafilatura left
# out is a product comparison widget more often than the article's own table).
_NOT_TEXT = frozenset(
    {"label", "button", "option", "form", "nav", "aside", "footer", "figcaption", "td", "th"}
)
_LOOSE_TEXT = frozenset({"div", "section", "article", "main", "span"})
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def recover_skipped(blocks: list[str], units: list[Unit]) -> list[str]:
    """Put back the article text trafilatura skipped between paragraphs it kept.

    trafilatura drops whole elements on class names ("embed", "slide", "widget"), pull
    quotes set in <figure>, and list items it takes for navigation. Text of the pruned page
    that sits inside the element holding what trafilatura returned, between two passages
    it returned, that reads as prose and is not a link list, is the article's own: it goes
    back in its place.
    """
    placed = place(blocks, units)
    if placed is None:
        return blocks
    container = _container(units, placed)
    if container is None:
        return blocks
    within = _inside(container)
    inside = [
        i
        for i, where in enumerate(placed)
        if where is not None and where >= 0 and within(units[i].node)
    ]
    if len(inside) < 2:
        return blocks
    inserts: dict[int, list[str]] = {}
    # Text at the top of the article's element, above the first passage returned (a
    # summary list, a lead set apart), goes in before that passage.
    first = next(i for i in range(len(units)) if within(units[i].node))
    start = placed[inside[0]]
    after = start - 1 if start is not None else None
    for i in range(first, inside[-1]):
        if i == inside[0]:
            after = start
            continue
        where = placed[i]
        if where is not None:
            if where >= 0:
                after = where
            continue
        unit = units[i]
        if after is None or not within(unit.node):
            continue
        if unit.node.tag in _SUBHEADINGS:
            # A sub-heading comes back with the text it introduces, not alone (card titles).
            nxt = placed[i + 1] if i + 1 < len(placed) else -1
            wanted = nxt is not None or _recoverable(units[i + 1])
            wanted = wanted and not is_furniture_block(unit.text) and len(unit.text) < 150
        else:
            wanted = _recoverable(unit)
        if wanted:
            text = f"- {unit.text}" if unit.node.tag == "li" else unit.text
            inserts.setdefault(after, []).append(text)
    trailing = inserts.setdefault(len(blocks) - 1, [])
    _recover_trailing(units, placed, inside[-1], within, trailing)
    _recover_past_offer(units, placed, inside[-1], within, trailing)
    lead = _lead(blocks, units, placed, first, container)
    for index, text in reversed(lead):
        # Before what the article's element adds at the same place: the lead is above it.
        inserts.setdefault(index, []).insert(0, text)
    if not any(inserts.values()):
        return blocks
    merged: list[str] = list(inserts.get(-1, ()))
    for index, block in enumerate(blocks):
        merged.append(block)
        merged.extend(inserts.get(index, ()))
    return merged


# A lead is a paragraph or two: more text between the headline and the article's element is
# a column of other matter.
_LEAD_UNITS = 3
_LEAD_WORDS = 120


def _lead(
    blocks: list[str],
    units: list[Unit],
    placed: list[int | None],
    first: int,
    container: LexborNode,
) -> list[tuple[int, str]]:
    """The lead set apart from the article's element: prose between the headline and that
    element that trafilatura left out (a standfirst in the article's header, a teaser
    paragraph), when headline and text share an element short of the page's <body>. Each
    with the index of the block it follows (-1: none), in the page's order: after the
    headline, when that was returned."""
    head = next((i for i in range(first) if holds_headline(units[i].node)), None)
    if head is None:
        head = _first_heading(units, first, container)
    if head is None:
        return []
    heads = {a.mem_id for a in ancestors(units[head].node)}
    shared = next((a for a in (container, *ancestors(container)) if a.mem_id in heads), None)
    if shared is None or shared.tag in {"body", "html"}:
        return []
    found: list[tuple[int, str]] = []
    # The passages found outside the article's text as pruning anchored it: a lead is a
    # paragraph or two of those. Anchored ones are the text's opening paragraphs, set in
    # blocks of their own before the one trafilatura returned (a paywall's offer between).
    loose: list[str] = []
    after = -1
    for i in range(head, first):
        unit, where = units[i], placed[i]
        if where is not None:
            # A block the header's line is all of (the headline, a date line), not the
            # text's first paragraph that repeats the headline's words.
            if where >= 0 and text_words(blocks[where]) <= 2 * text_words(unit.text):
                after = max(after, where)
        elif i > head and not _marked(unit.node, SIGN_UP) and _lead_like(unit):
            found.append((after, unit.text))
            if not _marked(unit.node, ANCHOR):
                loose.append(unit.text)
    if len(loose) > _LEAD_UNITS or sum(map(text_words, loose)) > _LEAD_WORDS:
        return []
    return found


def _first_heading(units: list[Unit], first: int, container: LexborNode) -> int | None:
    """Where no headline was found (the page declares its title with another kicker): the
    first heading of the <article> around the text, standing in for it."""
    article = next((a for a in ancestors(container) if a.tag == "article"), None)
    if article is None:
        return None
    within = _inside(article)
    return next(
        (i for i in range(first) if units[i].node.tag in {"h1", "h2"} and within(units[i].node)),
        None,
    )


def _marked(node: LexborNode, mark: str) -> bool:
    """Whether ``node`` or an element around it carries ``mark``."""
    return any(n.attributes.get(mark) is not None for n in (node, *ancestors(node)))


def _lead_like(unit: Unit) -> bool:
    """Prose ended as a sentence is: not a list's item (the header's facts, "Prep 15 min",
    "1 hr ago"), a label, a tagline, nor an author's bio."""
    text = unit.text.strip()
    return (
        unit.node.tag != "li"
        and _recoverable(unit)
        and (PROSE_END.search(text) is not None or _UNENDED_STANDFIRST.search(text) is not None)
        and BIO.match(text) is None
    )


# A standfirst of two sentences, the last left without its full stop as many papers set it
# ("... misst seit 18 Jahren das Eis. Im Interview spricht sie über den Hitzesommer").
_UNENDED_STANDFIRST = re.compile(r"^(?=(?:\S+\s+){14})[^\n]*\w[.!?]\s+[A-ZÄÖÜ][^.!?]*\w$")


def _recover_trailing(
    units: list[Unit],
    placed: list[int | None],
    last: int,
    within: Callable[[LexborNode], bool],
    out: list[str],
) -> None:
    """Prose trafilatura cut off after the last passage it returned, inside the article's
    element: taken up to the first line that does not read as the article's."""
    for i in range(last + 1, len(units)):
        unit = units[i]
        if not within(unit.node):
            break
        if placed[i] is not None:
            continue
        if not _goes_on(units, placed, i):
            break
        out.append(f"- {unit.text}" if unit.node.tag == "li" else unit.text)


def _goes_on(units: list[Unit], placed: list[int | None], i: int) -> bool:
    """Whether ``units[i]``, left out by trafilatura after the text it returned, reads as
    the text going on: prose, or a sub-heading over prose also left out."""
    unit = units[i]
    if unit.node.tag not in _SUBHEADINGS:
        return _trailing_prose(unit)
    nxt = units[i + 1] if i + 1 < len(units) else None
    return (
        nxt is not None
        and placed[i + 1] is None
        and _trailing_prose(nxt)
        and not is_furniture_block(unit.text)
        and len(unit.text) < 150
    )


def _recover_past_offer(
    units: list[Unit],
    placed: list[int | None],
    last: int,
    within: Callable[[LexborNode], bool],
    out: list[str],
) -> None:
    """The rest of a paywalled text, set after the article's element past a subscription
    offer (``<div class=body>…</div><div class=paywall><div>offer</div><div>rest</div>``):
    the prose prune anchored as the main text right after the offer's lines, up to the
    first line that is not. Without the offer between, a text after the article's element
    is another matter."""
    offer = last + 1
    while offer < len(units) and within(units[offer].node):
        offer += 1
    rest = offer
    while rest < len(units) and _marked(units[rest].node, SIGN_UP):
        rest += 1
    if rest == offer:
        return
    for i in range(rest, len(units)):
        unit = units[i]
        if placed[i] is not None or not _marked(unit.node, ANCHOR):
            break
        if not _goes_on(units, placed, i):
            break
        out.append(f"- {unit.text}" if unit.node.tag == "li" else unit.text)


def _trailing_prose(unit: Unit) -> bool:
    return _recoverable(unit) and (
        unit.node.tag == "li" or text_words(unit.text) >= _TRAILING_WORDS
    )


_TRAILING_WORDS = 15


def _container(units: list[Unit], placed: list[int | None]) -> LexborNode | None:
    """The smallest element holding most of the text trafilatura returned: stray lines it
    also took from a menu or the footer must not stretch the span to recover from.

    It is an ancestor of the largest returned unit; each unit's text is counted where its
    own ancestor line joins that one (memoised, so deep pages stay linear)."""
    covered = [
        u for u, where in zip(units, placed, strict=True) if where is not None and where >= 0
    ]
    if not covered:
        return None
    biggest = max(covered, key=lambda u: len(u.text))
    chain = [biggest.node, *ancestors(biggest.node)]
    rank = {node.mem_id: i for i, node in enumerate(chain)}
    joined = [0] * len(chain)
    for unit in covered:
        joined[_join(unit.node, rank)] += len(unit.text)
    total = sum(joined)
    running = 0
    for i, node in enumerate(chain):
        running += joined[i]
        if i and running >= 0.8 * total:
            return node
    return None


def _join(node: LexborNode, rank: dict[int, int]) -> int:
    """Index in the chain ``rank`` of the first of ``node`` and its ancestors on it; the
    nodes walked through are added to ``rank`` so later walks stop early."""
    path: list[int] = []
    current: LexborNode | None = node
    while current is not None and current.mem_id not in rank:
        path.append(current.mem_id)
        current = current.parent
    found = rank[current.mem_id] if current is not None else max(rank.values())
    for key in path:
        rank[key] = found
    return found


def _inside(container: LexborNode) -> Callable[[LexborNode], bool]:
    """Membership test for ``container`` and its descendants (text loose in the container,
    beside its paragraphs, is the container's own), memoised along the walked paths."""
    memo = {container.mem_id: True}

    def check(node: LexborNode) -> bool:
        path: list[int] = []
        current: LexborNode | None = node
        while current is not None and current.mem_id not in memo:
            path.append(current.mem_id)
            current = current.parent
        result = memo[current.mem_id] if current is not None else False
        for key in path:
            memo[key] = result
        return result

    return check


def _recoverable(unit: Unit) -> bool:
    """Prose or a list item: not a caption, a table cell, a label or a link list."""
    tag = unit.node.tag or ""
    if unit.in_figure or tag in _NOT_TEXT:
        return False
    size = len(unit.text)
    if unit.link_chars > 0.3 * size or is_furniture_block(unit.text):
        return False
    words = text_words(unit.text)
    if tag == "li":
        return words >= 2
    if tag in _LOOSE_TEXT:
        # Text loose in a layout element: card labels and widget lines unless long.
        return words >= 15
    return words >= 8

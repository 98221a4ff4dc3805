"""The byline element: the author element nearest the headline that is the article's, its
co-authors and its cards, one per writer; without one, the byline written in plain text."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..dom import MARK, ancestors, attr_text, text_of
from ..names import AGENCY, is_role
from .common import inside_ids
from .element_names import BYLINE_CHARS, element_names, node_names
from .labels import OTHER_ROLE
from .page import Page
from .places import credited, holds_other_posts, is_card_link
from .plain_bylines import by_pattern


def byline_authors(page: Page, desks: bool = False) -> list[str]:
    """Names from the byline of the page's own article (not of listed other posts).

    The byline is the author-marked element nearest after the headline in document order;
    author elements inside related lists, sidebars and comment sections are ignored.
    """
    for node in page.bylines:
        if node.css_first(f"[{MARK}]") is not None or any(map(is_card_link, ancestors(node))):
            continue
        if credited(node) or holds_other_posts(node):
            continue
        names = element_names(node, desks)
        if not names and AGENCY.match(" ".join(node.text(deep=True).split())):
            # The byline names a wire agency alone ("SID", "dpa"): nobody else signs, and a
            # name in a box set below it (a score's players) is no writer.
            return []
        if names:
            # The byline passed the furniture and teaser tests: the author elements it
            # holds are its own, whatever their class says ("author-card").
            cards = _card_names(node, page.marked, names, desks)
            return cards or names + _co_authors(node, page.candidates, names, desks)
    return by_pattern(page, desks)


def _card_names(
    node: LexborNode, marked: list[LexborNode], names: list[str], desks: bool
) -> list[str]:
    """The writers of a byline element that holds one author element per writer, each a
    card of its own (a picture, the name in a plain <div>, a role): a name from each card,
    when the first card's is the name the element was read for. Read as one element, it
    gives its first line only."""
    inside = inside_ids(node) - {node.mem_id}
    cards = [c for c in marked if c.mem_id in inside]
    # The outermost author elements only: a card's own name link is no card of its own.
    held = {n.mem_id for c in cards for n in c.traverse() if n.mem_id != c.mem_id}
    cards = [c for c in cards if c.mem_id not in held]
    # Cards repeat one shape; an author element of another shape beside the first (the
    # writer's role, bio or social link) is no other writer's.
    shape = (cards[0].tag, cards[0].attributes.get("class")) if cards else None
    cards = [c for c in cards if (c.tag, c.attributes.get("class")) == shape]
    if len(cards) < 2:
        # Cards no class marks are told by their build: blocks of one shape filling the
        # element, each a writer with their role or place ("Jane Doe | BBC News, Athens").
        cards = _unmarked_cards(node)
        if len(cards) < 2:
            return []
    found: list[str] = []
    for card in cards:
        if _other_role(card, node):
            continue
        card_names = node_names(card, desks)
        if card_names and card_names[0].casefold() not in map(str.casefold, found):
            found.append(card_names[0])
    if not found or found[0].casefold() != names[0].casefold():
        return []
    return found


def _unmarked_cards(node: LexborNode) -> list[LexborNode]:
    """The blocks of one tag and class that fill ``node`` (below wrappers of one child),
    each opening with a full name: a writer's card each."""
    kids = [k for k in node.iter() if k.is_element_node]
    while len(kids) == 1:
        kids = [k for k in kids[0].iter() if k.is_element_node]
    if len(kids) < 2 or kids[0].tag not in _CARD_TAGS:
        return []
    shape = (kids[0].tag, kids[0].attributes.get("class"))
    if any((k.tag, k.attributes.get("class")) != shape for k in kids):
        return []
    if not all(len((node_names(k)[:1] or [""])[0].split()) >= 2 for k in kids):
        return []
    return kids


_CARD_TAGS = frozenset({"div", "li", "section", "article"})


def _co_authors(
    first: LexborNode, candidates: list[LexborNode], names: list[str], desks: bool
) -> list[str]:
    """Names in the other author elements of the same byline ("By <a>A</a>, <a>B</a> and
    <a>C</a>"): the smallest ancestor of the first holding another author element, when it
    is no more than a byline's worth of text."""
    scope = first.parent
    while scope is not None and scope.tag not in {"body", "html", "article", "main"}:
        if len(scope.text(deep=True)) > BYLINE_CHARS:
            return []
        inside = inside_ids(scope)
        others = [n for n in candidates if n.mem_id in inside and n.mem_id != first.mem_id]
        if others:
            found: list[str] = []
            seen = {n.casefold() for n in names}
            for other in others:
                if (
                    first.mem_id in inside_ids(other)
                    or any(a.mem_id == first.mem_id for a in ancestors(other))
                    or _other_role(other, scope)
                ):
                    continue
                for name in node_names(other, desks):
                    # A writer's job beside their name ("Senior Reporter") is no co-author.
                    if is_role(name):
                        continue
                    if name.casefold() not in seen:
                        seen.add(name.casefold())
                        found.append(name)
            return found
        scope = scope.parent
    return []


def _other_role(node: LexborNode, scope: LexborNode) -> bool:
    """Whether an author element of a byline credits another role than writing, or holds
    the writer's job rather than a name: its own class says so ("author-job"), or a short
    label around it does."""
    for anc in (node, *ancestors(node)):
        if anc.mem_id == scope.mem_id:
            return False
        # Measured without the markup's indentation: a label's group is short as read;
        # its elements read apart ("<span>Erlend Berge</span><span>Fotograf</span>").
        text = text_of(anc)
        names = attr_text(anc)
        if OTHER_ROLE.search(names) or _JOB_CLASS.search(names):
            return True
        if len(text) < 120 and (OTHER_ROLE.search(text) or _EDITOR_LABEL.search(text)):
            return True
    return False


# The editor's field beside the writer's ("Penulis: A | Editor: B", "Redaktur: B"): as a
# label, not a writer's job after the name ("Jane Doe, Senior Editor").
_EDITOR_LABEL = re.compile(r"(?:^|\s)(?:editor|editors|redaktur|lektorat|redigering)\s*[:：]", re.I)


# The class of an author element holding the writer's job ("author-job", "author-role");
# not "position", which layout classes use ("position-relative").
_JOB_CLASS = re.compile(r"job|(?<![a-z])role(?![a-z])")

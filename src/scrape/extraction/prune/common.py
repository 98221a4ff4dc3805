"""What the pruner's rules share: the marks one rule leaves for another, and small
helpers on the tree (children, common ancestors, a box's label, prose)."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ..dom import MARK, ancestors, text_of
from ..wording import FINE_PRINT
from .links import link_chars

# Marks the call-to-action boxes, found while their buttons are still in the tree.
BOX = "data-scrape-box"
# Marks the page's frame around the article (:func:`cut_frame`).
FRAME = "data-scrape-frame"
# Marks the elements the teaser and box rules removed something from.
EMPTIED = "data-scrape-emptied"


# Elements hidden from the reader.
HIDDEN = "[hidden], [style*='display:none'], [style*='display: none']"
# The headings below the headline, and any heading.
HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
ANY_HEADING = "h1, h2, h3, h4, h5, h6"
# A class or id naming a list of other posts.
OTHER_POSTS = re.compile(r"related|recommend|more-|popular|latest|recent|teaser")
# Paragraph text after the headline before trailing lists count as teasers: the article
# must have begun (a listing page of teasers is left to the page-type classifier).
MAIN_TEXT_BEGUN = 400
# A teaser list trails the article when the prose after it is under this share of the
# prose before it (site footers hold a sentence or two of prose).
TRAILING_PROSE = 0.2
# A call-to-action box holds a line or two of text around its button.
BOX_CHARS = 600
# A label over a list or a box is a few words at most.
LABEL_WORDS = 5


def child_elements(node: LexborNode) -> list[LexborNode]:
    """The element children of ``node`` (no text or comment nodes), in order."""
    return [child for child in node.iter() if child.is_element_node]


def common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The smallest element holding all ``nodes`` (one of them, if it holds the others)."""
    chain = [nodes[0], *ancestors(nodes[0])]
    rank = {node.mem_id: i for i, node in enumerate(chain)}
    top = 0
    for node in nodes[1:]:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in rank:
            current = current.parent
        if current is None:
            return None
        top = max(top, rank[current.mem_id])
    return chain[top]


def outermost_of(nodes: list[LexborNode]) -> list[LexborNode]:
    """``nodes`` without those inside another of them (each is removed once)."""
    ids = {node.mem_id for node in nodes}
    kept: dict[int, LexborNode] = {}
    for node in nodes:
        if not any(a.mem_id in ids for a in ancestors(node)):
            kept.setdefault(node.mem_id, node)
    return list(kept.values())


def enough_of(items: list[LexborNode], test: Callable[[LexborNode], bool], needed: float) -> bool:
    """Whether at least ``needed`` of ``items`` pass ``test``: tested only until that is
    reached or out of reach."""
    passed = 0
    for tested, item in enumerate(items):
        if passed + len(items) - tested < needed:
            return False
        if test(item):
            passed += 1
            if passed >= needed:
                return True
    return passed >= needed


def is_label(text: str) -> bool:
    """A label over a list or a box, not a section heading of the article: a few words
    (:data:`LABEL_WORDS`), no sentence."""
    return bool(text) and len(text.split()) <= LABEL_WORDS and text[-1] not in ".?!"


def removable(node: LexborNode, limit: int) -> bool:
    if node.tag in {"body", "html", "main", "article"} or node.attributes.get(MARK) is not None:
        return False
    return len(node.text(deep=True)) <= limit and node.css_first(f"[{MARK}]") is None


def box_around(node: LexborNode, limit: int) -> LexborNode | None:
    """The largest ancestor of ``node`` still holding ``limit`` characters of text at most
    and at most one paragraph of prose (two are the article's): the box a line or a
    button sits in."""
    box = None
    parent = node.parent
    while parent is not None and removable(parent, limit):
        if sum(prose_size(p) > 0 and not _fine_print(p) for p in parent.css("p")) > 1:
            break
        box = parent
        parent = parent.parent
    return box


def _fine_print(para: LexborNode) -> bool:
    """A form's fine print ("By submitting your information you agree to ..."): the box's
    own, not a paragraph of the article's."""
    return FINE_PRINT.match(text_of(para)) is not None


def prose_size(para: LexborNode) -> int:
    size = len(para.text(deep=True).strip())
    return size if size >= 80 and link_chars(para.css("a")) < 0.3 * size else 0


def loose_text(node: LexborNode) -> bool:
    """Whether ``node`` holds text of its own, outside its child elements."""
    return any(
        child.is_text_node and (child.text_content or "").strip()
        for child in node.iter(include_text=True)
    )


def cached_text(node: LexborNode, texts: dict[int, str] | None) -> str:
    """``node``'s text, read once for all the tests that ask with the same ``texts``."""
    if texts is None:
        return node.text(deep=True)
    text = texts.get(node.mem_id)
    if text is None:
        text = texts[node.mem_id] = node.text(deep=True)
    return text


def cached_text_of(node: LexborNode, texts: dict[int, str]) -> str:
    """:func:`text_of` ``node``, read once for all the tests that ask with the same
    ``texts``."""
    text = texts.get(node.mem_id)
    if text is None:
        text = texts[node.mem_id] = text_of(node)
    return text

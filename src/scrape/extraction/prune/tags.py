"""The story's tag list, and what templates set after it."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..dates.grammar import TEXT_DATE
from ..dom import ANCHOR, MARK, ancestors, attr_text, text_of, token_pattern
from .common import MAIN_TEXT_BEGUN, TRAILING_PROSE, child_elements, prose_size
from .links import path_of

# A tag list by its class or id, in English or the site's language.
_TAGS_TOKEN = token_pattern(
    r"tags?|tag-?list|tagging|topics?|keywords?|schlagw\w*|stichw\w*|themen|"
    r"etiquetas?|sujets?|argomenti|tagi|tagy|štítky|címkék|trefwoorden|emneord|aiheet"
)
# ... or by where its links lead: the site's pages of one tag or topic.
_TAG_PATH = re.compile(
    r"/(?:tags?|topics?|thema|themen|schlagworte?|stichworte?|keywords?|etiquetas?|"
    r"sujets?|argomenti|tagi|temat|cimke|emne|aihe|tema)(?:/|$|\.)",
    re.IGNORECASE,
)
# A tag is a word or a few, and a list of them a line or two.
_TAG_CHARS = 40
_LIST_CHARS = 300
# What a list may hold besides its links: a label ("Tags:", "Themen").
_LABEL_CHARS = 20
# What follows the list is a few boxes: their text is at most this share of the story's.
_AFTER_SHARE = 0.5
# The paragraphs, and the elements that may hold a tag list (a selector naming a tag twice
# finds its elements twice).
_BLOCKS = "p, pre, ul, ol, div, nav, section, footer"


def after_the_tags(body: LexborNode) -> list[LexborNode]:
    """The blocks a template sets after the story's tag list, beside the text's container:
    its author's bio, a call to get the app or to support the site, a comments gate. The
    tag list closes the story: only a list after most of its text counts (a list of
    topics over the text is a menu), and nothing holding the story's text goes."""
    anchors = body.css(f"[{ANCHOR}]")
    marked = [*anchors, *body.css(f"[{MARK}]")]
    holders = {a.mem_id for node in marked for a in (node, *ancestors(node))}
    order = body.css(_BLOCKS)
    # The story's text: the paragraphs of the elements holding most of it (the boxes after
    # the list hold a sentence or two each).
    anchor_ids = {node.mem_id for node in anchors}
    sizes = {
        node.mem_id: prose_size(node)
        for node in order
        if node.tag in {"p", "pre"} and node.parent is not None and node.parent.mem_id in anchor_ids
    }
    total = sum(sizes.values())
    # A list is the parent or grandparent of its short links ("ul > li > a").
    listing = {
        up.mem_id
        for link in body.css("a")
        if len(link.text(deep=True)) <= _TAG_CHARS
        for up in (link.parent, link.parent.parent if link.parent is not None else None)
        if up is not None
    }
    before = 0
    for node in order:
        before += sizes.get(node.mem_id, 0)
        if before < MAIN_TEXT_BEGUN or total - before >= TRAILING_PROSE * before:
            continue
        if node.mem_id not in listing or node.mem_id in holders or not _tag_list(node):
            continue
        after = _following(node, holders)
        if sum(len(text_of(n)) for n in after) > _AFTER_SHARE * before:
            # More than a few boxes follow: the list is one item's of a listing (a
            # repository's topics), not the story's end.
            return []
        # A dated line below the text may be the page's only date (the last-resort date
        # search reads the pruned page).
        return [n for n in after if not _dated(n)]
    return []


def _dated(node: LexborNode) -> bool:
    return node.css_first("time") is not None or TEXT_DATE.search(text_of(node)) is not None


def _tag_list(node: LexborNode) -> bool:
    """Whether ``node`` is a list of tags: two or more short links and at most a label
    besides them, named so by its class or leading to the site's tag pages."""
    links = node.css("a")
    if len(links) < 2:
        return False
    text = text_of(node)
    if len(text) > _LIST_CHARS:
        return False
    linked = [text_of(a) for a in links]
    if any(len(t) > _TAG_CHARS for t in linked) or len(text) - sum(map(len, linked)) > (
        _LABEL_CHARS + len(linked)
    ):
        return False
    if _TAGS_TOKEN.search(attr_text(node)):
        return True
    paths = [path_of(a.attributes.get("href") or "") or "" for a in links]
    return sum(bool(_TAG_PATH.search(p)) for p in paths) * 2 > len(paths)


def _following(node: LexborNode, holders: set[int]) -> list[LexborNode]:
    """The elements after ``node`` beside it and beside its ancestors, up to the one
    holding the headline, none holding the story's text."""
    found: list[LexborNode] = []
    current = node
    while current.parent is not None and current.tag not in {"body", "html"}:
        parent = current.parent
        kids = child_elements(parent)
        at = next(i for i, kid in enumerate(kids) if kid.mem_id == current.mem_id)
        found.extend(kid for kid in kids[at + 1 :] if kid.mem_id not in holders)
        if parent.css_first(f"[{MARK}]") is not None:
            break
        current = parent
    return found

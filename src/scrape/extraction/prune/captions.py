"""The captions of the page's pictures."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from ..dom import MARK, ancestors, attr_text, beside_picture, token_pattern
from .common import ANY_HEADING

# A picture's caption: the HTML element, or a block a theme classes as one.
_CAPTION_TOKEN = token_pattern("caption|captions|figcaption|wp-caption-text")
# The elements whose class or id may hold a caption token (each token spells "caption"):
# the token test reads these alone, not every element of the page.
_CAPTION_CANDIDATES = "figcaption, [class*=caption i], [id*=caption i]"
# Captions holding this share of the page's text are a gallery's story, told slide by slide.
_CAPTIONED_STORY = 0.4


def caption_blocks(body: LexborNode) -> list[LexborNode]:
    """The captions of the page's pictures (outermost first): what a picture shows, not the
    story's text, however long they run. None on a page whose captions hold much of its
    text (a gallery or a slideshow telling its story under its pictures), and never one
    holding a heading (a hero picture's "caption" overlaying the headline)."""
    found: list[LexborNode] = []
    taken: set[int] = set()
    for node in body.css(_CAPTION_CANDIDATES):
        if node.tag != "figcaption" and not (
            _CAPTION_TOKEN.search(attr_text(node)) and beside_picture(node)
        ):
            continue
        if any(a.mem_id in taken for a in ancestors(node)):
            continue
        if node.css_first(f"{ANY_HEADING}, [{MARK}]") is not None:
            continue
        found.append(node)
        taken.add(node.mem_id)
    if not found:
        return found
    shown = sum(len(node.text(deep=True)) for node in found)
    if shown >= _CAPTIONED_STORY * len(body.text(deep=True)):
        return []
    return found

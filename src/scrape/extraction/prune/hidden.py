"""Hidden parts of the page that are the article's: React's streamed segments, the
parts a page declares paywalled, collapsed panels and the hidden rest of a text;
and which elements stay hidden."""

from __future__ import annotations

from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from .common import HIDDEN
from .links import link_chars


def place_streamed_segments(body: LexborNode) -> None:
    """Move React's streamed segments where the browser would show them.

    Server-rendered React streams the slow parts of a page as hidden ``<div id="S:n">``
    blocks at the end of the body; a script swaps each into the ``<template id="B:n">`` (or
    ``P:n``) it completes, dropping the "Loading..." fallback between the template and the
    closing ``<!--/$-->`` mark. Left hidden, the article text is pruned as a modal's.
    """
    pending = body.css('div[hidden][id^="S:"]')
    # A segment may fill a template inside another segment: a few passes settle them all.
    for _ in range(3):
        if not pending:
            return
        waiting = []
        for segment in pending:
            key = (segment.attributes.get("id") or "")[2:]
            target = body.css_first(f'template[id="B:{key}"], template[id="P:{key}"]')
            if target is None:
                waiting.append(segment)
                continue
            _drop_fallback(target)
            for child in segment.iter(include_text=True):
                target.insert_before(child)
            target.decompose()
            segment.decompose()
        if len(waiting) == len(pending):
            return
        pending = waiting


def _drop_fallback(template: LexborNode) -> None:
    """Remove what follows a suspense boundary's template up to its ``<!--/$-->`` mark."""
    opening = template.prev
    if opening is None or not opening.is_comment_node or opening.comment_content != "$?":
        return
    fallback = []
    node = template.next
    while node is not None and not (node.is_comment_node and node.comment_content == "/$"):
        fallback.append(node)
        node = node.next
    if node is not None:
        for item in fallback:
            item.decompose()


def unhide_paywalled_parts(body: LexborNode, selectors: Iterable[str]) -> None:
    """Unhide the parts of the article its JSON-LD declares paywalled (``selectors``, from
    :attr:`Metadata.paywalled`): schema.org's way of telling search engines that the hidden
    rest of the text sent in the page is the article's, however short. So is a hidden
    element inside a declared part that holds paragraphs (the part wraps the hidden text
    and the visible offer); other hidden things there (a login form) stay hidden."""
    for selector in selectors:
        try:
            parts = body.css(selector)
        except Exception:  # a selector the parser does not take: nothing declared
            continue
        for part in parts:
            inner = [n for n in part.css(HIDDEN) if n.css_first("p") is not None]
            for node in (part, *inner):
                for name in ("hidden", "style", "aria-hidden"):
                    if name in node.attributes and (name != "style" or _hides(node)):
                        del node.attrs[name]


def _hides(node: LexborNode) -> bool:
    style = (node.attributes.get("style") or "").replace(" ", "").casefold()
    return "display:none" in style


def unhide_collapsed_panels(body: LexborNode) -> None:
    """Hidden panels of accordions and tabs that hold prose: article text a reader opens;
    and hidden prose that goes on from the article's visible paragraphs (the rest of the
    text behind a paywall teaser, sent in the page and shown to subscribers).

    A panel is named by a toggle's ``aria-controls`` or sits right after its toggle (a
    button or an element with ``aria-expanded``); a hidden menu is links, not paragraphs.
    The panels found are unhidden for the extraction that follows (so the pruning of
    hidden elements passes them by).
    """
    hidden = body.css(HIDDEN)
    if not hidden:
        return
    controlled = {
        key
        for node in body.css("[aria-controls]")
        for key in (node.attributes.get("aria-controls") or "").split()
    }
    for node in hidden:
        if node.tag in {"template", "dialog"}:
            continue
        toggled = node.attributes.get("id") in controlled or _after_toggle(node)
        continued = not toggled and _continues_text(node)
        if (toggled or continued) and _reads_as_prose(node, _PAYWALLED_CHARS if continued else 80):
            for name in ("hidden", "style", "aria-hidden"):
                if name in node.attributes:
                    del node.attrs[name]


def _after_toggle(node: LexborNode) -> bool:
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
    if prev is None:
        return False
    if prev.tag in {"button", "summary"} or "aria-expanded" in prev.attributes:
        return True
    return prev.css_first("button, [aria-expanded]") is not None


def _continues_text(node: LexborNode) -> bool:
    """Whether a paragraph of prose comes just before ``node`` (a few siblings back)."""
    if node.attributes.get("role") in {"dialog", "alertdialog"} or "aria-modal" in node.attributes:
        return False
    prev = node.prev
    seen = 0
    while prev is not None and seen < 3:
        if prev.is_element_node:
            seen += 1
            paragraphs = [prev] if prev.tag == "p" else prev.css("p")
            if sum(len(p.text(deep=True).strip()) for p in paragraphs) >= 80:
                return True
        prev = prev.prev
    return False


# Hidden text going on from the visible paragraphs is the rest of the article when it is
# this long; a hidden appeal for donations or a pay box is shorter.
_PAYWALLED_CHARS = 600


def _reads_as_prose(node: LexborNode, least: int = 80) -> bool:
    size = len(node.text(deep=True).strip())
    if size < least:
        return False
    paragraphs = sum(len(p.text(deep=True).strip()) for p in node.css("p"))
    links = link_chars(node.css("a"))
    return paragraphs >= 0.5 * size and links < 0.3 * size


def inside_hidden(body: LexborNode) -> set[int]:
    """The ``p``, ``div`` and ``li`` elements inside a hidden element (``<html hidden>``
    included): what ``[hidden] p, ...`` selects, without testing every element's ancestors."""
    inside: set[int] = set()
    for container in (body.parent or body).css(HIDDEN):
        if container.mem_id in inside:
            # Within a hidden element already read: its elements are counted.
            continue
        key = container.mem_id
        inside.update(n.mem_id for n in container.css("p, div, li") if n.mem_id != key)
    return inside

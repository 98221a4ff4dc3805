"""trafilatura's readability comparison, skipped where its answer cannot be taken.

After its own extractor, trafilatura runs readability on the same page and takes
readability's text over its own only when it is more than twice as long, or when its own
text has no paragraph or more tables than paragraphs (in its default, balanced mode; see
``trafilatura.external.compare_extraction``). readability returns part of the page's text,
never more; so on a page whose whole text is at most twice what trafilatura's extractor
kept, readability cannot win, and its run is wasted. On a pruned page that is the common
case.

:func:`gated` switches the skip on for the calls made inside it (only ours: anyone else's
trafilatura in the process runs unchanged). The skip hands readability an empty page: it
then returns nothing, which trafilatura reads as "readability lost", the answer the full
run would have given.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import trafilatura.core
from lxml import etree
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

_ENABLED: ContextVar[bool] = ContextVar("readability_gate", default=False)


def readability_cannot_win(raw_tree: HtmlElement, body: Any, text: str, options: Any) -> bool:
    """Whether trafilatura would keep its own ``text`` (and ``body``) whatever readability
    returned from ``raw_tree``."""
    if options.focus != "balanced" or not text:
        # Recall mode also takes readability when it is 1.5 times as long, or holds headings.
        return False
    if not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    if raw_tree.find(".//iframe") is not None:
        # readability writes "VIDEO" into the frames of video players: text of its own.
        return False
    # readability's text is whitespace-collapsed; the page's raw text is an upper bound.
    page_chars = len(etree.tostring(raw_tree, method="text", encoding="unicode"))
    return page_chars <= 2 * len(text)


def _gate(compare: Callable[..., Any]) -> Callable[..., Any]:
    def compare_extraction(
        cleaned_tree: HtmlElement, raw_tree: HtmlElement, body: Any, text: str, options: Any
    ) -> Any:
        if _ENABLED.get() and readability_cannot_win(raw_tree, body, text, options):
            raw_tree = HtmlElement()
        return compare(cleaned_tree, raw_tree, body, text, options)

    compare_extraction.gates = compare  # type: ignore[attr-defined]
    return compare_extraction


# The comparison step as the gate knows it (trafilatura 2.3); other releases pass other
# arguments, and are left ungated.
_PARAMETERS = ["cleaned_tree", "raw_tree", "body", "text", "options"]


def install() -> bool:
    """Put the gate in front of trafilatura's comparison (once); False when this trafilatura
    has no such step to gate, and extraction runs it in full."""
    compare = getattr(trafilatura.core, "compare_extraction", None)
    if compare is not None and hasattr(compare, "gates"):
        return True
    if compare is None or list(inspect.signature(compare).parameters) != _PARAMETERS:
        log.info("unknown trafilatura comparison step: its readability run is not gated")
        return False
    trafilatura.core.compare_extraction = _gate(compare)
    return True


@contextmanager
def gated() -> Iterator[None]:
    """Skip readability, inside this block, where it cannot change trafilatura's answer."""
    token = _ENABLED.set(True)
    try:
        yield
    finally:
        _ENABLED.reset(token)


install()

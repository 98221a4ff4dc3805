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

trafilatura hands the comparison a copy of the whole page (readability rewrites the tree it
reads). Where the skip is decided, that copy is never read: the gate also sits in front of
the step that makes it (``_extract_and_compare``), decides there on the page itself, and
copies it only for a comparison that runs.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import copy
from typing import Any

import trafilatura.core
from lxml import etree
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

_ENABLED: ContextVar[bool] = ContextVar("readability_gate", default=False)


# trafilatura's test, ``body.xpath(".//p//text()")``, asked only whether it finds any: the
# strings it would build (each with a link to its element) are not needed.
_HAS_PARAGRAPH_TEXT = etree.XPath("boolean(.//p//text())")


def readability_cannot_win(raw_tree: HtmlElement, body: Any, text: str, options: Any) -> bool:
    """Whether trafilatura would keep its own ``text`` (and ``body``) whatever readability
    returned from ``raw_tree``."""
    if options.focus != "balanced" or not text:
        # Recall mode also takes readability when it is 1.5 times as long, or holds headings.
        return False
    if not _HAS_PARAGRAPH_TEXT(body) or len(body.findall(".//table")) > len(body.findall(".//p")):
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


def _gate_step(step: Callable[..., Any]) -> Callable[..., Any]:
    def _extract_and_compare(
        cleaned_tree: HtmlElement, cleaned_tree_backup: HtmlElement, tree: HtmlElement, options: Any
    ) -> Any:
        if not _ENABLED.get() or options.fast:
            return step(cleaned_tree, cleaned_tree_backup, tree, options)
        # The step as trafilatura 2.3 writes it (``_STEP``), but for the copy of ``tree``:
        # not made where the comparison is handed an empty page in its place. The decision
        # is the gate's, taken here once: the comparison is called past the gate.
        body, text = trafilatura.core.extract_content(cleaned_tree, options)
        skip = readability_cannot_win(tree, body, text, options)
        raw_tree = HtmlElement() if skip else copy(tree)
        compare = trafilatura.core.compare_extraction
        compare = getattr(compare, "gates", compare)
        return compare(cleaned_tree_backup, raw_tree, body, text, options)

    _extract_and_compare.gates = step  # type: ignore[attr-defined]
    return _extract_and_compare


# The comparison step as the gate knows it (trafilatura 2.3); other releases pass other
# arguments, and are left ungated.
_PARAMETERS = ["cleaned_tree", "raw_tree", "body", "text", "options"]
# The step that calls it, as the gate repeats it: another release's step is left as it is.
_STEP = [
    "postbody, temp_text = extract_content(cleaned_tree, options)",
    "if not options.fast:",
    "postbody, temp_text = compare_extraction("
    "cleaned_tree_backup, copy(tree), postbody, temp_text, options)",
    "return postbody, temp_text",
]


def _body_lines(function: Callable[..., Any]) -> list[str]:
    """The statements of ``function`` (its docstring left out), one stripped line each."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return []
    lines = [line.strip() for line in source.splitlines()]
    start = next((i for i, line in enumerate(lines) if line.endswith(":")), len(lines))
    body = [line for line in lines[start + 1 :] if line]
    if body and body[0][:1] in {'"', "'"}:
        body = body[1:]
    return body


def install() -> bool:
    """Put the gate in front of trafilatura's comparison (once); False when this trafilatura
    has no such step to gate, and extraction runs it in full."""
    compare = getattr(trafilatura.core, "compare_extraction", None)
    if compare is None or (
        not hasattr(compare, "gates") and list(inspect.signature(compare).parameters) != _PARAMETERS
    ):
        log.info("unknown trafilatura comparison step: its readability run is not gated")
        return False
    if not hasattr(compare, "gates"):
        trafilatura.core.compare_extraction = _gate(compare)
    step = getattr(trafilatura.core, "_extract_and_compare", None)
    if step is not None and not hasattr(step, "gates"):
        if _body_lines(step) == _STEP:
            trafilatura.core._extract_and_compare = _gate_step(step)
        else:
            log.info("unknown trafilatura extraction step: the page is copied for readability")
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

"""The article's text blocks, before cleaning: trafilatura's answer on the pruned page,
with the text it skipped put back, and the untouched page asked again when that answer
comes up short."""

from __future__ import annotations

import logging
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ANCHOR, text_units
from .placing import blocks_within
from .recovery import recover_skipped
from .trafilatura_run import trafilatura_blocks

log = logging.getLogger(__name__)

# The share of its anchored text prune must have left for its removals to be trusted over
# the untouched page's answer: a class name that took the main text with the furniture (a
# forum's posts classed as comments, a live ticker's entries) leaves less.
_KEPT_SHARE = 0.75
# Fewer characters than a sentence: no answer, and the untouched page's is all there is.
_ANSWER_CHARS = 100


def main_text_blocks(
    tree: LexborHTMLParser,
    pruned: str,
    page: str,
    url: str | None,
    *,
    anchored: int,
    fast: bool,
    lap: Callable[[str], None],
) -> list[str]:
    """The text blocks of the article in ``pruned`` (``tree`` serialised after pruning),
    ``page`` being the untouched page and ``anchored`` the weight of the main text prune
    found. ``fast`` (a huge page, or past half the time budget) skips trafilatura's
    fallback comparisons, the recovery and the retry. ``lap`` is told each step's end."""
    blocks = trafilatura_blocks(pruned, url, fast=fast) if pruned else []
    lap("trafilatura")
    # Only the pruned page carries prune's anchor marks.
    marked = ANCHOR in pruned and not fast
    root = (tree.body or LexborHTMLParser(pruned).body) if marked else None
    # Without blocks there is nothing to recover into, nor an answer the retry below keeps.
    units = text_units(root) if root is not None and blocks else []
    if blocks and units:
        blocks = recover_skipped(blocks, units)
    lap("recovery")
    found = sum(len(b) for b in blocks)
    if anchored > 500 and found < 0.5 * anchored and not fast:
        # trafilatura's container choice can flip on the pruned tree (its XPath heuristics
        # see a different page); when it returns far less text than the page's densest
        # paragraphs hold, ask it again on the untouched page and keep the richer answer.
        retry = trafilatura_blocks(page, url, fast=False)
        answered = found >= _ANSWER_CHARS
        if answered and root is not None and _anchors_kept(root) >= _KEPT_SHARE * anchored:
            # Prune kept the main text it found, and the pruned page gave an answer: what
            # the untouched page adds to it is what prune removed (teasers of other posts,
            # boxes, an author's bio), so only the pruned page's text is taken from the
            # answer, and recovered from as the first one is.
            retry = blocks_within(retry, units)
            retry = recover_skipped(retry, units) if retry else retry
        if sum(len(b) for b in retry) > 1.5 * found:
            log.debug("pruned-page extraction came up short for %s; using the full page", url)
            blocks = retry
    lap("trafilatura retry")
    return blocks


def _anchors_kept(root: LexborNode) -> int:
    """The anchored text (prune's ``ANCHOR`` weights) still in the pruned page."""
    return sum(int(node.attributes.get(ANCHOR) or 0) for node in root.css(f"[{ANCHOR}]"))

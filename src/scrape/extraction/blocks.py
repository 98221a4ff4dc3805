"""Text blocks: the page's text as blocks (:func:`text_blocks`), their normal form
(:func:`normalise`), and the template a site repeats across its pages (learned by
:class:`TemplateLearner`). Which blocks are furniture by their wording is ``wording``'s."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Elements that start a new text block; inline text is gathered into the nearest of these.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "figcaption",
        "td",
        "th",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "ul",
        "ol",
        "table",
        "tr",
        "form",
        "label",
        "button",
        "option",
        "address",
        "main",
        "body",
    ]
)

_SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]
)

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Canonical form of a text block used for template matching."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = " ".join(text.split())
    return _strip_punctuation(text)


def _strip_punctuation(text: str) -> str:
    """``text`` without the punctuation, symbols and spaces at its ends.

    The trailing run is matched on the reversed text: a search for it from the front
    tries every position of the text."""
    lead = _NON_WORD.match(text)
    start = lead.end() if lead else 0
    if start == len(text):
        return ""
    trail = _NON_WORD.match(text[::-1])
    return text[start : len(text) - trail.end()] if trail else text[start:]


def _nearest_block(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag not in BLOCK_TAGS:
        parent = parent.parent
    return parent


def _collect(root: LexborNode) -> list[str]:
    """Text of every block element, inline descendants included, nested blocks excluded."""
    buffers: dict[int, list[str]] = {}
    order: list[int] = []
    stack: list[LexborNode] = [root]
    # Iterative pre-order walk: the recursion depth of a hostile page is unbounded.
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag in _SKIP_TAGS or tag == "-comment":
            continue
        if tag == "-text":
            block = _nearest_block(node)
            key = block.mem_id if block is not None else 0
            if key not in buffers:
                buffers[key] = []
                order.append(key)
            buffers[key].append(node.text_content or "")
            continue
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    return [" ".join(buffers[k]) for k in order]


def text_blocks(html: str | bytes | LexborHTMLParser) -> set[str]:
    """The normalised, non-empty text blocks of a page (for template learning)."""
    tree = html if isinstance(html, LexborHTMLParser) else LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return set()
    return {n for n in (normalise(t) for t in _collect(root)) if n}


# Candidate blocks (seen, not yet learned) counted at most: about 1.5 MB of them. A
# template block recurs long before a page adds that many one-off blocks.
MAX_TRACKED_BLOCKS = 10_000

# Pages a learned block may go unseen before it leaves the template. A template is what a
# site repeats on its pages now: a teaser of a story from months ago that no page shows any
# more is none of it, and keeping it would grow the template with the calendar. Learning
# needs a block to recur within the few hundred pages that fill MAX_TRACKED_BLOCKS with
# one-off blocks; a learned block stays while it recurs at a fraction of that rate.
TEMPLATE_WINDOW_PAGES = 500


class TemplateLearner:
    """Learns the text blocks a site repeats on many of its pages (menus, prompts, footers).

    Feed it pages of ONE site with :meth:`observe`; :meth:`template` then returns every
    block seen on at least ``min_pages`` distinct pages and on one of the last ``window``
    pages, ready for ``ExtractionHints(template_blocks=...)``. Both what it learned and
    what it counts are bounded, so a crawl of any length holds a template of the size of
    the site's current one.
    """

    def __init__(
        self, min_pages: int = 3, max_block_chars: int = 400, window: int = TEMPLATE_WINDOW_PAGES
    ) -> None:
        if min_pages < 2:
            raise ValueError("min_pages must be at least 2 (one page repeats nothing)")
        if window < min_pages:
            raise ValueError("window must span at least min_pages pages")
        self.min_pages = min_pages
        # Long blocks are article text, even when syndicated to several pages; templates are
        # short (menus, prompts, bylines).
        self.max_block_chars = max_block_chars
        self.window = window
        self.pages = 0
        # How many times the template has changed (blocks learned plus blocks forgotten):
        # a caller holding a copy compares it to tell whether its copy is current.
        self.changes = 0
        # Candidates: how many pages showed each block, from the least to the most recently
        # seen (a sighting moves a block to the end), so that the least recent go first.
        self._counts: dict[str, int] = {}
        # The template: each learned block with the number of the last page showing it.
        self._learned: dict[str, int] = {}

    def observe(self, page: str | bytes | Iterable[str]) -> None:
        """Count one page: its HTML, or its text blocks (normalised here)."""
        blocks = (
            text_blocks(page) if isinstance(page, str | bytes) else {normalise(b) for b in page}
        )
        self.observe_blocks(blocks)

    def observe_blocks(self, blocks: Iterable[str]) -> None:
        """Count one page's blocks already in :func:`text_blocks` form, as the crawl's
        extraction workers send them (normalising them again would load the crawler's
        event loop with the workers' work)."""
        self.pages += 1
        page, counts, learned = self.pages, self._counts, self._learned
        for block in blocks:
            if not block or len(block) > self.max_block_chars:
                continue
            if block in learned:
                learned[block] = page
                continue
            seen = counts.pop(block, 0) + 1
            if seen < self.min_pages:
                counts[block] = seen
            else:
                learned[block] = page
                self.changes += 1
        if len(counts) > MAX_TRACKED_BLOCKS:
            self._forget_candidates()
        if page % max(self.window // 10, 1) == 0:
            self._forget_unseen()

    def _forget_candidates(self) -> None:
        """Lossy counting: blocks seen once are mostly article text and are forgotten, so a
        crawl of any length keeps memory flat; a template block recurs at once. Should the
        blocks seen more than once still fill half the room, the least recently seen go."""
        kept = [(b, n) for b, n in self._counts.items() if n > 1]
        self._counts = dict(kept[-(MAX_TRACKED_BLOCKS // 2) :])

    def _forget_unseen(self) -> None:
        """Drop from the template the blocks none of the last ``window`` pages showed (swept
        every tenth of the window: a block leaves at most that much late)."""
        horizon = self.pages - self.window
        learned = self._learned
        current = {b: last for b, last in learned.items() if last > horizon}
        if len(current) != len(learned):
            self.changes += len(learned) - len(current)
            self._learned = current

    @property
    def learned_count(self) -> int:
        """How many blocks :meth:`template` holds."""
        return len(self._learned)

    def template(self) -> frozenset[str]:
        """The blocks learned, as a new set each call (the crawl keeps the one it applies
        while the learner goes on; it asks again when :attr:`changes` moved)."""
        return frozenset(self._learned)

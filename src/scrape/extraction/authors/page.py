"""The page as the author search reads it, each part read at most once (:class:`Page`):
the headline and the elements that hold it, the text chunks after the headline, the author
elements and those that may be the article's byline."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from ..dom import ancestors, text_of
from .common import shown_texts
from .elements import BYLINE_CSS, author_element
from .places import (
    holding_headline,
    in_caption,
    in_furniture,
    in_teaser,
    mentioned_in_text,
    taxonomy,
)

_CLOSING_LINES = 3
_CLOSING_LINE_CHARS = 120


class Page:
    """The parts of one page the author search reads, each read at most once: the search
    asks for the byline with and without desks, and the author box reads the same
    author elements."""

    def __init__(
        self, body: LexborNode, headline: LexborNode | None, host: str = "", url: str | None = None
    ) -> None:
        self.body = body
        self.headline = headline
        self.host = host
        self.url = url

    @functools.cached_property
    def near_pairs(self) -> list[tuple[str, LexborNode | None]]:
        """The text chunks after the headline, each with the element that holds it."""
        return _chunks_after(self.body, self.headline)

    @functools.cached_property
    def text(self) -> str:
        """The page's text, a space between text nodes."""
        return self.body.text(deep=True, separator=" ")

    @functools.cached_property
    def near(self) -> list[str]:
        """The text chunks after the headline."""
        return [text for text, _ in self.near_pairs]

    @functools.cached_property
    def near_holders(self) -> list[LexborNode | None]:
        """The element that holds each of :attr:`near`'s chunks."""
        return [holder for _, holder in self.near_pairs]

    @functools.cached_property
    def closing(self) -> list[str]:
        """The article's last paragraphs with text, the last first: the credit closing the
        story, and the short lines a template may set after it (a topic link, a programme
        note), up to the first paragraph of prose."""
        article = article_of(self.body, self.headline)
        if article is None:
            return []
        paragraphs = article.css("p")
        found = _last_lines(paragraphs)
        # A box the template sets after the text (a match's line-up, a fact box) may fill
        # those lines: the text's own container closes with its credit ("Quelle: APA").
        longest = max(paragraphs, key=lambda p: len(p.text(deep=True)), default=None)
        box = longest.parent if longest is not None else None
        if box is not None:
            own = _last_lines(
                [p for p in paragraphs if p.parent is not None and p.parent.mem_id == box.mem_id]
            )
            found = [*own, *(line for line in found if line not in own)]
        return found

    @functools.cached_property
    def shapes(self) -> dict[int, bool]:
        """Whether each element asked about is a list or a row of other posts by its shape
        (:func:`.places.in_posts_by_shape`), answered once a page."""
        return {}

    @functools.cached_property
    def holders(self) -> frozenset[int]:
        return holding_headline(self.body)

    @functools.cached_property
    def marked(self) -> list[LexborNode]:
        """The author elements, in document order, each once (lexbor lists an element
        once for each selector it matches)."""
        found = {n.mem_id: n for n in self.body.css(BYLINE_CSS)}
        return [n for n in found.values() if author_element(n, self.host)]

    @functools.cached_property
    def candidates(self) -> list[LexborNode]:
        """The author elements outside the site's furniture, taxonomy, teasers and text."""
        return [
            n
            for n in self.marked
            if not (
                in_furniture(n, self.holders)
                or taxonomy(n)
                or in_teaser(n, self.holders)
                or mentioned_in_text(n)
                or in_caption(n)
            )
        ]

    @functools.cached_property
    def bylines(self) -> list[LexborNode]:
        """The candidates that may be the article's byline, nearest the headline first:
        those after it, then a few before it."""
        candidates = self.candidates
        if not candidates:
            return []
        # The elements before the headline, found by walking the page only as far as the
        # headline (the candidates are in document order already).
        wanted = {n.mem_id for n in candidates}
        seen: set[int] = set()
        headline = self.headline
        if headline is not None:
            for node in self.body.traverse():
                if node.mem_id == headline.mem_id:
                    break
                if node.mem_id in wanted:
                    seen.add(node.mem_id)
            else:
                seen.clear()  # a headline outside the body: every candidate is after it
        after = [n for n in candidates if n.mem_id not in seen]
        before = [n for n in reversed(candidates) if n.mem_id in seen]
        return after[:12] + before[:4]


_SCAN_CHARS = 1500


def _last_lines(paragraphs: list[LexborNode]) -> list[str]:
    """The last paragraphs with text, the last first, up to the first of prose."""
    found: list[str] = []
    for paragraph in reversed(paragraphs):
        text = text_of(paragraph)
        if not text:
            continue
        found.append(text)
        if len(found) == _CLOSING_LINES or len(text) > _CLOSING_LINE_CHARS:
            break
    return found


def following(node: LexborNode) -> Iterator[LexborNode]:
    """The nodes after ``node`` in document order (not its own descendants), without
    walking the page from its top."""
    current: LexborNode | None = node
    while current is not None:
        sibling = current.next
        while sibling is not None:
            yield from sibling.traverse(include_text=True)
            sibling = sibling.next
        current = current.parent


def _text_after(scope: LexborNode, start: LexborNode | None) -> list[tuple[str, LexborNode | None]]:
    """The text chunks (text nodes) after ``start`` (from the top of ``scope`` without
    one), up to a little of the article text, each with its parent element."""
    chunks: list[tuple[str, LexborNode | None]] = []
    total = 0
    nodes = scope.traverse(include_text=True) if start is None else following(start)
    for text, parent in shown_texts(nodes):
        total += len(text)
        chunks.append((text, parent))
        if total > _SCAN_CHARS:
            break
    return chunks


def _chunks_after(
    body: LexborNode, headline: LexborNode | None
) -> list[tuple[str, LexborNode | None]]:
    if headline is not None:
        return _text_after(body, headline)
    return _text_after(article_of(body, None) or body, None)


ANNOUNCED_CHARS = 600


def window(chunks: list[str], limit: int) -> int:
    """How many of ``chunks`` fit in the first ``limit`` characters."""
    total = 0
    for i, chunk in enumerate(chunks):
        total += len(chunk)
        if total > limit:
            return i + 1
    return len(chunks)


def article_of(body: LexborNode, headline: LexborNode | None) -> LexborNode | None:
    """The element holding the article's text: the <article> around the headline, else the
    page's main element, else (an old template of <div>s) the nearest element around the
    headline that holds paragraphs."""
    if headline is not None:
        held = next((a for a in ancestors(headline) if a.tag == "article"), None)
        if held is not None:
            return held
    main = body.css_first("article, main, [role=main]")
    if main is not None or headline is None:
        return main
    return next(
        (a for a in ancestors(headline) if a.tag != "html" and len(a.css("p")) >= _PARAGRAPHS),
        None,
    )


# The paragraphs an element around the headline holds to be the article's.
_PARAGRAPHS = 3

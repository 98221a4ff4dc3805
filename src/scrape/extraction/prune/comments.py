"""Readers' comment threads, known by their comments' permalinks."""

from __future__ import annotations

from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from ..dates.grammar import TEXT_DATE
from ..dom import MARK, text_of
from .common import common_ancestor

# A thread's wrapper holds its heading, prompts and reply form ("12 comments", "Leave a reply")
# beside the comments: at most this much text of its own.
_THREAD_FRAME_CHARS = 600


def comment_threads(body: LexborNode, path: str | None) -> list[LexborNode]:
    """Readers' comment threads, known by how commenting systems link a comment: its date is
    a link to the comment's own place on this very page (``#comment-812``), where an
    article's own dates link to the article, its in-page links (a table of contents,
    footnotes) are no dates, and a live blog's entries link their time of day. Two or more
    such permalinks make a thread: the smallest element holding them, with the wrapper
    around it that adds only a heading, prompts or the reply form.
    ``path``: the page's own (:func:`declared_address`).
    """
    if path is None:
        return []
    permalinks = []
    for link in body.css('a[href*="#"]'):
        href = (link.attributes.get("href") or "").strip()
        where, _, fragment = href.partition("#")
        if not fragment or (where and not _same_page(where, path)):
            continue
        label = text_of(link)
        if len(label) <= 60 and TEXT_DATE.search(label):
            permalinks.append(link)
    if len(permalinks) < 2:
        return []
    thread = common_ancestor(permalinks)
    if thread is None or thread.tag in {"body", "html", "main", "article"}:
        return []
    if thread.css_first(f"[{MARK}]") is not None:
        return []
    size = len(text_of(thread))
    while True:
        parent = thread.parent
        if parent is None or parent.tag in {"body", "html", "main"} or parent.attributes.get(MARK):
            break
        if parent.css_first(f"[{MARK}]") is not None:
            break
        if len(text_of(parent)) - size > _THREAD_FRAME_CHARS:
            break
        thread = parent
    return [thread]


def _same_page(where: str, path: str) -> bool:
    """Whether the address ``where`` is the page at ``path``, or a page of its comments
    ("/story/comment-page-2/")."""
    try:
        target = urlsplit(where).path.rstrip("/")
    except ValueError:
        return False
    return target == path or target.startswith(path + "/")

"""Readers' comment threads, known by their comments' permalinks or by the heading over
them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from ..dates.grammar import TEXT_DATE
from ..dom import MARK, text_of
from .common import child_elements, common_ancestor

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


# The heading over the readers' comments, with their count ("Kommentare (84)", "12
# Comments", "Leserkommentare", "Commentaires").
_COMMENTS_HEADING = re.compile(
    r"(?:\d+\s+)?(?:(?:leser|nutzer)?kommentare?|(?:reader\s+)?comments?|commentaires?|"
    r"comentarios?|comentários?|commenti|reacties|komentarze|komentáře|kommentarer|kommentit|"
    r"yorumlar)(?:\s*\(\d+\)|\s+\d+)?",
    re.IGNORECASE,
)


def comment_sections(body: LexborNode) -> list[LexborNode]:
    """Blocks that open with the comments' heading ("Kommentare (84)") over the comments,
    where no class names them and no permalink dates them: a section, a div or an aside
    whose first element is the heading."""
    found: list[LexborNode] = []
    for heading in body.css("h2, h3, h4"):
        if _COMMENTS_HEADING.fullmatch(text_of(heading)) is None:
            continue
        block = heading.parent
        if block is None or block.tag not in {"section", "div", "aside"}:
            continue
        kids = child_elements(block)
        if len(kids) < 2 or kids[0].mem_id != heading.mem_id:
            continue
        if block.css_first(f"[{MARK}]") is None:
            found.append(block)
    return found

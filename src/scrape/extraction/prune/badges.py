"""Boxes of badges: a heading over pictures linking out to other sites."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from ..dom import MARK, text_of
from .common import cached_text_of, outermost_of
from .links import bare_host, netloc_of, points_within

# Badges pointing to at least this many other sites: app stores, a shop, partners.
_BADGE_SITES = 2


def badge_boxes(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Boxes holding a heading over pictures linking out to other sites and nothing else:
    app-store and shop badges ("Read the magazine in our app"), partners' logos. Their
    heading, left over the badges it announces, reads as the article's sub-heading."""
    found: list[LexborNode] = []
    # The headings of an article climb to the same container: its text is read once.
    texts: dict[int, str] = {}
    for heading in body.css("h2, h3, h4, h5, h6"):
        title = text_of(heading)
        if not title or heading.attributes.get(MARK) is not None:
            continue
        box = heading.parent
        while box is not None and box.css_first("a[href]") is None:
            if (
                box.tag in {"body", "html", "main", "article"}
                or cached_text_of(box, texts) != title
            ):
                box = None
                break
            box = box.parent
        if box is None or box.tag in {"body", "html", "main", "article"}:
            continue
        if cached_text_of(box, texts) == title and _badges_out(box, host):
            found.append(box)
    return outermost_of(found)


def _badges_out(box: LexborNode, host: str | None) -> bool:
    """Whether every link of ``box`` is a picture without words pointing to another site,
    and they point to ``_BADGE_SITES`` sites or more."""
    sites = set()
    for link in box.css("a[href]"):
        href = link.attributes.get("href") or ""
        netloc = netloc_of(href)
        if text_of(link) or link.css_first("img") is None or not netloc:
            return False
        if points_within(href, host):
            return False
        sites.add(bare_host(netloc))
    return len(sites) >= _BADGE_SITES

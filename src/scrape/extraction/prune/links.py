"""The page's own address and its links: which point to other pages of the site."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode


def declared_address(tree: LexborHTMLParser) -> str:
    """The page's own address as it declares it (canonical link, else og:url), or ""."""
    node = tree.css_first('link[rel="canonical"], meta[property="og:url"]')
    if node is None:
        return ""
    return node.attributes.get("href") or node.attributes.get("content") or ""


def netloc_of(href: str) -> str:
    try:
        return urlsplit(href).netloc
    except ValueError:  # a mangled address ("https://[host"): no host to compare
        return ""


def bare_host(netloc: str) -> str:
    host = netloc.casefold().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def internal_links(node: LexborNode, host: str | None) -> list[LexborNode]:
    """Links to other pages of the same site: teasers point there; in-page anchors (a
    table of contents) and links out (sources, changelogs) are the article's own."""
    return [a for a in node.css("a[href]") if points_within(a.attributes.get("href") or "", host)]


# Pages repeat their links (menus, cards tested by several rules): each address is read once
# per page (prune empties the cache as it starts).
@functools.lru_cache(maxsize=4096)
def points_within(href: str, host: str | None) -> bool:
    """Whether ``href`` points to another page of the site ``host``."""
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
        return False
    netloc = netloc_of(href)
    # Without the page's own address an absolute link cannot be told internal.
    return not netloc or (host is not None and bare_host(netloc) == host)


def link_chars(links: list[LexborNode]) -> int:
    return sum(len(a.text(deep=True).strip()) for a in links)


def path_of(address: str) -> str | None:
    """The path of an address, without a trailing slash."""
    try:
        path = urlsplit(address).path
    except ValueError:
        return None
    return path.rstrip("/") or None

"""URL normalisation: one spelling per page, so that variants dedupe to one row.

``normalize_url`` gives the URL we fetch and store (tracking parameters, fragments,
default ports and trailing slashes removed, query sorted; scheme kept, because some
sites serve only one). ``url_key`` additionally ignores the scheme and a leading
``www.``: the identity under which the frontier and the store deduplicate.
"""

from __future__ import annotations

import functools
from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import extract_domain
from courlan import normalize_url as _courlan_normalize


def normalize_url(url: str, base: str | None = None) -> str | None:
    """Absolute, cleaned URL, or ``None`` when ``url`` is not an http(s) URL."""
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        cleaned = _courlan_normalize(url, strict=False, trailing_slash=False)
    except ValueError:
        return None
    parts = urlsplit(cleaned)
    path = parts.path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path or "/", parts.query, ""))


@functools.lru_cache(maxsize=8192)  # a crawl asks for one URL's key several times in a row
def url_key(url: str) -> str:
    """Scheme-less identity of a normalised URL: ``example.com/a/b?x=1``."""
    parts = urlsplit(normalize_url(url) or url)
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path if parts.path != "/" else ""
    return host + path + (f"?{parts.query}" if parts.query else "")


def site_of(url: str) -> str:
    """The registered domain (``news.bbc.co.uk`` -> ``bbc.co.uk``); IP hosts keep the port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.replace(".", "").isdigit() or ":" in host:
        return parts.netloc.lower()
    return extract_domain(url) or host


def same_site(url: str, home: str) -> bool:
    return site_of(url) == site_of(home)

"""URLs as sites publish them, and the identity under which their variants are one page.

``normalize_url`` gives the URL we fetch and store: absolute, without the fragment and
known tracking parameters, scheme and host lower-cased, the default port dropped, and
otherwise exactly as the site wrote it. Servers tell paths apart by case and trailing
slash (WordPress answers 404 without the slash) and some read the query in order, so
none of those change on the wire.

``url_key`` is the identity under which the frontier and the store deduplicate: it also
folds the scheme, a leading ``www.``, trailing slashes, the order of the query and the
parameters that only say where a click came from. Keys are stored in every database: a
change of their spelling comes with a migration that re-keys the stored rows.
"""

from __future__ import annotations

import functools
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

from courlan import extract_domain
from courlan import normalize_url as _courlan_normalize

# Query parameters that only tell the linking site's analytics where a click came from
# (from the general lists of ClearURLs and AdGuard, and AT Internet's, common on news
# feeds). courlan's own tracker pattern is broader (any parameter starting with "ref",
# "source", "ga", "gl", ...) and would drop meaningful ones from the request, so it serves
# the key only, as it always has.
_TRACKING_PREFIXES = (
    *("utm_", "mtm_", "pk_", "mc_", "oly_", "vero_", "hsa_", "_hs", "__hs"),
    *("at_", "itm_", "otm_", "fb_action_"),
)
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "twclid", "ttclid"}
    | {"yclid", "ysclid", "igshid", "mkt_tok", "srsltid", "_ga", "_gl", "_openstat", "xtor"}
    | {"fb_source", "fb_ref", "cmpid", "s_cid", "ocid"}
)
# Named like an origin, not like a page: dropped from keys only, because some sites do read
# them. Parameters that merely contain such a word ("cid", "uid", "gallery", "reference")
# often number the page itself, so two articles would share one key.
_REFERRAL_NAMES = frozenset(
    {"ref", "referer", "referrer", "source", "medium", "campaign", "aff", "affi", "affiliate"}
    | {"keyword", "kwd", "session", "sessionid", "ga", "gl"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(parameter: str) -> bool:
    name = parameter.partition("=")[0].lower()
    return name in _TRACKING_NAMES or name.startswith(_TRACKING_PREFIXES)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The URL as published, absolute and cleaned (see the module docstring), or ``None``
    when ``url`` is not an http(s) URL."""
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # an unbracketed IPv6 address, a port that is not a number
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname  # lower-cased by urlsplit
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if parts.username is not None:
        host = f"{parts.netloc.rpartition('@')[0]}@{host}"
    query = "&".join(p for p in parts.query.split("&") if not _is_tracking(p))
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def _key_query(query: str) -> str:
    """The query sorted by name, without empty values, trackers and referral names."""
    # Spelled as courlan spells a query (parse_qs, then urlencode), so the keys of URLs
    # whose parameters both keep are what databases already hold.
    kept = {
        name: values
        for name, values in sorted(parse_qs(query).items())
        if not _is_tracking(name) and name.lower() not in _REFERRAL_NAMES
    }
    return urlencode(kept, doseq=True)


def _folded(url: str) -> str | None:
    """The spelling keys are made of: courlan's normal form of the path, without trailing
    slashes, and the query as :func:`_key_query` leaves it."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        # courlan's own query cleaning drops any parameter containing "id", "source", "ga"
        # and the like ("cid", "uid", "gallery"), so it sees no query at all.
        cleaned = _courlan_normalize(
            urlunsplit(parts._replace(query="")), strict=False, trailing_slash=False
        )
    except ValueError:
        return None
    folded = urlsplit(cleaned)
    path = folded.path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return urlunsplit((folded.scheme, folded.netloc, path or "/", _key_query(parts.query), ""))


@functools.lru_cache(maxsize=8192)  # a crawl asks for one URL's key several times in a row
def url_key(url: str) -> str:
    """Scheme-less identity: ``example.com/a/b?x=1&y=2`` for ``https://www.example.com/a/b/?y=2&x=1``."""
    # The tracking parameters the fetched URL drops must not tell keys apart either, or a
    # page queued under its feed link would be stored under another identity.
    parts = urlsplit(_folded(normalize_url(url) or url) or url)
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

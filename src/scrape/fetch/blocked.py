"""Recognising answers that are not the page: bot challenges, access walls, consent gates.

Such answers often come with status 200, so a crawler that trusts the status stores a
"Just a moment..." page as an article. :func:`block_reason` looks at the status, the
headers and the start of the body and names what it sees, or returns ``None``.

A marker alone is not enough on a 200: real articles embed reCAPTCHA in comment forms
and write about "consent". A 200 counts as blocked only when a marker is found AND the
page is small, the way challenge and consent pages are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ahocorasick_rs import BytesAhoCorasick, Implementation, MatchKind

# Vendor fingerprints in headers: (header, value substring or "" for presence, reason).
_HEADER_MARKERS = (
    ("cf-mitigated", "challenge", "Cloudflare challenge"),
    ("x-datadome", "", "DataDome bot protection"),
    ("x-amzn-waf-action", "", "AWS WAF challenge"),
    ("x-sucuri-block", "", "Sucuri firewall"),
)
# Fingerprints in the body, lower case: reason -> alternatives, each a set of substrings
# that must all appear (in the first _HEAD bytes).
_BODY_MARKERS: dict[str, tuple[tuple[bytes, ...], ...]] = {
    "Cloudflare challenge": (
        (b"cf-chl-",),
        (b"/cdn-cgi/challenge-platform/",),
        (b"<title>just a moment...</title>",),
        (b"attention required! | cloudflare",),
    ),
    "DataDome bot protection": ((b"captcha-delivery.com",),),
    "PerimeterX bot protection": ((b"px-captcha",), (b"_pxhd",), (b"perimeterx",)),
    "Imperva bot protection": ((b"_incapsula_resource",), (b"incapsula incident id",)),
    "Akamai access denial": ((b"<title>access denied</title>", b"reference #"),),
    "captcha page": (
        (b"g-recaptcha",),
        (b"h-captcha",),
        (b"hcaptcha.com/1/api",),
        (b"are you a robot",),
        (b"verify you are human",),
        (b"verify you are a human",),
        (b"unusual traffic from your computer",),
    ),
    "consent interstitial": (
        (b"consent.google.com",),
        (b"consent.yahoo.com",),
        (b"consent.youtube.com",),
        (b"guce.yahoo.com",),
        (b"guce.oath.com",),
        (b"<title>before you continue",),
    ),
}
_HEAD = 64 * 1024
# Every substring of the table, all found in one pass over the head (Aho-Corasick, every
# occurrence, overlapping ones too): a substring scan each would read an ordinary page's
# head a score of times, and this runs on every page.
_PARTS = tuple(
    dict.fromkeys(
        part for alternatives in _BODY_MARKERS.values() for parts in alternatives for part in parts
    )
)
_FINDER = BytesAhoCorasick(list(_PARTS), implementation=Implementation.DFA)
# Whether any of them is in the head at all: a leftmost-first search reports a match if any
# substring occurs, and unlike the overlapping one it can skip ahead with a vectorised
# prefilter, an order of magnitude faster on an ordinary page, where nothing is found.
_ANY_PART = BytesAhoCorasick(list(_PARTS), matchkind=MatchKind.LeftmostFirst)
# Challenge and consent pages are tiny next to an article; beyond this many bytes of
# visible text a 200 page is taken for real even if it mentions a captcha.
_MAX_CHALLENGE_TEXT = 2000
_TAGS = re.compile(rb"<script[\s\S]*?</script>|<style[\s\S]*?</style>|<[^>]+>", re.IGNORECASE)
WALL_STATUSES = (401, 403, 451)


def block_reason(status: int, headers: Mapping[str, str], body: bytes) -> str | None:
    """Why this answer is a block rather than the page asked for, or ``None``."""
    for header, value, reason in _HEADER_MARKERS:
        found = headers.get(header)
        if found is not None and value in found.lower():
            return reason
    head = body[:_HEAD].lower()
    marker = _marker(head)
    if status in WALL_STATUSES:
        return marker or f"HTTP {status} access wall"
    if marker is None:
        return None
    if status >= 400:  # a 429/503 challenge page: the challenge, not an overload
        return marker
    visible = _TAGS.sub(b" ", head).split()  # a marker on a 200 page: rare, so affordable
    return marker if sum(len(word) + 1 for word in visible) < _MAX_CHALLENGE_TEXT else None


def _marker(head: bytes) -> str | None:
    """The first reason of the table whose substrings (all of one alternative) are in ``head``."""
    if not _ANY_PART.find_matches_as_indexes(head):
        return None
    found = {_PARTS[i] for i, _, _ in _FINDER.find_matches_as_indexes(head, overlapping=True)}
    if not found:
        return None
    return next(
        (
            reason
            for reason, alternatives in _BODY_MARKERS.items()
            if any(all(part in found for part in parts) for parts in alternatives)
        ),
        None,
    )

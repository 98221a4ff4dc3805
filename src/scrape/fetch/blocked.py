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

# Vendor fingerprints in headers: (header, value substring or "" for presence, reason).
_HEADER_MARKERS = (
    ("cf-mitigated", "challenge", "Cloudflare challenge"),
    ("x-datadome", "", "DataDome bot protection"),
    ("x-amzn-waf-action", "", "AWS WAF challenge"),
    ("x-sucuri-block", "", "Sucuri firewall"),
)
# Fingerprints in the body, lower case: reason -> alternatives, each a set of substrings
# that must all appear (in the first _HEAD bytes). Plain substring search, behind the anchor
# gate below, keeps this cheap enough to run on every page.
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
# Each substring scan reads the whole head of an ordinary page, so the alternatives share
# scans: each stands behind the first of these anchors found inside one of its parts and is
# tried only when that anchor is in the head. A match needs every part, so its anchor is
# there too: the gate changes the cost, never the answer. An alternative no anchor covers is
# its own anchor, so a marker added to the table is always checked. Anchors must be rare on
# ordinary pages or their gate stays open: not a bare "consent", which WordPress comment
# forms carry ("comment-form-cookies-consent"), nor "<title>".
_ANCHORS = (b"captcha", b"consent.", b"incapsula", b"verify you are")


def _anchor(parts: tuple[bytes, ...]) -> bytes:
    return next((a for a in _ANCHORS if any(a in part for part in parts)), parts[0])


# _BODY_MARKERS with each alternative's anchor, in the table's order so the first reason wins;
# _GATES the distinct anchors, each scanned for once per page.
_GATED = tuple(
    (reason, tuple((_anchor(parts), parts) for parts in alternatives))
    for reason, alternatives in _BODY_MARKERS.items()
)
_GATES = tuple(dict.fromkeys(anchor for _, gated in _GATED for anchor, _ in gated))
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
    present = {anchor for anchor in _GATES if anchor in head}
    marker = next(
        (
            reason
            for reason, gated in _GATED
            if any(
                anchor in present and all(part in head for part in parts) for anchor, parts in gated
            )
        ),
        None,
    )
    if status in WALL_STATUSES:
        return marker or f"HTTP {status} access wall"
    if marker is None:
        return None
    if status >= 400:  # a 429/503 challenge page: the challenge, not an overload
        return marker
    visible = _TAGS.sub(b" ", head).split()  # a marker on a 200 page: rare, so affordable
    return marker if sum(len(word) + 1 for word in visible) < _MAX_CHALLENGE_TEXT else None

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
# Fingerprints in the body: reason -> pattern (searched in the first _HEAD bytes).
_BODY_MARKERS = {
    "Cloudflare challenge": rb"cf-chl-|challenge-platform|<title>just a moment\.\.\.</title>"
    rb"|attention required! \| cloudflare",
    "DataDome bot protection": rb"captcha-delivery\.com|geo\.captcha-delivery",
    "PerimeterX bot protection": rb"px-captcha|_pxhd|perimeterx",
    "Imperva bot protection": rb"_incapsula_resource|incapsula incident id",
    "Akamai access denial": rb"<title>access denied</title>[\s\S]{0,2000}reference #",
    "captcha page": rb"g-recaptcha|h-captcha|hcaptcha\.com/1/api|are you a robot|"
    rb"verify you are (?:a )?human|unusual traffic from your computer",
    "consent interstitial": rb"consent\.(?:google|yahoo|youtube)\.com|guce\.(?:yahoo|oath)\.com"
    rb"|<title>before you continue",
}
_BODY_PATTERN = {reason: re.compile(p, re.IGNORECASE) for reason, p in _BODY_MARKERS.items()}
_HEAD = 64 * 1024
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
    head = body[:_HEAD]
    marker = next((r for r, pattern in _BODY_PATTERN.items() if pattern.search(head)), None)
    if status in WALL_STATUSES:
        return marker or f"HTTP {status} access wall"
    if marker is None:
        return None
    if status >= 400:  # a 429/503 challenge page: the challenge, not an overload
        return marker
    visible = _TAGS.sub(b" ", head).split()
    return marker if sum(len(word) + 1 for word in visible) < _MAX_CHALLENGE_TEXT else None

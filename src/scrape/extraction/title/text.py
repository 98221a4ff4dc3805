"""A title's text: repaired as a browser would show it (character references a CMS
escaped twice, mojibake, invisible and direction marks), squashed for comparing, cut into
its parts between separators, and the share of its words another text holds."""

from __future__ import annotations

import html
import re


def squash(text: str) -> str:
    """``text`` as titles are compared: case, spaces and punctuation away."""
    return re.sub(r"\W+", "", text.casefold())


# A character reference left in parsed text: the CMS escaped the title twice ("SQL &#x26;
# AI", "Beginner&#8217;s"). Only complete references, so "AT&T" and "R&D" stay as they are.
_CHAR_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")

# UTF-8 bytes decoded as cp1252 or latin-1 somewhere upstream of the page ("Investorâ€™s",
# "Investorâ\x80\x99s"): a lead-byte character followed by continuation-byte characters.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]{1,3}"
)


def _as_bytes(text: str) -> bytes | None:
    """The bytes ``text`` was decoded from, as cp1252 or (for the five bytes cp1252 leaves
    undefined, and C1 controls) as latin-1."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            out.append(ord(char))
    return bytes(out)


def _unmangled(match: re.Match[str]) -> str:
    raw = _as_bytes(match.group(0))
    try:
        fixed = raw.decode("utf-8") if raw is not None else ""
    except UnicodeDecodeError:
        return match.group(0)
    # Titles are mangled in their punctuation and accented letters; a decoding into any
    # other script ("Ö’" as a Hebrew accent) means the text was right as it was.
    plausible = all(
        "\u00a0" <= c <= "\u024f" or "\u2000" <= c <= "\u20cf" or c == "\u2122" for c in fixed
    )
    return fixed if fixed and plausible else match.group(0)


# Characters that print nothing: soft hyphens (line-break hints: "Mes&shy;sen&shy;ger"),
# zero-width spaces, word joiners and stray byte-order marks. Joiners that shape letters
# (ZWJ, ZWNJ in Persian or Hindi) are kept.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")

# Direction marks and embeddings that right-to-left sites set around a title's separators
# and ends ("Headline \u200f- Site", "\u202bHeadline\u202c | Site"): next to a space or at
# an end they order nothing a reader sees, and left there they stay on the headline once
# the site's name is cut off. Between two letters they may order a mixed-script run, and
# stay.
_BIDI = "[\u200e\u200f\u202a-\u202e\u2066-\u2069]"

_BIDI_EDGE = re.compile(rf"^{_BIDI}+|{_BIDI}+$|(?<=\s){_BIDI}+|{_BIDI}+(?=\s)")


def repaired(text: str) -> str:
    """``text`` with doubly escaped character references decoded, mojibake undone and
    invisible characters (and direction marks at its ends and spaces) removed."""
    for _ in range(2):
        if not _CHAR_REF.search(text):
            break
        text = html.unescape(text)
    text = _BIDI_EDGE.sub("", _INVISIBLE.sub("", text))
    return _MOJIBAKE.sub(_unmangled, text)


# Separators sites put between headline and site name ("Headline | Site", "Site - Headline"):
# a dash, a bullet, an angle quote or a star set off by spaces (the separators CMS and SEO
# plugins offer: "Post « Site", "Post ‹ Site", "Post ⋆ Site"), or by one before it
# ("Headline -Section"), and bars in any script, which need no spaces ("제목｜신문", the
# Hangul vowel "ᅵ" and the CJK stroke "丨" as bars), but for a bar between a letter or two
# on each side, which is a name's ("Xbox Series X|S").
_WIDE_BARS = "｜︱ᅵ│¦丨"
BARS = "|" + _WIDE_BARS
BAR = rf"\s*(?:[{_WIDE_BARS}]|(?<!\b[^\W_])(?<!\b[^\W_]{{2}})\||\|(?![^\W_]{{1,2}}\b))\s*"

# Chinese and Japanese titles use no spaces: a dash, colon or underscore touching their
# script or brackets is a separator ("标题-新华网", "「Treeviz」:phpspot開発日誌"), and so is
# the Chinese dash, two em dashes long ("标题——东岸网").
_CJK = "\u3000-\u30ff\u3400-\u9fff\uff01-\uff60"

_CJK_DASH = r"[\-_:：―]|——"

_CJK_SEPARATOR = rf"(?<=[{_CJK}])(?:{_CJK_DASH})(?=\S)|(?<=\S)(?:{_CJK_DASH})(?=[{_CJK}])"

_SEPARATOR = re.compile(
    rf"\s+[|\-–—·•»«‹›<>*⋆:/~]{{1,2}}\s+|{BAR}|\s+[\-–—»](?=[^\W\d_])"
    rf"|{_CJK_SEPARATOR}"
)

# A quotation in angle quotes, French style with its spaces ("« Nous irons »") or German
# and Swiss style ("»Wir gehen«", "‹so›"): its marks are quotation marks, not separators.
_ANGLE_QUOTED = re.compile(r"«[^«»]*»|»[^«»\s][^«»]*«|‹[^‹›]*›|›[^‹›\s][^‹›]*‹")


def split_title(title: str) -> tuple[list[str], list[str]]:
    """``title``'s parts between separators, and the separators, in order; a separator
    that would cut through an angle-quoted phrase is none."""
    # Separators are searched for with each quotation masked: its marks and what they
    # hold are no separators, while the characters around it still may be.
    masked = _ANGLE_QUOTED.sub(lambda q: "x" * len(q.group(0)), title)
    parts: list[str] = []
    seps: list[str] = []
    start = 0
    for match in _SEPARATOR.finditer(masked):
        parts.append(title[start : match.start()])
        seps.append(title[match.start() : match.end()])
        start = match.end()
    parts.append(title[start:])
    return parts, seps


# A word in any script: letters and digits with the vowel signs and other combining marks
# that Brahmic scripts write inside their words (Devanagari "मंजूरी", Bengali, Tamil), which
# are no word characters to Python's patterns and would cut a word into shared letters.
_WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0900-\u0963\u0966-\u0dff])+")


def word_overlap(text: str, others: list[str]) -> float:
    """Share of the words of ``text`` found in the best-matching of ``others``."""
    words = set(_WORD.findall(text.casefold()))
    if not words:
        return 0.0
    return max(
        (len(words & set(_WORD.findall(o.casefold()))) / len(words) for o in others),
        default=0.0,
    )

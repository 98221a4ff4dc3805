"""The titles a page declares (og:title, the JSON-LD headline, the <title> tag, ...):
read, the one most of them agree on, and one a CMS cut short made whole again."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from ..metadata import Metadata, ld_text
from .text import squash


def meta_titles(md: Metadata) -> list[str]:
    """Declared titles, most trustworthy first."""
    article = md.ld_article or {}
    candidates = [
        md.get("og:title"),
        ld_text(article.get("headline")) or ld_text(article.get("name")),
        md.get("twitter:title"),
        md.get("dc.title", "parsely-title", "sailthru.title", "headline"),
        md.html_title,
    ]
    og_title, card_title = candidates[0], candidates[2]
    if og_title and card_title and squash(card_title) == squash(og_title):
        # A Twitter card falls back to og:title; a card title spelling it is that same
        # social-media title written out again, not a second declaration agreeing with it.
        candidates[2] = None
    return [as_declared(c) for c in candidates if c and c.strip() and len(c) <= _LONGEST_DECLARED]


# A <title> never closed holds the rest of the document as its text (browsers read it so),
# and an attribute whose closing quote is missing runs on to the next one: a "title" of
# thousands of characters is such a page's markup, not its name.
_LONGEST_DECLARED = 1_000


def as_declared(title: str) -> str:
    """A declared title as a browser would show it."""
    # Some CMSs escape twice ("Beginner&#8217;s", "&amp;"), mostly in JSON-LD.
    return " ".join(html.unescape(title).split())


def majority_title(cleaned: list[str]) -> str | None:
    """The declared title most of the others repeat; the most trusted one on a tie."""
    votes: dict[str, int] = {}
    for title in cleaned:
        key = squash(title)
        if key:
            votes[key] = votes.get(key, 0) + 1
    best = max(votes.values(), default=0)
    return next((t for t in cleaned if squash(t) and votes[squash(t)] == best), None)


def agreed_title(cleaned: list[str]) -> str | None:
    """A declared title that at least two of the page's declarations give."""
    title = majority_title(cleaned)
    if title is None:
        return None
    return title if sum(squash(t) == squash(title) for t in cleaned) >= 2 else None


# Quotation marks of any language a headline may go on with where a declared title stops.
_QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚「」『』＂"

# An ellipsis ending a title: the CMS cut it to a length and said so.
_ELLIPSIS = re.compile(r"\s*(?:…+|\.{3,})$")

# Under this, a shortened title's remains ("Die…") could start any text.
_SHORTENED_MIN = 8


def uncut(title: str, witnesses: Sequence[str], by_length: bool = False) -> str:
    """``title`` as it was written, when the page declares it cut short: the text of the
    first witness (the heading, another declared title) that goes on from where it stops.

    A template that pastes the headline into ``content="..."`` unescaped ends the attribute
    at the headline's first straight quote mark (``content="Dijo "basta" a la reforma"`` is
    read, by browsers and by us, as "Dijo "), while the heading and the <title> element,
    which are text, carry the whole of it: a declared title that a witness goes on from at
    a quote mark ("Dijo" before "“basta” a la reforma") is cut, never a shorter wording,
    since search titles are shortened at a separator or a word, not at a quotation. A
    title ending in an ellipsis ("Regierung und Opposition einigen sich nach…") is one a
    CMS cut to a length, and a witness that goes on from it past the cut (not with the
    ellipsis itself) holds the rest. A title a witness goes on from inside a word
    ("... des Deutschl" before "andtickets") was cut at a length without saying so; and a
    ``by_length`` title, the JSON-LD headline, which validators hold to 110 characters and
    CMSs cut to fit, was cut too where a witness goes on from it with more words.
    """
    stem = _ELLIPSIS.sub("", title)
    shortened = stem != title
    if not stem or (shortened and len(stem) < _SHORTENED_MIN):
        return title
    for text in witnesses:
        at = text.find(stem)
        while at >= 0:
            rest = text[at + len(stem) :]
            before = text[:at].rstrip()
            starts_word = not before or not text[at - 1].isalnum()
            # A title the witness quotes ("„Tatort“ aus Münster") ends at its closing mark.
            quoted = bool(before) and before[-1] in _QUOTE_MARKS and not shortened
            if starts_word and not quoted and _goes_on(rest, shortened, stem, by_length):
                return text[at:]
            at = text.find(stem, at + 1)
    return title


def _goes_on(rest: str, shortened: bool, stem: str, by_length: bool) -> bool:
    if shortened:
        rest = rest.lstrip()
        return bool(rest) and not rest.startswith(("…", "..."))
    # Inside a word of a spaced script: in one written without spaces any two titles
    # one of which starts the other would meet "inside a word".
    if stem[-1:].isalnum() and rest[:1].isalnum() and " " in stem.strip():
        return True
    if by_length and rest[:1].isspace() and rest.lstrip()[:1].isalnum():
        return True
    rest = rest.lstrip()
    return len(rest) > 1 and rest[0] in _QUOTE_MARKS

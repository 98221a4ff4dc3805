"""What the author search's modules share: the tests of a name a byline element holds
(a weekday, initials, a phrase or a login are none), the text a reader is shown,
an element's descendants, and the domain a host is registered under."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from selectolax.lexbor import LexborNode

from ..names import AGENCY, DESK, NOT_NAME_WORD, PARTICLES, caseless, lower_initial

# A login name rather than a byline: "andrew.keaveney", "KatieS", "kffnirmitap",
# "TurboTaxLisa" (not "McDonald").
HANDLE = re.compile(r"^(?:[a-z]\S*|\S*[._@\d]\S*|\S*[a-z][A-Z]|\S*[a-z][A-Z]\S*[a-z][A-Z]\S*)$")


def plausible(name: str) -> bool:
    """Not a fragment a byline element also holds: a weekday or month ("Sat"), initials
    ("CM"), or a lower-case phrase ("on behalf of")."""
    words = name.split()
    if AGENCY.match(name):
        return True
    shortest = 1 if caseless(name) else 2
    if len(words) == 1 and (NOT_NAME_WORD.match(name.strip(".")) or len(name) <= shortest):
        return False
    if len(words) > 1 and ":" in name:
        return False
    # "Hinterlasse einen Kommentar", "Die Beamten fanden die Leiche": a phrase, not a name
    # (whose lower-case words are particles: "Ursula von der Leyen").
    phrase = any(lower_initial(w) and w.casefold() not in PARTICLES for w in words)
    # A particle leads to the family name and never ends a name: "Actualitzada el",
    # "Publié le", "Gepostet von" are the lead-ins of a date or a name.
    cut = len(words) > 1 and words[-1] in PARTICLES
    return not (cut or (len(words) > 1 and phrase and not DESK.match(name)))


NOT_SHOWN = frozenset({"style", "script", "noscript", "template"})


def shown_text(node: LexborNode) -> str | None:
    """The text of ``node`` as written when it is a text node holding words a reader sees."""
    if not node.is_text_node:
        return None
    raw = node.text_content
    if not raw or raw.isspace():
        return None
    parent = node.parent
    return None if parent is not None and parent.tag in NOT_SHOWN else raw


def shown_texts(nodes: Iterable[LexborNode]) -> Iterator[tuple[str, LexborNode | None]]:
    """The text nodes among ``nodes`` that hold words a reader sees, whitespace collapsed,
    each with its parent element."""
    for node in nodes:
        raw = shown_text(node)
        if raw is not None:
            yield " ".join(raw.split()), node.parent


def inside_ids(node: LexborNode) -> set[int]:
    return {n.mem_id for n in node.traverse()}


# Second-level labels under which countries register domains ("example.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})


def registered(host: str) -> list[str]:
    """The labels of the domain ``host`` is registered under ("example.co.uk" of
    "news.example.co.uk")."""
    labels = host.casefold().split(".")
    return labels[-(3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2) :]

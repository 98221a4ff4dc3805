"""What a person's name looks like: its words (particles, initials, a login) against
those of a month, a label or a sentence."""

from __future__ import annotations

import re

from .words import AGENCY

MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"

# Whole month names: "Julian", "Marcus" and "Janet" begin like months and are names.
_MONTH_NAMES = "january|february|march|april|june|july|august|september|october|november|december"

PARTICLES = frozenset(
    [
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "von",
        "zu",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
    ]
)

NOT_NAME_WORD = re.compile(
    rf"^(?:the|a|an|and|of|for|to|in|on|at|with|our|your|my|by|about|author|authors|team|"
    rf"staff|editor|editors|contributor|contributors|contributing|admin|home|blog|news|"
    rf"menu|search|login|share|see|view|all|updated|published|posted|last|read|more|mehr|más|più|"
    # A byline's buttons and labels ("Edit", "Follow", "Source: TODAY").
    rf"source|sources|edit|delete|invite|promote|get|follow|email|reply|subscribe|"
    # ... in the other languages ("Seguir en Google News", "Folgen", "Suivre").
    rf"seguir|suivre|folgen|seguire|volgen|obserwuj|følg|följ|abonnieren|suscribirse|"
    # ... and its controls for the text ("+Text Size").
    rf"size|font|"
    # Its share links ("Share | Copy | Facebook | X").
    rf"copy|print|save|link|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|"
    rf"xing|flipboard|mastodon|bluesky|instagram|youtube|tiktok|"
    rf"meer|min|"
    rf"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    rf"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    rf"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    # An author box's buttons in Chinese, Japanese and Korean: follow, more, subscribe,
    # share, profile, articles, fans.
    rf"关注|關注|更多|订阅|訂閱|分享|收藏|简介|簡介|主页|主頁|文章|粉丝|粉絲|"
    rf"フォロー|もっと見る|詳細|記事一覧|팔로우|구독|더보기|공유|"
    rf"(?:{MONTHS}|{_MONTH_NAMES}))$",
    re.IGNORECASE,
)

_RUNS_ON = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "via",
        "and",
        "under",
        "is",
        "ist",
        "est",
        "es",
        "im",
        "am",
        "aus",
        "für",
        "sur",
        "dans",
        "en",
    ]
)


def name_part(name: str) -> str:
    """The name without the sentence it runs into ("Sam Whitaker in Vegetables")."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in _RUNS_ON:
            return " ".join(words[:i])
    return " ".join(words)


def person_like(name: str, announced: bool = False) -> bool:
    """Written like a person's name: one to four capitalised words, no label words.

    Applied only to names read from the page's text near the headline, where a short
    capitalised chunk may also be a category or a button. After an explicit "By" the
    page itself says this is the author: a desk ("Workzone Team") is accepted there.
    """
    words = name.split()
    if announced and AGENCY.match(name):
        return True
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if len(words) > 1 and words[0] == "Das":
        # A heading's opening ("Das Wichtigste in Kürze"), in German's neuter article; the
        # masculine and feminine ones open the names of papers ("Der Postillon", "Die
        # Zeit"), a writer's name sometimes, and "Das" ends Bengali names ("Tarun Das").
        return False
    if announced:
        return True
    # A month's name beside a word that is no label is a given or family name ("Jan Koch",
    # "Theresa May", "June Carter"); alone, or among labels, it is a date's.
    named = any(not NOT_NAME_WORD.match(w.strip(".,'’")) for w in words)
    for place, word in enumerate(words):
        bare = word.strip(".,'’")
        # "An" ending a name is no article but a given or family name ("Nguyễn Văn An").
        given = bare == "An" and place == len(words) - 1 and place > 0
        if NOT_NAME_WORD.match(bare) and not (named and _MONTH_WORD.fullmatch(bare)) and not given:
            return False
        if not (word[:1].isupper() or word.casefold() in PARTICLES):
            return False
    # "CM", "AP": initials and wire codes, not a name.
    return not (len(words) == 1 and (len(name) < 3 or (name.isupper() and len(name) <= 3)))


_MONTH_WORD = re.compile(rf"(?:{MONTHS}|{_MONTH_NAMES})", re.IGNORECASE)

_NAME_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]*)*\.?")


def spelled_as_name(name: str, acronyms: bool = False) -> bool:
    """Spelled as a person's name: words of letters (an inner hyphen, apostrophe or the
    full stop of an initial), not "H&R Block". Without ``acronyms``, also no word in capitals
    among capitalised words ("Proton VPN", "Unlimited PTO"): where a heading names a term,
    not where a byline may set the family name in capitals ("Jean DUPONT")."""
    words = name.split()
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    # A word of two letters says nothing: an initial pair ("TJ") or a short name in a byline
    # set in capitals ("THANH HÀ").
    capitals = [w.isupper() for w in words if len(w.strip(".")) >= 3]
    return acronyms or all(capitals) or not any(capitals)


def common_words(name: str, text: str) -> bool:
    """Whether a word of ``name`` runs in the page's text in lower case three times or more:
    a common noun ("Privacy Guides", "Google Cloud", "Liberty Tax" on a page about tax),
    where a given or family name that is also a word ("Drew", "Baker") seldom is."""
    for word in name.split():
        lower = word.lower()
        if lower == word or len(lower) < 3:
            continue
        # Words of the text, not of an address the page prints ("owain.example.dev",
        # "christoffer@artmann.co"), which spells a person's name in lower case.
        edges = rf"(?<![\w.@/-]){re.escape(lower)}(?![\w@/-])(?!\.\w)"
        lowered = len(re.findall(edges, text))
        if lowered >= 3:
            return True
    return False


# A login name: one token of letters, digits, dots, dashes and underscores.
LOGIN = re.compile(r"[^\W\d_][\w.-]{2,30}")


def caseless(text: str) -> bool:
    """Written in scripts without capitals (Chinese, Japanese, Korean, Arabic, Georgian...):
    there a name of two characters is a whole name, not initials, and capitals say nothing."""
    return not any(c.isupper() or lower_initial(c) for c in text)


def lower_initial(word: str) -> bool:
    """Whether a word opens with a small letter, as its script writes case. Georgian's
    letters are lower case to Unicode, but its capitals are not used in text (a letter's
    title case is itself): a Georgian name opens with no small letter."""
    first = word[:1]
    return first.islower() and first.title() != first

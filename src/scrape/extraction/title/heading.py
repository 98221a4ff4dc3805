"""A heading's text as the reader sees it: parts glued by inline markup joined, unseen
parts left out, and the kicker over the headline left out or joined with ": "."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..blocks import BLOCK_TAGS
from ..dates.grammar import TEXT_DATE
from ..dom import (
    UNSHOWN_TAGS,
    attr_text,
    text_words,
    token_pattern,
)


def heading_text(node: LexborNode) -> str:
    """A heading's text as the browser shows it, without the kicker over the headline.

    Inline markup joins its neighbours ("Planning <span>C</span>ycle" is "Planning Cycle",
    where :func:`text_of` gives "Planning C ycle"); block children and line breaks stand
    apart, as in :func:`text_units`. A kicker the markup marks as one (an "overline",
    "roofline", "Dachzeile" element or a <small> over the headline) is the story's topic
    tag, not part of its title: readers quote the headline without it, as they quote it
    without its section. An unmarked first line ("Editor's Letter" over "bye, OC Baby") may
    belong to the title; it is joined the way headlines print one: "Editor's Letter: ...".
    So is an unmarked kicker run into the headline's line but styled apart from it
    (``<span class="accent">Sparen im Winter</span> Kostenloser Stromcheck für Mieter``).
    """
    named = node.css_first('[itemprop="headline"]')
    if named is not None and named.mem_id != node.mem_id and shown_text(named):
        # The page's microdata names the headline inside the heading; the rest of the
        # heading (a kicker, a series name) is not part of it.
        return heading_text(named)
    parts = _heading_parts(node)
    if parts is None:
        return shown_text(node)
    kicker, rest, marked = parts
    if marked or TEXT_DATE.search(kicker) or rest.casefold().startswith(kicker.casefold()):
        # A date over the headline is a dateline; a kicker the headline repeats adds
        # nothing. The separator the page put between them goes with the kicker.
        return rest.lstrip(_KICKER_SEPARATORS + " ")
    if rest[0] in ":;,.":
        return f"{kicker}{rest}"
    shown = shown_text(node)
    between = shown[len(kicker) : len(shown) - len(rest)].strip()
    if shown.startswith(kicker) and shown.endswith(rest) and between in _SPACED_MARKS:
        # ... in an element of its own between them ("<span class=sep>–</span>").
        return f"{kicker} {between} {rest}"
    if kicker.endswith(tuple(":.!?…-–—|/")) or rest[0] in "-–—|/":
        # The page's own punctuation joins them ("Local News | Headline"): no second one.
        return f"{kicker} {rest}"
    return f"{kicker}: {rest}"


_KICKER_SEPARATORS = ":;,.-–—|/"
_SEPARATOR_MARKS = frozenset({*_KICKER_SEPARATORS, "·", "•"})
# The marks a headline prints with a space on both sides ("Artist – Title").
_SPACED_MARKS = frozenset({"-", "–", "—", "|", "/", "·", "•"})


def unjoined_headline(node: LexborNode) -> str | None:
    """The headline without the kicker :func:`heading_text` joins to it (or a styled first
    word it keeps as the headline's, "<span class=hl>Nobody</span> Saw the Flood"), or
    None where there is none: the text a declared title may spell where the kicker is
    the template's."""
    named = node.css_first('[itemprop="headline"]')
    if named is not None and named.mem_id != node.mem_id and shown_text(named):
        return unjoined_headline(named)
    parts = _heading_parts(node, loose=True)
    if parts is None:
        return _without_trailing_part(_heading_items(node))
    kicker, rest, marked = parts
    if marked or TEXT_DATE.search(kicker) or rest.casefold().startswith(kicker.casefold()):
        return None
    return rest.lstrip(_KICKER_SEPARATORS + " ")


# Class tokens of the line set over a headline ("kicker", "overline", German "Dachzeile").
_KICKER_TOKEN = token_pattern(
    r"kicker|overline|overhead|subline|highline|topline|roofline|eyebrow|dachzeile|spitzmarke|"
    r"subtitle|supertitle|pretitle|pre-title|title-prefix|label|category|rubric"
)

_KICKER_WORDS = 8

# The kicker's names that say it stands over the headline; a "subtitle" or "subline" after
# the headline is its second line, a dek, which the other names allow.
_OVER_TOKEN = token_pattern(
    r"kicker|overline|overhead|topline|roofline|eyebrow|dachzeile|spitzmarke|supertitle|pretitle|"
    r"pre-title|title-prefix"
)


def _heading_parts(node: LexborNode, loose: bool = False) -> tuple[str, str, bool] | None:
    """(kicker, headline, marked) when the heading's first part is a kicker: a short
    element marked as one (by its class, or a <small>), the first of exactly two
    elements that hold the heading's whole text (no loose text: each part is a line of
    its own), or a phrase the page styles apart from the headline text after it. With
    ``loose``, for a split a declared title is to confirm, the first part may be a single
    word or longer than the rest."""
    # Text nodes with text, and elements (no comments, no line breaks, nothing unseen).
    items = _heading_items(node)
    trailing = _trailing_kicker(items)
    if trailing is not None:
        return trailing
    if len(items) == 3 and (shown_text(items[1]) or "").strip() in _SEPARATOR_MARKS | {""}:
        # The mark between kicker and headline in an element of its own, often hidden
        # ("<span class=hidden>: </span>"), or a space or an icon set apart from both: the
        # two lines it separates.
        items = [items[0], items[2]]
    if len(items) < 2 or items[0].tag == "-text" or items[0].tag == "a":
        return None
    first = items[0]
    kicker = shown_text(first)
    if not kicker or text_words(kicker) > _KICKER_WORDS:
        return None
    marked = first.tag == "small" or _KICKER_TOKEN.search(attr_text(first)) is not None
    two_lines = len(items) == 2 and items[1].tag not in {"-text", "a"}
    run_in = not (marked or two_lines) and _styled_apart(first)
    if not (marked or two_lines or run_in):
        return None
    rest = " ".join(
        shown_text(kid) if kid.tag != "-text" else " ".join((kid.text_content or "").split())
        for kid in items[1:]
    ).strip()
    # Two unmarked lines are a kicker and its headline only when the second is the longer;
    # a marked kicker can be the longer line ("Adblue nachfüllen: wo kaufen; Preis").
    if text_words(rest) < 2 or (not (marked or loose) and len(rest) <= len(kicker)):
        return None
    # A date styled apart at the heading's start is a dateline however short; it is
    # dropped as a marked one is (see heading_text).
    dated = run_in and TEXT_DATE.search(kicker) is not None
    if (
        run_in
        and not dated
        and (text_words(kicker) < 2 - loose or not _starts_new_phrase(kicker, rest))
    ):
        # Styling on the sentence's first words is emphasis, not a kicker: the sentence runs
        # on in lower case ("<span class=marker>Streit um Grundsteuer</span> eskaliert"), or a
        # lone styled first word or letter ("<span class=dropcap>A</span> Winter Walk") is
        # a flourish on a title-cased headline.
        return None
    return kicker, " ".join(rest.split()), marked


def _heading_items(node: LexborNode) -> list[LexborNode]:
    """A heading's text nodes with text, and its elements (no comments, no line breaks,
    nothing unseen)."""
    return [
        kid
        for kid in node.iter(include_text=True)
        if (kid.tag == "-text" and (kid.text_content or "").strip())
        or (
            kid.tag not in {"-text", "br"}
            and not (kid.tag or "").startswith("-")
            and not _unseen(kid)
        )
    ]


def _without_trailing_part(items: list[LexborNode]) -> str | None:
    """The heading's text before its last element, where the page styles that element
    apart: a badge after the headline ("Video", "Plus", "Exklusiv") or a second line set
    in an element of its own (the dek run into the <h1>). Whether it is the headline's is
    for a declared title to say, as with a kicker. An element going on with the
    headline's phrase in lower case ("Design Services <span>for Melbourne</span>") is the
    headline's own words, highlighted."""
    if len(items) < 2 or items[-1].tag in {"-text", "a"} or not _styled_apart(items[-1]):
        return None
    last = shown_text(items[-1])
    rest = " ".join(
        shown_text(kid) if kid.tag != "-text" else " ".join((kid.text_content or "").split())
        for kid in items[:-1]
    ).strip()
    if not last or last[0].islower() or rest[-1:] in tuple(",-–—&+/"):
        return None
    return rest if text_words(rest) >= 2 else None


def _trailing_kicker(items: list[LexborNode]) -> tuple[str, str, bool] | None:
    """(kicker, headline, True) when the heading's last part is an element its class names
    as the line over the headline ("<small class=topline>Pressemitteilung</small>" after
    it): the template writes it after the headline and its style sets it above, so it is
    the same topic line as one written first. A bare <small> there is the headline's own
    second line, so only such a class counts."""
    if len(items) < 2 or items[-1].tag == "-text" or items[0].tag == "a":
        return None
    last = items[-1]
    if _OVER_TOKEN.search(attr_text(last)) is None:
        return None
    kicker = shown_text(last)
    rest = " ".join(
        shown_text(kid) if kid.tag != "-text" else " ".join((kid.text_content or "").split())
        for kid in items[:-1]
    ).strip()
    rest = rest.rstrip(_KICKER_SEPARATORS + " ")
    if not kicker or text_words(kicker) > _KICKER_WORDS or text_words(rest) < 2:
        return None
    return kicker, rest, True


# Screen-reader text: in the markup, never on the screen ("aural" after the CSS media type
# once meant for speech, "element-invisible" as Drupal names it).
_UNSEEN_TOKEN = token_pattern(
    r"sr-only|screen-reader-text|visually-hidden|visuallyhidden|aural|element-invisible"
)


def _unseen(node: LexborNode) -> bool:
    """Not part of the heading the reader reads: text for screen readers only, hidden
    text, and controls (a "Copy link" or "Bookmark" button set beside the headline, a
    comment count linked to the comments below)."""
    return (
        node.tag == "button"
        or "hidden" in node.attributes
        or _UNSEEN_TOKEN.search(attr_text(node)) is not None
        or _count_link(node)
    )


# What a link to a part of the page shows when it counts comments: a number, maybe with
# the word ("12", "(12)", "12 comments", "12 bình luận", "12 टिप्पणियां", "12 条评论").
_COUNT = re.compile(r"\W*\d+\W*(?:[^\d\s]+\s*){0,2}")


def _count_link(node: LexborNode) -> bool:
    """A link in the heading to a part of the same page ("#comments", "#respond") that
    shows a count: the story's comment count, which blog themes and forums set beside the
    headline."""
    href = node.attributes.get("href") or ""
    # A bare "#" is a script's link, which may hold the whole headline ("<a href=#>10 Tips</a>").
    if node.tag != "a" or not href.startswith("#") or len(href) < 2:
        return False
    return _COUNT.fullmatch(node.text(deep=True).strip()) is not None


def _styled_apart(node: LexborNode) -> bool:
    """Whether the heading's first element is set apart from the text after it by the page's
    own styling: a line of its own (a block), a <span> (HTML's wrapper for styling, with no
    meaning of its own), or any element given a class or a style.

    A bare <em>, <strong>, <i> or <b> means emphasis, a title or a keyword inside the
    headline's sentence ("<em>Dune</em> Review ..."), not a line over it.
    """
    attrs = node.attributes
    if _unseen(node):
        return False
    styled = bool(attrs.get("class") or attrs.get("style"))
    return styled or node.tag == "span" or node.tag in BLOCK_TAGS


def _starts_new_phrase(kicker: str, rest: str) -> bool:
    """Whether the text after a kicker starts a phrase of its own, as headlines begin (a
    capital, a figure, a quotation), and the kicker does not run on into it (a trailing
    comma, hyphen or dash)."""
    return (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENING_QUOTES) and (
        kicker[-1] not in ",-–—&+/"
    )


def shown_text(node: LexborNode) -> str:
    """A heading's text as the browser shows it (see :func:`heading_text`); parts glued
    without a space, a kicker and its headline, get ": " between them."""
    parts: list[str] = []
    # Elements to read, last first; None closes a block child with a space, _PART_END
    # opens and closes an inline element.
    stack: list[LexborNode | str | None] = list(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if item is None:
            parts.append(" ")
            continue
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = item.tag or ""
        if tag == "-text":
            parts.append(item.text_content or "")
        elif tag.startswith("-") or tag in UNSHOWN_TAGS or _unseen(item):
            continue
        elif tag in BLOCK_TAGS or tag == "br":
            parts.append(" ")
            stack.append(None)
            stack.extend(reversed(list(item.iter(include_text=True))))
        else:
            # An inline element's text is a part of its own at both ends: "Alternatives"
            # + <span class="block">"Top Tools"</span> is two lines in the browser.
            parts.append(_PART_END)
            stack.append(_PART_END)
            stack.extend(reversed(list(item.iter(include_text=True))))
    text = "".join(parts)
    if _PART_END in text:
        text = _GLUED_PART.sub(_kicker_join, text).replace(_PART_END, "")
    return " ".join(text.split())


# Marks where an inline element of a heading begins or ends (a private-use character).
_PART_END = "\ue000"

_GLUED_PART = re.compile("(?<=[^\\s\ue000])\ue000+(?=[^\\s\ue000])")

_CLOSING_QUOTES = "\"'”’»›“"

_OPENING_QUOTES = "\"'„“«‚‘‹"


def _kicker_join(match: re.Match[str]) -> str:
    """What stands between an element's text and the text glued to it: nothing inside a
    word ("C" + "ycle"), ": " between a kicker and its headline ("Demo" + "Der 9. Juli",
    a quotation + "Trump ...")."""
    before = match.string[: match.start()].replace(_PART_END, "")
    after = match.string[match.end() :]
    last, first = before[-1], after[0]
    part = before.split()[-1] if before.split() else ""
    ends_part = last in _CLOSING_QUOTES or (last.isalpha() and len(part) >= 3)
    starts_part = first.isupper() or first.isdigit() or first in _OPENING_QUOTES
    if ends_part and starts_part and not (last.isupper() and first.isupper()):
        return ": "
    if _spaced_uncased(last) and _spaced_uncased(first):
        # Arabic, Hebrew, Hangul or Devanagari have no capital to start a part by, and
        # no drop caps or styled letters inside their words: two elements' texts meeting
        # there are two phrases, which a space keeps apart.
        return " "
    return ""


# Scripts written without spaces between words: their texts meet without one.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)


def _spaced_uncased(char: str) -> bool:
    """A letter of a script with no letter case that spaces its words."""
    return (
        char.isalpha() and not (char.isupper() or char.islower()) and _UNSPACED.match(char) is None
    )

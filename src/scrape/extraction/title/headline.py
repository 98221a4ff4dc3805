"""The page's headline: which element holds it, and its text as the reader sees it."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..blocks import BLOCK_TAGS
from ..dates.grammar import TEXT_DATE
from ..dom import (
    BREADCRUMB_TOKEN,
    MARK,
    UNSHOWN_TAGS,
    ancestors,
    attr_text,
    prose_length,
    text_of,
    text_width,
    text_words,
    token_pattern,
)

# Site chrome around a heading (an <h1> there is a logo or a section name).
_CHROME_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:navbar|nav|menu|logo|branding|topbar|top-bar|"
    r"sidebar|related|footer|modal|popup|cookie|breadcrumbs?)(?=$|[\s_-])"
)
_ARTICLE_HEADER = re.compile(r"(?:^|[\s_-])(?:entry|post|article|story)(?=$|[\s_-])")
# Headline containers when a page has no usable <h1>.
_HEADLINE_SELECTORS = (
    '[itemprop="headline"]',
    ".entry-title",
    ".post-title",
    ".article-title",
    ".headline",
    ".td-post-title",
)


# Separators sites put between headline and site name ("Headline | Site", "Site - Headline"):
# a dash, a bullet, an angle quote or a star set off by spaces (the separators CMS and SEO
# plugins offer: "Post « Site", "Post ‹ Site", "Post ⋆ Site"), or by one before it
# ("Headline -Section"), and bars in any script, which need no spaces ("제목｜신문", the
# Hangul vowel "ᅵ" and the CJK stroke "丨" as bars).
BARS = "|｜︱ᅵ│¦丨"
# Chinese and Japanese titles use no spaces: a dash, colon or underscore touching their
# script or brackets is a separator ("标题-新华网", "「Treeviz」:phpspot開発日誌"), and so is
# the Chinese dash, two em dashes long ("标题——东岸网").
_CJK = "\u3000-\u30ff\u3400-\u9fff\uff01-\uff60"
_CJK_DASH = r"[\-_:：―]|——"
_CJK_SEPARATOR = rf"(?<=[{_CJK}])(?:{_CJK_DASH})(?=\S)|(?<=\S)(?:{_CJK_DASH})(?=[{_CJK}])"
_SEPARATOR = re.compile(
    rf"\s+[|\-–—·•»«‹›<>*⋆:/~]{{1,2}}\s+|\s*[{BARS}]\s*|\s+[\-–—»](?=[^\W\d_])"
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
    if named is not None and named.mem_id != node.mem_id and _shown_text(named):
        # The page's microdata names the headline inside the heading; the rest of the
        # heading (a kicker, a series name) is not part of it.
        return heading_text(named)
    parts = _heading_parts(node)
    if parts is None:
        return _shown_text(node)
    kicker, rest, marked = parts
    if marked or TEXT_DATE.search(kicker) or rest.casefold().startswith(kicker.casefold()):
        # A date over the headline is a dateline; a kicker the headline repeats adds
        # nothing. The separator the page put between them goes with the kicker.
        return rest.lstrip(_KICKER_SEPARATORS + " ")
    if rest[0] in ":;,.":
        return f"{kicker}{rest}"
    if kicker.endswith(tuple(":.!?…-–—|/")) or rest[0] in "-–—|/":
        # The page's own punctuation joins them ("Local News | Headline"): no second one.
        return f"{kicker} {rest}"
    return f"{kicker}: {rest}"


_KICKER_SEPARATORS = ":;,.-–—|/"


def unjoined_headline(node: LexborNode) -> str | None:
    """The headline without the kicker :func:`heading_text` joins to it (or a styled first
    word it keeps as the headline's, "<span class=hl>Nobody</span> Saw the Flood"), or
    None where there is none: the text a declared title may spell where the kicker is
    the template's."""
    named = node.css_first('[itemprop="headline"]')
    if named is not None and named.mem_id != node.mem_id and _shown_text(named):
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
    r"kicker|overline|subline|highline|topline|roofline|eyebrow|dachzeile|spitzmarke|"
    r"subtitle|supertitle|pretitle|pre-title|title-prefix|label|category|rubric"
)
_KICKER_WORDS = 8
# The kicker's names that say it stands over the headline; a "subtitle" or "subline" after
# the headline is its second line, a dek, which the other names allow.
_OVER_TOKEN = token_pattern(
    r"kicker|overline|topline|roofline|eyebrow|dachzeile|spitzmarke|supertitle|pretitle|"
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
    if len(items) < 2 or items[0].tag == "-text" or items[0].tag == "a":
        return None
    first = items[0]
    kicker = _shown_text(first)
    if not kicker or text_words(kicker) > _KICKER_WORDS:
        return None
    marked = first.tag == "small" or _KICKER_TOKEN.search(attr_text(first)) is not None
    two_lines = len(items) == 2 and items[1].tag not in {"-text", "a"}
    run_in = not (marked or two_lines) and _styled_apart(first)
    if not (marked or two_lines or run_in):
        return None
    rest = " ".join(
        _shown_text(kid) if kid.tag != "-text" else " ".join((kid.text_content or "").split())
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
    last = _shown_text(items[-1])
    rest = " ".join(
        _shown_text(kid) if kid.tag != "-text" else " ".join((kid.text_content or "").split())
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
    kicker = _shown_text(last)
    rest = " ".join(
        _shown_text(kid) if kid.tag != "-text" else " ".join((kid.text_content or "").split())
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


def _shown_text(node: LexborNode) -> str:
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


def in_site_chrome(node: LexborNode, headers: bool = True) -> bool:
    """Inside the site's own furniture (menus, sidebars, footer, related lists).

    Narrower than the pruner's furniture: an article's own <header> ("post-header",
    "page-masthead") is not chrome; a header is chrome when it carries navigation, unless
    ``headers`` is False (a breadcrumb can share the article's header with its <h1>).
    """
    page = prose = 0
    for anc in ancestors(node):
        if anc.tag in {"body", "html"}:
            return False
        if anc.tag in {"nav", "aside", "footer"}:
            return True
        attrs = attr_text(anc)
        if _CHROME_TOKEN.search(attrs):
            # Layout wrappers named after what they hold ("content-sidebar-wrap", "layout
            # right-sidebar") contain the article itself: a wrapper with most of the page's
            # text, or most of its paragraphs (where menus and footers outweigh the
            # article), is not chrome. A sidebar holds no article's paragraphs.
            if not page:
                body = _body_of(node)
                page, prose = len(body.text(deep=True)), prose_length(body)
            if len(anc.text(deep=True)) < 0.5 * page and prose_length(anc) <= 0.5 * prose:
                return True
        if headers and (anc.tag == "header" or "site-header" in attrs) and _navigates(anc):
            return True
    return False


def _body_of(node: LexborNode) -> LexborNode:
    top = node
    for anc in ancestors(node):
        top = anc
        if anc.tag == "body":
            break
    return top


def _navigates(header: LexborNode) -> bool:
    """A header with a menu (the site's) rather than category, author and share links
    (an article's "entry-header").

    A <header> inside an <article> heads that article, as HTML defines it: its links are
    the story's categories, tags and authors, however many, and however its classes are
    named (or hashed).
    """
    if _ARTICLE_HEADER.search(attr_text(header)):
        return False
    if any(anc.tag == "article" for anc in ancestors(header)):
        return False
    if header.css_first("nav, [role=navigation]") is not None:
        return True
    return len(header.css("li a")) >= 5 or len(header.css("a")) >= 12


def find_headline(
    tree: LexborHTMLParser,
    titles: list[str],
    is_site_name: Callable[[str], bool] = lambda _text: False,
) -> LexborNode | None:
    """The element holding the page's own headline, marked with ``MARK`` for later steps.

    An <h1> spelling a declared title wins; then the longest heading found in a declared
    title (an <h1>, or an <h2> on sites that spend their <h1> on the logo); otherwise the
    first <h1> outside the site chrome; otherwise a headline-classed element; last, a
    heading (down to <h3>) spelling whole parts of a declared title. Headings are
    compared with the titles as shown: an icon's stylesheet or a screen reader's words
    inside one are no part of their text.
    """
    wanted = [_squash(t) for t in titles if t]
    best = _spelled_h1(tree, wanted, is_site_name)
    if best is None:
        best = _heading_in_title(tree, wanted, is_site_name)
    if best is None:
        h1s = [
            n
            for n in tree.css("h1")
            if text_of(n) and not in_site_chrome(n) and not is_site_name(text_of(n))
        ]
        if h1s and titles:
            # A rephrased SEO title still shares most words with the visible headline.
            scored = [(word_overlap(text_of(n), titles), i, n) for i, n in enumerate(h1s)]
            top = max(scored, key=lambda item: (item[0], -item[1]))
            best = top[2] if top[0] >= 0.5 else None
            if best is None and len(h1s) == 1 and _headline_like(text_of(h1s[0])):
                # The one <h1> of the content is the visible headline even when the SEO
                # title is worded differently.
                best = h1s[0]
            if best is not None:
                best = _longer_title_part(tree, best, titles, is_site_name)
        elif h1s:
            best = h1s[0]
    if best is None:
        for selector in _HEADLINE_SELECTORS:
            found = tree.css_first(selector)
            if found is not None and 0 < len(text_of(found)) < 400:
                best = found
                break
    if best is None:
        best = _heading_of_title_parts(tree, titles, is_site_name)
    if best is None:
        best = _block_of_title_parts(tree, titles, is_site_name)
    if best is not None:
        best.attrs[MARK] = "1"
    return best


def _spelled_h1(
    tree: LexborHTMLParser, wanted: list[str], is_site_name: Callable[[str], bool]
) -> LexborNode | None:
    """The first <h1> spelling a declared title exactly.

    It is the headline before any heading merely found inside a title (a sub-heading the
    <title> runs on with, "Headline - Standfirst - Site"), and even where its header also
    holds a breadcrumb or a category menu, or where it ends a breadcrumb trail (the trail
    names this very page there), even over a display heading that spells another declared
    title (an <h2> spelling og:title while the trail's <h1> spells the JSON-LD headline
    and the <title>).
    """
    trail_end: LexborNode | None = None
    for node in tree.css("h1"):
        if _squash(_shown_text(node)) not in wanted or is_site_name(text_of(node)):
            continue
        if not in_site_chrome(node, headers=False):
            return node
        crumbs = _breadcrumb_of(node)
        if trail_end is None and crumbs is not None and not in_site_chrome(crumbs, headers=False):
            trail_end = node
    return trail_end


# How far above a heading its breadcrumb trail may begin (item, list, trail, wrapper).
_BREADCRUMB_DEPTH = 5


def _breadcrumb_of(node: LexborNode) -> LexborNode | None:
    """The breadcrumb trail a heading ends (its <nav> if one holds the trail), or None.

    Templates put the page's own <h1> as the trail's last item ("Home > Sport > Headline"):
    the trail names this page there, where a menu or a sidebar names others, so the
    trail's own navigation does not make the heading chrome.
    """
    trail: LexborNode | None = None
    item: LexborNode | None = None
    for depth, anc in enumerate(ancestors(node)):
        if depth >= _BREADCRUMB_DEPTH or anc.tag in {"body", "html"}:
            break
        attrs = anc.attributes
        kind = f"{attrs.get('itemtype') or ''} {attrs.get('typeof') or ''}".casefold()
        if anc.tag == "li" and item is None:
            item = anc
        if (
            BREADCRUMB_TOKEN.search(attr_text(anc))
            or "breadcrumblist" in kind
            or (item is not None and _ends_trail(anc, item))
        ):
            trail = anc
        elif trail is not None:
            break
    if trail is not None and trail.parent is not None and trail.parent.tag == "nav":
        return trail.parent
    return trail


def _ends_trail(listing: LexborNode, item: LexborNode) -> bool:
    """Whether ``item`` ends ``listing`` as a breadcrumb trail's own page does, however the
    trail's classes are named: the list's last item, holding no link, after items that
    each link to a page further up. A list its own class names a menu is one, shaped so or
    not."""
    if listing.tag not in {"ol", "ul"} or _CHROME_TOKEN.search(attr_text(listing)):
        return False
    items = [kid for kid in listing.iter() if kid.tag == "li"]
    if len(items) < 2 or items[-1].mem_id != item.mem_id or item.css_first("a[href]"):
        return False
    return all(kid.css_first("a[href]") is not None for kid in items[:-1])


def _heading_in_title(
    tree: LexborHTMLParser, wanted: list[str], is_site_name: Callable[[str], bool]
) -> LexborNode | None:
    """The longest <h1> or <h2> found in a declared title ("Blog Name: Post Title" holds
    both), outside the site chrome."""
    best: LexborNode | None = None
    best_len = 0
    for node in tree.css("h1, h2"):
        squashed = _squash(_shown_text(node))
        # A heading that is only a fragment of the title is a sub-heading echoing it
        # ("What is X?" under the headline "What is X - a guided introduction"). Lengths
        # are widths as Latin letters would run: nine Chinese characters are a headline.
        matches = any(
            squashed == w
            or (text_width(squashed) > 10 and squashed in w and len(squashed) > 0.6 * len(w))
            for w in wanted
        )
        if (
            matches
            and len(squashed) > best_len
            and not in_site_chrome(node)
            and not is_site_name(text_of(node))
        ):
            best, best_len = node, len(squashed)
    return best


def _heading_of_title_parts(
    tree: LexborHTMLParser, titles: list[str], is_site_name: Callable[[str], bool]
) -> LexborNode | None:
    """The longest <h1>, <h2> or <h3> outside the site chrome that spells whole parts of
    a declared title, as its separators cut it ("Post" in "Site » Blog Archive » Post",
    "Villa Galaxy" in "Villa Galaxy - Holiday villa in Florida").

    A title is the page's own name joined to the site's, a section's or a tagline; a
    heading spelling some of those parts, no more and no less, is the page naming
    itself where no heading spells or holds the title. Part of a part ("What is X?" out
    of "What is X and why it matters") stays a sub-heading. Templates that set the
    section's name in an <h2> put the headline a level down, in an <h3>: both spell a
    part of the title, and the longer one, the headline, wins. Some templates set the
    headline itself in an <h3> (a stock "news detail" template under a <title> of the
    headline alone): a heading spelling a whole declared title is the headline too,
    unless it is a list's item, as teasers are (a stream's link to this very story).
    """
    runs, wholes = _title_runs(titles, is_site_name)
    best: LexborNode | None = None
    best_len = 0
    for node in tree.css("h1, h2, h3"):
        squashed = _squash(_shown_text(node))
        spelled = squashed in runs or (
            squashed in wholes and not any(anc.tag == "li" for anc in ancestors(node))
        )
        if (
            text_width(squashed) > 10
            and spelled
            and len(squashed) > best_len
            and not in_site_chrome(node)
            and not is_site_name(text_of(node))
            and _heads_prose(node)
        ):
            best, best_len = node, len(squashed)
    return best


def _longer_title_part(
    tree: LexborHTMLParser,
    h1: LexborNode,
    titles: list[str],
    is_site_name: Callable[[str], bool],
) -> LexborNode:
    """``h1``, or the heading over the story's text that spells a longer run of the
    declared title's parts where ``h1`` spells a part of it too.

    Templates that open a section's pages with its name in an <h1> ("Binnenland", "国际")
    set the story's headline a level down; the <title> names both ("Headline | Binnenland
    | Site"), and the <h1> shares all its words with it. The part the headline spells is
    the longer.
    """
    runs, _wholes = _title_runs(titles, is_site_name)
    squashed = _squash(_shown_text(h1))
    if squashed not in runs:
        return h1
    other = _heading_of_title_parts(tree, titles, is_site_name)
    if other is None or len(_squash(_shown_text(other))) <= len(squashed):
        return h1
    return other


def _title_runs(
    titles: list[str], is_site_name: Callable[[str], bool] = lambda _text: False
) -> tuple[set[str], set[str]]:
    """The runs of whole parts of each declared title, as its separators cut it, short of
    the whole title; and the whole titles. Both squashed. A title the site's name opens
    with a colon ("Port Gazette: Headline") has the rest for a part, though a colon with
    no space before it is no separator (a headline's own "Minister: ...")."""
    runs: set[str] = set()
    wholes: set[str] = set()
    for title in titles:
        named = site_prefix(title, is_site_name)
        if named is not None:
            runs.add(_squash(named))
        parts = [part.strip() for part in split_title(title)[0]]
        wholes.add(_squash(" ".join(parts)))
        if len(parts) > _MOST_TITLE_PARTS:
            # A keyword list, not a name joined to its site's and sections' names; and
            # the runs of its parts grow with the cube of their count.
            continue
        for first in range(len(parts)):
            for last in range(first + 1, len(parts) + 1):
                if (first, last) != (0, len(parts)):
                    runs.add(_squash(" ".join(parts[first:last])))
    return runs, wholes


# A title's first words up to a colon: the site's name, where the site opens its titles
# with it ("Port Gazette: Headline").
_COLON_PREFIX = re.compile(r"([^:]{2,60}?)\s?:\s+(?=\S)")


def site_prefix(title: str, is_site_name: Callable[[str], bool]) -> str | None:
    """The rest of ``title`` after the site's name and a colon opening it, or None."""
    found = _COLON_PREFIX.match(title)
    if found is None or not is_site_name(found.group(1).strip()):
        return None
    rest = title[found.end() :].strip()
    return rest if text_words(rest) >= 2 or text_width(rest) >= 10 else None


# Elements whose text is no headline set on the page: controls, links (a teaser, a
# breadcrumb's step) and what is never shown.
_NO_HEADLINE_TAGS = UNSHOWN_TAGS | {"a", "button", "option", "label", "title", "li"}


def _block_of_title_parts(
    tree: LexborHTMLParser, titles: list[str], is_site_name: Callable[[str], bool]
) -> LexborNode | None:
    """The first element outside the site chrome whose whole text spells whole parts of a
    declared title, or a whole one, and that stands over the story's text: the headline of
    a template that sets it in a <div> or a <p> where others use a heading.

    As with headings (:func:`_heading_of_title_parts`), the parts it spells tell the
    headline from the site's and sections' names the title adds, in any script: the page
    shows the one and not the others, there. Worded as a headline, too: the site's name
    over its address in the footer spells a part of the title as well.
    """
    runs, wholes = _title_runs(titles, is_site_name)
    wanted = {w for w in runs | wholes if text_width(w) > 10}
    if not wanted or tree.body is None:
        return None
    shortest = min(len(w) for w in wanted)
    # Squashing drops spaces and punctuation: the text is at least as long as its
    # squashed form, and not many times longer.
    longest = 3 * max(len(w) for w in wanted) + 40
    tried = 0
    for text in tree.body.traverse(include_text=True):
        if text.tag != "-text":
            continue
        raw = text.text_content or ""
        if not shortest <= len(raw) <= longest:
            continue
        squashed = _squash(raw)
        node = text.parent
        if squashed not in wanted or node is None or node.tag in _NO_HEADLINE_TAGS:
            continue
        if _squash(text_of(node)) != squashed or any(
            anc.tag in _NO_HEADLINE_TAGS for anc in ancestors(node)
        ):
            continue
        tried += 1
        if tried > _MOST_SPELLINGS:
            # The headline spells the title first; a page repeating it further down, in
            # list after list, is not read through (each try reads the text after it).
            break
        shown = text_of(node)
        if (
            _headline_like(shown)
            and not in_site_chrome(node)
            and not is_site_name(shown)
            and _heads_prose(node)
        ):
            return node
    return None


# A title is its page's name and those of a few sections and the site.
_MOST_TITLE_PARTS = 12
# The elements spelling a part of the title tried as the headline, in the page's order.
_MOST_SPELLINGS = 5
# Characters of text under a heading that make it a story's headline.
_HEADED_PROSE = 100
# The elements after a heading read for that text.
_HEADED_SIBLINGS = 30


def _heads_prose(node: LexborNode) -> bool:
    """Whether a heading stands over text: what follows it (or the wrapper it alone fills,
    a "title" <div> or a <header>) holds paragraphs, as a story does under its headline. A
    box's heading over a list of links to a section's stories ("Economy News"), which
    spells a part of the title too, has none after it."""
    top = node
    while top.parent is not None and top.parent.tag not in {"body", "html"}:
        if any(
            kid.mem_id != top.mem_id and kid.tag != "-comment" and kid.text(deep=True).strip()
            for kid in top.parent.iter(include_text=True)
        ):
            break
        top = top.parent
    prose = elements = 0
    sibling = top.next
    # The story's text starts within a few elements of its headline (a byline, a figure, a
    # share bar between); a page of thousands of sibling boxes is not read through for
    # each heading in it.
    while sibling is not None and prose < _HEADED_PROSE and elements < _HEADED_SIBLINGS:
        if sibling.tag == "p":
            prose += len(sibling.text(deep=True))
        elif sibling.tag and not sibling.tag.startswith("-"):
            prose += prose_length(sibling)
        if sibling.tag and not sibling.tag.startswith("-"):
            elements += 1
        sibling = sibling.next
    return prose >= _HEADED_PROSE


_NOT_HEADLINE = re.compile(
    r"^(?:related|more|latest|recent|popular|recommended|browse|search|menu|contact|our)\b",
    re.IGNORECASE,
)


def _headline_like(text: str) -> bool:
    """Worded like a headline: a few words, not a section label or a teaser paragraph."""
    words = text_words(text)
    return 3 <= words <= 20 and not text.rstrip().endswith(".") and not _NOT_HEADLINE.match(text)


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


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())

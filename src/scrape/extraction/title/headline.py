"""The page's headline: which element holds it (:func:`find_headline`), told from the
site's chrome, breadcrumbs and other headings by where it stands and what the page's
titles spell."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import (
    BREADCRUMB_TOKEN,
    MARK,
    UNSHOWN_TAGS,
    address_words,
    ancestors,
    attr_text,
    prose_length,
    text_of,
    text_width,
    text_words,
)
from .heading import shown_text
from .text import split_title, squash, word_overlap

# Site chrome around a heading (an <h1> there is a logo or a section name).
_CHROME_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:navbar|nav|menu|logo|branding|topbar|top-bar|"
    r"sidebar|related|footer|modal|popup|cookie|breadcrumbs?)(?=$|[\s_-])"
)

_ARTICLE_HEADER = re.compile(r"(?:^|[\s_-])(?:entry|post|article|story)(?=$|[\s_-])")

# Headline containers when a page has no usable <h1>: the one microdata declares, then the
# ones templates name, after a heading or block spelling a part of the declared title
# (a sidebar box's "headline" <div> names another text).
_HEADLINE_SELECTORS = (
    '[itemprop="headline"]',
    ".entry-title",
    ".post-title",
    ".article-title",
    ".headline",
    ".td-post-title",
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
    slug: frozenset[str] = frozenset(),
) -> LexborNode | None:
    """The element holding the page's own headline, marked with ``MARK`` for later steps.

    An <h1> spelling a declared title wins; then the longest heading found in a declared
    title (an <h1>, or an <h2> on sites that spend their <h1> on the logo); otherwise the
    first <h1> outside the site chrome; otherwise microdata's ``headline``; then a heading
    (down to <h3>) or a block spelling whole parts of a declared title; then an element a
    template's class names a headline; last, a heading the URL's ``slug`` words spell (a
    page declaring no title but its site's name). Headings are
    compared with the titles as shown: an icon's stylesheet or a screen reader's words
    inside one are no part of their text.
    """
    wanted = [squash(t) for t in titles if t]
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
        best = _classed_headline(tree, _HEADLINE_SELECTORS[:1])
    if best is None:
        best = _heading_of_title_parts(tree, titles, is_site_name)
    if best is None:
        best = _block_of_title_parts(tree, titles, is_site_name)
    if best is None:
        best = _classed_headline(tree, _HEADLINE_SELECTORS[1:])
    if best is None and slug:
        best = _heading_the_slug_spells(tree, slug, is_site_name)
    if best is not None:
        best.attrs[MARK] = "1"
    return best


def _classed_headline(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> LexborNode | None:
    """The first element of the first of ``selectors`` that holds a headline's length."""
    for selector in selectors:
        found = tree.css_first(selector)
        if found is not None and 0 < len(text_of(found)) < 400:
            return found
    return None


# Of the slug's words, the share a heading must hold; of the heading's words, the share the
# slug must hold (slugs drop short words: "der-neue-trend-muss-statt-wunschkoalition").
_SLUG_IN_HEADING = 0.75
_HEADING_IN_SLUG = 0.5


def _heading_the_slug_spells(
    tree: LexborHTMLParser, slug: frozenset[str], is_site_name: Callable[[str], bool]
) -> LexborNode | None:
    """The <h1>, <h2> or <h3> over the story's text whose words the URL's slug spells.

    Publishers write the slug from the headline, so where the page declares no title of
    its own (a <title> of the site's name alone) and spends its <h1> on the logo, the slug
    tells the headline among the headings. Not a list's item nor a link, as teasers
    are (a stream's link to this very story)."""
    best: LexborNode | None = None
    best_share = 0.0
    for node in tree.css("h1, h2, h3"):
        words = address_words(shown_text(node)).split()
        if not words or len(words) > 40:
            continue
        in_heading = len(slug & set(words)) / len(slug)
        in_slug = sum(w in slug for w in words) / len(words)
        if (
            in_heading >= _SLUG_IN_HEADING
            and in_slug >= _HEADING_IN_SLUG
            and in_heading > best_share
            and not any(anc.tag in {"li", "a"} for anc in ancestors(node))
            and not any(len(text_of(a)) >= len(text_of(node)) for a in node.css("a"))
            and not in_site_chrome(node)
            and not is_site_name(text_of(node))
        ):
            best, best_share = node, in_heading
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
        if squash(shown_text(node)) not in wanted or is_site_name(text_of(node)):
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
        squashed = squash(shown_text(node))
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
        squashed = squash(shown_text(node))
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
    squashed = squash(shown_text(h1))
    if squashed not in runs:
        return h1
    other = _heading_of_title_parts(tree, titles, is_site_name)
    if other is None or len(squash(shown_text(other))) <= len(squashed):
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
            runs.add(squash(named))
        parts = [part.strip() for part in split_title(title)[0]]
        wholes.add(squash(" ".join(parts)))
        if len(parts) > _MOST_TITLE_PARTS:
            # A keyword list, not a name joined to its site's and sections' names; and
            # the runs of its parts grow with the cube of their count.
            continue
        for first in range(len(parts)):
            for last in range(first + 1, len(parts) + 1):
                if (first, last) != (0, len(parts)):
                    runs.add(squash(" ".join(parts[first:last])))
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
        squashed = squash(raw)
        node = text.parent
        if squashed not in wanted or node is None or node.tag in _NO_HEADLINE_TAGS:
            continue
        if squash(text_of(node)) != squashed or any(
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

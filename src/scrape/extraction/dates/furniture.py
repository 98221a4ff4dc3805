"""Where a date is another thing's than the article's: the site's chrome, lists, rows and
cards of other posts, captions, quotations, embeds and media players.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from ..dom import ancestors, attr_text, beside_picture, between_paragraphs, text_width
from .common import node_text
from .grammar import ASCII_DIGITS, TEXT_DATE


def page_footer(node: LexborNode) -> bool:
    """A <footer> outside any <article>: the site's. One inside an <article> is that
    article's own (its byline and date, as HTML defines it)."""
    return node.tag == "footer" and not any(a.tag == "article" for a in ancestors(node))


# class/id tokens of blocks that list other posts: their dates are not the article's.
OTHER_POSTS = re.compile(
    r"""(?:^|[\s_-])(?:
      related|recommend(?:ed|ations)?|more-(?:articles|stories|news|posts)|read-(?:more|next)
    | (?:latest|recent|popular|trending|top)-(?:news|posts|articles|stories)|trending
    | comments?|respond|disqus|reply|replies|widget
    )(?=$|[\s_-])""",
    re.VERBOSE,
)
# class/id tokens of the site's own furniture. Narrower than the pruning tokens: a
# "category-header", "article-banner" or "meta-share-group" holds the article's own date.
_CHROME = re.compile(
    r"""(?:^|[\s_-])(?:
      sidebar|breadcrumbs?|nav|navbar|navigation|menu|site-header|topbar|top-bar
    | ticker|weather|subscribe|cookie|consent|popup|modal
    | advert|advertisement|ads?|sponsor(?:ed)?|promo|taboola|outbrain
    )(?=$|[\s_-])""",
    re.VERBOSE,
)
# The site's footer, not a part of the article's own that its class calls one
# ("intro-footer", "entry-footer", "article-footer": the byline and the day).
_FOOTER = re.compile(r"(?:^|\s)(?:(?:site|page|global|main)[_-])?footer(?=$|[\s_-])")
# A newsletter sign-up box is furniture, but the word also names a newsletter issue's own
# header ("newsletter-details" under the headline): only a block with a form field signs up.
_SIGNUP = re.compile(r"(?:^|[\s_-])newsletter(?=$|[\s_-])")


def in_furniture(node: LexborNode, headline_line: set[int], stop: LexborNode | None = None) -> bool:
    """Inside site chrome or a block of other posts, judged for a date near the headline.

    An ancestor that holds the headline (``headline_line``: the headline's ancestors) is
    the article's own header, whatever its class. Below ``stop`` (the article header) only
    lists of other posts count: headers lay out their byline in asides and "sidebar" rows.
    """
    inside = stop is not None
    for depth, anc in enumerate((node, *ancestors(node))):
        tag = anc.tag
        if tag in {"body", "html", None} or anc.mem_id in headline_line:
            return False
        if inside and stop is not None and anc.mem_id == stop.mem_id:
            inside = False
            continue
        names = attr_text(anc)
        if OTHER_POSTS.search(names) or (tag == "a" and _card(anc)):
            return True
        if depth <= CARD_DEPTH and holds_card(anc):
            return True
        if tag == "article" and _teaser_article(anc):
            return True
        if tag in {"ul", "ol"} and list_of_posts(anc):
            return True
        if tag in {"div", "section"} and row_of_posts(anc):
            return True
        if inside:
            continue
        if tag in {"nav", "aside"} or _CHROME.search(names) or _FOOTER.search(names):
            return True
        if page_footer(anc):
            return True
        if _SIGNUP.search(names) and anc.css_first("form, input, button"):
            return True
        # A <header> with a menu is the site's, and its date is "today"; so is one outside
        # the <main> or <article> that holds the headline, with or without a menu.
        if tag == "header" and (
            anc.css_first("nav, [role=navigation]")
            or len(anc.css("a")) >= 8
            or _page_header(anc, headline_line)
        ):
            return True
    return False


def _page_header(header: LexborNode, headline_line: set[int]) -> bool:
    """Whether ``header`` is the page's own: outside every <main> and <article>, on a page
    whose headline stands in one."""
    outer = list(ancestors(header))
    if any(a.tag in {"main", "article"} for a in outer) or not outer:
        return False
    return any(box.mem_id in headline_line for box in outer[-1].css("main, article"))


_YEAR = re.compile(r"(?:19|20)\d\d")


def list_of_posts(node: LexborNode) -> bool:
    """A list whose items link elsewhere and carry dates, two different ones among its first
    items: a list of other posts, whatever its class calls it ("weitere", "andere",
    "also-read"). A byline's list ("Published ..." / "Updated ...") holds its dates without
    a link in each item."""
    items = [child for child in node.iter() if child.tag == "li"]
    linked = (item for item in items[:8] if item.css_first("a[href]") is not None)
    return _two_dates(" ".join(item.text(deep=True).split()) for item in linked)


# A linked headline is longer than a linked name, a section or a "more" link.
_HEADLINE_WIDTH = 20


def row_of_posts(node: LexborNode) -> bool:
    """A block whose children are cards of other posts, whatever its class (or a hashed
    one) calls it: two or more children, each a linked headline with a date, two different
    dates among the first. A front-end lays out a "top stories" rail or a "most read" box as
    such a row of <div>s as often as a list. A byline's children hold a name's link or a date,
    not a headline's link and a date each."""
    cards = (
        item
        for item in itertools.islice((c for c in node.iter() if c.tag != "-text"), 8)
        if _headline_link(item)
    )
    # Spaced: a card's title and date are often elements side by side.
    return _two_dates(item.text(deep=True, separator=" ") for item in cards)


def _headline_link(item: LexborNode) -> bool:
    link = item if item.tag == "a" else item.css_first("a[href]")
    return link is not None and text_width(node_text(link)) >= _HEADLINE_WIDTH


def _two_dates(texts: Iterable[str]) -> bool:
    """Whether two different dates are written among ``texts``, one a text at most."""
    dates: set[str] = set()
    for text in texts:
        text = text.translate(ASCII_DIGITS)
        found = TEXT_DATE.search(text) if _YEAR.search(text) else None
        if found is not None:
            dates.add(found.group(0))
            if len(dates) > 1:
                return True
    return False


# A writer's page, as its address or the link's class says: "/autor/", "/authors/",
# "/profile/jane-doe", "/redaktion/ulrike"; "author-box" (not "/authority-report").
_WRITER_HREF = re.compile(
    r"/(?:author|autor|auteur|autore)(?:s|en|es|i|in)?/|/profiles?/|/redaktion/|/redakteur", re.I
)
_WRITER_CLASS = re.compile(r"(?:^|[\s_-])author(?:s|-box|-card|-link)?(?=$|[\s_-])", re.I)
# More link text than a date and a short label: the link is a card of another post.
_CARD_CHARS = 60


def _card(link: LexborNode) -> bool:
    """A link that holds a whole card (a title, a summary) of another post.

    A date in a link is a permalink ("Posted on <a rel=bookmark><time>...") or a byline
    linked to the page itself (avatar, name and date): the page's own when the link holds
    little more than the date or says it is the current page, another post's when it holds
    that post's title too.
    """
    if link.attributes.get("aria-current") == "page":
        return False
    if _WRITER_HREF.search(link.attributes.get("href") or "") or _WRITER_CLASS.search(
        link.attributes.get("class") or ""
    ):
        # The writer's box linked to their page (portrait, name, bio): the byline's.
        return False
    if link.css_first("h2, h3, h4, h5, h6") is not None:
        return True
    return len(" ".join(link.text(deep=True).split())) > _CARD_CHARS


# A card's day or writer sits beside its link, a level or two below the card: a block
# further up that holds a card link is a column or a header holding a card ("Up Next")
# beside the byline.
CARD_DEPTH = 2


def holds_card(node: LexborNode) -> bool:
    """Whether a block holds another post's card as one of its children: a link around a
    headline (:func:`_card`), as a teaser box between a story's paragraphs sets it beside
    that post's writer and day, whatever its class. A linked section label ("Politik")
    beside a byline's day is too short for a headline."""
    return node.tag not in {"a", "body", "html"} and any(
        child.tag == "a" and _card(child) and text_width(node_text(child)) >= _HEADLINE_WIDTH
        for child in node.iter()
    )


# Beside its link a card holds a line at most: a byline, a day, a kicker. A block saying
# more after a linked heading (a listicle's item and its description) is text.
_CARD_EXTRA_CHARS = 80


def teaser_cards(root: LexborNode) -> list[LexborNode]:
    """Other stories' teaser cards set among the text's paragraphs: blocks holding a link
    around a headline (:func:`holds_card`) and little more (its writer, its day), beside
    paragraphs of prose, as "Lesen Sie auch" boxes print them, whatever their class. A
    listing's cards stand beside other cards: they are that page's content."""
    found = []
    for heading in root.css("a h2, a h3, a h4, a h5, a h6"):
        card = next((a for a in ancestors(heading) if a.tag == "a"), None)
        block = card.parent if card is not None else None
        if card is None or block is None or block.tag not in _CARD_BLOCKS:
            continue
        if not holds_card(block) or not _among_prose(block):
            continue
        extra = len(" ".join(block.text(deep=True).split())) - len(
            " ".join(card.text(deep=True).split())
        )
        if extra <= _CARD_EXTRA_CHARS:
            found.append(block)
    return found


_CARD_BLOCKS = frozenset({"div", "section", "aside", "li", "figure"})
# A paragraph of the story's text around a card: a few lines of prose.
_PROSE_CHARS = 200


def _among_prose(block: LexborNode) -> bool:
    """Whether ``block`` stands between paragraphs of prose: one before it and one after it
    among its siblings."""
    return between_paragraphs(block, lambda p: len(p.text(deep=True).strip()) >= _PROSE_CHARS)


def _teaser_article(article: LexborNode) -> bool:
    """An <article> that is another post's card: short, under a heading that links to that
    post. (One holding the headline never gets here: it is the page's own.)"""
    heading = article.css_first("h1, h2, h3, h4, h5, h6")
    if heading is None or heading.css_first("a[href]") is None:
        return False
    return len(" ".join(article.text(deep=True).split())) <= _TEASER_CHARS


# A card is a title, a line of summary and its date; an article is longer.
_TEASER_CHARS = 400
# Elements whose dates are another thing's than the article's publication: a photo's
# caption or credit, a quotation or an embedded post, a media player.
_MATTER_TAGS = frozenset(
    {"figure", "figcaption", "caption", "blockquote", "q", "video", "audio", "picture", "iframe"}
)
_MATTER_NAMES = re.compile(
    r"(?:^|[\s_-])(?:(?:fig|img|image|photo|wp)?-?(caption)|credits?|copyright|embed(?:ded)?|"
    r"instagram-media|twitter-tweet|tiktok-embed|gallery|slideshow|player)(?=$|[\s_-])"
)


def other_matter(node: LexborNode, headline_line: set[int]) -> bool:
    """Inside a caption, a quotation, an embed or a media player, up to the article header."""
    for depth, anc in enumerate((node, *ancestors(node))):
        if anc.tag in {"body", "html", None} or anc.mem_id in headline_line:
            return False
        if anc.tag in _MATTER_TAGS:
            return True
        named = _MATTER_NAMES.search(attr_text(anc)) if depth < 4 else None
        # Themes name small print "caption" too (the date line under the headline, the
        # writer's name and day beside their portrait): only one by a picture captions it.
        if named and (named.group(1) is None or beside_picture(anc, portraits=False)):
            return True
    return False


def other_post(node: LexborNode) -> bool:
    return any(
        OTHER_POSTS.search(attr_text(a))
        for a in (node, *ancestors(node))
        if a.tag not in {"body", "html", None}
    )

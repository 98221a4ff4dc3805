"""Where an author element stands, which tells whose name it holds: the site's menus,
banner and furniture, lists and cards of other posts, the reader comments, tag and category
links, a person mentioned in the text, a byline group of another role than the writer's."""

from __future__ import annotations

import itertools
import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from ..dates.furniture import CARD_DEPTH, holds_card, list_of_posts, row_of_posts
from ..dom import (
    FURNITURE_TOKENS,
    MARK,
    PICTURE,
    address_words,
    ancestors,
    attr_text,
    beside_picture,
    text_of,
    token_pattern,
)
from .common import inside_ids

# A byline group of another role than the writer's, as its class names it
# ("bylines__group--fact_checker", "finance_reviewer", "photo-credit").
_CREDIT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:reviewer|reviewed|medical[_-]?review\w*|fact[_-]?check\w*|"
    r"photographer|illustrator|translator)(?:$|[\s_-])",
    re.IGNORECASE,
)


def credited(node: LexborNode) -> bool:
    """Whether an author element is in a byline group of another role than the writer's."""
    return any(_CREDIT_CLASS.search(attr_text(n)) for n in (node, *ancestors(node)))


# A picture's caption or credit, as themes class them; a portrait beside a name is the
# writer's own (a byline's avatar).
_PICTURE_CLASS = token_pattern("caption|credits?|copyright|photo|image|img|picture|foto|bild")
_PORTRAIT = re.compile(r"author|avatar|byline|profile|portrait|gravatar", re.IGNORECASE)


def in_picture(node: LexborNode, beside: bool = True) -> bool:
    """Whether a text's element is a picture's caption or credit ("Michael Kappeler/dpa"):
    in a figure, classed as a caption, a credit or a picture, or (with ``beside``) set
    beside a picture that is no portrait."""
    nearest = [node, *itertools.islice(ancestors(node), 3)]
    if any(
        n.tag in {"figure", "figcaption", "picture"} or _PICTURE_CLASS.search(attr_text(n))
        for n in nearest
    ):
        return True
    if not beside:
        return False
    parent = node.parent
    # A caption shares a small box with its picture; an article that holds the line and,
    # further down, its pictures sets no picture beside it.
    picture = parent.css_first(PICTURE) if parent is not None else None
    if parent is None or picture is None or len(parent.text(deep=True)) > _CAPTION_BOX_CHARS:
        return False
    return not _PORTRAIT.search(f"{attr_text(picture)} {attr_text(parent)}")


_CAPTION_BOX_CHARS = 400


def in_caption(node: LexborNode) -> bool:
    """Inside a picture's <figcaption> (its credit names the photographer), unless the
    picture is a writer's portrait (an author card set as a figure)."""
    caption = next(
        (a for a in (node, *itertools.islice(ancestors(node), 4)) if a.tag == "figcaption"), None
    )
    return caption is not None and beside_picture(caption, portraits=False)


# Page furniture whose names are not this article's byline: the page cleaner's furniture
# without its byline and bio tokens (not body text, but exactly what is looked for here).
_FURNITURE = token_pattern(FURNITURE_TOKENS)


def in_furniture(node: LexborNode, holding: frozenset[int]) -> bool:
    """Inside the site's menus, sidebars, related lists, comments or an author box; an
    element ``holding`` the headline (an article header) is not furniture."""
    for anc in (node, *ancestors(node)):
        if anc.tag in {"body", "html"}:
            return False
        attrs = attr_text(anc)
        # A header, by tag or by class ("story--header", "element-top-bar"), and a <footer>
        # are the site's only outside the article: the article's own hold its byline.
        header = anc.tag in {"header", "footer"} or _HEADER.search(attrs) is not None
        chrome = anc.tag in {"nav", "aside"} or (header and not _in_article(anc))
        furniture = _FURNITURE.search(_HEADER.sub(" ", attrs)) is not None
        if (chrome or furniture) and anc.mem_id not in holding:
            return True
    return False


_HEADER = token_pattern("header|topbar|top-bar")


def _in_article(node: LexborNode) -> bool:
    """Inside an <article>: a <header> there is the article's own (byline, date)."""
    return any(anc.tag == "article" for anc in ancestors(node))


# Cards and rows of a list of other posts (a CMS's "views-row", a theme's "teaser-list");
# a microformats "h-card" is the byline's own person.
_TEASER = token_pattern(
    r"teasers?|(?<!\bh-)cards?|listing|post-list|views?-row|swiper|slider|carousel"
)


def in_teaser(node: LexborNode, holding: frozenset[int]) -> bool:
    """Inside a teaser card or a row of a list of other posts (below the element
    ``holding`` the headline): that post's author, or a link to a profile, is no byline of
    this one."""
    if in_listed_post(node, holding):
        return True
    for anc in (node, *ancestors(node)):
        if anc.tag in {"body", "html"} or anc.mem_id in holding:
            return False
        if _TEASER.search(attr_text(anc)) and not _article_part(anc, node, holding):
            return True
    return False


def _article_part(teaser: LexborNode, node: LexborNode, holding: frozenset[int]) -> bool:
    """Whether a teaser-classed element is a part of the article itself: set beside its
    headline (in an element ``holding`` it) and linking, besides the author element
    ``node``, nowhere but within the page. A site that classes its own article's parts as
    teasers ("teaser_text_meta" over the text, with the writer's link, the date and links
    to the comments and the picture credit below) does so; a card stands for the post it
    links to."""
    parent = teaser.parent
    if parent is None or parent.mem_id not in holding:
        return False
    inside = inside_ids(node)
    return not any(
        a.mem_id not in inside and not (a.attributes.get("href") or "").startswith(_IN_PAGE)
        for a in teaser.css("a[href]")
    )


# Links that stay on the page: to a part of it, or to a script (print, share).
_IN_PAGE = ("#", "javascript:")


def in_listed_post(node: LexborNode, holding: frozenset[int]) -> bool:
    """Inside an item of a list (below the element ``holding`` the headline) that links,
    besides ``node``, to another page by a headline's worth of text: a list of other posts,
    each with its byline, whatever its class says."""
    item = next((a for a in (node, *ancestors(node)) if a.tag == "li"), None)
    if item is None or item.mem_id in holding:
        return False
    return _links_a_headline(item, node)


_HEADLINE_CHARS = 30


def _links_a_headline(item: LexborNode, node: LexborNode) -> bool:
    """Whether a list item links, besides the author element ``node``, to another page by
    a headline's worth of text: a list of other posts, each with its byline."""
    inside = inside_ids(node)
    return any(
        a.mem_id not in inside and len(text_of(a)) >= _HEADLINE_CHARS for a in item.css("a[href]")
    )


def holds_other_posts(node: LexborNode) -> bool:
    """Whether an author element holds links to two other pages or more by a headline's
    worth of text: the writer's other posts ("author-materials", "more by"), whose heading
    is no name ("Аналитика, Интервью, Чтиво")."""
    return sum(len(text_of(a)) >= _HEADLINE_CHARS for a in node.css("a[href]")) >= 2


def mentioned_in_text(node: LexborNode) -> bool:
    """A link to a person's profile inside a paragraph of the text: someone the article
    mentions, not its writer."""
    block = next((a for a in ancestors(node) if a.tag in {"p", "li", "blockquote", "td"}), None)
    if block is None:
        return False
    return len(block.text(deep=True)) > max(160, 4 * len(node.text(deep=True)))


_TAXONOMY_CLASS = re.compile(r"(?:^|[\s_-])(?:tags?|categor(?:y|ies)|topics?)(?:$|[\s_-])", re.I)
_TAXONOMY_HREF = re.compile(r"/(?:tags?|categor(?:y|ies)|topics?)/", re.IGNORECASE)


def taxonomy(node: LexborNode) -> bool:
    """A tag or category link, or a box of them: bylines' neighbours ("byline__tag")
    name what the article is filed under, never who wrote it."""
    if _TAXONOMY_CLASS.search(node.attributes.get("class") or ""):
        return True
    links = [node] if node.tag == "a" else node.css("a")
    hrefs = [a.attributes.get("href") or "" for a in links]
    return bool(hrefs) and all(_TAXONOMY_HREF.search(h) for h in hrefs)


def section_link(node: LexborNode, url: str | None) -> bool:
    """Whether ``node`` is (in) a link to the section the article at ``url`` is filed in:
    the article's address lies under the link's, whose last part spells the link's text
    ("Digital Life", "/digital-life", ".../digital-life/robotaxis-start/400487461"). News
    sites print it over the headline beside the day, named like a person."""
    link = next((a for a in itertools.islice((node, *ancestors(node)), 3) if a.tag == "a"), None)
    if link is None or not url:
        return False
    page, href = urlsplit(url), urlsplit(link.attributes.get("href") or "")
    path = href.path.rstrip("/")
    if not path or (href.netloc and href.netloc != page.netloc):
        return False
    words = address_words(text_of(link)).split()
    return (
        page.path.startswith(path + "/")
        and bool(words)
        and "".join(address_words(path.rsplit("/", 1)[-1]).split()) == "".join(words)
    )


# Lists of other posts, reader comments and the site's menus: their names are never the
# author of this article (an author box or a sidebar "about me" may well be).
_OTHER_POSTS = re.compile(
    r"(?:^|[\s_-])(?:related|recommend\w*|more-(?:articles|stories|posts|news)|"
    r"read-(?:more|next|also)|latest|recent|popular|trending|comment|comments|respond|reply|"
    r"disqus|nav|navbar|navigation|menu|breadcrumbs?|cards?|teasers?|listing|post-list|loop|"
    r"swiper|slider?|carousel)"
    r"(?=$|[\s_-])"
)


def is_card_link(node: LexborNode) -> bool:
    # A whole teaser card is one link; a byline inside belongs to that other post.
    return node.tag == "a" and len(node.text(deep=True)) > 80


def holding_headline(body: LexborNode) -> frozenset[int]:
    """The headline's element and those that hold it: the article's own. Found once a page:
    asking each candidate's ancestors for the mark searches the page once per ancestor
    (seconds on a page with hundreds of author links)."""
    return frozenset(
        held.mem_id for mark in body.css(f"[{MARK}]") for held in (mark, *ancestors(mark))
    )


# Where a <header> or <footer> is a part of the content around it, not the site's banner
# or its closing footer (as HTML's accessibility mapping scopes them).
_SCOPING = frozenset({"article", "aside", "main", "nav", "section"})
# A class naming the author: the card or teaser it marks is about the author.
_AUTHOR_CLASS = re.compile(r"author|byline|writer")
_CARD_WORD = re.compile(r"[\s_-]?(?:cards?|teasers?)")
# WordPress marks the comments the post's own author wrote.
_BY_POST_AUTHOR = re.compile(r"(?:^|\s)bypostauthor(?:$|\s)")


def _site_chrome(node: LexborNode) -> bool:
    """The site's navigation, or its banner or closing footer: a <header> or <footer>
    outside any sectioning element or <main>."""
    if node.tag == "nav":
        return True
    return node.tag in {"header", "footer"} and not any(a.tag in _SCOPING for a in ancestors(node))


def _posts_by_shape(node: LexborNode, depth: int, seen: dict[int, bool]) -> bool:
    """A list or a row of other posts by its shape, whatever its class (a hashed one,
    "weitere"): each item a linked headline with a day, on two days at least; or, up to
    ``CARD_DEPTH`` levels above the text, another post's card, a block holding a link
    around a headline. ``seen`` keeps the list and row answers of one page's elements:
    the chunks of a byline area share their ancestors."""
    listed = seen.get(node.mem_id)
    if listed is None:
        listed = (node.tag in {"ul", "ol"} and list_of_posts(node)) or (
            node.tag in {"div", "section", "aside"} and row_of_posts(node)
        )
        seen[node.mem_id] = listed
    return listed or (depth <= CARD_DEPTH and holds_card(node))


def in_posts_by_shape(
    node: LexborNode, holders: frozenset[int], seen: dict[int, bool] | None = None
) -> bool:
    """Inside a list or a row of other posts (:func:`_posts_by_shape`), whatever the
    classes around it say, below the elements that hold the headline (``holders``: a
    wrapper around the article and a row of related posts has that shape too)."""
    seen = {} if seen is None else seen
    for depth, anc in enumerate(itertools.islice((node, *ancestors(node)), _SHAPE_DEPTH)):
        if anc.mem_id in holders or anc.tag in {"body", "html"}:
            return False
        if _posts_by_shape(anc, depth, seen):
            return True
    return False


# A list or a row of posts holds a byline a few levels down (span, item, list, box); the
# page's wrappers further up hold whole sections, whose text is long to read.
_SHAPE_DEPTH = 6


def in_other_posts(node: LexborNode, holders: frozenset[int] = frozenset()) -> bool:
    """Inside the site's chrome, a list of other posts or the reader comments."""
    for anc in (node, *ancestors(node)):
        if anc.mem_id in holders:
            # The article's own container ("main with-navigation"), whatever its class says.
            return False
        if _site_chrome(anc):
            return True
        if anc.tag in {"body", "html"}:
            return False
        if is_card_link(anc):
            return True
        attrs = attr_text(anc)
        other = _OTHER_POSTS.search(attrs)
        if other is None:
            continue
        if _BY_POST_AUTHOR.search(attrs):
            # A comment its class says the post's author wrote names that author.
            return False
        if _AUTHOR_CLASS.search(attrs) and _CARD_WORD.fullmatch(other.group(0)):
            # An author card ("author-card", "teaser-box author") is the author's own; a
            # card or teaser around it is still another post's, so the walk goes on.
            continue
        return True
    return False

"""Author elements: what marks an element as the writer's (rel, itemprop, a class or an id
naming the author or the byline, a link to the writer's page) and what only looks so (the
classes a CMS gives a whole post, a link to a profile on another site or to a section)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from .common import registered

# Author elements: marked by rel, itemprop or class, or links to the writer's page. One
# "/aut" stands for "/author" and the writer's page as other languages name it ("/autor/",
# "/autoren/jan-koch", "/auteur/", "/autore/"), since lexbor tests each attribute selector on
# every element of the page; the other links it finds ("/autos/") are dropped after.
BYLINE_CSS = (
    '[rel~="author"], [itemprop="author"], [class*="author"], [class*="byline"], '
    # ... and the contributor, as generated classes end in the component's name
    # ("ssrcss-68pt20-Text-TextContributorName").
    '[class*="contributor" i], '
    # "/profile" stands for the writers' folder in the plural too ("/profiles/jane-doe-123").
    '[class*="writer"], a[href*="/aut"], a[href*="/people/"], a[href*="/profile"], '
    # "/about/editors/jane-roe", "/redakteure/jan-koch"
    'a[href*="/editors/"], a[href*="/redakteur"], '
    # ... and the writers' folder in other languages ("/journalistes/", "/journalister/",
    # "/skribent/", "/forfatter/").
    'a[href*="/journalist"], a[href*="/skribent"], a[href*="/forfatter"], '
    # A platform's writer handle ("/@janedoe"), on the site itself (off it: a social account).
    'a[href*="/@"], '
    # The author's class in the page's language ("autor", "autora", "autoren", "autorka"):
    # kept only as a word of the class, not "autoresize".
    '[class*="autor"], '
    # A class that is the byline's word itself ("by"), as themes in any language name it.
    '[class~="by"], '
    # Sites whose classes are generated (CSS modules, utility classes) name the byline in
    # an id or in the attributes their tests and scripts find it by.
    # (Each selector walks the whole page: only the two commonest.)
    '[id*="byline"], [data-testid*="byline"]'
)
# The attributes besides the class that name an element the byline.
_NAMING_ATTRS = ("id", "data-testid")
_HREF_MARKS = ("/aut", "/people/", "/profile/", "/profiles/", "/editors/", "/redakteur", "/@")
_AUTOR_CLASS = re.compile(
    r"(?:^|[\s_-])autor(?:a|as|e|es|en|i|in|innen|ka|ki|zy|ius|iai|s)?(?=$|[\s_A-Z-])"
)
_WRITER_LINK = re.compile(
    r"/author|/autor/|/autoren/|/auteur/|/autore/|/people/|/profiles?/|/editors/|/redakteur|"
    # The writers' folder named in the plural ("/autori/ales-vavra/", "/autorzy/", "/autores/").
    r"/autori/|/autorzy/|/autores/|/auteurs/|/autorius/|/autors/|/@"
)
# The writers' folder in the languages that name it after the trade, and a writer's page
# in it: the name's slug last ("/journalistes/claire-dubois/", "/skribent/anna-lindqvist").
_FOLDER = re.compile(r"/(?:journalist(?:s|es|er)?|skribent(?:er)?|forfatter(?:e)?)/")
_FOLDER_WRITER = re.compile(rf"{_FOLDER.pattern}[^\W\d_][\w.-]*/?(?:[?#]|$)")


def writer_href(href: str) -> bool:
    """Whether a link's address points into the writers' pages ("/autor/...",
    "/profile/...", "/journalistes/..."), as a byline's or a portrait's link does."""
    return any(mark in href for mark in _HREF_MARKS) or _FOLDER.search(href) is not None


_ACCOUNT_LINK = re.compile(
    r"/(?:settings|account|accounts|mypage|my-account|login|signin|sign-in|register)(?:/|$|\?)",
    re.IGNORECASE,
)
# Whitespace as CSS splits an attribute's words, which "~=" compares ASCII case-blind on rel.
_CSS_SPACE = re.compile(r"[ \t\n\f\r]+")


def author_element(node: LexborNode, host: str = "") -> bool:
    """Whether an element ``BYLINE_CSS`` found is an author element: all are, but for a
    link found by its "/aut" alone, an element whose class only holds "autor" inside
    another word, and a link found by its address alone that leads off the site (``host``)
    or into a section ("/people/2026/12/story.html")."""
    if node.tag in {"body", "html"}:
        # The page's own classes carry the theme's settings ("hide-author", "single-author"):
        # the whole page is no byline.
        return False
    attrs = node.attributes
    href = attrs.get("href") or ""
    rel = _CSS_SPACE.split((attrs.get("rel") or "").lower())
    classes = attrs.get("class") or ""
    tokens = classes.casefold().split()
    classed = (
        (
            any(word in classes for word in ("author", "byline", "writer"))
            or "contributor" in classes.casefold()
            or "by" in tokens
            or _AUTOR_CLASS.search(classes) is not None
        )
        and not _post_classes(tokens)
        and not _QUOTED.search(classes)
    )
    marked = (
        "author" in rel
        or attrs.get("itemprop") == "author"
        or classed
        or any("byline" in (attrs.get(name) or "") for name in _NAMING_ATTRS)
    )
    if node.tag != "a" or not writer_href(href):
        return marked
    if _FOLDER.search(href) and not _FOLDER_WRITER.search(href):
        # "/journalist/2012-06/01/content_25335209.htm": a section's story, no writer's page.
        return marked
    if _ACCOUNT_LINK.search(href):
        # The reader's own profile in the site's menu ("/settings/profile/"), not a writer's.
        return marked
    if marked:
        return True
    if _off_site(href, host) or _section_link(href):
        return False
    return "/aut" not in href or bool(_WRITER_LINK.search(href))


# The person a pull quote quotes ("quote__author", "blockquote-author", "quoteAuthor"), who
# said the words and wrote nothing.
_QUOTED = re.compile(r"quote[_-]*(?:author|autor)", re.IGNORECASE)


def _post_classes(tokens: list[str]) -> bool:
    """Whether a class list (its tokens, case folded) is the one a CMS gives a whole post
    ("hentry category-news tag-food author-jane-doe post-type-store-item"): its "author-"
    token names the post's writer, not an element that prints the name (a card, a product,
    the article)."""
    if "hentry" not in tokens:
        return False
    marks = [t for t in tokens if any(w in t for w in ("author", "byline", "writer", "autor"))]
    return all(t.startswith("author-") for t in marks)


def _off_site(href: str, host: str) -> bool:
    """Whether a link leads to another site than ``host``'s: a profile there (a social
    network's "/profile/<site>") is the site's own account, not its writer's page, which a
    site keeps under its own domain."""
    other = urlsplit(href).hostname if "//" in href else None
    if not other or not host:
        return False
    return registered(other) != registered(host)


# "/people/" and "/profile/" are also the names of sections ("/people/erlebt/397213-story.html",
# a magazine's celebrity pages): the writer's page is one segment below the folder.
# An article's address below it ("/people/395567-star-talks.html") is a story's, too.
_SECTION_MARK = re.compile(r"/(?:people|profiles?)/(?:[^/?#]+/[^/?#]|[^/?#]+\.html?$)")


def _section_link(href: str) -> bool:
    return _SECTION_MARK.search(urlsplit(href).path) is not None and not any(
        mark in href for mark in ("/aut", "/editors/", "/redakteur")
    )

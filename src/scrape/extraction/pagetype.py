"""Is this page an article? Home, section, tag, search, listing, product and forum pages
are not, and the crawler skips them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from .metadata import ARTICLE_TYPES, Metadata

_LISTING_PATH = re.compile(
    r"/(?:tags?|category|categories|topics?|section|sections|search|archives?|authors?|page|"
    r"latest|all|index)(?:/|$)|[?&](?:s|q|query|page|tag|cat)=",
    re.IGNORECASE,
)
_PRODUCT_PATH = re.compile(r"/(?:products?|shop|store|item|dp|p|buy|cart)/", re.IGNORECASE)
_FORUM_PATH = re.compile(
    r"/(?:forums?|threads?|topic|community|discussions?|questions|t|viewtopic\.php|showthread)"
    r"(?:/|$|\.)",
    re.IGNORECASE,
)
_DOCS_PATH = re.compile(r"/(?:docs?|documentation|reference|manual|api|kb|wiki)(?:/|$)", re.I)
# A "Question" is a forum's only when the page is not an FAQ: blog posts and service pages
# mark their FAQ sections up as FAQPage > Question, and those are no discussion.
_FORUM_TYPES = {"discussionforumposting", "qapage"}
_PRODUCT_TYPES = {"product", "productgroup", "offer", "aggregateoffer", "softwareapplication"}
_LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage"}


@dataclass(frozen=True)
class Signals:
    url: str | None
    has_headline: bool
    has_published: bool
    has_authors: bool
    has_any_date: bool
    body_words: int
    body_blocks: int


def classify(md: Metadata, tree: LexborHTMLParser, signals: Signals) -> str:
    """One of article, home, listing, product, forum, documentation, page (other)."""
    path = urlsplit(signals.url or "").path if signals.url else None
    query = urlsplit(signals.url or "").query if signals.url else ""
    types = md.ld_types
    og_type = (md.get("og:type") or "").casefold()
    score = 0.0
    if types & ARTICLE_TYPES:
        score += 3
    # Many CMSs stamp og:type=article on every page, so it is weak evidence; a publication
    # date and a named author are what set articles apart from service and docs pages.
    if og_type == "article":
        score += 1
    if signals.has_published:
        score += 2
    elif not signals.has_any_date:
        score -= 1
    if signals.has_authors:
        score += 1
    if signals.has_headline:
        score += 0.5
    if signals.body_words >= 250:
        score += 1
    elif signals.body_words < 80:
        score -= 3

    product = types & _PRODUCT_TYPES or og_type in {"product", "og:product"}
    if product and not types & ARTICLE_TYPES:
        return "product"
    if tree.css_first('[itemprop="price"], [class*="add-to-cart"], [name="add-to-cart"]'):
        score -= 2
    if types & _FORUM_TYPES or ("question" in types and "faqpage" not in types):
        return "forum"
    if path is not None:
        if path in {"", "/"} and not query:
            return "home"
        full = path + ("?" + query if query else "")
        if _LISTING_PATH.search(full):
            score -= 3
        if _PRODUCT_PATH.search(path):
            score -= 2
        # Forum threads and docs pages carry a post date and a user or maintainer name
        # as surely as articles do (+3 above), so a URL naming a forum or docs section
        # must outweigh both: at -2 they let most forum threads through as articles.
        if _FORUM_PATH.search(path):
            score -= 4
        if _DOCS_PATH.search(path):
            score -= 4
    if types & _LISTING_TYPES and not types & ARTICLE_TYPES:
        score -= 3
    # Many teaser cards (<article> elements or linked sub-headings) make a listing.
    teasers = len(tree.css("article")) + len(tree.css("h2 a, h3 a"))
    if teasers >= 8:
        score -= 2
    if score >= 2:
        return "article"
    if path is not None and _FORUM_PATH.search(path):
        return "forum"
    if path is not None and _PRODUCT_PATH.search(path):
        return "product"
    if path is not None and _DOCS_PATH.search(path):
        return "documentation"
    if teasers >= 8 or (path is not None and _LISTING_PATH.search(path)):
        return "listing"
    return "page"

"""The dates a page declares in machine-readable form: for its main entity (JSON-LD, Open
Graph and the other <meta> keys, microdata, RDFa, ``<time pubdate>``), and for its last
modification.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ancestors
from ..metadata import ARTICLE_TYPES, Metadata, ld_text
from .common import node_text
from .grammar import DayFirst, parse_date

# The Open Graph article's publication time.
_OPEN_GRAPH_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
)
# The other well-known publication keys.
_PUBLISHED_META = (
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "publication_date",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "og:published_time",
    "article.published",
)
# Keys that date the document without saying which date: many CMSs set them to the last
# modification, so they rank below the date the byline shows.
GENERIC_META = ("date", "dc.date", "dcterms.date")
_PUBLISHED_KEY = re.compile(
    r"(?:^|[-_.:])pub(?:lish(?:ed)?|lication)?[-_.]?(?:date|time|at|on)?$", re.IGNORECASE
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "article:modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)


def declared_dates(
    md: Metadata,
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    url: str | None,
    order: DayFirst = None,
) -> list[datetime]:
    """The publication dates the page declares for its main entity, most specific first.

    The JSON-LD article that is the page's main entity; the Open Graph article's
    ``published_time``; microdata ``datePublished`` of the article (not of a video, an image
    or a list of posts); ``<time pubdate>``; the other well-known publication <meta> keys
    and the ones sites name themselves ("w-published-date"); a JSON-LD WebPage's date.
    """
    found: list[datetime | None] = []
    article = main_ld_article(md, headline, url)
    if article is not None:
        # CMSs of day-first countries write it day first too ("03/12/2026 14:35").
        found.append(parse_date(_str(_first_date(article)), order))
    found.extend(parse_date(md.meta.get(key), order) for key in _OPEN_GRAPH_META)
    found.append(microdata_published(tree, order=order))
    found.append(_rdfa_published(tree, order))
    for node in tree.css("time[pubdate]")[:3]:
        found.append(parse_date(node.attributes.get("datetime") or node_text(node), order))
    found.extend(parse_date(md.meta.get(key), order) for key in _PUBLISHED_META)
    # Keys sites name themselves ("published-date", "published-time") can be a draft's or an
    # import's: of several, the earliest.
    known = {*_PUBLISHED_META, *_OPEN_GRAPH_META, *GENERIC_META}
    own = [
        parsed
        for key, value in md.meta.items()
        if key not in known and _PUBLISHED_KEY.search(key)
        if (parsed := parse_date(value, order)) is not None
    ]
    own.sort(key=_day_of)
    found.extend(own)
    found.append(parse_date(_str((md.ld_webpage or {}).get("datePublished")), order))
    return [d for d in found if d is not None]


def main_ld_article(
    md: Metadata, headline: LexborNode | None, url: str | None
) -> dict[str, Any] | None:
    """The JSON-LD article object that is the page's main entity, or None when unclear.

    The only one; else the one the page's address or headline names; else the one a
    WebPage calls its ``mainEntity``. Several articles with nothing to tell them apart
    (related posts in the page's graph) leave it open unless they share one day.
    """
    articles = [a for a in md.ld_articles if _first_date(a)]
    if len(articles) <= 1:
        return articles[0] if articles else None
    addresses = {_address(u) for u in (url, md.canonical, md.meta.get("og:url")) if u}
    for article in articles:
        refs = [article.get("url"), article.get("@id"), article.get("mainEntityOfPage")]
        if any(
            _address(ld_text(r) if not isinstance(r, dict) else ld_text(r.get("@id"))) in addresses
            for r in refs
            if r
        ):
            return article
    titles = {_folded(t) for t in (md.get("og:title"), md.html_title) if t}
    if headline is not None:
        titles.add(_folded(headline.text(deep=True)))
    for article in articles:
        if _folded(ld_text(article.get("headline")) or "") in titles:
            return article
    days = {d.date() for d in (parse_date(_str(a.get("datePublished"))) for a in articles) if d}
    return articles[0] if len(days) <= 1 else None


def _first_date(article: dict[str, Any]) -> Any:
    """The JSON-LD article's first date: its publication, else its creation, else, for a live
    blog that declares neither, the start of its coverage (when the page went live)."""
    return (
        article.get("datePublished")
        or article.get("dateCreated")
        or article.get("coverageStartTime")
    )


def _day_of(value: datetime) -> date:
    return value.date()


def _address(value: str | None) -> str:
    """A URL without scheme, ``www.``, query, fragment and trailing slash: one page, one form."""
    if not value:
        return ""
    value = value.split("#", 1)[0].split("?", 1)[0].casefold()
    value = re.sub(r"^(?:https?:)?//(?:www\.)?", "", value)
    return value.rstrip("/")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def microdata_published(
    tree: LexborHTMLParser, shown: bool = False, order: DayFirst = None
) -> datetime | None:
    """The article's microdata ``datePublished`` when every such element names one day.

    Blog themes put it in the post footer, where the byline search does not look. A video's
    or an image's own item is not the article; several different days mean a list of posts,
    and none of them is the page's own. With ``shown``, only elements the reader sees (the
    byline marked up) count.
    """
    values = []
    for node in tree.css('[itemprop="datePublished"]')[:20]:
        if not of_the_article(node) or (shown and node.tag in {"meta", "link"}):
            continue
        attrs = node.attributes
        raw = attrs.get("content") or attrs.get("datetime") or attrs.get("title")
        parsed = parse_date(raw or node.text(deep=True), order)
        if parsed is not None:
            values.append(parsed)
    if not values or len({v.date() for v in values}) > 1:
        return None
    return values[0]


# RDFa properties of a creation or publication date: Dublin Core (Drupal's default
# markup) and schema.org's, with or without the vocabulary's prefix.
_RDFA_PUBLISHED = frozenset(
    {
        "dc:date",
        "dc:created",
        "dc:issued",
        "dcterms:created",
        "dcterms:issued",
        "datepublished",
        "schema:datepublished",
    }
)
_RDFA_COMMENT = re.compile(r"comment", re.IGNORECASE)


def _rdfa_published(tree: LexborHTMLParser, order: DayFirst = None) -> datetime | None:
    """The date an element's RDFa ``property`` declares as the page's creation, when every
    such element outside the comments names one day (a listing's posts name several)."""
    values = []
    for node in tree.css("[property][content]")[:200]:
        if node.tag == "meta":
            continue  # read with the page's <meta> keys
        properties = set((node.attributes.get("property") or "").casefold().split())
        if not properties & _RDFA_PUBLISHED or _in_comment(node):
            continue
        parsed = parse_date(node.attributes.get("content"), order)
        if parsed is not None:
            values.append(parsed)
    if not values or len({v.date() for v in values}) > 1:
        return None
    return values[0]


def _in_comment(node: LexborNode) -> bool:
    """Inside a reader's comment: its RDFa type or its class says so."""
    for element in (node, *ancestors(node)):
        attrs = element.attributes
        marks = " ".join(attrs.get(a) or "" for a in ("typeof", "class", "id"))
        if _RDFA_COMMENT.search(marks):
            return True
    return False


# Microdata item types that are the page or its article; a property of any other item
# (VideoObject, ImageObject, Comment, Event...) describes that item.
_PAGE_ITEMS = frozenset({"webpage", "itempage", "blog", "creativework"})


def of_the_article(node: LexborNode) -> bool:
    for element in (node, *ancestors(node)):
        attrs = element.attributes
        if "itemscope" not in attrs:
            continue
        kind = (attrs.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].casefold()
        return not kind or kind in ARTICLE_TYPES or kind in _PAGE_ITEMS
    return True


def modified_candidates(md: Metadata) -> list[datetime]:
    article = md.ld_article or {}
    out = [parse_date(_str(article.get("dateModified")))]
    out.extend(parse_date(md.meta.get(key)) for key in _MODIFIED_META)
    return [d for d in out if d is not None]


def _str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        # A typed value: {"@type": "DateTime", "@value": "2026-12-03T14:35:00+01:00"}.
        value = value.get("@value")
    return value if isinstance(value, str) else None

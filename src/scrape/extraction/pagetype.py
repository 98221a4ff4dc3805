"""Is this page an article? Home, section, tag, search, listing, product and forum pages
are not, and the crawler skips them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from .metadata import ARTICLE_TYPES, Metadata

# A tag, category or search page is the section word and at most one name after it:
# "/topics/energy/climate-change" is an article filed under a topic.
_LISTING_PATH = re.compile(
    r"/(?:tags?|category|categories|topics?|section|sections|search|browse|archives?|"
    r"authors?|page|latest|all|index)(?:/[^/]*)?/?$|/page/\d+/?$",
    re.IGNORECASE,
)
_LISTING_QUERY = re.compile(r"(?:^|&)(?:s|q|query|page|tag|cat)=", re.IGNORECASE)
_PRODUCT_PATH = re.compile(r"/(?:products?|shop|store|item|dp|p|buy|cart)/", re.IGNORECASE)
# "/topic/" is a forum thread only with the thread's number after it (Invision, NodeBB;
# older boards say "?showtopic=123" or "/ShowTopic-...");
# "/topic/history-of-coffee" is an encyclopedia entry, "/topic/software" a tag page.
_FORUM_PATH = re.compile(
    r"/(?:forums?|threads?|community|discussions?|questions|t|viewtopic\.php|showthread)"
    r"(?:/|$|\.)|/topic/\d|showtopic",
    re.IGNORECASE,
)
_DOCS_PATH = re.compile(r"/(?:docs?|documentation|reference|manual|api|kb|wiki)(?:/|$)", re.I)
# A site's section for articles, or a date, with the article's slug after it.
_ARTICLE_PATH = re.compile(
    r"/(?:blogs?|posts?|articles?|news|insights?|stories|guides?|resources?|how-to|tips|advice|"
    r"(?:19|20)\d\d)/[^/]+",
    re.IGNORECASE,
)
# The same sections' own index pages ("/news", "/about/in-the-news/").
_SECTION_END = re.compile(
    r"/(?:news|blogs?|articles|posts|press|press-releases|newsroom|insights|stories|updates|"
    r"in-the-news|media|events)/?$",
    re.IGNORECASE,
)
_SERVICE_PATH = re.compile(r"/(?:services?|solutions|what-we-do|pricing)(?:/|$|\.)", re.I)
_FORUM_HOST = re.compile(r"^(?:forums?|community|discuss(?:ion)?|boards|bbs)\.", re.I)
_DOCS_HOST = re.compile(r"^(?:docs?|developers?|wiki)\.", re.I)
_SHOP_HOST = re.compile(r"^(?:store|shop)\.", re.I)
# Government, university and military sites sell little: their pages that look like
# articles (fact sheets, guides, notices) mostly are, dated or not.
_PUBLIC_HOST = re.compile(
    r"\.(?:gov|edu|mil)(?:\.[a-z]{2})?$|\.(?:gc|ac|gouv|gob|govt)\.[a-z]{2}$", re.I
)
# <meta name="generator"> of documentation builders and forum software.
_DOCS_GENERATOR = re.compile(
    r"\b(?:docusaurus|gitbook|bookdown|rustdoc|docutils|sphinx|mdbook|vitepress|vuepress|"
    r"doxygen|javadoc|jsdoc|antora|starlight)\b",
    re.IGNORECASE,
)
_FORUM_GENERATOR = re.compile(
    r"\b(?:discourse|vbulletin|xenforo|phpbb|invision|mybb|flarum|nodebb|simple machines|"
    r"vanilla|lemmy)\b",
    re.IGNORECASE,
)
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+")  # "Headline | Site", "Headline - Site"
# Headlines of explainers, how-tos and list articles.
_ARTICLE_TITLE = re.compile(
    r"^(?:how|what|why|when|where|which|who|is|are|can|do|does|should|will)\b|"
    r"^(?:the )?(?:top |best )?\d+ |^(?:the )?best\b|"
    r"\b(?:guide|tips|vs\.?|versus|history of|101|explained|ways to|reasons|how to|what is|"
    r"introduction to|beginners?|beginner's)\b|\?$",
    re.IGNORECASE,
)
# A sales page speaks as "we" and asks the reader to act.
_WE = re.compile(r"\b(?:we|our|us|we're|we've|ourselves)\b")
_CALL_TO_ACTION = re.compile(
    r"\b(?:contact us|get started|get in touch|request a (?:quote|demo|consultation)|"
    r"schedule a|book (?:a|your|now)|free (?:consultation|quote|trial|estimate)|"
    r"get a (?:quote|demo)|call us|sign up|try (?:it )?(?:for )?free|buy now|shop now|"
    r"enroll now|apply now|talk to (?:an? )?(?:expert|sales)|learn more)\b"
)
# "5 min read", "Reading time: 4 minutes": blogs and magazines tell readers how long a story is.
_READING_TIME = re.compile(
    r"\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b|\breading time\b", re.IGNORECASE
)
# A "Question" is a forum's only when the page is not an FAQ: blog posts and service pages
# mark their FAQ sections up as FAQPage > Question, and those are no discussion.
_FORUM_TYPES = {"discussionforumposting", "qapage"}
_PRODUCT_TYPES = {"product", "productgroup", "offer", "aggregateoffer", "softwareapplication"}
_LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage"}
_SERVICE_TYPES = {"service"}  # schema.org Service: what a firm sells, not a story


@dataclass(frozen=True)
class Signals:
    url: str | None
    has_headline: bool
    has_published: bool
    # The page names its author (a byline, a declared author), not just a site named like one.
    has_authors: bool
    has_any_date: bool
    body_words: int
    body_blocks: int


@dataclass(frozen=True)
class Shape:
    """What the classifier reads of the pruned page's tree: read before the page's frame
    around the article is cut (:func:`~.prune.cut_frame`), as a sales page's calls to
    action and a listing's cards sit in that frame."""

    teasers: int
    article_title: bool
    priced: bool
    text: str


# A price or a shopping cart's button: what a shop's page shows.
_PRICED = '[itemprop="price"], [class*="add-to-cart"], [name="add-to-cart"]'


def _address(url: str | None) -> tuple[str | None, str, str]:
    """The path (None without a URL), host and query of ``url``."""
    try:
        parts = urlsplit(url) if url else None
        host = (parts.hostname or "") if parts else ""
    except ValueError:  # a mangled declared address ("https://[host"): judged without it
        parts, host = None, ""
    return (parts.path if parts else None), host, (parts.query if parts else "")


def read_shape(md: Metadata, tree: LexborHTMLParser, url: str | None) -> Shape:
    """The :class:`Shape` of the pruned page at ``url``."""
    body = tree.body
    return Shape(
        teasers=_teasers(tree, _address(url)[0]),
        article_title=_article_title(md, tree),
        priced=tree.css_first(_PRICED) is not None,
        text=body.text(separator=" ") if body is not None else "",
    )


def classify(md: Metadata, shape: Shape, signals: Signals) -> str:
    """One of article, home, listing, product, forum, documentation, page (other)."""
    path, host, query = _address(signals.url)
    types = md.ld_types
    og_type = (md.get("og:type") or "").casefold()
    score = 0.0
    if types & ARTICLE_TYPES:
        score += 3
    # Many CMSs stamp og:type=article on every page, so it is weak evidence (no more than a
    # headline); a publication date and a named author are what set articles apart from
    # service and docs pages.
    if og_type == "article":
        score += 0.5
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
        # A page that declares itself an article with its publication time in the Open
        # Graph tags is one however short: a breaking-news stub, a wire item. Service pages
        # stamped og:type=article carry no publication time.
        score -= 1 if og_type == "article" and md.get("article:published_time") else 3
    if shape.article_title:
        score += 1

    product = types & _PRODUCT_TYPES or og_type in {"product", "og:product"}
    if product and not types & ARTICLE_TYPES:
        return "product"
    if shape.priced:
        score -= 2
    if types & _FORUM_TYPES or ("question" in types and "faqpage" not in types):
        return "forum"
    if path in {"", "/"} and not query:
        return "home"
    if path and not query and _SECTION_END.search(path):
        # "/news", "/blog/": a section's front page ("/news?id=12" can be a story).
        return "listing"
    path = path or ""
    full = path + ("?" + query if query else "")
    generator = md.get("generator") or ""
    listing = bool(_LISTING_PATH.search(path) or _LISTING_QUERY.search(query))
    shop = bool(_PRODUCT_PATH.search(path) or _SHOP_HOST.search(host))
    forum = bool(
        _FORUM_PATH.search(full) or _FORUM_HOST.search(host) or _FORUM_GENERATOR.search(generator)
    )
    docs = bool(
        _DOCS_PATH.search(path) or _DOCS_HOST.search(host) or _DOCS_GENERATOR.search(generator)
    )
    if listing:
        score -= 3
    if shop:
        score -= 2
    # Forum threads and docs pages carry a post date and a user or maintainer name as
    # surely as articles do (+3 above), so a URL or generator naming a forum or docs site
    # must outweigh both.
    if forum:
        score -= 4
    if docs:
        score -= 4
    if _SERVICE_PATH.search(path):
        score -= 2
    if _ARTICLE_PATH.search(path):
        score += 1
    if _PUBLIC_HOST.search(host):
        score += 1
    if types & (_LISTING_TYPES | _SERVICE_TYPES) and not types & ARTICLE_TYPES:
        score -= 3
    teasers = shape.teasers
    if teasers >= 8:
        score -= 2
    # Text in many short pieces (cards, spec lines, price tables) is no story's prose.
    if signals.body_blocks >= 30 and signals.body_words < 10 * signals.body_blocks:
        score -= 2
    if 1 <= score < 2 and _READING_TIME.search(shape.text):
        score += 1
    if 2 <= score < 4 and _sales_voice(shape.text):
        score -= 2
    if score >= 2:
        return "article"
    if forum:
        return "forum"
    if shop:
        return "product"
    if docs:
        return "documentation"
    if teasers >= 8 or listing:
        return "listing"
    return "page"


def _article_title(md: Metadata, tree: LexborHTMLParser) -> bool:
    """Whether the headline reads like an explainer's, a how-to's or a list article's."""
    h1 = tree.css_first("h1")
    for title in (h1.text(strip=True) if h1 is not None else None, md.get("og:title")):
        if title and _ARTICLE_TITLE.search(_SITE_SUFFIX.split(title, maxsplit=1)[0].strip()):
            return True
    return False


def _sales_voice(page_text: str) -> bool:
    """Whether the page talks like a service or product page: "we" and "our" in more than
    one word in 70, and at least two calls to action ("Contact us", "Get a quote")."""
    text = page_text.casefold()
    words = len(text.split())
    if not words or len(_WE.findall(text)) * 70 <= words:
        return False
    return len(_CALL_TO_ACTION.findall(text)) >= 2


def _teasers(tree: LexborHTMLParser, path: str | None) -> int:
    """Teaser cards: <article> elements, or sub-headings linking to other pages.

    A card usually is both (an <article> around a linked heading), so the larger count is
    the number of cards. Sub-headings linking into the page itself (a table of contents'
    anchors, "#" placeholders, self links) are the article's own sections.
    """
    links = 0
    for node in tree.css("h2 a[href], h3 a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        try:
            target = urlsplit(href).path
        except ValueError:  # "http://[broken": a link all the same
            target = href
        links += target != path
    return max(len(tree.css("article")), links)

"""DOM work on the lexbor tree: locate the headline, then prune everything that is not text."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

log = logging.getLogger(__name__)

MARK = "data-scrape-headline"
ANCHOR = "data-scrape-anchor"

# Tags that never hold article text.
_DROP_TAGS = (
    "script, style, noscript, template, svg, iframe, object, embed, canvas, "
    "button, select, textarea, input, dialog, link, meta"
)
# class/id tokens (split on space, '-' and '_') of page furniture: ad slots, related-article
# and share blocks, newsletter/cookie prompts, comment sections, sidebars, author boxes.
_JUNK_TOKEN = re.compile(
    r"""(?:^|[\s_-])(?:
      related|relatedposts|yarpp|recommend|recommended|recommendations|readmore|readnext
    | more-(?:articles|stories|news)|read-(?:more|next|also)|also-read|must-read
    | latest-(?:news|posts|articles) | (?:recent|popular)-(?:posts|articles|news|stories)
    | share|shares|sharing|sharedaddy|sharethis|social|addtoany|a2a
    | newsletter|subscribe|subscription|signup|optin|mailchimp
    | cookie|cookies|consent|gdpr
    | comment|comments|respond|disqus|reply
    | advert|advertisement|advertising|adsbygoogle|ads|ad|adslot|adunit|dfp|gpt
    | sponsor|sponsored|promo|taboola|outbrain|td-a-rec
    | sidebar|breadcrumb|breadcrumbs
    | author-box|about-author|author-bio|authorbox
    | popup|modal|overlay|banner
    | nav|navbar|navigation|menu|footer|masthead|topbar|top-bar|header|site-header
    | tags|tag-list|post-tags|tagcloud|pagination|pager|skip-link|screen-reader-text|sr-only
    )(?=$|[\s_-])""",
    re.VERBOSE,
)
# Tokens whose blocks are removed even when they read like prose.
_STRONG_TOKEN = re.compile(
    r"comment|respond|disqus|reply|cookie|consent|gdpr|newsletter|subscri|signup|optin|"
    r"mailchimp|advert|adsbygoogle|sponsor|taboola|outbrain|popup|modal|share|social|author"
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
# Ancestors whose content belongs to the page's own article (vs. lists of other posts).
_CONTAINER_TAGS = frozenset({"article", "main"})


def _attr_text(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".casefold()


def text_of(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def ancestors(node: LexborNode) -> Iterable[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def is_junk_container(node: LexborNode) -> bool:
    """True when ``node`` sits inside page furniture (header, nav, related lists...)."""
    for anc in (node, *ancestors(node)):
        if anc.tag in {"nav", "aside", "footer", "header"} and not anc.css_first(f"[{MARK}]"):
            return True
        if anc.tag in {"body", "html"}:
            return False
        if _JUNK_TOKEN.search(_attr_text(anc)) and not anc.css_first(f"[{MARK}]"):
            return True
    return False


def in_site_chrome(node: LexborNode) -> bool:
    """Inside the site's own furniture (menus, sidebars, footer, related lists).

    Narrower than :func:`is_junk_container`: an article's own <header> ("post-header",
    "page-masthead") is not chrome; a header is chrome when it carries navigation.
    """
    page = 0
    for anc in ancestors(node):
        if anc.tag in {"body", "html"}:
            return False
        if anc.tag in {"nav", "aside", "footer"}:
            return True
        attrs = _attr_text(anc)
        if _CHROME_TOKEN.search(attrs):
            # Layout wrappers named after what they hold ("content-sidebar-wrap") contain
            # the article itself: a wrapper with most of the page's text is not chrome.
            if not page:
                page = len(_body_of(node).text(deep=True))
            if len(anc.text(deep=True)) < 0.5 * page:
                return True
        if (anc.tag == "header" or "site-header" in attrs) and _navigates(anc):
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
    (an article's "entry-header")."""
    if _ARTICLE_HEADER.search(_attr_text(header)):
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

    A heading whose text matches a declared title wins (an <h1>, or an <h2> on sites that
    spend their <h1> on the logo); otherwise the first <h1> outside the site chrome;
    otherwise a headline-classed element.
    """
    wanted = [_squash(t) for t in titles if t]
    best: LexborNode | None = None
    best_len = 0
    for node in tree.css("h1, h2"):
        text = text_of(node)
        squashed = _squash(text)
        # A heading that is only a fragment of the title is a sub-heading echoing it
        # ("What is X?" under the headline "What is X - a guided introduction").
        matches = any(
            squashed == w or (len(squashed) > 10 and squashed in w and len(squashed) > 0.6 * len(w))
            for w in wanted
        )
        # The longest heading found in the title: "Blog Name: Post Title" holds both.
        longer = matches and len(squashed) > best_len
        if longer and not in_site_chrome(node) and not is_site_name(text):
            best, best_len = node, len(squashed)
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
        elif h1s:
            best = h1s[0]
    if best is None:
        for selector in _HEADLINE_SELECTORS:
            found = tree.css_first(selector)
            if found is not None and 0 < len(text_of(found)) < 400:
                best = found
                break
    if best is not None:
        best.attrs[MARK] = "1"
    return best


_NOT_HEADLINE = re.compile(
    r"^(?:related|more|latest|recent|popular|recommended|browse|search|menu|contact|our)\b",
    re.IGNORECASE,
)


def _headline_like(text: str) -> bool:
    """Worded like a headline: a few words, not a section label or a teaser paragraph."""
    words = len(text.split())
    return 3 <= words <= 20 and not text.rstrip().endswith(".") and not _NOT_HEADLINE.match(text)


def word_overlap(text: str, others: list[str]) -> float:
    """Share of the words of ``text`` found in the best-matching of ``others``."""
    words = set(re.findall(r"\w+", text.casefold()))
    if not words:
        return 0.0
    return max(
        (len(words & set(re.findall(r"\w+", o.casefold()))) / len(words) for o in others),
        default=0.0,
    )


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def prune(tree: LexborHTMLParser, extra_selectors: Iterable[str] = ()) -> int:
    """Remove furniture in place. Never removes the headline's or the main text's container.

    Returns the number of characters of main text found (the anchors' paragraph text), a
    yardstick for how much text the body extraction should return.
    """
    for selector in extra_selectors:
        try:
            for node in tree.css(selector):
                node.decompose()
        except Exception as exc:  # an invalid selector from sources.yaml must not stop a crawl
            log.warning("ignoring drop selector %r: %s", selector, exc)
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    body = tree.body
    if body is None:
        return 0
    anchored = _mark_anchors(body)
    total = len(body.text(deep=True))
    doomed: list[LexborNode] = []
    # Hidden elements are menus and modals, except on pages that stream their content into
    # hidden containers (React SSR): the anchor check keeps those.
    for node in body.css(_HIDDEN):
        # Once the visible text is anchored, a big hidden block is a modal, not the article.
        if not _protected(node, 0 if anchored else total):
            doomed.append(node)
    # Syntax highlighters class code tokens "hljs-comment", "token comment": never furniture.
    in_code = {n.mem_id for n in body.css("pre [class], code [class]")}
    for node in body.css("nav, aside, header, footer, form, [class], [id]"):
        tag = node.tag
        if node.mem_id in in_code:
            continue
        match = _JUNK_TOKEN.search(_attr_text(node))
        junk = tag in {"nav", "aside", "header", "footer"} or match is not None
        if tag == "form" and not junk:
            # Comment and newsletter forms; ASP.NET pages wrap everything in one <form>.
            junk = node.css_first("textarea, input[type=email]") is not None
        if not junk or _protected(node, total):
            continue
        strong = match is not None and _STRONG_TOKEN.search(match.group(0)) is not None
        if not strong and _looks_like_text(node):
            continue
        doomed.append(node)
    removed: set[int] = set()
    for node in doomed:
        if node.mem_id in removed or any(a.mem_id in removed for a in ancestors(node)):
            continue
        removed.add(node.mem_id)
    for node in doomed:
        if node.mem_id in removed:
            node.decompose()
    return anchored


def _looks_like_text(node: LexborNode) -> bool:
    """Prose rather than furniture: long and few links (class names alone are not enough:
    "map-and-related" may hold instructions, "hub--header" the standfirst)."""
    size = len(node.text(deep=True).strip())
    if size < 300:
        return False
    links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    return links < 0.25 * size


_HIDDEN = "[hidden], [style*='display:none'], [style*='display: none']"


def _mark_anchors(body: LexborNode, hidden_too: bool = False) -> int:
    """Mark the elements holding most of the page's paragraph text.

    Class names lie (AEM's "cmp-container", HubSpot's "widget" wrappers, themes wrapping the
    whole page in "header-container"), so whatever contains these anchors is never pruned.
    """
    weight: dict[int, int] = {}
    parents: dict[int, LexborNode] = {}
    # Text in hidden containers (republishing terms, modals) is not what the page shows;
    # it counts only when the page shows no text at all (content streamed into hidden
    # containers by client-side apps).
    inside = ", ".join(f"{h} {t}" for h in _HIDDEN.split(", ") for t in ("p", "div", "li"))
    hidden = {n.mem_id for n in body.css(inside)}
    for para in body.css("p, pre, blockquote, li, div, td, section"):
        parent = para.parent
        if parent is None:
            continue
        if not hidden_too and para.mem_id in hidden:
            continue
        # Paragraph-like elements count whole; containers only with their own loose text.
        deep = para.tag in {"p", "pre", "blockquote", "li"}
        size = len(para.text(deep=deep).strip())
        if size < 40:
            continue
        weight[parent.mem_id] = weight.get(parent.mem_id, 0) + size
        parents[parent.mem_id] = parent
    if not weight:
        return _mark_anchors(body, hidden_too=True) if hidden and not hidden_too else 0
    best = max(weight.values())
    total = 0
    for key, size in weight.items():
        if size >= 0.3 * best and size >= 200:
            parents[key].attrs[ANCHOR] = "1"
            total += size
    return total


def _protected(node: LexborNode, total: int) -> bool:
    if node.tag in {"body", "html", "main", "article"}:
        return True
    if node.css_first(f"[{MARK}], [{ANCHOR}]") is not None:
        return True
    # A wrapper holding most of the page's paragraph text is the article, whatever its
    # class says ("post-content social-ready").
    size = len(node.text(deep=True))
    if total and size > 0.3 * total:
        para = sum(len(p.text(deep=True)) for p in node.css("p"))
        return para > 400 and para > 0.25 * size
    return False


def header_times(tree: LexborHTMLParser, headline: LexborNode | None) -> list[datetime]:
    """Dates shown with the page's own headline: <time> elements, then byline text.

    Only the article header counts: the site's "today" date sits above the headline in the
    site header, and dates of related posts sit in lists marked as furniture.
    """
    from .dates import dates_in_text, parse_date

    found: list[datetime] = []
    for node in tree.css('[itemprop="datePublished"]'):
        value = node.attributes.get("content") or node.attributes.get("datetime")
        parsed = parse_date(value or text_of(node))
        if parsed is not None and not is_junk_container(node):
            found.append(parsed)
    scope = _article_header(headline)
    if scope is None:
        scope = tree.css_first("article")
    if scope is None:
        return found
    for node in scope.css("time"):
        if is_junk_container(node) and not _within(node, scope):
            continue
        parsed = parse_date(node.attributes.get("datetime") or text_of(node))
        if parsed is not None:
            found.append(parsed)
            break
    if not found:
        text = _text_after_headline(scope, headline)
        found.extend(dates_in_text(text)[:1])
    return found


def _within(node: LexborNode, scope: LexborNode) -> bool:
    return any(a.mem_id == scope.mem_id for a in ancestors(node))


def _article_header(headline: LexborNode | None) -> LexborNode | None:
    """The smallest ancestor of the headline that also holds a date-ish element."""
    if headline is None:
        return None
    for depth, anc in enumerate(ancestors(headline)):
        if anc.tag in {"body", "html"} or depth > 6:
            return None
        if anc.css_first("time, [class*=date], [class*=time], [class*=meta], [class*=byline]"):
            return anc
    return None


def _text_after_headline(scope: LexborNode, headline: LexborNode | None) -> str:
    text = text_of(scope)
    if headline is not None:
        head = text_of(headline)
        pos = text.find(head)
        if pos >= 0:
            text = text[pos + len(head) :]
    return text[:400]

"""The pruner: remove the page's furniture and teasers from the tree, in place, keeping
the headline and the elements that hold the main text, before the body extraction
runs. :func:`prune` runs the rules of the package's other modules in turn, then
removes what class names, tags and hidden styles mark as furniture."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dates.furniture import teaser_cards
from ..dom import (
    ANCHOR,
    BYLINE_TOKENS,
    FURNITURE_TOKENS,
    MARK,
    ancestors,
    attr_text,
    prose_length,
    token_pattern,
)
from .anchors import Holders, anchor_weight, holders_of, mark_anchors, mark_frame
from .badges import badge_boxes
from .boxes import (
    ACTIONS,
    action_boxes,
    mark_sign_up_boxes,
    offers_and_teasers,
    profile_boxes,
    trailing_boxes,
)
from .captions import PLAYER_DATA, caption_blocks, mark_players, player_boxes
from .comments import comment_sections, comment_threads
from .common import EMPTIED, HEADINGS, HIDDEN, OTHER_POSTS, cached_text, removable
from .hidden import place_streamed_segments, unhide_collapsed_panels, unhide_paywalled_parts
from .links import bare_host, declared_address, link_chars, netloc_of, path_of, points_within
from .posts import embedded_posts
from .read_also import picture_cards, read_also_boxes
from .summaries import machine_summaries
from .tags import after_the_tags
from .teasers import trailing_teasers

# A card is a headline, its writer and day, a picture: a block of this much text at most.
_CARD_CHARS = 400

log = logging.getLogger(__name__)

# Tags that never hold article text.
_DROP_TAGS = (
    "script, style, noscript, template, svg, iframe, object, embed, canvas, "
    "button, select, textarea, input, dialog, link, meta, "
    # AMP's ad slots and recommendation widgets, with the fallback text they show.
    "amp-ad, amp-embed, amp-sticky-ad, amp-auto-ads"
)
_FURNITURE_TOKEN = token_pattern(f"{FURNITURE_TOKENS} | {BYLINE_TOKENS}")
# Tokens whose blocks are removed even when they read like prose.
_STRONG_TOKEN = re.compile(
    r"comment|comentario|kommentare|komentar|commenti|yorumlar|talkback|leserbrief|"
    r"respond|disqus|reply|cookie|consent|gdpr|"
    r"newsletter|subscri|signup|optin|mailchimp|advert|adsbygoogle|sponsor|taboola|outbrain|"
    r"popup|modal|share|social|author|^bio$|^cta$|disclaimer|testimonial|tooltip|nocontent"
)


# The fields of a comment or newsletter form, which are dropped with the tags below.
_ENTRY_FIELDS = "textarea, input[type=email]"


def prune(
    tree: LexborHTMLParser, extra_selectors: Iterable[str] = (), paywalled: Iterable[str] = ()
) -> int:
    """Remove furniture in place. Never removes the headline's or the main text's container.
    ``paywalled``: selectors of hidden parts the page declares the article's, unhidden.

    Returns the number of characters of main text found (the anchors' paragraph text), a
    yardstick for how much text the body extraction should return.
    """
    # The link cache serves one page: kept from page to page it would hold thousands of
    # addresses of pages long stored (a megabyte in each extraction worker).
    points_within.cache_clear()
    for selector in extra_selectors:
        try:
            for node in tree.css(selector):
                node.decompose()
        except Exception as exc:  # an invalid selector from sources.yaml must not stop a crawl
            log.warning("ignoring drop selector %r: %s", selector, exc)
    address = declared_address(tree)
    host = bare_host(netloc_of(address)) or None
    path = path_of(address)
    body = tree.body
    if body is None:
        return 0
    # Both read the <template>s and <button>s dropped next.
    place_streamed_segments(body)
    unhide_paywalled_parts(body, paywalled)
    unhide_collapsed_panels(body)
    # Comment and newsletter forms are told by their text fields, which go with the tags
    # dropped next: remember them first.
    entry_forms = {n.mem_id for n in tree.css("form") if n.css_first(_ENTRY_FIELDS) is not None}
    # The buttons both box rules start from (marking boxes leaves them as they are).
    actions = body.css(ACTIONS)
    action_boxes(actions)
    mark_sign_up_boxes(body, actions)
    # A video's caption is told by the player's frame beside it, and a player by its play
    # button: both go next.
    # A player a script fills in leaves its box with the video's id in its data.
    framed = {n.parent.mem_id for n in body.css(f"iframe, {PLAYER_DATA}") if n.parent is not None}
    mark_players(body)
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in embedded_posts(body):
        node.decompose()
    # Before the teaser rules: a comment's name over its linked date reads as a label over
    # a linked headline.
    for node in [*comment_threads(body, path), *comment_sections(body)]:
        node.decompose()
    _remove(trailing_teasers(body, host))
    # Other stories' cards among the text's paragraphs, their writers and days with them.
    _remove([card for card in teaser_cards(body) if removable(card, _CARD_CHARS)])
    _remove(offers_and_teasers(body, host))
    _remove(profile_boxes(body))
    _remove(machine_summaries(body))
    _remove(read_also_boxes(body, host))
    _remove(picture_cards(body, host, path))
    _remove(trailing_boxes(body))
    _remove(badge_boxes(body, host))
    for node in caption_blocks(body, framed):
        node.decompose()
    _remove(player_boxes(body))
    anchored, prose = mark_anchors(body)
    if anchored:
        mark_frame(body, prose)
        _remove(after_the_tags(body))
    _decompose_outermost(_furniture(body, anchored, entry_forms))
    for node in body.css(f"[{EMPTIED}]"):
        del node.attrs[EMPTIED]
    if anchored:
        _clear_furniture_names(body, anchored)
    return anchored


def _furniture(body: LexborNode, anchored: int, entry_forms: set[int]) -> list[LexborNode]:
    """The elements that are furniture by their tag or class (and the hidden ones), but
    those holding the main text (``anchored`` characters of it marked); ``entry_forms``
    are the comment and newsletter forms."""
    total = len(body.text(deep=True))
    holders = holders_of(body)
    doomed: list[LexborNode] = []
    # Hidden elements are menus and modals, except on pages that stream their content into
    # hidden containers (React SSR): the anchor check keeps those.
    for node in body.css(HIDDEN):
        # Once the visible text is anchored, a big hidden block is a modal, not the article.
        if not _protected(node, holders, 0 if anchored else total):
            doomed.append(node)
    doomed_ids = {node.mem_id for node in doomed}
    # Syntax highlighters class code tokens "hljs-comment", "token comment": never furniture.
    in_code = {n.mem_id for n in body.css("pre [class], code [class]")}
    # Pages repeat their class names (every menu item, every card): each is read once.
    tokens: dict[str, str | None] = {}
    walked: dict[int, bool] = {}
    # The text of each element the tests below read (the tree is unchanged until the end).
    texts: dict[int, str] = {}
    in_article_header = _inside_headline_header(body)
    for node in body.css(f"nav, aside, header, footer, form, [class], [id], {_TEST_NAMES}"):
        if in_code and node.mem_id in in_code:
            continue
        tag = node.tag
        token = _furniture_token(node, tokens)
        if token is not None and node.mem_id in in_article_header and _HEADER_TOKEN.match(token):
            # The article's header names its parts after itself ("header-title__text",
            # "header-teaser"): they are the headline's and the lead's, not the site's.
            token = None
        furniture = tag in {"nav", "aside", "header", "footer"} or token is not None
        if tag == "form" and not furniture:
            # Comment and newsletter forms; ASP.NET pages wrap everything in one <form>.
            furniture = node.mem_id in entry_forms
        if not furniture:
            continue
        if _within(node, doomed_ids, walked):
            # Inside a container already doomed (the query runs in document order): it goes
            # with that one, whatever it holds.
            continue
        strong = (
            token is not None and _STRONG_TOKEN.search(token.strip(" _-\t\n")) is not None
        ) or node.mem_id in entry_forms
        # An author box or a sign-up form holding a paragraph long enough to be an anchor
        # is still furniture: it is kept only when it holds most of the main text.
        if _protected(node, holders, total, anchored if strong else 0, texts):
            continue
        if not strong and (
            _looks_like_text(node, texts)
            or tag in HEADINGS
            or (_section_title(node, texts) and not _emptied(node))
        ):
            # A sub-heading styled by the theme ("header-anchor-post", "section-header"),
            # or set in a <header> of its own, is the article's; headings of furniture go
            # with their container.
            continue
        doomed.append(node)
        doomed_ids.add(node.mem_id)
    return doomed


# The tokens naming a page's header: the site's, or the article's around its headline.
_HEADER_TOKEN = re.compile(r"[\s_-]?(?:header|site-header|masthead)$")


def _inside_headline_header(body: LexborNode) -> set[int]:
    """The elements inside the article's header holding the headline, that header left
    out: the outermost ``<header>`` or element a header's class names around the headline
    within an ``<article>``, or, outside one, the nearest whose class names it the
    article's ("article-header", "post-header"). Any other header may be the site's hero,
    its menus in it."""
    headline = body.css_first(f"[{MARK}]")
    if headline is None:
        return set()
    within: list[LexborNode] = []
    in_article = False
    for node in ancestors(headline):
        if node.tag in {"article", "main", "body", "html"}:
            in_article = node.tag == "article"
            break
        within.append(node)
    headers = [node for node in within if node.tag == "header" or _names_header(node)]
    if not in_article:
        headers = [node for node in headers if _ARTICLES.search(attr_text(node))][:1]
    if not headers:
        return set()
    return {n.mem_id for n in headers[-1].traverse()} - {headers[-1].mem_id}


# A class naming an element the article's (or the post's, the story's) own.
_ARTICLES = re.compile(r"(?:^|[\s_-])(?:article|post|entry|story)(?=[\s_-])")


def _names_header(node: LexborNode) -> bool:
    token = _names_token(node.attributes.get("class"), {})
    return token is not None and _HEADER_TOKEN.match(token) is not None


def _decompose_outermost(doomed: list[LexborNode]) -> None:
    """Decompose the outermost of ``doomed``: the others go with them."""
    doomed_ids = {node.mem_id for node in doomed}
    # The doomed set is complete here, so the answers kept while walking up hold in any
    # order.
    walked: dict[int, bool] = {}
    outer = {node.mem_id: node for node in doomed if not _within(node, doomed_ids, walked)}
    for node in outer.values():
        node.decompose()


def _remove(nodes: list[LexborNode]) -> None:
    """Decompose ``nodes``, marking (``EMPTIED``) the elements they leave."""
    for node in nodes:
        parent = node.parent
        if parent is not None and parent.tag not in {"body", "html"}:
            parent.attrs[EMPTIED] = "1"
        node.decompose()


def _emptied(node: LexborNode) -> bool:
    """Whether the teaser and box rules removed something from ``node``: a wrapper named
    as furniture left holding only its heading ("Related", "From our partners") was the
    frame of what they removed, not an article's section title."""
    return node.attributes.get(EMPTIED) is not None or node.css_first(f"[{EMPTIED}]") is not None


def _within(node: LexborNode, marked: set[int], walked: dict[int, bool]) -> bool:
    """Whether an ancestor of ``node`` is in ``marked``.

    ``walked`` keeps the answer for each ancestor walked, so later walks stop there. It
    stays right while the elements added to ``marked`` come after the nodes asked about,
    in document order: an element is never the ancestor of one before it.
    """
    path: list[int] = []
    current = node.parent
    found = False
    while current is not None:
        key = current.mem_id
        if key in walked:
            found = walked[key]
            break
        if key in marked:
            found = True
            break
        path.append(key)
        current = current.parent
    for key in path:
        walked[key] = found
    return found


# The names a page's components carry for its tests and tracking ("data-testid=AppPromo",
# "data-qa=NewsletterTeaser"): on sites whose classes are hashed ("css-1xcvb5s"), all that
# says what a block is. Only the words naming what the block is for count: a component
# names its own parts after the page's ("accordion-header", "card-footer", "tab-nav").
_TEST_NAMES = "[data-testid], [data-qa]"
_TEST_NAME_TOKEN = token_pattern(
    r"""related|recommend|recommended|recommendations|readmore|readnext|promo|newsletter
    | subscribe|subscription|signup|optin|cookie|cookies|consent|comment|comments
    | share|sharing|social|advert|advertisement|advertising|ad|ads|adslot|sponsor|sponsored
    | taboola|outbrain|donate|donation"""
)
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_MODULE_CLASS = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*)_[A-Za-z0-9]+__[A-Za-z0-9_-]{4,}")


def _furniture_token(node: LexborNode, seen: dict[str, str | None]) -> str | None:
    """The furniture token of an element's class and id (:func:`attr_text`), or of its
    test name or CSS module's component in camel case read as words ("AppPromo" as
    "app-promo"), if any (its leading separator may differ); ``seen`` holds the answers
    already given on this page, by class, id or name as written."""
    # Tokens hold no space: the class and the id are searched apart, so a unique id is
    # searched alone, not again with the class repeated beside it.
    attrs = node.attributes
    token = _names_token(attrs.get("class"), seen) or _names_token(attrs.get("id"), seen)
    if token is not None:
        return token
    names = [attrs.get("data-testid"), attrs.get("data-qa")]
    classes = attrs.get("class") or ""
    if "__" in classes:
        # CSS modules name a class after its component ("AppPromo_root__W2rQk"), which is
        # read as a test name is.
        names += _MODULE_CLASS.findall(classes)
    for name in names:
        if name and " " not in name:
            # Kept apart from the classes: the same words are read by another pattern.
            key = f"data-name {name}"
            if key not in seen:
                match = _TEST_NAME_TOKEN.search(_CAMEL_HUMP.sub("-", name).casefold())
                seen[key] = match.group(0) if match is not None else None
            if seen[key] is not None:
                return seen[key]
    return None


def _names_token(names: str | None, seen: dict[str, str | None]) -> str | None:
    if not names:
        return None
    if names not in seen:
        match = _FURNITURE_TOKEN.search(names.casefold())
        seen[names] = match.group(0) if match is not None else None
    return seen[names]


def _clear_furniture_names(body: LexborNode, anchored: int) -> None:
    """Drop furniture-like class names from the elements holding most of the main text.

    Themes name wrappers after their place on the page ("page-footer" around a listicle's
    entries, "content-sidebar-wrap" around the article): prune keeps them for the text
    they hold, and the extraction that follows must not drop them for their names.
    """
    held: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for anchor in body.css(f"[{ANCHOR}]"):
        weight = anchor_weight(anchor)
        for node in (anchor, *ancestors(anchor)):
            if node.tag in {"body", "html"}:
                break
            held[node.mem_id] = held.get(node.mem_id, 0) + weight
            nodes[node.mem_id] = node
    for key, weight in held.items():
        node = nodes[key]
        if weight < 0.5 * anchored or node.tag not in {"div", "section"}:
            continue
        names = attr_text(node)
        if OTHER_POSTS.search(names) or _STRONG_TOKEN.search(names):
            # Most of the paragraph text in comments or a list of other posts: the article
            # is short, and they are no more its text for that.
            continue
        classes = (node.attributes.get("class") or "").split()
        kept = [name for name in classes if not _FURNITURE_TOKEN.search(name.casefold())]
        if len(kept) < len(classes):
            node.attrs["class"] = " ".join(kept)
        ident = node.attributes.get("id") or ""
        if ident and _FURNITURE_TOKEN.search(ident.casefold()):
            del node.attrs["id"]


def _section_title(node: LexborNode, texts: dict[int, str] | None = None) -> bool:
    """A wrapper holding nothing but one short sub-heading (``<header><h2>...</h2>
    </header>`` at the top of an article's section), no link in it."""
    headings = node.css("h2, h3, h4, h5, h6")
    if len(headings) != 1 or node.css_first("a, nav, ul, ol, form, p") is not None:
        return False
    size = len(cached_text(node, texts).strip())
    return 0 < size <= 150 and len(headings[0].text(deep=True).strip()) == size


def _looks_like_text(node: LexborNode, texts: dict[int, str] | None = None) -> bool:
    """Prose rather than furniture: long and few links (class names alone are not enough:
    "map-and-related" may hold instructions, "hub--header" the standfirst)."""
    size = len(cached_text(node, texts).strip())
    if size < 300:
        return False
    return link_chars(node.css("a")) < 0.25 * size


def _protected(
    node: LexborNode,
    holders: Holders,
    total: int,
    anchored: int = 0,
    texts: dict[int, str] | None = None,
) -> bool:
    """Whether ``node`` holds the headline or the main text. With ``anchored`` (the
    anchors' total weight), holding an anchor is not enough: it must hold half of them."""
    if node.tag in {"body", "html", "main", "article"}:
        return True
    if node.mem_id in holders.headline:
        return True
    held = holders.anchors.get(node.mem_id)
    if held is not None and (not anchored or held >= 0.5 * anchored):
        return True
    # A wrapper holding most of the page's paragraph text is the article, whatever its
    # class says ("post-content social-ready").
    size = len(cached_text(node, texts))
    if total and size > 0.3 * total:
        para = prose_length(node)
        return para > 400 and para > 0.25 * size
    return False

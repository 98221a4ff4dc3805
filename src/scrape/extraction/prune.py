"""The pruner: remove the page's furniture and teasers from the tree, in place, keeping the
headline and the elements that hold the main text, before the body extraction runs."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .blocks import BLOCK_TAGS, normalise
from .dategrammar import TEXT_DATE
from .dom import (
    ANCHOR,
    BYLINE_TOKENS,
    FURNITURE_TOKENS,
    MARK,
    ancestors,
    attr_text,
    beside_picture,
    prose_length,
    text_of,
    text_units,
    text_width,
    token_pattern,
)

log = logging.getLogger(__name__)

# Marks the call-to-action boxes, found while their buttons are still in the tree.
_BOX = "data-scrape-box"
# Marks the sign-up and subscription boxes, found while their fields are still in the tree.
_SIGN_UP = "data-scrape-sign-up"
# Marks the page's frame around the article (:func:`cut_frame`).
_FRAME = "data-scrape-frame"
# Marks the elements the teaser and box rules removed something from.
_EMPTIED = "data-scrape-emptied"

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
    r"comment|respond|disqus|reply|cookie|consent|gdpr|newsletter|subscri|signup|optin|"
    r"mailchimp|advert|adsbygoogle|sponsor|taboola|outbrain|popup|modal|share|social|author|"
    r"^bio$|^cta$|disclaimer|testimonial|tooltip|nocontent"
)


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
    _points_within.cache_clear()
    for selector in extra_selectors:
        try:
            for node in tree.css(selector):
                node.decompose()
        except Exception as exc:  # an invalid selector from sources.yaml must not stop a crawl
            log.warning("ignoring drop selector %r: %s", selector, exc)
    address = _declared_address(tree)
    host = _bare_host(_netloc(address)) or None
    path = _path_of(address)
    body = tree.body
    if body is None:
        return 0
    # Both read the <template>s and <button>s dropped next.
    _place_streamed_segments(body)
    _unhide_paywalled_parts(body, paywalled)
    _unhide_collapsed_panels(body)
    # Comment and newsletter forms are told by their text fields, which go with the tags
    # dropped next: remember them first.
    entry_forms = {n.mem_id for n in tree.css("form") if n.css_first(_ENTRY_FIELDS) is not None}
    # The buttons both box rules start from (marking boxes leaves them as they are).
    actions = body.css(_ACTIONS)
    _action_boxes(actions)
    _mark_sign_up_boxes(body, actions)
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    # Before the teaser rules: a comment's name over its linked date reads as a label over
    # a linked headline.
    for node in _comment_threads(body, path):
        node.decompose()
    _remove(_trailing_teasers(body, host))
    _remove(_offers_and_teasers(body, host))
    _remove(_read_also_boxes(body, host))
    _remove(_trailing_boxes(body))
    _remove(_badge_boxes(body, host))
    for node in _captions(body):
        node.decompose()
    anchored, prose = _mark_anchors(body)
    if anchored:
        _mark_frame(body, prose)
    total = len(body.text(deep=True))
    holders = _holders(body)
    doomed: list[LexborNode] = []
    # Hidden elements are menus and modals, except on pages that stream their content into
    # hidden containers (React SSR): the anchor check keeps those.
    for node in body.css(_HIDDEN):
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
    for node in body.css("nav, aside, header, footer, form, [class], [id]"):
        if in_code and node.mem_id in in_code:
            continue
        tag = node.tag
        token = _furniture_token(node, tokens)
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
            or tag in _HEADINGS
            or (_section_title(node, texts) and not _emptied(node))
        ):
            # A sub-heading styled by the theme ("header-anchor-post", "section-header"),
            # or set in a <header> of its own, is the article's; headings of furniture go
            # with their container.
            continue
        doomed.append(node)
        doomed_ids.add(node.mem_id)
    # Only the outermost go: the others go with them. The doomed set is complete here, so
    # the answers kept while walking up hold in any order.
    outer: dict[int, LexborNode] = {}
    walked.clear()
    for node in doomed:
        if not _within(node, doomed_ids, walked):
            outer[node.mem_id] = node
    for node in outer.values():
        node.decompose()
    for node in body.css(f"[{_EMPTIED}]"):
        del node.attrs[_EMPTIED]
    if anchored:
        _clear_furniture_names(body, anchored)
    return anchored


def _remove(nodes: list[LexborNode]) -> None:
    """Decompose ``nodes``, marking (``_EMPTIED``) the elements they leave."""
    for node in nodes:
        parent = node.parent
        if parent is not None and parent.tag not in {"body", "html"}:
            parent.attrs[_EMPTIED] = "1"
        node.decompose()


def _emptied(node: LexborNode) -> bool:
    """Whether the teaser and box rules removed something from ``node``: a wrapper named
    as furniture left holding only its heading ("Related", "From our partners") was the
    frame of what they removed, not an article's section title."""
    return node.attributes.get(_EMPTIED) is not None or node.css_first(f"[{_EMPTIED}]") is not None


# A picture's caption: the HTML element, or a block a theme classes as one.
_CAPTION_TOKEN = token_pattern("caption|captions|figcaption|wp-caption-text")
# The elements whose class or id may hold a caption token (each token spells "caption"):
# the token test reads these alone, not every element of the page.
_CAPTION_CANDIDATES = "figcaption, [class*=caption i], [id*=caption i]"
# Captions holding this share of the page's text are a gallery's story, told slide by slide.
_CAPTIONED_STORY = 0.4


def _captions(body: LexborNode) -> list[LexborNode]:
    """The captions of the page's pictures (outermost first): what a picture shows, not the
    story's text, however long they run. None on a page whose captions hold much of its
    text (a gallery or a slideshow telling its story under its pictures), and never one
    holding a heading (a hero picture's "caption" overlaying the headline)."""
    found: list[LexborNode] = []
    taken: set[int] = set()
    for node in body.css(_CAPTION_CANDIDATES):
        if node.tag != "figcaption" and not (
            _CAPTION_TOKEN.search(attr_text(node)) and beside_picture(node)
        ):
            continue
        if any(a.mem_id in taken for a in ancestors(node)):
            continue
        if node.css_first(f"{_ANY_HEADING}, [{MARK}]") is not None:
            continue
        found.append(node)
        taken.add(node.mem_id)
    if not found:
        return found
    shown = sum(len(node.text(deep=True)) for node in found)
    if shown >= _CAPTIONED_STORY * len(body.text(deep=True)):
        return []
    return found


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


def _furniture_token(node: LexborNode, seen: dict[str, str | None]) -> str | None:
    """The furniture token of an element's class and id (:func:`attr_text`), if any (its
    leading separator may differ); ``seen`` holds the answers already given on this page,
    by class or id as written."""
    # Tokens hold no space: the class and the id are searched apart, so a unique id is
    # searched alone, not again with the class repeated beside it.
    attrs = node.attributes
    return _names_token(attrs.get("class"), seen) or _names_token(attrs.get("id"), seen)


def _names_token(names: str | None, seen: dict[str, str | None]) -> str | None:
    if not names:
        return None
    if names not in seen:
        match = _FURNITURE_TOKEN.search(names.casefold())
        seen[names] = match.group(0) if match is not None else None
    return seen[names]


_OTHER_POSTS = re.compile(r"related|recommend|more-|popular|latest|recent|teaser")


def _clear_furniture_names(body: LexborNode, anchored: int) -> None:
    """Drop furniture-like class names from the elements holding most of the main text.

    Themes name wrappers after their place on the page ("page-footer" around a listicle's
    entries, "content-sidebar-wrap" around the article): prune keeps them for the text
    they hold, and the extraction that follows must not drop them for their names.
    """
    held: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for anchor in body.css(f"[{ANCHOR}]"):
        weight = _weight(anchor)
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
        if _OTHER_POSTS.search(names) or _STRONG_TOKEN.search(names):
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


def _text(node: LexborNode, texts: dict[int, str] | None) -> str:
    """``node``'s text, read once for all the tests that ask with the same ``texts``."""
    if texts is None:
        return node.text(deep=True)
    text = texts.get(node.mem_id)
    if text is None:
        text = texts[node.mem_id] = node.text(deep=True)
    return text


def _text_of(node: LexborNode, texts: dict[int, str]) -> str:
    """:func:`text_of` ``node``, read once for all the tests that ask with the same
    ``texts``."""
    text = texts.get(node.mem_id)
    if text is None:
        text = texts[node.mem_id] = text_of(node)
    return text


def _section_title(node: LexborNode, texts: dict[int, str] | None = None) -> bool:
    """A wrapper holding nothing but one short sub-heading (``<header><h2>...</h2>
    </header>`` at the top of an article's section), no link in it."""
    headings = node.css("h2, h3, h4, h5, h6")
    if len(headings) != 1 or node.css_first("a, nav, ul, ol, form, p") is not None:
        return False
    size = len(_text(node, texts).strip())
    return 0 < size <= 150 and len(headings[0].text(deep=True).strip()) == size


def _looks_like_text(node: LexborNode, texts: dict[int, str] | None = None) -> bool:
    """Prose rather than furniture: long and few links (class names alone are not enough:
    "map-and-related" may hold instructions, "hub--header" the standfirst)."""
    size = len(_text(node, texts).strip())
    if size < 300:
        return False
    return _link_chars(node.css("a")) < 0.25 * size


_HIDDEN = "[hidden], [style*='display:none'], [style*='display: none']"


def _place_streamed_segments(body: LexborNode) -> None:
    """Move React's streamed segments where the browser would show them.

    Server-rendered React streams the slow parts of a page as hidden ``<div id="S:n">``
    blocks at the end of the body; a script swaps each into the ``<template id="B:n">`` (or
    ``P:n``) it completes, dropping the "Loading..." fallback between the template and the
    closing ``<!--/$-->`` mark. Left hidden, the article text is pruned as a modal's.
    """
    pending = body.css('div[hidden][id^="S:"]')
    # A segment may fill a template inside another segment: a few passes settle them all.
    for _ in range(3):
        if not pending:
            return
        waiting = []
        for segment in pending:
            key = (segment.attributes.get("id") or "")[2:]
            target = body.css_first(f'template[id="B:{key}"], template[id="P:{key}"]')
            if target is None:
                waiting.append(segment)
                continue
            _drop_fallback(target)
            for child in segment.iter(include_text=True):
                target.insert_before(child)
            target.decompose()
            segment.decompose()
        if len(waiting) == len(pending):
            return
        pending = waiting


def _drop_fallback(template: LexborNode) -> None:
    """Remove what follows a suspense boundary's template up to its ``<!--/$-->`` mark."""
    opening = template.prev
    if opening is None or not opening.is_comment_node or opening.comment_content != "$?":
        return
    fallback = []
    node = template.next
    while node is not None and not (node.is_comment_node and node.comment_content == "/$"):
        fallback.append(node)
        node = node.next
    if node is not None:
        for item in fallback:
            item.decompose()


def _unhide_paywalled_parts(body: LexborNode, selectors: Iterable[str]) -> None:
    """Unhide the parts of the article its JSON-LD declares paywalled (``selectors``, from
    :attr:`Metadata.paywalled`): schema.org's way of telling search engines that the hidden
    rest of the text sent in the page is the article's, however short."""
    for selector in selectors:
        try:
            parts = body.css(selector)
        except Exception:  # a selector the parser does not take: nothing declared
            continue
        for part in parts:
            for name in ("hidden", "style", "aria-hidden"):
                if name in part.attributes and (name != "style" or _hides(part)):
                    del part.attrs[name]


def _hides(node: LexborNode) -> bool:
    style = (node.attributes.get("style") or "").replace(" ", "").casefold()
    return "display:none" in style


def _unhide_collapsed_panels(body: LexborNode) -> None:
    """Hidden panels of accordions and tabs that hold prose: article text a reader opens;
    and hidden prose that goes on from the article's visible paragraphs (the rest of the
    text behind a paywall teaser, sent in the page and shown to subscribers).

    A panel is named by a toggle's ``aria-controls`` or sits right after its toggle (a
    button or an element with ``aria-expanded``); a hidden menu is links, not paragraphs.
    The panels found are unhidden for the extraction that follows (so the pruning of
    hidden elements passes them by).
    """
    hidden = body.css(_HIDDEN)
    if not hidden:
        return
    controlled = {
        key
        for node in body.css("[aria-controls]")
        for key in (node.attributes.get("aria-controls") or "").split()
    }
    for node in hidden:
        if node.tag in {"template", "dialog"}:
            continue
        toggled = node.attributes.get("id") in controlled or _after_toggle(node)
        continued = not toggled and _continues_text(node)
        if (toggled or continued) and _reads_as_prose(node, _PAYWALLED_CHARS if continued else 80):
            for name in ("hidden", "style"):
                if name in node.attributes:
                    del node.attrs[name]


def _after_toggle(node: LexborNode) -> bool:
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
    if prev is None:
        return False
    if prev.tag in {"button", "summary"} or "aria-expanded" in prev.attributes:
        return True
    return prev.css_first("button, [aria-expanded]") is not None


def _continues_text(node: LexborNode) -> bool:
    """Whether a paragraph of prose comes just before ``node`` (a few siblings back)."""
    if node.attributes.get("role") in {"dialog", "alertdialog"} or "aria-modal" in node.attributes:
        return False
    prev = node.prev
    seen = 0
    while prev is not None and seen < 3:
        if prev.is_element_node:
            seen += 1
            paragraphs = [prev] if prev.tag == "p" else prev.css("p")
            if sum(len(p.text(deep=True).strip()) for p in paragraphs) >= 80:
                return True
        prev = prev.prev
    return False


# Hidden text going on from the visible paragraphs is the rest of the article when it is
# this long; a hidden appeal for donations or a pay box is shorter.
_PAYWALLED_CHARS = 600


def _reads_as_prose(node: LexborNode, least: int = 80) -> bool:
    size = len(node.text(deep=True).strip())
    if size < least:
        return False
    paragraphs = sum(len(p.text(deep=True).strip()) for p in node.css("p"))
    links = _link_chars(node.css("a"))
    return paragraphs >= 0.5 * size and links < 0.3 * size


_ENTRY_FIELDS = "textarea, input[type=email]"


def _mark_anchors(body: LexborNode, hidden_too: bool = False) -> tuple[int, list[LexborNode]]:
    """Mark the elements holding most of the page's paragraph text.

    Class names lie (AEM's "cmp-container", HubSpot's "widget" wrappers, themes wrapping the
    whole page in "header-container"), so whatever contains these anchors is never pruned.
    Returns the anchors' total weight, and every element holding paragraphs of prose of
    its own (``_PROSE_CHARS``), anchor or not.
    """
    weight: dict[int, int] = {}
    parents: dict[int, LexborNode] = {}
    # Text in hidden containers (republishing terms, modals) is not what the page shows;
    # it counts only when the page shows no text at all (content streamed into hidden
    # containers by client-side apps).
    hidden = _inside_hidden(body)
    for para in body.css("p, pre, blockquote, li, div, td, section"):
        parent = para.parent
        if parent is None:
            continue
        if not hidden_too and para.mem_id in hidden:
            continue
        # Paragraph-like elements count whole; containers only with their own loose text.
        tag = para.tag
        deep = tag in {"p", "pre", "blockquote", "li"}
        raw = para.text(deep=deep)
        if len(raw) < 40:
            continue
        # Whitespace collapsed: a menu's indented markup is mostly tabs and newlines.
        size = len(" ".join(raw.split()))
        if size < 40:
            continue
        if tag == "li" and _link_chars(para.css("a")) > 0.5 * size:
            # A menu entry: a link with its blurb, not a point of the article's list.
            continue
        weight[parent.mem_id] = weight.get(parent.mem_id, 0) + size
        parents[parent.mem_id] = parent
    if not weight:
        return _mark_anchors(body, hidden_too=True) if hidden and not hidden_too else (0, [])
    best = max(weight.values())
    total = 0
    for key, size in weight.items():
        if size >= 0.3 * best and size >= 200:
            # The weight is kept for prune to tell the main text from a box holding a
            # paragraph of its own (an author's bio).
            parents[key].attrs[ANCHOR] = str(size)
            total += size
    return total, [parents[key] for key, size in weight.items() if size >= _PROSE_CHARS]


# Paragraph text an element holds of its own to be prose (an anchor holds as much at least).
_PROSE_CHARS = 200


def _mark_frame(body: LexborNode, prose: list[LexborNode]) -> None:
    """Mark (``_FRAME``) the page's frame around the article: what its template sets beside
    the article's container (menus, sidebars, comment threads, lists of other posts, the
    site's footer), known by where it sits, whatever its class names say or hide.

    The article's container is the smallest element holding the headline and the main
    text (the anchors), widened to its parent while that holds paragraphs of its own (an
    introduction set beside the text). Every element beside it or beside one of its
    ancestors is the frame, except, right beside it, a block holding prose of its own (a
    box or a part of the text set apart). Without a headline the article's place is not
    known (the anchors may be a comment thread longer than a short story): nothing is
    marked.
    """
    headline = body.css_first(f"[{MARK}]")
    if headline is None:
        return
    article = _common_ancestor([headline, *body.css(f"[{ANCHOR}]")])
    holders = {node.mem_id for node in prose}
    while article is not None and article.parent is not None and article.parent.mem_id in holders:
        article = article.parent
    if article is None or article.tag in {"body", "html"}:
        return
    near: set[int] = set()
    for node in prose:
        near.update(n.mem_id for n in (node, *ancestors(node)))
    inner = True
    node = article
    while node.tag not in {"body", "html"} and node.parent is not None:
        for sibling in _elements(node.parent):
            if sibling.mem_id == node.mem_id:
                continue
            if inner and (sibling.mem_id in near or _holds_note(sibling)):
                continue
            sibling.attrs[_FRAME] = "1"
        node = node.parent
        inner = False


# A note set beside the article is a sentence or two (a correction, an editor's note, where
# the piece first appeared): at least this long, ...
_NOTE_CHARS = 20
# ... most of what its block holds, and hardly linked (a teaser's excerpt is a small part of
# its card; a "posted in" line links its categories).
_NOTE_SHARE = 0.5
_NOTE_LINKS = 0.2
_ANY_HEADING = "h1, h2, h3, h4, h5, h6"
_NOTE_END = re.compile(r"[.!?。！？…।؟۔][\"'”’»)]?$")
# The frame says things in sentences too ("Comments are closed.", a cookie notice, a login
# prompt): a note is told by its words, a correction's or an editor's label, or where the
# piece first appeared, in the languages news is read in.
_NOTE_WORDS = re.compile(
    r"\b(?:corrections?|clarification|editor'?s\s+note|originally|first\s+(?:published|appeared)|"
    # de, fr, es, it, pt, nl
    r"korrektur|berichtigung|richtigstellung|anmerkung\s+der\s+redaktion|"
    r"hinweis\s+der\s+redaktion|ursprünglich|erschien\s+zuerst|zuerst\s+erschienen|"
    r"rectificatif|erratum|note\s+de\s+la\s+rédaction|initialement|à\s+l'origine|"
    r"fe\s+de\s+(?:errores|erratas)|corrección|nota\s+del\s+editor|nota\s+de\s+la\s+redacción|"
    r"originalmente|correzione|nota\s+della\s+redazione|originariamente|correção|"
    r"nota\s+do\s+editor|nota\s+da\s+redação|correctie|rectificatie|noot\s+van\s+de\s+redactie|"
    r"oorspronkelijk|verscheen\s+eerder|"
    # pl, sv, fi, cs, hu, el, tr, id
    r"sprostowanie|od\s+redakcji|pierwotnie|rättelse|redaktionens|ursprungligen|korjaus|"
    r"toimituksen\s+huomautus|alun\s+perin|oprava|poznámka\s+redakce|původně|helyesbítés|"
    r"a\s+szerkesztőség\s+megjegyzése|eredetileg|διόρθωση|σημείωμα\s+της\s+σύνταξης|αρχικά|"
    r"düzeltme|editörün\s+notu|ilk\s+olarak|koreksi|ralat|catatan\s+redaksi|pertama\s+kali|"
    # ru, uk
    r"исправление|примечание\s+редакции|впервые|первоначально|виправлення|"
    r"примітка\s+редакції|вперше)|"
    # ar, he, hi, ja, zh, ko (no word boundaries in the scripts without spaces)
    r"تصحيح|ملاحظة\s+المحرر|في\s+الأصل|תיקון|הערת\s+המערכת|לראשונה|सुधार|संपादक\s+की\s+टिप्पणी|"
    r"मूल\s+रूप\s+से|訂正|編集部注|最初に掲載|初出|更正|编者按|編者按|原载|原文刊|最初刊|바로잡습니다|"
    r"편집자\s*주|처음\s*실",
    re.IGNORECASE,
)


def _holds_note(block: LexborNode) -> bool:
    """Whether ``block``, right beside the article, is mostly a paragraph that ends as a
    sentence, links little and says what notes say: the article's note, not the frame's
    furniture. A block with a heading is a box (a call to action, a widget) or another
    item, not a note."""
    whole = text_width(text_of(block))
    if whole < _NOTE_CHARS or block.tag in _HEADINGS or block.css_first(_ANY_HEADING) is not None:
        return False
    # A note without paragraphs is its block's loose text, when that is short.
    paras = block.css("p, blockquote") or ([block] if whole <= _BOX_CHARS else [])
    for para in paras:
        text = text_of(para)
        width = text_width(text)
        if (
            width >= _NOTE_CHARS
            and width >= _NOTE_SHARE * whole
            and _link_chars(para.css("a")) <= _NOTE_LINKS * len(text)
            and _NOTE_END.search(text) is not None
            and _NOTE_WORDS.search(text) is not None
        ):
            return True
    return False


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The smallest element holding all ``nodes`` (one of them, if it holds the others)."""
    chain = [nodes[0], *ancestors(nodes[0])]
    rank = {node.mem_id: i for i, node in enumerate(chain)}
    top = 0
    for node in nodes[1:]:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in rank:
            current = current.parent
        if current is None:
            return None
        top = max(top, rank[current.mem_id])
    return chain[top]


def cut_frame(tree: LexborHTMLParser) -> None:
    """Remove the page's frame that :func:`prune` marked around the article: the body's
    extraction reads the article's container alone."""
    body = tree.body
    if body is not None:
        for node in body.css(f"[{_FRAME}]"):
            node.decompose()


def _inside_hidden(body: LexborNode) -> set[int]:
    """The ``p``, ``div`` and ``li`` elements inside a hidden element (``<html hidden>``
    included): what ``[hidden] p, ...`` selects, without testing every element's ancestors."""
    inside: set[int] = set()
    for container in (body.parent or body).css(_HIDDEN):
        if container.mem_id in inside:
            # Within a hidden element already read: its elements are counted.
            continue
        key = container.mem_id
        inside.update(n.mem_id for n in container.css("p, div, li") if n.mem_id != key)
    return inside


@dataclass(frozen=True)
class _Holders:
    """The elements holding the headline, and the anchors' weight each element holds (the
    anchors included): read once, as the tree stays unchanged while prune decides."""

    headline: frozenset[int]
    anchors: dict[int, int]


def _holders(body: LexborNode) -> _Holders:
    headline: set[int] = set()
    for node in body.css(f"[{MARK}]"):
        headline.update(n.mem_id for n in (node, *ancestors(node)))
    anchors: dict[int, int] = {}
    for anchor in body.css(f"[{ANCHOR}]"):
        weight = _weight(anchor)
        for node in (anchor, *ancestors(anchor)):
            anchors[node.mem_id] = anchors.get(node.mem_id, 0) + weight
    return _Holders(frozenset(headline), anchors)


def _weight(anchor: LexborNode) -> int:
    value = anchor.attributes.get(ANCHOR) or ""
    return int(value) if value.isdecimal() else 0


def _protected(
    node: LexborNode,
    holders: _Holders,
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
    size = len(_text(node, texts))
    if total and size > 0.3 * total:
        para = prose_length(node)
        return para > 400 and para > 0.25 * size
    return False


# A heading that introduces other posts: what follows it (once the article has been read)
# is a teaser list, not more of the article. In the languages most news is read in, each
# in its ordinary words for "related", "read also", "most read": on sites whose class names
# say nothing, the heading is all that tells such a list from the article's own.
_TEASER_HEADING = re.compile(
    r"^\W*(?:related|read\s+(?:this|these)?\s*next|more\s+from|"
    r"more\s+(?:stories|articles|news|posts|reads|like\s+this)|you\s+(?:may|might)\s+(?:also\s+)?"
    r"(?:like|enjoy)|recommended|also\s+read|popular|latest|trending|further\s+reading|"
    r"keep\s+reading|recent\s+(?:posts|articles|stories)|explore\s+more|"
    # de
    r"(?:ähnliche|verwandte|weitere|beliebte|empfohlene|neueste)\s+(?:beiträge|artikel|themen)|"
    r"das\s+könnte\s+(?:sie|dich|euch)\s+auch\s+interessieren|auch\s+interessant|"
    r"mehr\s+zum\s+thema|meistgelesen|meist\s+gelesen|viel\s+gelesen|zum\s+weiterlesen|"
    r"lesen\s+sie\s+auch|"
    # fr
    r"articles\s+(?:similaires|liés|connexes|recommandés)|(?:à\s+)?lire\s+aussi|"
    r"sur\s+le\s+même\s+(?:sujet|thème)|dans\s+la\s+même\s+rubrique|les\s+plus\s+lus|"
    r"vous\s+(?:aimerez|pourriez\s+aimer)\s+aussi|"
    # es, it, pt
    r"(?:artículos|noticias|entradas|articoli|artigos|notícias)\s+relacionad[oa]s|"
    r"(?:también\s+)?te\s+puede\s+interesar|lo\s+más\s+leído|lee\s+también|"
    r"articoli\s+correlati|(?:ti\s+)?potrebbe\s+interessarti|leggi\s+anche|i\s+più\s+letti|"
    r"leia\s+também|veja\s+também|mais\s+lidas|"
    # nl, pl
    r"gerelateerde\s+(?:artikelen|berichten)|lees\s+ook|meest\s+gelezen|"
    r"(?:podobne|powiązane)\s+(?:artykuły|wpisy)|czytaj\s+(?:też|także|również)|"
    r"najczęściej\s+czytane)\b",
    re.IGNORECASE,
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Paragraph text after the headline before trailing lists count as teasers: the article
# must have begun (a listing page of teasers is left to the page-type classifier).
_MAIN_TEXT_BEGUN = 400
# A teaser list trails the article when the prose after it is under this share of the
# prose before it (site footers hold a sentence or two of prose).
_TRAILING_PROSE = 0.2


def _elements(node: LexborNode) -> list[LexborNode]:
    """The element children of ``node`` (no text or comment nodes), in order."""
    return [child for child in node.iter() if child.is_element_node]


class _Kids:
    """An element's element children (``nodes``), with the kind (tag and class) most of them
    share: read once for all the tests of a list's shape."""

    __slots__ = ("_main", "_tags", "nodes")

    def __init__(self, nodes: list[LexborNode]) -> None:
        self.nodes = nodes
        self._main: tuple[tuple[str, str], list[LexborNode]] | None = None
        self._tags: dict[str, int] | None = None

    def may_share(self, tags: frozenset[str], least: int) -> bool:
        """Whether the kind most children share may be of one of ``tags`` and held by
        ``least`` of them and by 0.6 of all: their tags alone tell when it cannot (a
        kind's children all have its tag), without reading their classes."""
        if self._tags is None:
            self._tags = {}
            for kid in self.nodes:
                tag = kid.tag or ""
                self._tags[tag] = self._tags.get(tag, 0) + 1
        needed = max(least, 0.6 * len(self.nodes))
        return any(count >= needed for tag, count in self._tags.items() if tag in tags)

    def main(self) -> tuple[tuple[str, str], list[LexborNode]]:
        """The kind most of the children share (of kinds as common, the first met) and the
        children of that kind, in order."""
        if self._main is None:
            keys = [(kid.tag or "", kid.attributes.get("class") or "") for kid in self.nodes]
            counts: dict[tuple[str, str], int] = {}
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
            kind = max(counts, key=counts.__getitem__)
            self._main = (
                kind,
                [kid for kid, key in zip(self.nodes, keys, strict=True) if key == kind],
            )
        return self._main


# An element with no element children.
_NO_KIDS = _Kids([])


def _elements_outside(body: LexborNode, taken: set[int]) -> Iterator[LexborNode]:
    """``body``'s elements (itself included) in document order, except those inside an
    element whose ``mem_id`` the caller put in ``taken`` when it was given."""
    resume: int | None = None
    for node in body.css("*"):
        if resume is not None:
            if node.mem_id != resume:
                continue
            resume = None
        yield node
        if node.mem_id in taken:
            resume = _following(node)


def _following(node: LexborNode) -> int:
    """The ``mem_id`` of the first element after ``node`` and all it holds, in document
    order; -1 if none follows."""
    current: LexborNode | None = node
    while current is not None:
        sibling = current.next
        while sibling is not None and not sibling.is_element_node:
            sibling = sibling.next
        if sibling is not None:
            return sibling.mem_id
        current = current.parent
    return -1


def _declared_address(tree: LexborHTMLParser) -> str:
    """The page's own address as it declares it (canonical link, else og:url), or ""."""
    node = tree.css_first('link[rel="canonical"], meta[property="og:url"]')
    if node is None:
        return ""
    return node.attributes.get("href") or node.attributes.get("content") or ""


def _netloc(href: str) -> str:
    try:
        return urlsplit(href).netloc
    except ValueError:  # a mangled address ("https://[host"): no host to compare
        return ""


def _bare_host(netloc: str) -> str:
    host = netloc.casefold().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def _internal_links(node: LexborNode, host: str | None) -> list[LexborNode]:
    """Links to other pages of the same site: teasers point there; in-page anchors (a
    table of contents) and links out (sources, changelogs) are the article's own."""
    return [a for a in node.css("a[href]") if _points_within(a.attributes.get("href") or "", host)]


# Pages repeat their links (menus, cards tested by several rules): each address is read once
# per page (prune empties the cache as it starts).
@functools.lru_cache(maxsize=4096)
def _points_within(href: str, host: str | None) -> bool:
    """Whether ``href`` points to another page of the site ``host``."""
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
        return False
    netloc = _netloc(href)
    # Without the page's own address an absolute link cannot be told internal.
    return not netloc or (host is not None and _bare_host(netloc) == host)


def _link_chars(links: list[LexborNode]) -> int:
    return sum(len(a.text(deep=True).strip()) for a in links)


def _is_link_block(node: LexborNode, host: str | None) -> bool:
    size = len(node.text(deep=True).strip())
    return size > 40 and _link_chars(_internal_links(node, host)) > 0.5 * size


def _is_card(node: LexborNode, host: str | None) -> bool:
    """A teaser card: a linked title with a short excerpt, or a linked heading over a
    longer one."""
    size = len(node.text(deep=True).strip())
    if not 12 <= size <= 1200:
        return False
    links = _internal_links(node, host)
    longest = max((len(a.text(deep=True).strip()) for a in links), default=0)
    if longest < 12:
        return False
    if size <= 600 and _link_chars(links) >= 0.2 * size:
        return True
    return any(_is_link_line(h, host) for h in node.css("h2, h3, h4, h5, h6"))


# Cards are blocks in a list or grid; a paragraph's inline links or a table's rows are not.
_CARD_TAGS = frozenset({"li", "article", "div", "section", "figure", "a"})
_LIST_TAGS = frozenset({"ul", "ol", "div", "section"})


def _is_teaser_list(node: LexborNode, host: str | None, kids: _Kids) -> bool:
    """Three or more sibling cards of one kind (``kids``: ``node``'s element children): a
    list of links to other posts."""
    if node.tag not in _LIST_TAGS or len(kids.nodes) < 3:
        return False
    if not kids.may_share(_CARD_TAGS | {"p"}, 3):
        return False
    kind, cards = kids.main()
    count = len(cards)
    if kind[0] not in _CARD_TAGS | {"p"} or count < 3 or count < 0.6 * len(kids.nodes):
        return False
    if kind[0] == "p":
        # Paragraphs that are nothing but a link each: a list of links set as paragraphs.
        return _enough(cards, lambda k: _is_link_line(k, host), max(3, 0.8 * len(cards)))
    return _enough(cards, lambda k: _is_card(k, host), max(3, 0.8 * len(cards)))


def _enough(items: list[LexborNode], test: Callable[[LexborNode], bool], needed: float) -> bool:
    """Whether at least ``needed`` of ``items`` pass ``test``: tested only until that is
    reached or out of reach."""
    passed = 0
    for tested, item in enumerate(items):
        if passed + len(items) - tested < needed:
            return False
        if test(item):
            passed += 1
            if passed >= needed:
                return True
    return passed >= needed


def _is_card_grid(node: LexborNode, host: str | None, kids: _Kids) -> bool:
    """Three or more sibling blocks of one kind (``kids``), each with a heading or a link
    to another page of the site: under a "Related" heading, teaser cards whose titles are
    not links (the whole card is scripted, or only a "Learn more" button links)."""
    if node.tag not in _LIST_TAGS or len(kids.nodes) < 3 or not kids.may_share(_CARD_TAGS, 3):
        return False
    kind, cards = kids.main()
    count = len(cards)
    if kind[0] not in _CARD_TAGS or count < 3 or count < 0.6 * len(kids.nodes):
        return False
    titled = sum(
        k.css_first("h2, h3, h4, h5, h6") is not None or bool(_internal_links(k, host))
        for k in cards
    )
    return titled >= 0.8 * len(cards)


def _is_link_line(node: LexborNode, host: str | None) -> bool:
    size = len(node.text(deep=True).strip())
    return size >= 12 and _link_chars(_internal_links(node, host)) >= 0.8 * size


# Buttons and button-styled links: what a call to action is built around.
_ACTIONS = (
    "input[type=submit], a[class*=btn], a[class*=button], a[role=button], a[rel=author], "
    "a[href*='/author/'], a[href*='/authors/']"
)
# A call-to-action box holds a line or two of text around its button.
_BOX_CHARS = 600


def _action_boxes(actions: list[LexborNode]) -> None:
    """Mark (``_BOX``) the small boxes built around a button ("Ready to grow? ... [Get
    started]"): from each button (``actions``: the page's :data:`_ACTIONS`), the largest
    ancestor still holding under ``_BOX_CHARS`` of text."""
    boxes: dict[int, LexborNode] = {}
    sizes: dict[int, int] = {}  # text lengths, shared by the climbs from nearby buttons
    for action in actions:
        box = None
        node = action.parent
        while node is not None and node.tag not in {"body", "html", "main", "article"}:
            size = sizes.get(node.mem_id)
            if size is None:
                size = sizes[node.mem_id] = len(node.text(deep=True))
            if size > _BOX_CHARS or node.attributes.get(MARK) is not None:
                break
            box = node
            node = node.parent
        # An item of a list is a card (of the article's list, or a teaser), not a box.
        if box is None or box.tag == "li" or box.css_first("li") is not None:
            continue
        if len(text_of(box)) > len(text_of(action)) + 20:
            boxes[box.mem_id] = box
    # Boxes built alike are cards of a list (the article's own, or teasers): not this.
    kinds = Counter(_kind(box) for box in boxes.values())
    for box in boxes.values():
        if kinds[_kind(box)] == 1:
            box.attrs[_BOX] = "1"


# What asks the reader to sign up: a field for their e-mail address, or a button (or a
# button-styled link: :data:`_ACTIONS`) whose words ask them to subscribe.
_SIGN_UP_FIELD = "input[type=email]"


def _mark_sign_up_boxes(body: LexborNode, actions: list[LexborNode]) -> None:
    """Mark (``_SIGN_UP``) the boxes asking the reader to subscribe or sign up: a
    newsletter form with a line or two about it, a paywall's offer. They are never the
    article's text, wherever they sit: a newsletter box is set between paragraphs, and a
    paywall's offer between the teaser and the rest of the text sent hidden in the page.
    From the field or the button, the largest ancestor still holding a box's worth of text
    and at most one paragraph of prose (two are the article's). They stay in the page
    trafilatura reads, whose choice of the text's container a box taken out can flip:
    their lines are dropped from its answer (:func:`sign_up_lines`)."""
    asks = body.css(_SIGN_UP_FIELD)
    # The boxes found do not depend on the order the asks are read in.
    for action in [*actions, *body.css("button")]:
        label = text_of(action) or action.attributes.get("value") or ""
        if len(label) <= 60 and _SUBSCRIBE.search(label):
            asks.append(action)
    found: dict[int, LexborNode] = {}
    for ask in asks:
        box = None
        node = ask.parent
        while node is not None and _removable(node, _BOX_CHARS):
            if sum(_prose_size(p) > 0 for p in node.css("p")) > 1:
                break
            box = node
            node = node.parent
        if box is not None and len(text_of(box)) > len(text_of(ask)) + 20:
            found[box.mem_id] = box
    for box in found.values():
        # Only the outermost: one inside another goes with it.
        if not any(a.mem_id in found for a in ancestors(box)):
            box.attrs[_SIGN_UP] = "1"


def sign_up_lines(tree: LexborHTMLParser) -> frozenset[str]:
    """The normalised lines of the sign-up boxes :func:`prune` left marked in ``tree``
    that the page writes nowhere else (a box offering a checklist repeats the article's
    own sub-headings)."""
    body = tree.body
    boxes = body.css(f"[{_SIGN_UP}]") if body is not None else []
    if body is None or not boxes:
        return frozenset()
    boxed = Counter(
        line
        for box in boxes
        if box.css_first(f"[{ANCHOR}]") is None and box.attributes.get(ANCHOR) is None
        for unit in text_units(box)
        if (line := normalise(unit.text))
    )
    if not boxed:
        return frozenset()
    everywhere = Counter(normalise(unit.text) for unit in text_units(body))
    return frozenset(line for line, count in boxed.items() if everywhere[line] <= count)


def _kind(node: LexborNode) -> tuple[str, ...]:
    parent = node.parent
    outer = (parent.tag or "", parent.attributes.get("class") or "") if parent else ("", "")
    return (node.tag or "", node.attributes.get("class") or "", *outer)


# A link that only announces more: "mehr", "more", "weiterlesen", "lire la suite", "leer más".
_MORE_LINK = re.compile(
    r"^\W*(?:mehr|weiterlesen|more|read\s+more|continue\s+reading|lire\s+la\s+suite|"
    r"en\s+savoir\s+plus|leer\s+más|seguir\s+leyendo|leggi\s+(?:tutto|di\s+più)|"
    r"lees\s+meer|czytaj\s+dalej|ler\s+mais|читать\s+далее)\W*$",
    re.IGNORECASE,
)
# What a subscription offer asks the reader to do.
_SUBSCRIBE = re.compile(
    r"\b(?:subscribe|subscription|abonnieren|abo|abonnement|s'abonner|abonnez|"
    r"suscr[ií]b\w*|suscripción|assine|assinatura|abbonati|abbonamento|abonneer|"
    r"prenumeruj|jetzt\s+(?:testen|weiterlesen))\b",
    re.IGNORECASE,
)
_OFFER_CHARS = 600
_TEASER_CHARS = 400


def _offers_and_teasers(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Teasers of other pages ending in a "more" link, and subscription offers (a list of
    what the subscription gives, around a button or link to subscribe): the text around
    the link, up to a box's worth."""
    found: dict[int, LexborNode] = {}
    for link in body.css("a, button"):
        label = text_of(link)
        if not label or len(label) > 60:
            continue
        if (
            _MORE_LINK.match(label)
            and link.tag == "a"
            and _internal_links(link.parent or link, host)
        ):
            block = link.parent
            while block is not None and block.tag not in BLOCK_TAGS:
                block = block.parent
            if block is not None and _removable(block, _TEASER_CHARS):
                found[block.mem_id] = block
        elif _SUBSCRIBE.search(label):
            box = None
            node = link.parent
            while node is not None and _removable(node, _OFFER_CHARS):
                box = node
                node = node.parent
            if box is not None and box.css_first("ul, ol") is not None:
                found[box.mem_id] = box
    return list(found.values())


# A "read also" box: a label of a few words, then the headline of another of the site's
# pages as its only link.
_LABEL_CHARS = 40
_LABEL_WORDS = 5
_LINKED_HEADLINE_CHARS = 20
# A label on a line of its own is shorter still: five words ending in a colon introduce
# the link in a sentence ("Das Konzeptpapier finden Sie hier:").
_LINE_LABEL_WORDS = 4
_TAIL_CHARS = 10
_BOX_TAGS = frozenset({"p", "div", "aside", "blockquote", "section"})


def _read_also_boxes(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Boxes pointing the reader to one other article of the site ("Read also: <headline>",
    in whatever language): a short label set apart (in its own element, or ending in a
    colon) and a link whose text is a headline. Told by how they are built, not by the
    label's words, which every language and every site words its own way."""
    found: dict[int, LexborNode] = {}
    # The elements found holding the headline or more than one link, and so their
    # ancestors: a menu's links stop at its list, which is searched for links once.
    crowded: set[int] = set()
    for link in body.css("a[href]"):
        linked = text_of(link)
        if len(linked) < _LINKED_HEADLINE_CHARS:
            continue
        box = None
        node = link.parent
        while node is not None and node.tag not in {"body", "html", "main", "article"}:
            if node.mem_id in crowded:
                break
            if node.attributes.get(MARK) is not None or len(node.css("a[href]")) > 1:
                crowded.add(node.mem_id)
                break
            if len(text_of(node)) > len(linked) + _LABEL_CHARS + 2:
                break
            if node.tag in _BOX_TAGS:
                box = node
            node = node.parent
        if box is None or box.css_first(f"[{MARK}], [{ANCHOR}]") is not None:
            continue
        if not _points_within(link.attributes.get("href") or "", host):
            continue
        if _labelled(box, link, linked):
            found[box.mem_id] = box
        elif text_of(box) == linked and (label := _label_before(box)) is not None:
            # The label on a line of its own, the linked headline on the next (a writer's
            # "READ ALSO" typed as a bold paragraph above the link).
            found[box.mem_id] = box
            found[label.mem_id] = label
    return list(found.values())


def _label_before(box: LexborNode) -> LexborNode | None:
    """The element just before ``box`` when it is a short label set apart: a few words,
    no sentence, no link, bold or ending in a colon."""
    prev = box.prev
    while prev is not None and not prev.is_element_node:
        if (prev.text_content or "").strip():
            return None
        prev = prev.prev
    # A heading over a lone link is a section of the article pointing to its page (a list
    # of resources under "Identity Theft"), not a label.
    if prev is None or prev.tag not in _BOX_TAGS or prev.attributes.get(MARK):
        return None
    label = text_of(prev)
    if not label or len(label) > _LABEL_CHARS or len(label.split()) > _LINE_LABEL_WORDS:
        return None
    if label[-1] in ".?!" or prev.css_first("a, img, h1, h2, h3, h4, h5, h6") is not None:
        return None
    if label.endswith(":") or any(text_of(bold) == label for bold in prev.css("strong, b")):
        return prev
    return None


def _labelled(box: LexborNode, link: LexborNode, linked: str) -> bool:
    text = text_of(box)
    if not text.endswith(linked):
        # A player's or a card's figure after the headline (a duration, "4 min", "03:12")
        # in an element of its own: the box of an audio or video teaser.
        head, _, tail = text.rpartition(linked)
        tail = tail.strip()
        if not head or len(tail) > _TAIL_CHARS or not tail[:1].isdigit():
            return False
        if not any(text_of(node) == tail for node in box.css("span, time, div, p, small")):
            return False
        text = head + linked
    label = text[: len(text) - len(linked)].strip()
    if not label or len(label) > _LABEL_CHARS or len(label.split()) > _LABEL_WORDS:
        return False
    if label.endswith(":"):
        return True
    # Set apart in an element of its own: a <strong> or a heading before the link.
    return any(
        text_of(node) == label
        for node in box.css("strong, b, span, em, h2, h3, h4, h5, h6, div, p, header")
        if node is not link
    )


def _removable(node: LexborNode, limit: int) -> bool:
    if node.tag in {"body", "html", "main", "article"} or node.attributes.get(MARK) is not None:
        return False
    return len(node.text(deep=True)) <= limit and node.css_first(f"[{MARK}]") is None


def _prose_size(para: LexborNode) -> int:
    size = len(para.text(deep=True).strip())
    return size if size >= 80 and _link_chars(para.css("a")) < 0.3 * size else 0


def _trailing_boxes(body: LexborNode) -> list[LexborNode]:
    """The boxes marked by :func:`_action_boxes` after the article's text: no prose follows
    them (a box between paragraphs may be the article's own: a listing's "Visit website").
    The marks are removed."""
    if body.css_first(f"[{_BOX}]") is None:
        return []
    # In document order: the prose before a box is what comes before it in the list (a
    # box that is a paragraph is listed twice: the second time, its mark is gone).
    marked = body.css(f"p, pre, blockquote, [{_BOX}], [{MARK}]")
    sizes = [0 if _not_prose(node) else _prose_size(node) for node in marked]
    total = sum(sizes)
    found = []
    before = 0
    headline_seen = False
    for node, size in zip(marked, sizes, strict=True):
        if node.attributes.get(MARK) is not None:
            headline_seen = True
        if node.attributes.get(_BOX) is None:
            before += size
            continue
        del node.attrs[_BOX]
        if node.css_first(f"[{MARK}], time") is not None or TEXT_DATE.search(text_of(node)):
            # A dated byline set below the text: the date may be the page's only one, and
            # the last-resort date search reads the pruned page.
            continue
        own = sum(_prose_size(p) for p in node.css("p, pre, blockquote"))
        after = total - before - own
        if before >= _MAIN_TEXT_BEGUN and after < _TRAILING_PROSE * before:
            found.append(node)
        elif headline_seen and after == 0 and _headed_call(node):
            # A short article (a photo story, a list of facts) ends in the same boxes: one
            # under its own heading, with no prose after it, is never the article's text.
            found.append(node)
    return found


# Badges pointing to at least this many other sites: app stores, a shop, partners.
_BADGE_SITES = 2


def _badge_boxes(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Boxes holding a heading over pictures linking out to other sites and nothing else:
    app-store and shop badges ("Read the magazine in our app"), partners' logos. Their
    heading, left over the badges it announces, reads as the article's sub-heading."""
    found: list[LexborNode] = []
    # The headings of an article climb to the same container: its text is read once.
    texts: dict[int, str] = {}
    for heading in body.css("h2, h3, h4, h5, h6"):
        title = text_of(heading)
        if not title or heading.attributes.get(MARK) is not None:
            continue
        box = heading.parent
        while box is not None and box.css_first("a[href]") is None:
            if box.tag in {"body", "html", "main", "article"} or _text_of(box, texts) != title:
                box = None
                break
            box = box.parent
        if box is None or box.tag in {"body", "html", "main", "article"}:
            continue
        if _text_of(box, texts) == title and _badges_out(box, host):
            found.append(box)
    return _outermost(found)


def _badges_out(box: LexborNode, host: str | None) -> bool:
    """Whether every link of ``box`` is a picture without words pointing to another site,
    and they point to ``_BADGE_SITES`` sites or more."""
    sites = set()
    for link in box.css("a[href]"):
        href = link.attributes.get("href") or ""
        netloc = _netloc(href)
        if text_of(link) or link.css_first("img") is None or not netloc:
            return False
        if _points_within(href, host):
            return False
        sites.add(_bare_host(netloc))
    return len(sites) >= _BADGE_SITES


def _not_prose(node: LexborNode) -> bool:
    return node.attributes.get(_BOX) is not None or node.attributes.get(MARK) is not None


def _headed_call(box: LexborNode) -> bool:
    """Whether ``box`` opens with a heading of its own over its line of text and its
    button ("Discover more homes / See how our readers live. / [More homes]")."""
    kids = _elements(box)
    while len(kids) == 1 and not _loose_text(box):
        # A frame holding nothing but the box.
        box = kids[0]
        kids = _elements(box)
    if not kids or kids[0].tag not in _HEADINGS:
        return False
    title = text_of(kids[0])
    return bool(title) and text_of(box).startswith(title) and len(title) < len(text_of(box))


def _trailing_teasers(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Teaser lists that trail the article: below the headline, after its text has begun,
    with (almost) no article text after them.

    Paragraph-dense teaser cards (title + excerpt) would otherwise be taken for main text.
    A list of internal links between paragraphs of the article is the article's own (a
    listicle of courses, a checklist); only what trails the text, or follows a "Related"
    heading, goes.
    """
    headed: list[LexborNode] = []
    # (node, prose seen before it): decided once all the prose after it is known.
    lists: list[tuple[LexborNode, int]] = []
    headline = body.css_first(f"[{MARK}]")
    seen_headline = headline is None
    headline_id = headline.mem_id if headline is not None else None
    # The elements holding the headline: the headline and its ancestors.
    holds_headline: set[int] = set()
    if headline is not None:
        holds_headline = {headline.mem_id, *(a.mem_id for a in ancestors(headline))}
    prose = 0
    after_heading = False
    # A list or heading taken is not looked into.
    taken: set[int] = set()
    # Lists already taken with the label over them: not read again when reached.
    labelled: set[int] = set()
    # Teaser boxes told by their shape, wherever they stand (widened at the end).
    boxes: list[LexborNode] = []
    for node in _elements_outside(body, taken):
        key = node.mem_id
        if key in labelled:
            continue
        if not seen_headline:
            # Nothing before the headline is a teaser of this rule.
            if key != headline_id:
                continue
            seen_headline = True
        tag = node.tag
        outside = key not in holds_headline
        # A list's children, read once for the tests below.
        kids = _Kids(_elements(node)) if tag in _LIST_TAGS and prose and outside else _NO_KIDS
        if prose and outside:
            # Teasers that tell themselves apart wherever they stand once the article has
            # begun, however short it is: cards cut off mid-sentence (with their label),
            # and a label's linked headlines set apart in a box of their own (an article's
            # own list under its heading is part of the text's flow).
            if kids.nodes and _cut_excerpts(node, host, kids):
                label = _label_over(node)
                if label is not None and label.mem_id not in taken:
                    boxes.append(label)
                boxes.append(node)
                taken.add(key)
                continue
            may_label = _may_label(node, tag, kids.nodes if tag in _LIST_TAGS else None)
            listed = _labelled_headlines(node, host) if may_label else None
            box = _box_of(node, listed) if listed is not None else None
            if box is not None and listed is not None:
                boxes.append(box)
                taken.update((box.mem_id, key, listed.mem_id))
                labelled.add(listed.mem_id)
                continue
        if prose >= _MAIN_TEXT_BEGUN and tag not in {"body", "html"}:
            follows, after_heading = after_heading, False
            if outside:
                # Only lists and grids are read by their children.
                if follows and (
                    _is_link_block(node, host)
                    or _is_teaser_list(node, host, kids)
                    or _is_card_grid(node, host, kids)
                ):
                    headed.append(node)
                    taken.add(key)
                    continue
                if follows and tag in _LIST_TAGS and len(kids.nodes) == 1:
                    # A wrapper around the list the heading announces (a carousel's frame).
                    after_heading = True
                if kids.nodes and _is_teaser_list(node, host, kids):
                    lists.append((node, prose))
                    taken.add(key)
                    continue
            if tag in _HEADINGS and _TEASER_HEADING.match(text_of(node)):
                headed.append(node)
                after_heading = True
                taken.add(key)
                continue
            if tag in _HEADINGS and outside:
                listed = _labelled_headlines(node, host)
                if listed is not None:
                    # Decided, like a teaser list, once the prose after it is known.
                    lists += [(node, prose), (listed, prose)]
                    taken.update((key, listed.mem_id))
                    labelled.add(listed.mem_id)
                    continue
        if tag in {"p", "pre", "blockquote"}:
            size = len(node.text(deep=True).strip())
            if size >= 80 and _link_chars(node.css("a")) < 0.3 * size:
                prose += size
    trailing = [node for node, before in lists if prose - before < _TRAILING_PROSE * before]
    return _outermost([*headed, *_widened(boxes), *trailing])


def _widened(boxes: list[LexborNode]) -> list[LexborNode]:
    """``boxes`` with the wrappers that hold nothing else: a grid of such boxes, and the
    frame that sets its title over them (left alone, a title over nothing reads as the
    article's sub-heading)."""
    gone = {box.mem_id for box in boxes}
    widened = []
    for box in boxes:
        node = box
        parent = node.parent
        while parent is not None and parent.tag not in {"body", "html", "main", "article"}:
            if parent.attributes.get(MARK) is not None:
                break
            others = [kid for kid in _elements(parent) if kid.mem_id not in gone]
            if any(not _only_a_label(kid) for kid in others) or _loose_text(parent):
                break
            gone.add(parent.mem_id)
            node = parent
            parent = node.parent
        widened.append(node)
    return widened


def _only_a_label(node: LexborNode) -> bool:
    """Whether ``node`` holds no text, or a short label in a heading and nothing else."""
    if node.attributes.get(MARK) is not None or node.css_first(f"[{MARK}]") is not None:
        return False
    text = text_of(node)
    if not text:
        return True
    if not _is_label(text):
        return False
    headings = [node] if node.tag in _HEADINGS else node.css(_ANY_HEADING)
    return any(text_of(heading) == text for heading in headings)


def _loose_text(node: LexborNode) -> bool:
    """Whether ``node`` holds text of its own, outside its child elements."""
    return any(
        child.is_text_node and (child.text_content or "").strip()
        for child in node.iter(include_text=True)
    )


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """``nodes`` without those inside another of them (each is removed once)."""
    ids = {node.mem_id for node in nodes}
    kept: dict[int, LexborNode] = {}
    for node in nodes:
        if not any(a.mem_id in ids for a in ancestors(node)):
            kept.setdefault(node.mem_id, node)
    return list(kept.values())


# The end of an excerpt cut off by the site's template: "…", "...", "[…]", "(...)".
_CUT_OFF = re.compile(r"(?:…|\.\.\.|[\[(](?:…|\.\.\.)[\])])$")
# An excerpt is a sentence or more: a cut-off line shorter than this is a title's.
_EXCERPT_CHARS = 40
# A card is a title and an excerpt: a block holding more is something else.
_CARD_CHARS = 1200


def _cut_excerpts(node: LexborNode, host: str | None, kids: _Kids) -> bool:
    """Two or more sibling cards of one kind (``kids``), each a linked headline over an
    excerpt that the template cut off ("...", "[…]"): teasers of other posts, where an
    article's own list ends its points as written. The links point within the site, or
    the list's class or id says it lists other posts (an archived page's links point to
    the archive)."""
    if len(kids.nodes) < 2 or not kids.may_share(_CARD_TAGS, 2):
        return False
    kind, cards = kids.main()
    count = len(cards)
    if kind[0] not in _CARD_TAGS or count < 2 or count < 0.6 * len(kids.nodes):
        return False
    named = _OTHER_POSTS.search(attr_text(node)) is not None
    return _enough(cards, lambda k: _cut_card(k, host, named), max(2, 0.8 * len(cards)))


def _cut_card(card: LexborNode, host: str | None, named: bool) -> bool:
    text = text_of(card)
    # An excerpt cut off ends in an ellipsis, which its card's text holds too.
    if len(text) > _CARD_CHARS or ("…" not in text and "..." not in text):
        return False
    links = card.css("a[href]") if named else _internal_links(card, host)
    if not any(len(text_of(a).split()) >= _HEADLINE_WORDS for a in links):
        return False
    return any(_cut_excerpt(part, card) for part in (card, *card.css("p, small, span, div")))


def _cut_excerpt(part: LexborNode, card: LexborNode) -> bool:
    """Whether ``part`` of ``card`` is an excerpt cut off: text of its own beside the
    linked headline, not inside a link (a cut-off title is no excerpt: a video's
    "Series: ..." is how its player names it)."""
    text = text_of(part)
    if len(text) < _EXCERPT_CHARS or _CUT_OFF.search(text) is None:
        return False
    return _link_chars(part.css("a")) < 0.5 * len(text) and not _in_link(part, card)


def _in_link(node: LexborNode, card: LexborNode) -> bool:
    """Whether ``node`` sits inside a link within ``card``."""
    for parent in ancestors(node):
        if parent.mem_id == card.mem_id:
            return False
        if parent.tag == "a":
            return True
    return False


def _label_over(node: LexborNode) -> LexborNode | None:
    """The heading just before ``node`` when it is a label (a few words, no sentence)."""
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        if (prev.text_content or "").strip():
            return None
        prev = prev.prev
    if prev is None or prev.tag not in _HEADINGS or prev.attributes.get(MARK) is not None:
        return None
    return prev if _is_label(text_of(prev)) else None


def _is_label(text: str) -> bool:
    """A label over a list or a box, not a section heading of the article: a few words
    (:data:`_LABEL_WORDS`), no sentence."""
    return bool(text) and len(text.split()) <= _LABEL_WORDS and text[-1] not in ".?!"


# A linked headline of another article: several words (a tag or a section name is one or two).
_HEADLINE_WORDS = 4


def _labelled_headlines(heading: LexborNode, host: str | None) -> LexborNode | None:
    """The list that a short label (``heading``, or a line of its own: :func:`_may_label`)
    is set over when every item (two or more) is the linked headline of another page of
    the site, with at most a date or a kicker beside it: "Related news" in any language,
    too short a list for the teaser rule.
    ``None`` when what follows the label is anything else."""
    following = heading.next
    while following is not None and not following.is_element_node:
        following = following.next
    if following is None:
        return None
    kids = _elements(following)
    # The texts are read only when a list, or a wrapper that may hold one, follows.
    if len(kids) != 1 and following.tag not in _LIST_TAGS:
        return None
    if not _is_label(text_of(heading)):
        return None
    # Down through wrappers of one element each (a block's frame around its list).
    while len(kids) == 1 and text_of(following) == text_of(kids[0]):
        following = kids[0]
        kids = _elements(following)
    if following.tag not in _LIST_TAGS:
        return None
    if len(kids) < 2 or len({(k.tag, k.attributes.get("class") or "") for k in kids}) > 2:
        return None
    for kid in kids:
        if kid.tag not in _CARD_TAGS:
            return None
        size = len(text_of(kid))
        links = _internal_links(kid, host)
        if len(links) != 1 and len({a.attributes.get("href") for a in links}) != 1:
            return None
        linked = text_of(links[0])
        if len(linked.split()) < _HEADLINE_WORDS or len(linked) < 0.6 * size:
            return None
    return following


# What a box's label is set in: a heading, or a line of its own ("<p class=title>").
_LABEL_TAGS = _HEADINGS | {"p", "div", "span", "strong", "b"}


def _may_label(node: LexborNode, tag: str | None, kids: list[LexborNode] | None = None) -> bool:
    """Whether ``node`` (a ``tag``) may be a box's label: a heading, or a line of text with
    no link and at most a formatting element inside (read before its text, which a wrapper
    would spell out whole). ``kids``: its element children, if read already."""
    if tag in _HEADINGS:
        return True
    if tag not in _LABEL_TAGS:
        return False
    if kids is None:
        kids = _elements(node)
    return len(kids) <= 1 and all(kid.tag not in _NOT_IN_LABEL for kid in kids)


# What a label's line never holds: a link, or a block of its own.
_NOT_IN_LABEL = frozenset({"a", *BLOCK_TAGS})


def _box_of(label: LexborNode, listed: LexborNode) -> LexborNode | None:
    """The element holding ``label`` and the list under it (``listed``) and nothing else,
    if any: a box of links set into the page."""
    box = _common_ancestor([label, listed])
    if box is None or box.tag in {"body", "html", "main", "article"}:
        return None
    if box.mem_id == label.mem_id:
        return None
    if box.attributes.get(MARK) is not None or box.css_first(f"[{MARK}]") is not None:
        return None
    inner = len(text_of(label)) + len(text_of(listed)) + 1
    return box if len(text_of(box)) <= inner else None


# A thread's wrapper holds its heading, prompts and reply form ("12 comments", "Leave a reply")
# beside the comments: at most this much text of its own.
_THREAD_FRAME_CHARS = 600


def _comment_threads(body: LexborNode, path: str | None) -> list[LexborNode]:
    """Readers' comment threads, known by how commenting systems link a comment: its date is
    a link to the comment's own place on this very page (``#comment-812``), where an
    article's own dates link to the article, its in-page links (a table of contents,
    footnotes) are no dates, and a live blog's entries link their time of day. Two or more
    such permalinks make a thread: the smallest element holding them, with the wrapper
    around it that adds only a heading, prompts or the reply form.
    ``path``: the page's own (:func:`_declared_address`).
    """
    if path is None:
        return []
    permalinks = []
    for link in body.css('a[href*="#"]'):
        href = (link.attributes.get("href") or "").strip()
        where, _, fragment = href.partition("#")
        if not fragment or (where and not _same_page(where, path)):
            continue
        label = text_of(link)
        if len(label) <= 60 and TEXT_DATE.search(label):
            permalinks.append(link)
    if len(permalinks) < 2:
        return []
    thread = _common_ancestor(permalinks)
    if thread is None or thread.tag in {"body", "html", "main", "article"}:
        return []
    if thread.css_first(f"[{MARK}]") is not None:
        return []
    size = len(text_of(thread))
    while True:
        parent = thread.parent
        if parent is None or parent.tag in {"body", "html", "main"} or parent.attributes.get(MARK):
            break
        if parent.css_first(f"[{MARK}]") is not None:
            break
        if len(text_of(parent)) - size > _THREAD_FRAME_CHARS:
            break
        thread = parent
    return [thread]


def _path_of(address: str) -> str | None:
    """The path of an address, without a trailing slash."""
    try:
        path = urlsplit(address).path
    except ValueError:
        return None
    return path.rstrip("/") or None


def _same_page(where: str, path: str) -> bool:
    """Whether the address ``where`` is the page at ``path``, or a page of its comments
    ("/story/comment-page-2/")."""
    try:
        target = urlsplit(where).path.rstrip("/")
    except ValueError:
        return False
    return target == path or target.startswith(path + "/")

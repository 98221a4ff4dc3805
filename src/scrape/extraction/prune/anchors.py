"""The main text's anchors (the elements holding most of the paragraph text), what
holds them and the headline, and the page's frame around the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ANCHOR, MARK, ancestors, text_of, text_width
from .common import ANY_HEADING, BOX_CHARS, FRAME, HEADINGS, child_elements, common_ancestor
from .hidden import inside_hidden
from .links import link_chars


def mark_anchors(body: LexborNode, hidden_too: bool = False) -> tuple[int, list[LexborNode]]:
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
    hidden = inside_hidden(body)
    for para in body.css("p, pre, blockquote, li, div, td, section"):
        if hidden and not hidden_too and para.mem_id in hidden:
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
        if tag == "li" and link_chars(para.css("a")) > 0.5 * size:
            # A menu entry: a link with its blurb, not a point of the article's list.
            continue
        parent = para.parent
        if parent is None:
            continue
        weight[parent.mem_id] = weight.get(parent.mem_id, 0) + size
        parents[parent.mem_id] = parent
    if not weight:
        return mark_anchors(body, hidden_too=True) if hidden and not hidden_too else (0, [])
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


@dataclass(frozen=True)
class Holders:
    """The elements holding the headline, and the anchors' weight each element holds (the
    anchors included): read once, as the tree stays unchanged while prune decides."""

    headline: frozenset[int]
    anchors: dict[int, int]


def holders_of(body: LexborNode) -> Holders:
    headline: set[int] = set()
    for node in body.css(f"[{MARK}]"):
        headline.update(n.mem_id for n in (node, *ancestors(node)))
    anchors: dict[int, int] = {}
    for anchor in body.css(f"[{ANCHOR}]"):
        weight = anchor_weight(anchor)
        for node in (anchor, *ancestors(anchor)):
            anchors[node.mem_id] = anchors.get(node.mem_id, 0) + weight
    return Holders(frozenset(headline), anchors)


def anchor_weight(anchor: LexborNode) -> int:
    value = anchor.attributes.get(ANCHOR) or ""
    return int(value) if value.isdecimal() else 0


def mark_frame(body: LexborNode, prose: list[LexborNode]) -> None:
    """Mark (``FRAME``) the page's frame around the article: what its template sets beside
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
    article = common_ancestor([headline, *body.css(f"[{ANCHOR}]")])
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
        for sibling in child_elements(node.parent):
            if sibling.mem_id == node.mem_id:
                continue
            if inner and (sibling.mem_id in near or _holds_note(sibling)):
                continue
            sibling.attrs[FRAME] = "1"
        node = node.parent
        inner = False


# A note set beside the article is a sentence or two (a correction, an editor's note, where
# the piece first appeared): at least this long, ...
_NOTE_CHARS = 20
# ... most of what its block holds, and hardly linked (a teaser's excerpt is a small part of
# its card; a "posted in" line links its categories).
_NOTE_SHARE = 0.5
_NOTE_LINKS = 0.2
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
    if whole < _NOTE_CHARS or block.tag in HEADINGS or block.css_first(ANY_HEADING) is not None:
        return False
    # A note without paragraphs is its block's loose text, when that is short.
    paras = block.css("p, blockquote") or ([block] if whole <= BOX_CHARS else [])
    for para in paras:
        text = text_of(para)
        width = text_width(text)
        if (
            width >= _NOTE_CHARS
            and width >= _NOTE_SHARE * whole
            and link_chars(para.css("a")) <= _NOTE_LINKS * len(text)
            and _NOTE_END.search(text) is not None
            and _NOTE_WORDS.search(text) is not None
        ):
            return True
    return False


def cut_frame(tree: LexborHTMLParser) -> None:
    """Remove the page's frame that :func:`prune` marked around the article: the body's
    extraction reads the article's container alone."""
    body = tree.body
    if body is not None:
        for node in body.css(f"[{FRAME}]"):
            node.decompose()

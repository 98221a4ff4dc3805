"""DOM primitives on the lexbor tree, shared by the headline, date, author and body steps.

The marks one step leaves on the tree for the next (``MARK``, ``ANCHOR``), class/id token
matching, an element's text and ancestors, and the page's text as blocks (:class:`Unit`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from .blocks import BLOCK_TAGS

# The element holding the page's headline (set by headline.find_headline).
MARK = "data-scrape-headline"
# The elements holding most of the page's paragraph text, with its weight (set by prune).
ANCHOR = "data-scrape-anchor"
# The sign-up and subscription boxes, found by prune while their fields are still in the
# tree: left in the page trafilatura reads, their lines are no article text.
SIGN_UP = "data-scrape-sign-up"

# class/id tokens (split on space, '-' and '_') of page furniture: ad slots, related-article
# and share blocks, newsletter/cookie prompts, comment sections, sidebars, author boxes,
# appeals for the readers' money ("support-box", "news_spenden": a paywall is not one, as
# its class also names the article's own paragraphs behind it).
FURNITURE_TOKENS = r"""
      related|relatedposts|yarpp|recommend|recommended|recommendations|readmore|readnext
    | more-(?:articles|stories|news)|read-(?:more|next|also)|also-read|must-read
    | latest-(?:news|posts|articles) | (?:recent|popular)-(?:posts|articles|news|stories)
    | share|shares|sharing|sharedaddy|sharethis|social|addtoany|a2a
    | newsletter|subscribe|subscription|signup|optin|mailchimp
    | cookie|cookies|consent|gdpr
    | comment|comments|respond|disqus|reply|comentario|comentarios|kommentare|kommentarer
    | komentarze|komentar|commentaires|commenti|yorumlar|reacties|talkback|talkbacks
    | leserbrief|leserbriefe
    | advert|advertisement|advertising|adsbygoogle|ads|ad|adslot|adunit|dfp|gpt
    | sponsor|sponsored|promo|taboola|outbrain|td-a-rec|advertorial|anzeige|werbung
    | support|donate|donation|donations|spenden|destek
    | sidebar|breadcrumb|breadcrumbs
    | author-box|about-author|author-bio|authorbox|autorenbox|autorbox|autor-box
    | cta|disclaimer|testimonial|testimonials|tooltip|nocontent
    | popup|modal|overlay|banner
    | nav|navbar|navigation|menu|footer|masthead|topbar|top-bar|header|site-header
    | tags|tag-list|post-tags|tagcloud|pagination|pager|skip-link|screen-reader-text|sr-only
"""
# Bylines and author bios: furniture to the body, and exactly what the author search reads.
BYLINE_TOKENS = "author|byline|bio"


def token_pattern(alternatives: str) -> re.Pattern[str]:
    """A class/id matcher for whole tokens among ``alternatives`` (a verbose regex), also
    where styled-components names a class after its file ("Newsletterstyled__Box-sc-...",
    from Newsletter.styled.js)."""
    return re.compile(rf"(?:^|[\s_-])(?:{alternatives})(?=$|[\s_-]|styled__)", re.VERBOSE)


# The trail of links to the page's sections ("Home > Sport > Headline"), by its class or id.
BREADCRUMB_TOKEN = token_pattern(r"breadcrumbs?")


def attr_text(node: LexborNode) -> str:
    """An element's class and id, case-folded: what the token patterns read."""
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".casefold()


def without_accents(text: str) -> str:
    """``text`` with the marks its letters carry taken off ("é" as "e", "ő" as "o")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def address_words(text: str) -> str:
    """Words of ``text`` as an address spells them: in lower case, "ü" as "ue", other
    letters without their accents."""
    text = text.casefold()
    for letter, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(letter, spelled)
    return " ".join(re.findall(r"[a-z0-9]+", without_accents(text)))


def text_of(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def prose_length(node: LexborNode) -> int:
    """Characters of paragraph text in ``node``: how much of it reads as an article."""
    return sum(len(p.text(deep=True)) for p in node.css("p"))


def ancestors(node: LexborNode) -> Iterable[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def holds_headline(node: LexborNode) -> bool:
    """Whether ``node`` is the headline (``MARK``) or holds it (a kicker and the headline in
    spans of one heading, a box around the article's header)."""
    return node.attributes.get(MARK) is not None or node.css_first(f"[{MARK}]") is not None


def between_paragraphs(
    block: LexborNode, is_prose: Callable[[LexborNode], bool], closing: bool = False
) -> bool:
    """Whether a paragraph of prose (a <p> ``is_prose`` accepts) stands among ``block``'s
    siblings before it and one after it; with ``closing``, nothing with text after it will
    do too (the block closes the text)."""
    parent = block.parent
    if parent is None:
        return False
    before = after = seen = False
    ends = True
    for sibling in parent.iter():
        if sibling.mem_id == block.mem_id:
            seen = True
        elif sibling.tag == "p" and is_prose(sibling):
            after = after or seen
            before = before or not seen
        elif closing and seen and ends and text_of(sibling):
            ends = False
    return before and (after or (closing and ends))


PICTURE = "img, picture, video, figure"


def beside_picture(node: LexborNode, portraits: bool = True) -> bool:
    """Whether a block a theme classes as a caption is one: a picture is in it or beside it.
    Themes also name small print "caption" (the date line under a headline), and, without
    ``portraits``, the text beside a writer's portrait (their name and the day, in the
    byline's place)."""

    def picture(p: LexborNode) -> bool:
        return portraits or not _portrait(p)

    parent = node.parent
    return any(map(picture, node.css(PICTURE))) or (
        parent is not None and any(map(picture, parent.css(PICTURE)))
    )


_PORTRAIT_NAMES = re.compile(r"avatar|author|autor|profile|portrait|headshot|mugshot", re.I)
_PORTRAIT_PIXELS = 150


def _portrait(picture: LexborNode) -> bool:
    """A writer's portrait: an image its address, class or text call one, or linked to the
    writer's page, or as small as the sizes it declares say ("50" by "50"); a <figure> or
    <picture> is one when the image it holds is."""
    image = picture if picture.tag == "img" else picture.css_first("img")
    if image is None:
        return False
    attrs = image.attributes
    said = " ".join(attrs.get(a) or "" for a in ("src", "class", "alt"))
    link = next((a for a in ancestors(image) if a.tag == "a"), None)
    if _PORTRAIT_NAMES.search(said) or (
        link is not None and _PORTRAIT_NAMES.search(link.attributes.get("href") or "")
    ):
        return True
    sizes = [attrs.get("width") or "", attrs.get("height") or ""]
    return all(size.isdigit() and int(size) <= _PORTRAIT_PIXELS for size in sizes)


@dataclass
class Unit:
    """A run of one block element's text (inline descendants included) between its nested
    blocks."""

    node: LexborNode
    text: str
    link_chars: int
    # Inside a <figure> and not in a quotation: a caption or a credit line.
    in_figure: bool


def text_units(root: LexborNode) -> list[Unit]:
    """The page's text, block by block, in document order; a block's text on both sides
    of a block it holds is two units (loose text around a <p> or a figure reads as two
    paragraphs)."""
    parts: dict[int, list[str]] = {}
    links: dict[int, int] = {}
    firsts: dict[int, tuple[LexborNode, bool]] = {}
    order: list[int] = []
    # The key of each block's current run of text, where it is not the block's mem_id:
    # later runs count down from -1, which no mem_id is.
    run_of: dict[int, int] = {}
    runs = 0
    # The runs whose text so far ends in a <br> and blanks: a second <br> there is a
    # blank line, and the text after it another paragraph.
    broken: set[int] = set()
    # A depth-first walk, each shown element's children read with what holds them: their
    # block, whether they are in a link, in a figure. Unshown elements are not entered.
    # A node's tag tells text ("-text") from elements: one read per node.
    stack = [(root.iter(include_text=True), root, False, False)]
    while stack:
        children, block, link, figure = stack[-1]
        for node in children:
            tag = node.tag or ""
            if tag == "-text":
                text = node.text_content or ""
                key = run_of.get(block.mem_id, block.mem_id)
                found = parts.get(key)
                if found is None:
                    if not text.strip():
                        continue
                    found = parts[key] = []
                    links[key] = 0
                    firsts[key] = (block, figure)
                    order.append(key)
                found.append(text)
                if text.strip():
                    broken.discard(key)
                if link:
                    links[key] += len(text.strip())
                continue
            if tag == "br":
                key = run_of.get(block.mem_id, block.mem_id)
                if key in broken:
                    runs -= 1
                    run_of[block.mem_id] = runs
                elif key in parts:
                    parts[key].append(" ")
                    broken.add(key)
                continue
            if tag.startswith("-") or tag in UNSHOWN_TAGS:
                continue
            # A blockquote's text is quoted, not a caption, even inside a figure.
            in_figure = (figure or tag == "figure") and tag != "blockquote"
            inner = link or tag == "a"
            if tag in BLOCK_TAGS:
                if run_of.get(block.mem_id, block.mem_id) in parts:
                    runs -= 1
                    run_of[block.mem_id] = runs
                stack.append((node.iter(include_text=True), node, inner, in_figure))
            else:
                stack.append((node.iter(include_text=True), block, inner, in_figure))
            break
        else:
            stack.pop()
    units = []
    for key in order:
        text = " ".join("".join(parts[key]).split())
        if text:
            node, figure = firsts[key]
            units.append(Unit(node, text, links[key], figure))
    return units


# Elements whose text the reader never sees.
UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})


# Scripts written without spaces between words: Han and kana (about two characters a word),
# and the Southeast Asian scripts (Thai, Lao, Khmer, Myanmar: about four letters and signs).
_IDEOGRAPHIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_ABUGIDA = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


# Characters of the scripts in which a text runs about a third as long as in Latin letters:
# Han, kana and hangul.
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def text_width(text: str) -> int:
    """``text``'s length with its Han, kana and hangul counted three times: how long it
    would run in Latin letters."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(_WIDE.findall(text))


def text_words(text: str) -> int:
    """How many words ``text`` holds, in any script: its spaced tokens, or, where more, the
    words of the scripts that do not space them (a Chinese or Thai paragraph is one token)."""
    words = len(text.split())
    if text.isascii():
        return words
    unspaced = len(_IDEOGRAPHIC.findall(text)) // 2 + len(_UNSPACED_ABUGIDA.findall(text)) // 4
    return max(words, unspaced)

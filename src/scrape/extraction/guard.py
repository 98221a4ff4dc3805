"""Cheap checks that run before any parser sees a document: decoding, size, nesting."""

from __future__ import annotations

import re
from collections import Counter

from ..charset import decode_html

# Beyond this many bytes the tail of a page is cut off: no article is that long, and the
# parsers' cost grows with the input.
MAX_CHARS = 12_000_000
# Nesting deeper than this is hostile or broken (real pages stay far below it). lexbor is
# quadratic on such input, so it is refused before parsing.
MAX_DEPTH = 1_000

# C0 controls other than tab, line feed and carriage return; DEL; two noncharacters.
_CONTROL_CHARS = "".join(
    map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF))
)
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
# Elements that never nest (void) or that parsers close implicitly, so an unclosed run of
# them is normal HTML and says nothing about the tree depth.
_FLAT = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "rt",
        "rp",
        "colgroup",
    ]
)
# Start tags before which the parser closes an open paragraph (HTML Standard 13.2.6.4.7).
_CLOSE_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "header",
        "hgroup",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "ul",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "form",
    ]
)
# Elements a paragraph's end closes for good; formatting ones (b, i, a, font...) the parser
# reopens in the next block, so those stay counted.
_PHRASING = frozenset(
    [
        "span",
        "label",
        "time",
        "sup",
        "sub",
        "abbr",
        "cite",
        "ins",
        "del",
        "mark",
        "q",
        "var",
        "dfn",
        "bdi",
        "bdo",
    ]
)
# An opening or closing tag of a nesting element: (closing slash, name, the tag's last
# character).
_NESTING_TAG = re.compile(
    rf"<(/?)(?!(?:{'|'.join(sorted(_FLAT))})[\s/>])([a-zA-Z][^\s/>]*)(?:[^>]*([^>]))?>",
    re.IGNORECASE,
)


def decode(data: str | bytes) -> str:
    """Text of the document (bytes read as :func:`scrape.charset.decode_html` reads them),
    without the control characters that parsers choke on."""
    text = data if isinstance(data, str) else decode_html(data)
    # Almost no page holds one, and a plain search for each character is cheaper than the
    # pattern's scan of the page.
    if any(char in text for char in _CONTROL_CHARS):
        text = _CONTROL.sub("", text)
    return text


def nests_too_deep(html: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the elements of ``html`` nest deeper than ``limit`` (:func:`max_depth`).

    Each level opens with a start tag, a "<" not followed by "/": a page with no more of
    those than ``limit`` (most pages) cannot, and is not scanned. Nor is the rest of a page
    once the start tags left in it could not take the elements still open past ``limit``.
    """
    starts = html.count("<") - html.count("</")
    if starts <= limit:
        return False
    return _scan(html, limit, starts) > limit


def max_depth(html: str, limit: int = MAX_DEPTH) -> int:
    """Approximate element nesting depth; stops counting as soon as ``limit`` is exceeded.

    A closing tag closes whatever was left open inside its element, as parsers do: pages
    that never close their ``<span>``s (a thousand of them on some real news pages) are
    shallow trees, not hostile ones. So does a block's start tag for an open paragraph.
    """
    return _scan(html, limit, None)


# The page is read in pieces of about this many characters, each ending with a tag.
_PIECE_CHARS = 5_000


def _scan(html: str, limit: int, starts: int | None) -> int:
    """:func:`max_depth`; given the page's count of start tags (``starts``), it stops, with
    the depth reached so far, once the start tags left cannot go past ``limit``."""
    open_tags: list[str] = []
    open_count: Counter[str] = Counter()
    peak = 0
    start, size = 0, len(html)
    while start < size:
        # A piece ends after a ">": no tag spans two pieces, as a tag ends at its first ">".
        end = html.find(">", start + _PIECE_CHARS) + 1 if starts is not None else 0
        end = end or size
        # The regex does the sorting (flat elements never match) and the loop sees only
        # the tag's name and whether it closes.
        for closing, name, last in _NESTING_TAG.findall(html, start, end):
            name = name.lower()
            if closing:
                if open_count[name]:
                    while (innermost := open_tags.pop()) != name:
                        open_count[innermost] -= 1
                    open_count[name] -= 1
            elif last != "/" or name == "p":  # not self-closing (a <p/> still opens)
                if name in _CLOSE_P and open_count["p"]:
                    _close_paragraph(open_tags, open_count)
                open_tags.append(name)
                open_count[name] += 1
                if len(open_tags) > peak:
                    peak = len(open_tags)
                    if peak > limit:
                        return peak
        if starts is not None:
            starts -= html.count("<", start, end) - html.count("</", start, end)
            if len(open_tags) + starts <= limit:
                break
        start = end
    return peak


def _close_paragraph(open_tags: list[str], open_count: Counter[str]) -> None:
    """Close the innermost open ``<p>`` with the phrasing elements left open inside it, as
    a block's start tag does ("<p><span>a<p><span>b" is two paragraphs, not a staircase).
    Anything else above it (a formatting element the parser reopens, a table, a button)
    keeps it open here: counting deeper than the parser is the safe side."""
    above = 0
    for name in reversed(open_tags):
        if name == "p":
            break
        if name not in _PHRASING:
            return
        above += 1
    for name in open_tags[len(open_tags) - above - 1 :]:
        open_count[name] -= 1
    del open_tags[len(open_tags) - above - 1 :]

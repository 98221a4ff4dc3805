"""Cheap checks that run before any parser sees a document: decoding, size, nesting."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Beyond this many bytes the tail of a page is cut off: no article is that long, and the
# parsers' cost grows with the input.
MAX_CHARS = 12_000_000
# Nesting deeper than this is hostile or broken (real pages stay below ~100). lexbor is
# quadratic on such input (100,000 levels take ~23 s), so it is refused before parsing.
MAX_DEPTH = 1_000

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
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
        "p",
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
# An opening or closing tag of a nesting element: (closing slash, the tag's last character).
_NESTING_TAG = re.compile(
    rf"<(/?)(?!(?:{'|'.join(sorted(_FLAT))})[\s/>])[a-zA-Z](?:[^>]*([^>]))?>", re.IGNORECASE
)


def decode(data: str | bytes) -> str:
    """Text of the document: BOM, then <meta charset>, then UTF-8, then detection."""
    text = data if isinstance(data, str) else _decode_bytes(data)
    return _CONTROL.sub("", text)


def _decode_bytes(data: bytes) -> str:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:].decode("utf-16-be", errors="replace")
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            name = codecs.lookup(match.group(1).decode("ascii", "ignore")).name
        except LookupError:
            name = ""
        if name and name != "utf-8":
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Detection on a prefix is enough and keeps a 10 MB page cheap.
    best = from_bytes(data[:65536]).best()
    encoding = best.encoding if best is not None else "utf-8"
    return data.decode(encoding, errors="replace")


def max_depth(html: str, limit: int = MAX_DEPTH) -> int:
    """Approximate element nesting depth; stops counting as soon as ``limit`` is exceeded."""
    depth = peak = 0
    # Every page pays for this scan, so the regex does the sorting (flat elements never
    # match) and the loop sees only an opening or closing mark and the tag's last character.
    for closing, last in _NESTING_TAG.findall(html):
        if last == "/":  # self-closing
            continue
        if closing:
            if depth:
                depth -= 1
        else:
            depth += 1
            if depth > peak:
                peak = depth
                if peak > limit:
                    break
    return peak

"""Bytes of a web page -> text, read the way browsers read them, and safe when labels lie.

The order is WHATWG's ("determining the character encoding" of the HTML standard): a byte
order mark, then the Content-Type header's charset, then a ``<meta>`` found by the prescan
of the document's start (or, past it, in the head, where the parser would meet it and
change the encoding), then detection. Labels are looked up in the WHATWG label table
(:mod:`webencodings`): ``latin1``, ``iso-8859-1`` and ``ascii`` mean windows-1252, and
unknown labels are skipped. The prescan reads a ``utf-16`` label as UTF-8 (a page whose
bytes said ``<meta charset=utf-16>`` in ASCII is not UTF-16) and ``x-user-defined`` as
windows-1252.

Where browsers trust a label that lies and show garbage, we would lose the article, so a
label is checked against the bytes first:

- a UTF-8 label on bytes that are not (mostly) UTF-8, the usual lie of a server whose
  default header was never changed for its windows-1252 pages, falls through to the next
  declaration, then to detection;
- a legacy label (windows-1252, ...) on bytes that hold non-ASCII text and are valid UTF-8
  means UTF-8: such byte runs are practically never legacy text (``Ã©`` for ``é``);
- a legacy label the bytes do not decode under, or a UTF-16 header on bytes without the
  NULs that UTF-16 markup is full of, falls through as well.
"""

from __future__ import annotations

import codecs
import re

import webencodings
from charset_normalizer import from_bytes

# The prescan's window (HTML: "the first 1024 bytes").
PRESCAN_BYTES = 1024
# Detection reads a prefix: enough to decide, and a 10 MB page stays cheap.
DETECTION_BYTES = 65536
# A UTF-8 label is believed while at most one non-ASCII sequence in this many is broken
# (a stray byte in an ad snippet, a cut-off character), not when most are (a legacy page).
_UTF8_ERRORS_TOLERATED = 10

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF16 = ("utf-16-le", "utf-16-be")
# WHATWG encodings Python names otherwise: gbk decodes as gb18030 in browsers, and
# x-user-defined (a font hack mapping bytes to private-use characters) is read as the
# prescan reads it, windows-1252, which keeps its ASCII readable.
_CODECS = {"gbk": "gb18030", "x-user-defined": "cp1252"}

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([^\s"';,]+)""", re.IGNORECASE)
_CONTENT_CHARSET = re.compile(
    rb"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))""", re.IGNORECASE
)
_BODY_START = re.compile(rb"</head[\s>]|<body[\s>]", re.IGNORECASE)
_META_OPEN = re.compile(rb"<meta[\s/]", re.IGNORECASE)
_TAG_OPEN = re.compile(rb"</?[A-Za-z][^\s>]*")
_ATTRIBUTE = re.compile(
    rb"""[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?"""
)


def decode_html(content: bytes, content_type: str = "") -> str:
    """The text of an HTML document (``content_type``: the HTTP header, if any)."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(codec, errors="replace")
    return content.decode(encoding_of(content, content_type), errors="replace")


def encoding_of(content: bytes, content_type: str = "") -> str:
    """The Python codec that :func:`decode_html` reads ``content`` with (after any BOM)."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return codec
    meta = prescan(content[:PRESCAN_BYTES]) or prescan(_head(content))
    for declared in (header_encoding(content_type), meta):
        if declared is not None and _believable(declared, content):
            return declared
    return _detected(content)


def _head(content: bytes) -> bytes:
    """The document before its body. A ``<meta>`` charset there that the prescan's window
    missed (after long scripts or styles) still counts: the parser meets it in the head,
    and browsers then reread the page with it."""
    window = content[:DETECTION_BYTES]
    body = _BODY_START.search(window)
    return window[: body.start()] if body else window


def header_encoding(content_type: str) -> str | None:
    """The codec a Content-Type header's charset names, if a known label."""
    match = _HEADER_CHARSET.search(content_type)
    return _codec(match.group(1)) if match else None


def prescan(head: bytes) -> str | None:
    """The codec the first usable ``<meta>`` charset of ``head`` names: the HTML prescan,
    which skips comments and the attributes of other tags (a ``<meta>`` in a comment, or
    in an attribute value, declares nothing)."""
    pos = 0
    while (start := head.find(b"<", pos)) != -1:
        if head.startswith(b"<!--", start):
            end = head.find(b"-->", start + 2)
            if end == -1:
                return None
            pos = end + 3
        elif _META_OPEN.match(head, start):
            attributes, pos = _attributes(head, start + 5)
            codec = _meta_codec(attributes)
            if codec is not None:
                return codec
        elif tag := _TAG_OPEN.match(head, start):
            pos = _attributes(head, tag.end())[1]
        elif head[start + 1 : start + 2] in (b"!", b"/", b"?"):
            end = head.find(b">", start)
            if end == -1:
                return None
            pos = end + 1
        else:
            pos = start + 1
    return None


def _attributes(head: bytes, pos: int) -> tuple[dict[bytes, bytes], int]:
    """A tag's attributes from ``pos`` (the first of each name counts) and where it ends."""
    found: dict[bytes, bytes] = {}
    while (match := _ATTRIBUTE.match(head, pos)) and match.end() > pos:
        name, *values = match.groups()
        found.setdefault(name.lower(), next((v for v in values if v is not None), b""))
        pos = match.end()
    end = head.find(b">", pos)
    return found, len(head) if end == -1 else end + 1


def _meta_codec(attributes: dict[bytes, bytes]) -> str | None:
    if b"charset" in attributes:
        label: bytes | None = attributes[b"charset"]
    elif attributes.get(b"http-equiv", b"").lower() == b"content-type":
        match = _CONTENT_CHARSET.search(attributes.get(b"content", b""))
        label = next((g for g in match.groups() if g is not None), None) if match else None
    else:
        return None
    codec = _codec(label.decode("ascii", errors="replace")) if label else None
    # A document that could read its <meta> as ASCII is not UTF-16, whatever it says.
    return "utf-8" if codec in _UTF16 else codec


def _codec(label: str) -> str | None:
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name == "replacement":
        return None  # unknown, or a label browsers refuse to decode at all
    return _CODECS.get(encoding.name, encoding.codec_info.name)


def _believable(codec: str, content: bytes) -> bool:
    if codec == "utf-8":
        return _mostly_utf8(content)
    if codec in _UTF16:
        return b"\0" in content[:PRESCAN_BYTES]
    if not content.isascii() and _is_utf8(content):
        return False  # UTF-8 text under a legacy label: detection will say UTF-8
    try:
        content.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _is_utf8(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(content: bytes) -> bool:
    if _is_utf8(content):
        return True
    text = content.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    whole = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return whole >= _UTF8_ERRORS_TOLERATED * broken


def _detected(content: bytes) -> str:
    """UTF-8 when the bytes are, else detection, with the page's language as tie-breaker.

    With little non-ASCII text several single-byte codecs decode equally well and a
    detector guesses among them (a French page in windows-1252 "detected" as Baltic).
    Browsers settle such cases with their locale's legacy encoding; the page's ``lang``
    names a better locale than ours, so its legacy encoding wins among the near-best.
    """
    if _is_utf8(content):
        return "utf-8"
    results = from_bytes(content[:DETECTION_BYTES])
    best = results.best()
    if best is None:
        return "utf-8"
    legacy = _legacy_codec(content[:4096])
    for match in results:
        if match.chaos <= best.chaos + 0.05 and legacy in match.could_be_from_charset:
            return legacy
    return best.encoding


# The WHATWG locale fallbacks (HTML, "determining the character encoding", step 9).
_LEGACY_BY_LANGUAGE = {
    "ar": "cp1256", "fa": "cp1256", "ur": "cp1256",
    "ru": "cp1251", "uk": "cp1251", "be": "cp1251", "bg": "cp1251", "sr": "cp1251",
    "mk": "cp1251", "kk": "cp1251",
    "el": "cp1253", "he": "cp1255", "tr": "cp1254", "az": "cp1254",
    "pl": "cp1250", "cs": "cp1250", "sk": "cp1250", "hu": "cp1250", "sl": "cp1250",
    "hr": "cp1250", "ro": "cp1250",
    "lt": "cp1257", "lv": "cp1257", "et": "cp1257",
    "vi": "cp1258", "th": "cp874",
}  # fmt: skip
_LANG_ATTRIBUTE = re.compile(rb"""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)


def _legacy_codec(head: bytes) -> str:
    match = _LANG_ATTRIBUTE.search(head)
    language = match.group(1).decode("ascii").lower() if match else ""
    return _LEGACY_BY_LANGUAGE.get(language, "cp1252")

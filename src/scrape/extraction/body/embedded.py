"""The article's text as a page embeds it in data (JSON-LD, a framework's state) rather
than in its HTML."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Iterable

from selectolax.lexbor import LexborHTMLParser

from ..dom import text_units, text_words
from .common import SENTENCE_ENDS

# Pages that render their text in the browser ship it as data: JSON-LD's articleBody, or the
# state a framework hydrates from (Next.js' __NEXT_DATA__, Nuxt's, Apollo's), often as HTML
# fragments or as a list of paragraph objects.
_STATE_SCRIPTS = 'script[type="application/json"], script#__NEXT_DATA__, script#__NUXT_DATA__'
# Text holding a finished sentence, anywhere in it.
_SENTENCE_END = re.compile(rf"{SENTENCE_ENDS}\s")
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b", re.IGNORECASE)
_PROSE_WORDS = 12
_EMPTY_PAGE_WORDS = 30
_MAX_STATE_CHARS = 5_000_000


def embedded_text(
    tree: LexborHTMLParser,
    article_body: str | None,
    found_words: int,
    titles: Iterable[str] = (),
) -> list[str]:
    """The article's text as the page embeds it in data rather than in its HTML.

    JSON-LD's ``articleBody`` first; then, in a framework's state, the object that names
    the page's title (one of ``titles``: the article's own record), its lead and its
    longest run of paragraphs, whatever the HTML holds besides. Otherwise, on a page whose
    HTML holds next to no text (``found_words``), the longest run of prose strings that
    share one parent anywhere in the state (one HTML string, or the paragraphs of a block
    list).
    """
    if article_body and text_words(article_body) >= _PROSE_WORDS:
        return _paragraphs(article_body)
    states = _states(tree)
    keys = {" ".join(t.split()).casefold() for t in titles} - {""}
    for data in states if keys else ():
        record = _record_naming(data, keys)
        if record is not None:
            return _record_text(record)
    if found_words >= _EMPTY_PAGE_WORDS:
        # Some text in the HTML: state scripts also hold the interface's messages, and
        # those would read as prose.
        return []
    best: list[str] = []
    for data in states:
        for run in _prose_runs(data):
            if sum(map(len, run)) > sum(map(len, best)):
                best = run
    return [p for text in best for p in _paragraphs(text)]


def _states(tree: LexborHTMLParser) -> list[object]:
    """The JSON of the page's state scripts, and of the states scripts assign to a
    framework's global (:data:`_ASSIGNED_STATE`)."""
    states = []
    for script in tree.css(_STATE_SCRIPTS):
        raw = script.text(deep=True)
        if len(raw) > _MAX_STATE_CHARS or len(raw) < 200:
            continue
        try:
            states.append(json.loads(raw))
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            continue
    for script in tree.css("script:not([src])"):
        raw = script.text(deep=True)
        if len(raw) > _MAX_STATE_CHARS or "=" not in raw:
            continue
        for found in _ASSIGNED_STATE.finditer(raw):
            try:
                states.append(_DECODER.raw_decode(raw, found.end())[0])
            except (ValueError, RecursionError):
                continue
    return states


def has_state(page: str) -> bool:
    """Whether the page's source ships a framework's state, which may hold its text (read
    in the source, before any parse)."""
    return _STATE_MARK.search(page) is not None


# A state a script assigns to a framework's global as a JSON object: Arc XP's
# "Fusion.globalContent={...};", Redux's and Apollo's "window.__PRELOADED_STATE__ = {...}".
_ASSIGNED_STATE = re.compile(
    r"(?:Fusion\.globalContent|__(?:INITIAL|PRELOADED|APOLLO)_(?:STATE|DATA)__)\s*=\s*(?=\{)"
)
_DECODER = json.JSONDecoder()
# What :data:`_STATE_SCRIPTS` select and :data:`_ASSIGNED_STATE` reads, as the source writes it.
_STATE_MARK = re.compile(
    r"__NEXT_DATA__|__NUXT_DATA__|type=[\"']?application/json|Fusion\.globalContent\s*=|"
    r"__(?:INITIAL|PRELOADED|APOLLO)_(?:STATE|DATA)__\s*=",
    re.IGNORECASE,
)


def _record_naming(data: object, titles: set[str]) -> dict[str, object] | None:
    """The first object (breadth first: the page's own before those it lists) holding the
    title as one of its values and a run of prose under it."""
    queue: deque[object] = deque([data])
    while queue:
        node = queue.popleft()
        if isinstance(node, dict):
            values = list(node.values())
            if any(_names(v, titles) for v in values) and any(
                _prose_runs(v) if isinstance(v, dict | list) else _MARKUP.search(str(v))
                for v in values
            ):
                return node
            queue.extend(v for v in values if isinstance(v, dict | list))
        elif isinstance(node, list):
            queue.extend(v for v in node if isinstance(v, dict | list))
    return None


def _names(value: object, titles: set[str]) -> bool:
    """Whether a record's value is one of ``titles``, or a small object of its headlines
    holding one (Arc XP's {"headlines": {"basic": ...}})."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold() in titles
    # Headlines only: strings, none of them prose (an article record is no headline object).
    return (
        isinstance(value, dict)
        and len(value) <= _HEADLINES_KEYS
        and all(isinstance(v, str | None) and not (v and _is_prose(v)) for v in value.values())
        and any(isinstance(v, str) and _names(v, titles) for v in value.values())
    )


_HEADLINES_KEYS = 8


def _record_text(record: dict[str, object]) -> list[str]:
    """An article record's longest run of paragraphs, after its lead (a prose string of its
    own under a standfirst's name, "lead", "teaser", "summary") where the run leaves it out."""
    best: list[str] = []
    for value in record.values():
        # The text as one HTML string of the record's own, or as blocks under it.
        if isinstance(value, str) and _is_prose(value) and _MARKUP.search(value):
            runs = [[value]]
        else:
            runs = _prose_runs(value, linked=False) if isinstance(value, dict | list) else []
        for run in runs:
            if sum(map(len, run)) > sum(map(len, best)):
                best = run
    # The text told in sections, or in blocks that nest their text (a "text" block's
    # {"data": {"html": ...}}, a rich-text block's spans): every paragraph, in order.
    ordered = _ordered_prose(record)
    if sum(map(len, ordered)) > sum(map(len, best)):
        best = ordered
    paragraphs = [p for text in best for p in _paragraphs(text)]
    lead = next(
        (
            v
            for k, v in record.items()
            if isinstance(v, str) and _LEAD_KEY.search(k) and _is_prose(v) and not _MARKUP.search(v)
        ),
        None,
    )
    if paragraphs and lead is not None and not any(lead[:60] in p for p in paragraphs):
        paragraphs.insert(0, " ".join(lead.split()))
    return paragraphs


def _ordered_prose(record: dict[str, object]) -> list[str]:
    """The prose strings under an article record, in the record's order: under any key but
    a standfirst's, a picture's or another page's (an object holding an address); a block
    of inline spans ({"children": [{"text": ...}, ...]}) read as one paragraph."""
    found: list[str] = []
    stack: list[object] = [record]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if _is_prose(node) and node not in found:
                found.append(node)
            continue
        if isinstance(node, dict):
            if node is not record and _links(node):
                continue
            spans = _spans(node)
            if spans is not None:
                if _is_prose(spans) and spans not in found:
                    found.append(spans)
                continue
            values = [v for k, v in node.items() if not _NOT_TEXT_KEY.search(k)]
        elif isinstance(node, list):
            values = node
        else:
            continue
        stack.extend(reversed(values))
    return found


def _spans(block: dict[str, object]) -> str | None:
    """The text of a block of inline spans, each a {"text": ...} or, in Markdown's syntax
    tree, a {"value": ...} (rich-text editors' bold and linked runs, which may nest their
    own spans), joined; None for any other object."""
    children = block.get("children")
    if not isinstance(children, list) or not children:
        return None
    texts = [_span_text(c) for c in children]
    if not all(isinstance(t, str) for t in texts):
        return None
    return "".join(t for t in texts if isinstance(t, str))


# Inline nodes that hold spans of their own (a link, emphasis), as rich-text editors and
# Markdown's syntax tree name them; a block's children (paragraphs in a section) are no
# spans, so that a section is never read as one run-on paragraph.
_INLINE = frozenset(
    {
        "link",
        "a",
        "emphasis",
        "strong",
        "em",
        "b",
        "i",
        "bold",
        "italic",
        "underline",
        "span",
        "delete",
        "sub",
        "sup",
        "mark",
        "hyperlink",
        "break",
    }
)


def _span_text(span: object) -> str | None:
    if not isinstance(span, dict):
        return None
    own = span.get("text", span.get("value"))
    if isinstance(own, str):
        return own
    if span.get("type") in _INLINE:
        inner = span.get("children")
        return _spans(span) if isinstance(inner, list) and inner else ""
    return None


# What a record holds beside its text: its standfirst (read on its own), a picture's
# caption and credit, its teasers and the site's calls.
_NOT_TEXT_KEY = re.compile(
    r"lead|intro|teaser|standfirst|summary|description|dek|abstract|caption|credit|alt|"
    r"seo|meta|share|related|recommend|promo|newsletter|cta|comment",
    re.IGNORECASE,
)


# The names a record gives its standfirst.
_LEAD_KEY = re.compile(
    r"lead|intro|teaser|standfirst|summary|description|dek|abstract|sub_?(?:title|headline)|"
    r"perex|chapo",
    re.IGNORECASE,
)


def _prose_runs(data: object, linked: bool = True) -> list[list[str]]:
    """Runs of prose strings, one per JSON container holding them (iteratively: state
    trees nest deep). In a list of blocks, the blocks of a prose block's kind join the run
    however short ({"type": "paragraph", "text": "Short."}); without ``linked``, an object
    holding an address is another page's record or teaser, and none of its text is read."""
    runs: list[list[str]] = []
    stack: list[object] = [data]
    while stack:
        node = stack.pop()
        values = list(node.values()) if isinstance(node, dict) else node
        if not isinstance(values, list):
            continue
        kinds = {_kind(v) for v in values if isinstance(node, list) and _block_text(v, _is_prose)}
        run: list[str] = []
        for value in values:
            if isinstance(value, str):
                if _is_prose(value):
                    run.append(value)
            elif isinstance(value, dict | list):
                if not linked and _links(value):
                    continue
                # A paragraph block ({"type": "paragraph", "text": "..."}, or its text in
                # spans) in a list of them.
                if isinstance(node, list):
                    text = _block_text(value, _is_prose) or (
                        _block_text(value, _is_text) if _kind(value) in kinds else None
                    )
                    if text is not None:
                        run.append(text)
                stack.append(value)
        if run:
            runs.append(run)
    return runs


def _links(block: object) -> bool:
    return isinstance(block, dict) and any(
        isinstance(v, str) and v.startswith(("http://", "https://", "/")) for v in block.values()
    )


def _block_text(block: object, test: Callable[[str], bool]) -> str | None:
    """The one string of a block that passes ``test``, or its spans' text when it does."""
    if not isinstance(block, dict):
        return None
    texts = [v for v in block.values() if isinstance(v, str) and test(v)]
    if len(texts) == 1:
        return texts[0]
    spans = _spans(block) if not texts else None
    return spans if spans is not None and test(spans) else None


def _kind(block: object) -> tuple[object, ...]:
    """A block's keys and its type's name."""
    if not isinstance(block, dict):
        return ()
    kind = block.get("type") or block.get("__typename")
    return (tuple(block), kind if isinstance(kind, str) else None)


def _is_text(text: str) -> bool:
    return _SENTENCE_END.search(text + " ") is not None


def _is_prose(text: str) -> bool:
    return text_words(text) >= _PROSE_WORDS and (
        _SENTENCE_END.search(text + " ") is not None or _MARKUP.search(text) is not None
    )


def _paragraphs(text: str) -> list[str]:
    if _MARKUP.search(text):
        root = LexborHTMLParser(f"<body>{text}</body>").body
        units = text_units(root) if root is not None else []
        return [u.text for u in units if not u.in_figure]
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]

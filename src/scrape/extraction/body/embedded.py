"""The article's text as a page embeds it in data (JSON-LD, a framework's state) rather
than in its HTML."""

from __future__ import annotations

import json
import re

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


def embedded_text(tree: LexborHTMLParser, article_body: str | None, found_words: int) -> list[str]:
    """The article's text as the page embeds it in data rather than in its HTML.

    JSON-LD's ``articleBody`` first; otherwise, on a page whose HTML holds next to no text
    (``found_words``), the longest run of prose strings that share one parent in a
    framework's state (one HTML string, or the paragraphs of a block list).
    """
    if article_body and text_words(article_body) >= _PROSE_WORDS:
        return _paragraphs(article_body)
    if found_words >= _EMPTY_PAGE_WORDS:
        # Some text in the HTML: state scripts also hold the interface's messages, and
        # those would read as prose.
        return []
    best: list[str] = []
    for script in tree.css(_STATE_SCRIPTS):
        raw = script.text(deep=True)
        if len(raw) > _MAX_STATE_CHARS or len(raw) < 200:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            continue
        for run in _prose_runs(data):
            if sum(map(len, run)) > sum(map(len, best)):
                best = run
    return [p for text in best for p in _paragraphs(text)]


def _prose_runs(data: object) -> list[list[str]]:
    """Runs of prose strings, one per JSON container holding them (iteratively: state
    trees nest deep)."""
    runs: list[list[str]] = []
    stack: list[object] = [data]
    while stack:
        node = stack.pop()
        values = list(node.values()) if isinstance(node, dict) else node
        if not isinstance(values, list):
            continue
        run: list[str] = []
        for value in values:
            if isinstance(value, str):
                if _is_prose(value):
                    run.append(value)
            elif isinstance(value, dict | list):
                # A paragraph block ({"type": "paragraph", "text": "..."}) in a list of them.
                texts = (
                    [v for v in value.values() if isinstance(v, str) and _is_prose(v)]
                    if isinstance(value, dict)
                    else []
                )
                if len(texts) == 1 and isinstance(node, list):
                    run.append(texts[0])
                stack.append(value)
        if run:
            runs.append(run)
    return runs


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

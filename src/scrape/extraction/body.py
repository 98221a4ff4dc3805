"""Main text: trafilatura on the pruned document, then block-level cleaning."""

from __future__ import annotations

import logging
import re
import warnings

import trafilatura
from lxml import etree

from .boilerplate import is_junk_block, normalise, strip_inline_junk
from .dates import TEXT_DATE

log = logging.getLogger(__name__)

_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


def _flat(element: etree._Element) -> str:
    # <lb/> is trafilatura's <br>: without a space the words on both sides would merge.
    for br in element.iter("lb"):
        br.tail = " " + (br.tail or "")
    return " ".join("".join(element.itertext()).split())


def _blocks_from_body(body: etree._Element) -> list[str]:
    blocks: list[str] = []
    for child in body:
        tag = child.tag
        if tag == "list":
            items = [_flat(item) for item in child.iter("item")]
            text = "\n".join(f"- {item}" for item in items if item)
        elif tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = [_flat(cell) for cell in row.iter("cell")]
                rows.append(" | ".join(c for c in cells if c))
            text = "\n".join(r for r in rows if r)
        elif tag == "graphic":
            text = ""
        else:
            text = _flat(child)
        if text:
            blocks.append(text)
        # Loose text after an element (an <h2> followed by bare text and <br>s, no <p>)
        # is the element's tail in trafilatura's tree: it is article text too.
        tail = " ".join((child.tail or "").split())
        if tail:
            blocks.append(tail)
    return blocks


def trafilatura_blocks(html: str, url: str | None, fast: bool) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            fast=fast,
            include_comments=False,
            include_tables=True,
            with_metadata=False,
        )
    if doc is None:
        return []
    body = getattr(doc, "body", None)
    if body is not None and len(body):
        return _blocks_from_body(body)
    text = getattr(doc, "text", None) or ""
    return [line.strip() for line in text.split("\n") if line.strip()]


def clean_blocks(
    blocks: list[str],
    *,
    title: str | None,
    drop_phrases: tuple[str, ...] = (),
    boilerplate: frozenset[str] = frozenset(),
    furniture: frozenset[str] = frozenset(),
) -> list[str]:
    """Drop junk, template and repeated blocks; keep the order of the rest.

    ``furniture`` holds normalised texts of things we know are not body text on this page
    (the headline, the byline, the date line), removed only near the top.
    """
    phrases = [p for p in (normalise(p) for p in drop_phrases) if p]
    title_norm = normalise(title or "")
    seen: set[str] = set()
    kept: list[str] = []
    for raw in blocks:
        text = _WS.sub(" ", strip_inline_junk(raw)).strip()
        lines = [line.strip() for line in text.split("\n")]
        lines = [line for line in lines if line and not is_junk_block(line)]
        if not lines:
            continue
        text = "\n".join(lines)
        norm = normalise(text)
        if not norm or norm in boilerplate:
            continue
        if phrases:
            for phrase in phrases:
                if phrase in norm:
                    text = _remove_phrase(text, phrase)
                    norm = normalise(text)
            if not norm:
                continue
        # Repeated blocks are captions/credits or template echoes: keep the first only.
        if norm in seen:
            continue
        seen.add(norm)
        if not kept and (norm == title_norm or norm in furniture or _is_byline(norm, furniture)):
            continue
        kept.append(text)
    return kept


_BYLINE = re.compile(
    r"^(?:by|posted|written|published|updated|last\s+updated|reviewed|from)\b|"
    r"\b\d+\s+min(?:ute)?s?\s+read\b"
)


def _is_byline(norm: str, names: frozenset[str]) -> bool:
    """A short line above the text naming the author or the date: header debris."""
    if len(norm) > 120:
        return False
    if _BYLINE.search(norm) or TEXT_DATE.search(norm):
        return True
    return any(name and name in norm for name in names)


def _remove_phrase(text: str, phrase: str) -> str:
    pattern = re.compile(r"\s+".join(re.escape(w) for w in phrase.split()), re.IGNORECASE)
    text = pattern.sub("", text)
    return text if re.search(r"\w", text) else ""

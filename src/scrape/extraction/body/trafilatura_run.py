"""trafilatura's run on the pruned page, and the tree it answers with flattened into
text blocks."""

from __future__ import annotations

import warnings
from copy import copy

import trafilatura
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

from .. import readability_gate, xpath_guard


def _flat(element: etree._Element) -> str:
    # <lb/> is trafilatura's <br>: without a space the words on both sides would merge.
    for br in element.iter("lb"):
        br.tail = " " + (br.tail or "")
    return " ".join("".join(element.itertext()).split())


# What trafilatura's tree writes the text's blocks as.
_TEXT_BLOCKS = frozenset({"p", "head", "list", "table", "quote", "code", "graphic"})
# Containers its fallback extractors leave around those blocks.
_CONTAINERS = frozenset({"div", "section", "article", "main"})


def _holds_blocks(element: etree._Element) -> bool:
    return any(child.tag in _TEXT_BLOCKS or child.tag in _CONTAINERS for child in element)


# A layout table's text cell holds this share of the table's text, in blocks.
_GRID_SHARE = 0.6
_GRID_BLOCKS = 3


def _text_cell(table: etree._Element) -> etree._Element | None:
    """The cell of a layout table that holds the text: most of the table's text, in
    paragraphs and headings of its own. A data table spreads its text over its cells, a
    value or two to each."""
    cells = list(table.iter("cell"))
    sizes = [len("".join(cell.itertext())) for cell in cells]
    if not cells or not sum(sizes):
        return None
    size, cell = max(zip(sizes, cells, strict=True), key=lambda pair: pair[0])
    blocks = sum(child.tag in _TEXT_BLOCKS for child in cell)
    return cell if size >= _GRID_SHARE * sum(sizes) and blocks >= _GRID_BLOCKS else None


def _blocks_from_body(body: etree._Element) -> list[str]:
    blocks: list[str] = []
    for child in body:
        tag = child.tag
        if tag in _CONTAINERS and _holds_blocks(child):
            # A wrapper kept by the fallback extractors (a CMS that sets its paragraphs
            # apart with <br>s only): flattened whole, its paragraphs would run together.
            lead = " ".join((child.text or "").split())
            if lead:
                blocks.append(lead)
            blocks.extend(_blocks_from_body(child))
            text = ""
        elif tag == "list":
            items = [_flat(item) for item in child.iter("item")]
            text = "\n".join(f"- {item}" for item in items if item)
        elif tag == "table" and (grid := _text_cell(child)) is not None:
            # A layout table (an older site's page grid): the cell holding the text's
            # paragraphs, which flattened would run together, gives them one by one.
            for cell in child.iter("cell"):
                if cell is grid:
                    blocks.extend(_blocks_from_body(cell))
                elif flat := _flat(cell):
                    blocks.append(flat)
            text = ""
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


def trafilatura_options(url: str | None, fast: bool) -> Extractor:
    """The options :func:`trafilatura_blocks` runs trafilatura with, as ``bare_extraction``
    would build them from its arguments; built once for each ``fast`` and copied for each
    page (reading trafilatura's settings costs a page as much as its tree's copy)."""
    options = copy(_OPTIONS[fast])
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


# Its tree is all that is read: a text output format spares the plain-text rendering that
# the "python" format adds.
_OPTIONS = {
    fast: Extractor(
        output_format="txt", fast=fast, comments=False, tables=True, with_metadata=False
    )
    for fast in (False, True)
}


def trafilatura_blocks(html: str, url: str | None, fast: bool) -> list[str]:
    """trafilatura's text blocks of ``html``."""
    with warnings.catch_warnings(), readability_gate.gated(), xpath_guard.gated():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, options=trafilatura_options(url, fast))
    if doc is None:
        return []
    body = getattr(doc, "body", None)
    if body is None:
        return []
    if len(body):
        return _blocks_from_body(body)
    text = xmltotxt(body, include_formatting=False)
    return [line.strip() for line in text.split("\n") if line.strip()]

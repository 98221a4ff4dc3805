"""Summaries a machine wrote of the article ("Quick Reads", "KI-Zusammenfassung"), set
over or among its paragraphs: the page says so in a line of its own ("Summary is
AI-generated, newsroom-reviewed."), and the box holding that line is not the article's
text, whatever its class."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..dom import ancestors, text_of
from .common import box_around, outermost_of

# The machine, as the line names it ("AI", "KI", "l'IA", "künstliche Intelligenz",
# "inteligencia artificial"), searched as plain text: a page's text is long, and most
# pages name no machine.
_MACHINE_MARKS = ("AI", "KI", "IA", "ntelligen", "nteligen")
# ... the summary, near it ...
_SUMMARY_WORDS = (
    "summar",
    "zusammenfass",
    "résumé",
    "resumen",
    "resumo",
    "riassunt",
    "samenvatting",
    "sammanfattning",
    "sammendrag",
    "podsumowan",
    "shrnutí",
    "rezumat",
)
# ... and how it was made ("generated", "erstellt"), where a product's list of features
# names what its AI does ("AskAI summaries in notes").
_MADE = re.compile(
    r"generat|generiert|erstellt|geschrieben|verfasst|created|produced|written|généré|rédigé|"
    r"generad|elaborad|gerad|gegenereerd|gemaakt|genererad|generert|wygenerowan|vygenerovan"
)
# How near the three stand: within a line.
_REACH = 70
# The disclaimer is a line, not a sentence of an article about such tools.
_LINE_WORDS = 20
# A summary is a few points; its box holds them under a label and the line.
_BOX_CHARS = 1200
_LINES = "p, div, span, small, em, i, strong, b, h2, h3, h4, h5, h6, figcaption, header"


def machine_summaries(body: LexborNode) -> list[LexborNode]:
    """The boxes (:func:`box_around` the line) holding a line that says the box's summary
    was machine-written. A line with nothing beside it in its box is left alone: a
    sentence of the text about such summaries reads the same."""
    if not _says_machine_summary(body.text(deep=True)):
        return []
    found: dict[int, LexborNode] = {}
    for line in body.css(_LINES):
        text = text_of(line)
        if (
            len(text.split()) > _LINE_WORDS
            or not _says_machine_summary(text)
            # A list's points are the summary's, or a product's features.
            or any(a.tag == "li" for a in ancestors(line))
        ):
            continue
        box = box_around(line, _BOX_CHARS)
        if box is not None and len(text_of(box)) > len(text):
            found[box.mem_id] = box
    return outermost_of(list(found.values()))


def _says_machine_summary(text: str) -> bool:
    """Whether ``text`` names a machine, a summary and its making within a line's reach."""
    for mark in _MACHINE_MARKS:
        at = text.find(mark)
        while at >= 0:
            near = text[max(0, at - _REACH) : at + _REACH].lower()
            if any(word in near for word in _SUMMARY_WORDS) and _MADE.search(near):
                return True
            at = text.find(mark, at + 1)
    return False

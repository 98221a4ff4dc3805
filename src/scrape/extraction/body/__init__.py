"""The article's main text, from the pruned page, in pipeline order:

- ``main_text``: the article's text blocks (:func:`main_text_blocks`), from
  ``trafilatura_run`` (trafilatura on the pruned page, its answer's tree flattened into
  text blocks) and ``recovery`` (the article text trafilatura skipped, put back in its
  place by way of ``placing``: which block returned each of the page's text units, and
  which blocks another copy of the page holds, for the retry on the untouched page);
- ``cleaning``: the blocks cleaned (:func:`clean_blocks`) of furniture lines, template and
  repeated blocks, the ``header``'s lines above the text (date lines, bylines, reading
  times) and the ``prompts`` closing it (newsletter, follow and donation prompts, author
  boxes, menus);
- ``embedded``: the text a page carries as data rather than in its HTML
  (:func:`embedded_text`);

with what several of them read in ``common``. A name without a leading underscore is shared
between the package's modules; outside it, only the six below are the body's.
"""

from __future__ import annotations

from .cleaning import clean_blocks
from .embedded import embedded_text, has_state
from .main_text import main_text_blocks
from .placing import blocks_within
from .recovery import recover_skipped
from .trafilatura_run import trafilatura_blocks

__all__ = [
    "blocks_within",
    "clean_blocks",
    "embedded_text",
    "has_state",
    "main_text_blocks",
    "recover_skipped",
    "trafilatura_blocks",
]

"""The article's main text, from the pruned page, in pipeline order:

- ``trafilatura_run``: trafilatura on the pruned page, its answer's tree flattened into
  text blocks (:func:`trafilatura_blocks`);
- ``recovery``: the article text trafilatura skipped, put back in its place
  (:func:`recover_skipped`), by way of ``placing``: which block returned each of the page's
  text units, and which blocks another copy of the page holds (:func:`blocks_within`, for
  the retry on the untouched page);
- ``cleaning``: the blocks cleaned (:func:`clean_blocks`) of furniture lines, template and
  repeated blocks, the ``header``'s lines above the text (date lines, bylines, reading
  times) and the ``prompts`` closing it (newsletter, follow and donation prompts, author
  boxes, menus);
- ``embedded``: the text a page carries as data rather than in its HTML
  (:func:`embedded_text`);

with what several of them read in ``common``. A name without a leading underscore is shared
between the package's modules; outside it, only the five below are the body's.
"""

from __future__ import annotations

from .cleaning import clean_blocks
from .embedded import embedded_text
from .placing import blocks_within
from .recovery import recover_skipped
from .trafilatura_run import trafilatura_blocks

__all__ = [
    "blocks_within",
    "clean_blocks",
    "embedded_text",
    "recover_skipped",
    "trafilatura_blocks",
]

"""The article's main text."""

from __future__ import annotations

from .cleaning import (
    blocks_within,
    clean_blocks,
    embedded_text,
    recover_skipped,
    trafilatura_blocks,
)

__all__ = [
    "blocks_within",
    "clean_blocks",
    "embedded_text",
    "recover_skipped",
    "trafilatura_blocks",
]

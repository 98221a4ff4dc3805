"""Extraction stage: raw HTML -> :class:`Article`.

(The extraction helper replaces the body of this module; the dataclass below is the
contract the rest of the pipeline relies on.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ExtractionHints:
    """Per-source knowledge handed to the extractor (from ``sources.yaml`` and the crawl)."""

    drop_selectors: tuple[str, ...] = ()
    drop_phrases: tuple[str, ...] = ()
    # Text blocks learned to repeat across many pages of the same site (templates).
    boilerplate_blocks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Article:
    url: str | None
    canonical_url: str | None
    title: str | None
    published: datetime | None
    modified: datetime | None
    authors: tuple[str, ...]
    body: str
    language: str | None
    description: str | None
    site_name: str | None
    image: str | None
    tags: tuple[str, ...]
    is_article: bool = True
    page_type: str = "article"

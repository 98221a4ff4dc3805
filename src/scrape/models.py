"""The records passed between the stages of the pipeline, and nothing else.

    discover -> Link -> fetch -> FetchedPage -> extract -> Article -> store

Plain frozen dataclasses: importing them loads no HTTP client, parser or database, so any
stage (and any reader of the corpus) can hold them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from .charset import decode_html


@dataclass(frozen=True)
class Validators:
    """What a server said identifies its version of a URL, sent back to ask "changed?"."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in found.items() if value}

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP exchange, as the later stages need it."""

    url: str
    final_url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    elapsed: float = 0.0

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def not_modified(self) -> bool:
        """The server confirmed our stored copy (304): nothing was downloaded."""
        return self.status == 304

    @property
    def validators(self) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"))

    @property
    def text(self) -> str:
        return decode_html(self.content, self.content_type)


@dataclass(frozen=True)
class Link:
    """A candidate article URL and what the listing said of its date."""

    url: str
    published: datetime | None = None


@dataclass(frozen=True)
class ExtractionHints:
    """Per-source knowledge handed to the extractor (from ``sources.yaml`` and the crawl)."""

    drop_selectors: tuple[str, ...] = ()
    drop_phrases: tuple[str, ...] = ()
    # Text blocks learned to repeat across many pages of the same site (templates).
    template_blocks: frozenset[str] = frozenset()


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


def article_day(published: datetime | None, fetched_at: datetime) -> date:
    """The day an article belongs to: its publication date as printed (in the publisher's
    time zone), else the day it was fetched. ``--since``/``--until`` select on it."""
    return (published or fetched_at).date()


@dataclass(frozen=True)
class TextDigest:
    """What the store keys a body by: its exact-duplicate hash and its word count
    (dedup.text_digest)."""

    content_hash: str
    word_count: int


@dataclass(frozen=True)
class Extracted:
    article: Article
    blocks: frozenset[str]  # the page's text blocks, from which the crawl learns templates
    band_keys: tuple[int, ...]  # near-duplicate signature of the body (dedup.signature)
    # The body's digest, worked out with its signature off the event loop (an article's).
    digest: TextDigest | None = None

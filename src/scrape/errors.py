"""The exceptions ``scrape`` raises, all under one root::

ScrapeError
├── ConfigError          the sources file is invalid (names source, field and line)
├── FetchError           a request failed for good (after the retry policy gave up)
│   ├── TransientError   a connection error, timeout or 408/429/5xx: retried, then given up
│   ├── UnsafeURLError   the URL or a redirect hop points at a private/loopback address
│   ├── DisallowedError  robots.txt disallows the URL (it was never requested)
│   ├── TooLargeError    the body (or its decompressed form) exceeds the size limit
│   ├── BlockedError     a bot challenge, 403 wall or consent interstitial
│   ├── ContentTypeError not of a type the request wants (a page: HTML)
│   └── DiscoveryError   a feed or sitemap is malformed, unsafe or too large to read
├── ExtractError         a document could not be extracted (unusable input, a worker died)
│   └── UnextractableError  refused for what it is: the same page would be again, never retried
│       ├── ExtractTimeoutError   "extraction timeout": longer than ``extract_timeout``
│       └── ExtractTooLargeError  "too large to extract": more than ``extract_memory``
├── StoreError           the database refused a write or is held by another crawl
│   └── DatabaseLocked   another crawl holds the database's writer lock
├── SearchError          a bad full-text query, a missing index, or the time limit
└── OutputError          an output (an export, a report) cannot be written where asked
"""

from __future__ import annotations

from pathlib import Path


class ScrapeError(Exception):
    """Root of every error raised on purpose by this package."""


class ConfigError(ScrapeError):
    """The sources file is invalid."""


class FetchError(ScrapeError):
    """A fetch failed for good."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None):
        super().__init__(message)
        self.url = url
        self.status = status


class TransientError(FetchError):
    """A failure worth retrying; raised to the caller once the retry policy gave up."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after  # seconds the server asked us to wait, if it did


class DisallowedError(FetchError):
    """robots.txt disallows the URL for our user agent."""


class UnsafeURLError(FetchError):
    """The URL, or a redirect hop, resolves to an address the policy forbids."""


class TooLargeError(FetchError):
    """The response is larger than the configured limit."""


class BlockedError(FetchError):
    """The site answered with a bot challenge, a 403 wall or a consent interstitial."""


class ContentTypeError(FetchError):
    """The response is not HTML or XML."""


class DiscoveryError(FetchError):
    """A feed or sitemap could not be read (malformed, unsafe or too large)."""


class ExtractError(ScrapeError):
    """A document could not be extracted."""


class UnextractableError(ExtractError):
    """The document is refused for what it is (nesting too deep, too large to extract):
    the same page would be refused again, so no later crawl asks for it."""


class ExtractTimeoutError(UnextractableError):
    """A page's extraction ran longer than the ``extract_timeout`` setting."""


class ExtractTooLargeError(UnextractableError):
    """A page's extraction needed more memory than the ``extract_memory`` setting."""


class StoreError(ScrapeError):
    """The database could not be written."""


class OutputError(ScrapeError):
    """An output file cannot be written where it was asked for."""


class DatabaseLocked(StoreError):
    """Another process is crawling into the same database."""

    def __init__(self, lock_path: Path, holder: str) -> None:
        super().__init__(
            f"another crawl ({holder}) is writing to this database; "
            f"it holds {lock_path}. Use --wait to queue behind it."
        )
        self.lock_path = lock_path
        self.holder = holder


class SearchError(ScrapeError):
    """A search could not run: a bad query, a missing index, or the time limit."""

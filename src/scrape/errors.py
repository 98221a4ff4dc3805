"""The exceptions ``scrape`` raises, all under one root::

ScrapeError
├── ConfigError          the sources file is invalid (names source, field and line)
├── FetchError           a request failed for good (after the retry policy gave up)
│   ├── TransientError   a connection error, timeout or 408/429/5xx: retried, then given up
│   ├── UnsafeURLError   the URL or a redirect hop points at a private/loopback address
│   ├── DisallowedError  robots.txt disallows the URL (it was never requested)
│   ├── TooLargeError    the body (or its decompressed form) exceeds the size limit
│   ├── BlockedError     a bot challenge, 403 wall or consent interstitial
│   └── ContentTypeError not HTML/XML
├── ExtractError         a document could not be extracted (deadline, unusable input)
│   └── UnextractableError the document is refused for what it is (too deep): never retried
└── StoreError           the database refused a write or is held by another crawl
"""

from __future__ import annotations


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


class ExtractError(ScrapeError):
    """A document could not be extracted."""


class UnextractableError(ExtractError):
    """The document is refused for what it is (nesting too deep, too large to extract):
    the same page would be refused again, so no later crawl asks for it."""


class StoreError(ScrapeError):
    """The database could not be written."""

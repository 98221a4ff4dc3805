"""Raw page archive: the fetched bytes, compressed, so pages can be re-extracted offline.

Pages are kept in the ``pages`` table (one zstd frame per page, with the response headers
as JSON) when ``settings.keep_raw_html`` is on. zstd at level 10 shrinks news HTML about
eight-fold and decompresses at several hundred MB/s, which is what re-extraction needs.
"""

from __future__ import annotations

import zstandard

from ..errors import StoreError

ENCODING = "zstd"
_LEVEL = 10


def compress(content: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=_LEVEL).compress(content)


def decompress(blob: bytes, encoding: str) -> bytes:
    """The original bytes of an archived page."""
    if encoding != ENCODING:
        raise StoreError(f"archived page has an unknown encoding {encoding!r}")
    try:
        return zstandard.ZstdDecompressor().decompress(blob)
    except zstandard.ZstdError as exc:
        raise StoreError(f"archived page is corrupt: {exc}") from None

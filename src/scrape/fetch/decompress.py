"""Content-Encoding decoding with an output cap: a compression bomb costs at most the cap.

httpx decompresses without any output limit (a brotli body of a few hundred bytes can
come back as one chunk of hundreds of megabytes), so the fetcher reads the raw bytes and
decodes them here. Every codec is
driven with an explicit output limit; a body that would decode past it raises
:class:`TooLargeError` after at most ``limit + 1`` bytes were produced.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import brotli
import zstandard

from ..errors import FetchError, TooLargeError

_CHUNK = 1 << 16


def decode_content(raw: bytes, content_encoding: str, limit: int) -> bytes:
    """Undo ``Content-Encoding`` (a comma list, applied in order) within ``limit`` bytes."""
    data = raw
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    for coding in reversed(codings):  # the last one listed was applied last
        decoder = _DECODERS.get(coding)
        if decoder is None:
            raise FetchError(f"unsupported Content-Encoding: {coding}")
        data = decoder(data, limit)
    return data


def _too_large(limit: int) -> TooLargeError:
    return TooLargeError(f"body decompresses to more than {limit} bytes")


def _identity(data: bytes, limit: int) -> bytes:
    if len(data) > limit:
        raise _too_large(limit)
    return data


def _zlib(data: bytes, limit: int, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, limit + 1)
        while len(out) <= limit and inflater.eof and inflater.unused_data[:2] == b"\x1f\x8b":
            rest = inflater.unused_data  # a further gzip member
            inflater = zlib.decompressobj(wbits)
            out += inflater.decompress(rest, limit + 1 - len(out))
    except zlib.error as exc:
        raise FetchError(f"corrupt compressed body: {exc}") from None
    if len(out) > limit:
        raise _too_large(limit)
    if not inflater.eof:
        raise FetchError("truncated compressed body (the stream ends before its end marker)")
    return out


def _gzip(data: bytes, limit: int) -> bytes:
    return _zlib(data, limit, wbits=zlib.MAX_WBITS | 32)  # gzip or zlib header, detected


def _deflate(data: bytes, limit: int) -> bytes:
    # "deflate" means zlib-wrapped by the spec, but some servers send a raw deflate stream.
    wrapped = len(data) >= 2 and (data[0] * 256 + data[1]) % 31 == 0 and data[0] & 0x0F == 8
    return _zlib(data, limit, wbits=zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)


def _brotli(data: bytes, limit: int) -> bytes:
    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(data, output_buffer_limit=limit + 1)
        while len(out) <= limit and not decompressor.can_accept_more_data():
            out += decompressor.process(b"", output_buffer_limit=limit + 1 - len(out))
    except brotli.error as exc:
        raise FetchError(f"corrupt brotli body: {exc}") from None
    if len(out) > limit:
        raise _too_large(limit)
    if not decompressor.is_finished():
        raise FetchError("truncated brotli body")
    return out


def _zstd(data: bytes, limit: int) -> bytes:
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
    parts: list[bytes] = []
    size = 0
    try:
        while size <= limit and (chunk := reader.read(_CHUNK)):
            parts.append(chunk)
            size += len(chunk)
    except zstandard.ZstdError as exc:
        raise FetchError(f"corrupt zstd body: {exc}") from None
    if size > limit:
        raise _too_large(limit)
    if data and not parts:
        raise FetchError("truncated or empty zstd body")
    return b"".join(parts)


_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "identity": _identity,
    "gzip": _gzip,
    "x-gzip": _gzip,
    "deflate": _deflate,
    "br": _brotli,
    "zstd": _zstd,
}
# What we ask for: every codec above can be capped; zstd is decoded if sent, not requested,
# because its stream reader cannot tell a truncated body from a short one.
ACCEPT_ENCODING = "gzip, deflate, br"

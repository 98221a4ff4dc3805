"""httpcore's network streams on asyncio's own transports, with no anyio in between.

Under asyncio httpcore's default backend is anyio's, and every read and write of every
response pays for anyio's machinery: a cancel scope with its timer, an exception-mapping
context manager, a resource guard, a checkpoint (a turn of the loop) even when the data
is already there, and the socket's reading switched on and off around each wait.
:class:`AsyncioStream` gives httpcore the same answers from a small
:class:`asyncio.Protocol`: the data, ``b""`` once the peer has finished, and the same
httpcore exceptions for the same failures (``ReadTimeout``, ``ReadError``,
``WriteTimeout``, ``WriteError``; ``ConnectTimeout`` and ``ConnectError`` when opening
a connection or its TLS).

* The transport reads whenever data comes, up to :data:`HIGH_WATER` bytes waiting for
  the reader; then it stops until the reader has taken the buffer down to
  :data:`LOW_WATER`. A read of buffered data returns at once; only a read that has to
  wait sets a timer.
* A write is done once the transport has handed every byte on (to the kernel, or under
  TLS to the TCP transport), as with anyio; it waits, with its timeout, only when they
  cannot all go.
* ``get_extra_info("is_readable")``, which httpcore asks of every idle pooled HTTP/1.1
  connection before each request to drop those the server closed, answers from what the
  protocol has already seen (data, the end, a lost connection) and otherwise polls the
  socket as httpcore does, so a hang-up the loop has not read yet still counts.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any, cast

import httpcore

# How much may wait unread in a connection before its socket is left alone: four of
# httpcore's reads (64 KiB each).
HIGH_WATER = 256 * 1024
LOW_WATER = 64 * 1024
# asyncio insists on a handshake limit of its own, and reports reaching it as a
# ConnectionAbortedError; the connect timeout is applied around the handshake instead,
# so that running out of it is a ConnectTimeout as with anyio.
NO_HANDSHAKE_LIMIT = 24 * 3600.0


def socket_is_readable(sock: socket.socket) -> bool:
    """Whether a ``recv()`` would return at once: data, or the ``b""`` of a closed peer.

    The check httpcore makes (``httpcore._utils.is_socket_readable``, which is private, so
    its few lines are repeated here): poll without reading, and count a socket that has no
    descriptor any more as readable, since its next read can only end the connection.
    """
    fd = sock.fileno()
    if fd < 0:
        return True
    if not hasattr(select, "poll"):  # Windows, or eventlet's patched select
        readable, _, _ = select.select([fd], [], [], 0)
        return bool(readable)
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


def _wake(waiter: asyncio.Future[bool] | None, woken: bool = True) -> None:
    """Resolve ``waiter``: True when the protocol woke it, False when its time ran out."""
    if waiter is not None and not waiter.done():
        waiter.set_result(woken)


async def _woken(waiter: asyncio.Future[bool], timeout: float | None) -> bool:
    """Whether the protocol woke ``waiter`` within ``timeout`` seconds."""
    if timeout is None:
        return await waiter
    timer = asyncio.get_running_loop().call_later(timeout, _wake, waiter, False)
    try:
        return await waiter
    finally:
        timer.cancel()


class _Receiver(asyncio.Protocol):
    """What the transport has read and what became of the connection; wakes the stream's
    one waiting read and one waiting write."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.reading_paused = False
        self.writing_paused = False
        self.at_eof = False
        self.lost = False
        self.error: Exception | None = None
        self.tls = False
        self.reader: asyncio.Future[bool] | None = None
        self.writer: asyncio.Future[bool] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.transport.set_write_buffer_limits(0)  # paused while any byte is still held

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.buffered += len(data)
        if self.buffered > HIGH_WATER and not self.reading_paused:
            assert self.transport is not None
            self.transport.pause_reading()
            self.reading_paused = True
        _wake(self.reader)

    def eof_received(self) -> bool:
        self.at_eof = True
        _wake(self.reader)
        # Plain TCP stays open for writing, as anyio leaves it; asyncio's TLS closes the
        # connection whatever this says, and logs a warning if it says otherwise.
        return not self.tls

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.error = exc
        _wake(self.reader)
        _wake(self.writer)

    def pause_writing(self) -> None:
        self.writing_paused = True

    def resume_writing(self) -> None:
        self.writing_paused = False
        _wake(self.writer)


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection, plain or TLS, as httpcore reads and writes it."""

    def __init__(self, transport: asyncio.Transport, receiver: _Receiver) -> None:
        self._transport = transport
        self._receiver = receiver
        self._closed = False
        # Under TLS this is still the TCP socket, which is what httpcore's own stream polls.
        self._socket: socket.socket = transport.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        receiver = self._receiver
        if not receiver.chunks:
            if not (receiver.at_eof or receiver.lost or self._closed):
                receiver.reader = asyncio.get_running_loop().create_future()
                try:
                    if not await _woken(receiver.reader, timeout):
                        raise httpcore.ReadTimeout("timed out")
                finally:
                    receiver.reader = None
            if not receiver.chunks:
                return self._end_of_stream()
        chunk = receiver.chunks.popleft()
        if len(chunk) > max_bytes:
            chunk, rest = chunk[:max_bytes], chunk[max_bytes:]
            receiver.chunks.appendleft(rest)
        receiver.buffered -= len(chunk)
        if receiver.reading_paused and receiver.buffered <= LOW_WATER:
            receiver.reading_paused = False
            self._transport.resume_reading()
        return chunk

    def _end_of_stream(self) -> bytes:
        """Nothing buffered and nothing more to come: ``b""`` when the peer finished, an
        error when the connection broke or we closed it."""
        if self._closed:
            raise httpcore.ReadError("the connection is closed")
        if self._receiver.error is not None:
            raise httpcore.ReadError(str(self._receiver.error)) from self._receiver.error
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        receiver = self._receiver
        self._check_writable()
        self._transport.write(buffer)
        if receiver.writing_paused and not receiver.lost:
            receiver.writer = asyncio.get_running_loop().create_future()
            try:
                if not await _woken(receiver.writer, timeout):
                    raise httpcore.WriteTimeout("timed out")
            finally:
                receiver.writer = None
            self._check_writable()

    def _check_writable(self) -> None:
        if self._closed:
            raise httpcore.WriteError("the connection is closed")
        if self._receiver.error is not None:
            raise httpcore.WriteError(str(self._receiver.error)) from self._receiver.error

    def _abort(self) -> None:
        self._closed = True
        self._transport.abort()

    async def aclose(self) -> None:
        # As anyio closes: at once, dropping what is unsent, then a turn of the loop so
        # that the socket is really closed on return.
        self._abort()
        await asyncio.sleep(0)

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        receiver = self._receiver
        receiver.tls = True
        try:
            if receiver.chunks:  # what came before the handshake cannot be a TLS server's
                raise ssl.SSLError("data received before the TLS handshake")
            async with asyncio.timeout(timeout):
                transport = await asyncio.get_running_loop().start_tls(
                    self._transport,
                    receiver,
                    ssl_context,
                    server_hostname=server_hostname,
                    ssl_handshake_timeout=NO_HANDSHAKE_LIMIT,
                )
            if transport is None:  # lost just after the handshake
                raise ConnectionResetError("the connection closed during the TLS handshake")
        except TimeoutError:
            self._abort()
            raise httpcore.ConnectTimeout("timed out") from None
        except OSError as exc:  # ssl.SSLError included
            self._abort()
            raise httpcore.ConnectError(str(exc)) from exc
        except BaseException:
            self._abort()
            raise
        receiver.transport = transport
        # asyncio's TLS layer counts its high-water mark as reached at 0, which would
        # pause every write until the next read: 1 pauses only while bytes are held.
        transport.set_write_buffer_limits(high=1, low=0)
        return AsyncioStream(transport, receiver)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            receiver = self._receiver
            if receiver.chunks or receiver.at_eof or receiver.lost:
                return True
            return socket_is_readable(self._socket)
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._socket
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens :class:`AsyncioStream` TCP connections."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                # asyncio sets TCP_NODELAY on the connections it opens, as anyio does.
                transport, receiver = await asyncio.get_running_loop().create_connection(
                    _Receiver, host, port, local_addr=local
                )
        except TimeoutError:  # ours, or the kernel's ETIMEDOUT: both are anyio's timeout
            raise httpcore.ConnectTimeout("timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        stream = AsyncioStream(cast(asyncio.Transport, transport), receiver)
        try:
            for option in socket_options or ():
                stream.get_extra_info("socket").setsockopt(*option)
        except OSError as exc:
            await stream.aclose()
            raise httpcore.ConnectError(str(exc)) from exc
        return stream

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not dialled")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

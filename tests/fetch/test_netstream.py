"""httpcore's streams on asyncio transports, against real sockets on 127.0.0.1.

Each test opens a listening socket on 127.0.0.1 and plays the server by hand (in a thread
where it must block), so that it can do what servers do to a crawler: answer late or
never, stop reading, hang up mid-body, reset, send more than the crawler reads. What
httpcore must see is what anyio's backend gave it: the bytes in order, ``b""`` at the end,
and its own exceptions for each failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import struct
import threading
from collections.abc import AsyncIterator, Callable, Iterator

import httpcore
import pytest
import trustme

from scrape.fetch.netstream import AsyncioBackend, AsyncioStream

WAIT = 5.0  # the most any step may take before a test fails rather than hangs


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        sock.settimeout(WAIT)
        yield sock


@contextlib.asynccontextmanager
async def connected(listener: socket.socket) -> AsyncIterator[tuple[AsyncioStream, socket.socket]]:
    """A stream to ``listener`` and the server's end of it (blocking, with a timeout)."""
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", listener.getsockname()[1], WAIT)
    assert isinstance(stream, AsyncioStream)
    peer, _ = listener.accept()  # already in the backlog: no wait
    peer.settimeout(WAIT)
    try:
        yield stream, peer
    finally:
        peer.close()
        await stream.aclose()


async def read_all(stream: httpcore.AsyncNetworkStream, max_bytes: int = 65536) -> bytes:
    chunks = []
    while chunk := await stream.read(max_bytes, WAIT):
        chunks.append(chunk)
    return b"".join(chunks)


async def eventually(condition: Callable[[], object]) -> None:
    """Let the loop run until ``condition()`` holds (at most WAIT seconds)."""
    async with asyncio.timeout(WAIT):
        while not condition():
            await asyncio.sleep(0.01)


def reset(peer: socket.socket) -> None:
    """Close with an RST instead of a FIN, as a crashed or impatient server does."""
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    peer.close()


def test_bytes_go_both_ways_in_pieces_no_larger_than_asked_and_the_end_reads_empty(
    listener: socket.socket,
) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, peer):
            await stream.write(b"GET / HTTP/1.1\r\n\r\n", WAIT)
            assert peer.recv(100) == b"GET / HTTP/1.1\r\n\r\n"
            peer.sendall(b"HTTP/1.1 200 OK\r\n\r\nthe body")
            peer.shutdown(socket.SHUT_WR)
            assert await stream.read(4, WAIT) == b"HTTP"
            assert await read_all(stream) == b"/1.1 200 OK\r\n\r\nthe body"
            assert await stream.read(100, WAIT) == b""  # the end stays the end

    asyncio.run(run())


def test_a_reset_mid_body_is_a_read_error_then_a_write_error(listener: socket.socket) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, peer):
            peer.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nthe first")
            assert await stream.read(65536, WAIT) == (
                b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nthe first"
            )
            reset(peer)
            with pytest.raises(httpcore.ReadError):
                await stream.read(65536, WAIT)
            with pytest.raises(httpcore.WriteError):
                await stream.write(b"GET /next HTTP/1.1\r\n\r\n", WAIT)

    asyncio.run(run())


def test_a_silent_server_is_a_read_timeout_and_what_comes_later_is_still_read(
    listener: socket.socket,
) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, peer):
            with pytest.raises(httpcore.ReadTimeout):
                await stream.read(65536, 0.1)
            peer.sendall(b"late")
            assert await stream.read(65536, WAIT) == b"late"

    asyncio.run(run())


def test_a_server_that_reads_nothing_is_a_write_timeout(listener: socket.socket) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, _):
            # Far more than the kernel buffers of both ends hold on loopback.
            with pytest.raises(httpcore.WriteTimeout):
                await stream.write(b"x" * (64 * 1024 * 1024), 0.2)

    asyncio.run(run())


def test_a_closed_port_is_a_connect_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]

    async def run() -> None:
        with pytest.raises(httpcore.ConnectError):
            await AsyncioBackend().connect_tcp("127.0.0.1", port, WAIT)

    asyncio.run(run())


def test_a_server_that_accepts_no_more_is_a_connect_timeout() -> None:
    with socket.socket() as sock, contextlib.ExitStack() as queued:
        sock.bind(("127.0.0.1", 0))
        sock.listen(0)
        for _ in range(3):  # fill the accept queue: further handshakes go unanswered
            client = queued.enter_context(socket.socket())
            client.setblocking(False)
            client.connect_ex(sock.getsockname())

        async def run() -> None:
            with pytest.raises(httpcore.ConnectTimeout):
                await AsyncioBackend().connect_tcp("127.0.0.1", sock.getsockname()[1], 0.3)

        asyncio.run(run())


def test_a_closed_stream_neither_reads_nor_writes(listener: socket.socket) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, _):
            await stream.aclose()
            with pytest.raises(httpcore.ReadError):
                await stream.read(100, WAIT)
            with pytest.raises(httpcore.WriteError):
                await stream.write(b"GET / HTTP/1.1\r\n\r\n", WAIT)

    asyncio.run(run())


def test_a_reader_that_falls_behind_stops_the_server_rather_than_buffering_it_all(
    listener: socket.socket,
) -> None:
    body = bytes(range(256)) * (32 * 1024 * 4)  # 32 MiB, more than the kernels hold
    sent = [0]

    def serve(peer: socket.socket) -> None:
        view = memoryview(body)
        with contextlib.suppress(OSError):
            while sent[0] < len(body):
                sent[0] += peer.send(view[sent[0] : sent[0] + 65536])
        peer.shutdown(socket.SHUT_WR)

    async def run() -> None:
        async with connected(listener) as (stream, peer):
            server = threading.Thread(target=serve, args=(peer,), daemon=True)
            server.start()
            await asyncio.sleep(0.3)  # the loop runs, the reader does not read
            assert sent[0] < len(body)
            assert await read_all(stream) == body
            await asyncio.to_thread(server.join, WAIT)

    asyncio.run(run())


def test_is_readable_tells_an_idle_connection_from_one_with_data_or_a_hang_up(
    listener: socket.socket,
) -> None:
    """What httpcore asks before reusing a pooled connection: readable means the server sent
    something unasked or hung up, so the connection is not reused."""

    async def run() -> list[bool]:
        async with connected(listener) as (stream, peer):
            answers = [stream.get_extra_info("is_readable")]
            peer.sendall(b"stray")
            await eventually(lambda: stream.get_extra_info("is_readable"))
            assert await stream.read(100, WAIT) == b"stray"
            answers.append(stream.get_extra_info("is_readable"))
            peer.close()
            # Before the loop has had a turn to read the hang-up: the socket says so.
            answers.append(stream.get_extra_info("is_readable"))
            await asyncio.sleep(0.05)
            answers.append(stream.get_extra_info("is_readable"))
            await stream.aclose()
            answers.append(stream.get_extra_info("is_readable"))
            return answers

    assert asyncio.run(run()) == [False, False, True, True, True]


def test_the_stream_answers_httpcores_questions_about_the_connection(
    listener: socket.socket,
) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, peer):
            assert stream.get_extra_info("server_addr") == peer.getsockname()
            assert stream.get_extra_info("client_addr") == peer.getpeername()
            assert stream.get_extra_info("socket").fileno() >= 0
            assert stream.get_extra_info("ssl_object") is None
            assert stream.get_extra_info("something else") is None

    asyncio.run(run())


# TLS


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def server_context(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


def client_context(authority: trustme.CA | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if authority is not None:
        authority.configure_trust(context)
    return context


def tls_server(
    listener: socket.socket, context: ssl.SSLContext, talk: Callable[[ssl.SSLSocket], None]
) -> threading.Thread:
    def serve() -> None:
        peer, _ = listener.accept()
        with contextlib.suppress(OSError), context.wrap_socket(peer, server_side=True) as tls:
            talk(tls)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("close_notify", [True, False], ids=["close-notify", "bare-close"])
def test_tls_carries_the_bytes_and_ends_empty_with_or_without_close_notify(
    listener: socket.socket,
    authority: trustme.CA,
    close_notify: bool,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def talk(tls: ssl.SSLSocket) -> None:
        request = b""
        while not request.endswith(b"\r\n\r\n"):  # answered once every write came
            request += tls.recv(100)
        tls.sendall(b"HTTP/1.1 200 OK\r\n\r\n" + request)
        if close_notify:
            tls.unwrap()

    context = server_context(authority)
    context.num_tickets = 0  # nothing comes until the answer: each write stands alone
    server = tls_server(listener, context, talk)

    async def run() -> None:
        port = listener.getsockname()[1]
        plain = await AsyncioBackend().connect_tcp("127.0.0.1", port, WAIT)
        raw = plain.get_extra_info("socket")
        stream = await plain.start_tls(client_context(authority), "127.0.0.1", WAIT)
        try:
            assert stream.get_extra_info("ssl_object").version().startswith("TLS")
            assert stream.get_extra_info("socket") is raw
            for part in (b"GET / HTTP/1.1\r\n", b"Host: 127.0.0.1\r\n", b"\r\n"):
                await stream.write(part, WAIT)
            assert await read_all(stream) == (
                b"HTTP/1.1 200 OK\r\n\r\nGET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            )
        finally:
            await stream.aclose()
        await asyncio.to_thread(server.join, WAIT)

    asyncio.run(run())
    assert [record.message for record in caplog.records if record.name == "asyncio"] == []


def test_a_tls_connection_the_server_hangs_up_is_readable(
    listener: socket.socket, authority: trustme.CA
) -> None:
    context = server_context(authority)
    context.num_tickets = 0  # nothing unasked on the idle connection but the hang-up
    hang_up = threading.Event()
    server = tls_server(listener, context, lambda tls: hang_up.wait(WAIT))

    async def run() -> list[bool]:
        port = listener.getsockname()[1]
        plain = await AsyncioBackend().connect_tcp("127.0.0.1", port, WAIT)
        stream = await plain.start_tls(client_context(authority), "127.0.0.1", WAIT)
        answers = [stream.get_extra_info("is_readable")]
        hang_up.set()
        await asyncio.to_thread(server.join, WAIT)
        await eventually(lambda: stream.get_extra_info("is_readable"))
        answers.append(stream.get_extra_info("is_readable"))
        assert await stream.read(100, WAIT) == b""
        await stream.aclose()
        return answers

    assert asyncio.run(run()) == [False, True]


def test_an_untrusted_certificate_is_a_connect_error(
    listener: socket.socket, authority: trustme.CA
) -> None:
    server = tls_server(listener, server_context(authority), lambda tls: None)

    async def run() -> None:
        plain = await AsyncioBackend().connect_tcp("127.0.0.1", listener.getsockname()[1], WAIT)
        with pytest.raises(httpcore.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await plain.start_tls(client_context(None), "127.0.0.1", WAIT)
        await asyncio.to_thread(server.join, WAIT)

    asyncio.run(run())


def test_a_server_that_never_answers_the_handshake_is_a_connect_timeout(
    listener: socket.socket, authority: trustme.CA
) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, _):
            with pytest.raises(httpcore.ConnectTimeout):
                await stream.start_tls(client_context(authority), "127.0.0.1", 0.2)

    asyncio.run(run())


def test_plain_bytes_before_the_handshake_are_a_connect_error(
    listener: socket.socket, authority: trustme.CA
) -> None:
    async def run() -> None:
        async with connected(listener) as (stream, peer):
            peer.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
            await eventually(lambda: stream.get_extra_info("is_readable"))
            with pytest.raises(httpcore.ConnectError):
                await stream.start_tls(client_context(authority), "127.0.0.1", WAIT)

    asyncio.run(run())

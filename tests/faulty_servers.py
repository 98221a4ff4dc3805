"""HTTP servers on 127.0.0.1 that misbehave on purpose, one behaviour per path.

``FaultyServer({"/flaky": sequence(status(503), status(503), article(1))})`` answers the
n-th request to a path with the n-th behaviour of its route (the last one repeats). Every
request is logged with its arrival time and headers, so a test can assert exactly what
the server saw. A behaviour that sleeps waits on the server's stop event, and the server
shuts itself down after ``lifetime`` seconds whatever happens, so no test can hang on it.
"""

from __future__ import annotations

import contextlib
import gzip
import random
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from sitegen import SHUTDOWN_POLL

from scrape.cli.demo import NEWS_WORDS
from scrape.config import Settings


def fast_settings(**overrides: object) -> Settings:
    """Settings for crawling these servers: no politeness delay, quick retries, extraction
    in the crawl's own thread, 127.0.0.1 allowed; ``overrides`` on top."""
    values: dict[str, object] = {
        "delay": 0,
        "retry_attempts": 3,
        "retry_backoff": 0.01,
        "retry_backoff_max": 0.05,
        "retry_after_cap": 5,
        "extract_workers": 0,
        "allow_private_hosts": ("127.0.0.1",),
    }
    return Settings(**{**values, **overrides})  # type: ignore[arg-type]


def article_html(n: int, *, extra: str = "", charset: str = "utf-8", paragraphs: int = 6) -> str:
    """A plausible news article page, distinct for every ``n``."""
    pick = random.Random(n).choice
    body = []
    for p in range(paragraphs):
        words = " ".join(pick(NEWS_WORDS) for _ in range(40))
        body.append(f"<p>The {words} said on day {n}-{p}.{extra}</p>")
    title = f"Story {n}: the {pick(NEWS_WORDS)} and the {pick(NEWS_WORDS)}"
    return (
        f'<!doctype html><html lang="en"><head><meta charset="{charset}">'
        f"<title>{title} | The Gazette</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2024-05-0'
        f'{n % 9 + 1}T08:00:00Z"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<article><h1>{title}</h1><p class="byline">By Ann Example</p>{"".join(body)}'
        "</article><footer>© The Gazette</footer></body></html>"
    )


@dataclass(frozen=True)
class Seen:
    """One request as the server saw it."""

    path: str
    at: float  # time.monotonic() on arrival
    headers: dict[str, str]


Behaviour = Callable[[BaseHTTPRequestHandler, threading.Event], None]


def respond(
    status: int = 200,
    body: bytes | str = b"",
    headers: dict[str, str] | None = None,
    content_type: str = "text/html; charset=utf-8",
) -> Behaviour:
    payload = body.encode() if isinstance(body, str) else body

    def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(status)
        sent = {"Content-Type": content_type, "Content-Length": str(len(payload))}
        sent.update(headers or {})
        for name, value in sent.items():
            if value:
                handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(payload)

    return behave


def article(n: int, **headers: str) -> Behaviour:
    return respond(200, article_html(n), {k.replace("_", "-"): v for k, v in headers.items()})


def redirect(location: str, status: int = 302) -> Behaviour:
    return respond(status, b"", {"Location": location})


@dataclass(frozen=True)
class Sequence:
    """The n-th request gets the n-th behaviour; the last one repeats."""

    behaviours: tuple[Behaviour, ...]

    def pick(self, n: int) -> Behaviour:
        return self.behaviours[min(n, len(self.behaviours) - 1)]


def sequence(*behaviours: Behaviour) -> Sequence:
    return Sequence(behaviours)


def _html_headers(handler: BaseHTTPRequestHandler, length: str) -> None:
    """A 200 HTML response's status line and headers, declaring ``length`` body bytes."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", length)
    handler.end_headers()


def slow_headers_then_nothing(pause: float) -> Behaviour:
    """Headers promise a body that starts only after ``pause`` seconds."""

    def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        _html_headers(handler, "100000")
        handler.wfile.flush()
        stop.wait(pause)

    return behave


def trickle(body: bytes, interval: float) -> Behaviour:
    """One byte per ``interval``: never slow enough for a read timeout to fire."""

    def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        _html_headers(handler, str(len(body)))
        for byte in body:
            if stop.wait(interval):
                return
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()

    return behave


def reset_mid_body(body: bytes, sent: int) -> Behaviour:
    """Send ``sent`` bytes of a longer body, then reset the connection (TCP RST)."""

    def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        _html_headers(handler, str(len(body)))
        handler.wfile.write(body[:sent])
        handler.wfile.flush()
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
        handler.close_connection = True

    return behave


def chunked(chunks: list[bytes], content_type: str = "text/html") -> Behaviour:
    """A body without Content-Length (chunked transfer encoding)."""

    def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for chunk in chunks:
            handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        handler.wfile.write(b"0\r\n\r\n")

    return behave


def conditional(body: bytes | str, etag: str, content_type: str) -> Behaviour:
    """Honours If-None-Match: 304 when the client already has ``etag``."""

    def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        if handler.headers.get("If-None-Match") == etag:
            respond(304, b"", {"ETag": etag, "Content-Type": "", "Content-Length": ""})(
                handler, stop
            )
        else:
            respond(200, body, {"ETag": etag}, content_type)(handler, stop)

    return behave


def gzipped(body: bytes | str, *, truncate_to: int | None = None) -> Behaviour:
    data = gzip.compress(body.encode() if isinstance(body, str) else body)
    return respond(200, data[:truncate_to], {"Content-Encoding": "gzip"})


Route = Behaviour | Sequence


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a crawler opens many connections at once


@dataclass
class FaultyServer:
    """``with FaultyServer(routes) as server:`` serves ``routes`` on 127.0.0.1."""

    routes: dict[str, Route]
    lifetime: float = 60.0
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self
        self._stop = threading.Event()
        self._lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with server._lock:
                    count = server.hits(path)
                    server.seen.append(Seen(path, time.monotonic(), dict(self.headers)))
                route = server.routes.get(path)
                if route is None:
                    respond(404, "not here")(self, server._stop)
                    return
                behaviour = route.pick(count) if isinstance(route, Sequence) else route
                # The client may give up on us mid-answer, as it should.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    behaviour(self, server._stop)

            def log_message(self, format: str, *args: object) -> None:
                pass  # ``seen`` is the log

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL}, daemon=True
        )
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for s in self.seen if s.path == path)

    def times(self, path: str) -> list[float]:
        return [s.at for s in self.seen if s.path == path]

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()

    def __enter__(self) -> FaultyServer:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        self.stop()
        self._server.server_close()

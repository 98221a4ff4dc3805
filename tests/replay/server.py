"""The replay web's servers: one plain HTTP and one HTTPS server on 127.0.0.1, answering
for every host of ``tests/fixtures/replay/manifest.json`` by its ``Host`` header.

A crawl reaches them through ``settings.connect_to`` (``:443:127.0.0.1:<https port>``),
so it requests the real URLs, checks the real TLS names (certificates from a throwaway
authority, trusted through ``settings.ca_bundle``) and sends the real ``Host`` headers.

They answer as the sites' own servers would:

* any http:// request: 301 to the same URL over https;
* a URL as published: the page. Like most servers they decode percent-escapes in the
  path (``%40`` is ``@``) and ignore tracking parameters, but the query's order matters;
* a slash-less spelling of a slashed URL: 301 to the slashed one (WordPress's redirect);
* anything else, the slashed spelling of a slash-less URL and a reordered query
  included: 404.

Every request is logged (scheme, host, path with query, status). Both servers stop when
the ``with`` block ends, and in any case after ``lifetime`` seconds.
"""

from __future__ import annotations

import contextlib
import json
import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import trustme
from sitegen import SHUTDOWN_POLL

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "replay"
LIFETIME = 180.0
# What ad and analytics tools append to links; sites serve the page whatever they say.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "mc_", "_hs", "hsa_")
TRACKING_NAMES = {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "srsltid", "_ga"}


@dataclass(frozen=True)
class Request:
    scheme: str
    host: str
    target: str  # path and query, as sent
    status: int

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}{self.target}"


def _is_tracking(parameter: str) -> bool:
    name = parameter.split("=", 1)[0].lower()
    return name in TRACKING_NAMES or name.startswith(TRACKING_PREFIXES)


def without_tracking(target: str) -> str:
    """A request target (path and query) without tracking parameters, otherwise as sent."""
    parts = urlsplit(target)
    kept = [p for p in parts.query.split("&") if p and not _is_tracking(p)]
    return parts.path + (f"?{'&'.join(kept)}" if kept else "")


def route_key(host: str, target: str) -> str:
    """What the server routes on: host, decoded path, query without tracking parameters."""
    bare = urlsplit(without_tracking(target))
    return f"{host}{unquote(bare.path)}?{bare.query}"


def _host_and_target(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.path + (f"?{parts.query}" if parts.query else "")


class ReplayWeb:
    def __init__(self, authority: trustme.CA, lifetime: float = LIFETIME) -> None:
        self.manifest: dict[str, Any] = json.loads(
            (FIXTURES / "manifest.json").read_text(encoding="utf-8")
        )
        routes: dict[str, dict[str, str]] = self.manifest["routes"]
        self.routes = {route_key(*_host_and_target(url)): route for url, route in routes.items()}
        self.hosts = {_host_and_target(url)[0] for url in routes}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._plain = self._server("http")
        self._tls = self._server("https")
        certificate = authority.issue_cert(*sorted(self.hosts))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate.configure_cert(context)
        # The handshake happens in the request's thread, never in the accepting loop.
        self._tls.socket = context.wrap_socket(
            self._tls.socket, server_side=True, do_handshake_on_connect=False
        )
        self._threads = [
            threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL}, daemon=True
            )
            for server in (self._plain, self._tls)
        ]
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @property
    def sites(self) -> list[dict[str, Any]]:
        sites: list[dict[str, Any]] = self.manifest["sites"]
        return sites

    @property
    def http_port(self) -> int:
        return int(self._plain.server_address[1])

    @property
    def https_port(self) -> int:
        return int(self._tls.server_address[1])

    def connect_to(self) -> list[str]:
        """``settings.connect_to`` rules sending every host's connections here."""
        return [f":80:127.0.0.1:{self.http_port}", f":443:127.0.0.1:{self.https_port}"]

    def answer(self, scheme: str, host: str, target: str) -> tuple[int, dict[str, str], bytes]:
        """(status, headers, body) for one GET, as the site's server would answer it."""
        if host not in self.hosts:
            return 404, {}, b""
        if scheme == "http":
            return 301, {"Location": f"https://{host}{target}"}, b""
        route = self.routes.get(route_key(host, target))
        if route is not None:
            headers = {"Content-Type": route["type"]}
            if "encoding" in route:
                headers["Content-Encoding"] = route["encoding"]
            return 200, headers, (FIXTURES / route["file"]).read_bytes()
        parts = urlsplit(target)
        slashed = f"{parts.path}/" + (f"?{parts.query}" if parts.query else "")
        if not parts.path.endswith("/") and route_key(host, slashed) in self.routes:
            return 301, {"Location": f"https://{host}{slashed}"}, b""
        return 404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>"

    def _server(self, scheme: str) -> ThreadingHTTPServer:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
                status, headers, body = web.answer(scheme, host, self.path)
                with web._lock:
                    web.requests.append(Request(scheme, host, self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the crawler went away mid-response
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        return server

    def stop(self) -> None:
        for server in (self._plain, self._tls):
            server.shutdown()

    def __enter__(self) -> ReplayWeb:
        for thread in self._threads:
            thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        self.stop()
        for server in (self._plain, self._tls):
            server.server_close()

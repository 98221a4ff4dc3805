"""HTTP/2 where the server offers it: a TLS server on 127.0.0.1 speaking h2 (hypercorn), with
a certificate from a throwaway authority (trustme) that the crawl is told to trust."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from faulty_servers import fast_settings
from hypercorn.asyncio import serve
from hypercorn.config import Config as ServerConfig

from scrape.config import Settings
from scrape.errors import DisallowedError, FetchError
from scrape.fetch.fetcher import Fetcher

PAGE = Path(__file__).parents[1] / "fixtures" / "pages" / "td_newspaper.html"


@dataclass
class H2Site:
    """An ASGI app that serves one article and remembers the HTTP version of each request."""

    port: int = 0
    versions: list[tuple[str, str]] = field(default_factory=list)  # (path, http_version)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.versions.append((scope["path"], scope["http_version"]))
        found = scope["path"] == "/2024/05/story"
        body = PAGE.read_bytes() if found else b"not here"
        await send(
            {
                "type": "http.response.start",
                "status": 200 if found else 404,
                "headers": [(b"content-type", b"text/html; charset=utf-8")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def url(self, path: str) -> str:
        return f"https://127.0.0.1:{self.port}{path}"


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def h2_site(authority: trustme.CA, tmp_path: Path) -> Iterator[H2Site]:
    certificate = authority.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    certificate.cert_chain_pems[0].write_to_path(str(cert_file))
    for pem in certificate.cert_chain_pems[1:]:
        pem.write_to_path(str(cert_file), append=True)
    certificate.private_key_pem.write_to_path(str(key_file))

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()  # connections wait in the backlog until the server is up
    site = H2Site(port=listener.getsockname()[1])
    config = ServerConfig()
    config.bind = [f"fd://{listener.detach()}"]  # the server owns (and closes) it
    config.certfile, config.keyfile = str(cert_file), str(key_file)
    config.alpn_protocols = ["h2", "http/1.1"]
    config.accesslog = config.errorlog = None

    loop = asyncio.new_event_loop()
    stopping = asyncio.Event()
    finished = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(serve(site, config, shutdown_trigger=stopping.wait))  # type: ignore[arg-type]
        finally:
            finished.set()

    threading.Thread(target=run, daemon=True).start()
    try:
        yield site
    finally:
        loop.call_soon_threadsafe(stopping.set)
        assert finished.wait(10), "the HTTP/2 server did not stop"
        loop.close()


def settings(**overrides: Any) -> Settings:
    return fast_settings(**{"retry_attempts": 1, "deadline": 10, **overrides})


async def fetch(site: H2Site, config: Settings, path: str = "/2024/05/story") -> Any:
    async with Fetcher(config) as fetcher:
        return await fetcher.fetch(site.url(path))


def test_a_server_offering_http2_is_fetched_over_http2(
    h2_site: H2Site, authority: trustme.CA, tmp_path: Path
) -> None:
    ca_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))

    page = asyncio.run(fetch(h2_site, settings(ca_bundle=str(ca_file))))

    assert page.status == 200
    assert page.content == PAGE.read_bytes()
    # robots.txt and the article, both over one HTTP/2 connection's streams
    assert h2_site.versions == [("/robots.txt", "2"), ("/2024/05/story", "2")]


def test_an_untrusted_certificate_is_a_clear_failure_and_nothing_is_requested(
    h2_site: H2Site,
) -> None:
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
        asyncio.run(fetch(h2_site, settings(respect_robots=False)))
    # With robots.txt asked for first, the refusal names the cause too.
    cause = r"robots\.txt unreachable .*CERTIFICATE_VERIFY_FAILED"
    with pytest.raises(DisallowedError, match=cause):
        asyncio.run(fetch(h2_site, settings()))
    assert h2_site.versions == []


def test_a_missing_ca_bundle_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such file"):
        settings(ca_bundle=str(tmp_path / "absent.pem"))

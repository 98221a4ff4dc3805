"""The crawler never reaches an address the settings do not allow.

Two servers on 127.0.0.1: one the settings allow (by host and port), one treated as an
internal service. Whatever URL or redirect points at the internal one, in whatever
spelling, it must see zero requests. Names go through a stub resolver, so no test asks
a real DNS server anything, and a guard makes any dial outside 127.0.0.0/8 fail loudly.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from faulty_servers import FaultyServer, article, redirect
from sitegen import SHUTDOWN_POLL

from scrape.config import Settings, parse_config
from scrape.errors import ConfigError, FetchError, UnsafeURLError
from scrape.fetch.fetcher import Fetcher, build_client
from scrape.fetch.netsafety import AddressPolicy, Resolver, is_public
from scrape.fetch.netstream import AsyncioBackend
from scrape.hosts import literal_address
from scrape.models import FetchedPage

BASE = Settings(delay=0, retry_attempts=1, timeout=2, deadline=5)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Belt and braces: whatever the code under test decides, nothing leaves 127.0.0.0/8."""
    connect = AsyncioBackend.connect_tcp

    async def guarded(self: AsyncioBackend, host: str, port: int, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert ipaddress.ip_address(host) in ipaddress.ip_network("127.0.0.0/8"), host
        return await connect(self, host, port, *args, **kwargs)

    monkeypatch.setattr(AsyncioBackend, "connect_tcp", guarded)


@pytest.fixture
def internal() -> Iterator[FaultyServer]:
    with FaultyServer({"/secret": article(1), "/robots.txt": article(2)}, lifetime=30) as server:
        yield server


@pytest.fixture
def allowed(internal: FaultyServer) -> Iterator[FaultyServer]:
    routes = {
        "/page": article(3),
        "/to-internal": redirect(internal.url("/secret")),
        "/to-file": redirect("file:///etc/passwd"),
        "/to-numeric": redirect(f"http://2130706433:{internal.port}/secret"),
    }
    with FaultyServer(routes, lifetime=30) as server:  # type: ignore[arg-type]
        yield server


def fetch(settings: Settings, url: str, resolver: Resolver | None = None) -> FetchedPage:
    async def run() -> FetchedPage:
        async with Fetcher(settings, resolver=resolver) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(run())


def allowing(server: FaultyServer) -> Settings:
    return BASE.model_copy(update={"allow_private_hosts": (f"127.0.0.1:{server.port}",)})


def test_loopback_is_refused_by_default(internal: FaultyServer) -> None:
    with pytest.raises(UnsafeURLError, match="non-public address"):
        fetch(BASE, internal.url("/secret"))
    assert internal.seen == []


def test_the_allowed_host_and_port_is_fetched(
    allowed: FaultyServer, internal: FaultyServer
) -> None:
    page = fetch(allowing(allowed), allowed.url("/page"))
    assert page.status == 200
    assert allowed.hits("/page") == 1
    assert internal.seen == []


@pytest.mark.parametrize("path", ["/to-internal", "/to-numeric"])
def test_a_redirect_to_an_internal_address_is_refused_before_it_is_sent(
    allowed: FaultyServer, internal: FaultyServer, path: str
) -> None:
    with pytest.raises(UnsafeURLError):
        fetch(allowing(allowed), allowed.url(path))
    assert allowed.hits(path) == 1
    assert internal.seen == []


def test_a_redirect_to_another_scheme_is_refused(allowed: FaultyServer) -> None:
    with pytest.raises(UnsafeURLError, match="non-http"):
        fetch(allowing(allowed), allowed.url("/to-file"))


@pytest.mark.parametrize(
    "host", ["2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::ffff:127.0.0.1]", "127.0.0.2"]
)
def test_numeric_spellings_of_loopback_are_recognised(
    allowed: FaultyServer, internal: FaultyServer, host: str
) -> None:
    with pytest.raises(FetchError):
        fetch(allowing(allowed), f"http://{host}:{internal.port}/secret")
    assert internal.seen == []


def test_a_name_that_resolves_to_loopback_is_refused(internal: FaultyServer) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    with pytest.raises(UnsafeURLError, match=r"intranet\.test"):
        fetch(BASE, f"http://intranet.test:{internal.port}/secret", resolver)
    assert internal.seen == []


def test_a_name_the_settings_allow_is_fetched(internal: FaultyServer) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    settings = BASE.model_copy(update={"allow_private_hosts": ("fixtures.test",)})
    page = fetch(settings, f"http://fixtures.test:{internal.port}/secret", resolver)
    assert page.status == 200
    assert internal.hits("/secret") == 1


def test_dns_rebinding_is_caught_at_connect_time(internal: FaultyServer) -> None:
    """The name passes the check with a public answer, then answers 127.0.0.1 when dialled."""
    answers = [["93.184.216.34"], ["127.0.0.1"]]
    asked: list[str] = []

    async def rebinding(host: str, port: int) -> list[str]:
        asked.append(host)
        return answers[min(len(asked), len(answers)) - 1]

    with pytest.raises(UnsafeURLError, match="non-public address"):
        fetch(BASE, f"http://rebind.test:{internal.port}/secret", rebinding)
    assert asked == ["rebind.test", "rebind.test"]  # checked, then dialled: two answers
    assert internal.seen == []


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("[::ffff:127.0.0.1]", "127.0.0.1"),
        ("[::1]", "::1"),
        ("169.254.169.254", "169.254.169.254"),
        ("news.example", None),
        ("deadbeef", None),
    ],
)
def test_literal_addresses_in_every_spelling(host: str, address: str | None) -> None:
    found = literal_address(host)
    assert (str(found) if found else None) == address


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700::1111", True),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("169.254.169.254", False),  # cloud metadata
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("2002:7f00:1::", False),  # 6to4 wrapping 127.0.0.1
    ],
)
def test_only_globally_routable_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


def test_allow_entries_match_host_and_optional_port() -> None:
    policy = AddressPolicy(
        ["127.0.0.1:8080", "Intranet.Example", "0x7f000002", "::1", "[fd00::1]:81"]
    )
    assert policy.allows_private("127.0.0.1", 8080)
    assert not policy.allows_private("127.0.0.1", 8081)
    assert policy.allows_private("intranet.example", 443)
    assert policy.allows_private("127.0.0.2", 80)  # spelled differently, same address
    assert policy.allows_private("[::1]", 80)
    assert policy.allows_private("fd00::1", 81)
    assert not policy.allows_private("fd00::1", 80)


def test_connect_to_rules_send_a_host_elsewhere_as_curl_does() -> None:
    policy = AddressPolicy(
        connect_to=[
            "www.example.com:443:127.0.0.1:8443",
            "Example.org::[::1]:",  # any port of example.org, to ::1 on the same port
            ":80::8080",  # any other host's port 80, to the same host on port 8080
        ]
    )
    assert policy.destination("WWW.EXAMPLE.COM", 443) == ("127.0.0.1", 8443)
    assert policy.destination("www.example.com", 80) == ("www.example.com", 8080)
    assert policy.destination("example.org", 8000) == ("::1", 8000)
    assert policy.destination("example.net", 443) == ("example.net", 443)


async def _never_resolved(host: str, port: int) -> list[str]:
    raise AssertionError(f"{host} was resolved although connect_to gives its address")


def test_a_connect_to_target_is_checked_against_the_url_host() -> None:
    rule = ["news.example:443:127.0.0.1:8443"]
    refused = AddressPolicy(connect_to=rule, resolver=_never_resolved)
    with pytest.raises(UnsafeURLError, match=r"news\.example resolves to a non-public address"):
        asyncio.run(refused.check_url("https://news.example/story/"))
    # Naming the target address is not enough: the allow-list speaks of the URL's host.
    by_address = AddressPolicy(["127.0.0.1"], _never_resolved, rule)
    with pytest.raises(UnsafeURLError):
        asyncio.run(by_address.check_url("https://news.example/story/"))
    allowed = AddressPolicy(["news.example"], _never_resolved, rule)
    asyncio.run(allowed.check_url("https://news.example/story/"))


@pytest.mark.parametrize("entry", ["www.example.com:443", "a:b:c:d", "host:443:127.0.0.1:x"])
def test_a_malformed_connect_to_rule_is_a_config_error(entry: str) -> None:
    text = f"settings:\n  connect_to: ['{entry}']\nsources: []\n"
    with pytest.raises(ConfigError, match=r"x\.yaml:2: settings\.connect_to: not HOST1:PORT1"):
        parse_config(text, origin="x.yaml")


# Pooled connections: reused while open, dropped once the server closed them.


class _KeepAliveHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep the connection open after a response
    server: KeepAliveServer

    def do_GET(self) -> None:
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.requests += 1
        # Hang up without a "Connection: close": the client pools the connection.
        self.close_connection = self.server.close_after_first

    def log_message(self, format: str, *args: object) -> None:
        pass


class KeepAliveServer(ThreadingHTTPServer):
    """HTTP/1.1 on 127.0.0.1 that counts connections and requests, and signals each close."""

    daemon_threads = True

    def __init__(self, close_after_first: bool) -> None:
        super().__init__(("127.0.0.1", 0), _KeepAliveHandler)
        self.close_after_first = close_after_first
        self.connections = 0
        self.requests = 0
        self.closed = threading.Semaphore(0)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)
        self.closed.release()


@contextlib.contextmanager
def keep_alive_server(close_after_first: bool = False) -> Iterator[KeepAliveServer]:
    server = KeepAliveServer(close_after_first)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def get_n_times(server: KeepAliveServer, n: int) -> list[int]:
    """``n`` sequential GETs through a client made as the crawl makes it; the statuses."""
    settings = BASE.model_copy(update={"allow_private_hosts": (f"127.0.0.1:{server.port}",)})
    url = f"http://127.0.0.1:{server.port}/"

    async def run() -> list[int]:
        statuses = []
        async with build_client(settings) as client:
            for _ in range(n):
                statuses.append((await client.get(url)).status_code)
                if server.close_after_first:  # the hang-up has happened before the next GET
                    assert await asyncio.to_thread(server.closed.acquire, timeout=5)
        return statuses

    return asyncio.run(run())


def test_a_keep_alive_connection_the_server_closed_is_not_reused() -> None:
    with keep_alive_server(close_after_first=True) as server:
        assert get_n_times(server, 2) == [200, 200]
    assert server.connections == 2  # the second GET had to dial again


def test_a_pooled_connection_is_reused_while_the_server_keeps_it_open() -> None:
    with keep_alive_server() as server:
        assert get_n_times(server, 10) == [200] * 10
    assert (server.connections, server.requests) == (1, 10)


def test_a_client_loads_the_ca_bundle_once(monkeypatch) -> None:
    loads: list[object] = []
    load = ssl.SSLContext.load_verify_locations

    def counted(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append(args or kwargs)
        load(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counted)
    build_client(Settings())
    assert len(loads) == 1

"""The crawler never reaches an address the settings do not allow.

Two servers on 127.0.0.1: one the settings allow (by host and port), one treated as an
internal service. Whatever URL or redirect points at the internal one, in whatever
spelling, it must see zero requests. Names go through a stub resolver, so no test asks
a real DNS server anything, and a guard makes any dial outside 127.0.0.0/8 fail loudly.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterator

import httpcore
import pytest
from faulty_servers import FaultyServer, article, redirect

from scrape.config import Settings
from scrape.errors import FetchError, UnsafeURLError
from scrape.fetch import FetchedPage, Fetcher
from scrape.netsafety import AddressPolicy, Resolver, is_public, literal_address

BASE = Settings(delay=0, retry_attempts=1, timeout=2, deadline=5)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Belt and braces: whatever the code under test decides, nothing leaves 127.0.0.0/8."""
    connect = httpcore.AnyIOBackend.connect_tcp

    async def guarded(self: httpcore.AnyIOBackend, host: str, port: int, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert ipaddress.ip_address(host) in ipaddress.ip_network("127.0.0.0/8"), host
        return await connect(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.AnyIOBackend, "connect_tcp", guarded)


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

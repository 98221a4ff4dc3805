"""Which addresses a crawl may connect to: public ones, plus the hosts the settings name.

A crawler that follows links and redirects from the open web can be steered at the
machine it runs on or the network behind it (cloud metadata at 169.254.169.254, an admin
panel on 10.0.0.1, a database on localhost). Two checks stop that:

* :meth:`AddressPolicy.check_url` before a request (and every redirect hop) is sent: the
  host, written in any numeric form (``2130706433``, ``0x7f000001``, ``127.1``,
  ``[::ffff:127.0.0.1]``) or resolved through DNS, must be allowed;
* :class:`GuardedBackend` when a connection is opened: the name is resolved again, only an
  allowed address is dialled, and the peer actually connected to is checked, so a name
  that answers differently the second time (DNS rebinding) gets nowhere.

The connections :class:`GuardedBackend` opens are :mod:`scrape.fetch.netstream`'s, on
asyncio's own transports rather than anyio's.

``allow_private_hosts`` entries are host names or addresses, optionally with a port
(``127.0.0.1:8080``); they lift the check for that host (and port) only.

``connect_to`` entries (curl's ``--connect-to HOST1:PORT1:HOST2:PORT2``) send the
connections for one host and port to another: a staging server, a replay of saved pages.
Requests, TLS names and Host headers stay those of the URL; only the dialled address
changes, and it is checked like any other, against the name in the URL, so a private
target still needs that name in ``allow_private_hosts``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

import httpcore

from ..errors import UnsafeURLError
from ..hosts import ConnectTo, IPAddress, canonical_host, literal_address
from .netstream import AsyncioBackend

log = logging.getLogger(__name__)

# (host, port) -> addresses; tests pass a stub, production uses the system resolver.
Resolver = Callable[[str, int], Awaitable[list[str]]]


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: IPAddress) -> bool:
    """Globally routable unicast: not private, loopback, link-local, shared, reserved..."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or address.teredo
        if isinstance(embedded, tuple):  # teredo: (server, client)
            embedded = embedded[1]
        if embedded is not None and not is_public(embedded):
            return False
    return address.is_global and not address.is_multicast


def _allow_entry(entry: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]`` or ``[v6]:port`` -> (canonical host, port)."""
    parts = urlsplit(f"//{entry.strip()}")
    try:
        return canonical_host(parts.hostname or entry), parts.port
    except ValueError:  # a bare IPv6 address: colons, no brackets, no port
        return canonical_host(entry.strip()), None


class AddressPolicy:
    """The allow-list of ``settings.allow_private_hosts``, the ``connect_to`` rules and the
    resolver to check names."""

    def __init__(
        self,
        allow_private_hosts: Iterable[str] = (),
        resolver: Resolver | None = None,
        connect_to: Iterable[str] = (),
    ):
        self.resolver = resolver or system_resolver
        self._allowed = {_allow_entry(entry) for entry in allow_private_hosts}
        self._routes = tuple(ConnectTo.parse(entry) for entry in connect_to)
        self._checked: set[tuple[str, int]] = set()

    def destination(self, host: str, port: int) -> tuple[str, int]:
        """Where a connection to ``host:port`` is dialled: the first matching rule's target."""
        for route in self._routes:
            if route.applies(host, port):
                return route.to_host or host, route.to_port or port
        return host, port

    def allows_private(self, host: str, port: int) -> bool:
        """Whether the settings name this host (with any port, or with this one)."""
        name = canonical_host(host)
        return (name, None) in self._allowed or (name, port) in self._allowed

    def permits(self, host: str, port: int, address: IPAddress) -> bool:
        return is_public(address) or self.allows_private(host, port)

    async def addresses(self, host: str, port: int) -> list[IPAddress]:
        """Every address a connection to ``host`` dials (after ``connect_to``), each one
        permitted for ``host``, else :class:`UnsafeURLError`."""
        target, target_port = self.destination(host, port)
        literal = literal_address(target)
        if literal is not None:
            found = [literal]
        else:
            try:
                answers = await self.resolver(target, target_port)
            except OSError as exc:
                raise UnsafeURLError(f"cannot resolve {target}: {exc}") from None
            found = [a for a in (literal_address(answer) for answer in answers) if a]
            if not found:
                raise UnsafeURLError(f"{target} resolves to no address")
        refused = [str(a) for a in found if not self.permits(host, port, a)]
        if refused:
            raise UnsafeURLError(
                f"{host} resolves to a non-public address ({', '.join(refused)}); "
                "name it in settings.allow_private_hosts to crawl it"
            )
        return found

    async def check_url(self, url: str) -> None:
        """Raise :class:`UnsafeURLError` unless ``url`` may be requested."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsafeURLError(f"not an http(s) URL: {url}", url=url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        if (parts.hostname, port) in self._checked:
            return  # the connection check below still applies to every new connection
        try:
            await self.addresses(parts.hostname, port)
        except UnsafeURLError as exc:
            raise UnsafeURLError(str(exc), url=url) from None
        self._checked.add((parts.hostname, port))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that dials only addresses the policy permits."""

    def __init__(
        self, policy: AddressPolicy, inner: httpcore.AsyncNetworkBackend | None = None
    ) -> None:
        self.policy = policy
        self.inner = inner or AsyncioBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        last_error: Exception | None = None
        _, dialled_port = self.policy.destination(host, port)
        for address in await self.policy.addresses(host, port):
            try:
                stream = await self.inner.connect_tcp(
                    str(address), dialled_port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            peer = stream.get_extra_info("server_addr")
            connected = literal_address(str(peer[0])) if peer else None
            if connected is None or not self.policy.permits(host, port, connected):
                await stream.aclose()
                raise UnsafeURLError(f"{host} connected to a non-public address {connected}")
            return stream
        assert last_error is not None  # addresses() never returns an empty list
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise UnsafeURLError("unix sockets are never dialled by the crawler")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)

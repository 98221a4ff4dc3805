"""Host names and addresses as a resolver reads them, and curl's ``--connect-to`` rules
that the settings declare (``connect_to``): the fetcher dials by them, the config checks
them when it is read."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_LEGACY_IPV4 = re.compile(r"^[0-9a-fA-FxX.]+$")
# HOST1:PORT1:HOST2:PORT2, IPv6 hosts in brackets, any part but the colons may be empty.
_CONNECT_TO = re.compile(r"^(\[[^\]]*\]|[^:\[\]]*):(\d*):(\[[^\]]*\]|[^:\[\]]*):(\d*)$")


def literal_address(host: str) -> IPAddress | None:
    """The address ``host`` spells, in any form a C resolver accepts, or ``None`` for names."""
    host = host.strip("[]")
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        if not _LEGACY_IPV4.match(host):
            return None
        try:  # inet_aton reads 127.1, 0x7f000001, 2130706433 and octal parts like a resolver
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def canonical_host(host: str) -> str:
    """``host`` as a resolver reads it: an address in its one spelling, else the name in
    lower case without brackets or the root's trailing dot."""
    literal = literal_address(host)
    return str(literal) if literal else host.strip("[]").rstrip(".").lower()


@dataclass(frozen=True)
class ConnectTo:
    """One ``HOST1:PORT1:HOST2:PORT2`` rule: an empty HOST1 or PORT1 matches any, an empty
    HOST2 or PORT2 keeps the original."""

    host: str
    port: int | None
    to_host: str
    to_port: int | None

    @classmethod
    def parse(cls, entry: str) -> ConnectTo:
        match = _CONNECT_TO.match(entry.strip())
        if not match:
            raise ValueError(f"not HOST1:PORT1:HOST2:PORT2 (as curl's --connect-to): {entry!r}")
        host, port, to_host, to_port = match.groups()
        return cls(
            canonical_host(host) if host else "",
            int(port) if port else None,
            to_host.strip("[]"),
            int(to_port) if to_port else None,
        )

    def applies(self, host: str, port: int) -> bool:
        return self.host in ("", canonical_host(host)) and self.port in (None, port)

"""Whether a sync address would carry credentials and progress over the network unencrypted.

Plain ``http://`` to this computer (loopback) never leaves it. Plain ``http://`` to any other
host, private LAN addresses included, can be read by anyone on the way: a classroom Wi-Fi is
exactly where that happens. A trainer's LAN server without TLS is still a real deployment, so
setting one up is not forbidden, only asked for explicitly: the app's setup dialog asks the
user to accept it, ``c4s sync setup`` wants ``--allow-http``.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "localhost."})
"""The only names taken as this computer: any other name may resolve anywhere
(``127.0.0.1.example.com`` is an ordinary host name)."""


def is_plain_http_remote(url: str) -> bool:
    """True when ``url`` is an ``http://`` address of a host other than this computer.

    This computer means a loopback address (127.0.0.0/8, ``::1``, or either written as an
    IPv4-mapped IPv6 address) or the name ``localhost``. Any other ``http://`` host, a missing
    one included, counts as remote; ``https://`` and anything that is not ``http://`` do not.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "http":
        return False
    host = parts.hostname or ""  # urlsplit lower-cases it and drops the [] of IPv6
    if host in LOOPBACK_NAMES:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        # A name, or an address in a form only some resolvers read (127.1, 0x7f000001):
        # where it leads is not known here.
        return True
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # Python 3.11 does not call ::ffff:127.0.0.1 loopback; the socket goes to 127.0.0.1.
        address = address.ipv4_mapped
    return not address.is_loopback


def accepted_for(url: str, accepted: str) -> bool:
    """True when plain http to ``url`` was accepted before, as ``accepted`` (a saved setup's
    address); a trailing ``/`` is the only difference forgiven, since setup adds one."""
    return bool(accepted) and url.strip().rstrip("/") == accepted.strip().rstrip("/")

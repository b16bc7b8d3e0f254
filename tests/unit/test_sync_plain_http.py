"""Which sync addresses would send credentials and progress over the network unencrypted."""

from __future__ import annotations

import pytest

from c4s_desktop.core.sync.plain_http import accepted_for, is_plain_http_remote


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/",
    "http://127.3.2.1/",               # all of 127.0.0.0/8 is loopback
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",      # IPv4-mapped IPv6
    "http://localhost/",
    "http://LOCALHOST:8000",
    "http://localhost./",
    "  http://127.0.0.1/  ",
    "https://sync.example.org/",
    "https://192.168.1.20/",
    "HTTPS://sync.example.org/",
    "ftp://192.168.1.20/",             # not http at all: refused elsewhere as no address
    "sync.example.org",
])
def test_loopback_and_encrypted_addresses_need_no_acceptance(url: str) -> None:
    assert is_plain_http_remote(url) is False


@pytest.mark.parametrize("url", [
    "http://192.168.1.20:8080/",       # a classroom LAN is where sniffing happens
    "http://10.0.0.5/",
    "http://172.16.0.1/",
    "http://sync.example.org/",
    "HTTP://sync.example.org/",
    "http://127.0.0.1.evil.com/",      # a name that only starts like loopback
    "http://localhost.evil.com/",
    "http://127.0.0.1@evil.com/",      # user info, then the real host
    "http://[fe80::1]/",
    "http://[::ffff:192.168.1.20]/",
    "http://0.0.0.0/",
    "http://127.1/",                   # only some resolvers read it as 127.0.0.1
    "http://",
])
def test_plain_http_to_any_other_host_needs_acceptance(url: str) -> None:
    assert is_plain_http_remote(url) is True


def test_an_acceptance_holds_for_its_address_only() -> None:
    assert accepted_for("http://192.168.1.20/", "http://192.168.1.20/")
    assert accepted_for("http://192.168.1.20", "http://192.168.1.20/")
    assert not accepted_for("http://192.168.1.21/", "http://192.168.1.20/")
    assert not accepted_for("http://192.168.1.20:8080/", "http://192.168.1.20/")
    assert not accepted_for("http://192.168.1.20/", "")

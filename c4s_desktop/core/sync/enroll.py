"""Connecting a data folder to a server: enrolling with a one-time code, or plain LRS
credentials. Either way the credentials land in ``sync.json`` and the registrations and
pull cursors of any previous server are forgotten.

Callers ask before an unencrypted address of another computer
(:func:`~c4s_desktop.core.sync.plain_http.is_plain_http_remote`): the setup dialog has the
user accept it, the CLI wants ``--allow-http``. The acceptance is saved with the credentials.
"""

from __future__ import annotations

import platform
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests

from c4s_desktop.core.errors import InputError, SyncError
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.access import StoreCall, store_access
from c4s_desktop.core.sync.credentials import KIND_C4S, KIND_LRS, Credentials, save_credentials
from c4s_desktop.core.sync.learners import forget_server
from c4s_desktop.core.sync.plain_http import is_plain_http_remote
from c4s_desktop.core.sync.transport import (
    Transport,
    TransportConfig,
    check_status,
    error_reason,
    read_json,
    unreachable,
)

DEFAULT_XAPI_PATH = "/xapi/"


def _base(url: str) -> str:
    """The server's address ending in ``/``; refused unless it is an http(s) address."""
    address = url.strip()
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("sync.not_an_address", server=url)
    return address if address.endswith("/") else address + "/"


def _accepted(server: str) -> str:
    """What ``sync.json`` records as the plain http the caller had accepted for ``server``."""
    return server if is_plain_http_remote(server) else ""


def enroll_device(store: Store | None, root: Path, server: str, code: str,
                  name: str | None = None, config: TransportConfig | None = None, *,
                  store_call: StoreCall | None = None) -> Credentials:
    """Enroll this data folder with the C4S server at ``server`` using a one-time ``code``.

    The store is written directly, or (``store`` None) through ``store_call`` as for
    :class:`~c4s_desktop.core.sync.engine.SyncEngine`, so the requests wait off the writer.
    """
    db = store_access(store, store_call)
    server = _base(server)
    anonymous = Credentials(server=server, endpoint=urljoin(server, DEFAULT_XAPI_PATH),
                            username="", secret="")
    transport = Transport(anonymous, config)
    transport.session.auth = None
    try:
        info = transport.about()
        if info.enroll is None:
            raise SyncError("sync.no_enrollment", server=server)
        payload = {"code": code.strip(), "name": name or platform.node() or "device"}
        try:
            response = transport.json_request("POST", transport.server_url(info.enroll), payload)
        except requests.RequestException as exc:
            raise unreachable(server, exc) from exc
        if response.status_code == 400:
            raise SyncError("sync.enroll_refused", reason=error_reason(response))
        check_status(response, server)
        reply = read_json(response, server)
        try:
            creds = Credentials(
                server=server,
                endpoint=urljoin(server, str(reply.get("xapi") or DEFAULT_XAPI_PATH)),
                username=str(reply["username"]), secret=str(reply["secret"]),
                kind=KIND_C4S, device_id=str(reply.get("device_id", "")),
                plain_http_accepted=_accepted(server))
        except (KeyError, AttributeError) as exc:
            raise SyncError("sync.bad_reply", server=server) from exc
    finally:
        transport.close()
    save_credentials(root, creds)
    db(forget_server)
    return creds


def connect_lrs(store: Store, root: Path, endpoint: str, username: str, password: str,
                config: TransportConfig | None = None) -> Credentials:
    """Use a generic xAPI LRS at ``endpoint`` with Basic credentials (checked first)."""
    endpoint = _base(endpoint)
    creds = Credentials(server=endpoint, endpoint=endpoint, username=username,
                        secret=password, kind=KIND_LRS, plain_http_accepted=_accepted(endpoint))
    transport = Transport(creds, config)
    try:
        transport.about()
        try:
            response = transport.request("GET", transport.xapi_url("statements"),
                                         params={"limit": "1"})
        except requests.RequestException as exc:
            raise unreachable(endpoint, exc) from exc
        check_status(response, endpoint)
    finally:
        transport.close()
    save_credentials(root, creds)
    forget_server(store)
    return creds

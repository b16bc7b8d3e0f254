"""The server's pack catalog: what can be downloaded, and what this machine already has."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta
from c4s_desktop.core.sync.transport import Transport, read_json

DEFAULT_CATALOG_PATH = "/catalog"
RATE_LIMIT_KEY = "downloads.rate_limit"


@dataclass(frozen=True)
class CatalogPack:
    """One pack the server offers (its newest published version)."""

    id: str
    version: int
    title: dict[str, str]
    languages: tuple[str, ...]
    size: int
    publisher_name: str
    publisher_key: str | None
    installed_version: int | None = None

    @property
    def can_download(self) -> bool:
        """Not installed, or installed in an older version."""
        return self.installed_version is None or self.installed_version < self.version


class Catalog:
    """Reads the catalog through a transport (device or admin credentials)."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def fetch(self, store: Store | None = None) -> list[CatalogPack]:
        """Every pack offered; with ``store``, each says which version is installed here."""
        server = self.transport.creds.server
        info = self.transport.about()
        path = info.catalog or (DEFAULT_CATALOG_PATH if self.transport.creds.kind == "c4s"
                                else None)
        if path is None:
            raise SyncError("sync.no_catalog", server=server)
        data = read_json(self.transport.get_ok(self.transport.server_url(path)), server)
        try:
            packs = [_pack(p) for p in data["packs"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError("sync.bad_reply", server=server) from exc
        if store is None:
            return packs
        found = []
        for pack in packs:
            installed = get_installed(store, pack.id)
            found.append(replace(pack, installed_version=
                                 installed.version if installed else None))
        return found


def _pack(data: Any) -> CatalogPack:
    publisher = data.get("publisher") or {}
    title = data.get("title") or {}
    return CatalogPack(
        id=str(data["id"]), version=int(data["version"]),
        title={str(k): str(v) for k, v in title.items()},
        languages=tuple(str(x) for x in data.get("languages", [])),
        size=int(data.get("size", 0)), publisher_name=str(publisher.get("name", "")),
        publisher_key=publisher.get("key"))


def download_rate_limit(store: Store) -> int | None:
    """The bandwidth cap for downloads in bytes per second (None: no cap)."""
    value = get_meta(store, RATE_LIMIT_KEY)
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def set_download_rate_limit(store: Store, rate: int | None) -> None:
    """Set (or with None/0 remove) the bandwidth cap, for shared or metered links."""
    set_meta(store, RATE_LIMIT_KEY, str(rate or 0))

"""The pack catalog: publish (verified as a device would), the list, manifests and blobs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import TrustError, VersionError
from c4s_desktop.core.packs.signing import public_key_b64, signature_valid
from sync.catalog.packs import Published, publish
from sync.catalog.trust import add_key_file
from sync.config import ServerConfig
from tests import packkit
from tests.server.conftest import Server, running_server


@pytest.fixture(scope="module")
def catalog_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(ServerConfig(tmp_path_factory.mktemp("catalog"))) as server:
        yield server


@dataclass(frozen=True)
class Releases:
    """Two published versions of one pack and what made them."""

    v1: Published
    v2: Published
    key: Ed25519PrivateKey
    v1_path: Path
    v2_path: Path


@pytest.fixture(scope="module")
def published(catalog_server: Server, tmp_path_factory: pytest.TempPathFactory) -> Releases:
    """Version 1 and then version 2 of one pack; v2 changes one lesson of two."""
    tmp = tmp_path_factory.mktemp("packs")
    key = packkit.make_key()
    add_key_file(catalog_server.db, packkit.write_pub(tmp / "pub.pub", key))
    src = packkit.write_source(tmp / "src", lessons=2, media_size=50_000)
    v1 = packkit.build(src, tmp / "v1.c4spack", key)
    first = publish(catalog_server.config, catalog_server.db, v1)
    manifest = packkit.source_manifest(version=2, lessons=2)
    src2 = packkit.write_source(tmp / "src2", manifest, lessons=2, media_size=50_000)
    for path in ("l1/video.mp4", "l1/sheet.pdf"):
        (src2 / path).write_bytes((src / path).read_bytes())
    v2 = packkit.build(src2, tmp / "v2.c4spack", key)
    second = publish(catalog_server.config, catalog_server.db, v2)
    return Releases(first, second, key, v1, v2)


def test_catalog_lists_newest_version(catalog_server: Server, published: Releases
                                      ) -> None:
    """The issue: "GET /catalog lists packs (id, version, titles, languages, size,
    publisher)"."""
    reply = catalog_server.get("/catalog", catalog_server.admin())
    packs = reply.json()["packs"]
    assert len(packs) == 1
    entry = packs[0]
    assert entry["id"] == "org.example.test" and entry["version"] == 2
    assert entry["title"] == {"en": "Test pack", "fr": "Paquet de test"}
    assert entry["languages"] == ["en", "fr"] and entry["size"] > 100_000
    assert entry["publisher"]["name"] == "Test publisher" and entry["publisher"]["key"]


def test_update_copies_only_new_blobs(published: Releases) -> None:
    """Content addressing: files v2 shares with v1 are not stored again."""
    v1, v2 = published.v1, published.v2
    assert v1.copied > 0
    assert 0 < v2.copied < v1.copied, "only lesson 2's changed files and the new quiz"


def test_manifest_and_signature_byte_for_byte(catalog_server: Server,
                                              published: Releases) -> None:
    """docs/sync-protocol.md: "the signed manifest of the newest published version, byte for
    byte as the pack holds it"."""
    admin = catalog_server.admin()
    data = catalog_server.get("/packs/org.example.test/manifest.json", admin).content
    sig = catalog_server.get("/packs/org.example.test/manifest.sig", admin).content
    key = public_key_b64(published.key)
    assert signature_valid(key, data, sig)
    assert json.loads(data)["version"] == 2
    assert catalog_server.get("/packs/org.example.other/manifest.json", admin).status_code == 404


def _first_blob(server: Server, auth: tuple[str, str]) -> tuple[str, int]:
    manifest = json.loads(server.get("/packs/org.example.test/manifest.json", auth).content)
    entry = max(manifest["files"].values(), key=lambda e: e["size"])
    return entry["sha256"], entry["size"]


def test_blob_range_etag_and_immutable_caching(catalog_server: Server,
                                               published: Releases) -> None:
    """The issue: "GET /blobs/<sha256> with HTTP Range, ETag, immutable caching"."""
    admin = catalog_server.admin()
    sha, size = _first_blob(catalog_server, admin)
    whole = catalog_server.get(f"/blobs/{sha}", admin, headers={"Accept-Encoding": "gzip"})
    assert whole.status_code == 200
    # Never gzipped: byte ranges and the ETag are those of the stored file.
    assert "Content-Encoding" not in whole.headers
    assert whole.headers["Content-Length"] == str(size)
    assert hashlib.sha256(whole.content).hexdigest() == sha and len(whole.content) == size
    assert whole.headers["ETag"] == f'"{sha}"'
    assert "immutable" in whole.headers["Cache-Control"]
    assert whole.headers["Accept-Ranges"] == "bytes"
    part = catalog_server.get(f"/blobs/{sha}", admin,
                              headers={"Range": "bytes=1000-", "Accept-Encoding": "gzip"})
    assert part.status_code == 206
    assert "Content-Encoding" not in part.headers
    assert part.content == whole.content[1000:]
    assert part.headers["Content-Range"] == f"bytes 1000-{size - 1}/{size}"
    cached = catalog_server.get(f"/blobs/{sha}", admin, headers={"If-None-Match": f'"{sha}"'})
    assert cached.status_code == 304
    assert catalog_server.get("/blobs/" + "0" * 64, admin).status_code == 404
    assert catalog_server.get("/blobs/../sync.sqlite", admin).status_code == 404


def test_untrusted_pack_is_refused(catalog_server: Server, tmp_path: Path) -> None:
    """The pack contract: a machine installs (here: publishes) a pack only when its signature
    verifies "and that key is on the machine's trust list"."""
    stranger = packkit.make_key()
    pack = packkit.build(packkit.write_source(tmp_path / "src"), tmp_path / "x.c4spack",
                         stranger)
    with pytest.raises(TrustError):
        publish(catalog_server.config, catalog_server.db, pack)


def test_older_or_same_version_with_other_content_is_refused(
    catalog_server: Server, published: Releases,
) -> None:
    """The pack contract: "An equal or smaller version is refused"; the same one is a no-op."""
    again = publish(catalog_server.config, catalog_server.db, published.v2_path)
    assert again.already and again.version == 2
    with pytest.raises(VersionError):
        publish(catalog_server.config, catalog_server.db, published.v1_path)


def test_catalog_needs_credentials(catalog_server: Server) -> None:
    assert requests.get(catalog_server.url + "/catalog", timeout=30).status_code == 401

"""A manifest read back from the store equals the fully checked parse of the same bytes."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import Manifest, parse_manifest
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.stored_manifest import manifest_json, read_stored_manifest
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.search.index import ensure_index
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.first_launch import bundled_demo_dir
from c4s_desktop.ui.library_data import load_library
from c4s_desktop.ui.worker import Task
from tests.jsonedit import put
from tests.unit.test_manifest import DOCUMENT, VIDEO, valid_manifest

DEMO_ID = "eu.cluster4smart.essentials"
DEMO_PACK = bundled_demo_dir() / f"{DEMO_ID}.c4spack"


def _without_raw(manifest: Manifest) -> Manifest:
    modules = tuple(
        dataclasses.replace(module, lessons=tuple(
            dataclasses.replace(lesson, items=tuple(
                dataclasses.replace(item, raw={}) for item in lesson.items))
            for lesson in module.lessons))
        for module in manifest.modules
    )
    return dataclasses.replace(manifest, modules=modules, raw={})


def test_every_item_type_and_optional_key_reads_the_same() -> None:
    data = json.dumps(valid_manifest()).encode("utf-8")
    checked = parse_manifest(data)
    assert read_stored_manifest(data) == checked
    assert read_stored_manifest(data, keep_raw=False) == _without_raw(checked)


def test_optional_keys_absent_and_whole_numbers_read_the_same() -> None:
    manifest = valid_manifest()
    for key in ("description", "min_app_version"):
        del manifest[key]
    del manifest["publisher"]["key"]
    put(*VIDEO, "duration_s", value=12)(manifest)  # a whole number: the model holds a float
    del manifest["modules"][0]["lessons"][0]["items"][0]["subtitles"]
    put(*DOCUMENT, "file", value={"en": "m1/notes.md"})(manifest)
    data = json.dumps(manifest).encode("utf-8")
    checked = parse_manifest(data, require_key=False)
    stored = read_stored_manifest(data)
    assert stored == checked
    assert isinstance(stored.modules[0].lessons[0].items[0].duration_s, float)


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """A store with the bundled demo course installed."""
    with Store.open(tmp_path / "data") as store:
        seed_default_trust(store)
        install_pack(store, DEMO_PACK)
        yield store


def test_the_installed_demo_reads_back_as_it_was_checked(demo_store: Store) -> None:
    installed = get_installed(demo_store, DEMO_ID)
    assert installed is not None
    checked = parse_manifest(manifest_json(installed.stored_manifest))
    assert installed.manifest() == checked
    assert installed.manifest(keep_raw=False) == _without_raw(checked)


def test_the_library_parses_a_manifest_when_first_read(demo_store: Store) -> None:
    (pack,) = load_library(demo_store, Task(load_library))
    assert "manifest" not in vars(pack)  # the tree's pack row needs only the packs table
    checked = parse_manifest(manifest_json(pack.info.stored_manifest))
    assert (pack.title, pack.languages) == (checked.title, list(checked.languages))
    assert pack.manifest == _without_raw(checked)
    assert pack.manifest is pack.manifest  # parsed once


def test_the_library_keeps_the_exact_manifest_compressed(demo_store: Store) -> None:
    (stored,) = demo_store.conn.execute("SELECT manifest FROM packs").fetchone()
    with open_pack(DEMO_PACK) as source:
        signed = source.read_manifest()
    assert len(stored) < len(signed) / 2
    assert manifest_json(stored) == signed  # byte for byte: the publisher signed these


def test_a_manifest_stored_before_the_compression_still_reads(demo_store: Store) -> None:
    compressed = get_installed(demo_store, DEMO_ID)
    assert compressed is not None
    plain = manifest_json(compressed.stored_manifest)
    with demo_store.transaction() as db:  # as an older version left it, its index to heal
        db.execute("UPDATE packs SET manifest = ?", [plain])
        db.execute("DELETE FROM search_packs")
    old = get_installed(demo_store, DEMO_ID)
    assert ensure_index(demo_store) == [DEMO_ID]
    assert old is not None and old.stored_manifest == plain
    assert old.manifest() == compressed.manifest() == parse_manifest(plain)

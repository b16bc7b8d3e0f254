"""Fixtures for core tests that need an installed pack's manifest."""

from __future__ import annotations

from pathlib import Path

import pytest

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.store.database import Store


@pytest.fixture
def manifest(store: Store, folder_pack: Path) -> Manifest:
    """The manifest of the test pack, installed in ``store``."""
    install_pack(store, folder_pack)
    return list_installed(store)[0].manifest()


def ref(manifest: Manifest, item_id: str) -> ItemRef:
    """The item ``item_id`` of ``manifest`` with its lesson, as progress events need it."""
    for _module, lesson, item in manifest.iter_items():
        if item.id == item_id:
            return ItemRef(manifest, lesson, item)
    raise KeyError(item_id)

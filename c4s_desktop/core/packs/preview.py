"""What an update changes, shown before it runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from c4s_desktop.core.packs.manifest import Item, Manifest


@dataclass(frozen=True)
class UpdatePreview:
    """Items added, removed, changed and moved to another lesson between two versions, and
    the bytes to copy."""

    pack_id: str
    old_version: int | None
    new_version: int
    bytes_to_copy: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)

    @property
    def is_update(self) -> bool:
        return self.old_version is not None


def _fingerprint(item: Item, manifest: Manifest) -> str:
    """The item's own JSON plus the hashes of the files it refers to."""
    hashes = {
        path: manifest.files[path].sha256
        for path in sorted(_item_paths(item))
        if path in manifest.files
    }
    return json.dumps([item.raw, hashes], sort_keys=True)


def _item_paths(item: Item) -> set[str]:
    paths: set[str] = set()
    if item.file:
        paths.update(item.file.values())
    paths.update(item.subtitles.values())
    for extra in (item.poster, item.quiz):
        if extra:
            paths.add(extra)
    return paths


def compare_manifests(old: Manifest | None, new: Manifest, bytes_to_copy: int) -> UpdatePreview:
    """Compare the installed manifest (None for a new install) with the incoming one."""
    new_items = {item.id: _fingerprint(item, new) for _m, _l, item in new.iter_items()}
    if old is None:
        return UpdatePreview(new.id, None, new.version, bytes_to_copy, added=sorted(new_items))
    old_items = {item.id: _fingerprint(item, old) for _m, _l, item in old.iter_items()}
    old_places = {item.id: (module.id, lesson.id) for module, lesson, item in old.iter_items()}
    both = new_items.keys() & old_items.keys()
    return UpdatePreview(
        new.id,
        old.version,
        new.version,
        bytes_to_copy,
        added=sorted(new_items.keys() - old_items.keys()),
        removed=sorted(old_items.keys() - new_items.keys()),
        changed=sorted(k for k in both if new_items[k] != old_items[k]),
        moved=sorted(item.id for module, lesson, item in new.iter_items()
                     if item.id in both and old_places[item.id] != (module.id, lesson.id)),
    )

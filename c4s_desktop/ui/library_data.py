"""What the window shows of the library, loaded by store-worker jobs (never in the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from c4s_desktop.core.packs.library import InstalledPack, list_installed
from c4s_desktop.core.packs.manifest import Item, Lesson, Manifest, Module
from c4s_desktop.core.store.database import Store

if TYPE_CHECKING:  # jobs for the store worker, which this module does not need to load
    from c4s_desktop.ui.worker import Task


@dataclass(frozen=True)
class LibraryPack:
    """An installed pack; its manifest is parsed when first read.

    The tree shows a pack's row from ``info`` (its title and languages are columns of the
    library), so at start only the pack opened first is parsed, not all 50 (the rest parse,
    in about a millisecond each, when the learner expands or opens them).
    """

    info: InstalledPack

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> dict[str, str]:
        """The pack's title by language, as its manifest has it."""
        return self.info.title

    @property
    def languages(self) -> list[str]:
        """The pack's languages, the default first, as its manifest lists them."""
        return self.info.languages

    @cached_property
    def manifest(self) -> Manifest:
        """The installed manifest, parsed on first use (without its raw JSON: nothing on
        screen reads it; an update's preview reads the installed manifest again)."""
        return self.info.manifest(keep_raw=False)


@dataclass(frozen=True)
class ItemPlace:
    """Where an item sits: its pack, module and lesson."""

    pack: LibraryPack
    module: Module
    lesson: Lesson
    item: Item


def load_library(store: Store, _task: Task) -> list[LibraryPack]:
    """Every installed pack, its manifest parsed when first read (a store-worker job)."""
    packs = [LibraryPack(info) for info in list_installed(store)]
    store.release_cache()  # the packs hold their manifests' bytes: no second copy
    return packs


def find_item(packs: list[LibraryPack], pack_id: str, item_id: str) -> ItemPlace | None:
    """The item ``item_id`` of the pack ``pack_id``, or None."""
    for pack in packs:
        if pack.id == pack_id:
            for module, lesson, item in pack.manifest.iter_items():
                if item.id == item_id:
                    return ItemPlace(pack, module, lesson, item)
    return None


def lesson_sequence(pack: LibraryPack) -> list[tuple[Module, Lesson]]:
    """Every lesson of ``pack`` in course order, with its module."""
    return [(module, lesson) for module in pack.manifest.modules for lesson in module.lessons]

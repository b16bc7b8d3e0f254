"""First launch: offer the bundled demo course once per data folder (store-worker jobs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import c4s_desktop
from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta

if TYPE_CHECKING:
    from c4s_desktop.core.packs.install import InstallResult
    from c4s_desktop.ui.worker import Task

DEMO_OFFERED = "demo_offered"
PACK_SUFFIX = ".c4spack"


def bundled_demo_dir() -> Path:
    """``packs/demo/`` beside the ``c4s_desktop`` package, where the built demo pack lives."""
    return Path(c4s_desktop.__file__).resolve().parent.parent / "packs" / "demo"


def demo_packs_to_offer(store: Store, demo_dir: Path) -> list[Path]:
    """The demo packs to install: none once offered, none if the library is not empty."""
    if get_meta(store, DEMO_OFFERED) or list_installed(store):
        return []
    return sorted(demo_dir.glob(f"*{PACK_SUFFIX}"))


def mark_demo_offered(store: Store) -> None:
    """Remember that the demo was offered, so removing it later does not bring it back."""
    set_meta(store, DEMO_OFFERED, "1")


def install_demo_packs(store: Store, task: Task, paths: list[Path]) -> list[InstallResult]:
    """Install ``paths`` one after the other, reporting progress per mille across them all.

    Success or cancelling marks the demo as offered; another failure leaves it unmarked, so
    the next launch tries again.
    """
    from c4s_desktop.core.packs.install import install_pack  # only on first launch

    results: list[InstallResult] = []
    count = len(paths)
    for index, path in enumerate(paths):

        def progress(done: int, total: int, index: int = index) -> None:
            share = 1.0 if total <= 0 else done / total
            task.report(int((index + share) * 1000), count * 1000)

        try:
            results.append(
                install_pack(store, path, progress=progress, cancel=task.is_cancelled)
            )
        except CancelledError:
            mark_demo_offered(store)
            raise
    mark_demo_offered(store)
    return results

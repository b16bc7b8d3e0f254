"""Saving a copy of a pack file (a fact sheet) where the learner chooses.

The copy is written beside its final name, flushed to disk and then renamed, so the chosen
name never holds half a file, even when the disk fills up or the power goes.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from c4s_desktop.core.errors import InputError, NotFoundError, SpaceError
from c4s_desktop.core.packs.copying import make_durable
from c4s_desktop.core.store.database import is_disk_full


def save_copy(source: Path, target: Path) -> None:
    """Copy the file ``source`` to ``target`` (replacing it); typed errors say what failed."""
    if not source.is_file():
        raise NotFoundError("export.source_missing", path=str(source))
    part = target.with_name(f".{target.name}.part")
    try:
        with source.open("rb") as src, part.open("wb") as out:
            shutil.copyfileobj(src, out)
        make_durable(part, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        if is_disk_full(exc):
            raise SpaceError("export.disk_full", folder=str(target.parent)) from exc
        detail = exc.strerror or type(exc).__name__
        raise InputError("export.unwritable", path=str(target), detail=detail) from exc

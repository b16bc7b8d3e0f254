"""Saving a copy of a pack file (a fact sheet) where the learner chooses.

The copy is written beside its final name, flushed to disk and then renamed, so the chosen
name never holds half a file, even when the disk fills up or the power goes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.packs.copying import written_whole


def save_copy(source: Path, target: Path) -> None:
    """Copy the file ``source`` to ``target`` (replacing it); typed errors say what failed."""
    if not source.is_file():
        raise NotFoundError("export.source_missing", path=str(source))
    with written_whole(target, full="export.disk_full", unwritable="export.unwritable") as part, \
            source.open("rb") as src, part.open("wb") as out:
        shutil.copyfileobj(src, out)

"""The error for a data folder that cannot be written, from the operating system's."""

from __future__ import annotations

import errno
from pathlib import Path

from c4s_desktop.core.errors import StoreError


def unwritable(root: Path, exc: OSError, what: str = "") -> StoreError:
    """The error for a data folder that cannot be written, from the operating system's.

    A file system that has turned read-only under a running system is most often a failing
    disk (Linux remounts it so): that is the learner's problem to hear about, not the
    folder's permissions.
    """
    detail = f"{what}: {exc.strerror}" if what else str(exc.strerror)
    code = "store.read_only_disk" if exc.errno == errno.EROFS else "store.unwritable"
    return StoreError(code, data_dir=str(root), detail=detail)

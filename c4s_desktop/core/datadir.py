"""Where a data folder lives and what it holds.

Layout: ``c4s.sqlite`` (the database), ``store/ab/<sha256>`` (blobs), ``store/staging/``
(blobs being copied), ``backups/`` and ``logs/``; ``c4s.lock`` (held by the one writer) and
``c4s.closed`` (left by a clean close, see :mod:`c4s_desktop.core.store.clean_close`). During
``c4s store restore``, ``c4s.sqlite.restore-part`` (the backup being copied) and then
``c4s.sqlite.restored`` (the copy, ready to replace the database: see
:func:`c4s_desktop.core.store.backups.restore_backup`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "C4S_DATA_DIR"
APP_NAME = "c4s-desktop"


def default_data_dir() -> Path:
    """The platform's user data folder for C4S Desktop."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$C4S_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


@dataclass(frozen=True)
class DataDir:
    """The paths inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "c4s.sqlite"

    @property
    def store(self) -> Path:
        return self.root / "store"

    @property
    def staging(self) -> Path:
        return self.root / "store" / "staging"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "c4s.lock"

    def blob_path(self, sha256: str) -> Path:
        """Where the blob with this SHA-256 lives in the store."""
        return self.store / sha256[:2] / sha256

    def create(self) -> None:
        """Make the folders of the layout (idempotent).

        A new data folder is its owner's only (0700): it holds the learners' PIN hashes and
        progress, which other accounts of the computer have no business reading. An existing
        folder keeps its permissions (an admin may share one on purpose).
        """
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        for path in (self.store, self.staging, self.backups, self.logs):
            path.mkdir(parents=True, exist_ok=True)

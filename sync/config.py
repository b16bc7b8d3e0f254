"""Where the server keeps its data and the limits it applies."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "C4S_SYNC_DATA_DIR"
APP_NAME = "c4s-sync"
DB_FILE = "sync.sqlite"
ACCESS_LOG_FILE = "logs/access.log"
"""The access log's default place, in the data folder."""
STANDARD_OUTPUT = "-"
SERVER_HOME_PAGE = "https://c4s.invalid/sync"
"""The ``homePage`` of the accounts the server writes as a statement's ``authority``."""


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$C4S_SYNC_DATA_DIR``, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Limits:
    """What keeps the server standing: body size, batch size, page size, request rate and
    failed logins."""

    max_body: int = 8 * 1024 * 1024
    max_batch: int = 500
    page_size: int = 500
    rate: float = 20.0
    """Requests per second a device may make, on average."""
    burst: int = 200
    """Requests a device may make at once after a quiet spell."""
    login_failures: int = 10
    """Failed logins allowed from one client address, or for one admin name from addresses it
    has not logged in from lately, before 429."""
    login_window_s: float = 600.0
    """The time in which that many failures are forgiven, one at a time."""
    consistency_margin_s: float = 5.0
    """How far behind now ``X-Experience-API-Consistent-Through`` is set (see docs/server.md)."""


@dataclass(frozen=True)
class ServerConfig:
    """One server's settings: its data folder, its database, its limits and its access log."""

    data_dir: Path
    db_url: str | None = None
    limits: Limits = Limits()
    access_log: str | None = ACCESS_LOG_FILE
    """A file (relative to the data folder unless absolute), :data:`STANDARD_OUTPUT`, or None
    for no access log."""

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL: ``--db`` or the SQLite file in the data folder."""
        return self.db_url or f"sqlite:///{self.data_dir / DB_FILE}"

    @property
    def blobs_dir(self) -> Path:
        """Published packs' files, by content: ``blobs/ab/<sha256>``."""
        return self.data_dir / "blobs"

    @property
    def access_log_path(self) -> Path | None:
        """The access log's file, or None when it goes to standard output or nowhere."""
        if self.access_log is None or self.access_log == STANDARD_OUTPUT:
            return None
        return self.data_dir / self.access_log

"""The device's sync credentials: ``sync.json`` in the data folder, readable by its owner only.

The secret never goes into the database (backups copy it around); the file is written with
mode 0600 through a temporary file and a rename, so a reader never sees half of it.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from c4s_desktop.core.errors import SyncError

FILE_NAME = "sync.json"
KIND_C4S = "c4s"
KIND_LRS = "lrs"


@dataclass(frozen=True)
class Credentials:
    """Where to sync and as whom.

    ``server`` is the base URL of the device endpoints (enrollment, learners, catalog);
    ``endpoint`` is the xAPI base URL, ending with ``/`` (``statements`` and ``about`` are
    relative to it). ``kind`` is ``c4s`` for an enrolled device, ``lrs`` for a generic LRS.
    ``plain_http_accepted`` is the address whose unencrypted ``http://`` the user accepted at
    setup (see :mod:`~c4s_desktop.core.sync.plain_http`), so setting up the same server again
    does not ask again; empty for https, loopback, and setups saved before the app asked.
    """

    server: str
    endpoint: str
    username: str
    secret: str
    kind: str = KIND_C4S
    device_id: str = ""
    plain_http_accepted: str = ""


def credentials_path(root: Path) -> Path:
    """Where the credentials of the data folder at ``root`` live."""
    return root / FILE_NAME


def save_credentials(root: Path, creds: Credentials) -> Path:
    """Write ``sync.json`` (mode 0600) atomically; return its path."""
    path = credentials_path(root)
    root.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    data = json.dumps(asdict(creds), indent=2).encode("utf-8")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask or an older file may have left wider bits
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def load_credentials(root: Path) -> Credentials | None:
    """The saved credentials, or None when this data folder was never set up."""
    path = credentials_path(root)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SyncError("sync.bad_credentials_file", path=str(path)) from exc
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep
        raise SyncError("sync.bad_credentials_file", path=str(path)) from exc
    # Valid JSON of another shape ([], a string, null) is as damaged as a cut-off file.
    if not isinstance(data, dict):
        raise SyncError("sync.bad_credentials_file", path=str(path))
    try:
        return Credentials(**{k: str(v) for k, v in data.items()})
    except TypeError as exc:  # a field missing, or one this version does not know
        raise SyncError("sync.bad_credentials_file", path=str(path)) from exc


def is_set_up(root: Path) -> bool:
    """Whether the data folder at ``root`` has sync settings: the file is looked for, not read
    (quick enough for the UI thread); a damaged one is reported by whatever reads it."""
    try:
        credentials_path(root).stat()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell (no access, say): reading it says what is wrong
    return True


def require_credentials(root: Path) -> Credentials:
    """The saved credentials; :class:`SyncError` when there are none."""
    creds = load_credentials(root)
    if creds is None:
        raise SyncError("sync.not_set_up")
    return creds

"""The device's own Ed25519 key, which signs the certificates this computer issues.

Made once, on first need, in the data folder (``certificate-key.pem``, owner-only 0600); its
public half travels inside every certificate, so a certificate can be checked anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import InputError

KEY_FILE = "certificate-key.pem"


def device_key_path(root: Path) -> Path:
    """Where the device key of the data folder ``root`` lives."""
    return root / KEY_FILE


def device_key(root: Path) -> Ed25519PrivateKey:
    """The data folder's device key, made (0600, never overwritten) when there is none."""
    path = device_key_path(root)
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return _load(path)  # made meanwhile by another process: use that one
        except OSError as exc:
            raise InputError("cert.key_unreadable", path=str(path),
                             detail=exc.strerror or exc.__class__.__name__) from exc
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        return key
    return _load(path)


def _load(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError("cert.key_unreadable", path=str(path), detail=str(exc)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError("cert.key_unreadable", path=str(path), detail="not an Ed25519 key")
    return key

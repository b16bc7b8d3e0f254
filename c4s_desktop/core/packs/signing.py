"""Ed25519 keys and signatures for packs.

``cryptography`` is imported inside the functions that sign or verify: the app imports this
module at start (for fingerprints and key decoding), and loading OpenSSL's bindings there
would slow every start for work done only when a pack is installed. ``hashlib`` too: it loads
OpenSSL's libcrypto, 3 MiB resident.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from c4s_desktop.core.errors import InputError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def generate_key_files(keyfile: Path) -> str:
    """Write a new private key to ``keyfile`` (mode 0600) and its public key to ``.pub``.

    Both files and their folder are flushed to disk before returning, so a key whose
    public half was handed out is not lost with a power cut or a stick pulled.
    Returns the public key in standard base64. Refuses to overwrite an existing key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from c4s_desktop.core.packs.copying import fsync_dir

    pubfile = keyfile.with_name(keyfile.name + ".pub")
    for path in (keyfile, pubfile):
        if path.exists():
            raise InputError("key.exists", path=str(path))
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        fd = os.open(keyfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise InputError("key.unwritable", path=str(keyfile), detail=exc.strerror) from exc
    public = public_key_b64(key)
    written = [keyfile]
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        with open(pubfile, "xb") as fh:
            written.append(pubfile)
            fh.write(public.encode("ascii") + b"\n")
            fh.flush()
            os.fsync(fh.fileno())
        fsync_dir(keyfile.parent)
    except OSError as exc:
        # Half a key pair would block the next keygen ("already exists") and help nobody.
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise InputError("key.unwritable", path=str(written[-1]), detail=exc.strerror) from exc
    return public


def readable_by_others(keyfile: Path) -> bool:
    """True when accounts other than the owner may read ``keyfile``: a mode wider than 0600,
    as a FAT or exFAT stick gives every file (it has no owners). Never on Windows."""
    if os.name != "posix":
        return False
    try:
        return bool(keyfile.stat().st_mode & 0o077)
    except OSError:
        return False


def load_private_key(keyfile: Path) -> Ed25519PrivateKey:
    """Read a private key written by :func:`generate_key_files`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        data = keyfile.read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError("key.unreadable", path=str(keyfile)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError("key.unreadable", path=str(keyfile))
    return key


def public_key_b64(key: Ed25519PrivateKey) -> str:
    """The public half of ``key``, raw 32 bytes in standard base64."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def decode_public_key(text: str) -> bytes | None:
    """The 32 raw bytes of a base64 public key, or None when it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def read_public_key_file(pubfile: Path) -> str:
    """Read a ``.pub`` file and return its key, normalised; raise if it holds none."""
    try:
        text = pubfile.read_text(encoding="ascii").strip()
    except FileNotFoundError as exc:
        raise InputError("key.pub_missing", path=str(pubfile)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("key.pub_unreadable", path=str(pubfile)) from exc
    raw = decode_public_key(text)
    if raw is None:
        raise InputError("key.pub_unreadable", path=str(pubfile))
    return base64.b64encode(raw).decode("ascii")


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    """Signature of ``data``, standard base64 on one line."""
    return base64.b64encode(key.sign(data)).decode("ascii")


def signature_valid(public_b64: str, data: bytes, signature_text: bytes) -> bool:
    """True when ``signature_text`` (base64, trailing newline allowed) signs ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw_key = decode_public_key(public_b64)
    if raw_key is None:
        return False
    try:
        sig = base64.b64decode(signature_text.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(raw_key).verify(sig, data)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def fingerprint(public_b64: str) -> str:
    """A short, readable fingerprint of a public key: SHA-256, first 16 bytes in hex groups."""
    raw = decode_public_key(public_b64) or public_b64.encode()
    import hashlib  # OpenSSL's libcrypto: not at start (see the module's docstring)

    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))

"""Making and checking secrets: device secrets, admin passwords and enrollment codes.

Device secrets are 256 random bits, so a salted SHA-256 is enough to keep them safe at rest
(no dictionary to try) and cheap enough to check on every request. Admin passwords are chosen
by people, so they are stretched with scrypt; a successful check is remembered in this process
for a few minutes (keyed by the stored hash, so a changed password or removed account is seen
at once), because scrypt on every request of a reporting tool would cost more than the query.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_GROUPS = 3
CODE_GROUP_LEN = 4
_VERIFIED_TTL_S = 300.0
_verified: dict[str, float] = {}


def new_secret() -> str:
    """A device secret: 32 random bytes, URL-safe base64."""
    return secrets.token_urlsafe(32)


def new_code() -> str:
    """A one-time enrollment code people can type: ``ABCD-EFGH-JKLM`` (60 bits)."""
    groups = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN))
        for _ in range(CODE_GROUPS)
    ]
    return "-".join(groups)


def normalise_code(code: str) -> str:
    """A code as typed (any case, spaces or dashes) in its one stored form."""
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(compact[i:i + CODE_GROUP_LEN] for i in range(0, len(compact), CODE_GROUP_LEN))


def code_hash(code: str) -> str:
    """What the server keeps of an enrollment code."""
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# Stand-ins checked when a name is unknown, so that answering costs what a wrong secret or
# password of a known name does and the time taken does not tell which names exist. Their
# digests are random bytes, not the hash of anything: nothing given matches them.
DUMMY_DEVICE_HASH = (f"sha256${_b64(secrets.token_bytes(16))}$"
                     f"{_b64(secrets.token_bytes(32))}")
DUMMY_PASSWORD_HASH = (f"scrypt${_b64(secrets.token_bytes(16))}$"
                       f"{_b64(secrets.token_bytes(64))}")


def hash_device_secret(secret: str) -> str:
    """``sha256$<salt>$<digest>`` of a device secret."""
    salt = secrets.token_bytes(16)
    digest = hashlib.sha256(salt + secret.encode()).digest()
    return f"sha256${_b64(salt)}${_b64(digest)}"


def hash_password(password: str) -> str:
    """``scrypt$<salt>$<digest>`` of an admin password."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${_b64(salt)}${_b64(digest)}"


def verify(stored: str, given: str) -> bool:
    """True when ``given`` matches ``stored`` (either kind), compared in constant time."""
    try:
        kind, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
    except ValueError:
        return False
    if kind == "sha256":
        return hmac.compare_digest(hashlib.sha256(salt + given.encode()).digest(), expected)
    if kind != "scrypt":
        return False
    memo = hashlib.sha256(stored.encode() + b"\0" + given.encode()).hexdigest()
    now = time.monotonic()
    if _verified.get(memo, 0.0) > now:
        return True
    actual = hashlib.scrypt(given.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    if not hmac.compare_digest(actual, expected):
        return False
    if len(_verified) > 1000:
        _verified.clear()
    _verified[memo] = now + _VERIFIED_TTL_S
    return True

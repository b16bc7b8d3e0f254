"""PINs stored as salted scrypt hashes, never in clear."""

from __future__ import annotations

import base64
import os
import re

PIN_RE = re.compile(r"^[0-9]{4,8}$")
# scrypt cost: about 50 ms on an old laptop; a 4-digit PIN is weak, so make guessing slow.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16


def is_valid_pin(pin: str) -> bool:
    """True for 4 to 8 digits."""
    return bool(PIN_RE.match(pin))


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` with a fresh random salt."""
    salt = os.urandom(SALT_BYTES)
    import hashlib  # OpenSSL's libcrypto (3 MiB resident): not at start

    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return "$".join(
        ("scrypt", str(N), str(R), str(P), base64.b64encode(salt).decode(),
         base64.b64encode(digest).decode())
    )


def check_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches a hash made by :func:`hash_pin` (constant-time compare)."""
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)

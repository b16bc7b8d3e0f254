"""Signing a certificate's facts with the device key, and checking a signed certificate.

A sealed certificate carries four fields: the canonical facts, their SHA-256, the Ed25519
signature over the facts (the *verification code*) and the device's public key. The SHA-256
adds no security (the signature does that); it tells the two failures apart: facts edited
after signing (the digest no longer matches) and a signature that is not the key's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from c4s_desktop.core.certificates.facts import CertificateFacts, parse_facts
from c4s_desktop.core.errors import InputError, TrustError
from c4s_desktop.core.packs.signing import fingerprint, public_key_b64

QR_PREFIX = "c4s-certificate"


@dataclass(frozen=True)
class SealedCertificate:
    """Facts with everything needed to check them offline."""

    facts: bytes
    facts_sha256: str
    signature: str
    """The verification code: the Ed25519 signature, URL-safe base64 without padding."""
    public_key: str
    """The device's public key, standard base64 (as pack keys are written)."""

    @property
    def key_fingerprint(self) -> str:
        """A short, readable fingerprint of the signing key."""
        return fingerprint(self.public_key)

    def qr_text(self, certificate_id: str) -> str:
        """What the certificate's QR code holds: its id and verification code."""
        return f"{QR_PREFIX}:{certificate_id}:{self.signature}"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def seal(key: Ed25519PrivateKey, facts: CertificateFacts) -> SealedCertificate:
    """Sign ``facts`` with the device ``key``."""
    data = facts.canonical()
    return SealedCertificate(data, hashlib.sha256(data).hexdigest(), _b64url(key.sign(data)),
                             public_key_b64(key))


def check(sealed: SealedCertificate, where: str) -> CertificateFacts:
    """The facts of ``sealed`` when its signature holds; else raise, naming ``where``.

    ``InputError`` (``cert.not_certificate``) when the fields cannot be read, ``TrustError``
    ``cert.altered`` when the facts changed after signing, ``cert.bad_signature`` when the
    signature is not the key's over them.
    """
    try:
        facts = parse_facts(sealed.facts)
    except ValueError as exc:
        raise InputError("cert.not_certificate", path=where,
                         detail="its facts cannot be read") from exc
    if hashlib.sha256(sealed.facts).hexdigest() != sealed.facts_sha256.strip().lower():
        raise TrustError("cert.altered", path=where)
    try:
        raw_key = base64.b64decode(sealed.public_key.strip(), validate=True)
        signature = base64.urlsafe_b64decode(sealed.signature.strip() + "==")
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, sealed.facts)
    except (binascii.Error, ValueError, InvalidSignature) as exc:
        raise TrustError("cert.bad_signature", path=where) from exc
    return facts

"""Reading a certificate PDF back (pypdf, no Qt) and checking it: ``c4s cert verify``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from c4s_desktop.core.certificates.facts import CertificateFacts
from c4s_desktop.core.certificates.seal import SealedCertificate, check
from c4s_desktop.core.certificates.xmp import read_packet
from c4s_desktop.core.errors import InputError

MAX_PDF_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class VerifiedCertificate:
    """A certificate whose signature holds, with the key that made it."""

    facts: CertificateFacts
    sealed: SealedCertificate


def _metadata(path: Path) -> bytes:
    """The raw XMP metadata stream of the PDF at ``path``."""
    from pypdf import PdfReader  # a dependency only this command needs
    from pypdf.errors import PyPdfError

    where = str(path)
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise InputError("cert.not_certificate", path=where, detail="it is far too large")
        with path.open("rb") as fh:
            if b"%PDF-" not in fh.read(1024):
                raise InputError("cert.not_certificate", path=where, detail="it is not a PDF")
        pypdf_log.setLevel(logging.ERROR)  # its repair warnings are not the user's concern
        reader = PdfReader(path)
        root = reader.trailer["/Root"].get_object()
        metadata = root.get("/Metadata") if isinstance(root, dict) else None
        data = metadata.get_object().get_data() if metadata is not None else None
    except FileNotFoundError as exc:
        raise InputError("cert.not_certificate", path=where, detail="there is no such file"
                         ) from exc
    except (OSError, PyPdfError, ValueError, KeyError, AttributeError, TypeError) as exc:
        raise InputError("cert.not_certificate", path=where, detail="it is not a readable PDF"
                         ) from exc
    finally:
        pypdf_log.setLevel(level)
    if not isinstance(data, bytes):
        raise InputError("cert.not_certificate", path=where,
                         detail="it carries no certificate data")
    return data


def verify_pdf(path: Path) -> VerifiedCertificate:
    """Check the certificate PDF at ``path`` offline; raise with the reason it fails.

    ``InputError`` ``cert.not_certificate``, or ``TrustError`` ``cert.altered`` /
    ``cert.bad_signature`` (see :func:`~c4s_desktop.core.certificates.seal.check`).
    """
    sealed = read_packet(_metadata(path))
    if sealed is None:
        raise InputError("cert.not_certificate", path=str(path),
                         detail="it carries no certificate data")
    return VerifiedCertificate(check(sealed, str(path)), sealed)

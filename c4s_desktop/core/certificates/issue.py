"""Issuing a certificate: the facts of a completed course, sealed with the device key."""

from __future__ import annotations

from dataclasses import dataclass

from c4s_desktop.core.certificates.device_key import device_key
from c4s_desktop.core.certificates.facts import CertificateFacts, facts_for
from c4s_desktop.core.certificates.seal import SealedCertificate, seal
from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.learners import Learner
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.store.database import Store


@dataclass(frozen=True)
class IssuedCertificate:
    """The facts and their seal, ready to be drawn into a PDF."""

    facts: CertificateFacts
    sealed: SealedCertificate


def issue_certificate(store: Store, learner: Learner, pack_id: str, lang: str,
                      ) -> IssuedCertificate:
    """Seal the facts of ``learner``'s completion of the installed course ``pack_id``.

    Raises ``NotFoundError`` when the pack is not installed or the course is not complete.
    """
    pack = get_installed(store, pack_id)
    if pack is None:
        raise NotFoundError("pack.not_installed", pack_id=pack_id)
    course = build_report(store, learner, [pack.manifest()]).courses[0]
    facts = facts_for(learner.name, course, lang)
    return IssuedCertificate(facts, seal(device_key(store.data_dir.root), facts))

"""Certificates in core: the device key, the signed facts, and the three ways a check fails."""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

import pytest

from c4s_desktop.core.certificates.device_key import device_key, device_key_path
from c4s_desktop.core.certificates.facts import parse_facts
from c4s_desktop.core.certificates.issue import issue_certificate
from c4s_desktop.core.certificates.seal import check, seal
from c4s_desktop.core.certificates.xmp import read_packet, xmp_packet
from c4s_desktop.core.errors import InputError, NotFoundError, TrustError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.store.database import Store
from tests.unit.test_progress_report import finished_at, learn_everything

PACK = "org.example.test"


def test_the_device_key_is_made_once_owner_only(tmp_path: Path) -> None:
    first = device_key(tmp_path)
    path = device_key_path(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert public_key_b64(device_key(tmp_path)) == public_key_b64(first)
    path.write_text("not a key")
    with pytest.raises(InputError) as caught:
        device_key(tmp_path)
    assert caught.value.code == "cert.key_unreadable"


def test_a_certificate_is_only_issued_for_a_completed_course(store: Store,
                                                             manifest: Manifest) -> None:
    ana = create_learner(store, "Ana Kovács")
    learn_everything(store, ana, manifest, skip={"l2-quiz"})
    with pytest.raises(NotFoundError) as caught:
        issue_certificate(store, ana, PACK, "fr")
    assert caught.value.message == (
        "Ana Kovács has not completed the course Paquet de test yet, so there is no "
        "certificate to save.")
    assert not device_key_path(store.data_dir.root).exists()


def test_issued_facts_check_and_survive_the_xmp_packet(store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana Kovács")
    learn_everything(store, ana, manifest)
    issued = issue_certificate(store, ana, PACK, "fr")
    facts = issued.facts
    assert (facts.learner, facts.course, facts.publisher) == ("Ana Kovács", "Paquet de test",
                                                              "Test publisher")
    assert [(m.title, m.score) for m in facts.modules] == [("Module 1", 100)]
    assert facts.completed_on == finished_at(store, ana.id, "l2-quiz")[:10]  # its last item
    assert issue_certificate(store, ana, PACK, "fr").facts.certificate_id != facts.certificate_id
    assert parse_facts(facts.canonical()) == facts
    back = read_packet(xmp_packet(issued.sealed, "Certificate <&>"))
    assert back == issued.sealed
    assert check(back, "c.pdf") == facts
    key = device_key(store.data_dir.root)
    assert issued.sealed.public_key == public_key_b64(key)


def test_a_check_says_why_it_fails(store: Store, manifest: Manifest, tmp_path: Path) -> None:
    ana = create_learner(store, "Ana")
    learn_everything(store, ana, manifest)
    sealed = issue_certificate(store, ana, PACK, "en").sealed
    altered = dataclasses.replace(sealed, facts=sealed.facts.replace(b'"Ana"', b'"Bob"'))
    with pytest.raises(TrustError) as caught:
        check(altered, "c.pdf")
    assert caught.value.code == "cert.altered"
    other = seal(device_key(tmp_path), parse_facts(sealed.facts))
    forged = dataclasses.replace(sealed, signature=other.signature)
    with pytest.raises(TrustError) as caught:
        check(forged, "c.pdf")
    assert caught.value.code == "cert.bad_signature"
    with pytest.raises(InputError) as caught:
        check(dataclasses.replace(sealed, facts=b"{}"), "c.pdf")
    assert caught.value.code == "cert.not_certificate"
    assert read_packet(b"<x/>") is None and read_packet(b"not xml") is None

"""``c4s cert verify`` on certificate PDFs drawn by the app: valid, altered, forged, foreign."""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPainter, QPdfWriter

from c4s_desktop.cli import main
from c4s_desktop.core.certificates.issue import issue_certificate
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.certificate_pdf import write_certificate
from tests.unit.test_progress_report import learn_everything

PACK = "org.example.test"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def certificate(store: Store, folder_pack: Path, tmp_path: Path, qapp: object) -> Path:
    """A certificate PDF, in French, for Ana, who completed the test course."""
    install_pack(store, folder_pack)
    manifest = list_installed(store)[0].manifest()
    ana = create_learner(store, "Ana")
    learn_everything(store, ana, manifest)
    issued = issue_certificate(store, ana, PACK, "fr")
    path = tmp_path / "certificate.pdf"
    write_certificate(path, issued.facts, issued.sealed, "fr")
    return path


def test_a_certificate_verifies_and_prints_its_facts(certificate: Path, store: Store,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cert", "verify", str(certificate))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "certificate OK: the signature matches the facts"
    assert "learner:     Ana" in lines and "publisher:   Test publisher" in lines
    assert f"course:      Paquet de test ({PACK})" in lines
    assert "  Module 1  100%" in lines
    assert lines[-1].startswith("signed by device key ")
    assert not lines[-1].endswith("(this computer)")

    code, out, _ = run(capsys, "cert", "verify", str(certificate), "--json", "--data-dir",
                       str(store.data_dir.root))
    data = json.loads(out)
    assert code == 0 and data["ok"] and data["this_device"]
    assert data["facts"]["learner"] == "Ana" and data["facts"]["lang"] == "fr"
    assert re.fullmatch(r"[0-9a-f-]{36}", data["facts"]["id"])


def test_altered_facts_and_forged_signatures_fail_with_their_reason(
        certificate: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = certificate.read_bytes()
    assert original.count(b'"learner":"Ana"') == 1
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(original.replace(b'"learner":"Ana"', b'"learner":"Bob"'))
    code, out, err = run(capsys, "cert", "verify", str(altered))
    assert code == 4 and out == ""
    assert err == (f"error: The facts in {altered} were changed after the certificate was "
                   "signed; do not trust it.\n")

    signature = re.search(rb"<c4s:signature>([A-Za-z0-9_-]+)</c4s:signature>", original)
    assert signature is not None
    code_text = signature.group(1)
    swapped = code_text[:10] + (b"A" if code_text[10:11] != b"A" else b"B") + code_text[11:]
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(original.replace(code_text, swapped))
    code, out, err = run(capsys, "cert", "verify", str(forged))
    assert code == 4 and "does not match its facts and key" in err


def test_other_files_are_not_certificates(tmp_path: Path, qapp: object,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.pdf"
    writer = QPdfWriter(str(plain))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Just a PDF")
    painter.end()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for path, why in ((plain, "it carries no certificate data"), (text, "it is not a PDF"),
                      (tmp_path / "missing.pdf", "there is no such file")):
        code, out, err = run(capsys, "cert", "verify", str(path))
        assert code == 10 and out == ""
        assert err == f"error: {path} is not a C4S Desktop certificate. (detail: {why})\n"


def test_verify_does_not_load_qt(certificate: Path) -> None:
    script = ("import sys\nfrom c4s_desktop.cli import main\n"
              f"code = main(['cert', 'verify', {str(certificate)!r}])\n"
              "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) "
              "else 'no qt', code)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines()[-1] == "no qt 0"

"""``c4s progress show`` and ``c4s progress rebuild`` on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted, seed_default_trust
from c4s_desktop.core.store.database import Store
from tests.unit.test_progress_report import learn_everything


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def install_trusted(store: Store, pack: Path, key: Ed25519PrivateKey) -> Manifest:
    """Install ``pack``, signed by ``key``, which the store trusts; its manifest."""
    seed_default_trust(store)
    add_trusted(store, public_key_b64(key), "test")
    install_pack(store, pack)
    return list_installed(store)[0].manifest()


@pytest.fixture
def learned(data_dir: Path, folder_pack: Path, key: Ed25519PrivateKey) -> Path:
    """A data folder with the test pack installed; Ana did all but the last quiz."""
    with Store.open(data_dir) as store:
        manifest = install_trusted(store, folder_pack, key)
        learn_everything(store, create_learner(store, "Ana"), manifest, skip={"l2-quiz"})
        create_learner(store, "Ben")
    return data_dir


def test_show_prints_the_summary_as_text_and_json(learned: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "progress", "show", "--learner", "ana", "--data-dir",
                         str(learned))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Ana: 1 course(s), ") and lines[0].endswith(" spent")
    assert lines[2].startswith("Test pack (Test publisher): 88%, in progress, ")
    assert "  Module 1: 88%, score 100%" in lines
    assert "    Lesson 1: 4/4 items" in lines and "    Lesson 2: 3/4 items" in lines
    assert "  quiz Quiz: 25% 100%✓" in lines
    assert lines[-1] == "  next: Quiz (Lesson 2)"

    code, out, err = run(capsys, "progress", "show", "--learner", "Ana", "--json", "--lang",
                         "fr", "--data-dir", str(learned))
    assert code == 0, err
    data = json.loads(out)
    course = data["courses"][0]
    assert data["learner"]["name"] == "Ana" and data["statements"] > 20
    assert course["title"] == "Paquet de test" and course["completion"] == 7 / 8
    assert course["modules"][0]["lessons"][1]["title"] == "Leçon 2"
    assert course["next"] == {"item": "l2-quiz", "title": "Quiz", "lesson": "Leçon 2"}
    assert [a["passed"] for a in course["quizzes"][0]["attempts"]] == [False, True]
    assert course["time_spent_s"] > 0 and course["completed_at"] is None

    code, out, err = run(capsys, "progress", "show", "--learner", "Ben", "--data-dir",
                         str(learned))
    assert code == 0 and "0%, in progress, 0 min 00 s spent" in out
    assert "next: Video (Lesson 1)" in out


def test_show_refuses_an_unknown_learner(learned: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for folder in (learned, tmp_path / "empty"):
        code, out, err = run(capsys, "progress", "show", "--learner", "Zoe", "--data-dir",
                             str(folder))
        # Before it (in ``learned`` only): the session learn_everything left open, as a cut
        # run would, was ended, and said so.
        refusal = err.splitlines()[-1]
        assert code == 9 and out == "" and refusal.startswith("error: ") and "Zoe" in refusal
    assert not (tmp_path / "empty").exists()


def test_rebuild_recomputes_from_statements_and_finds_damage(
        learned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "progress", "rebuild", "--data-dir", str(learned))
    assert code == 0, err
    assert out.startswith("rebuilt the progress of 8 items from ")
    assert out.endswith("; 0 differed from what was stored\n")
    with Store.open(learned) as store, store.transaction() as db:
        db.execute("UPDATE item_progress SET done = 0 WHERE item_id LIKE 'l1-%'")
        db.execute("DELETE FROM item_progress WHERE item_id = 'case'")
    code, out, err = run(capsys, "progress", "rebuild", "--data-dir", str(learned))
    assert code == 0 and out.endswith("; 5 differed from what was stored\n")
    code, out, _ = run(capsys, "progress", "show", "--learner", "Ana", "--data-dir",
                       str(learned))
    assert "    Lesson 1: 4/4 items" in out.splitlines()

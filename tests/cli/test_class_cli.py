"""``c4s learners`` and ``c4s progress class`` on a real data folder."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import create_learner, sign_in
from c4s_desktop.core.learners.pin_attempts import FREE_TRIES
from c4s_desktop.core.progress.class_csv import CSV_HEADERS
from c4s_desktop.core.store.database import Store
from tests.cli.test_progress_cli import install_trusted, run
from tests.unit.test_class_report import ANA_LAST, ANA_SPENT_S, ana_session


@pytest.fixture
def classroom(data_dir: Path, folder_pack: Path, key: Ed25519PrivateKey) -> Path:
    """The test pack installed; Ana with known figures, Ben with none, Zoë with a PIN."""
    with Store.open(data_dir) as store:
        manifest = install_trusted(store, folder_pack, key)
        ana_session(store, create_learner(store, "Ana"), manifest)
        sign_in(store, create_learner(store, "Ben").id)
        create_learner(store, "Zoë", pin="1357")
    return data_dir


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_learners_list_as_text_and_json(classroom: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "learners", "list", "--data-dir", str(classroom))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["name", "pin", "trainer", "last", "seen", "(UTC)"]
    assert lines[1].startswith("Ben   no   no       20")  # seen: most recent first
    assert lines[2:] == ["Ana   no   no       never", "Zoë   yes  no       never"]
    code, out, err = run(capsys, "learners", "list", "--json", "--data-dir", str(classroom))
    assert code == 0, err
    data = json.loads(out)
    assert [(x["name"], x["pin"], x["trainer"]) for x in data] == [
        ("Ben", False, False), ("Ana", False, False), ("Zoë", True, False)]
    code, out, _ = run(capsys, "learners", "list", "--data-dir", str(classroom.parent / "new"))
    assert code == 0 and out == "no learners on this computer\n"
    assert not (classroom.parent / "new").exists()


def test_making_a_trainer_asks_for_a_pin_when_there_is_none(
        classroom: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, "")
    code, out, err = run(capsys, "learners", "trainer", "ana", "--data-dir", str(classroom))
    assert code == 10 and out == ""
    assert err == ("error: A trainer sees every learner's progress, so Ana needs a PIN; give "
                   "one (4 to 8 digits).\n")
    stdin(monkeypatch, "24\n")
    code, out, err = run(capsys, "learners", "trainer", "ana", "--data-dir", str(classroom))
    assert code == 10 and err == "error: A PIN is 4 to 8 digits.\n"
    stdin(monkeypatch, "2468\n")
    code, out, err = run(capsys, "learners", "trainer", "ana", "--data-dir", str(classroom))
    assert code == 0, err
    assert out == "Ana is now a trainer: they see every learner's progress\n"
    with Store.open(classroom) as store:
        assert sign_in(store, "Ana", "2468").trainer


def test_a_learner_with_a_pin_keeps_it_and_loses_the_role_on_remove(
        classroom: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, "9999\n")
    code, out, err = run(capsys, "learners", "trainer", "Zoë", "--data-dir", str(classroom))
    assert code == 0, err
    assert sys.stdin.read() == "9999\n"  # not asked for: Zoë has a PIN
    code, out, err = run(capsys, "learners", "trainer", "zoë", "--remove",
                         "--data-dir", str(classroom))
    assert code == 0 and out == "Zoë is no longer a trainer (their PIN is kept)\n"
    with Store.open(classroom) as store:
        zoe = sign_in(store, "Zoë", "1357")
        assert zoe.has_pin and not zoe.trainer
    code, out, err = run(capsys, "learners", "trainer", "Nobody", "--data-dir", str(classroom))
    assert code == 9 and "Nobody" in err


def test_a_forgotten_pin_is_replaced_or_removed_by_the_owner(
        classroom: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(classroom) as store:
        for _ in range(FREE_TRIES):
            with pytest.raises(InputError):
                sign_in(store, "Zoë", "0000")
    stdin(monkeypatch, "12\n")
    code, out, err = run(capsys, "learners", "pin", "zoë", "--data-dir", str(classroom))
    assert code == 10 and err == "error: A PIN is 4 to 8 digits.\n"
    stdin(monkeypatch, "")
    code, out, err = run(capsys, "learners", "pin", "zoë", "--data-dir", str(classroom))
    assert code == 10 and err == "error: A PIN is 4 to 8 digits.\n"
    stdin(monkeypatch, "8642\n")
    code, out, err = run(capsys, "learners", "pin", "zoë", "--data-dir", str(classroom))
    assert (code, out) == (0, "Zoë has a new PIN\n"), err
    with Store.open(classroom) as store:
        with pytest.raises(InputError) as info:
            sign_in(store, "Zoë", "1357")
        assert info.value.code == "learner.wrong_pin", "the old PIN is gone, and no wait"
        assert sign_in(store, "Zoë", "8642").has_pin

    code, out, err = run(capsys, "learners", "pin", "Zoë", "--remove", "--data-dir",
                         str(classroom))
    assert code == 0 and out == ("Zoë has no PIN now: anyone on this computer can open their "
                                 "progress\n")
    with Store.open(classroom) as store:
        assert not sign_in(store, "Zoë").has_pin
    stdin(monkeypatch, "2468\n")
    assert run(capsys, "learners", "trainer", "Zoë", "--data-dir", str(classroom))[0] == 0
    code, out, err = run(capsys, "learners", "pin", "Zoë", "--remove", "--data-dir",
                         str(classroom))
    assert code == 10 and "needs a PIN" in err
    with Store.open(classroom) as store:
        assert sign_in(store, "Zoë", "2468").trainer


def test_class_progress_as_text(classroom: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, "")
    assert run(capsys, "learners", "trainer", "Zoë", "--data-dir", str(classroom))[0] == 0
    code, out, err = run(capsys, "progress", "class", "--lang", "fr",
                         "--data-dir", str(classroom))
    assert code == 0, err
    assert out.splitlines() == [
        "Paquet de test (org.example.test): 2 learner(s)",
        "  learner  done  items  quizzes passed  average best score  time spent  "
        "last active (UTC)",
        "  Ana      38%   3/8    1/2             70%                 6 min 02 s  "
        "2026-11-20 09:12",
        "  Ben      0%    0/8    0/2             -                   0 min 00 s  never",
    ]
    assert ANA_SPENT_S == 6 * 60 + 2


def test_class_progress_as_json_and_csv(classroom: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "progress", "class", "--json", "--course", "org.example.test",
                         "--data-dir", str(classroom))
    assert code == 0, err
    course = json.loads(out)["courses"][0]
    assert course["id"] == "org.example.test" and course["title"] == "Test pack"
    ana = course["learners"][0]
    assert [x["name"] for x in course["learners"]] == ["Ana", "Ben", "Zoë"]
    assert (ana["items_done"], ana["quizzes_passed"], ana["last_active"]) == (3, 1, ANA_LAST)
    assert ana["mean_score"] == pytest.approx(0.7) and ana["completion"] == 3 / 8

    sheet = tmp_path / "class.csv"
    code, out, err = run(capsys, "progress", "class", "--csv", str(sheet),
                         "--data-dir", str(classroom))
    assert code == 0 and out == f"saved 3 row(s), 1 course(s), to {sheet}\n"
    with open(sheet, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(CSV_HEADERS) and [row[0] for row in rows[1:]] == ["Ana", "Ben", "Zoë"]

    with pytest.raises(SystemExit) as info:
        main(["progress", "class", "--csv", str(sheet), "--json", "--data-dir", str(classroom)])
    assert info.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_an_unknown_course_is_named_and_refused(classroom: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "class.csv"
    for folder in (classroom, tmp_path / "empty"):
        code, out, err = run(capsys, "progress", "class", "--course", "org.example.nope",
                             "--csv", str(sheet), "--data-dir", str(folder))
        assert (code, out) == (9, "")
        assert err == "error: No pack with the id org.example.nope is installed.\n"
    assert not sheet.exists() and not (tmp_path / "empty").exists()


def test_a_trainer_moved_by_progress_file_is_a_learner_on_the_other_computer(
        classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "learners", "trainer", "Zoë", "--data-dir", str(classroom))
    assert code == 0, err
    saved = tmp_path / "class.c4sprogress"
    code, _, err = run(capsys, "progress", "save", "--to", str(saved), "--learner", "Zoë",
                       "--learner", "Ben", "--data-dir", str(classroom))
    assert code == 0, err
    other = tmp_path / "other"
    code, _, err = run(capsys, "progress", "load", str(saved), "--data-dir", str(other))
    assert code == 0, err
    code, out, err = run(capsys, "learners", "list", "--json", "--data-dir", str(other))
    assert code == 0, err
    # Neither the role nor the trainer's PIN travels: a short PIN is found from its hash.
    assert {(x["name"], x["pin"], x["trainer"]) for x in json.loads(out)} == {
        ("Ben", False, False), ("Zoë", False, False)}


def test_two_learners_of_one_name_are_told_apart_by_renaming(
        classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "learners", "rename", "Ben", "Ben Kovács", "--data-dir",
                         str(classroom))
    assert (code, out, err) == (0, "Ben is now called Ben Kovács\n", "")
    code, out, err = run(capsys, "learners", "rename", "Ana", "zoë", "--data-dir",
                         str(classroom))
    assert code != 0 and out == ""
    assert err == "error: There is already a learner called 'Zoë'; choose another name.\n"
    code, out, _ = run(capsys, "learners", "list", "--json", "--data-dir", str(classroom))
    assert sorted(x["name"] for x in json.loads(out)) == ["Ana", "Ben Kovács", "Zoë"]


def test_a_trainer_given_or_renamed_in_a_folder_never_used_is_not_there_and_nothing_is_made(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new"
    for args in (("trainer", "Ana"), ("trainer", "Ana", "--remove"), ("rename", "Ana", "Bo")):
        code, out, err = run(capsys, "learners", *args, "--data-dir", str(new))
        assert (code, out) == (9, "")
        assert err == "error: There is no learner 'Ana' on this computer.\n"
        assert not new.exists()


def test_taking_the_role_from_a_learner_who_has_not_got_it_says_so(
        classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "learners", "trainer", "Ana", "--remove",
                         "--data-dir", str(classroom))
    assert (code, out, err) == (0, "Ana is not a trainer\n", "")


def test_names_in_wide_characters_keep_the_columns_in_line(
        classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(classroom) as store:
        create_learner(store, "王小明")
        create_learner(store, "🎓 Zoë")
        create_learner(store, "Ṣọ̀lá")  # the grave accent stays a combining mark in NFC
    code, out, err = run(capsys, "learners", "list", "--data-dir", str(classroom))
    assert code == 0, err
    assert out.splitlines()[0] == "name    pin  trainer  last seen (UTC)"  # 6 columns wide
    assert out.splitlines()[2:] == [
        "Ana     no   no       never",
        "Zoë     yes  no       never",
        "Ṣọ̀lá    no   no       never",
        "王小明  no   no       never",
        "🎓 Zoë  no   no       never",
    ]
    code, out, err = run(capsys, "progress", "class", "--data-dir", str(classroom))
    assert code == 0, err
    lines = out.splitlines()[1:]
    assert [line.partition("/")[0] for line in lines[1:]] == [
        "  Ana      38%   3", "  Ben      0%    0", "  Zoë      0%    0",
        "  Ṣọ̀lá     0%    0", "  王小明   0%    0", "  🎓 Zoë   0%    0"]
    assert lines[0].startswith("  learner  done  items")


def test_a_spreadsheet_path_naming_no_file_is_refused(
        classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "progress", "class", "--csv", "", "--data-dir", str(classroom))
    assert (code, out) == (10, "")
    assert err.startswith("error: The spreadsheet cannot be saved as .; choose another folder "
                          "or name.")

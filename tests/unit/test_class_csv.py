"""The class progress spreadsheet: its encoding, its cells, and writing it whole or not at all."""

from __future__ import annotations

import csv
import errno
import os
from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError, SpaceError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.class_csv import CSV_HEADERS, utc_minute, write_class_csv
from c4s_desktop.core.progress.class_report import ClassReport, class_report
from c4s_desktop.core.progress.percent import whole_percent
from c4s_desktop.core.store.database import Store
from tests.unit.test_class_report import ana_session


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to write to (``tmp_path`` holds the store and the pack)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


@pytest.fixture
def report(store: Store, manifest: Manifest) -> ClassReport:
    """Ana with known figures (see ``ana_session``), and three names a spreadsheet would run."""
    ana_session(store, create_learner(store, "Ana"), manifest)
    for name in ("=cmd|' /C calc'!A0", "+1", "@SUM(A1:A2)", "-2", "Zoë, \"la\" grande"):
        create_learner(store, name)
    return class_report(store)


def test_rows_encoding_and_figures(report: ClassReport, out: Path) -> None:
    path = out / "class.csv"
    path.write_bytes(b"an older sheet")
    assert write_class_csv(path, report, "fr") == 6
    assert [p.name for p in out.iterdir()] == ["class.csv"]  # replaced, no hidden file left
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfLearner,Course,Course id,Done (%),")
    assert data.endswith(b"\r\n") and "Zoë".encode() in data
    rows = read_rows(path)
    assert rows[0] == list(CSV_HEADERS)
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Ana"] == ["Ana", "Paquet de test", "org.example.test", "38", "3", "8", "1",
                              "2", "70", "6.0", "2026-11-20 09:12", ""]
    assert by_name['Zoë, "la" grande'][3:] == ["0", "0", "8", "0", "2", "", "0.0", "", ""]


def test_cells_a_spreadsheet_would_run_are_written_as_text(report: ClassReport,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    write_class_csv(path, report, "en")
    names = [row[0] for row in read_rows(path)[1:]]
    assert names == ["'+1", "'-2", "'=cmd|' /C calc'!A0", "'@SUM(A1:A2)", "Ana",
                     'Zoë, "la" grande']


def test_translated_headers_and_titles(report: ClassReport, tmp_path: Path) -> None:
    path = tmp_path / "classe.csv"
    headers = [f"Colonne {n}" for n in range(len(CSV_HEADERS))]
    headers[0] = "=Apprenant"
    write_class_csv(path, report, "fr", headers)
    rows = read_rows(path)
    assert rows[0] == ["'=Apprenant", *headers[1:]]
    with pytest.raises(ValueError):
        write_class_csv(path, report, "fr", headers[:-1])


def test_percentages_and_times() -> None:
    assert [whole_percent(v) for v in (0, 0.004, 0.005, 0.875, 0.994, 0.996, 1.0)] == [
        0, 0, 1, 88, 99, 99, 100]  # 99.6 % done is not done
    # Half up as written, though 0.145 is stored as 0.14499999999999999; never out of 0..100.
    assert [whole_percent(v) for v in (29 / 200, 57 / 200, -0.2, 1.7)] == [15, 29, 0, 100]
    assert utc_minute("2026-11-20T09:12:59.999Z") == "2026-11-20 09:12"
    assert utc_minute("2026-11-20T11:05:00+02:00") == "2026-11-20 09:05"


def test_a_folder_in_the_way_is_refused_and_kept(report: ClassReport, out: Path) -> None:
    target = out / "class.csv"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(InputError) as info:
        write_class_csv(target, report, "en")
    assert info.value.code == "class.csv_unwritable"
    assert info.value.message == (f"The spreadsheet cannot be saved as {target}; choose another "
                                  "folder or name.")
    assert [p.name for p in out.iterdir()] == ["class.csv"]
    assert (target / "keep.txt").read_text() == "mine"


def test_a_failed_write_leaves_the_old_file_whole(report: ClassReport, out: Path) -> None:
    # A name this long leaves no room for the hidden file written first (even as root, who
    # may write anywhere): the write fails before the old file could be touched.
    target = out / (("c" * 246) + ".csv")
    target.write_bytes(b"last week's figures")
    with pytest.raises(InputError) as info:
        write_class_csv(target, report, "en")
    assert info.value.code == "class.csv_unwritable"
    assert target.read_bytes() == b"last week's figures"
    assert [p.name for p in out.iterdir()] == [target.name]


def test_a_row_for_an_unknown_course_writes_nothing(report: ClassReport,
                                                    out: Path) -> None:
    # Whatever stops the write half-way, the old file stays and no part of the new one does.
    target = out / "class.csv"
    target.write_bytes(b"old")
    broken = ClassReport((), report.rows)
    with pytest.raises(KeyError):
        write_class_csv(target, broken, "en")
    assert target.read_bytes() == b"old" and [p.name for p in out.iterdir()] == [target.name]



def test_a_spreadsheet_for_a_language_with_a_decimal_comma(report: ClassReport,
                                                           out: Path) -> None:
    path = out / "classe.csv"
    write_class_csv(path, report, "fr", delimiter=";", decimal=",")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfLearner;Course;Course id;Done (%);")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Ana"][3:] == ["38", "3", "8", "1", "2", "70", "6,0", "2026-11-20 09:12", ""]
    assert by_name['Zoë, "la" grande'][9] == "0,0"
    assert by_name["'=cmd|' /C calc'!A0"][0] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize("name", ["", ".", "/"])
def test_a_path_naming_no_file_is_refused(report: ClassReport, out: Path, name: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(out)
    with pytest.raises(InputError) as info:
        write_class_csv(Path(name), report, "en")
    assert info.value.code == "class.csv_unwritable"
    assert info.value.message.startswith("The spreadsheet cannot be saved as ")
    assert list(out.iterdir()) == []


def test_a_full_disk_says_the_spreadsheet_was_not_saved(
        report: ClassReport, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "class.csv"
    target.write_bytes(b"last week's figures")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SpaceError) as info:
        write_class_csv(target, report, "en")
    assert info.value.code == "class.csv_disk_full"
    assert info.value.message == (f"The disk holding {out} is full, so the spreadsheet was not "
                                  "saved; free some space or choose another drive.")
    assert target.read_bytes() == b"last week's figures"
    assert [p.name for p in out.iterdir()] == [target.name]

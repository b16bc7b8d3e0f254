"""``c4s progress save`` refuses progress too big for one file before writing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from c4s_desktop.cli import main
from c4s_desktop.core.exchange import bundle_file
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from tests.sync.conftest import completions


def test_save_refuses_more_than_a_file_holds_and_leaves_the_stick_empty(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        for name in ("Anna", "Béla"):
            record(store, completions(create_learner(store, name).id, 2))
    monkeypatch.setattr(bundle_file, "MAX_STATEMENTS", 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    code = main(["--data-dir", str(data), "progress", "save", "--to", str(stick)])
    out, err = capsys.readouterr()
    assert code == 10 and out == ""
    megabytes = bundle_file.MAX_MEMBER_BYTES // 1_000_000
    assert err.splitlines() == [
        f"error: This progress (4 records) is more than one progress file can hold (at most 3 "
        f"records and {megabytes} MB), so no file was saved; save fewer learners in each file. "
        "(detail: 4 statements, more than 3)"]
    assert list(stick.iterdir()) == []
    # What the sentence asks for works: fewer learners in each file.
    for name in ("Anna", "Béla"):
        assert main(["--data-dir", str(data), "progress", "save", "--to",
                     str(stick / f"{name}.c4sprogress"), "--learner", name]) == 0
    assert sorted(p.name for p in stick.iterdir()) == ["Anna.c4sprogress", "Béla.c4sprogress"]

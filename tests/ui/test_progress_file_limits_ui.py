"""File → Save my progress to a drive… with more progress than one file holds: the learner
is told in one sentence, and no file appears on the drive."""

from __future__ import annotations

from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.exchange import bundle_file
from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.error_dialog import ErrorDialog
from tests.sync.conftest import completions
from tests.ui.conftest import Launch
from tests.ui.test_learners_progress import add_learners
from tests.ui.test_progress_exchange import WAIT_MS, signed_in


def test_saving_more_than_a_file_holds_says_so_and_writes_nothing(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_learners(app_dir, "Anna")
    with Store.open(app_dir) as store:
        record(store, completions(find_learner(store, "Anna").id, 3))
    monkeypatch.setattr(bundle_file, "MAX_STATEMENTS", 2)
    controller = signed_in(qtbot, launch, "Anna")
    exchange = controller.progress_exchange()
    stick = tmp_path / "stick"
    stick.mkdir()
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.save_to(stick / "anna")
    failed = done.args[0]
    assert isinstance(failed, InputError) and failed.code == "exchange.save_too_big"
    assert controller.window is not None
    dialogs = [d for d in controller.window.findChildren(ErrorDialog) if d.isVisible()]
    assert len(dialogs) == 1, "the learner is not told"
    megabytes = bundle_file.MAX_MEMBER_BYTES // 1_000_000
    assert dialogs[0].message.text() == (
        f"This progress (3 records) is more than one progress file can hold (at most 2 records "
        f"and {megabytes} MB), so no file was saved; save fewer learners in each file.")
    assert controller.window.statusBar().currentMessage() == ""
    assert list(stick.iterdir()) == []
    dialogs[0].close()

"""A slow opening of the data folder (the first start of a version that changes the database)
shows what it does instead of nothing, and Quit stops it with the database as it was.

Real controller, store worker and files; the change is one more migration appended to the
app's, over a database big enough for a copy of many steps, and the window says what happens
at once instead of after a second.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from c4s_desktop.core.store import migrations
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.opening import Opening, Stage
from c4s_desktop.ui import controller as controller_module
from tests.schema_behind import schema_version, step_behind
from tests.ui.conftest import Launch

ROWS = 3000
"""Rows of 2 KB: a 7 MB database, a copy of about 60 steps of 32 pages."""


@pytest.fixture
def behind(app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``app_dir`` one schema behind the app, closed cleanly; the window told at once."""
    step_behind(app_dir, ROWS, monkeypatch)
    monkeypatch.setattr(controller_module, "SLOW_OPEN_MS", 0)
    return app_dir


def test_the_steps_are_shown_until_the_window_comes(qtbot, launch: Launch,
                                                    behind: Path) -> None:
    seen: list[str] = []
    controller = launch(wait=False)
    qtbot.waitUntil(lambda: controller.opening_dialog is not None, timeout=10_000)
    dialog = controller.opening_dialog
    assert dialog is not None and dialog.isVisible()
    controller.worker.open_progress.connect(lambda *_step: seen.append(dialog.step.text()))
    with qtbot.waitSignal(controller.ready, timeout=30_000):
        pass
    assert "Updating your data for this version of C4S Desktop." in seen
    assert controller.opening_dialog is None and not dialog.isVisible()
    assert controller.window is not None and controller.window.isVisible()
    assert schema_version(behind) == len(migrations.MIGRATIONS)


def test_quit_stops_the_opening_and_leaves_the_database_as_it_was(
        qtbot, launch: Launch, behind: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The copy waits at its first step until Quit is pressed: on a warm cache the whole
    # opening could otherwise end before the click.
    clicked = threading.Event()
    report = Opening.report

    def held(self: Opening, stage: Stage, done: int = 0, total: int = 0) -> None:
        report(self, stage, done, total)
        if done:
            clicked.wait(timeout=10)

    monkeypatch.setattr(Opening, "report", held)
    controller = launch(wait=False)
    qtbot.waitUntil(lambda: controller.opening_dialog is not None, timeout=10_000)
    dialog = controller.opening_dialog
    assert dialog is not None
    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        dialog.quit_button.click()
        clicked.set()
        assert "Stopping" in dialog.step.text() and not dialog.quit_button.isEnabled()
    assert finished.args == [0]
    assert controller.window is None and not dialog.isVisible()
    assert schema_version(behind) == len(migrations.MIGRATIONS) - 1
    assert not list((behind / "backups").glob("*.part*"))
    controller.shutdown()
    Store.open(behind, check=False).close()  # the folder is free, and the next start migrates
    assert schema_version(behind) == len(migrations.MIGRATIONS)

"""One app per data folder: a second one is refused politely and ends with exit code 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.error_dialog import ErrorDialog
from tests.ui.conftest import Launch

REPO = Path(__file__).resolve().parents[2]


def _error_dialog() -> ErrorDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_a_second_app_on_the_same_folder_is_refused(qtbot, launch: Launch, app_dir: Path) -> None:
    first = launch()
    second = launch(wait=False)
    qtbot.waitUntil(lambda: _error_dialog() is not None, timeout=10_000)
    dialog = _error_dialog()
    assert dialog is not None
    assert dialog.windowTitle() == "C4S Desktop is already open"
    assert "is in use by another C4S Desktop window" in dialog.message.text()
    assert second.window is None
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("code: store.busy")
    assert dialog.isVisible()
    with qtbot.waitSignal(second.finished) as ended:
        dialog.accept()
    assert ended.args == [1]
    assert first.window is not None and first.window.isVisible()


def test_a_second_process_is_refused_with_exit_code_1(app_dir: Path, tmp_path: Path) -> None:
    with Store.open(app_dir):
        done = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(app_dir),
             "--demo-packs", str(tmp_path / "none"), "--screenshot", str(tmp_path / "x.png")],
            capture_output=True, text=True, timeout=60, cwd=REPO,
            env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
        )
    assert done.returncode == 1
    assert "is in use by another C4S Desktop window" in done.stderr
    assert not (tmp_path / "x.png").exists()


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(REPO)}

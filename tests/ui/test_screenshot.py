"""``--screenshot``: a real process starts, installs the demo, opens an item and saves a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from c4s_desktop.ui.main_window import DEFAULT_SIZE
from tests.ui.conftest import PACK_ID

REPO = Path(__file__).resolve().parents[2]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from c4s_desktop.app import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=90, cwd=REPO, env=env)


@pytest.mark.parametrize("item", [None, "l1-text", "l1-sheet"])
def test_screenshot_writes_a_png_of_the_window(
    app_dir: Path, demo_dir: Path, tmp_path: Path, item: str | None
) -> None:
    out = tmp_path / "shots" / "app.png"
    args = ["--data-dir", str(app_dir), "--demo-packs", str(demo_dir), "--screenshot", str(out),
            "--lang", "en"]
    if item is not None:
        args += ["--open", f"{PACK_ID}/{item}"]
    done = run_app(*args)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (DEFAULT_SIZE.width(), DEFAULT_SIZE.height())


def test_an_unknown_item_to_open_fails_the_screenshot(app_dir: Path, demo_dir: Path,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "app.png"
    done = run_app("--data-dir", str(app_dir), "--demo-packs", str(demo_dir),
                   "--screenshot", str(out), "--open", f"{PACK_ID}/nope", "--lang", "en")
    assert done.returncode == 1
    assert f"There is no item {PACK_ID}/nope in the library." in done.stderr
    assert not out.exists()


def test_a_malformed_open_argument_is_a_usage_error(tmp_path: Path) -> None:
    done = run_app("--data-dir", str(tmp_path / "d"), "--open", "no-slash")
    assert done.returncode == 2
    assert "PACK_ID/ITEM_ID" in done.stderr


def test_start_up_does_not_import_the_heavy_modules() -> None:
    code = (
        "import sys; import c4s_desktop.app, c4s_desktop.ui.controller; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('vlc', 'requests') or m in ('PySide6.QtPdf', 'PySide6.QtMultimedia')))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"

"""End to end on small screens: the real app on an Xvfb server of its own, a 1024x600 netbook
screen and a 1366x768 one scaled to 150 % (what a desktop's 150 % text gives Qt), opens its
window within the screen: no status bar or button below its edge."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
DEMO_PACK = "eu.cluster4smart.essentials"
WAIT_S = 120

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None,
                                reason="needs xvfb-run (Debian's xvfb), which ./dev.sh installs")


def screenshot_on(screen: str, tmp_path: Path, scale: str | None) -> QImage:
    """The window's picture, taken by the app on an Xvfb screen of ``screen`` (WxH)."""
    out = tmp_path / "window.png"
    env = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    env["QT_QPA_PLATFORM"] = "xcb"
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24",
               sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data"),
               "--lang", "hu", "--learner", "Ana", "--open", f"{DEMO_PACK}/m1-l1-video",
               "--video-backend", "qt", "--screenshot", str(out)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=WAIT_S)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    image = QImage(str(out))
    assert not image.isNull()
    return image


@pytest.mark.parametrize(("screen", "scale"), [("1024x600", None), ("1366x768", "1.5")])
def test_the_window_opens_within_a_small_screen(tmp_path: Path, screen: str,
                                                scale: str | None) -> None:
    width, height = (int(n) for n in screen.split("x"))
    image = screenshot_on(screen, tmp_path, scale)
    # A scaled window's picture is in device pixels, rounded up: one pixel of slack.
    assert image.width() <= width + 1 and image.height() <= height + 1

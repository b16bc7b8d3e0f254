"""The app's look: the Fusion style (the same on every system) and ``resources/styles/app.qss``."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from c4s_desktop.core.resources import resources_dir


def apply_style(app: QApplication) -> None:
    """Use Fusion and the app's style sheet (when it is there)."""
    app.setStyle("Fusion")
    sheet = resources_dir() / "styles" / "app.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))

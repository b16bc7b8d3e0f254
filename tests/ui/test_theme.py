"""Light and dark themes: readable palettes, visible focus, following the system, and the
Settings choice that is saved in the data folder and applies at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.ui.settings_dialog import SettingsDialog
from c4s_desktop.ui.settings_flow import THEME_KEY, save_theme, saved_theme
from c4s_desktop.ui.style import ThemeKeeper, apply_style, palette_for, style_sheet
from tests.ui.conftest import Launch

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app styled as ``c4s-desktop`` styles it; Qt's own look again afterwards."""
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    for keeper in qapp.findChildren(ThemeKeeper):
        keeper.setParent(None)
        keeper.deleteLater()
    desktop_switches_to(QGuiApplication.styleHints().colorScheme())
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_palette_is_readable(scheme: str) -> None:
    palette = palette_for(scheme)
    for text, back in ((Role.Text, Role.Base), (Role.WindowText, Role.Window),
                       (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
                       (Role.ToolTipText, Role.ToolTipBase)):
        assert contrast(palette.color(text), palette.color(back)) >= 4.5, (scheme, text)
    assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 3
    # the focus outline (the highlight colour) stands out from what it surrounds
    for back in (Role.Window, Role.Base, Role.Button):
        assert contrast(palette.color(Role.Highlight), palette.color(back)) >= 3, (scheme, back)
    dark = luminance(palette.color(Role.Window)) < 0.2
    assert dark == (scheme == "dark")
    sheet = style_sheet(scheme)
    assert "palette(highlight)" in sheet and ("#90caf9" in sheet) == (scheme == "dark")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_focused_button_shows_an_outline(qtbot, themed: QApplication, scheme: str) -> None:
    apply_style(themed, scheme)
    host = QWidget()
    layout = QVBoxLayout(host)
    first, second = QPushButton("First"), QPushButton("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus, timeout=5_000)
    highlight = palette_for(scheme).color(Role.Highlight).rgb()

    def outline_pixels(button: QPushButton) -> int:
        image = button.grab().toImage()
        y = image.height() // 2
        return sum(1 for x in range(4) if image.pixel(x, y) == highlight)

    assert outline_pixels(second) >= 1
    assert outline_pixels(first) == 0


def desktop_switches_to(scheme: Qt.ColorScheme) -> None:
    """What Qt's platform theme says when the desktop changes its colour scheme (the test
    platforms cannot change theirs, so the test says it in their place)."""
    QGuiApplication.styleHints().colorSchemeChanged.emit(scheme)


def test_system_follows_the_desktop_and_a_choice_overrides_it(themed: QApplication) -> None:
    keeper = apply_style(themed, "system")
    desktop_switches_to(Qt.ColorScheme.Light)
    assert keeper.scheme == "light"
    desktop_switches_to(Qt.ColorScheme.Dark)  # the desktop switches to dark while we run
    assert keeper.scheme == "dark"
    assert themed.palette().color(Role.Window) == palette_for("dark").color(Role.Window)
    keeper.set_choice("light")
    assert keeper.scheme == "light"
    desktop_switches_to(Qt.ColorScheme.Light)
    desktop_switches_to(Qt.ColorScheme.Dark)
    assert keeper.scheme == "light"  # a learner's choice is not the system's to change
    assert apply_style(themed, "system") is keeper and keeper.scheme == "dark"


def test_the_theme_setting_is_saved(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        assert saved_theme(store) == "system"
        save_theme(store, "dark")
        assert saved_theme(store) == "dark" and get_meta(store, THEME_KEY) == "dark"
        with pytest.raises(ValueError):
            save_theme(store, "purple")


def test_settings_applies_a_theme_at_once_and_the_next_start_uses_it(
        qtbot, launch: Launch, app_dir: Path, themed: QApplication) -> None:
    keeper = apply_style(themed, "system")
    desktop_switches_to(Qt.ColorScheme.Light)
    controller = launch()
    window = controller.window
    assert window is not None and keeper.scheme == "light"
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.settings.dialog, SettingsDialog),
                    timeout=10_000)
    dialog = controller.settings.dialog
    assert dialog is not None and dialog.chosen_theme() == "system"
    assert [dialog.theme.itemText(i) for i in range(3)] == ["Same as the system", "Light",
                                                            "Dark"]
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert keeper.scheme == "dark" and keeper.choice == "dark"
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=10_000)
    controller.shutdown()
    window.close()
    with Store.open(app_dir, write=False) as store:
        assert saved_theme(store) == "dark"

    keeper.set_choice("system")
    assert keeper.scheme == "light"
    launch()
    qtbot.waitUntil(lambda: keeper.scheme == "dark", timeout=10_000)

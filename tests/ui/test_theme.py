"""Light and dark themes: readable palettes, icons and verdict colours, visible focus, following
the system, and the Settings choice that is saved in the data folder and applies at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.ui.quiz.fonts import colour
from c4s_desktop.ui.settings_dialog import SettingsDialog
from c4s_desktop.ui.settings_flow import THEME_KEY, save_theme, saved_theme
from c4s_desktop.ui.style import (
    VERDICT_COLOURS,
    apply_style,
    hint_colour,
    palette_for,
    style_sheet,
)
from tests.ui.conftest import Launch, drop_theme_keepers

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


def ink(icon: QIcon, size: int = 16) -> QColor:
    """The mean colour of an icon's opaque pixels at ``size``: what its glyph is drawn in."""
    image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    opaque = [image.pixelColor(x, y) for y in range(image.height())
              for x in range(image.width()) if image.pixelColor(x, y).alpha() >= 200]
    assert opaque, "the icon is empty"
    return QColor(*(round(sum(getattr(c, part)() for c in opaque) / len(opaque))
                    for part in ("red", "green", "blue")))


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app styled as ``c4s-desktop`` styles it; Qt's own look again afterwards."""
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    drop_theme_keepers(qapp)
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
    sheet = style_sheet(scheme, QApplication.font())
    assert "palette(highlight)" in sheet and ("#90caf9" in sheet) == (scheme == "dark")
    # right and wrong, on the page (window) and in the review (base)
    for verdict in VERDICT_COLOURS[scheme].values():
        for back in (Role.Window, Role.Base):
            assert contrast(QColor(verdict), palette.color(back)) >= 4.5, (scheme, verdict, back)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_verdict_label_reads_on_the_theme_and_follows_a_change(
        qtbot, themed: QApplication, scheme: str) -> None:
    keeper = apply_style(themed, scheme)
    right, wrong = QLabel("Right!"), QLabel("Not right.")
    for label in (right, wrong):
        qtbot.addWidget(label)
        label.show()
    colour(right, True)
    colour(wrong, False)

    def readable(theme: str) -> None:
        window = palette_for(theme).color(Role.Window)
        for label in (right, wrong):
            shown = label.palette().color(label.foregroundRole())
            assert contrast(shown, window) >= 4.5, (theme, label.text(), shown.name())

    readable(scheme)
    other = "light" if scheme == "dark" else "dark"
    keeper.set_choice(other)  # Settings, while the feedback shows
    readable(other)


def test_text_sizes_in_the_sheets_follow_the_app_font(themed: QApplication) -> None:
    font = QApplication.font()
    font.setPointSizeF(12)
    sheet = style_sheet("light", font)
    assert not re.search(r"font-size:[^;]*em", sheet)  # every em size turned into points
    assert "font-size: 13.80pt" in sheet  # the lists: 1.15em
    font.setPixelSize(20)
    assert "font-size: 23.00px" in style_sheet("light", font)
    # the system's text size changes while the app runs: the sheet follows
    apply_style(themed, "light")
    normal = themed.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 1.5)
    themed.setFont(big)
    try:
        assert f"font-size: {big.pointSizeF() * 1.15:.2f}pt" in themed.styleSheet()
    finally:
        themed.setFont(normal)



@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_secondary_text_reads_and_matches_the_sheets(scheme: str) -> None:
    """A search result's kind and place, drawn from Python, in the hints' colour of the
    style sheets, readable on the theme's window and base."""
    palette = palette_for(scheme)
    hint = hint_colour(palette)
    for back in (Role.Window, Role.Base):
        assert contrast(QColor(hint), palette.color(back)) >= 4.5, (scheme, back)
    sheet = style_sheet(scheme, QApplication.font())
    rules = re.findall(r"QLabel#hint\b[^{]*\{\s*color: (#[0-9a-f]{6})", sheet)
    assert rules[-1] == hint  # the last rule for hints wins


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("make", [QCheckBox, QRadioButton], ids=["check box", "radio button"])
def test_an_empty_choice_shows_its_box_and_a_locked_one_reads(qtbot, themed: QApplication,
                                                              scheme: str, make: type) -> None:
    """An unticked box or circle stands out from the window (WCAG's 3:1 for a control's
    edge: on the dark theme it was 1.1:1), and a disabled choice, as a quiz locks the answers
    beside its feedback, still reads (4.5:1)."""
    apply_style(themed, scheme)
    button = make("An answer")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    window = palette_for(scheme).color(Role.Window)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if make is QCheckBox
               else QStyle.SubElement.SE_RadioButtonIndicator)
    box = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    scale = image.width() / button.width()
    edge = max(contrast(image.pixelColor(round(x * scale), round(y * scale)), window)
               for x in range(box.left(), box.right() + 1)
               for y in range(box.top(), box.bottom() + 1))
    assert edge >= 3, (scheme, make.__name__, edge)
    button.setEnabled(False)
    locked = button.palette().color(QPalette.ColorGroup.Disabled, button.foregroundRole())
    assert contrast(locked, window) >= 4.5, (scheme, locked.name())



@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_disabled_button_is_dimmer_yet_legible(qtbot, themed: QApplication,
                                                 scheme: str) -> None:
    """A disabled Previous or Next still says where the learner is: its text reads 3:1 or
    more on the button (it was 1.8:1), and less than an enabled button's."""
    apply_style(themed, scheme)
    back = palette_for(scheme).color(Role.Button)

    def text_contrast(enabled: bool) -> float:
        button = QPushButton("Previous lesson")
        button.setEnabled(enabled)
        qtbot.addWidget(button)
        button.show()
        qtbot.waitExposed(button)
        image = button.grab().toImage()
        inner = image.rect().adjusted(6, 6, -6, -6)  # the text, not the border
        return max(contrast(image.pixelColor(x, y), back)
                   for x in range(inner.left(), inner.right() + 1)
                   for y in range(inner.top(), inner.bottom() + 1))

    disabled, enabled = text_contrast(False), text_contrast(True)
    assert 3 <= disabled < enabled, (scheme, disabled, enabled)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_close_icon_reads_on_a_dialog_button(qtbot, themed: QApplication,
                                                 scheme: str) -> None:
    apply_style(themed, scheme)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    # What the box puts on its Close button, on the platforms that show icons on them.
    shown = box.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton, None, box)
    button = palette_for(scheme).color(Role.Button)
    assert contrast(ink(shown), button) >= 3, scheme  # WCAG's 3:1 for a control's glyph


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_drop_down_lists_arrow_is_flat_and_reads(qtbot, themed: QApplication,
                                                   scheme: str) -> None:
    apply_style(themed, scheme)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Cluster management essentials"])
    combo.resize(260, combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    image = combo.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    button = palette_for(scheme).color(Role.Button)
    # Above the arrow, inside the border: only the list's face, no bevelled box round it.
    row = image.height() // 4
    face = {image.pixelColor(x, row).rgb() for x in range(image.width() - 22, image.width() - 4)}
    assert face == {button.rgb()}, (scheme, [QColor(c).name() for c in face])
    # The arrow itself: the glyph in the ink of the theme's button text.
    text = palette_for(scheme).color(Role.ButtonText)
    middle = [image.pixelColor(x, image.height() // 2)
              for x in range(image.width() - 22, image.width() - 4)]
    inked = min(middle, key=lambda colour: abs(colour.lightness() - text.lightness()))
    assert contrast(inked, button) >= 3, scheme


def test_an_icon_keeps_its_distance_from_the_text(qtbot, themed: QApplication) -> None:
    apply_style(themed, "light")
    square = QPixmap(16, 16)
    square.fill(QColor("#ff0000"))  # an icon drawn to its edges, as Qt's OK is
    button = QPushButton(QIcon(square), "OK")
    qtbot.addWidget(button)
    button.resize(button.sizeHint())
    button.show()
    image = button.grab().toImage()
    columns = range(image.width())
    rows = range(3, image.height() - 3)

    def has(x: int, test) -> bool:  # type: ignore[no-untyped-def]
        return any(test(image.pixelColor(x, y)) for y in rows)

    icon_end = max(x for x in columns if has(x, lambda c: c.name() == "#ff0000"))
    text_start = min(x for x in columns if x > icon_end and has(x, lambda c: c.lightness() < 128))
    assert text_start - icon_end - 1 >= 4  # Fusion's own label leaves 2 px


def combo_box() -> QComboBox:
    box = QComboBox()
    box.addItems(["Normal speed", "Faster"])
    return box


def scroll_area() -> QScrollArea:
    area = QScrollArea()
    area.setWidget(QLabel("A prompt\n" * 4))
    return area


def focused_second(qtbot, themed: QApplication, scheme: str,  # type: ignore[no-untyped-def]
                   make) -> tuple[QWidget, QWidget, QWidget]:
    """Two of ``make``'s widgets in one shown window on ``scheme``, the second focused: the
    window (kept by the caller), the first and the second."""
    apply_style(themed, scheme)
    host = QWidget()
    layout = QVBoxLayout(host)
    first, second = make(), make()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus, timeout=5_000)
    return host, first, second


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("make", [lambda: QPushButton("Twice"),
                                  lambda: QSlider(Qt.Orientation.Horizontal), scroll_area,
                                  lambda: QTableWidget(3, 2)],
                         ids=["button", "slider", "scroll-area", "table"])
def test_a_focused_widget_shows_an_outline(qtbot, themed: QApplication, scheme: str,
                                           make) -> None:  # type: ignore[no-untyped-def]
    _host, first, second = focused_second(qtbot, themed, scheme, make)
    highlight = palette_for(scheme).color(Role.Highlight).rgb()

    def outline_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage()
        y = image.height() // 2
        return sum(1 for x in range(4) if image.pixel(x, y) == highlight)

    assert outline_pixels(second) >= 1
    assert outline_pixels(first) == 0


def outline_share(widget: QWidget, window: QColor) -> float:
    """The share of the pixels of ``widget``'s outer 2 px ring (its rounded corners left out)
    that stand out from ``window`` by WCAG's 3:1 for a focus indicator."""
    parent = widget.parentWidget()
    assert parent is not None
    # Drawn on its parent's background, as on screen (grabbed alone, a widget gets its own
    # palette's window colour behind it: a choice's is the grey of its box's edge).
    image = parent.grab(widget.geometry()).toImage()
    scale = image.width() / widget.width()
    width, height, ring, corner = image.width(), image.height(), round(2 * scale), round(5 * scale)
    ring_pixels = [(x, y) for y in range(corner, height - corner)
                   for x in (*range(ring), *range(width - ring, width))]
    ring_pixels += [(x, y) for x in range(corner, width - corner)
                    for y in (*range(ring), *range(height - ring, height))]
    standing_out = sum(1 for x, y in ring_pixels if contrast(image.pixelColor(x, y), window) >= 3)
    return standing_out / len(ring_pixels)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("make", [lambda: QRadioButton("1. An answer"),
                                  lambda: QCheckBox("2. Another answer"), combo_box],
                         ids=["radio button", "check box", "combo box"])
def test_a_focused_choice_or_list_shows_an_outline_that_stands_out(
        qtbot, themed: QApplication, scheme: str, make) -> None:  # type: ignore[no-untyped-def]
    """A quiz's answers showed their focus as a pale box round the label (1.2:1), a drop-down
    list as a 1 px border: now a 2 px outline all round, 3:1 or more on the window, drawn on
    the choices' own palette (see choice_palette) as on the rest."""
    _host, first, second = focused_second(qtbot, themed, scheme, make)
    window = palette_for(scheme).color(Role.Window)
    assert outline_share(second, window) >= 0.95, scheme
    assert outline_share(first, window) < 0.5, scheme  # only the focused one


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

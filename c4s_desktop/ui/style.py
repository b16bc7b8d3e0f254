"""The app's look: the Fusion style (the same on every system), a light or a dark palette, and
the style sheets in ``resources/styles``.

The learner picks System, Light or Dark in Settings (saved in the data folder). With System,
the app follows the desktop's colour scheme, also when it changes while the app runs.
Focus outlines are drawn in the palette's highlight colour, so they read in both themes.

Text sizes in the style sheets are written in ``em``, times the app's font, which Qt style
sheets do not offer for ``font-size``: :func:`style_sheet` turns them into points of the font
in use, and the keeper writes the sheet again when that font changes (a larger system text
size), so titles and lists grow with the rest of the text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.resources import resources_dir

THEMES = ("system", "light", "dark")
STYLE = "Fusion"
STYLE_ARGS = ("-style", STYLE)
"""Qt's command-line option for the style, for a new ``QApplication``: it then starts in Fusion
without a ``QStyle`` object ever reaching Python, where PySide6 makes the thirty-odd enum types
of ``QStyle`` at the first one (about 8 ms of every start)."""
KEEPER_NAME = "c4s-theme-keeper"
"""The theme keeper's object name: looked up by name, no other child of the app (its style
among them) is wrapped for Python."""
SHEETS = {"light": ("app.qss", "focus.qss"), "dark": ("app.qss", "focus.qss", "dark.qss")}

Group, Role = QPalette.ColorGroup, QPalette.ColorRole
LIGHT_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#eff0f1", Role.WindowText: "#1b1d20", Role.Base: "#ffffff",
    Role.AlternateBase: "#f4f5f6", Role.ToolTipBase: "#fffbe6", Role.ToolTipText: "#1b1d20",
    Role.PlaceholderText: "#6b7178", Role.Text: "#1b1d20", Role.Button: "#e7e8ea",
    Role.ButtonText: "#1b1d20", Role.BrightText: "#b71c1c", Role.Light: "#ffffff",
    Role.Midlight: "#e3e4e6", Role.Mid: "#a9adb2", Role.Dark: "#8a8f95", Role.Shadow: "#5f6368",
    Role.Highlight: "#1565c0", Role.HighlightedText: "#ffffff", Role.Link: "#0d47a1",
    Role.LinkVisited: "#6a1b9a", Role.Accent: "#1565c0",
}
DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#202326", Role.WindowText: "#e8eaed", Role.Base: "#17191c",
    Role.AlternateBase: "#24282c", Role.ToolTipBase: "#2b2f34", Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6", Role.Text: "#e8eaed", Role.Button: "#26292e",
    Role.ButtonText: "#e8eaed", Role.BrightText: "#ff8a80", Role.Light: "#3d4248",
    Role.Midlight: "#34393e", Role.Mid: "#4d535a", Role.Dark: "#131517", Role.Shadow: "#000000",
    Role.Highlight: "#3174d8", Role.HighlightedText: "#ffffff", Role.Link: "#8ab4f8",
    Role.LinkVisited: "#d7aefb", Role.Accent: "#3174d8",
}
DISABLED = {"light": "#8c9197", "dark": "#7a8087"}
CHOICE_CLASSES = ("QCheckBox", "QRadioButton")
CHOICE_OUTLINE_WINDOW = {"light": "#9ea3a8", "dark": "#c8ccd0"}
"""The window colour check boxes and radio buttons get, per theme, for their box's edge alone:
Fusion draws that edge a shade darker than the window, which left an empty box faint on the
light theme (1.7:1) and all but invisible on the dark one (1.1:1). From these: 3:1 or more."""
CHOICE_LOCKED_TEXT = {"light": "#4d5358", "dark": "#b4bac0"}
"""Their text when disabled: a quiz locks the learner's answers beside its feedback, to be read
there (6.8:1 and 8.1:1 on the window; the disabled grey of other controls reads 2.8:1)."""
VERDICT_COLOURS: dict[str, dict[str, str]] = {
    "light": {"right": "#1b5e20", "wrong": "#b71c1c"},
    "dark": {"right": "#81c784", "wrong": "#ff8a80"},
}
"""Text saying an answer is right or not, at least 4.5:1 on the theme's window and base."""
HINT_COLOURS = {"light": "#546e7a", "dark": "#aab4be"}
"""Secondary text (hints, a search result's kind and place), as the style sheets colour
``QLabel#hint``: 4.7:1 and 7.5:1 on the theme's window, 5.4:1 and 8.4:1 on its base."""
VERDICT_PROPERTY = "verdict"
"""A label's property, ``right`` or ``wrong``, that the style sheet colours as above."""

EM_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)em\b")
PNG_FOLDER = '"@png/'
"""How the style sheets name the icons' rendering folder in ``url()``."""


def effective_scheme(choice: str, system: Qt.ColorScheme) -> str:
    """``"light"`` or ``"dark"``: the learner's choice, or the system's for ``"system"``
    (an unknown system scheme counts as light)."""
    if choice in ("light", "dark"):
        return choice
    return "dark" if system == Qt.ColorScheme.Dark else "light"


def palette_for(scheme: str) -> QPalette:
    """The app's palette for ``"light"`` or ``"dark"``."""
    palette = QPalette()
    for role, colour in (DARK_COLOURS if scheme == "dark" else LIGHT_COLOURS).items():
        palette.setColor(role, QColor(colour))
    grey = QColor(DISABLED["dark" if scheme == "dark" else "light"])
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, grey)
    palette.setColor(Group.Disabled, Role.Highlight, palette.color(Role.Mid))
    return palette


def choice_palette(palette: QPalette, scheme: str) -> QPalette:
    """``palette`` as check boxes and radio buttons take it in ``scheme``: an edge round their
    box that shows, and locked answers that can be read."""
    choices = QPalette(palette)
    choices.setColor(Role.Window, QColor(CHOICE_OUTLINE_WINDOW[scheme]))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        choices.setColor(Group.Disabled, role, QColor(CHOICE_LOCKED_TEXT[scheme]))
    return choices


def scheme_of(palette: QPalette) -> str:
    """``"dark"`` for a palette whose windows are dark, else ``"light"``."""
    return "dark" if palette.color(Role.Window).lightness() < 128 else "light"


def hint_colour(palette: QPalette) -> str:
    """The colour of secondary text on ``palette``'s theme."""
    return HINT_COLOURS[scheme_of(palette)]


def verdict_colour(right: bool, palette: QPalette) -> str:
    """The colour of text saying right (or not right) on ``palette``'s theme."""
    return VERDICT_COLOURS[scheme_of(palette)]["right" if right else "wrong"]


def style_sheet(scheme: str, font: QFont) -> str:
    """The style sheets of ``scheme``, joined (a missing file is skipped), with ``em`` text
    sizes in points (pixels for a font sized in pixels) of ``font``, the app's."""
    root = resources_dir()
    parts = [root / "styles" / name for name in SHEETS["dark" if scheme == "dark" else "light"]]
    sheet = "\n".join(path.read_text(encoding="utf-8") for path in parts if path.is_file())
    points = font.pointSizeF()
    size, unit = (points, "pt") if points > 0 else (float(font.pixelSize()), "px")
    sheet = EM_FONT_SIZE.sub(
        lambda found: f"{found[1]}{float(found[2]) * size:.2f}{unit}", sheet)
    sheet = sheet.replace(PNG_FOLDER, f'"{(root / "icons" / "png").as_posix()}/')
    colours = VERDICT_COLOURS["dark" if scheme == "dark" else "light"]
    return sheet + "".join(f'\nQLabel[{VERDICT_PROPERTY}="{verdict}"] {{ color: {colour}; }}'
                           for verdict, colour in colours.items())


class ThemeKeeper(QObject):
    """Applies the chosen theme and, for ``"system"``, follows the desktop's changes."""

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.setObjectName(KEEPER_NAME)
        self._app = app
        self.choice = choice if choice in THEMES else "system"
        self.scheme = ""
        self._text_size = (0.0, 0)
        hints = QGuiApplication.styleHints()
        self._system = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._system_changed)
        app.fontChanged.connect(self._font_changed)
        self.apply()

    def set_choice(self, choice: str) -> None:
        """Use ``choice`` (``system``, ``light`` or ``dark``) from now on."""
        self.choice = choice if choice in THEMES else "system"
        self.apply()

    def apply(self) -> None:
        """Set the palette and style sheet of the theme in effect, for the app's font (nothing
        when neither changed)."""
        scheme = effective_scheme(self.choice, self._system)
        font = self._app.font()
        text_size = (font.pointSizeF(), font.pixelSize())
        if scheme == self.scheme and text_size == self._text_size:
            return
        if scheme != self.scheme:
            self.scheme = scheme
            palette = palette_for(scheme)
            self._app.setPalette(palette)  # which drops the classes' palettes below
            for name in CHOICE_CLASSES:
                # PySide6 takes the class name as a str, whatever its stubs say (bytes).
                QApplication.setPalette(choice_palette(palette, scheme),
                                        name)  # type: ignore[arg-type]
        self._text_size = text_size
        self._app.setStyleSheet(style_sheet(scheme, font))

    def _font_changed(self, _font: QFont) -> None:
        self.apply()

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system = scheme
        if self.choice == "system":
            self.apply()


def apply_style(app: QApplication, choice: str = "system") -> ThemeKeeper:
    """Use Fusion and the theme ``choice`` in an app made without :data:`STYLE_ARGS`."""
    app.setStyle(STYLE)
    return apply_theme(app, choice)


def apply_theme(app: QApplication, choice: str = "system") -> ThemeKeeper:
    """Use the theme ``choice`` in an app already in Fusion; the keeper returned (a child of
    ``app``) follows the system's colour scheme and takes the learner's later choices."""
    keeper = app.findChild(ThemeKeeper, KEEPER_NAME)
    if keeper is None:
        return ThemeKeeper(app, choice)
    keeper.set_choice(choice)
    return keeper


def theme_keeper() -> ThemeKeeper | None:
    """The running app's theme keeper, if :func:`apply_theme` made one."""
    app = QApplication.instance()
    return app.findChild(ThemeKeeper, KEEPER_NAME) if isinstance(app, QApplication) else None


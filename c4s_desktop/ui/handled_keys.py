"""The keys that pages and widgets handle themselves, as Help → Keyboard shortcuts lists them.

The window's menu and toolbar shortcuts are QActions, which the dialog reads as they are; these
keys are not (``keyPressEvent``, event filters, a page's own ``QShortcut``), so they are stated
here. ``tests/ui/test_keyboard_shortcuts.py`` presses every key listed on a real window and
checks that it does what its line says: a key a page stops handling fails there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from c4s_desktop.ui.player.controls import PAGE_STEP_MS, SMALL_STEP_MS

translate = QCoreApplication.translate  # in the dialog's context: translated with its texts


@dataclass(frozen=True)
class KeyRow:
    """One line of the list: what the keys do, and the keys (each, or each its own way: Alt+Up
    moves up, Alt+Down down)."""

    what: str
    keys: tuple[QKeySequence, ...]
    through: bool = False
    """The keys are the first and the last of a run (1 to 9), each of which does it."""


@dataclass(frozen=True)
class KeySection:
    """A titled group of lines."""

    title: str
    rows: tuple[KeyRow, ...]


def _row(what: str, *keys: str, through: bool = False) -> KeyRow:
    return KeyRow(what, tuple(QKeySequence(key) for key in keys), through)


def handled_keys() -> list[KeySection]:
    """The keys handled by the pages, in the learner's language: navigation, the video player,
    the quiz and a presentation."""
    small, page = SMALL_STEP_MS // 1000, PAGE_STEP_MS // 1000
    back = translate("ShortcutsDialog", "Back {seconds} seconds")
    forward = translate("ShortcutsDialog", "Forward {seconds} seconds")
    return [
        KeySection(translate("ShortcutsDialog", "Library and navigation"), (
            _row(translate("ShortcutsDialog", "Go to the next or the previous part of the window"),
                 "Tab", "Shift+Tab"),
            _row(translate("ShortcutsDialog", "Press the button that has the focus"), "Space"),
            _row(translate("ShortcutsDialog", "Open the selected lesson or item (in the library "
                                              "or a lesson's list)"), "Enter"),
            _row(translate("ShortcutsDialog", "In the search box: search now and go to the "
                                              "results"), "Enter", "Down"),
            _row(translate("ShortcutsDialog", "In the search box: clear it"), "Esc"),
            _row(translate("ShortcutsDialog", "In the search results: back to the search box"),
                 "Esc"),
            _row(translate("ShortcutsDialog", "In My progress: back to where you were"), "Esc"),
            _row(translate("ShortcutsDialog", "On an item: back to its lesson"), "Esc",
                 "Alt+Left"),
        )),
        KeySection(translate("ShortcutsDialog", "Video (when the player has the focus)"), (
            _row(translate("ShortcutsDialog", "Play or pause"), "Space", "K"),
            _row(back.format(seconds=small), "Left"),
            _row(forward.format(seconds=small), "Right"),
            _row(back.format(seconds=page), "PgDown"),
            _row(forward.format(seconds=page), "PgUp"),
            _row(translate("ShortcutsDialog", "Go to the start"), "Home"),
            _row(translate("ShortcutsDialog", "Go to the end"), "End"),
            _row(translate("ShortcutsDialog", "Sound off or on"), "M"),
            _row(translate("ShortcutsDialog", "Full screen on or off"), "F", "F11"),
            _row(translate("ShortcutsDialog", "Leave full screen"), "Esc"),
        )),
        KeySection(translate("ShortcutsDialog", "Quiz"), (
            _row(translate("ShortcutsDialog", "Choose the answer with that number"), "1", "9",
                 through=True),
            _row(translate("ShortcutsDialog", "Confirm the answer, then go to the next question"),
                 "Enter"),
            _row(translate("ShortcutsDialog", "Move the selected item up or down (ordering "
                                              "questions)"), "Alt+Up", "Alt+Down"),
        )),
        KeySection(translate("ShortcutsDialog", "Presenting"), (
            _row(translate("ShortcutsDialog", "The next screenful, or the next item or lesson"),
                 "PgDown"),
            _row(translate("ShortcutsDialog", "The previous screenful, or the previous item or "
                                              "lesson"), "PgUp"),
            _row(translate("ShortcutsDialog", "Black the screen out (any key brings it back)"),
                 "B", "."),
            _row(translate("ShortcutsDialog", "End the presentation"), "Esc"),
        )),
    ]

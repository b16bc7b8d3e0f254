"""A lesson: its items in order, each with type, title, length and state; Previous/Next lesson."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import Lesson, Module, pick_text
from c4s_desktop.ui.formatting import format_duration, format_minutes
from c4s_desktop.ui.icons import item_icon
from c4s_desktop.ui.layouts import page_button
from c4s_desktop.ui.library_data import LibraryPack
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.wrapped_names import WrappedNames

ItemState = Callable[[str, str], str]
"""``state(pack_id, item_id)`` → ``"new"``, ``"started"`` or ``"done"``."""

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def no_state(_pack_id: str, _item_id: str) -> str:
    """Item state until progress is wired: everything is new."""
    return "new"


def state_text(state: str) -> str:
    """The learner's word for an item state."""
    texts = {
        "new": QCoreApplication.translate("LessonPage", "New"),
        "started": QCoreApplication.translate("LessonPage", "Started"),
        "done": QCoreApplication.translate("LessonPage", "Done"),
    }
    return texts.get(state, state)


def type_text(item_type: str) -> str:
    """The learner's word for an item type."""
    texts = {
        "video": QCoreApplication.translate("LessonPage", "Video"),
        "document": QCoreApplication.translate("LessonPage", "Text"),
        "factsheet": QCoreApplication.translate("LessonPage", "Fact sheet"),
        "quiz": QCoreApplication.translate("LessonPage", "Quiz"),
        "case_study": QCoreApplication.translate("LessonPage", "Case study"),
    }
    return texts.get(item_type, item_type)


class LessonPage(QWidget):
    """The items of one lesson; Enter or a double-click opens one."""

    item_activated = Signal(str)
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, lang: str, state: ItemState = no_state,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._state = state
        self._pack_id = ""
        self.module_label = plain_label()
        self.module_label.setObjectName("lesson-module")
        self.title = plain_label()
        self.title.setObjectName("lesson-title")
        self.title.setWordWrap(True)
        self.facts = plain_label()
        self.items = QTreeWidget()
        self.items.setObjectName("lesson-items")
        self.items.setAccessibleName(self.tr("Items of the lesson"))
        self.items.setColumnCount(4)
        self.items.setHeaderLabels(
            [self.tr("Item"), self.tr("Type"), self.tr("Length"), self.tr("State")]
        )
        self.items.setRootIsDecorated(False)
        WrappedNames(self.items)  # a long title takes two lines, not "…"
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items.itemActivated.connect(
            lambda row, _column: self.item_activated.emit(row.data(0, ITEM_ID_ROLE))
        )
        hint = QLabel(self.tr("Double-click an item, or select it and press Enter, to open it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.previous_button = page_button(self.tr("Previous lesson"))
        self.previous_button.setAccessibleName(self.tr("Previous lesson"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = page_button(self.tr("Next lesson"))
        self.next_button.setAccessibleName(self.tr("Next lesson"))
        self.next_button.clicked.connect(self.next_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.module_label)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.items, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.setFocusProxy(self.items)

    def show_lesson(self, pack: LibraryPack, module: Module, lesson: Lesson,
                    position: tuple[int, int]) -> None:
        """Show ``lesson``; ``position`` is (number from 1, count) within the pack."""
        default = pack.manifest.default_language
        self._pack_id = pack.id
        self.module_label.setText(pick_text(module.title, self._lang, default))
        self.title.setText(pick_text(lesson.title, self._lang, default))
        facts = [self.tr("%n item(s)", "", len(lesson.items))]
        if lesson.estimated_minutes:
            facts.append(format_minutes(lesson.estimated_minutes))
        self.facts.setText(" · ".join(facts))
        self.items.clear()
        for item in lesson.items:
            length = format_duration(item.duration_s) if item.duration_s else ""
            row = QTreeWidgetItem([
                pick_text(item.title, self._lang, default),
                type_text(item.type),
                length,
                state_text(self._state(pack.id, item.id)),
            ])
            row.setIcon(0, item_icon(item.type))
            row.setData(0, ITEM_ID_ROLE, item.id)
            self.items.addTopLevelItem(row)
        first = self.items.topLevelItem(0)
        if first is not None:
            self.items.setCurrentItem(first)
        number, count = position
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < count)

    def set_state(self, state: ItemState) -> None:
        """Take item states from ``state`` from now on, and show them."""
        self._state = state
        self.refresh_states()

    def refresh_states(self) -> None:
        """Show each row's state again (progress changed)."""
        for row in range(self.items.topLevelItemCount()):
            entry = self.items.topLevelItem(row)
            if entry is not None:
                entry.setText(3, state_text(self._state(self._pack_id,
                                                        entry.data(0, ITEM_ID_ROLE))))

    def select_item(self, item_id: str) -> None:
        """Make ``item_id`` the current row (after coming back from it)."""
        for row in range(self.items.topLevelItemCount()):
            entry = self.items.topLevelItem(row)
            if entry is not None and entry.data(0, ITEM_ID_ROLE) == item_id:
                self.items.setCurrentItem(entry)

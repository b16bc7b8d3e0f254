"""The learner button of the tool bar: who is signed in; one click lists the others, the second
click picks one (or "New learner…")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from c4s_desktop.core.learners import Learner
from c4s_desktop.ui.icons import icon


class LearnerSwitcher(QToolButton):
    """Shows the signed-in learner; its menu switches to another one."""

    learner_picked = Signal(object)
    """The :class:`Learner` chosen in the menu."""
    new_requested = Signal()
    """"New learner…" was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learner-switcher")
        self.setIcon(icon("learner"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.set_learners(None, [])

    def set_learners(self, current: Learner | None, learners: list[Learner]) -> None:
        """Show ``current`` on the button and every other learner in its menu."""
        if current is None:
            self.setText(self.tr("Nobody signed in"))
            self.setAccessibleName(self.tr("Sign in as a learner"))
        else:
            self.setText(current.name)
            self.setAccessibleName(
                self.tr("Signed in as {name}; switch learner").format(name=current.name))
        self.setToolTip(self.tr("Switch learner"))
        menu = self.menu()
        menu.clear()
        for learner in learners:
            if current is not None and learner.id == current.id:
                continue
            action = menu.addAction(icon("learner"), learner.name)
            action.triggered.connect(lambda _checked=False, chosen=learner:
                                     self.learner_picked.emit(chosen))
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.tr("New learner…")).triggered.connect(self.new_requested)

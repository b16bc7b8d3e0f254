"""Errors shown to the user: the one place where a core error becomes a translated sentence."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.errors import C4SError

log = logging.getLogger("c4s.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_text(exc: BaseException) -> str:
    """The plain sentence for ``exc``: a core error's translated message, else a generic one."""
    if isinstance(exc, C4SError):
        from c4s_desktop.core import messages  # every domain's catalogue: only when shown

        return messages.render(exc.code, exc.params, _tr(messages.template(exc.code)))
    return QCoreApplication.translate(
        "errors",
        "Something unexpected went wrong. C4S Desktop wrote the details to its log file; "
        "please send them to your trainer or administrator.",
    )


def error_details(exc: BaseException) -> str:
    """What "Copy details" puts on the clipboard: code, parameters and traceback, in English."""
    lines = []
    if isinstance(exc, C4SError):
        lines += [f"code: {exc.code}", f"message: {exc.message}"]
        lines += [f"{name}: {value}" for name, value in sorted(exc.params.items())]
    else:
        lines.append(f"{type(exc).__name__}: {exc}")
    if exc.__traceback__ is not None:
        lines.append("")
        lines += "".join(traceback.format_exception(exc)).rstrip().splitlines()
    return "\n".join(lines)


class ErrorDialog(QDialog):
    """A plain sentence, an OK button and a "Copy details" button that keeps the dialog open."""

    def __init__(self, parent: QWidget | None, text: str, details: str) -> None:
        from PySide6.QtWidgets import QStyle  # a large type to create: only when shown

        super().__init__(parent)
        self.setWindowTitle(self.tr("C4S Desktop"))
        self.details = details
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(360)
        self.message.setMaximumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(self.tr("Copy the error details to the clipboard"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(icon, 0)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setAccessibleName(self.tr("Error"))
        self.setAccessibleDescription(text)

    def copy_details(self) -> None:
        """Put the details on the clipboard and say so on the button."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorDialog:
    """Show ``exc`` as a plain sentence (window-modal, non-blocking); log unexpected ones."""
    if not isinstance(exc, C4SError):
        log.error("unexpected error", exc_info=exc)
    dialog = ErrorDialog(parent, error_text(exc), error_details(exc))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog

"""Set up sync: the server's address and the one-time enrollment code an administrator gave."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.plain_text import plain_label


class SyncSetupDialog(QDialog):
    """Asks for the server and the code; the flow enrolls and calls :meth:`show_result`."""

    connect_requested = Signal(str, str)
    """``(server URL, enrollment code)``."""

    def __init__(self, parent: QWidget | None = None, server: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up sync"))
        self.setAccessibleName(self.tr("Set up sync"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Progress recorded on this computer is sent to your "
                               "organisation's server, and comes back on any computer the "
                               "learner uses. Ask an administrator for the server's address "
                               "and a one-time enrollment code."))
        intro.setWordWrap(True)
        self.server = QLineEdit(server)
        self.server.setPlaceholderText("https://sync.example.org/")
        self.server.setAccessibleName(self.tr("Server address"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.code.setAccessibleName(self.tr("Enrollment code"))
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.server)
        form.addRow(self.tr("Enrollment &code:"), self.code)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("C&onnect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        self.server.textChanged.connect(self._update)
        self.code.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._busy = False
        self._update()

    def _update(self) -> None:
        filled = bool(self.server.text().strip() and self.code.text().strip())
        self.connect_button.setEnabled(filled and not self._busy)

    def _connect(self) -> None:
        server = self.server.text().strip()
        if "://" not in server:
            server = "https://" + server
        self._busy = True
        self._update()
        self.message.setText(self.tr("Connecting to {server}…").format(server=server))
        self.connect_requested.emit(server, self.code.text().strip())

    def show_result(self, error: str | None) -> None:
        """Close on success; else say what went wrong and let the user try again."""
        self._busy = False
        self._update()
        if error is None:
            self.accept()
        else:
            self.message.setText(error)

"""Errors shown to the user: the one place where a core error becomes a translated sentence."""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from c4s_desktop.core.errors import C4SError
from c4s_desktop.ui.formatting import format_number

if TYPE_CHECKING:  # the dialog's widget types: made when an error is first shown
    from PySide6.QtWidgets import QWidget

    from c4s_desktop.ui.error_dialog import ErrorDialog

log = logging.getLogger("c4s.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_text(exc: BaseException) -> str:
    """The plain sentence for ``exc``: a core error's translated message (its quantities
    grouped as the learner's language groups digits), else a generic one."""
    if isinstance(exc, C4SError):
        from c4s_desktop.core import messages  # every domain's catalogue: only when shown

        return messages.render(exc.code, exc.params, _tr(messages.template(exc.code)),
                               format_number)
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


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorDialog:
    """Show ``exc`` as a plain sentence (window-modal, non-blocking); log unexpected ones."""
    from c4s_desktop.ui.error_dialog import ErrorDialog

    if not isinstance(exc, C4SError):
        log.error("unexpected error", exc_info=exc)
    dialog = ErrorDialog(parent, error_text(exc), error_details(exc))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog

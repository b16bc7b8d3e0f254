"""The preview shown before a pack is updated, from a USB stick or from the server.

Window-modal and without a nested event loop: the answer comes through ``on_answer``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from c4s_desktop.ui.formatting import format_size
from c4s_desktop.ui.pack_jobs import PlanSummary
from c4s_desktop.ui.plain_text import plain_box

MAX_LISTED_TITLES = 12


class UpdatePrompt(QMessageBox):
    """"Update “title” from version 1 to version 2?", with what the update adds, removes and
    changes, and its size; Update is the default, Escape skips."""

    def __init__(self, parent: QWidget, title: str, summary: PlanSummary,
                 on_answer: Callable[[bool], None], *, download: bool) -> None:
        super().__init__(parent)
        preview = summary.preview
        text = self.tr("Update “{title}” from version {old} to version {new}?").format(
            title=title, old=preview.old_version, new=preview.new_version)
        losing = summary.learners_losing_work
        if losing:
            # Saying "progress is kept" here would mislead: it is kept, but no longer counts.
            if download:
                info = self.tr("Added: %n · removed: {removed} · changed: {changed}; {size} to "
                               "download.", "", len(summary.added))
            else:
                info = self.tr("Added: %n · removed: {removed} · changed: {changed}; {size} to "
                               "copy.", "", len(summary.added))
            info += " " + self.tr(
                "%n learner(s) worked on items this update removes: what they did stays in "
                "their history but no longer counts towards the course.", "", losing)
        elif download:
            info = self.tr("Added: %n · removed: {removed} · changed: {changed}; {size} to "
                           "download. The learners' progress is kept.", "", len(summary.added))
        else:
            info = self.tr("Added: %n · removed: {removed} · changed: {changed}; {size} to "
                           "copy. The learners' progress is kept.", "", len(summary.added))
        heading = self.tr("Update a pack")
        plain_box(self)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(heading)
        self.setText(text)
        self.setInformativeText(info.format(removed=len(summary.removed),
                                            changed=len(summary.changed),
                                            size=format_size(preview.bytes_to_copy)))
        self.setDetailedText(self.details(summary))
        accept = self.addButton(self.tr("Update"), QMessageBox.ButtonRole.AcceptRole)
        skip = self.addButton(self.tr("Skip this pack"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(accept)
        self.setEscapeButton(skip)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)

        def answered(_result: int) -> None:
            on_answer(self.clickedButton() is accept)
            self.deleteLater()

        self.finished.connect(answered)

    def details(self, summary: PlanSummary) -> str:
        """The titles the update adds, removes, changes and moves to another lesson (the
        first twelve of each)."""
        lines: list[str] = []
        for heading, titles in ((self.tr("Added:"), summary.added),
                                (self.tr("Removed:"), summary.removed),
                                (self.tr("Changed:"), summary.changed),
                                (self.tr("Moved to another lesson:"), summary.moved)):
            if titles:
                lines.append(heading)
                lines += [f"  • {t}" for t in titles[:MAX_LISTED_TITLES]]
                if len(titles) > MAX_LISTED_TITLES:
                    lines.append("  " + self.tr("and {n} more").format(
                        n=len(titles) - MAX_LISTED_TITLES))
        return "\n".join(lines)


def ask_update(parent: QWidget, title: str, summary: PlanSummary,
               on_answer: Callable[[bool], None], *, download: bool = False) -> QMessageBox:
    """Ask whether to update ``title`` as ``summary`` describes; ``on_answer(update)``.

    ``download``: the new files come from the server, so the size is what will be
    downloaded (from a USB stick it is what will be copied).
    """
    box = UpdatePrompt(parent, title, summary, on_answer, download=download)
    box.open()
    return box

"""Messages for errors while saving learners' progress as a spreadsheet."""

from __future__ import annotations

PROGRESS_MESSAGES: dict[str, str] = {
    "class.csv_disk_full": (
        "The disk holding {folder} is full, so the spreadsheet was not saved; free some space "
        "or choose another drive."
    ),
    "class.csv_unwritable": (
        "The spreadsheet cannot be saved as {path}; choose another folder or name."
    ),
}

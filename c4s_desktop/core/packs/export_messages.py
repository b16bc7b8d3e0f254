"""Messages for errors while saving a copy of a pack file (a fact sheet) outside the library."""

from __future__ import annotations

EXPORT_MESSAGES: dict[str, str] = {
    "export.disk_full": (
        "The disk holding {folder} is full, so the copy was not saved. Free some space or "
        "choose another place, then try again."
    ),
    "export.unwritable": (
        "The copy cannot be saved as {path}. Choose another place, then try again."
    ),
    "export.source_missing": (
        "This file is missing from the library, so no copy was saved; add its course again "
        "(File → Add packs…) to repair it."
    ),
}

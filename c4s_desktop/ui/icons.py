"""The app's icons, drawn as SVG files in ``resources/icons``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from c4s_desktop.core.resources import resources_dir

ITEM_TYPES = ("video", "document", "factsheet", "quiz", "case_study")


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when the file is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def item_icon(item_type: str) -> QIcon:
    """The icon of an item type (``video``, ``document``...); unknown types get ``document``."""
    return icon(item_type if item_type in ITEM_TYPES else "document")


def node_icon(kind: str) -> QIcon:
    """The icon of a library row that is not an item: ``pack``, ``module`` or ``lesson``."""
    return icon(kind)

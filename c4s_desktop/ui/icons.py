"""The app's icons: drawn as SVG files in ``resources/icons``, shown from PNG renderings.

Setup renders each drawing at the sizes below into ``resources/icons/png``
(:mod:`c4s_desktop.ui.icon_raster`): Qt reads PNG files without its SVG library, which would
otherwise load at every start. A drawing with a size not rendered yet is shown from the SVG.

The glyphs (:data:`GLYPHS`: the player's buttons, the dialogs' Close, the drop-down lists'
arrow) are drawn in one colour, the light theme's button text; setup renders each a second
time in the dark theme's, so a dark button shows a light glyph (:func:`glyph` picks by the
palette).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPalette

from c4s_desktop.core.resources import resources_dir

ITEM_TYPES = ("video", "document", "factsheet", "quiz", "case_study")

PNG_SIZES = (16, 20, 24, 32, 48, 64)
"""Pixel sizes rendered: rows (16) and toolbars (24) at scale 1, 1.25, 1.5 and 2; Qt scales
the next larger one down for any other size."""

APP_ICON_SIZES = (*PNG_SIZES, 128, 256)
"""The window icon also goes to the task bar and the window switcher, which show it larger."""

GLYPHS = ("close", "drop_down", "full_screen", "leave_full_screen", "pause", "play", "volume",
          "volume_muted")
"""Drawings in the light theme's button-text colour alone, also rendered in the dark theme's."""

FOR_DARK = "_dark"
"""Added to a glyph's name for its rendering in the dark theme's button-text colour."""


def renderings(name: str) -> tuple[str, ...]:
    """The names the drawing ``name`` is rendered under: its own, and for a glyph also the one
    of its rendering for the dark theme."""
    return (name, name + FOR_DARK) if name in GLYPHS else (name,)


def png_sizes(name: str) -> tuple[int, ...]:
    """The sizes the icon (or rendering) ``name`` is rendered at."""
    return APP_ICON_SIZES if name == "app" else PNG_SIZES


def png_path(folder: Path, name: str, size: int) -> Path:
    """Where the rendering of ``name`` at ``size`` pixels lives in ``folder``."""
    return folder / f"{name}-{size}.png"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, from its PNG renderings when all are there
    (an empty icon when there is no such drawing)."""
    folder = resources_dir() / "icons"
    pngs = [png_path(folder / "png", name, size) for size in png_sizes(name)]
    if all(png.is_file() for png in pngs):
        rendered = QIcon()
        for png in pngs:
            rendered.addFile(str(png))
        return rendered
    svg = folder / f"{name}.svg"
    return QIcon(str(svg)) if svg.is_file() else QIcon()


def item_icon(item_type: str) -> QIcon:
    """The icon of an item type (``video``, ``document``...); unknown types get ``document``."""
    return icon(item_type if item_type in ITEM_TYPES else "document")


def node_icon(kind: str) -> QIcon:
    """The icon of a library row that is not an item: ``pack``, ``module`` or ``lesson``."""
    return icon(kind)


def glyph(name: str, palette: QPalette) -> QIcon:
    """The glyph ``name`` (one of :data:`GLYPHS`) in the ink that reads on ``palette``'s
    buttons: the dark theme's rendering where the button text is lighter than the button."""
    role = QPalette.ColorRole
    if palette.color(role.ButtonText).lightness() > palette.color(role.Button).lightness():
        inked = icon(name + FOR_DARK)
        if not inked.isNull():
            return inked
        # Not rendered (setup not run): the drawing itself, dark, beats an empty button.
    return icon(name)

"""Render the app's SVG icons to PNG files at the sizes it shows them, once, at setup.

The drawings stay in ``resources/icons/*.svg``. Showing an SVG icon loads Qt's SVG library and
its two plugins at every start (about 1.2 MiB of resident memory with the library open, see
``bench/startup.py``); PNG files at each size are read by QtGui alone. ``./dev.sh`` runs this
module after installing (``python -m c4s_desktop.ui.icon_raster``); it renders only what is
missing or older than its drawing, and :func:`c4s_desktop.ui.icons.icon` uses the drawing
itself while a size is missing.

A glyph (:data:`c4s_desktop.ui.icons.GLYPHS`) is drawn in the light theme's button-text colour;
its rendering for the dark theme is the same drawing with that colour swapped for the dark
theme's, so both inks follow the palettes in :mod:`c4s_desktop.ui.style`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from c4s_desktop.core.resources import resources_dir
from c4s_desktop.ui.icons import FOR_DARK, png_path, png_sizes, renderings
from c4s_desktop.ui.style import DARK_COLOURS, LIGHT_COLOURS, Role

LIGHT_INK, DARK_INK = LIGHT_COLOURS[Role.ButtonText], DARK_COLOURS[Role.ButtonText]


def stale(svg: Path, out_dir: Path) -> bool:
    """True when a PNG of ``svg`` is missing or older than the drawing."""
    drawn = svg.stat().st_mtime_ns
    for name in renderings(svg.stem):
        for size in png_sizes(name):
            png = png_path(out_dir, name, size)
            if not png.is_file() or png.stat().st_mtime_ns < drawn:
                return True
    return False


def drawing_for(svg: Path, name: str) -> bytes:
    """The SVG text of the rendering ``name`` of ``svg``: the dark theme's swaps the ink."""
    text = svg.read_text(encoding="utf-8")
    if name.endswith(FOR_DARK):
        if LIGHT_INK not in text:
            raise ValueError(f"{svg} is a glyph but does not use the ink {LIGHT_INK}")
        text = text.replace(LIGHT_INK, DARK_INK)
    return text.encode("utf-8")


def render(svg: Path, out_dir: Path) -> list[Path]:
    """Write ``out_dir/<name>-<size>.png`` for each rendering and size of ``svg``; each file
    appears whole (written beside, then renamed), so an interrupted setup leaves no
    half-written icon."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    drawings = [(name, QSvgRenderer(QByteArray(drawing_for(svg, name))))
                for name in renderings(svg.stem)]
    if not all(drawing.isValid() for _name, drawing in drawings):
        raise ValueError(f"{svg} is not an SVG drawing Qt can read")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, drawing in drawings:
        for size in png_sizes(name):
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QPainter(image)
            drawing.render(painter, QRectF(0, 0, size, size))
            painter.end()
            png = png_path(out_dir, name, size)
            part = png.with_name(png.name + ".part")
            writer = QImageWriter(str(part), QByteArray(b"png"))
            if not writer.write(image):
                part.unlink(missing_ok=True)
                raise OSError(f"could not write {part}: {writer.errorString()}")
            os.replace(part, png)
            written.append(png)
    return written


def render_all(svg_dir: Path, out_dir: Path) -> list[Path]:
    """Render every stale drawing of ``svg_dir`` into ``out_dir``; remove the PNGs of drawings
    that are gone. Returns the files written."""
    drawings = sorted(svg_dir.glob("*.svg"))
    names = {name for svg in drawings for name in renderings(svg.stem)}
    for png in out_dir.glob("*.png") if out_dir.is_dir() else ():
        if png.stem.rpartition("-")[0] not in names:
            png.unlink()
    todo = [svg for svg in drawings if stale(svg, out_dir)]
    if not todo:
        return []
    from PySide6.QtGui import QGuiApplication

    # QPainter needs a GUI application, held while rendering; offscreen, so setup needs no
    # screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written = [png for svg in todo for png in render(svg, out_dir)]
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: render ``resources/icons`` (or ``--svg-dir``) into its ``png/`` folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg-dir", type=Path, default=resources_dir() / "icons")
    parser.add_argument("--out-dir", type=Path, help="default: SVG_DIR/png")
    args = parser.parse_args(argv)
    try:
        written = render_all(args.svg_dir, args.out_dir or args.svg_dir / "png")
    except (ValueError, OSError) as exc:
        print(f"Could not render the icons: {exc}", file=sys.stderr)
        return 1
    if written:
        print(f"Rendered {len(written)} icon files into {written[0].parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The app's icons: SVG drawings rendered to PNG files at setup, shown from those files."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPalette

from c4s_desktop.core.resources import resources_dir
from c4s_desktop.ui import icon_raster, icons
from c4s_desktop.ui.icons import APP_ICON_SIZES, GLYPHS, PNG_SIZES, glyph, png_path, renderings
from c4s_desktop.ui.style import palette_for
from tests.ui.test_theme import contrast, ink

DRAWINGS = resources_dir() / "icons"


@pytest.fixture
def drawings(tmp_path: Path) -> Path:
    """A copy of the app's drawings, to render without touching ``resources/``."""
    folder = tmp_path / "icons"
    folder.mkdir()
    for svg in DRAWINGS.glob("*.svg"):
        shutil.copy2(svg, folder / svg.name)
    return folder


@pytest.fixture
def own_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``icons.icon`` reading from ``tmp_path/resources`` (and its cache emptied around)."""
    root = tmp_path / "resources"
    (root / "icons").mkdir(parents=True)
    monkeypatch.setattr(icons, "resources_dir", lambda: root)
    icons.icon.cache_clear()
    yield root
    icons.icon.cache_clear()


def _same_pixels(one: QImage, other: QImage) -> bool:
    one = one.convertToFormat(QImage.Format.Format_ARGB32)
    other = other.convertToFormat(QImage.Format.Format_ARGB32)
    return one.size() == other.size() and bytes(one.constBits()) == bytes(other.constBits())


def test_every_drawing_is_rendered_at_each_size_as_the_drawing_shows(qapp, drawings: Path
                                                                   ) -> None:
    out = drawings / "png"
    written = icon_raster.render_all(drawings, out)
    names = sorted(svg.stem for svg in drawings.glob("*.svg"))
    assert "app" in names and "pack" in names and set(GLYPHS) <= set(names)
    assert len(written) == sum(len(icons.png_sizes(name)) * len(renderings(name))
                               for name in names)
    for name in names:
        for rendering in renderings(name):
            for size in icons.png_sizes(rendering):
                image = QImage(str(png_path(out, rendering, size)))
                assert image.size() == QSize(size, size), (rendering, size)
        # The 16-pixel rendering is what Qt's SVG engine draws for the same size.
        rendered = QImage(str(png_path(out, name, 16)))
        drawn = QIcon(str(drawings / f"{name}.svg")).pixmap(16, 16).toImage()
        assert _same_pixels(rendered, drawn), name
    assert icons.png_sizes("app") == APP_ICON_SIZES and icons.png_sizes("pack") == PNG_SIZES
    assert not list(out.glob("*.part"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_glyph_reads_on_the_buttons_of_each_theme(qapp, own_resources: Path,
                                                       scheme: str) -> None:
    folder = own_resources / "icons"
    for name in GLYPHS:
        shutil.copy2(DRAWINGS / f"{name}.svg", folder / f"{name}.svg")
    icon_raster.render_all(folder, folder / "png")
    palette = palette_for(scheme)
    for name in GLYPHS:
        shown = glyph(name, palette)
        assert sorted(size.width() for size in shown.availableSizes()) == list(PNG_SIZES)
        # WCAG's 3:1 for the parts of a control, on the theme's button
        assert contrast(ink(shown), palette.color(QPalette.ColorRole.Button)) >= 3, name


def test_only_changed_drawings_are_rendered_again(qapp, drawings: Path) -> None:
    out = drawings / "png"
    icon_raster.render_all(drawings, out)
    assert icon_raster.render_all(drawings, out) == []  # all up to date: nothing redone
    # Renderings from 100 s ago, the drawings older still, but pack.svg changed since.
    then = time.time_ns() - 100 * 10**9
    for path, at in [(png, then) for png in out.glob("*.png")] + [
            (svg, then - 10**10 if svg.stem != "pack" else then + 10**10)
            for svg in drawings.glob("*.svg")]:
        os.utime(path, ns=(at, at))
    redone = icon_raster.render_all(drawings, out)
    assert sorted(redone) == sorted(png_path(out, "pack", size) for size in PNG_SIZES)
    os.utime(drawings / "play.svg")  # a glyph: its rendering for the dark theme too
    assert sorted(icon_raster.render_all(drawings, out)) == sorted(
        png_path(out, name, size) for name in ("play", "play_dark") for size in PNG_SIZES)
    png_path(out, "quiz", 32).unlink()
    assert len(icon_raster.render_all(drawings, out)) == len(PNG_SIZES)  # a missing size
    (drawings / "quiz.svg").unlink()
    assert icon_raster.render_all(drawings, out) == []
    assert not list(out.glob("quiz-*.png"))  # a drawing taken away takes its renderings


def test_a_broken_drawing_is_named_and_leaves_no_file(qapp, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "icons"
    folder.mkdir()
    (folder / "broken.svg").write_text("<svg", encoding="utf-8")
    assert icon_raster.main(["--svg-dir", str(folder)]) == 1
    assert "broken.svg" in capsys.readouterr().err
    assert not (folder / "png").exists()


def test_a_glyph_in_another_ink_is_named(qapp, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "icons"
    folder.mkdir()
    drawn = (DRAWINGS / "play.svg").read_text("utf-8").replace(icon_raster.LIGHT_INK, "#000")
    (folder / "play.svg").write_text(drawn, "utf-8")  # its dark theme's rendering: no ink swap
    assert icon_raster.main(["--svg-dir", str(folder)]) == 1
    assert "play.svg" in capsys.readouterr().err
    assert not (folder / "png").exists()  # not even its light rendering


def test_icons_come_from_the_renderings(qapp, own_resources: Path) -> None:
    folder = own_resources / "icons"
    shutil.copy2(DRAWINGS / "pack.svg", folder / "pack.svg")
    icon_raster.render_all(folder, folder / "png")
    shown = icons.icon("pack")
    assert sorted(size.width() for size in shown.availableSizes()) == list(PNG_SIZES)
    expected = QImage(str(png_path(folder / "png", "pack", 24)))
    assert _same_pixels(shown.pixmap(24, 24).toImage(), expected)


def test_without_renderings_the_drawing_itself_is_shown(qapp, own_resources: Path) -> None:
    folder = own_resources / "icons"
    shutil.copy2(DRAWINGS / "pack.svg", folder / "pack.svg")
    icon_raster.render_all(folder, folder / "png")
    png_path(folder / "png", "pack", 48).unlink()  # one size missing: the set is not used
    shown = icons.icon("pack")
    assert shown.availableSizes() == []  # Qt's SVG engine: drawn at any size asked
    drawn = QIcon(str(folder / "pack.svg")).pixmap(48, 48).toImage()
    assert _same_pixels(shown.pixmap(48, 48).toImage(), drawn)
    assert icons.icon("no-such-drawing").isNull()

"""Regenerate the demo course pack source (packs/demo/src/) from packs/demo/content/.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python packs/tools/make_demo_media.py

Needs PySide6, ``espeak-ng``, ``ffmpeg`` and ``ffprobe``. Everything in packs/demo/src/ is
deleted and written again: slides and figures (QPainter), narration (espeak-ng), videos and
subtitles (ffmpeg), course texts (Markdown), fact sheets (QPdfWriter), quizzes and the
unsigned manifest without ``files`` (the lead's ``c4s pack build`` adds and signs them).
"""

from __future__ import annotations

import ctypes
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from html import escape
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextDocument,
)

PACKS_DIR = Path(__file__).resolve().parent.parent
CONTENT_DIR = PACKS_DIR / "demo" / "content"
SRC_DIR = PACKS_DIR / "demo" / "src"

sys.path.insert(0, str(CONTENT_DIR))
import course  # noqa: E402  (packs/demo/content/course.py)

FONT = "DejaVu Sans"
BRAND = QColor("#0b4f6c")
INK = QColor("#1f2933")
MUTED = QColor("#6b7785")
PALE = QColor("#eef3f6")
WHITE = QColor("#ffffff")
SLIDE_W, SLIDE_H = 854, 480
FIG_W, FIG_H = 800, 450

VOICE = "en-gb"
WORDS_PER_MINUTE = 150
GAP_SENTENCE_S = 0.35
GAP_SLIDE_S = 0.6
FPS = 25

Text = dict[str, str]


# --------------------------------------------------------------------------- drawing helpers


def font(px: int, bold: bool = False) -> QFont:
    """Return the course font at a pixel size."""
    f = QFont(FONT)
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def new_canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    """Create a white RGB image and an antialiased painter on it."""
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(WHITE)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return img, p


def wrap_lines(f: QFont, text: str, width: float) -> list[str] | None:
    """Greedily word-wrap ``text`` to ``width``; None when one word alone is too wide."""
    fm = QFontMetricsF(f)
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if fm.horizontalAdvance(trial) <= width:
            current = trial
        elif fm.horizontalAdvance(word) > width:
            return None
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def draw_lines(p: QPainter, rect: QRectF, lines: list[str], f: QFont, color: QColor,
               align: Qt.AlignmentFlag) -> float:
    """Draw pre-wrapped lines in ``rect`` with the given alignment; return their height."""
    spacing = QFontMetricsF(f).lineSpacing()
    total = spacing * len(lines)
    if align & Qt.AlignmentFlag.AlignTop:
        y = rect.top()
    elif align & Qt.AlignmentFlag.AlignBottom:
        y = rect.bottom() - total
    else:
        y = rect.center().y() - total / 2
    horizontal = align & Qt.AlignmentFlag.AlignHorizontal_Mask
    p.setFont(f)
    p.setPen(color)
    for line in lines:
        p.drawText(QRectF(rect.x(), y, rect.width(), spacing),
                   horizontal | Qt.AlignmentFlag.AlignVCenter, line)
        y += spacing
    return total


def draw_fitted(p: QPainter, rect: QRectF, text: str, px: int, bold: bool = False,
                color: QColor = INK,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """Draw wrapped text in ``rect``, shrinking the font until it fits; fail if it never does."""
    for size in range(px, 9, -1):
        f = font(size, bold)
        lines = wrap_lines(f, text, rect.width())
        if lines and QFontMetricsF(f).lineSpacing() * len(lines) <= rect.height():
            draw_lines(p, rect, lines, f, color, align)
            return
    raise ValueError(f"text does not fit in {rect}: {text!r}")


def save_png(img: QImage, path: Path) -> None:
    """Save ``img`` as a maximally compressed PNG, creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # quality 0 = strongest PNG compression; the PySide6 stubs wrongly want bytes for format
    if not img.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")


def arrow(p: QPainter, a: QPointF, b: QPointF, color: QColor, width: float = 3.0) -> None:
    """Draw a straight arrow from ``a`` to ``b`` with a filled head."""
    p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    angle = math.atan2(b.y() - a.y(), b.x() - a.x())
    tip = b
    base = QPointF(b.x() - 12 * math.cos(angle), b.y() - 12 * math.sin(angle))
    p.drawLine(a, base)
    left = QPointF(base.x() + 7 * math.sin(angle), base.y() - 7 * math.cos(angle))
    right = QPointF(base.x() - 7 * math.sin(angle), base.y() + 7 * math.cos(angle))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPolygon(QPolygonF([tip, left, right]))


def box(p: QPainter, rect: QRectF, fill: QColor, text: str, px: int = 17,
        text_color: QColor = WHITE, bold: bool = True) -> None:
    """Draw a rounded box with centred, fitted text."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawRoundedRect(rect, 10, 10)
    draw_fitted(p, rect.adjusted(8, 4, -8, -4), text, px, bold, text_color)


# --------------------------------------------------------------------------- slides


def render_slide(slide: dict[str, Any], module: dict[str, Any], lesson: dict[str, Any],
                 number: int, total: int) -> QImage:
    """Draw one 854x480 slide; the first slide of a lesson is its title slide."""
    accent = QColor(module["accent"])
    img, p = new_canvas(SLIDE_W, SLIDE_H)
    module_label = f"Module {module['number']} · {module['title']['en']}"
    if number == 1:
        p.fillRect(0, 0, SLIDE_W, SLIDE_H, BRAND)
        p.fillRect(0, SLIDE_H - 16, SLIDE_W, 16, accent)
        p.setPen(QPen(accent, 6))
        p.drawLine(60, 170, 200, 170)
        draw_fitted(p, QRectF(60, 100, 734, 50), module_label, 22, False, QColor("#cfe3ec"),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        draw_fitted(p, QRectF(60, 190, 734, 130), lesson["title"]["en"], 42, True, WHITE,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        draw_fitted(p, QRectF(60, 330, 734, 90), slide["title"], 24, False, QColor("#cfe3ec"),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        p.setFont(font(15))
        p.setPen(QColor("#9fc2d1"))
        p.drawText(QRectF(60, 424, 734, 24), Qt.AlignmentFlag.AlignLeft,
                   f"Cluster4Smart · {course.TITLE['en']}")
        p.end()
        return img

    p.fillRect(0, 0, SLIDE_W, 92, BRAND)
    p.fillRect(0, 92, SLIDE_W, 6, accent)
    p.setFont(font(14))
    p.setPen(QColor("#cfe3ec"))
    p.drawText(QRectF(36, 10, 782, 20), Qt.AlignmentFlag.AlignLeft, module_label)
    draw_fitted(p, QRectF(36, 32, 782, 52), slide["title"], 30, True, WHITE,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    y = 128.0
    bottom = 424.0
    bullet_font = font(24)
    for bullet in slide["bullets"]:
        lines = wrap_lines(bullet_font, bullet, 736)
        if lines is None:
            raise ValueError(f"word too long on slide '{slide['title']}'")
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawRoundedRect(QRectF(48, y + 8, 16, 16), 3, 3)
        height = draw_lines(p, QRectF(82, y, 736, 200), lines, bullet_font, INK,
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        y += height + 22
    if y - 22 > bottom:
        raise ValueError(f"slide '{slide['title']}' of {lesson['id']} overflows")

    p.setPen(QPen(QColor("#d5dde3"), 1))
    p.drawLine(36, 440, 818, 440)
    p.setFont(font(14))
    p.setPen(MUTED)
    p.drawText(QRectF(36, 448, 600, 22), Qt.AlignmentFlag.AlignLeft,
               f"Cluster4Smart · {lesson['title']['en']}")
    p.drawText(QRectF(700, 448, 118, 22), Qt.AlignmentFlag.AlignRight, f"{number} / {total}")
    p.end()
    return img


# --------------------------------------------------------------------------- figures


def figure_frame(fig: dict[str, Any], lang: str, accent: QColor) -> tuple[QImage, QPainter]:
    """Create a figure canvas with its title and a thin accent rule."""
    img, p = new_canvas(FIG_W, FIG_H)
    p.fillRect(0, 0, FIG_W, FIG_H, QColor("#fbfcfd"))
    draw_fitted(p, QRectF(24, 12, FIG_W - 48, 36), fig["title"][lang], 22, True, BRAND,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    p.fillRect(24, 52, 80, 4, accent)
    return img, p


def fig_cycle(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """Stages placed on an ellipse, joined by arrows, with a centre caption."""
    labels = [label[lang] for label in fig["labels"]]
    cx, cy, rx, ry = FIG_W / 2, 252, 285, 150
    centres = []
    for i in range(len(labels)):
        a = -math.pi / 2 + 2 * math.pi * i / len(labels)
        centres.append(QPointF(cx + rx * math.cos(a), cy + ry * math.sin(a)))
    bw, bh = 190, 64
    for i, c in enumerate(centres):
        n = centres[(i + 1) % len(centres)]
        dx, dy = n.x() - c.x(), n.y() - c.y()
        length = math.hypot(dx, dy)
        ux, uy = dx / length, dy / length
        shrink = min(abs(bw / 2 / ux) if ux else 1e9, abs(bh / 2 / uy) if uy else 1e9) + 8
        arrow(p, QPointF(c.x() + ux * shrink, c.y() + uy * shrink),
              QPointF(n.x() - ux * shrink, n.y() - uy * shrink), QColor("#9aa9b5"))
    for i, (c, text) in enumerate(zip(centres, labels, strict=True)):
        fill = BRAND if i % 2 == 0 else accent
        box(p, QRectF(c.x() - bw / 2, c.y() - bh / 2, bw, bh), fill, text, 17)
    draw_fitted(p, QRectF(cx - 120, cy - 40, 240, 80), fig["centre"][lang], 20, True, INK)


def fig_hierarchy(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """Levels of boxes from top to bottom, with an optional advisory box at the side."""
    levels = fig["levels"]
    top, gap, bh = 76, 26, 62
    left, right = 30, 560 if fig.get("side") else FIG_W - 30
    fills = [BRAND, accent, QColor("#3d7a94"), QColor("#8a9ba8")]
    prev: list[QRectF] = []
    for li, level in enumerate(levels):
        y = top + li * (bh + gap)
        width = (right - left - 16 * (len(level) - 1)) / len(level)
        rects = [QRectF(left + i * (width + 16), y, width, bh) for i in range(len(level))]
        for a in prev:
            for b in rects:
                if len(prev) == 1 or len(rects) == 1 or prev.index(a) == rects.index(b):
                    arrow(p, QPointF(a.center().x(), a.bottom() + 2),
                          QPointF(b.center().x(), b.top() - 2), QColor("#9aa9b5"), 2.5)
        for r, label in zip(rects, level, strict=True):
            box(p, r, fills[li % len(fills)], label[lang], 17)
        prev = rects
    if fig.get("side"):
        side = QRectF(590, top + bh + gap, 180, 2 * bh + gap)
        p.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(side, 10, 10)
        draw_fitted(p, side.adjusted(10, 8, -10, -8), fig["side"][lang], 17, True, INK)
        p.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(side.left(), side.center().y()), QPointF(560, side.center().y()))


def fig_matrix(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """A grid of rows and columns with filled dots showing intensity 0-3."""
    rows, cols = fig["rows"], fig["cols"]
    x0, y0, row_h = 250, 130, (FIG_H - 150) / len(rows)
    col_w = (FIG_W - x0 - 20) / len(cols)
    for ci, col in enumerate(cols):
        r = QRectF(x0 + ci * col_w + 4, 66, col_w - 8, 56)
        box(p, r, BRAND, col[lang], 15)
    for ri, row in enumerate(rows):
        y = y0 + ri * row_h
        if ri % 2 == 0:
            p.fillRect(QRectF(20, y, FIG_W - 40, row_h), PALE)
        draw_fitted(p, QRectF(30, y + 2, x0 - 40, row_h - 4), row["label"][lang], 16, True, INK,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for ci, level in enumerate(row["levels"]):
            cx = x0 + ci * col_w + col_w / 2
            for k in range(3):
                p.setPen(QPen(accent, 2))
                p.setBrush(accent if k < level else WHITE)
                p.drawEllipse(QPointF(cx - 22 + 22 * k, y + row_h / 2), 8, 8)


def fig_staircase(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """Ascending steps from left to right, each with a label and a caption."""
    steps = fig["steps"]
    n = len(steps)
    left, base, width = 30, FIG_H - 24, (FIG_W - 60) / n
    step_h = (FIG_H - 190) / n
    fills = [QColor("#8a9ba8"), QColor("#3d7a94"), BRAND, accent, QColor("#b5532f")]
    for i, step in enumerate(steps):
        h = step_h * (i + 1) + 40
        rect = QRectF(left + i * width, base - h, width - 6, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fills[i % len(fills)] if not step.get("colour") else QColor(step["colour"]))
        p.drawRect(rect)
        draw_fitted(p, QRectF(rect.x() + 6, rect.y() + 6, rect.width() - 12, 52),
                    step["label"][lang], 17, True, WHITE)
        if step.get("caption"):
            draw_fitted(p, QRectF(rect.x() + 4, rect.y() - 66, rect.width() - 8, 60),
                        step["caption"][lang], 14, False, INK,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)


def fig_network(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """A central node linked to partner nodes around it."""
    nodes = [node[lang] for node in fig["nodes"]]
    cx, cy = FIG_W / 2, 258
    centres = []
    for i in range(len(nodes)):
        a = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        centres.append(QPointF(cx + 300 * math.cos(a), cy + 150 * math.sin(a)))
    p.setPen(QPen(QColor("#b7c4ce"), 2, Qt.PenStyle.DashLine))
    for i, c in enumerate(centres):
        p.drawLine(QPointF(cx, cy), c)
        p.drawLine(c, centres[(i + 1) % len(centres)])
    for c, label in zip(centres, nodes, strict=True):
        box(p, QRectF(c.x() - 88, c.y() - 30, 176, 60), accent, label, 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BRAND)
    p.drawEllipse(QPointF(cx, cy), 84, 84)
    draw_fitted(p, QRectF(cx - 70, cy - 50, 140, 100), fig["centre"][lang], 18, True, WHITE)


def fig_flow(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """Chevron stages from left to right, with a caption below each."""
    stages = fig["stages"]
    n = len(stages)
    left, top, h = 24, 110, 96
    width = (FIG_W - 48) / n
    for i, stage in enumerate(stages):
        x = left + i * width
        path = QPainterPath()
        path.moveTo(x, top)
        path.lineTo(x + width - 18, top)
        path.lineTo(x + width + 6, top + h / 2)
        path.lineTo(x + width - 18, top + h)
        path.lineTo(x, top + h)
        if i:
            path.lineTo(x + 24, top + h / 2)
        path.closeSubpath()
        p.setPen(QPen(WHITE, 3))
        p.setBrush(BRAND if i % 2 == 0 else accent)
        p.drawPath(path)
        draw_fitted(p, QRectF(x + (30 if i else 12), top + 8, width - 52, h - 16),
                    stage["label"][lang], 17, True, WHITE)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(PALE)
        cap = QRectF(x + 4, top + h + 24, width - 12, 200)
        p.drawRoundedRect(cap, 8, 8)
        draw_fitted(p, cap.adjusted(8, 8, -8, -8), stage["caption"][lang], 15, False, INK,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


def fig_bars(p: QPainter, fig: dict[str, Any], lang: str, accent: QColor) -> None:
    """Grouped horizontal bars: the cluster against a benchmark, in percent."""
    rows = fig["rows"]
    series = [fig["series"][0][lang], fig["series"][1][lang]]
    x0, x1, y0 = 280, FIG_W - 60, 110
    row_h = (FIG_H - y0 - 20) / len(rows)
    for k, (name, colour) in enumerate(zip(series, [accent, BRAND], strict=True)):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(QRectF(x0 + k * 230, 70, 18, 18))
        p.setFont(font(15))
        p.setPen(INK)
        p.drawText(QRectF(x0 + 26 + k * 230, 68, 200, 24), Qt.AlignmentFlag.AlignLeft, name)
    p.setPen(QPen(QColor("#d5dde3"), 1))
    for pct in (0, 25, 50, 75, 100):
        x = x0 + (x1 - x0) * pct / 100
        p.drawLine(QPointF(x, y0 - 6), QPointF(x, FIG_H - 24))
    for ri, row in enumerate(rows):
        y = y0 + ri * row_h
        draw_fitted(p, QRectF(24, y, x0 - 36, row_h - 8), row["label"][lang], 15, True, INK,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar_h = (row_h - 14) / 2
        for k, (value, colour) in enumerate(zip(row["values"], [accent, BRAND], strict=True)):
            w = (x1 - x0) * value / 100
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRect(QRectF(x0, y + k * bar_h, w, bar_h - 2))
            p.setFont(font(13, True))
            p.setPen(INK)
            p.drawText(QRectF(x0 + w + 6, y + k * bar_h, 60, bar_h - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{value} %")


FIGURES = {
    "cycle": fig_cycle,
    "hierarchy": fig_hierarchy,
    "matrix": fig_matrix,
    "staircase": fig_staircase,
    "network": fig_network,
    "flow": fig_flow,
    "bars": fig_bars,
}


def render_figure(fig: dict[str, Any], lang: str, accent: QColor) -> QImage:
    """Draw a course-text illustration in one language."""
    img, p = figure_frame(fig, lang, accent)
    FIGURES[fig["kind"]](p, fig, lang, accent)
    p.end()
    return img


# --------------------------------------------------------------------------- narration & video


def run(cmd: list[str]) -> str:
    """Run a command, returning stdout and raising with stderr on failure."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{cmd[0]} failed: {done.stderr.strip()[-800:]}")
    return done.stdout


def speak(sentence: str, path: Path) -> None:
    """Synthesise one English sentence with espeak-ng into a WAV file."""
    run(["espeak-ng", "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(path), sentence])


def vtt_time(seconds: float) -> str:
    """Format seconds as a WebVTT timestamp (HH:MM:SS.mmm)."""
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def probe_duration(path: Path) -> float:
    """Return a media file's container duration in seconds, measured with ffprobe."""
    out = run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
               "-of", "default=noprint_wrappers=1:nokey=1", str(path)])
    return float(out.strip())


def build_video(lesson: dict[str, Any], module: dict[str, Any], out_dir: Path,
                work: Path) -> float:
    """Render slides, narrate, encode ``video.mp4`` with en/fr subtitles and a poster.

    Returns the encoded clip's duration in seconds, rounded to 0.1 s.
    """
    slides = lesson["slides"]
    frames = bytearray()
    rate = 0
    cues: list[tuple[float, float, dict[str, str]]] = []
    concat_lines: list[str] = []
    t = 0.0
    for si, slide in enumerate(slides, start=1):
        img = render_slide(slide, module, lesson, si, len(slides))
        png = work / f"slide{si}.png"
        save_png(img, png)
        if si == 1:
            save_png(img, out_dir / "poster.png")
        slide_start = t
        for ni, (en, fr) in enumerate(slide["narration"]):
            wav_path = work / f"s{si}_{ni}.wav"
            speak(en, wav_path)
            with wave.open(str(wav_path), "rb") as w:
                rate = w.getframerate()
                data = w.readframes(w.getnframes())
                speech = w.getnframes() / rate
            cues.append((t, t + speech, {"en": en, "fr": fr}))
            frames += data
            pause = GAP_SLIDE_S if ni == len(slide["narration"]) - 1 else GAP_SENTENCE_S
            frames += b"\x00\x00" * round(pause * rate)
            t += speech + pause
        concat_lines += [f"file '{png.name}'", f"duration {t - slide_start:.3f}"]
    concat_lines.append(f"file 'slide{len(slides)}.png'")
    (work / "slides.txt").write_text("\n".join(concat_lines) + "\n", encoding="utf-8")
    narration = work / "narration.wav"
    with wave.open(str(narration), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))

    video = out_dir / "video.mp4"
    run(["ffmpeg", "-y", "-v", "error", "-f", "concat", "-safe", "0", "-i",
         str(work / "slides.txt"), "-i", str(narration),
         "-vf", f"fps={FPS},format=yuv420p", "-c:v", "libx264", "-preset", "slow",
         "-tune", "stillimage", "-crf", "30", "-c:a", "aac", "-ac", "1", "-ar", "48000",
         "-b:a", "56k", "-t", f"{t:.3f}", "-movflags", "+faststart",
         "-metadata", f"title={lesson['title']['en']}", str(video)])

    for lang in course.LANGUAGES:
        blocks = ["WEBVTT", ""]
        for n, (start, end, texts) in enumerate(cues, start=1):
            blocks += [str(n), f"{vtt_time(start)} --> {vtt_time(end)}", texts[lang], ""]
        (out_dir / f"video-{lang}.vtt").write_text("\n".join(blocks), encoding="utf-8")
    return round(probe_duration(video), 1)


# --------------------------------------------------------------------------- fact sheets


def factsheet_html(sheet: dict[str, Any], lang: str, module: dict[str, Any]) -> str:
    """Build the HTML of a one-to-two-page fact sheet in one language."""
    accent = module["accent"]
    label = {"en": "Fact sheet", "fr": "Fiche pratique"}[lang]
    figures_label = {"en": "Key figures", "fr": "Chiffres clés"}[lang]
    checklist_label = {"en": "Checklist", "fr": "Liste de contrôle"}[lang]
    parts = [
        f'<table width="100%" cellpadding="14" cellspacing="0" bgcolor="#0b4f6c"><tr><td>'
        f'<span style="color:#cfe3ec; font-size:9pt;">Cluster4Smart · {label} · '
        f'{escape(module["title"][lang])}</span><br/>'
        f'<span style="color:#ffffff; font-size:19pt; font-weight:bold;">'
        f'{escape(sheet["title"][lang])}</span></td></tr></table>',
        f'<table width="100%" cellpadding="0" cellspacing="0" bgcolor="{accent}">'
        f'<tr><td height="4"></td></tr></table>',
        f'<p style="font-size:11pt; color:#1f2933; margin-top:12px;"><i>'
        f'{escape(sheet["lead"][lang])}</i></p>',
        f'<h3 style="color:#0b4f6c;">{figures_label}</h3>',
        '<table width="100%" cellpadding="6" cellspacing="0">',
    ]
    for i, (value, what) in enumerate(sheet["figures"]):
        bg = "#eef3f6" if i % 2 == 0 else "#ffffff"
        parts.append(
            f'<tr bgcolor="{bg}"><td width="22%" style="font-size:13pt; font-weight:bold; '
            f'color:{accent};">{escape(value[lang])}</td>'
            f'<td style="font-size:10pt;">{escape(what[lang])}</td></tr>')
    parts.append("</table>")
    for heading, body in sheet["sections"]:
        parts.append(f'<h3 style="color:#0b4f6c;">{escape(heading[lang])}</h3>')
        parts.append(f'<p style="font-size:10pt;">{escape(body[lang])}</p>')
    parts.append(f'<h3 style="color:#0b4f6c;">{checklist_label}</h3>')
    parts.append('<table width="100%" cellpadding="4" cellspacing="0">')
    for item in sheet["checklist"]:
        parts.append(f'<tr><td width="5%" style="font-size:13pt; color:{accent};">☐</td>'
                     f'<td style="font-size:10pt;">{escape(item[lang])}</td></tr>')
    parts.append("</table>")
    parts.append(f'<p style="font-size:8pt; color:#6b7785; margin-top:14px;">'
                 f'{escape(course.TITLE[lang])} · {escape(course.FOOTER[lang])}</p>')
    return "".join(parts)


def write_factsheet(sheet: dict[str, Any], lang: str, module: dict[str, Any],
                    path: Path) -> int:
    """Typeset a fact sheet to an A4 PDF and return its page count."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    writer.setTitle(sheet["title"][lang])
    writer.setCreator("C4S demo pack generator")
    doc = QTextDocument()
    doc.setDefaultFont(QFont(FONT, 10))
    doc.setHtml(factsheet_html(sheet, lang, module))
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    doc.setPageSize(rect.size().toSizeF())
    pages = doc.pageCount()
    doc.print_(writer)
    if not 1 <= pages <= 2:
        raise ValueError(f"fact sheet {path} has {pages} pages, expected 1 or 2")
    return pages


# --------------------------------------------------------------------------- pack assembly


class NoneRefGuard:
    """Give back the references to ``None`` that PySide6 drops, so Python 3.11 does not abort.

    PySide6 6.12 returns ``None`` from void methods without taking a reference. On Python 3.12+
    ``None`` is immortal and nothing happens; on 3.11 its reference count drifts down with every
    call until the interpreter aborts ("none_dealloc"), usually at exit. ``top_up`` restores the
    count measured at creation with permanent ``Py_IncRef`` calls, as PySide6 should have done.
    """

    def __init__(self) -> None:
        self._base = sys.getrefcount(None)
        self._incref = ctypes.pythonapi.Py_IncRef
        self._incref.argtypes = [ctypes.py_object]
        self._incref.restype = None

    def top_up(self) -> None:
        """Add as many references to ``None`` as were lost since creation."""
        if sys.version_info >= (3, 12):
            return
        for _ in range(self._base - sys.getrefcount(None)):
            self._incref(None)


def write_json(data: Any, path: Path) -> None:
    """Write pretty UTF-8 JSON with a trailing newline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build_lesson(lesson: dict[str, Any], module: dict[str, Any], work: Path) -> dict[str, Any]:
    """Generate every file of one lesson and return its manifest entry."""
    rel = lesson["dir"]
    out = SRC_DIR / rel
    out.mkdir(parents=True, exist_ok=True)
    lid = lesson["id"]
    accent = QColor(module["accent"])
    lesson_work = work / lid
    lesson_work.mkdir()

    duration = build_video(lesson, module, out, lesson_work)
    for lang in course.LANGUAGES:
        save_png(render_figure(lesson["figure"], lang, accent), out / f"figure-{lang}.png")
        (out / f"text-{lang}.md").write_text(lesson["document"][lang].strip() + "\n",
                                             encoding="utf-8")
        write_factsheet(lesson["factsheet"], lang, module, out / f"factsheet-{lang}.pdf")
    quiz = lesson["quiz"]
    write_json({"shuffle": quiz["shuffle"], "questions": quiz["questions"]}, out / "quiz.json")

    per_lang = {lang: f"{rel}/{{}}-{lang}" for lang in course.LANGUAGES}
    quiz_item: dict[str, Any] = {
        "id": f"{lid}-quiz", "type": "quiz", "title": quiz["title"],
        "quiz": f"{rel}/quiz.json", "pass_score": quiz["pass_score"],
        "feedback": quiz["feedback"],
    }
    if "max_attempts" in quiz:
        quiz_item["max_attempts"] = quiz["max_attempts"]
    items: list[dict[str, Any]] = [
        {"id": f"{lid}-video", "type": "video", "title": lesson["video_title"],
         "file": f"{rel}/video.mp4", "duration_s": duration,
         "subtitles": {lang: f"{rel}/video-{lang}.vtt" for lang in course.LANGUAGES},
         "poster": f"{rel}/poster.png"},
        {"id": f"{lid}-text", "type": "document", "title": lesson["document_title"],
         "file": {lang: p.format("text") + ".md" for lang, p in per_lang.items()}},
        {"id": f"{lid}-factsheet", "type": "factsheet", "title": lesson["factsheet"]["title"],
         "file": {lang: p.format("factsheet") + ".pdf" for lang, p in per_lang.items()}},
        quiz_item,
    ]
    case = lesson.get("case_study")
    if case:
        for lang in course.LANGUAGES:
            (out / f"case-{lang}.md").write_text(case["text"][lang].strip() + "\n",
                                                 encoding="utf-8")
        items.append({"id": case["id"], "type": "case_study", "title": case["title"],
                      "file": {lang: p.format("case") + ".md" for lang, p in per_lang.items()},
                      "questions": case["questions"]})
    print(f"  {lid}: video {duration:.1f} s, {len(quiz['questions'])} questions")
    return {"id": lid, "title": lesson["title"],
            "estimated_minutes": lesson["estimated_minutes"], "items": items}


NONE_GUARD = NoneRefGuard()


def main() -> int:
    """Regenerate packs/demo/src/ and its manifest; return a process exit code."""
    for tool in ("espeak-ng", "ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            print(f"error: {tool} is not installed (apt-get install ffmpeg espeak-ng)",
                  file=sys.stderr)
            return 1
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        return generate()
    finally:
        NONE_GUARD.top_up()
        app.shutdown()


def generate() -> int:
    """Write every file of packs/demo/src/; return a process exit code."""
    if SRC_DIR.exists():
        shutil.rmtree(SRC_DIR)
    SRC_DIR.mkdir(parents=True)
    modules = []
    with tempfile.TemporaryDirectory(prefix="c4s-demo-") as tmp:
        for module in course.MODULES:
            print(f"module {module['id']}")
            lessons = []
            for lesson in module["lessons"]:
                lessons.append(build_lesson(lesson, module, Path(tmp)))
                NONE_GUARD.top_up()
            modules.append({"id": module["id"], "title": module["title"],
                            "description": module["description"], "lessons": lessons})
    manifest = {
        "format": 1,
        "id": course.PACK_ID,
        "version": course.VERSION,
        "title": course.TITLE,
        "description": course.DESCRIPTION,
        "languages": course.LANGUAGES,
        "publisher": {"name": course.PUBLISHER},
        "modules": modules,
    }
    write_json(manifest, SRC_DIR / "manifest.json")
    total = sum(f.stat().st_size for f in SRC_DIR.rglob("*") if f.is_file())
    print(f"wrote {SRC_DIR} ({total / 1_000_000:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

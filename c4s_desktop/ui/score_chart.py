"""A small chart of one quiz's scores over its attempts, painted with QPainter.

Attempts run left to right, scores 0-100% bottom to top; a dashed line marks the pass score,
a filled dot a passed attempt and a hollow one a failed attempt, in the theme's colours for
right and wrong (readable on a light page and on a dark one) and its link colour. A small
chart stays readable with :data:`MAX_POINTS` attempts at most, so it shows the latest ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from c4s_desktop.ui.formatting import format_percent
from c4s_desktop.ui.style import verdict_colour

DOT_RADIUS = 3.5
PADDING = 6.0
HEIGHT = 48
MAX_POINTS = 20


class ScoreChart(QWidget):
    """Scores (0.0 to 1.0, None when unknown) of a quiz's attempts, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: list[tuple[float, bool]] = []
        self._pass: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.setFixedHeight(HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(240, HEIGHT)

    def set_attempts(self, attempts: Sequence[tuple[float | None, bool]],
                     pass_score: float | None) -> None:
        """Show ``(score, passed)`` per attempt and the pass score (None: no line)."""
        scores = [(max(0.0, min(1.0, score)), passed) for score, passed in attempts
                  if score is not None]
        self._scores = scores[-MAX_POINTS:]
        self._pass = pass_score
        parts = ", ".join(
            self.tr("{score} (passed)").format(score=format_percent(score)) if passed
            else self.tr("{score} (not passed)").format(score=format_percent(score))
            for score, passed in self._scores
        )
        summary = (self.tr("Scores over attempts: {scores}").format(scores=parts)
                   if len(scores) <= MAX_POINTS else
                   self.tr("Scores of the last {shown} of {total} attempts: {scores}").format(
                       shown=len(self._scores), total=len(scores), scores=parts))
        self.setAccessibleName(self.tr("Quiz scores chart"))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING)

    def _point(self, plot: QRectF, index: int, score: float) -> QPointF:
        count = len(self._scores)
        x = plot.center().x() if count == 1 else plot.left() + plot.width() * index / (count - 1)
        return QPointF(x, plot.bottom() - plot.height() * score)

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """The passed, failed and score-line colours on this widget's theme."""
        palette = self.palette()
        return (QColor(verdict_colour(True, palette)), QColor(verdict_colour(False, palette)),
                palette.color(QPalette.ColorRole.Link))

    def paintEvent(self, event: QPaintEvent) -> None:
        passed_colour, failed_colour, line_colour = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        muted = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        if self._pass is not None:
            y = plot.bottom() - plot.height() * self._pass
            painter.setPen(QPen(passed_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not self._scores:
            painter.end()
            return
        points = [self._point(plot, n, score) for n, (score, _passed) in enumerate(self._scores)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(line_colour, 1.5))
        painter.drawPath(path)
        for point, (_score, passed) in zip(points, self._scores, strict=True):
            color = passed_colour if passed else failed_colour
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(color if passed else self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
        painter.end()

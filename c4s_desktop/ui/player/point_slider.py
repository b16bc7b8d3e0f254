"""A slider that a click moves to the point clicked, as players' seek bars and volume sliders
do (Qt's moves a page step towards it: 30 s on the seek bar, whatever the point)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractSlider, QSlider, QStyle, QStyleOptionSlider


class PointSlider(QSlider):
    """A horizontal slider: a left click off the handle puts the handle there, and the press
    goes on as a drag of the handle."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Move to the point clicked, then let the slider take the press (on its handle)."""
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, self)
            point = event.position().toPoint()
            if not handle.contains(point):
                groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                              QStyle.SubControl.SC_SliderGroove, self)
                # The handle's centre goes to the point: its travel is the groove less itself.
                value = QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), point.x() - groove.x() - handle.width() // 2,
                    groove.width() - handle.width(), option.upsideDown)
                self.setSliderPosition(value)
                self.triggerAction(QAbstractSlider.SliderAction.SliderMove)
        super().mousePressEvent(event)

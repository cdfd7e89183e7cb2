"""A 0 to 10 slider that goes where it is clicked.

Qt's slider moves one page towards a click on its groove, so reaching "7" from "5"
takes guessing and several clicks. People expect the handle to jump to the point they
click (and then follow a drag); keys still step by one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget


class ScaleSlider(QSlider):
    """A horizontal QSlider whose handle jumps to a left click on the groove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            control = QStyle.ComplexControl.CC_Slider
            handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
            point = event.position().toPoint()
            if not handle.contains(point):
                groove = style.subControlRect(
                    control, option, QStyle.SubControl.SC_SliderGroove, self
                )
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                self.setValue(
                    QStyle.sliderValueFromPosition(
                        self.minimum(), self.maximum(), offset, span, option.upsideDown
                    )
                )
        # With the handle now under the pointer, the usual press starts a drag from here.
        super().mousePressEvent(event)

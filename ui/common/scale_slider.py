"""A 0 to 10 slider that goes where it is clicked, and leaves the wheel to the page.

Qt's slider moves one page towards a click on its groove, so reaching "7" from "5"
takes guessing and several clicks. People expect the handle to jump to the point they
click (and then follow a drag); keys still step by one.

Scrolling a page past a scale must not change it (every change is saved): only a scale
with the keyboard focus takes the wheel; otherwise the page scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget


def wheel_only_when_focused(widget: QWidget, event: QWheelEvent) -> bool:
    """True when ``widget`` may take the wheel: only a field with the keyboard focus
    does; otherwise the event goes on to the page, which scrolls."""
    if widget.hasFocus():
        return True
    event.ignore()
    return False


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

    def wheelEvent(self, event: QWheelEvent) -> None:
        if wheel_only_when_focused(self, event):
            super().wheelEvent(event)

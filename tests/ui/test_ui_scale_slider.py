"""The check-in scales jump to where they are clicked; keys still step by one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from ui.common.scale_slider import ScaleSlider


def _groove_point(slider: ScaleSlider, fraction: float) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    control = QStyle.ComplexControl.CC_Slider
    groove = slider.style().subControlRect(
        control, option, QStyle.SubControl.SC_SliderGroove, slider
    )
    handle = slider.style().subControlRect(
        control, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    span = groove.width() - handle.width()
    x = groove.x() + handle.width() // 2 + round(span * fraction)
    return QPoint(x, groove.center().y())


def test_a_click_on_the_groove_sets_that_value(qtbot: Any) -> None:
    slider = ScaleSlider()
    qtbot.addWidget(slider)
    slider.setRange(0, 10)
    slider.setPageStep(2)
    slider.resize(400, 40)
    slider.show()
    qtbot.waitExposed(slider)
    slider.setValue(5)

    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=_groove_point(slider, 0.8))
    assert slider.value() == 8, "jumps to the click, not one page towards it"
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=_groove_point(slider, 0.0))
    assert slider.value() == 0
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=_groove_point(slider, 1.0))
    assert slider.value() == 10

    qtbot.mouseClick(slider, Qt.MouseButton.RightButton, pos=_groove_point(slider, 0.3))
    assert slider.value() == 10, "only the left button moves it"
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() == 9

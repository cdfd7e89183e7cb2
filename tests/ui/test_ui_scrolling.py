"""Scroll areas (ui/common/scrolling.py): when the content grows above the control
someone is in (notes that come in after a pause), that control stays in sight."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.common.scrolling import keep_focus_in_view, scroll_area


def _in_sight(area: Any, widget: QWidget) -> bool:
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= area.viewport().height()


@pytest.mark.parametrize("kept", [True, False])
def test_the_focused_field_stays_in_sight_when_notes_push_it_down(qtbot: Any, kept: bool) -> None:
    content = QWidget()
    notes = QLabel("")
    notes.setWordWrap(True)
    field = QLineEdit()
    column = QVBoxLayout(content)
    column.addWidget(QLabel("What you wrote"))
    column.addWidget(notes)
    column.addWidget(field)
    column.addStretch(1)
    window = QWidget()
    qtbot.addWidget(window)
    area = scroll_area(content, window)
    if kept:
        keep_focus_in_view(area)
    QVBoxLayout(window).addWidget(area)
    window.resize(320, 240)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: field.hasFocus() and _in_sight(area, field))

    notes.setText("\n".join(f"A note that came in a moment later, number {n}." for n in range(30)))
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # laid out anew
    if kept:
        qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)
        assert _in_sight(area, field)
    else:  # without it, the field is pushed out of sight: what the keeper is for
        qtbot.wait(100)
        assert not _in_sight(area, field)

"""Where the keyboard is, is drawn: a ring in the accent round a list, a text area or a
scrolling page the keyboard moved into (Fusion draws nothing there), and none after a
click."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from ui.common import theme
from ui.common.focus_ring import keyboard_moved_focus
from ui.common.scrolling import scroll_area


def _accent_on_edge(widget: QWidget) -> int:
    """How many pixels down ``widget``'s left edge (1 pixel in) are the accent, as the
    window shows it (the ring is laid over the widget's own drawing)."""
    window = widget.window()
    image = window.grab().toImage()
    accent = QColor(theme.current().accent)
    left = widget.mapTo(window, widget.rect().topLeft())
    return sum(
        1
        for y in range(left.y() + 4, left.y() + widget.height() - 4)
        if max(
            abs(image.pixelColor(left.x() + 1, y).red() - accent.red()),
            abs(image.pixelColor(left.x() + 1, y).green() - accent.green()),
            abs(image.pixelColor(left.x() + 1, y).blue() - accent.blue()),
        )
        < 40
    )


@pytest.mark.parametrize("kind", ["list", "text", "page"])
def test_a_ring_shows_where_the_keyboard_went_and_not_after_a_click(qtbot: Any, kind: str) -> None:
    theme.apply_theme("light")  # the app's style (Fusion and the design system's parts)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first = QPlainTextEdit(window)  # somewhere else for the focus to be
    if kind == "list":
        target: QWidget = QListWidget(window)
        target.addItems(["one", "two"])  # type: ignore[attr-defined]
    elif kind == "text":
        target = QPlainTextEdit(window)
    else:
        target = scroll_area(QLabel("Words to read, and no control to stop on."), window)
    layout.addWidget(first)
    layout.addWidget(target)
    window.resize(300, 300)
    window.show()
    with qtbot.waitActive(window):  # focus is only had in the active window
        window.activateWindow()
    first.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.wait(20)
    assert _accent_on_edge(target) == 0, "no ring where the keyboard is not"

    target.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as a section key does
    qtbot.waitUntil(lambda: _accent_on_edge(target) > target.height() // 2)

    qtbot.mouseClick(first.viewport(), Qt.MouseButton.LeftButton)  # the ring goes...
    qtbot.waitUntil(lambda: _accent_on_edge(target) == 0)
    qtbot.mouseClick(target.viewport(), Qt.MouseButton.LeftButton)  # ...and a click draws none
    qtbot.wait(20)
    assert target.hasFocus() and _accent_on_edge(target) == 0


def test_a_section_key_landing_where_the_focus_already_was_rings_it(qtbot: Any) -> None:
    """A page switch can move the focus into the new page's list before the section key
    puts it there: no focus change follows, and the list must still be ringed."""
    theme.apply_theme("light")
    window = QWidget()
    qtbot.addWidget(window)
    rows = QListWidget(window)
    rows.addItems(["one", "two"])
    QVBoxLayout(window).addWidget(rows)
    window.resize(300, 300)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    rows.setFocus(Qt.FocusReason.OtherFocusReason)  # as a stacked widget moves it
    qtbot.wait(20)
    assert _accent_on_edge(rows) == 0
    keyboard_moved_focus(window)
    qtbot.waitUntil(lambda: _accent_on_edge(rows) > rows.height() // 2)

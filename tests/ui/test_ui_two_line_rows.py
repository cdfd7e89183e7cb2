"""Two-line list rows (ui/common/lazy_list.py): a row cut short with an ellipsis shows
its whole text in a tooltip, so nothing is out of reach with large text or a longer
language; a row that fits shows none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QListWidget, QToolTip

from ui.common.lazy_list import TwoLineDelegate, split_two_lines

LONG = "Preparing for a hard conversation with someone you love\nAdapted from CRAFT, in steps"


def _tooltip_over(qtbot: Any, rows: QListWidget, row: int) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    where = rows.visualItemRect(rows.item(row)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, rows.viewport().mapToGlobal(where))
    QApplication.sendEvent(rows.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_row_cut_short_shows_its_whole_text_and_one_that_fits_shows_none(qtbot: Any) -> None:
    rows = QListWidget()
    qtbot.addWidget(rows)
    rows.setItemDelegate(TwoLineDelegate(split_two_lines, parent=rows))
    rows.addItems([LONG, "Short\nFits"])
    rows.resize(180, 200)
    rows.show()
    qtbot.waitExposed(rows)
    assert _tooltip_over(qtbot, rows, 0) == LONG
    assert _tooltip_over(qtbot, rows, 1) == ""
    rows.resize(900, 200)  # wide enough now: the long row fits, and says nothing more
    qtbot.waitUntil(lambda: rows.viewport().width() > 800)
    assert _tooltip_over(qtbot, rows, 0) == ""

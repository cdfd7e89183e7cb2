"""Every control a person can reach, on every screen, page and dialog, has a name a
screen reader can say: Qt's own accessible name (from ``setAccessibleName``, or derived
from the control's text or its buddy label), read the way a screen reader reads it."""

from __future__ import annotations

from typing import Any

from page_walk import visible_children, walk
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date and time edits
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)


def spoken_name(widget: QWidget) -> str:
    """The name an assistive technology gets for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(top: QWidget) -> list[str]:
    missing = []
    for widget in visible_children(top, INTERACTIVE):
        # A scroll bar or a header is part of the view it belongs to and is spoken as
        # that view's scroll bar or column headers.
        if isinstance(widget, (QScrollBar, QHeaderView)) or _inside_named_control(widget):
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _inside_named_control(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo box's line edit, a scroll bar's or a
    spin box's own parts) are spoken as the control; the control is checked instead."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_on_every_page_and_dialog_has_a_spoken_name(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    shell.window.resize(1280, 800)
    problems: dict[str, list[str]] = {}
    stops = 0
    for name, top in walk(shell, qtbot, demo=True):
        stops += 1
        missing = unnamed(top)
        if missing:
            problems[name] = missing
    assert stops > 40, f"the walk saw only {stops} screens"
    assert not problems, "controls without a spoken name:\n" + "\n".join(
        f"{name}: {', '.join(sorted(set(found)))}" for name, found in problems.items()
    )

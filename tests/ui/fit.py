"""Whether what a page shows fits: buttons and one-line labels narrower than their text
needs (cut off, or squeezed into an ellipsis). Used by the pages' "looks" tests."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def cut_short(widget: QWidget) -> list[str]:
    """The texts of visible buttons and one-line labels under ``widget`` that don't fit."""
    problems = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QAbstractButton) and child.text():
            if child.width() < child.minimumSizeHint().width():
                problems.append(child.text())
        elif (
            isinstance(child, QLabel)
            and child.text()
            and not child.wordWrap()
            and child.width() < child.fontMetrics().horizontalAdvance(child.text().replace("&", ""))
        ):
            problems.append(child.text())
    return problems

"""List rows that wrap long text to the list's width, and are as tall as that text.

QListView asks its delegate for a row's size without telling it how wide the row
will be, so a wrapped row is measured as one long line and its last lines are cut
off (or drawn over the next row). This delegate measures at the viewport's width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class WrappingDelegate(QStyledItemDelegate):
    """For a word-wrapping QListView: the size hint wraps at the view's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width() - 2 * self._view.spacing()
        measured = QStyleOptionViewItem(option)
        # A valid rect is what tells the style to wrap at this width.
        measured.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(measured, index)

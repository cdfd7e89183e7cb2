"""A log read newest first: one row of a few wrapped lines per record, Return to
change the chosen one, Delete to remove it (the boundaries' moments, the planner's
attempts)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from ui.common.theme import set_role

LOG_MIN_HEIGHT = 260


class LogList(QListWidget):
    """``name`` is what a screen reader says for the list, ``delete_words`` the name of
    its Delete action."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, name: str, delete_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(LOG_MIN_HEIGHT)
        set_role(self, "roomy")
        self.itemActivated.connect(lambda _item: self.edit_requested.emit())
        delete = QAction(delete_words, self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda _checked=False: self.delete_requested.emit())
        self.addAction(delete)

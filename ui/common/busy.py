"""A quiet "working on it" bar for the few seconds an unlock can take."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QWidget


class BusyBar(QProgressBar):
    """An indeterminate progress bar, shown only while busy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.setAccessibleName(QCoreApplication.translate("BusyBar", "Working…"))
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)

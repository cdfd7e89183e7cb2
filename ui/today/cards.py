"""The pieces of the Today page: a homework row and buttons; cards, quieter labels
and the type scale come from the design system (``ui/common/surfaces.py``).

Colours come from the theme at paint time (no style sheets), so the page follows a
theme switch while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common.surfaces import text_label


def button(text: str, parent: QWidget, *, name: str, accessible: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


class _ClickableLabel(QLabel):
    """A label that passes a click on to its check box, like a check box's own text."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class HomeworkRow(QWidget):
    """One homework item: a check box, its words (wrapped) and when it was due.

    ``toggled(item_id, done)`` when the person ticks it or opens it again.
    """

    toggled = Signal(int, bool)

    def __init__(
        self, item_id: int, text: str, detail: str, done: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setObjectName("today-homework-row")
        self.check = QCheckBox(self)
        self.check.setObjectName("today-homework-check")
        self.check.setChecked(done)
        self.check.setAccessibleName(text)
        self.check.setAccessibleDescription(detail)
        self.text = _ClickableLabel(self)
        self.text.setObjectName("today-homework-text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setText(text)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.text.clicked.connect(self._clicked_text)
        self.detail = text_label(self, muted=True, name="today-homework-detail")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._show_done(done)
        self.check.toggled.connect(self._toggled)

        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

    def is_done(self) -> bool:
        return self.check.isChecked()

    def set_done_quietly(self, done: bool) -> None:
        """Show ``done`` without announcing it (a save that failed is undone so)."""
        self.check.blockSignals(True)
        self.check.setChecked(done)
        self.check.blockSignals(False)
        self._show_done(done)

    def wipe(self) -> None:
        self.text.setText("")
        self.detail.setText("")
        self.check.setAccessibleName("")
        self.check.setAccessibleDescription("")

    def _clicked_text(self) -> None:
        if self.check.isEnabled():
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
            self.check.toggle()

    def _toggled(self, done: bool) -> None:
        self._show_done(done)
        self.toggled.emit(self.item_id, done)

    def _show_done(self, done: bool) -> None:
        font = QFont(self.text.font())
        font.setStrikeOut(done)
        self.text.setFont(font)

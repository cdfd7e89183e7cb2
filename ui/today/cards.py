"""The pieces of the Today page: a card, a homework row, and plain labels.

Colours come from the palette at paint time (no style sheets), so the page follows a
switch between light and dark while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

CARD_RADIUS = 8.0


# A muted line is the text colour this far towards the background: quieter than the
# text, and still well above the 4.5:1 contrast readable text needs (light and dark).
MUTED_MIX = 0.62


def muted_colour(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.WindowText)
    ground = palette.color(QPalette.ColorRole.Base)
    mix = MUTED_MIX
    return QColor.fromRgbF(
        text.redF() * mix + ground.redF() * (1 - mix),
        text.greenF() * mix + ground.greenF() * (1 - mix),
        text.blueF() * mix + ground.blueF() * (1 - mix),
    )


class MutedLabel(QLabel):
    """A quieter label whose colour follows the palette (light, dark, a switch)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recolouring = False
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._recolour()

    def _recolour(self) -> None:
        if self._recolouring:
            return
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QApplication.palette()
        colour = muted_colour(source)
        if self.palette().color(QPalette.ColorRole.WindowText) == colour:
            return
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self._recolouring = True
        try:
            self.setPalette(palette)
        finally:
            self._recolouring = False


def text_label(parent: QWidget, *, muted: bool = False, name: str = "") -> QLabel:
    """A word-wrapped, plain-text label (never rich text: it shows what was written)."""
    label = MutedLabel(parent) if muted else QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def button(text: str, parent: QWidget, *, name: str, accessible: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


class Card(QFrame):
    """A titled, rounded panel; ``body`` takes the card's content.

    ``problem`` is one kind line for a part that could not be loaded or saved.
    """

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.1, bold=True))
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.problem = text_label(self, name=f"{name}-problem")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear_problem(self) -> None:
        self.show_problem("")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        pen = QPen(palette.color(QPalette.ColorRole.Mid))
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)
        painter.end()


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

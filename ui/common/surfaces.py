"""The shared building blocks of a page: its header, cards, quieter text, centring.

(The lock and set-up form is in ``ui/common/form_card.py``; ``FittingStack``,
``FormCard`` and ``scaled_font`` are re-exported here for the pages.)

Colours come from the theme at paint time or from the application style sheet through
roles (``ui/common/theme.py``), never from a style sheet of the widget's own, so
everything here follows a theme switch while it is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.design import RADIUS, READING_WIDTH_CHARS, SPACE, TYPE
from ui.common.form_card import FittingStack, FormCard, paint_card
from ui.common.theme import scaled_font


class MutedLabel(QLabel):
    """Secondary text (dates, hints) in the theme's secondary colour, kept current."""

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
        colour = QColor(theme.current().text_secondary)
        if self.palette().color(QPalette.ColorRole.WindowText) == colour:
            return
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
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


class PageHeader(QWidget):
    """A page's title, an optional line under it, and its main actions on the right.

    Every module page starts with one, so pages read alike: title top left, the
    page's own buttons top right, in the same place on every page.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name or "page-header")
        self.title = QLabel(title, self)
        self.title.setObjectName(f"{self.objectName()}-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(scaled_font(self.title, TYPE.page_title))
        self.title.setAccessibleName(title)
        self.subtitle = text_label(self, muted=True, name=f"{self.objectName()}-subtitle")
        self.subtitle.hide()
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(SPACE.s)
        self.words = QVBoxLayout()
        self.words.setContentsMargins(0, 0, 0, 0)
        self.words.setSpacing(2)
        self.words.addWidget(self.title)
        self.words.addWidget(self.subtitle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, SPACE.s)
        row.setSpacing(SPACE.l)
        row.addLayout(self.words, 1)
        row.addLayout(self.action_row)
        self.action_row.setAlignment(Qt.AlignmentFlag.AlignTop)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def add_action(self, widget: QWidget) -> None:
        self.action_row.addWidget(widget)

    def add_under_title(self, widget: QWidget) -> None:
        """A page-wide setting under the title (the action row is for buttons, and a
        longer language runs out of room there)."""
        self.words.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)


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
        self.title.setFont(scaled_font(self.title, TYPE.section_title))
        self.title.setVisible(bool(title))
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACE.s)
        self.problem = text_label(self, name=f"{name}-problem")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l + 2, SPACE.m + 2, SPACE.l + 2, SPACE.l)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.title)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear_problem(self) -> None:
        self.show_problem("")

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_card(self, RADIUS.medium)


def text_width(widget: QWidget, characters: int) -> int:
    """Pixels for about ``characters`` characters of ``widget``'s font: a width that
    grows with large text, where a fixed number of pixels would cut words off."""
    return QFontMetrics(widget.font()).averageCharWidth() * characters


def reading_width(widget: QWidget) -> int:
    """Pixels for about ``READING_WIDTH_CHARS`` characters of ``widget``'s font."""
    return text_width(widget, READING_WIDTH_CHARS)


def centred_column(inner: QWidget | QLayout, max_width: int, parent: QWidget) -> QBoxLayout:
    """A row that keeps ``inner`` at most ``max_width`` wide, centred when there is room."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    if isinstance(inner, QLayout):
        holder = QWidget(parent)
        holder.setLayout(inner)
        inner = holder
    inner.setMaximumWidth(max_width)
    inner.setSizePolicy(QSizePolicy.Policy.Expanding, inner.sizePolicy().verticalPolicy())
    row.addWidget(inner, 100)
    row.addStretch(1)
    return row


__all__ = [
    "Card",
    "FittingStack",
    "FormCard",
    "MutedLabel",
    "PageHeader",
    "centred_column",
    "paint_card",
    "reading_width",
    "scaled_font",
    "text_label",
    "text_width",
]

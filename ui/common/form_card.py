"""The lock and set-up screens' form: a card in the middle of the window, its steps,
and under them a progress bar that keeps its place.

Apart from ``ui/common/surfaces.py`` (the pieces of the pages behind the lock) because
the lock screen is built before anything else: every Qt type and class set up here
costs start-up time (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.common import theme
from ui.common.busy import BusyBar
from ui.common.design import FORM_WIDTH, RADIUS, SPACE, THEMES


class FittingStack(QWidget):
    """Pages of which one shows, as tall as that page (Qt's stacked widget is as tall
    as its tallest page), so what comes after it (a progress bar) sits right under the
    form in view. The calls are QStackedWidget's."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:
        page.setParent(self)
        self._layout.addWidget(page)
        self._pages.append(page)
        page.setVisible(len(self._pages) == 1)
        if self._current < 0:
            self._current = 0
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < len(self._pages) or index == self._current:
            return
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        self._current = index
        self.currentChanged.emit(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))


class FormCard(QFrame):
    """The lock and set-up screens' form: a card of ``FORM_WIDTH`` in the middle of the
    window, its steps in ``pages``, and under them a progress bar (``busy``) that
    keeps its place and width whether it shows or not, so nothing jumps."""

    def __init__(self, parent: QWidget | None = None, *, width: int = FORM_WIDTH) -> None:
        super().__init__(parent)
        self.setObjectName("form-card")
        self.pages = FittingStack(self)
        self.busy = BusyBar(self)
        keep = self.busy.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.xl, SPACE.xl, SPACE.xl, SPACE.l)
        layout.setSpacing(SPACE.m)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        self.setMaximumWidth(width)
        # Preferred, not Maximum: a Maximum height is the plain size hint, which takes no
        # account of wrapped text growing taller (large text, a longer language).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_card(self, RADIUS.large)

    def centred(self) -> QWidget:
        """A widget holding this card centred in the window, a little above the middle."""
        outer = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(SPACE.xl, 0, SPACE.xl, 0)
        row.addStretch(1)
        row.addWidget(self, 100)
        row.addStretch(1)
        column = QVBoxLayout(outer)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        return outer


def paint_card(widget: QWidget, radius: float) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colours = theme.current()
    pen = QPen(QColor(colours.border))
    pen.setWidthF(2.0 if colours is THEMES["contrast"] else 1.0)
    painter.setPen(pen)
    painter.setBrush(QColor(colours.surface))
    rect = QRectF(widget.rect()).adjusted(1, 1, -1, -1)
    painter.drawRoundedRect(rect, radius, radius)
    painter.end()

"""A "From … to …" pair of date fields behind a check box, as the filter rows use it
(the journal's and the timeline's): the fields are off until the box is ticked, and
the two days never cross — moving one past the other moves the other with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget


class LinkedDates:
    """Wires ``use``, ``start`` and ``end`` together. ``changed`` is called when the box
    is toggled, and when a day changes while the box is ticked; ``also`` are widgets
    (a "to" label) turned on and off with the fields."""

    def __init__(
        self,
        use: QCheckBox,
        start: QDateEdit,
        end: QDateEdit,
        changed: Callable[[], None],
        also: Sequence[QWidget] = (),
    ) -> None:
        self.use, self.start, self.end = use, start, end
        self._changed = changed
        self._also = tuple(also)
        self._enable(use.isChecked())
        use.toggled.connect(self._toggled)
        start.dateChanged.connect(self._start_changed)
        end.dateChanged.connect(self._end_changed)

    def _enable(self, on: bool) -> None:
        for widget in (self.start, self.end, *self._also):
            widget.setEnabled(on)

    def _toggled(self, on: bool) -> None:
        self._enable(on)
        self._changed()

    def _start_changed(self, day: QDate) -> None:
        if day > self.end.date():
            with QSignalBlocker(self.end):
                self.end.setDate(day)
        if self.use.isChecked():
            self._changed()

    def _end_changed(self, day: QDate) -> None:
        if day < self.start.date():
            with QSignalBlocker(self.start):
                self.start.setDate(day)
        if self.use.isChecked():
            self._changed()

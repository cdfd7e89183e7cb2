"""Lists of a module's records by id, and the card that shows a log read in pages (the
boundaries page and the invitation planner share them).

- ``TwoLineList``: one record a row in two lines (a bold first line, a quieter second),
  each cut with an ellipsis at the row's width; the row's tooltip holds the whole of it.
- ``RecordLog``: a log read newest first (``LogList``), each row a record's id.
- ``LogCard``: a titled card with a log, a word for when it is empty, and Change…,
  Delete and Show more under it; the buttons follow the list (Change and Delete only
  with a row chosen, Show more only while there are older records to read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ui.common.lazy_list import TwoLineDelegate
from ui.common.log_list import LogList
from ui.common.surfaces import Card, text_label

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
LINES_ROLE = Qt.ItemDataRole.UserRole + 1
# What separates the parts of a row's first line (the modules' ``words.DOT``); a screen
# reader hears a comma instead.
DOT = "  \u00b7  "


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordLists", text)


def _lines(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
    lines = index.data(LINES_ROLE)
    return lines if isinstance(lines, tuple) else ("", "")


def spoken(text: str) -> str:
    """A row's words as a screen reader should hear them: lines and dots as pauses."""
    return text.replace("\n", ". ").replace(DOT, ", ")


@dataclass(frozen=True)
class TwoLines:
    """One row of a ``TwoLineList``: the record's id, its two lines, and a tooltip (by
    default the first line, so a name cut short can always be read whole)."""

    record_id: int
    first: str
    second: str
    tooltip: str = ""


class TwoLineList(QListWidget):
    """See the module docstring. Choosing a row by code (``select_id``) sends no signal."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setItemDelegate(TwoLineDelegate(_lines, 0.92, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_rows(self, rows: Iterable[TwoLines]) -> None:
        with QSignalBlocker(self):
            self.clear()
            for row in rows:
                item = QListWidgetItem(row.first)
                item.setData(ID_ROLE, row.record_id)
                item.setData(LINES_ROLE, (row.first, row.second))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.first}. {row.second}.")
                item.setToolTip(row.tooltip or row.first)
                self.addItem(item)

    def ids(self) -> list[int]:
        return [int(self.item(n).data(ID_ROLE)) for n in range(self.count())]

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None or not item.isSelected() else int(item.data(ID_ROLE))

    def select_id(self, record_id: int | None) -> bool:
        """Choose the row of ``record_id`` (True), or none when it is not here (False)."""
        with QSignalBlocker(self):
            for n in range(self.count()):
                if self.item(n).data(ID_ROLE) == record_id:
                    self.setCurrentRow(n)
                    return True
            self.clearSelection()
            self.setCurrentRow(-1)
        return False


class RecordLog(LogList):
    """A log whose rows are records: ``add_record`` appends one below the others."""

    def add_record(self, record_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken(text))
        self.addItem(item)

    def ids(self) -> list[int]:
        return [int(self.item(n).data(ID_ROLE)) for n in range(self.count())]

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None or not item.isSelected() else int(item.data(ID_ROLE))

    def select_id(self, record_id: int) -> bool:
        """Choose and show the row of ``record_id``; False when it is not (yet) read."""
        for n in range(self.count()):
            if self.item(n).data(ID_ROLE) == record_id:
                self.setCurrentRow(n)
                self.scrollToItem(self.item(n))
                return True
        return False


@dataclass(frozen=True)
class LogWords:
    """What a ``LogCard`` says about its records ("attempt", "moment")."""

    empty: str  # shown instead of the list when there is nothing yet
    change_chosen: str  # Change…'s accessible name
    delete_chosen: str  # Delete's accessible name
    delete_tip: str
    show_older: str  # Show more's accessible name


class LogCard(Card):
    """See the module docstring. ``make_log(card)`` makes the card's ``RecordLog``."""

    edit_requested = Signal()
    delete_requested = Signal()
    more_requested = Signal()

    def __init__(
        self,
        title: str,
        name: str,
        make_log: Callable[[QWidget], RecordLog],
        words: LogWords,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, name, parent)
        self.empty = text_label(self, muted=True, name=f"{name}-empty")
        self.empty.setText(words.empty)
        self.empty.hide()
        self.log = make_log(self)
        self.log.itemSelectionChanged.connect(self._chosen)
        self.log.edit_requested.connect(lambda: self.edit_requested.emit())
        self.log.delete_requested.connect(lambda: self.delete_requested.emit())
        self.edit_button = QPushButton(tr("&Change…"), self)
        self.edit_button.setAccessibleName(words.change_chosen)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit())
        self.delete_button = QPushButton(tr("&Delete"), self)
        self.delete_button.setAccessibleName(words.delete_chosen)
        self.delete_button.setToolTip(words.delete_tip)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit())
        self.more_button = QPushButton(tr("Show &more"), self)
        self.more_button.setAccessibleName(words.show_older)
        self.more_button.clicked.connect(lambda: self.more_requested.emit())
        self.more_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.more_button)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.log)
        self.body.addLayout(actions)
        self._chosen()

    def clear_rows(self) -> None:
        """Empty the list (no selection signal); the buttons follow at ``rows_added``."""
        with QSignalBlocker(self.log):
            self.log.clear()

    def rows_added(self, more: bool) -> None:
        """The rows just added are in: show the list or the empty words, and Show more
        while ``more`` older records wait."""
        self.more_button.setVisible(more)
        empty = self.log.count() == 0
        self.empty.setVisible(empty)
        for widget in (self.log, self.edit_button, self.delete_button):
            widget.setVisible(not empty)
        self._chosen()

    def reset(self) -> None:
        """Nothing shown (on lock, or before another record's log is read)."""
        self.clear_rows()
        self.more_button.hide()
        self._chosen()

    def _chosen(self) -> None:
        chosen = self.log.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

"""The journal entries linked to a session, in the session editor: link one (through
``ui.sessions.entry_picker``), unlink one, or open one in the journal (double-click or
Enter on it, or "Open"). Entries in the journal's trash are not listed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.sessions import jobs
from ui.sessions.entry_picker import entry_label
from ui.sessions.layout import fit_list_height
from ui.sessions.words import PLAIN

EntryRole = Qt.ItemDataRole.UserRole + 1
SHOWN_ROWS = 5


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionEntries", text)


class EntryLinksBox(QGroupBox):
    """See the module docstring."""

    link_requested = Signal()
    unlink_requested = Signal(int)  # entry id
    open_requested = Signal(int)  # entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Journal entries"), parent)
        self.setAccessibleName(tr("Journal entries"))
        self.hint = QLabel(self)
        self.hint.setTextFormat(PLAIN)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Journal entries linked to this session"))
        self.list.setToolTip(tr("Double-click an entry to open it in your journal"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_args: self._selection_changed())
        self.link_button = QPushButton(tr("Link an entry…"), self)
        self.link_button.setAccessibleName(tr("Link a journal entry to this session"))
        self.link_button.clicked.connect(self.link_requested)
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.setAccessibleName(tr("Open the chosen entry in your journal"))
        self.open_button.clicked.connect(self._open_current)
        self.unlink_button = QPushButton(tr("Unlink"), self)
        self.unlink_button.setAccessibleName(tr("Unlink the chosen entry"))
        self.unlink_button.setToolTip(tr("The entry stays in your journal"))
        self.unlink_button.clicked.connect(self._unlink_current)

        actions = QHBoxLayout()
        actions.addWidget(self.link_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(actions)
        self.set_entries([], saved=False)

    def set_entries(
        self, entries: list[jobs.EntryChoice], *, today: date | None = None, saved: bool = True
    ) -> None:
        current = self.current_id()
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry_label(entry, today))
            item.setData(EntryRole, entry.id)
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        fit_list_height(self.list, SHOWN_ROWS)
        self.list.setVisible(bool(entries))
        if not saved:
            self.hint.setText(tr("Once the session is saved, you can link journal entries here."))
        elif not entries:
            self.hint.setText(
                tr("No journal entries linked yet. Link any you wrote about this session.")
            )
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.link_button.setEnabled(saved)
        self._selection_changed()

    def entry_ids(self) -> list[int]:
        return [int(self.list.item(row).data(EntryRole)) for row in range(self.list.count())]

    def item_for(self, entry_id: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if int(item.data(EntryRole)) == entry_id:
                return item
        return None

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(EntryRole))

    def _selection_changed(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.unlink_button.setEnabled(chosen)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(EntryRole)))

    def _open_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.open_requested.emit(entry_id)

    def _unlink_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.unlink_requested.emit(entry_id)

    def clear(self) -> None:
        self.set_entries([], saved=False)

"""The trash: entries deleted in the last 30 days, to restore or delete for good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.design import SPACE
from ui.common.surfaces import text_label
from ui.common.theme import set_role
from ui.journal.entry_list import EntryDelegate, IdRole, SummaryList


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalTrash", text)


class TrashView(QWidget):
    """Lists the trash; asks the page to restore or purge the selected entry."""

    restore_requested = Signal(int)
    purge_requested = Signal(int)
    back_requested = Signal()
    # The id of the selected entry, or None when nothing is selected.
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-trash")
        self.model = SummaryList(self)

        heading = QLabel(tr("Trash"), self)
        set_role(heading, "section-title")
        note = text_label(self, muted=True)
        note.setText(tr("Deleted entries stay here for 30 days, then they are removed for good."))

        self.list = QListView(self)
        self.list.setObjectName("journal-trash-list")
        self.list.setAccessibleName(tr("Entries in the trash"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)

        # An empty trash says so in a calm line where the list would be.
        self.empty = text_label(self, muted=True, name="journal-trash-empty")
        self.empty.setText(tr("The trash is empty."))
        self.empty.setAccessibleName(tr("The trash is empty"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(SPACE.l)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.back = QPushButton(tr("&Back to the journal"), self)
        self.back.setAccessibleName(tr("Back to the journal"))
        self.back.clicked.connect(self.back_requested)
        self.restore = QPushButton(tr("&Restore"), self)
        self.restore.setObjectName("journal-restore")
        self.restore.setAccessibleName(tr("Restore the selected entry"))
        self.restore.setToolTip(tr("Put the selected entry back in the journal"))
        self.restore.clicked.connect(self._restore)
        self.purge = QPushButton(tr("&Delete forever…"), self)
        self.purge.setObjectName("journal-purge")
        self.purge.setAccessibleName(tr("Delete the selected entry forever"))
        self.purge.setToolTip(tr("Remove the selected entry for good. This can't be undone."))
        self.purge.clicked.connect(self._purge)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore)
        buttons.addWidget(self.purge)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.back)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_rows(self, rows: list) -> None:  # type: ignore[type-arg]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.list if rows else self.empty)
        # Nothing to restore or delete: no buttons that can't be used.
        self.restore.setVisible(bool(rows))
        self.purge.setVisible(bool(rows))
        if rows:
            self.list.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        value = index.data(IdRole)
        return int(value) if value is not None else None

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_id()
        self.restore.setEnabled(selected is not None)
        self.purge.setEnabled(selected is not None)
        self.selection_changed.emit(selected)

    def _restore(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.restore_requested.emit(entry_id)

    def _purge(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.purge_requested.emit(entry_id)

    def wipe(self) -> None:
        self.model.clear()

"""A module's trash as a dialog: what was deleted in the last 30 days, to restore or to
remove for good (asking first), with a word when the trash is empty.

One dialog for every module that has a trash; a module says what its items are
(``TrashWords``), how to read them and act on them (``TrashSource``), and how an item
reads in the list (``rows``), and asks before removing for good in its own words
(``confirm_purge``): see ui/sessions/trash_dialog.py and
ui/exercises/trash_dialog.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.design import SPACE
from ui.common.lazy_list import TwoLineDelegate, split_two_lines
from ui.common.surfaces import text_label
from ui.common.text import error_words

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)

ItemRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("TrashDialog", text)


@dataclass(frozen=True)
class TrashWords:
    """What the dialog says, in the module's own (already translated) words."""

    title: str  # the window title and the list's accessible name
    explain: str  # how long things stay
    restore_name: str  # the Restore button's accessible name
    purge_label: str  # the remove-for-good button, with its mnemonic
    purge_name: str
    object_prefix: str  # object names: "<prefix>-trash-list", …


@dataclass(frozen=True)
class TrashSource:
    """How the trash is read and acted on (each runs on the worker)."""

    job: Callable[[Vault], Sequence[Any]]
    restore: Callable[[int], Callable[[Vault], OpResult[Any]]]
    purge: Callable[[int], Callable[[Vault], OpResult[Any]]]


@dataclass(frozen=True)
class TrashRow:
    id: int
    title: str
    detail: str


class TrashDialog(QDialog):
    """Lists the trash; Restore and remove-for-good act on the chosen item."""

    def __init__(
        self,
        session: Session,
        words: TrashWords,
        source: TrashSource,
        rows: Callable[[Sequence[Any]], list[TrashRow]],
        confirm_purge: Callable[[QWidget], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._source = source
        self._rows = rows
        # Asks before removing for good, in the module's own words (True: go ahead).
        self._confirm_purge = confirm_purge
        prefix = words.object_prefix
        self.setObjectName(f"{prefix}-trash-dialog")
        self.setWindowTitle(words.title)
        self.explain = text_label(self, muted=True, name=f"{prefix}-trash-kept")
        self.explain.setText(words.explain)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{prefix}-trash-list")
        self.list.setAccessibleName(words.title)
        self.list.setItemDelegate(TwoLineDelegate(split_two_lines, parent=self.list))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = text_label(self, name=f"{prefix}-trash-empty")
        self.empty.setText(tr("The trash is empty."))
        self.empty.hide()
        self.problem = text_label(self, name=f"{prefix}-trash-problem")
        self.problem.hide()
        self.restore_button = QPushButton(tr("&Restore"), self)
        self.restore_button.setObjectName(f"{prefix}-trash-restore")
        self.restore_button.setAccessibleName(words.restore_name)
        self.restore_button.clicked.connect(self.restore_current)
        self.purge_button = QPushButton(words.purge_label, self)
        self.purge_button.setObjectName(f"{prefix}-trash-purge")
        self.purge_button.setAccessibleName(words.purge_name)
        self.purge_button.clicked.connect(self.purge_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.setSpacing(SPACE.s)
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(480, 360)
        self._enable()

    def load(self) -> None:
        self.session.submit(self._source.job, self._show, self._failed)

    def _show(self, items: Sequence[Any]) -> None:
        chosen = self._chosen()
        self.list.clear()
        rows = self._rows(items)
        for row in rows:
            item = QListWidgetItem(f"{row.title}\n{row.detail}")
            item.setData(ItemRole, row.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.title}. {row.detail}")
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            ids = [row.id for row in rows]
            self.list.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
            if self.isVisible() and not self.list.hasFocus():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ItemRole))

    def shown_ids(self) -> list[int]:
        return [int(self.list.item(n).data(ItemRole)) for n in range(self.list.count())]

    def restore_current(self) -> None:
        item_id = self._chosen()
        if item_id is not None:
            self.problem.hide()
            self.session.run_op(self._source.restore(item_id), lambda _v: self.load(), self._failed)

    def purge_current(self) -> None:
        item_id = self._chosen()
        if item_id is not None and self._confirm_purge(self):
            self.problem.hide()
            self.session.run_op(self._source.purge(item_id), lambda _v: self.load(), self._failed)

    def _failed(self, error: BaseException) -> None:
        from app.platform.errors import UserError

        if isinstance(error, UserError):
            self.problem.setText(error_words(error))
        else:
            log.error("a trash job failed (%s)", type(error).__name__)
            self.problem.setText(tr("That didn't work just now. Please try again."))
        self.problem.show()

    def wipe(self) -> None:
        self.list.clear()
        self.problem.clear()

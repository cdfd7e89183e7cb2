"""The sessions' trash: sessions deleted in the last 30 days, to restore (with their
homework and topics) or remove for good. Older ones are removed once per unlock
(``app.sessions.ops.purge_expired``, run when the sessions page starts)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.text import app_text
from ui.sessions.session_list import Row

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.sessions.model import SessionSummary
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)

SessionRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionTrash", text)


def trash_job(vault: Vault) -> list[SessionSummary]:
    from app.sessions.repository import SessionRepository

    return SessionRepository(vault.connection).trash()


def restore_op(session_id: int) -> Callable[[Vault], OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.restore_session(vault.connection, session_id)

    return op


def purge_op(session_id: int) -> Callable[[Vault], OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.purge_session(vault.connection, session_id)

    return op


class SessionTrashDialog(QDialog):
    """Lists the trash; Restore and Remove for good act on the chosen session."""

    def __init__(
        self, session: Session, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self.setWindowTitle(tr("Sessions in the trash"))
        explain = QLabel(
            tr(
                "Deleted sessions stay here for 30 days, with their homework, and then "
                "are removed for good."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Sessions in the trash"))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(tr("The trash is empty."), self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(tr("&Restore"), self)
        self.restore_button.setAccessibleName(tr("Restore the chosen session"))
        self.restore_button.clicked.connect(self.restore_current)
        self.purge_button = QPushButton(tr("Remove for &good…"), self)
        self.purge_button.setAccessibleName(tr("Remove the chosen session for good"))
        self.purge_button.clicked.connect(self.purge_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(480, 360)
        self._enable()

    def load(self) -> None:
        self.session.submit(trash_job, self._show, self._failed)

    def _show(self, sessions: list[SessionSummary]) -> None:
        self.list.clear()
        today = self._today()
        for summary in sessions:
            row = Row.of(summary, today)
            item = QListWidgetItem(f"{row.headline}\n{row.details}")
            item.setData(SessionRole, summary.id)
            self.list.addItem(item)
        self.list.setVisible(bool(sessions))
        self.empty.setVisible(not sessions)
        if sessions:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(SessionRole))

    def restore_current(self) -> None:
        session_id = self._chosen()
        if session_id is not None:
            self.session.run_op(restore_op(session_id), lambda _v: self.load(), self._failed)

    def purge_current(self) -> None:
        session_id = self._chosen()
        if session_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Remove for good?"),
            tr("This session and its homework will be gone for good. This can't be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.run_op(purge_op(session_id), lambda _v: self.load(), self._failed)

    def _failed(self, error: BaseException) -> None:
        from app.platform.errors import UserError

        if isinstance(error, UserError):
            self.problem.setText(app_text(str(error)))
        else:
            log.error("the sessions' trash failed (%s)", type(error).__name__)
            self.problem.setText(tr("That didn't work just now. Please try again."))

    def wipe(self) -> None:
        self.list.clear()
        self.problem.clear()

"""The sessions' trash: sessions deleted in the last 30 days, to restore (with their
homework and topics) or remove for good. Older ones are removed once per unlock
(``app.sessions.ops.purge_expired``, run when the sessions page starts). The dialog
itself is the shared one (``ui/common/trash_dialog.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.trash_dialog import TrashDialog, TrashRow, TrashSource, TrashWords
from ui.sessions.session_list import Row

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.sessions.model import SessionSummary
    from app.vault.vault import Vault
    from ui.shell.session import Session


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


def _confirm_purge(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Remove for good?"),
        tr("This session and its homework will be gone for good. This can't be undone."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class SessionTrashDialog(TrashDialog):
    """Lists the trash; Restore and Remove for good act on the chosen session."""

    def __init__(
        self, session: Session, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        def rows(sessions: Sequence[SessionSummary]) -> list[TrashRow]:
            day = today()
            shown = [(summary.id, Row.of(summary, day)) for summary in sessions]
            return [TrashRow(sid, row.headline, row.details) for sid, row in shown]

        super().__init__(
            session,
            TrashWords(
                title=tr("Sessions in the trash"),
                explain=tr(
                    "Deleted sessions stay here for 30 days, with their homework, and then "
                    "are removed for good."
                ),
                restore_name=tr("Restore the chosen session"),
                purge_label=tr("Remove for &good…"),
                purge_name=tr("Remove the chosen session for good"),
                object_prefix="sessions",
            ),
            TrashSource(trash_job, restore_op, purge_op),
            rows,
            _confirm_purge,
            parent,
        )

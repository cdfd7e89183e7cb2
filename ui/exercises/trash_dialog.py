"""The exercises' trash: runs moved to the trash in the last 30 days, to restore or
delete forever. Older ones leave by themselves (``app.exercises.ops.purge_expired``,
run when the exercises page starts). The dialog is the shared one
(``ui/common/trash_dialog.py``): a list, Restore, Delete forever (asks first), Close.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from ui.common.trash_dialog import TrashDialog, TrashRow, TrashSource, TrashWords
from ui.exercises.words import run_lines

if TYPE_CHECKING:
    from app.exercises.repository import RunSummary
    from app.platform.changes import OpResult
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("ExerciseTrash", text)


def trash_job(vault: Vault) -> list[RunSummary]:
    from app.exercises.repository import RunRepository

    return RunRepository(vault.connection).trashed()


def restore_op(run_id: int) -> Callable[[Vault], OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.exercises import ops

        return ops.restore_run(vault.connection, run_id)

    return op


def purge_op(run_id: int) -> Callable[[Vault], OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.exercises import ops

        return ops.purge_run(vault.connection, run_id)

    return op


def _confirm_purge(parent: QWidget) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Delete forever?"),
        tr("This exercise and your answers will be gone for good. This can't be undone."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("exercises-trash-confirm")
    delete = box.addButton(tr("Delete forever"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


def _rows(runs: Sequence[RunSummary]) -> list[TrashRow]:
    return [TrashRow(summary.id, *run_lines(summary)) for summary in runs]


class ExerciseTrashDialog(TrashDialog):
    """Lists the trash; Restore and Delete forever act on the chosen exercise."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            TrashWords(
                title=tr("Exercises in the trash"),
                explain=tr(
                    "Exercises you move to the trash stay here for 30 days, then they are "
                    "deleted for good."
                ),
                restore_name=tr("Restore the chosen exercise"),
                purge_label=tr("Delete &forever…"),
                purge_name=tr("Delete the chosen exercise forever"),
                object_prefix="exercises",
            ),
            TrashSource(trash_job, restore_op, purge_op),
            _rows,
            _confirm_purge,
            parent,
        )

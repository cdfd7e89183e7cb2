"""The exercises' trash: runs moved to the trash in the last 30 days, to restore or
delete forever. Older ones leave by themselves (``app.exercises.ops.purge_expired``,
run when the exercises page starts). Built like the sessions' trash
(``ui/sessions/trash_dialog.py``): a list, Restore, Delete forever (asks first), Close.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.design import SPACE
from ui.common.lazy_list import TwoLineDelegate
from ui.common.surfaces import text_label
from ui.common.text import app_text

if TYPE_CHECKING:
    from app.exercises.repository import RunSummary
    from app.platform.changes import OpResult
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)

RunRole = Qt.ItemDataRole.UserRole + 1


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


def _day(moment: datetime) -> str:
    return QLocale().toString(moment.astimezone().date(), "ddd d MMM yyyy")


def _two_lines(index: Any) -> tuple[str, str]:
    title, _, detail = str(index.data() or "").partition("\n")
    return title, detail


def row_text(summary: RunSummary) -> tuple[str, str]:
    """The two lines of a run in the trash: its title, then when and how far."""
    if summary.finished is not None:
        detail = tr("Finished {day}").format(day=_day(summary.finished))
    else:
        detail = tr("Started {day} \u00b7 {answered} of {steps} answered").format(
            day=_day(summary.started), answered=summary.answered, steps=summary.steps
        )
    return summary.title, detail


class ExerciseTrashDialog(QDialog):
    """Lists the trash; Restore and Delete forever act on the chosen exercise."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercises-trash-dialog")
        self.session = session
        self.setWindowTitle(tr("Exercises in the trash"))
        self.explain = text_label(self, muted=True, name="exercises-trash-kept")
        self.explain.setText(
            tr(
                "Exercises you move to the trash stay here for 30 days, then they are "
                "deleted for good."
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("exercises-trash-list")
        self.list.setAccessibleName(tr("Exercises in the trash"))
        self.list.setItemDelegate(TwoLineDelegate(_two_lines, parent=self.list))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = text_label(self, name="exercises-trash-empty")
        self.empty.setText(tr("The trash is empty."))
        self.empty.hide()
        self.problem = text_label(self, name="exercises-trash-problem")
        self.problem.hide()
        self.restore_button = QPushButton(tr("&Restore"), self)
        self.restore_button.setObjectName("exercises-trash-restore")
        self.restore_button.setAccessibleName(tr("Restore the chosen exercise"))
        self.restore_button.clicked.connect(self.restore_current)
        self.purge_button = QPushButton(tr("Delete &forever…"), self)
        self.purge_button.setObjectName("exercises-trash-purge")
        self.purge_button.setAccessibleName(tr("Delete the chosen exercise forever"))
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
        self.session.submit(trash_job, self._show, self._failed)

    def _show(self, runs: list[RunSummary]) -> None:
        chosen = self._chosen()
        self.list.clear()
        for summary in runs:
            title, detail = row_text(summary)
            item = QListWidgetItem(f"{title}\n{detail}")
            item.setData(RunRole, summary.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {detail}")
            self.list.addItem(item)
        self.list.setVisible(bool(runs))
        self.empty.setVisible(not runs)
        if runs:
            ids = [summary.id for summary in runs]
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
        return None if item is None else int(item.data(RunRole))

    def shown_ids(self) -> list[int]:
        return [int(self.list.item(n).data(RunRole)) for n in range(self.list.count())]

    def restore_current(self) -> None:
        run_id = self._chosen()
        if run_id is not None:
            self.problem.hide()
            self.session.run_op(restore_op(run_id), lambda _v: self.load(), self._failed)

    def purge_current(self) -> None:
        run_id = self._chosen()
        if run_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Delete forever?"),
            tr("This exercise and your answers will be gone for good. This can't be undone."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("exercises-trash-confirm")
        delete = box.addButton(tr("Delete forever"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is delete:
            self.problem.hide()
            self.session.run_op(purge_op(run_id), lambda _v: self.load(), self._failed)

    def _failed(self, error: BaseException) -> None:
        from app.platform.errors import UserError

        if isinstance(error, UserError):
            self.problem.setText(app_text(str(error)))
        else:
            log.error("the exercises' trash failed (%s)", type(error).__name__)
            self.problem.setText(tr("That didn't work just now. Please try again."))
        self.problem.show()

    def wipe(self) -> None:
        self.list.clear()
        self.problem.clear()

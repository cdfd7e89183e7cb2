""" "Bring up next time" from anywhere: a small dialog that adds a topic to the queue the
sessions module keeps (app/sessions/bring_up.py), with where it came from.

The journal and the check-ins offer it; the topic then shows on the next planned
session and on Today. The dialog suggests words (an entry's title, a check-in's note)
that the person can change; nothing is added until they say so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import MAX_TOPIC_CHARS
from ui.common.text import error_words

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.sessions.model import Topic
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("BringUp", text)


class BringUpDialog(QDialog):
    """Asks for the words of one topic, starting from ``suggestion``."""

    def __init__(self, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Bring up next time"))
        explain = QLabel(
            tr(
                "This goes on your list for your next session, so it doesn't slip away. "
                "You can tick it off there."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(tr("What you want to bring up"))
        self.field.setPlaceholderText(tr("In a few words"))
        self.field.setMaxLength(MAX_TOPIC_CHARS)
        self.field.setText(" ".join(suggestion.split())[:MAX_TOPIC_CHARS])
        self.field.selectAll()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            tr("Add to my list"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_words)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def words(self) -> str:
        return self.field.text().strip()

    def _accept_if_words(self) -> None:
        if not self.words():
            self.problem.setText(tr("A few words are enough; the list needs at least one."))
            self.problem.show()
            return
        self.accept()


def add_topic_op(
    text: str, source_kind: str, source_ref: str
) -> Callable[[Vault], OpResult[Topic]]:
    def op(vault: Vault) -> OpResult[Topic]:
        from app.sessions import ops

        return ops.add_topic(vault.connection, text, source_kind, source_ref)

    return op


def bring_up(
    parent: QWidget,
    session: Session,
    suggestion: str,
    source_kind: str,
    source_ref: str,
    on_done: Callable[[str], None],
    on_error: Callable[[str], None],
) -> None:
    """Ask for the words, then add the topic on the worker. ``on_done`` and ``on_error``
    get one plain line to show where the person asked."""
    dialog = BringUpDialog(suggestion, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        words = dialog.words()
    finally:
        dialog.deleteLater()
        parent.window().activateWindow()

    def failed(error: BaseException) -> None:
        from app.platform.errors import UserError

        if isinstance(error, UserError):
            on_error(error_words(error))
        else:
            log.error("a topic could not be added (%s)", type(error).__name__)
            on_error(tr("That couldn't be added just now. Please try again."))

    session.run_op(
        add_topic_op(words, source_kind, source_ref),
        lambda _topic: on_done(tr("Added to your list for next time.")),
        failed,
        origin=parent,
    )

"""A form in a dialog that saves on the database worker, and the pieces such forms share
(the boundary builder, the boundary moment and the invitation attempt dialogs).

Saving runs as an operation (``Session.run_op``). While it runs, Save is off; what was
stored comes out of ``saved`` and the dialog closes. A value the core refuses shows in
the dialog's banner as its one line, and every field keeps what was typed. Ctrl+Return
saves from any field that asks for it; Escape (Cancel) lets the draft go.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.text import error_words
from ui.common.theme import set_role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from app.platform.changes import OpResult
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("SavingDialog", text)


def text_field(parent: QWidget, name: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A plain text field where Tab moves on (as in every other form) and Ctrl+Return
    saves (handled by the dialog)."""
    field = QPlainTextEdit(parent)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    field.setTabChangesFocus(True)
    # As tall as ``lines`` lines; longer text scrolls inside the field.
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 2 * SPACE.s + 4)
    return field


def form_label(text: str, buddy: QWidget) -> QLabel:
    """A field's label whose mnemonic (``&``) puts the keyboard in ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def refusal(error: BaseException) -> str:
    """Why saving failed, in one line: a user error is one plain sentence already;
    anything else gets a kind word (and its type, never its text, goes to the log)."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("saving failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")


class SaveOnCtrlReturn(QObject):
    """Ctrl+Return (or Ctrl+Enter) in a text field presses the dialog's Save."""

    pressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pressed.emit()
                return True
        return super().eventFilter(watched, event)


class SavingDialog(QDialog):
    """A form that saves on the worker: ``saved`` carries what was stored, then it
    closes; a refused value shows in its ``banner`` and every field keeps what was
    typed. Subclasses set ``session``, ``banner`` and ``_origin``, make their buttons
    with :meth:`add_buttons` and implement :meth:`save`."""

    saved = Signal(object)
    session: Session
    save_button: QPushButton
    cancel_button: QPushButton
    banner: MessageBanner
    _origin: object | None
    _saving = False

    def save(self) -> None:
        """Each dialog's own: gather the form and call the shared saving with its op."""
        raise NotImplementedError  # an abstract method of this mixin, not a stub

    def add_buttons(self, save_text: str, cancel_tip: str) -> QDialogButtonBox:
        """Save (the default, Ctrl+Return) and Cancel, wired to :meth:`save` and reject."""
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(save_text.replace("&", ""))
        self.save_button.setToolTip(tr("Save (Ctrl+Return)"))
        self.save_button.setDefault(True)
        set_role(self.save_button, "primary")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.cancel_button.setToolTip(cancel_tip)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def save_on_ctrl_return(self, *widgets: QWidget) -> None:
        """Ctrl+Return in any of ``widgets`` saves."""
        keys = SaveOnCtrlReturn(self)
        keys.pressed.connect(self.save)
        for widget in widgets:
            widget.installEventFilter(keys)

    def refusal(self, error: BaseException) -> str:
        """The line shown when saving failed (a module may say it in its own words)."""
        return refusal(error)

    def _save_on_worker(self, op: Callable[[Vault], OpResult[Any]]) -> None:
        if self._saving:
            return

        def done(stored: object) -> None:
            self._saving = False
            self.saved.emit(stored)
            self.accept()

        def failed(error: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.banner.show_message(self.refusal(error), Tone.PROBLEM)

        self._saving = True
        self.save_button.setEnabled(False)
        self.banner.clear_message()
        self.session.run_op(op, done, failed, origin=self._origin)

"""Settings dialogs that change what opens the journal: the passphrase and the recovery code.

Both ask for the current passphrase, so that someone who finds Mooring unlocked and
unattended can neither lock the owner out nor mint a code that lets them back in later.
The key derivation takes about a second, so the work runs on the vault's worker while
a busy bar shows. Everything typed or shown is wiped when the dialog closes and when
Mooring locks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import errors
from ui.common.busy import BusyBar
from ui.common.form_card import FittingStack
from ui.common.messages import MessageBanner, Tone
from ui.common.sensitive import wipe_line_edit, wipe_text_widgets
from ui.common.strength import StrengthHint
from ui.common.text import app_text
from ui.shell.messages import describe
from ui.shell.recovery_code_panel import RecoveryCodePanel, SaveDialog, ask_save_path
from ui.shell.session import Session
from ui.shell.unlock_screen import heading

# A dynamic property on the Session (in memory only, gone when Mooring quits): set when
# a lock, or closing the dialog's window, may have wiped a new recovery code before the
# person kept it.
_CODE_NEEDS_ATTENTION = "mooringRecoveryCodeNeedsAttention"


def tr(text: str) -> str:
    return QCoreApplication.translate("CredentialsDialogs", text)


def recovery_code_needs_attention(session: Session) -> bool:
    """True when the last new recovery code may not have been kept (it was wiped first)."""
    return bool(session.property(_CODE_NEEDS_ATTENTION))


def _set_needs_attention(session: Session, value: bool) -> None:
    session.setProperty(_CODE_NEEDS_ATTENTION, value)


def wrong_current_passphrase() -> str:
    return tr("That isn't your current passphrase, so nothing was changed. Please try again.")


def _password_field(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _paragraph(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _fit_height(dialog: QDialog) -> None:
    """Make ``dialog`` as tall as its content needs at its current width.

    (``adjustSize`` measures wrapped text at the narrower hinted width, which leaves
    the dialog taller than it needs to be.)
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    # A hidden dialog may report a made-up default width (640 before it is first shown).
    if dialog.isVisible():
        width = dialog.width()
    else:
        width = max(dialog.sizeHint().width(), dialog.minimumWidth())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    if height <= 0:
        height = layout.totalSizeHint().height()
    dialog.resize(width, height)


class _CredentialsDialog(QDialog):
    """Shared behaviour: Escape and Cancel wait while the work runs; closing the window
    never waits; everything is wiped on close and on lock."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = BusyBar(self)
        # True from submitting the job until its result is back. It outlives closing
        # the dialog: the dialog is reused, and a late result must find it alive.
        self._pending = False
        self._closing = False
        self.setMinimumWidth(520)
        session.about_to_lock.connect(self._on_lock)

    def start(self) -> None:
        """Show the dialog fresh (it is reused while the journal stays unlocked)."""
        if not self._pending:
            self._reset()
        self.open()

    def _reset(self) -> None:
        """Back to the first step with empty fields; dialogs add their own focus."""
        self.wipe()

    def is_busy(self) -> bool:
        return self._pending

    def _set_busy(self, busy: bool) -> None:
        self._pending = busy
        self.busy.set_busy(busy)

    def wipe(self) -> None:
        """Empty every field (and, in the dialogs, every message and code)."""
        wipe_text_widgets(self)

    def _may_close(self) -> bool:
        return not self.is_busy()

    def reject(self) -> None:
        # Escape and Cancel. Refused while the change is being made (the person would
        # not learn whether it happened) and, for a new code, until it is kept.
        if not self._closing and not self._may_close():
            return
        self.wipe()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button, or the application quitting (Qt 6 asks every window
        # to close first, and a refusal would cancel the quit): never refused.
        self._discard()
        self._closing = True
        try:
            super().closeEvent(event)  # calls reject()
        finally:
            self._closing = False

    def _discard(self) -> None:
        """Forget everything typed or shown, whatever state the dialog is in."""
        self.wipe()

    def _on_lock(self) -> None:
        # The session drops the job's result after a lock, and the dialog goes with the
        # Settings dialog that owns it.
        self._discard()
        self._set_busy(False)
        QDialog.reject(self)


class ChangePassphraseDialog(_CredentialsDialog):
    """Current passphrase, new passphrase with its strength, confirmation."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(tr("Change passphrase"))
        self.setAccessibleName(tr("Change passphrase"))

        title = heading(tr("Change your passphrase"), self, 1.3)
        intro = _paragraph(
            tr(
                "Your journal stays just as it is; only the passphrase that opens it "
                "changes. Your recovery code keeps working."
            ),
            self,
        )
        self.form = QWidget(self)
        self.current = _password_field(tr("Current passphrase"), self.form)
        self.new = _password_field(tr("New passphrase"), self.form)
        self.confirm = _password_field(tr("Confirm new passphrase"), self.form)
        self.strength = StrengthHint(self.form)
        self.new.textChanged.connect(self.strength.update_for)
        self.show_text = QCheckBox(tr("Show what I type"), self.form)
        self.show_text.setAccessibleName(tr("Show what I type"))
        self.show_text.toggled.connect(self._toggle_echo)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("C&urrent passphrase"), self.current)
        form.addRow(tr("&New passphrase"), self.new)
        form.addRow("", self.strength)
        form.addRow(tr("&Type it again"), self.confirm)
        form.addRow("", self.show_text)

        self.message = MessageBanner(self)
        self.change_button = QPushButton(tr("&Change passphrase"), self)
        self.change_button.setAccessibleName(tr("Change passphrase"))
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self._change)
        self.close_button = QPushButton(tr("Cancel"), self)
        self.close_button.setAccessibleName(tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.change_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.current, self.new)
        QWidget.setTabOrder(self.new, self.confirm)
        QWidget.setTabOrder(self.confirm, self.show_text)
        QWidget.setTabOrder(self.show_text, self.change_button)
        QWidget.setTabOrder(self.change_button, self.close_button)
        self.current.setFocus()

    def _toggle_echo(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        for edit in (self.current, self.new, self.confirm):
            edit.setEchoMode(mode)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for widget in (self.form, self.change_button, self.close_button):
            widget.setEnabled(not busy)

    def _problem(self, text: str, field: QLineEdit) -> None:
        self.message.show_message(text, Tone.PROBLEM)
        field.setFocus()

    def _change(self) -> None:
        if self.is_busy() or not self.session.is_unlocked():
            return
        current, new = self.current.text(), self.new.text()
        if not current:
            self._problem(tr("Please type your current passphrase."), self.current)
            return
        strength = self.strength.update_for(new)
        if not strength.acceptable:
            self._problem(app_text(strength.reason), self.new)
            return
        if new != self.confirm.text():
            wipe_line_edit(self.confirm)
            self._problem(
                tr("The two new passphrases are different. Please type the second one again."),
                self.confirm,
            )
            return
        if new == current:
            self._problem(
                tr("That is the passphrase you have now. Please choose a different one."),
                self.new,
            )
            return
        self.message.show_message(tr("Changing your passphrase… this takes a moment."))
        self._set_busy(True)
        self.session.change_passphrase(current, new, self._changed, self._failed)

    def _reset(self) -> None:
        self.wipe()
        self.form.show()
        self.change_button.show()
        self.close_button.setText(tr("Cancel"))
        self.close_button.setAccessibleName(tr("Cancel"))
        self.change_button.setDefault(True)
        _fit_height(self)
        self.current.setFocus()

    def _changed(self, _result: None) -> None:
        self._set_busy(False)
        self._wipe_fields()
        self.form.hide()
        self.change_button.hide()
        self.close_button.setText(tr("&Close"))
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setDefault(True)
        self.message.show_message(
            tr(
                "Done. Your passphrase is changed: use the new one the next time you "
                "unlock Mooring."
            ),
            Tone.SUCCESS,
        )
        _fit_height(self)  # the form is gone: no tall empty dialog
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, errors.WrongPassphrase):
            wipe_line_edit(self.current)
            self._problem(wrong_current_passphrase(), self.current)
        else:
            self._problem(describe(error), self.new)

    def _wipe_fields(self) -> None:
        for edit in (self.current, self.new, self.confirm):
            wipe_line_edit(edit)
        self.strength.update_for("")
        self.show_text.setChecked(False)

    def wipe(self) -> None:
        self._wipe_fields()
        self.message.clear_message()


class NewRecoveryCodeDialog(_CredentialsDialog):
    """Asks for the passphrase, makes a new code, shows it once until it is kept."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        save_dialog: SaveDialog = ask_save_path,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(tr("New recovery code"))
        self.setAccessibleName(tr("New recovery code"))
        self.pages = FittingStack(self)
        self.pages.addWidget(self._build_ask_page())
        self.pages.addWidget(self._build_code_page(save_dialog))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        self._show_page(0)
        self.passphrase.setFocus()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        _fit_height(self)

    # ----- step 1: the passphrase ----------------------------------------------------

    def _build_ask_page(self) -> QWidget:
        page = QWidget()
        title = heading(tr("Make a new recovery code"), page, 1.3)
        intro = _paragraph(
            tr(
                "A new code takes the place of the one you have now, so your old code "
                "will stop working. Your journal and your passphrase stay just as they are."
            ),
            page,
        )
        self.passphrase = _password_field(tr("Current passphrase"), page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Your &passphrase"), self.passphrase)
        self.ask_message = MessageBanner(page)
        self.make_button = QPushButton(tr("&Make a new code"), page)
        self.make_button.setAccessibleName(tr("Make a new code"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self._make)
        self.cancel_button = QPushButton(tr("Cancel"), page)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.make_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.ask_message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        QWidget.setTabOrder(self.passphrase, self.make_button)
        QWidget.setTabOrder(self.make_button, self.cancel_button)
        return page

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for widget in (self.passphrase, self.make_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _make(self) -> None:
        if self.is_busy() or not self.session.is_unlocked():
            return
        secret = self.passphrase.text()
        if not secret:
            self.ask_message.show_message(tr("Please type your passphrase."), Tone.PROBLEM)
            self.passphrase.setFocus()
            return
        self.ask_message.show_message(tr("Making your new code… this takes a moment."))
        self._set_busy(True)
        self.session.submit(lambda vault: vault.new_recovery_code(secret), self._made, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        wipe_line_edit(self.passphrase)
        if isinstance(error, errors.WrongPassphrase):
            text = wrong_current_passphrase()
        else:
            text = describe(error)
        self.ask_message.show_message(text, Tone.PROBLEM)
        self.passphrase.setFocus()

    # ----- step 2: the code, once ----------------------------------------------------

    def _build_code_page(self, save_dialog: SaveDialog) -> QWidget:
        page = QWidget()
        title = heading(tr("Your new recovery code"), page, 1.3)
        intro = _paragraph(
            tr(
                "Your old code no longer works. This one is shown only this once: keep it "
                "somewhere safe and private, away from this computer."
            ),
            page,
        )
        note = _paragraph(
            tr(
                "If Mooring locks before you tick the box, the code is wiped from the "
                "screen. That's all right: you can make another one here at any time."
            ),
            page,
        )
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        note.setFont(font)
        self.code_panel = RecoveryCodePanel(save_dialog, page)
        # Alt+C is Copy on this page.
        self.done_button = QPushButton(tr("Cl&ose"), page)
        self.done_button.setAccessibleName(tr("Close"))
        self.done_button.clicked.connect(self._finish)
        self.code_panel.add_finish_button(self.done_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.code_panel)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def showing_code(self) -> bool:
        return self.pages.currentIndex() == 1 and bool(self.code_panel.code())

    def _reset(self) -> None:
        self.wipe()
        self._show_page(0)
        self.passphrase.setFocus()

    def _made(self, code: str) -> None:
        self._set_busy(False)
        if not self.isVisible():
            # Closed while the code was being made: never keep it in a hidden window.
            _set_needs_attention(self.session, True)
            self._reset()
            return
        wipe_line_edit(self.passphrase)
        self.ask_message.clear_message()
        self.code_panel.show_code(code)
        self._show_page(1)
        self.code_panel.copy_button.setFocus()

    def _finish(self) -> None:
        if not self.code_panel.is_stored():
            return
        _set_needs_attention(self.session, False)
        self.wipe()
        self.accept()

    def _may_close(self) -> bool:
        if self.showing_code() and not self.code_panel.is_stored():
            self.code_panel.message.show_message(
                tr(
                    "Please keep the code first, then tick \u201cI have stored it "
                    "somewhere safe\u201d. Your old code no longer works."
                ),
                Tone.PROBLEM,
            )
            return False
        return super()._may_close()

    def _discard(self) -> None:
        # A code being made or shown but not yet kept: the old code may already be gone.
        if self.is_busy() or (self.showing_code() and not self.code_panel.is_stored()):
            _set_needs_attention(self.session, True)
        super()._discard()

    def wipe(self) -> None:
        wipe_line_edit(self.passphrase)
        self.ask_message.clear_message()
        self.code_panel.forget()

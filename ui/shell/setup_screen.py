"""First run: choose a passphrase, keep the recovery code, optionally remember the key."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.design import FORM_WIDTH
from ui.common.form_card import FormCard
from ui.common.keys import activate_on_return
from ui.common.messages import MessageBanner, Tone
from ui.common.sensitive import wipe_line_edit
from ui.common.strength import NewPassphraseFields
from ui.common.text import app_text
from ui.common.theme import set_role
from ui.shell.messages import describe
from ui.shell.recovery_code_panel import (
    RecoveryCodePanel,
    SaveDialog,
    ask_save_path,
    recovery_sheet,
    warning_label,
)
from ui.shell.session import Session
from ui.shell.settings_store import SettingsStore
from ui.shell.unlock_screen import heading


def tr(text: str) -> str:
    return QCoreApplication.translate("SetupScreen", text)


# Re-exported: the main window and older callers import these from here.
__all__ = ["SaveDialog", "SetupScreen", "ask_save_path", "recovery_sheet", "warning_label"]


class SetupScreen(QWidget):
    """Emits ``finished`` once the journal is created and the code is kept safe."""

    finished = Signal()

    def __init__(
        self,
        session: Session,
        settings: SettingsStore,
        parent: QWidget | None = None,
        *,
        save_dialog: SaveDialog = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.save_dialog = save_dialog
        self.setObjectName("setup-screen")
        self.setAccessibleName(tr("Set up Mooring"))

        self.form = FormCard(width=FORM_WIDTH + 100)
        self.pages = self.form.pages
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_code_page())
        self.pages.addWidget(self._build_remember_page())
        self.busy = self.form.busy
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.form.centred())

    # ----- step 1: passphrase --------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget()
        title = heading(tr("Welcome to Mooring"), page)
        intro = QLabel(
            tr(
                "This is a private place for your thoughts and your recovery work. "
                "Everything stays on this computer, locked with a passphrase only you know.\n\n"
                "Choose a passphrase: a few unrelated words are easy to remember and hard "
                "to guess. Please pick one nobody else at home would think of."
            ),
            page,
        )
        intro.setWordWrap(True)
        fields = NewPassphraseFields(
            page, passphrase_name=tr("New passphrase"), confirm_name=tr("Confirm passphrase")
        )
        self.passphrase, self.confirm = fields.passphrase, fields.confirm
        self.strength, self.show_text = fields.strength, fields.show_text

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.add_rows(form, tr("&Passphrase"), tr("&Type it again"))

        self.create_message = MessageBanner(page)
        self.create_button = QPushButton(tr("&Create my journal"), page)
        self.create_button.setAccessibleName(tr("Create my journal"))
        self.create_button.setDefault(True)
        set_role(self.create_button, "primary")
        self.create_button.clicked.connect(self._create)

        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_message)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        QWidget.setTabOrder(self.passphrase, self.confirm)
        QWidget.setTabOrder(self.confirm, self.show_text)
        QWidget.setTabOrder(self.show_text, self.create_button)
        return page

    def _create(self) -> None:
        if self.busy.isVisible():
            return
        text = self.passphrase.text()
        strength = self.strength.update_for(text)
        if not strength.acceptable:
            self.create_message.show_message(app_text(strength.reason), Tone.PROBLEM)
            self.passphrase.setFocus()
            return
        if text != self.confirm.text():
            self.create_message.show_message(
                tr("The two passphrases are different. Please type the second one again."),
                Tone.PROBLEM,
            )
            wipe_line_edit(self.confirm)
            self.confirm.setFocus()
            return
        self.create_message.show_message(
            tr("Creating your journal… this takes a moment."), Tone.INFO
        )
        self._set_busy(True)
        self.session.create(text, self._created, self._create_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        for widget in (self.passphrase, self.confirm, self.show_text, self.create_button):
            widget.setEnabled(not busy)

    def _created(self, code: str) -> None:
        self._set_busy(False)
        wipe_line_edit(self.passphrase)
        wipe_line_edit(self.confirm)
        self.create_message.clear_message()
        self.code_panel.show_code(code)
        self.pages.setCurrentIndex(1)
        self.copy_button.setFocus()

    def _create_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.create_message.show_message(describe(error), Tone.PROBLEM)

    # ----- step 2: recovery code -----------------------------------------------------

    def _build_code_page(self) -> QWidget:
        page = QWidget()
        title = heading(tr("Your recovery code"), page, 1.3)
        intro = QLabel(
            tr(
                "If you ever forget your passphrase, this code is the only way back into "
                "your journal. It is shown only this once. Keep it somewhere safe and "
                "private, away from this computer."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.code_panel = RecoveryCodePanel(self.save_dialog, page)
        # The panel's parts under the names the rest of the screen (and its tests) use.
        self.code_label = self.code_panel.code_label
        self.copy_button = self.code_panel.copy_button
        self.print_button = self.code_panel.print_button
        self.save_button = self.code_panel.save_button
        self.code_message = self.code_panel.message
        self.stored_check = self.code_panel.stored_check
        self.continue_button = QPushButton(tr("Co&ntinue"), page)
        self.continue_button.setAccessibleName(tr("Continue"))
        self.continue_button.clicked.connect(self._code_done)
        self.code_panel.add_finish_button(self.continue_button)

        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.code_panel)
        layout.addStretch(1)
        return page

    def _code_done(self) -> None:
        if not self.stored_check.isChecked():
            return
        self._forget_code()
        self.remember_check.setChecked(False)
        self.remember_message.clear_message()
        self.pages.setCurrentIndex(2)
        self.remember_check.setFocus()

    def _forget_code(self) -> None:
        """Drop the code from the screen, and from the clipboard if it is still there."""
        self.code_panel.forget()

    # ----- step 3: remember on this device -------------------------------------------

    def _build_remember_page(self) -> QWidget:
        page = QWidget()
        title = heading(tr("One last choice"), page, 1.3)
        intro = QLabel(
            tr(
                "Mooring can remember your key on this computer, so it opens without "
                "your passphrase. Most people leave this off."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.remember_check = QCheckBox(tr("&Remember on this device"), page)
        self.remember_check.setAccessibleName(tr("Remember on this device"))
        risk = warning_label(
            tr("Anyone who can use this computer account could then open your journal."),
            page,
        )
        self.remember_message = MessageBanner(page)
        self.finish_button = QPushButton(tr("&Finish"), page)
        self.finish_button.setAccessibleName(tr("Finish"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.remember_check)
        layout.addWidget(risk)
        layout.addWidget(self.remember_message)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        QWidget.setTabOrder(self.remember_check, self.finish_button)
        return page

    def _finish(self) -> None:
        if not self.remember_check.isChecked():
            self.settings.set("remember_on_device", False)
            self.finished.emit()
            return
        self.finish_button.setEnabled(False)
        self.session.remember_on_device(self._remembered)

    def _remembered(self, reason: str | None) -> None:
        self.finish_button.setEnabled(True)
        if reason:
            self.settings.set("remember_on_device", False)
            self.remember_check.setChecked(False)
            self.remember_message.show_message(
                QCoreApplication.translate("app", reason)
                + " "
                + tr("You can try again later in Settings. Choose Finish to go on."),
                Tone.PROBLEM,
            )
            return
        self.settings.set("remember_on_device", True)
        self.finished.emit()

    # ----- lifecycle -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        primary = (self.create_button, self.continue_button, self.finish_button)[
            self.pages.currentIndex()
        ]
        if not activate_on_return(event, primary):
            super().keyPressEvent(event)

    def reset(self) -> None:
        """Forget everything typed or shown (called on lock and before showing)."""
        with contextlib.suppress(RuntimeError):
            self._forget_code()
        for edit in (self.passphrase, self.confirm):
            wipe_line_edit(edit)
        self.show_text.setChecked(False)
        self.stored_check.setChecked(False)
        self.create_message.clear_message()
        self.remember_message.clear_message()
        self._set_busy(False)
        self.pages.setCurrentIndex(0)

    def focus_first(self) -> None:
        if self.pages.currentIndex() == 0:
            self.passphrase.setFocus()

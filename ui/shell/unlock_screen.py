"""The lock screen: passphrase, recovery code, and restoring a damaged journal.

It shows nothing from the journal: no counts, no dates, no titles.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import errors
from ui.common.design import TYPE
from ui.common.form_card import FormCard
from ui.common.keys import activate_on_return
from ui.common.messages import MessageBanner, Tone
from ui.common.sensitive import wipe_line_edit
from ui.common.strength import NewPassphraseFields
from ui.common.text import app_text
from ui.common.theme import scaled_font, set_role
from ui.shell.messages import describe
from ui.shell.session import Session

SLOW_OPEN_MS = 4000  # after this long, explain why opening takes a while


def tr(text: str) -> str:
    return QCoreApplication.translate("UnlockScreen", text)


def heading(text: str, parent: QWidget, scale: float = TYPE.page_title.scale) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, scale, bold=True))
    label.setWordWrap(True)
    return label


class UnlockScreen(QWidget):
    """Emits ``unlocked(message)`` once the journal is open; message may be empty."""

    unlocked = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("unlock-screen")
        self.setAccessibleName(tr("Locked"))
        self._discreet = False
        self._first_visit = False  # locked during set-up: "Welcome", not "Welcome back"

        self.form = FormCard()
        self.pages = self.form.pages
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_recovery_page())
        self.busy = self.form.busy
        # Opening takes about a second; a journal updated to a new version is reindexed
        # the first time, which for a very large one can take a minute. Say so.
        self.slow_timer = QTimer(self)
        self.slow_timer.setSingleShot(True)
        self.slow_timer.setInterval(SLOW_OPEN_MS)
        self.slow_timer.timeout.connect(self._still_opening)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.form.centred())
        self._set_discreet_texts()

    # ----- building ------------------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget()
        self.title = heading("", page)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)

        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.passphrase.setPlaceholderText(tr("Passphrase"))

        self.unlock_button = QPushButton(tr("&Unlock"), page)
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.unlock_button.setDefault(True)
        set_role(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self._unlock)

        self.message = MessageBanner(page)

        self.damaged_panel = QFrame(page)
        self.damaged_panel.setAccessibleName(tr("Restore from a backup"))
        damaged_text = QLabel(
            tr(
                "Mooring keeps backups of your journal. Restoring puts the newest good "
                "backup in place. The damaged file is first copied aside, so nothing "
                "is deleted. Changes made after that backup may be missing."
            ),
            self.damaged_panel,
        )
        damaged_text.setWordWrap(True)
        self.restore_button = QPushButton(tr("&Restore newest backup"), self.damaged_panel)
        self.restore_button.setAccessibleName(tr("Restore newest backup"))
        self.restore_button.clicked.connect(self._restore)
        damaged_layout = QVBoxLayout(self.damaged_panel)
        damaged_layout.setContentsMargins(0, 0, 0, 0)
        damaged_layout.addWidget(damaged_text)
        damaged_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.damaged_panel.hide()

        self.recovery_link = QPushButton(tr("Use recovery code &instead"), page)
        self.recovery_link.setFlat(True)
        self.recovery_link.setAccessibleName(tr("Use recovery code instead"))
        self.recovery_link.clicked.connect(self.show_recovery)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)

        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.damaged_panel)
        layout.addWidget(self.recovery_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.recovery_link)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        title = heading(tr("Use your recovery code"), page, 1.3)
        intro = QLabel(
            tr(
                "Type the recovery code you saved when you set up Mooring, then choose "
                "a new passphrase. Your journal stays exactly as it is."
            ),
            page,
        )
        intro.setWordWrap(True)

        self.code = QLineEdit(page)
        self.code.setAccessibleName(tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code.setFont(QFont(mono.family(), self.code.font().pointSize()))
        fields = NewPassphraseFields(
            page, passphrase_name=tr("New passphrase"), confirm_name=tr("Confirm new passphrase")
        )
        self.new_passphrase, self.confirm_passphrase = fields.passphrase, fields.confirm
        self.recovery_strength, self.show_recovery_text = fields.strength, fields.show_text

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Recovery &code"), self.code)
        fields.add_rows(form, tr("&New passphrase"), tr("Con&firm"))

        self.recovery_message = MessageBanner(page)
        self.reset_button = QPushButton(tr("&Set passphrase and open"), page)
        self.reset_button.setAccessibleName(tr("Set passphrase and open"))
        self.reset_button.clicked.connect(self._reset)
        set_role(self.reset_button, "primary")
        self.back_button = QPushButton(tr("&Back"), page)
        self.back_button.setAccessibleName(tr("Back to passphrase"))
        self.back_button.clicked.connect(self.show_passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)

        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recovery_message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        QWidget.setTabOrder(self.code, self.new_passphrase)
        QWidget.setTabOrder(self.new_passphrase, self.confirm_passphrase)
        QWidget.setTabOrder(self.confirm_passphrase, self.show_recovery_text)
        QWidget.setTabOrder(self.show_recovery_text, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.back_button)
        return page

    # ----- state ---------------------------------------------------------------------

    def set_discreet(self, discreet: bool) -> None:
        self._discreet = discreet
        self._set_discreet_texts()

    def set_first_visit(self, first: bool) -> None:
        """True until the person has first been in (a lock during set-up): "Welcome"."""
        self._first_visit = first
        self._set_discreet_texts()

    def _set_discreet_texts(self) -> None:
        if self._discreet:
            self.title.setText(tr("Locked"))
            self.intro.setText(tr("Type your passphrase to continue."))
        else:
            self.title.setText(tr("Welcome") if self._first_visit else tr("Welcome back"))
            self.intro.setText(tr("Type your passphrase to open your journal."))

    def show_passphrase(self) -> None:
        self.pages.setCurrentIndex(0)
        self.recovery_message.clear_message()
        self.passphrase.setFocus()

    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        self.recovery_message.clear_message()
        self.code.setFocus()

    def reset(self) -> None:
        """Back to a blank passphrase page: every field and message emptied."""
        for edit in (self.passphrase, self.code, self.new_passphrase, self.confirm_passphrase):
            wipe_line_edit(edit)
        self.show_recovery_text.setChecked(False)
        self.message.clear_message()
        self.recovery_message.clear_message()
        self.damaged_panel.hide()
        self._set_busy(False)
        self.pages.setCurrentIndex(0)

    def focus_passphrase(self) -> None:
        if self.pages.currentIndex() == 0:
            self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        if busy:
            self.slow_timer.start()
        else:
            self.slow_timer.stop()
        for widget in (
            self.passphrase,
            self.unlock_button,
            self.restore_button,
            self.recovery_link,
            self.code,
            self.new_passphrase,
            self.confirm_passphrase,
            self.reset_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)

    def _still_opening(self) -> None:
        if self.busy.isVisible():
            self.message.show_message(
                tr(
                    "Still opening. The first time after an update, a large journal can"
                    " take a minute or two to get ready."
                ),
                Tone.INFO,
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        primary = (self.unlock_button, self.reset_button)[self.pages.currentIndex()]
        if not activate_on_return(event, primary):
            super().keyPressEvent(event)

    # ----- actions -------------------------------------------------------------------

    def try_remembered(self) -> None:
        """Open with the key remembered on this device; fall back to the passphrase."""
        self._set_busy(True)
        self.message.show_message(tr("Opening…"), Tone.INFO)

        def done(opened: bool) -> None:
            self._set_busy(False)
            self.message.clear_message()
            if opened:
                self.unlocked.emit("")
            else:
                self.message.show_message(tr("Please type your passphrase this time."), Tone.INFO)
                self.passphrase.setFocus()

        self.session.unlock_remembered(done)

    def offer_restore(self) -> None:
        """Damage was found while the journal was open: offer the restore at once."""
        self.message.show_message(
            tr(
                "Mooring found damage in your journal. Type your passphrase, then choose "
                "Restore newest backup; the damaged file is kept aside, not deleted."
            ),
            Tone.PROBLEM,
        )
        self.damaged_panel.show()

    def _unlock(self) -> None:
        if self.busy.isVisible():
            return
        text = self.passphrase.text()
        if not text:
            self.message.show_message(tr("Please type your passphrase."), Tone.INFO)
            self.passphrase.setFocus()
            return
        self.message.clear_message()
        self.damaged_panel.hide()
        self._set_busy(True)
        self.session.unlock(text, lambda _none: self._opened(""), self._unlock_failed)

    def _opened(self, message: str) -> None:
        self._set_busy(False)
        self.unlocked.emit(message)

    def _unlock_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.show_message(describe(error), Tone.PROBLEM)
        if isinstance(error, errors.VaultDamaged):
            # Keep the passphrase: restoring needs it again.
            self.damaged_panel.show()
            self.restore_button.setFocus()
        else:
            wipe_line_edit(self.passphrase)
            self.passphrase.setFocus()

    def _restore(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.message.show_message(
                tr("Type your passphrase first, then choose Restore."), Tone.INFO
            )
            self.passphrase.setFocus()
            return
        self._set_busy(True)
        self.message.show_message(tr("Restoring…"), Tone.INFO)
        restored = tr(
            "Your journal was restored from the newest backup. The damaged file was "
            "set aside, not deleted."
        )
        self.session.restore_newest_backup(
            text, lambda _none: self._opened(restored), self._restore_failed
        )

    def _restore_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, errors.VaultDamaged):
            self.message.show_message(
                tr(
                    "No usable backup was found, so nothing was changed. Your files are "
                    "still in the data folder; please don't delete them."
                ),
                Tone.PROBLEM,
            )
        else:
            self.message.show_message(describe(error), Tone.PROBLEM)

    def _reset(self) -> None:
        if self.busy.isVisible():
            return
        code = self.code.text().strip()
        new = self.new_passphrase.text()
        if not code:
            self.recovery_message.show_message(tr("Please type your recovery code."), Tone.INFO)
            self.code.setFocus()
            return
        strength = self.recovery_strength.update_for(new)
        if not strength.acceptable:
            self.recovery_message.show_message(app_text(strength.reason), Tone.PROBLEM)
            self.new_passphrase.setFocus()
            return
        if new != self.confirm_passphrase.text():
            self.recovery_message.show_message(
                tr("The two passphrases are different. Please type them again."), Tone.PROBLEM
            )
            wipe_line_edit(self.confirm_passphrase)
            self.confirm_passphrase.setFocus()
            return
        self.recovery_message.clear_message()
        self._set_busy(True)
        done_message = tr("Your new passphrase is set. Your recovery code still works too.")
        self.session.reset_with_recovery_code(
            code, new, lambda _none: self._opened(done_message), self._reset_failed
        )

    def _reset_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.recovery_message.show_message(describe(error), Tone.PROBLEM)
        if isinstance(error, errors.WrongRecoveryCode):
            self.code.setFocus()

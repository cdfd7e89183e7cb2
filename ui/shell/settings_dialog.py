"""Settings: idle lock, discreet mode, remember on this device, passphrase and recovery
code, appearance, and where you live (whose help lines come first).

Changes apply at once and are saved straight away; there is nothing to confirm. The
passphrase and the recovery code are changed in their own dialogs, which ask for the
current passphrase first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings as schema
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.scrolling import scroll_area
from ui.common.text import app_text
from ui.shell.credentials_dialogs import (
    ChangePassphraseDialog,
    NewRecoveryCodeDialog,
    recovery_code_needs_attention,
)
from ui.shell.help_dialog import (
    region_choices,
    region_name,
    shortcut_help_lines,
    system_locale_name,
)
from ui.shell.recovery_code_panel import SaveDialog, ask_save_path
from ui.shell.session import Session
from ui.shell.settings_store import SettingsStore


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


APPEARANCES = ("system", "light", "dark", "contrast")


def _appearance_label(value: str) -> str:
    return {
        "system": tr("Follow system"),
        "light": tr("Light"),
        "dark": tr("Dark"),
        "contrast": tr("High contrast"),
    }[value]


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: SettingsStore,
        session: Session,
        parent: QWidget | None = None,
        *,
        save_dialog: SaveDialog = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.save_dialog = save_dialog
        self.change_dialog: ChangePassphraseDialog | None = None
        self.recovery_dialog: NewRecoveryCodeDialog | None = None
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self.setMinimumWidth(460)

        # --- privacy ---
        privacy = QGroupBox(tr("Privacy"), self)
        self.idle_minutes = QSpinBox(privacy)
        idle_schema = schema.SETTINGS[schema.IDLE_TIMEOUT_MINUTES]
        self.idle_minutes.setRange(
            getattr(idle_schema, "minimum", 1), getattr(idle_schema, "maximum", 240)
        )
        self.idle_minutes.setSuffix(tr(" min"))
        self.idle_minutes.setMaximumWidth(140)
        self.idle_minutes.setAccessibleName(tr("Lock after this many minutes without activity"))
        self.idle_minutes.setValue(settings.idle_timeout_minutes())
        self.idle_minutes.valueChanged.connect(
            lambda v: settings.set(schema.IDLE_TIMEOUT_MINUTES, int(v))
        )

        self.discreet = QCheckBox(tr("&Discreet mode"), privacy)
        self.discreet.setAccessibleName(tr("Discreet mode"))
        self.discreet.setChecked(settings.discreet_mode())
        self.discreet.toggled.connect(lambda on: settings.set(schema.DISCREET_MODE, bool(on)))

        self.remember = QCheckBox(tr("&Remember on this device"), privacy)
        self.remember.setAccessibleName(tr("Remember on this device"))
        self.remember.setChecked(settings.remember_on_device())
        self.remember.toggled.connect(self._remember_toggled)
        self.remember_message = MessageBanner(privacy)

        form = QFormLayout(privacy)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Lock after"), self.idle_minutes)
        form.addRow(
            _note(tr("Mooring locks itself when you haven't used it for this long."), privacy)
        )
        form.addRow(self.discreet)
        form.addRow(
            _note(
                tr(
                    "Shows the plain name \u201cNotes\u201d and a plain icon at once, and "
                    "keeps the \u201cGet help now\u201d button off the lock screen (F1 still "
                    "opens it). Some task bars show the new name after the next start."
                ),
                privacy,
            )
        )
        form.addRow(self.remember)
        form.addRow(
            _note(
                tr("Anyone who can use this computer account could then open your journal."),
                privacy,
            )
        )
        form.addRow(self.remember_message)

        # --- passphrase and recovery code ---
        credentials = QGroupBox(tr("Passphrase and recovery code"), self)
        self.change_passphrase_button = QPushButton(tr("Change &passphrase…"), credentials)
        self.change_passphrase_button.setAccessibleName(tr("Change passphrase"))
        self.change_passphrase_button.clicked.connect(self.open_change_passphrase)
        self.new_code_button = QPushButton(tr("Make a &new recovery code…"), credentials)
        self.new_code_button.setAccessibleName(tr("Make a new recovery code"))
        self.new_code_button.clicked.connect(self.open_new_recovery_code)
        self.credentials_message = MessageBanner(credentials)
        for button in (self.change_passphrase_button, self.new_code_button):
            # Enter in a field keeps meaning Close, not "open a passphrase dialog".
            button.setAutoDefault(False)
        credential_buttons = QHBoxLayout()
        credential_buttons.addWidget(self.change_passphrase_button)
        credential_buttons.addWidget(self.new_code_button)
        credential_buttons.addStretch(1)
        credentials_layout = QVBoxLayout(credentials)
        credentials_layout.addWidget(
            _note(
                tr(
                    "Both ask for your current passphrase. If you ever forget the "
                    "passphrase, the recovery code is your way back in."
                ),
                credentials,
            )
        )
        credentials_layout.addLayout(credential_buttons)
        credentials_layout.addWidget(self.credentials_message)
        self._show_credentials_notice()

        # --- appearance ---
        look = QGroupBox(tr("Appearance"), self)
        self.appearance = QComboBox(look)
        self.appearance.setAccessibleName(tr("Appearance"))
        for value in APPEARANCES:
            self.appearance.addItem(_appearance_label(value), value)
        self.appearance.setCurrentIndex(max(0, APPEARANCES.index(settings.appearance())))
        self.appearance.currentIndexChanged.connect(
            lambda i: settings.set(schema.APPEARANCE, APPEARANCES[i])
        )
        self.language = QComboBox(look)
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("Follow system"), "system")
        # Each language named in its own words, so it can be found whatever is shown.
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.language_note = _note("", look)
        self.language_note.setObjectName("settings-language-note")
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._language_chosen)
        look_form = QFormLayout(look)
        look_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        look_form.addRow(tr("&Colours"), self.appearance)
        look_form.addRow(tr("Lan&guage"), self.language)
        look_form.addRow(self.language_note)

        # --- help lines ---
        help_group = QGroupBox(tr("Help lines"), self)
        self.region = QComboBox(help_group)
        self.region.setAccessibleName(tr("Where you live, for the help lines shown first"))
        self.region.addItem(self._system_region_words(), "system")
        for value, words in region_choices():
            self.region.addItem(words, value)
        current = str(settings.get(schema.HELP_REGION))
        self.region.setCurrentIndex(max(0, self.region.findData(current)))
        self.region.currentIndexChanged.connect(
            lambda i: settings.set(schema.HELP_REGION, str(self.region.itemData(i)))
        )
        help_form = QFormLayout(help_group)
        help_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        help_form.addRow(tr("&Where you live"), self.region)
        help_form.addRow(
            _note(
                tr(
                    "\u201cGet help now\u201d and the Safety page show this place\u2019s lines "
                    "first, then a directory of lines in many countries. Only the choice "
                    "is stored, never anything you wrote."
                ),
                help_group,
            )
        )

        # --- shortcuts ---
        keys = QGroupBox(tr("Shortcuts"), self)
        keys_layout = QFormLayout(keys)
        self.shortcut_labels: list[QLabel] = []
        for sequence, meaning in shortcut_help_lines():
            label = QLabel(sequence, keys)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.shortcut_labels.append(label)
            keys_layout.addRow(meaning, label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))

        # The groups scroll when the window is short (a small screen, large text) rather
        # than being squeezed over each other; the Close button stays in view.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, SPACE.s, 0)
        column.addWidget(privacy)
        column.addWidget(credentials)
        column.addWidget(look)
        column.addWidget(help_group)
        column.addWidget(keys)
        column.addStretch(1)
        self.scroll_area = scroll_area(content, self, name="settings-scroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        self._fit_to_screen(content)
        QWidget.setTabOrder(self.idle_minutes, self.discreet)
        QWidget.setTabOrder(self.discreet, self.remember)
        QWidget.setTabOrder(self.remember, self.change_passphrase_button)
        QWidget.setTabOrder(self.change_passphrase_button, self.new_code_button)
        QWidget.setTabOrder(self.new_code_button, self.appearance)
        QWidget.setTabOrder(self.appearance, self.language)
        QWidget.setTabOrder(self.language, self.region)

    def _language_chosen(self, index: int) -> None:
        self.settings.set(schema.LANGUAGE, str(self.language.itemData(index)))
        self.language_note.setText(tr("Mooring will use this language the next time it opens."))
        self.language_note.show()

    @staticmethod
    def _system_region_words() -> str:
        from app.content.crisis_lines import ELSEWHERE, region_for_locale

        found = region_for_locale(system_locale_name())
        if found == ELSEWHERE:
            return tr("Based on this computer (somewhere else)")
        return tr("Based on this computer ({place})").format(place=region_name(found))

    def _fit_to_screen(self, content: QWidget) -> None:
        """As tall as the settings need, up to what the screen has room for."""
        wanted = content.sizeHint().height() + 80
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 80 if screen is not None else wanted
        self.resize(max(self.minimumWidth(), content.sizeHint().width() + 40), min(wanted, room))

    # ----- passphrase and recovery code ----------------------------------------------

    # Each dialog is built once and reused; it is destroyed with this dialog on lock.
    # (Destroying it on close could leave a result from the worker with nowhere to go.)

    def open_change_passphrase(self) -> None:
        if not self.session.is_unlocked():
            return
        if self.change_dialog is None:
            self.change_dialog = ChangePassphraseDialog(self.session, self)
        self.change_dialog.start()

    def open_new_recovery_code(self) -> None:
        if not self.session.is_unlocked():
            return
        if self.recovery_dialog is None:
            dialog = NewRecoveryCodeDialog(self.session, self, save_dialog=self.save_dialog)
            dialog.finished.connect(self._show_credentials_notice)
            self.recovery_dialog = dialog
        self.recovery_dialog.code_panel.save_dialog = self.save_dialog
        self.recovery_dialog.start()

    def _show_credentials_notice(self) -> None:
        if recovery_code_needs_attention(self.session):
            self.credentials_message.show_message(
                tr(
                    "Your last new recovery code was wiped before you ticked \u201cI have "
                    "stored it somewhere safe\u201d. To be sure you have a code that works, "
                    "please make a new one."
                ),
                Tone.PROBLEM,
            )
        else:
            self.credentials_message.clear_message()

    def _remember_toggled(self, on: bool) -> None:
        self.remember_message.clear_message()
        if not on:
            self.session.forget_on_device()
            self.settings.set(schema.REMEMBER_ON_DEVICE, False)
            return
        if not self.session.is_unlocked():
            self._set_remember(False)
            return
        self.remember.setEnabled(False)
        self.session.remember_on_device(self._remembered)

    def _remembered(self, reason: str | None) -> None:
        self.remember.setEnabled(True)
        if reason:
            self._set_remember(False)
            self.settings.set(schema.REMEMBER_ON_DEVICE, False)
            self.remember_message.show_message(app_text(reason), Tone.PROBLEM)
            return
        self.settings.set(schema.REMEMBER_ON_DEVICE, True)
        self.remember_message.show_message(
            tr("Done. Mooring will open on this computer without asking."), Tone.SUCCESS
        )

    def _set_remember(self, on: bool) -> None:
        blocker = QSignalBlocker(self.remember)
        self.remember.setChecked(on)
        del blocker

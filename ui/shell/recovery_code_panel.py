"""A recovery code shown once: Copy, Print, Save to file, and "I have stored it".

Used at set-up and when a new code is made from Settings. The code lives only in this
widget (and in the clipboard if the person copies it); ``forget`` removes it from both.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.messages import MessageBanner, Tone
from ui.common.theme import set_role

# Asks where to save the recovery code: (parent, suggested file name) -> chosen path or "".
SaveDialog = Callable[[QWidget, str], str]


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryCodePanel", text)


def ask_save_path(parent: QWidget, suggested: str) -> str:
    from ui.common.file_dialogs import ask_save_path as ask

    return ask(parent, tr("Save recovery code"), suggested, tr("Text files (*.txt)"))


def recovery_sheet(code: str) -> str:
    """The text written to the file or printer: the code and how to use it."""
    return tr(
        "Mooring recovery code\n\n"
        "{code}\n\n"
        "If you forget your passphrase, choose \u201cUse recovery code instead\u201d on the "
        "lock screen and type this code. Anyone who has this code can open your journal: "
        "keep it somewhere only you can reach.\n"
    ).replace("{code}", code)


def warning_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def write_private(path: Path, text: str) -> None:
    """Write ``text`` readable by this OS user only, where the file system allows it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


class RecoveryCodePanel(QWidget):
    """The code in large type, three ways to keep it (each with its risk), a message line,
    and the "I have stored it somewhere safe" box.

    The host adds its own button with ``add_finish_button``; it is enabled only while
    the box is ticked.
    """

    def __init__(self, save_dialog: SaveDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_dialog = save_dialog
        self._code = ""

        self.code_label = QLabel(self)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(tr("Recovery code"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font = QFont(mono.family())
        code_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setWordWrap(True)
        set_role(self.code_label, "code")

        self.copy_button = QPushButton(tr("&Copy"), self)
        self.copy_button.setAccessibleName(tr("Copy recovery code"))
        self.copy_button.clicked.connect(self._copy)
        self.print_button = QPushButton(tr("&Print…"), self)
        self.print_button.setAccessibleName(tr("Print recovery code"))
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(tr("&Save to file…"), self)
        self.save_button.setAccessibleName(tr("Save recovery code to a file"))
        self.save_button.clicked.connect(self._save)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        for row, (button, warning) in enumerate(
            (
                (
                    self.copy_button,
                    tr(
                        "Other programs can read what you copy: paste it somewhere private "
                        "right away."
                    ),
                ),
                (
                    self.print_button,
                    tr("The printer may keep a copy; keep the paper somewhere private."),
                ),
                (
                    self.save_button,
                    tr(
                        "The file is not locked: save it on a USB stick or somewhere only "
                        "you can reach, not a shared or synced folder."
                    ),
                ),
            )
        ):
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(warning_label(warning, self), row, 1)

        self.message = MessageBanner(self)
        self.stored_check = QCheckBox(tr("I &have stored it somewhere safe"), self)
        self.stored_check.setAccessibleName(tr("I have stored it somewhere safe"))
        self._bottom = QHBoxLayout()
        self._bottom.addWidget(self.stored_check)
        self._bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.code_label)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(self._bottom)
        QWidget.setTabOrder(self.copy_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.stored_check)

    def add_finish_button(self, button: QPushButton) -> None:
        """Place ``button`` beside the box; it can be pressed only once the box is ticked."""
        self._bottom.addWidget(button)
        button.setEnabled(self.stored_check.isChecked())
        self.stored_check.toggled.connect(button.setEnabled)
        QWidget.setTabOrder(self.stored_check, button)

    # ----- the code ------------------------------------------------------------------

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.stored_check.setChecked(False)
        self.message.clear_message()

    def code(self) -> str:
        return self._code

    def is_stored(self) -> bool:
        return self.stored_check.isChecked()

    def forget(self) -> None:
        """Drop the code from the screen, and from the clipboard if it is still there."""
        clipboard = QGuiApplication.clipboard()
        if self._code and clipboard.text() == self._code:
            clipboard.clear()
        self._code = ""
        self.code_label.setText("")
        self.message.clear_message()
        self.stored_check.setChecked(False)

    # ----- keeping it ----------------------------------------------------------------

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        self.message.show_message(tr("Copied. Paste it somewhere private now."), Tone.INFO)

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print recovery code"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted or not self._code:
            return  # cancelled, or the vault locked while the print dialog was open
        document = QTextDocument()
        document.setPlainText(recovery_sheet(self._code))
        document.print_(printer)
        self.message.show_message(tr("Sent to the printer."), Tone.INFO)

    def _save(self) -> None:
        chosen = self.save_dialog(self, tr("mooring-recovery-code.txt"))
        if not chosen or not self._code:
            return
        try:
            write_private(Path(chosen), recovery_sheet(self._code))
        except OSError:
            self.message.show_message(
                tr("Mooring couldn't save the file there. Please choose another place."),
                Tone.PROBLEM,
            )
            return
        self.message.show_message(
            tr("Saved. Keep that file somewhere only you can reach."), Tone.SUCCESS
        )

"""A live, plain-language hint about how strong a new passphrase is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.vault.passphrase import Strength, assess
from ui.common.text import app_text


def tr(text: str) -> str:
    return QCoreApplication.translate("StrengthHint", text)


def _label(strength: Strength) -> str:
    labels = {
        0: tr("Not yet"),
        1: tr("Weak"),
        2: tr("Fair"),
        3: tr("Good"),
        4: tr("Strong"),
    }
    return labels.get(strength.score, strength.label)


class StrengthHint(QWidget):
    """A four-step meter and one sentence; ``strength`` holds the latest assessment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        # Keep the space when empty so the fields below don't jump while typing.
        policy = self.reason.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.reason.setSizePolicy(policy)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meter, 1)
        row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        self.strength: Strength = assess("")
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        self.strength = assess(passphrase)
        if not passphrase:
            self.meter.setValue(0)
            self.label.setText("")
            self.reason.setText(tr("A few unrelated words you can remember work well."))
        else:
            self.meter.setValue(max(self.strength.score, 0))
            self.label.setText(_label(self.strength))
            self.reason.setText(app_text(self.strength.reason) if self.strength.reason else "")
        self.meter.setAccessibleDescription(self.label.text())
        self.reason.setVisible(bool(self.reason.text()))
        return self.strength


class NewPassphraseFields:
    """A new passphrase, its confirmation, the strength hint and "Show what I type",
    wired together; used wherever a person chooses a passphrase."""

    def __init__(self, parent: QWidget, *, passphrase_name: str, confirm_name: str) -> None:
        from PySide6.QtWidgets import QCheckBox, QLineEdit

        self.passphrase = QLineEdit(parent)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(passphrase_name)
        self.confirm = QLineEdit(parent)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(confirm_name)
        self.strength = StrengthHint(parent)
        self.passphrase.textChanged.connect(self.strength.update_for)
        self.show_text = QCheckBox(tr("Show what I type"), parent)
        self.show_text.setAccessibleName(tr("Show what I type"))
        # A closure over the two fields, not a method of this holder: callers keep the
        # widgets, not the holder, and a slot on a collected object would silently die.
        fields = (self.passphrase, self.confirm)

        def show(visible: bool) -> None:
            mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
            for field in fields:
                field.setEchoMode(mode)

        self.show_text.toggled.connect(show)

    def add_rows(self, form: QFormLayout, passphrase_label: str, confirm_label: str) -> None:
        form.addRow(passphrase_label, self.passphrase)
        form.addRow("", self.strength)
        form.addRow(confirm_label, self.confirm)
        form.addRow("", self.show_text)

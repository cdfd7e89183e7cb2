"""The "Get help now" dialog: the local emergency number first, then crisis and support lines."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.content.crisis_lines import CrisisLine

log = logging.getLogger(__name__)

LinesLoader = Callable[[], Sequence["CrisisLine"]]


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def shortcut_help_lines() -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcuts a person may need in a hurry."""
    from ui.shell.shortcuts import HELP, LOCK, QUICK_HIDE, native

    return [
        (native(QUICK_HIDE), tr("Lock and hide at once")),
        (native(LOCK), tr("Lock")),
        (" / ".join(native(k) for k in HELP), tr("Get help now")),
    ]


def default_lines() -> Sequence[CrisisLine]:
    from app.content.crisis_lines import load_crisis_lines

    return load_crisis_lines()


def _plain(text: str, parent: QWidget, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class HelpDialog(QDialog):
    """Who to reach right now. Works while locked; reads no journal data."""

    def __init__(self, parent: QWidget | None = None, *, lines: LinesLoader = default_lines):
        super().__init__(parent)
        self.setWindowTitle(tr("Get help now"))
        self.setAccessibleName(tr("Get help now"))
        self.setMinimumWidth(460)
        self.resize(540, 680)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)

        self.emergency = _plain(
            tr("If you or someone else is in danger, call your local emergency number now."),
            content,
            bold=True,
            scale=1.2,
        )
        self.emergency.setAccessibleName(self.emergency.text())
        layout.addWidget(self.emergency)
        layout.addWidget(
            _plain(
                tr(
                    "You don't have to get through a hard moment alone. These lines are "
                    "free and answered by people who want to help:"
                ),
                content,
            )
        )

        self.line_labels: list[QLabel] = []
        try:
            loaded = list(lines())
        except Exception as error:
            log.error("crisis lines could not be loaded (%s)", type(error).__name__)
            loaded = []
        for line in loaded:
            card = QFrame(content)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card_layout = QVBoxLayout(card)
            name = _plain(f"{line.name} ({line.region})", card, bold=True)
            contact = _plain(line.contact, card, scale=1.1)
            description = _plain(line.description, card)
            for label in (name, contact, description):
                card_layout.addWidget(label)
                self.line_labels.append(label)
            card.setAccessibleName(f"{line.name}: {line.contact}")
            layout.addWidget(card)
        if not loaded:
            layout.addWidget(
                _plain(
                    tr(
                        "The list of support lines couldn't be shown. Your local emergency "
                        "number, a doctor or your therapist can point you to help nearby."
                    ),
                    content,
                )
            )

        layout.addWidget(
            _plain(
                tr(
                    "If you are outside these regions, your therapist or doctor can give you "
                    "the numbers for where you live."
                ),
                content,
            )
        )
        layout.addSpacing(8)
        layout.addWidget(_plain(tr("Shortcuts"), content, bold=True))
        for keys, meaning in shortcut_help_lines():
            layout.addWidget(_plain(f"{keys}: {meaning}", content))
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)

    def visible_text(self) -> str:
        """Everything the dialog says, top to bottom (for tests and screen readers)."""
        labels = self.findChildren(QLabel)
        return "\n".join(label.text() for label in labels)

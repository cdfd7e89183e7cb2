"""A one-line, in-place message (instead of pop-ups that steal focus)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class Tone(Enum):
    INFO = "info"
    SUCCESS = "success"
    PROBLEM = "problem"


# Muted colours that stay readable on light and dark backgrounds.
_STYLES = {
    Tone.INFO: "background: rgba(74, 144, 226, 0.14); border: 1px solid rgba(74, 144, 226, 0.45);",
    Tone.SUCCESS: "background: rgba(76, 175, 80, 0.14); border: 1px solid rgba(76, 175, 80, 0.45);",
    Tone.PROBLEM: "background: rgba(230, 126, 34, 0.16); border: 1px solid rgba(230, 126, 34, 0.55);",
}


class MessageBanner(QLabel):
    """Shows one message at a time; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tone: Tone | None = None
        self.hide()

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.tone = tone
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"QLabel {{ {_STYLES[tone]} border-radius: 6px; padding: 8px; }}")
        self.show()

    def clear_message(self) -> None:
        self.tone = None
        self.setText("")
        self.setAccessibleName("")
        self.hide()

"""A one-line, in-place message (instead of pop-ups that steal focus)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.common.theme import set_tone


class Tone(Enum):
    INFO = "info"
    SUCCESS = "success"
    PROBLEM = "problem"


# A banner's look (a tint of its tone) comes from the theme: ui/common/theme.py.


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
        set_tone(self, tone.value)
        self.show()

    def clear_message(self) -> None:
        self.tone = None
        self.setText("")
        self.setAccessibleName("")
        self.hide()

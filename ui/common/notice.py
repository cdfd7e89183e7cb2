"""A one-line notice at the top of a page, with an optional action such as Undo (used by
the journal and sessions pages)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui.common.messages import Tone
from ui.common.theme import set_tone

NOTICE_MS = 15_000


def tr(text: str) -> str:
    return QCoreApplication.translate("PageNotice", text)


class Notice(QFrame):
    """Shows a message for a while; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-notice")
        self.tone: Tone | None = None
        self._action: Callable[[], None] | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Dismiss"))
        self.close_button.setAccessibleName(tr("Dismiss this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(
        self,
        text: str,
        tone: Tone = Tone.INFO,
        *,
        action: tuple[str, Callable[[], None]] | None = None,
        timeout_ms: int = NOTICE_MS,
    ) -> None:
        self.tone = tone
        self.label.setText(text)
        self.setAccessibleName(text)
        set_tone(self, tone.value)
        if action is not None:
            self.action_button.setText(action[0])
            self.action_button.setAccessibleName(action[0])
            self._action = action[1]
            self.action_button.show()
        else:
            self._action = None
            self.action_button.hide()
        self.show()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def text(self) -> str:
        # Hidden only by dismiss(), so the text reads the same while the page is off screen.
        return self.label.text() if not self.isHidden() else ""

    def _act(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.tone = None
        self.label.clear()
        self.setAccessibleName("")
        self.hide()

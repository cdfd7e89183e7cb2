"""The welcome page: the first thing seen after unlocking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.shell import navigation
from ui.shell.context import ModuleContext


def tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class HomePage(QWidget):
    """A short, warm greeting. It shows nothing from the journal."""

    def __init__(self, context: ModuleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Welcome"))
        title = QLabel(tr("Welcome back"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            tr(
                "This is your private space. Nothing here leaves this computer.\n\n"
                "Recovery is work you are doing for yourself, and it counts, whoever "
                "else joins in. Take your time: write what is on your mind, practise "
                "a conversation, or just breathe for a minute.\n\n"
                "If things feel like too much, \u201cGet help now\u201d is always one "
                "click away."
            ),
            self,
        )
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)


navigation.register("home", lambda: tr("Welcome"), HomePage, order=0)

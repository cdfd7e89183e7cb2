"""The wizard's last step: how the notes leave (a PDF, a web page, Markdown, or a
printer), with the warning a file needs before it is written.

The step only asks; the page does the work (``save_requested`` / ``print_requested``)
and tells the step how it went: busy with a Cancel, one calm sentence when it could
not be done, or where the file went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common.busy import BusyBar
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.surfaces import Card, text_label
from ui.common.theme import set_role
from ui.exchange.words import FORMAT_WORDS, tr

FORMATS = ("pdf", "html", "md", "print")


class OutputStep(QWidget):
    """See the module docstring."""

    save_requested = Signal(str)  # the format: "pdf", "html" or "md"
    print_requested = Signal()
    cancel_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packet-output-step")
        self._busy = False
        self._build()
        self.reset()

    def _build(self) -> None:
        self.card = Card(tr("How to bring it"), "packet-output-card", self)
        self.summary = text_label(self.card, muted=True, name="packet-output-summary")
        self.card.body.addWidget(self.summary)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for name in FORMATS:
            label, meaning, _filter = FORMAT_WORDS[name]
            button = QRadioButton(label(), self.card)
            button.setObjectName(f"packet-format-{name}")
            button.setAccessibleName(label().replace("&", ""))
            button.setAccessibleDescription(meaning())
            self.formats.addButton(button)
            self.format_buttons[name] = button
            words = text_label(self.card, muted=True)
            words.setText(meaning())
            words.setContentsMargins(SPACE.l + SPACE.s, 0, 0, SPACE.xs)
            self.card.body.addWidget(button)
            self.card.body.addWidget(words)
        self.formats.buttonToggled.connect(lambda _b, _on: self._format_changed())

        # Said before any file is written, in plain words, where the button is.
        self.warning = MessageBanner(self)
        self.warning.setObjectName("packet-unencrypted-warning")

        self.go_button = QPushButton(self)
        self.go_button.setObjectName("packet-go")
        set_role(self.go_button, "primary")
        self.go_button.clicked.connect(self._go)
        self.back_button = QPushButton(tr("&Back to the preview"), self)
        self.back_button.setAccessibleName(tr("Back to the preview"))
        self.back_button.clicked.connect(self.back_requested)
        self.cancel_button = QPushButton(tr("&Cancel"), self)
        self.cancel_button.setObjectName("packet-output-cancel")
        self.cancel_button.setAccessibleName(tr("Cancel making the file"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.busy_bar = BusyBar(self)
        self.busy_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.busy_words = text_label(self, muted=True)
        self.busy_words.setText(tr("Making the file\u2026"))
        self.message = MessageBanner(self)
        self.message.setObjectName("packet-output-message")
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE.s)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.busy_words)
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.l)
        layout.addWidget(self.card)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def reset(self) -> None:
        self.format_buttons["pdf"].setChecked(True)
        self.summary.clear()
        self.message.clear_message()
        self.set_busy(False)
        self._format_changed()

    def chosen(self) -> str:
        for name, button in self.format_buttons.items():
            if button.isChecked():
                return name
        return "pdf"

    def choose(self, name: str) -> None:
        self.format_buttons[name].setChecked(True)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def _format_changed(self) -> None:
        if self.chosen() == "print":
            self.warning.clear_message()
            self.go_button.setText(tr("Pr&int\u2026"))
            self.go_button.setAccessibleName(tr("Choose a printer and print"))
        else:
            self.warning.show_message(
                tr(
                    "The file will not be encrypted: anyone who can open it can read "
                    "everything in it. Keep it somewhere private, and delete it when you "
                    "no longer need it."
                ),
                Tone.PROBLEM,
            )
            self.go_button.setText(tr("&Save\u2026"))
            self.go_button.setAccessibleName(tr("Choose where to save the file"))

    def _go(self) -> None:
        if self._busy:
            return
        self.message.clear_message()
        if self.chosen() == "print":
            self.print_requested.emit()
        else:
            self.save_requested.emit(self.chosen())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.set_busy(busy)
        self.busy_words.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.go_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.card.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_busy(self) -> bool:
        return self._busy

    def show_result(self, text: str, tone: Tone) -> None:
        self.message.show_message(text, tone)

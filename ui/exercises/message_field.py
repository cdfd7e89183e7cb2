"""A message draft with the live checker beside it.

As the person writes to their partner, what tends to start a fight is underlined in
place and explained under the field with a wording to consider
(app/communication/checker.py); with the "craft" check, the positive-communication
rules show as met or not yet (app/communication/craft.py). Nothing is sent anywhere:
the draft is the person's to copy.

The check runs a moment after typing pauses (``CHECK_DELAY_MS``), on the window's
thread: it is pure text work, well under the 30 ms a keystroke may take
(tests/bench/bench_checker.py), and it sees nothing but this draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from app.exercises.model import Step
from ui.common import theme
from ui.common.design import SPACE
from ui.common.surfaces import text_label
from ui.exercises.steps import TextField

CHECK_DELAY_MS = 150


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageField", text)


class MessageField(TextField):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 6 + 12)
        self.fight = "fight" in step.checks or not step.checks
        self.craft = "craft" in step.checks
        self.notes = QWidget(self)
        self.notes.setObjectName(f"step-{step.id}-notes")
        self.notes.setAccessibleName(tr("Suggestions for this message"))
        self.notes_layout = QVBoxLayout(self.notes)
        self.notes_layout.setContentsMargins(0, SPACE.xs, 0, 0)
        self.notes_layout.setSpacing(SPACE.xs)
        self.quiet = text_label(self.notes, muted=True, name=f"step-{step.id}-quiet")
        self.notes_layout.addWidget(self.quiet)
        self.layout().addWidget(self.notes)
        self._labels: list[QLabel] = []
        self.flags: list[object] = []
        self.rules: list[object] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        self.edit.textChanged.connect(self.timer.start)
        self.check_now()

    def set_value(self, value: object) -> None:
        super().set_value(value)  # type: ignore[arg-type]
        self.check_now()

    def check_now(self) -> None:
        """Check the draft as it is and show what was found."""
        self.timer.stop()
        text = self.edit.toPlainText()
        self.flags = list(_fight_flags(text)) if self.fight else []
        self.rules = list(_craft_rules(text)) if self.craft and text.strip() else []
        self._underline()
        self._show_notes(text)

    def _underline(self) -> None:
        colour = QColor(theme.current().problem)
        selections = []
        for flag in self.flags:
            start, end = int(getattr(flag, "start", 0)), int(getattr(flag, "end", 0))
            if end <= start or getattr(flag, "whole_message", False):
                continue  # a note about the whole message: shown below only
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            selection.format = fmt
            selections.append(selection)
        self.edit.setExtraSelections(selections)

    def _show_notes(self, text: str) -> None:
        if not text.strip():
            self._set_lines([])
            self.quiet.setText(
                tr("As you write, gentle suggestions show here. Nothing is sent anywhere.")
            )
            self.quiet.show()
            return
        lines: list[str] = []
        for flag in self.flags:
            why = str(getattr(flag, "why", ""))
            suggestion = str(getattr(flag, "suggestion", ""))
            quoted = _quote(text, flag)
            line = f"\u201c{quoted}\u201d: {why}" if quoted else why
            if suggestion:
                line += " " + tr("Maybe: {suggestion}").format(suggestion=suggestion)
            lines.append(line)
        for rule in self.rules:
            met = bool(getattr(rule, "met", False))
            title = str(getattr(rule, "title", ""))
            detail = str(getattr(rule, "why" if met else "tip", ""))
            mark = "\u2713" if met else "\u25cb"
            state = tr("done") if met else tr("not yet")
            lines.append(f"{mark} {title} ({state}). {detail}".strip())
        in_words = [f for f in self.flags if not getattr(f, "whole_message", False)]
        self.quiet.setText(tr("Nothing here that tends to start a fight.") if not in_words else "")
        self.quiet.setVisible(not in_words)
        self._set_lines(lines)

    def _set_lines(self, lines: list[str]) -> None:
        """Show ``lines`` in the note labels, reusing them: making new word-wrapped
        labels on every check cost far more than the check (tests/bench/
        bench_exercises_window.py)."""
        while len(self._labels) < len(lines):
            label = text_label(self.notes, name=f"step-{self.step.id}-note")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.notes_layout.addWidget(label)
            self._labels.append(label)
        for n, label in enumerate(self._labels):
            line = lines[n] if n < len(lines) else ""
            if label.text() != line:
                label.setText(line)
            label.setVisible(n < len(lines))

    def note_texts(self) -> list[str]:
        """What the notes under the field say now (for tests and screen readers)."""
        return [label.text() for label in self._labels if not label.isHidden()]


def _quote(text: str, flag: object) -> str:
    start, end = int(getattr(flag, "start", 0)), int(getattr(flag, "end", 0))
    if end <= start or getattr(flag, "whole_message", False):
        return ""
    words = text[start:end]
    return words if len(words) <= 60 else words[:57] + "\u2026"


def _fight_flags(text: str) -> list[object]:
    from app.communication.checker import check_message

    return list(check_message(text))


def _craft_rules(text: str) -> list[object]:
    from app.communication.craft import craft_check

    return list(craft_check(text))

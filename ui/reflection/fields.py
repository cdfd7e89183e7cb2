"""The pieces every reflection form is built from: a 0..10 score that may be left empty
(and, for the possible reasons, "not sure"), and one content item with its score and
a note."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.reflection.content import Item
from app.reflection.model import MAX_SCORE, Answer, Leaning, OptionAnswer
from ui.common.design import SPACE, TYPE
from ui.common.scale_slider import ScaleSlider
from ui.common.surfaces import scaled_font, text_label
from ui.reflection.words import hint, leaning_word, title, tr

NOTE_HEIGHT = 64


class NoteEdit(QPlainTextEdit):
    """A short plain-text note that grows no taller than a few lines (it scrolls)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(NOTE_HEIGHT)
        self.setPlaceholderText(tr("A note, if you like"))


class ScoreField(QWidget):
    """A 0..10 slider that is empty until touched, its value in words, and an optional
    "Not sure" (which leaves the slider aside)."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, unsure: bool = False) -> None:
        super().__init__(parent)
        self._answered = False
        self._loading = False
        self.slider = ScaleSlider(self)
        self.slider.setRange(0, MAX_SCORE)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(name)
        self.slider.setMinimumWidth(180)
        self.value_label = QLabel(self)
        self.value_label.setMinimumWidth(
            self.value_label.fontMetrics().horizontalAdvance("00 ") * 2
        )
        self.unsure: QCheckBox | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACE.s)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        if unsure:
            self.unsure = QCheckBox(tr("Not sure"), self)
            self.unsure.setAccessibleName(tr("Not sure: {item}").format(item=name))
            self.unsure.toggled.connect(self._unsure_toggled)
            row.addWidget(self.unsure)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderPressed.connect(self._moved)
        self._show()

    def _moved(self, *_args: object) -> None:
        if self._loading:
            return
        self._answered = True
        if self.unsure is not None and self.unsure.isChecked():
            with QSignalBlocker(self.unsure):
                self.unsure.setChecked(False)
        self._show()
        self.edited.emit()

    def _unsure_toggled(self, _on: bool) -> None:
        if self._loading:
            return
        self._show()
        self.edited.emit()

    def _show(self) -> None:
        unsure = self.unsure is not None and self.unsure.isChecked()
        if unsure:
            text = tr("not sure")
        elif self._answered:
            text = str(self.slider.value())
        else:
            text = "\u2014"
        self.value_label.setText(text)
        self.slider.setAccessibleDescription(tr("Not answered") if text == "\u2014" else text)

    def score(self) -> int | None:
        if self.unsure is not None and self.unsure.isChecked():
            return None
        return self.slider.value() if self._answered else None

    def is_unsure(self) -> bool:
        return self.unsure is not None and self.unsure.isChecked()

    def set_answer(self, score: int | None, unsure: bool = False) -> None:
        self._loading = True
        try:
            self._answered = score is not None
            self.slider.setValue(score if score is not None else 0)
            if self.unsure is not None:
                self.unsure.setChecked(unsure)
        finally:
            self._loading = False
        self._show()


class ItemRow(QWidget):
    """One reason or impact: its title and hint, a score and a note."""

    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None, *, unsure: bool) -> None:
        super().__init__(parent)
        self.item = item
        self.title = text_label(self, name=f"reflection-item-{item.id}")
        self.title.setText(title(item))
        self.title.setFont(scaled_font(self.title, TYPE.body, bold=True))
        self.hint = text_label(self, muted=True)
        self.hint.setText(hint(item))
        self.score = ScoreField(title(item), self, unsure=unsure)
        self.note = NoteEdit(tr("Note: {item}").format(item=title(item)), self)
        self.score.edited.connect(self.edited.emit)
        self.note.textChanged.connect(self.edited.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE.s)
        layout.setSpacing(SPACE.xs)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.score)
        layout.addWidget(self.note)

    def answer(self) -> Answer:
        return Answer(self.score.score(), self.score.is_unsure(), self.note.toPlainText())

    def set_answer(self, answer: Answer | None) -> None:
        answer = answer or Answer()
        self.score.set_answer(answer.score, answer.unsure)
        with QSignalBlocker(self.note):
            self.note.setPlainText(answer.note)

    def clear(self) -> None:
        self.set_answer(None)


class OptionRow(QWidget):
    """One option being weighed: its title and hint, a leaning and a note."""

    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.title = text_label(self, name=f"reflection-option-{item.id}")
        self.title.setText(title(item))
        self.title.setFont(scaled_font(self.title, TYPE.body, bold=True))
        self.hint = text_label(self, muted=True)
        self.hint.setText(hint(item))
        self.leaning = QComboBox(self)
        self.leaning.setAccessibleName(
            tr("How much I lean towards: {item}").format(item=title(item))
        )
        self.leaning.addItem(leaning_word(None), None)
        for value in Leaning:
            self.leaning.addItem(leaning_word(value), value.value)
        lean_label = QLabel(tr("Leaning"), self)
        lean_label.setBuddy(self.leaning)
        self.note = NoteEdit(tr("Note: {item}").format(item=title(item)), self)
        self.leaning.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.note.textChanged.connect(self.edited.emit)
        row = QHBoxLayout()
        row.addWidget(lean_label)
        row.addWidget(self.leaning)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE.s)
        layout.setSpacing(SPACE.xs)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def answer(self) -> OptionAnswer:
        data = self.leaning.currentData()
        return OptionAnswer(None if data is None else Leaning(data), self.note.toPlainText())

    def set_answer(self, answer: OptionAnswer | None) -> None:
        answer = answer or OptionAnswer()
        with QSignalBlocker(self.leaning), QSignalBlocker(self.note):
            index = self.leaning.findData(None if answer.leaning is None else answer.leaning.value)
            self.leaning.setCurrentIndex(max(0, index))
            self.note.setPlainText(answer.note)


def wrap_label(text: str, parent: QWidget, *, muted: bool = True) -> QLabel:
    label = text_label(parent, muted=muted)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label

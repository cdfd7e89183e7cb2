"""An exercise on screen: its title, where it is adapted from, why, then its steps.

Built from the run's own copy of the exercise (``Run.exercise``, from its snapshot), so
a run shows as it was written even after the exercise's content changed. A step whose
condition is not met is hidden (app/exercises/answers.py ``visible_steps``); its answer,
if it had one, is kept. ``answers_changed(answers)`` tells the page to save (autosave).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.exercises.model import Exercise, JsonValue
from ui.common.design import SPACE, TYPE
from ui.common.surfaces import PageHeader, centred_column, reading_width, scaled_font, text_label
from ui.exercises.steps import StepField, field_for


def tr(text: str) -> str:
    return QCoreApplication.translate("ExerciseRunner", text)


class StepBlock(QWidget):
    """One step: its prompt, a line of help, and its field."""

    def __init__(self, number: int, field: StepField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        step = field.step
        self.setObjectName(f"step-block-{step.id}")
        self.prompt = QLabel(f"{number}. {step.prompt}", self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setFont(scaled_font(self.prompt, TYPE.section_title))
        self.prompt.setBuddy(field.focus_widget())
        self.help = text_label(self, muted=True)
        self.help.setText(step.help)
        self.help.setVisible(bool(step.help))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.xs)
        layout.addWidget(self.prompt)
        layout.addWidget(self.help)
        layout.addWidget(field)


class ExerciseRunner(QWidget):
    answers_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercise-runner")
        self.exercise: Exercise | None = None
        self.blocks: dict[str, StepBlock] = {}
        self._answers: dict[str, JsonValue] = {}
        self.header = PageHeader("", self, name="exercise-header")
        self.adapted = text_label(self, muted=True, name="exercise-adapted")
        self.why = text_label(self, name="exercise-why")
        self.column = QVBoxLayout()
        self.column.setSpacing(SPACE.l)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.xl)
        inner.setSpacing(SPACE.m)
        inner.addWidget(self.header)
        inner.addWidget(self.adapted)
        inner.addWidget(self.why)
        inner.addLayout(self.column)
        inner.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(centred_column(body, reading_width(self) + 2 * SPACE.xl, holder))
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("exercise-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def show_exercise(self, exercise: Exercise, answers: dict[str, Any]) -> None:
        """Build the steps of ``exercise`` and fill in ``answers`` (nothing is saved)."""
        self.clear()
        self.exercise = exercise
        self._answers = dict(answers)
        self.header.set_title(exercise.title)
        self.adapted.setText(exercise.adapted_from)
        self.why.setText(exercise.why)
        for number, step in enumerate(exercise.steps, start=1):
            field = field_for(step, self)
            field.set_value(self._answers.get(step.id))
            field.changed.connect(lambda step_id=step.id: self._changed(step_id))
            block = StepBlock(number, field, self)
            self.blocks[step.id] = block
            self.column.addWidget(block)
        self._show_visible()

    def answers(self) -> dict[str, JsonValue]:
        return dict(self._answers)

    def first_field(self) -> QWidget | None:
        for block in self.blocks.values():
            if not block.isHidden():
                return block.field.focus_widget()
        return None

    def _changed(self, step_id: str) -> None:
        block = self.blocks.get(step_id)
        if block is None:
            return
        value = block.field.value()
        if value is None:
            self._answers.pop(step_id, None)
        else:
            self._answers[step_id] = value
        self._show_visible()
        self.answers_changed.emit(dict(self._answers))

    def _show_visible(self) -> None:
        from app.exercises.answers import visible_steps

        if self.exercise is None:
            return
        shown = {step.id for step in visible_steps(self.exercise, self._answers)}
        for step_id, block in self.blocks.items():
            block.setVisible(step_id in shown)

    def clear(self) -> None:
        for block in self.blocks.values():
            block.field.wipe()
            self.column.removeWidget(block)
            block.hide()
            block.deleteLater()
        self.blocks = {}
        self._answers = {}
        self.exercise = None
        self.header.set_title("")
        self.adapted.clear()
        self.why.clear()

"""An exercise on screen: its title, where it is adapted from, why, then its steps.

Built from the run's own copy of the exercise (``Run.exercise``, from its snapshot), so
a run shows as it was written even after the exercise's content changed. A step whose
condition is not met is hidden (app/exercises/answers.py ``visible_steps``); its answer,
if it had one, is kept. ``answers_changed(answers)`` tells the page to save (autosave).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.exercises.model import Exercise, JsonValue, Step
from ui.common.design import SPACE, TYPE
from ui.common.scrolling import keep_focus_in_view, scroll_area
from ui.common.surfaces import PageHeader, centred_column, reading_width, scaled_font, text_label
from ui.exercises.steps import StepInput, field_for

# Built before the exercise first shows (about a screenful), then so many per turn of
# the event loop until all are there.
FIRST_STEPS = 6
LATER_STEPS = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("ExerciseRunner", text)


class StepBlock(QWidget):
    """One step: its prompt, a line of help, and its field."""

    def __init__(self, number: int, field: StepInput, parent: QWidget | None = None) -> None:
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

    def set_number(self, number: int) -> None:
        self.prompt.setText(f"{number}. {self.field.step.prompt}")


class ExerciseRunner(QWidget):
    answers_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercise-runner")
        self.exercise: Exercise | None = None
        self._blocks: dict[str, StepBlock] = {}
        self._pending: list[tuple[int, Step]] = []  # steps still to build, numbered
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._build_rest_later)
        self._answers: dict[str, JsonValue] = {}
        self._read_only = False
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
        self.scroll = scroll_area(holder, self, name="exercise-scroll", sideways=True)
        keep_focus_in_view(self.scroll)  # the checker's notes come in after a pause
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def show_exercise(self, exercise: Exercise, answers: dict[str, Any]) -> None:
        """Build the steps of ``exercise`` and fill in ``answers`` (nothing is saved).

        The first ``FIRST_STEPS`` are built at once, so the exercise shows without
        waiting; the rest are built just after, a few at a time, from the event loop
        (a 30-step exercise took ~115 ms to build whole; tests/bench/
        bench_exercises_window.py). Anything that needs every step (``blocks``,
        ``answers`` does not) builds the rest first.
        """
        self.clear()
        self.exercise = exercise
        self._answers = dict(answers)
        self.header.set_title(exercise.title)
        self.adapted.setText(exercise.adapted_from)
        self.why.setText(exercise.why)
        self._pending = list(enumerate(exercise.steps, start=1))
        # Built out of sight, then shown at once: showing steps one by one in a
        # visible column lays it out again for each.
        holder = self.scroll.widget()
        holder.hide()
        try:
            self._build_some(FIRST_STEPS)
        finally:
            holder.show()
        if self._pending:
            self._later.start()

    @property
    def blocks(self) -> dict[str, StepBlock]:
        """Every step's block, in order (builds any not built yet)."""
        self._build_some(len(self._pending))
        return self._blocks

    def _build_rest_later(self) -> None:
        self._build_some(LATER_STEPS)
        if self._pending:
            self._later.start()

    def _build_some(self, count: int) -> None:
        if not self._pending or self.exercise is None:
            return
        batch, self._pending = self._pending[:count], self._pending[count:]
        for number, step in batch:
            field = field_for(step, self)
            field.set_value(self._answers.get(step.id))
            field.set_read_only(self._read_only)
            field.changed.connect(lambda step_id=step.id: self._changed(step_id))
            block = StepBlock(number, field, self)
            self._blocks[step.id] = block
            self.column.addWidget(block)
        self._show_visible()

    def set_read_only(self, read_only: bool) -> None:
        """Show the answers without letting them change (a finished run), or not."""
        self._read_only = read_only
        for block in self._blocks.values():
            block.field.set_read_only(read_only)

    def answers(self) -> dict[str, JsonValue]:
        return dict(self._answers)

    def first_field(self) -> QWidget | None:
        for block in self._blocks.values():
            if not block.isHidden():
                return block.field.focus_widget()
        return None

    def _changed(self, step_id: str) -> None:
        block = self._blocks.get(step_id)
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
        shown = [step.id for step in visible_steps(self.exercise, self._answers)]
        numbers = {step_id: number for number, step_id in enumerate(shown, start=1)}
        for step_id, block in self._blocks.items():
            block.setVisible(step_id in numbers)
            if step_id in numbers:
                block.set_number(numbers[step_id])  # hidden steps are not counted

    def clear(self) -> None:
        self._later.stop()
        self._pending = []
        self._read_only = False
        for block in self._blocks.values():
            block.field.wipe()
            self.column.removeWidget(block)
            block.hide()
            block.deleteLater()
        self._blocks = {}
        self._answers = {}
        self.exercise = None
        self.header.set_title("")
        self.adapted.clear()
        self.why.clear()

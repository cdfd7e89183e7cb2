"""One widget per step kind of an exercise (app/exercises/model.py), all alike outside.

Each answers the same three calls the runner needs: ``value()`` (the answer as stored:
app/exercises/model.py says which JSON value a kind has; None while unanswered),
``set_value(value)`` (without announcing it) and the ``changed`` signal (the person
changed the answer). Every control has an accessible name from the step's prompt.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.exercises.model import JsonValue, Step, StepKind
from ui.common.design import SPACE
from ui.common.scale_slider import ScaleSlider
from ui.common.surfaces import text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ExerciseSteps", text)


class StepField(QWidget):
    """The common outside of every step widget (see ``StepInput``)."""

    changed = Signal()

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step-{step.id}")

    def focus_widget(self) -> QWidget:
        """Where the keyboard goes when this step is reached."""
        return self

    def wipe(self) -> None:
        """Forget what is shown (the vault is locking)."""
        cast(StepInput, self).set_value(None)

    def set_read_only(self, read_only: bool) -> None:
        """A finished run is read, not changed, until it is opened again."""
        self.setEnabled(not read_only)


class StepInput(Protocol):
    """What the runner uses of a step's field; every field below answers it (the
    shared parts come from ``StepField``, ``value`` and ``set_value`` from each kind)."""

    step: Step
    changed: SignalInstance

    def value(self) -> JsonValue | None: ...
    def set_value(self, value: JsonValue | None) -> None: ...
    def focus_widget(self) -> QWidget: ...
    def wipe(self) -> None: ...
    def set_read_only(self, read_only: bool) -> None: ...


class TextField(StepField):
    """Free text over a few lines (``text``), and the base of the message draft."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"step-{step.id}-text")
        self.edit.setAccessibleName(step.prompt)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in any form
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def value(self) -> JsonValue | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: JsonValue | None) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setPlainText(value if isinstance(value, str) else "")

    def focus_widget(self) -> QWidget:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        # Read-only rather than disabled: the words stay selectable, in full contrast
        # and reachable by a screen reader.
        self.edit.setReadOnly(read_only)


class ListField(TextField):
    """Short items, one a line (``list``): a plain field is the quickest to type in and
    the easiest to read back with a screen reader."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.edit.setPlaceholderText(tr("One a line"))
        self.edit.setAccessibleDescription(tr("One item a line"))

    def value(self) -> JsonValue | None:
        items = [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]
        return items or None

    def set_value(self, value: JsonValue | None) -> None:
        lines = value if isinstance(value, list) else []
        with QSignalBlocker(self.edit):
            self.edit.setPlainText("\n".join(lines))


class ChoiceField(StepField):
    """One option (``single``, radio buttons) or any (``multi``, check boxes)."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        multi = step.kind is StepKind.MULTI
        # Radio buttons share a group (one Tab stop, arrows move between them); check
        # boxes do not: each is its own Tab stop, as in any form, or all but the first
        # could not be reached with the keyboard.
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QAbstractButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.xs)
        for option in step.options:
            button: QAbstractButton = (
                QCheckBox(option.label, self) if multi else QRadioButton(option.label, self)
            )
            button.setObjectName(f"step-{step.id}-{option.id}")
            button.setAccessibleName(option.label)
            button.setAccessibleDescription(step.prompt)
            if multi:
                button.toggled.connect(lambda _on: self.changed.emit())
            else:
                self.group.addButton(button)
            self.buttons[option.id] = button
            # As wide as its words: a click beside them would not tick it anyway.
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.group.buttonToggled.connect(lambda _button, _on: self.changed.emit())

    def value(self) -> JsonValue | None:
        chosen = [oid for oid, button in self.buttons.items() if button.isChecked()]
        if self.step.kind is StepKind.MULTI:
            return chosen or None
        return chosen[0] if chosen else None

    def set_value(self, value: JsonValue | None) -> None:
        wanted = (
            set(value) if isinstance(value, list) else {value} if isinstance(value, str) else set()
        )
        with QSignalBlocker(self.group):
            self.group.setExclusive(False)  # so that nothing can be chosen again
            for oid, button in self.buttons.items():
                with QSignalBlocker(button):
                    button.setChecked(oid in wanted)
            self.group.setExclusive(True)

    def focus_widget(self) -> QWidget:
        return next(iter(self.buttons.values()), self)


class YesNoField(StepField):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.yes = QRadioButton(tr("Yes"), self)
        self.no = QRadioButton(tr("No"), self)
        for button, name in ((self.yes, "yes"), (self.no, "no")):
            button.setObjectName(f"step-{step.id}-{name}")
            button.setAccessibleDescription(step.prompt)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonToggled.connect(lambda _button, _on: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)

    def value(self) -> JsonValue | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: JsonValue | None) -> None:
        with QSignalBlocker(self.group):
            self.group.setExclusive(False)
            for button in (self.yes, self.no):
                with QSignalBlocker(button):
                    button.setChecked(False)
            self.group.setExclusive(True)
            if value is True:
                with QSignalBlocker(self.yes):
                    self.yes.setChecked(True)
            elif value is False:
                with QSignalBlocker(self.no):
                    self.no.setChecked(True)

    def focus_widget(self) -> QWidget:
        return self.yes


class ScaleField(StepField):
    """A whole number on a scale, with its ends named; unanswered until moved."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self._answered = False
        self.slider = ScaleSlider(self)
        self.slider.setObjectName(f"step-{step.id}-scale")
        self.slider.setRange(step.minimum, step.maximum)
        self.slider.setTickPosition(ScaleSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(step.prompt)
        self.number = QLabel("\u2013", self)  # a dash until answered
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("10") + 8)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        low = text_label(self, muted=True)
        low.setText(step.low_label or str(step.minimum))
        low.setWordWrap(False)
        high = text_label(self, muted=True)
        high.setText(step.high_label or str(step.maximum))
        high.setWordWrap(False)
        self.slider.valueChanged.connect(self._moved)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.s)
        layout.addWidget(low)
        layout.addWidget(self.slider, 1)
        layout.addWidget(high)
        layout.addWidget(self.number)

    def _moved(self, value: int) -> None:
        self._answered = True
        self.number.setText(str(value))
        self.slider.setAccessibleDescription(
            tr("{value} out of {maximum}").format(value=value, maximum=self.step.maximum)
        )
        self.changed.emit()

    def value(self) -> JsonValue | None:
        return self.slider.value() if self._answered else None

    def set_value(self, value: JsonValue | None) -> None:
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.step.minimum if number is None else number)
        self._answered = number is not None
        self.number.setText("\u2013" if number is None else str(number))

    def focus_widget(self) -> QWidget:
        return self.slider


def field_for(step: Step, parent: QWidget | None = None) -> StepInput:
    """The widget for ``step``'s kind (a message draft gets the live checker)."""
    if step.kind is StepKind.MESSAGE:
        from ui.exercises.message_field import MessageField

        return MessageField(step, parent)
    if step.kind is StepKind.LIST:
        return ListField(step, parent)
    if step.kind in (StepKind.SINGLE, StepKind.MULTI):
        return ChoiceField(step, parent)
    if step.kind is StepKind.YESNO:
        return YesNoField(step, parent)
    if step.kind is StepKind.SCALE:
        return ScaleField(step, parent)
    return TextField(step, parent)

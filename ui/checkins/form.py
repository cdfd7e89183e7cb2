"""The fields of one day's check-in: three 0-10 scales, HALT, sleep and a one-line note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QWidget,
)

from ui.common.scale_slider import ScaleSlider, wheel_only_when_focused
from ui.common.sensitive import wipe_line_edit
from ui.common.theme import set_role


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinForm", text)


MAX_NOTE_CHARS = 280
MAX_SLEEP_HOURS = 24.0
# Where "hours slept" lands when someone steps up from "not recorded": a typical
# night, so a few clicks reach the real figure instead of fourteen.
SLEEP_STEP_START = 7.0
_NOT_RECORDED = -0.5  # the spin box minimum, shown as "not recorded"
CHECK_MARK = "\u2713 "


@dataclass(frozen=True)
class CheckinValues:
    """What the form holds, without the day. The defaults are what a new day shows."""

    mood: int = 5
    stress: int = 5
    craving: int = 0
    hungry: bool = False
    angry: bool = False
    lonely: bool = False
    tired: bool = False
    sleep_hours: float | None = None
    note: str = ""


class CheckInFields(Protocol):
    """Anything with a check-in's fields (``app.journal.model.CheckIn`` fits)."""

    @property
    def mood(self) -> int: ...
    @property
    def stress(self) -> int: ...
    @property
    def craving(self) -> int: ...
    @property
    def hungry(self) -> bool: ...
    @property
    def angry(self) -> bool: ...
    @property
    def lonely(self) -> bool: ...
    @property
    def tired(self) -> bool: ...
    @property
    def sleep_hours(self) -> float | None: ...
    @property
    def note(self) -> str: ...


def style_as_toggle(button: QPushButton, widest_text: str) -> None:
    """Make a checkable button's "on" state stand out in every theme.

    Its look is the "choice" role of the application style sheet (the accent colour
    when checked), so a theme switch restyles it. The size is fixed from the plain
    button, so switching state never moves anything.
    """
    set_role(button, "choice")
    hint = button.sizeHint()
    width = button.fontMetrics().horizontalAdvance(widest_text.replace("&", "")) + 28
    button.setFixedHeight(hint.height())
    button.setMinimumWidth(max(hint.width(), width))


class _FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto the next line when narrow."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items) + self._gap * max(
            0, len(self._items) - 1
        )
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class SleepSpinBox(QDoubleSpinBox):
    """Hours slept, 0 to 24 in half hours, with "not recorded" below zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(_NOT_RECORDED, MAX_SLEEP_HOURS)
        self.setSingleStep(0.5)
        self.setDecimals(1)
        self.setSpecialValueText(tr("not recorded"))
        self.setSuffix(tr(" hours"))
        self.setValue(_NOT_RECORDED)
        # Not WheelFocus: the wheel would focus it on the way past, then change it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def hours(self) -> float | None:
        value = self.value()
        return None if value < 0 else value

    def set_hours(self, hours: float | None) -> None:
        self.setValue(_NOT_RECORDED if hours is None else max(0.0, min(MAX_SLEEP_HOURS, hours)))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if wheel_only_when_focused(self, event):
            super().wheelEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.hours() is None and steps > 0:
            self.setValue(SLEEP_STEP_START)
            self.selectAll()
            return
        super().stepBy(steps)


class CheckinForm(QWidget):
    """Mood, stress, craving, HALT, sleep and note. ``edited`` fires on every change
    made by the person (not on :meth:`set_values`)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Check-in"))
        self.value_labels: dict[QSlider, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(2, 1)

        self.mood = self._scale(grid, 0, tr("&Mood"), tr("Mood"), tr("How is your mood?"))
        self.stress = self._scale(
            grid, 1, tr("&Stress"), tr("Stress"), tr("How stressed do you feel?")
        )
        self.craving = self._scale(
            grid,
            2,
            tr("&Craving or urge"),
            tr("Craving or urge"),
            tr("How strong is any craving or urge to use?"),
        )

        # HALT: four toggles and one plain line about what they are for.
        halt_label = QLabel(tr("HALT"), self)
        self.hungry = self._toggle(tr("&Hungry"), tr("Hungry"))
        self.angry = self._toggle(tr("&Angry"), tr("Angry"))
        self.lonely = self._toggle(tr("&Lonely"), tr("Lonely"))
        self.tired = self._toggle(tr("&Tired"), tr("Tired"))
        toggles = _FlowLayout(spacing=6)
        for button in self.halt_buttons():
            toggles.addWidget(button)
        self.halt_help = QLabel(
            tr(
                "Being hungry, angry, lonely or tired makes hard moments harder. Mark any that fit."
            ),
            self,
        )
        self.halt_help.setWordWrap(True)
        self.halt_help.setTextFormat(Qt.TextFormat.PlainText)
        for button in self.halt_buttons():
            button.setAccessibleDescription(self.halt_help.text())
        grid.addWidget(halt_label, 3, 0)
        grid.addLayout(toggles, 3, 1, 1, 4)
        grid.addWidget(self.halt_help, 4, 1, 1, 4)

        # Sleep.
        self.sleep = SleepSpinBox(self)
        self.sleep.setAccessibleName(tr("Hours slept"))
        self.sleep.setAccessibleDescription(
            tr("Optional. Leave at \u201cnot recorded\u201d to skip.")
        )
        self.sleep.setToolTip(tr("Optional"))
        self.sleep.setMinimumWidth(self.sleep.fontMetrics().horizontalAdvance("not recorded") + 60)
        self.sleep.valueChanged.connect(self._changed)
        sleep_label = QLabel(tr("Hours sl&ept"), self)
        sleep_label.setBuddy(self.sleep)
        sleep_row = QHBoxLayout()
        sleep_row.addWidget(self.sleep)
        sleep_row.addStretch(1)
        grid.addWidget(sleep_label, 5, 0)
        grid.addLayout(sleep_row, 5, 1, 1, 4)

        # Note.
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setPlaceholderText(tr("One line about today (optional)"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setAccessibleDescription(
            tr("Optional, one line, up to {count} characters.").format(count=MAX_NOTE_CHARS)
        )
        self.note.textEdited.connect(self._changed)
        self.note.textChanged.connect(self._update_count)
        self.note_count = QLabel(self)
        self.note_count.setAccessibleName(tr("Characters left"))
        note_label = QLabel(tr("&Note"), self)
        note_label.setBuddy(self.note)
        grid.addWidget(note_label, 6, 0)
        grid.addWidget(self.note, 6, 1, 1, 3)
        grid.addWidget(self.note_count, 6, 4)
        self._update_count("")

    # ----- building --------------------------------------------------------------------

    def _scale(
        self, grid: QGridLayout, row: int, label_text: str, name: str, question: str
    ) -> QSlider:
        slider = ScaleSlider(self)
        slider.setRange(0, 10)
        slider.setSingleStep(1)
        slider.setPageStep(2)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setMinimumWidth(120)
        slider.setAccessibleName(name)
        slider.setAccessibleDescription(
            tr("{question} 0 is low, 10 is high.").format(question=question)
        )
        slider.setToolTip(question)
        label = QLabel(label_text, self)
        label.setBuddy(slider)
        low = QLabel(tr("low"), self)
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        high = QLabel(tr("high"), self)
        value = QLabel(self)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("10") + 8)
        font = value.font()
        font.setBold(True)
        value.setFont(font)
        # The slider itself reports its value to screen readers; the number is for eyes.
        value.setAccessibleName(tr("{name} value").format(name=name))

        def show(number: int) -> None:
            value.setText(str(number))

        slider.valueChanged.connect(show)
        slider.valueChanged.connect(self._changed)
        show(slider.value())
        self.value_labels[slider] = value
        grid.addWidget(label, row, 0)
        grid.addWidget(low, row, 1)
        grid.addWidget(slider, row, 2)
        grid.addWidget(high, row, 3)
        grid.addWidget(value, row, 4)
        return slider

    def _toggle(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setAccessibleName(name)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # A tick as well as the colour, so "on" doesn't rest on colour alone; the width
        # leaves room for it, so the row doesn't jump.
        style_as_toggle(button, CHECK_MARK + text)

        button.setProperty("plain_text", text)
        button.toggled.connect(lambda _on: self._show_toggle_state(button))
        button.toggled.connect(self._changed)
        return button

    @staticmethod
    def _show_toggle_state(button: QPushButton) -> None:
        text = str(button.property("plain_text"))
        button.setText(CHECK_MARK + text if button.isChecked() else text)

    def halt_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton, QPushButton]:
        return (self.hungry, self.angry, self.lonely, self.tired)

    # ----- values ----------------------------------------------------------------------

    def values(self) -> CheckinValues:
        """What the form shows now (the note tidied onto one line)."""
        note = " ".join(self.note.text().split())
        return CheckinValues(
            mood=self.mood.value(),
            stress=self.stress.value(),
            craving=self.craving.value(),
            hungry=self.hungry.isChecked(),
            angry=self.angry.isChecked(),
            lonely=self.lonely.isChecked(),
            tired=self.tired.isChecked(),
            sleep_hours=self.sleep.hours(),
            note=note,
        )

    def set_values(self, values: CheckInFields | None) -> None:
        """Show ``values`` (a check-in or :class:`CheckinValues`); None shows a new day."""
        shown: CheckInFields = values if values is not None else CheckinValues()
        blockers = [QSignalBlocker(w) for w in self._inputs()]
        try:
            self.mood.setValue(shown.mood)
            self.stress.setValue(shown.stress)
            self.craving.setValue(shown.craving)
            self.hungry.setChecked(shown.hungry)
            self.angry.setChecked(shown.angry)
            self.lonely.setChecked(shown.lonely)
            self.tired.setChecked(shown.tired)
            self.sleep.set_hours(shown.sleep_hours)
            # setText empties the undo history too: an earlier day's note can't come back.
            self.note.setText(shown.note)
        finally:
            del blockers
        # The value labels and the counter listen to signals that were blocked above.
        self._refresh_value_labels()
        for button in self.halt_buttons():
            self._show_toggle_state(button)
        self._update_count(self.note.text())

    def clear(self) -> None:
        """Back to a new day's values; nothing typed stays behind (on lock)."""
        self.set_values(None)
        wipe_line_edit(self.note)

    # ----- helpers ---------------------------------------------------------------------

    def _inputs(self) -> list[QWidget]:
        return [self.mood, self.stress, self.craving, *self.halt_buttons(), self.sleep, self.note]

    def _refresh_value_labels(self) -> None:
        for slider, label in self.value_labels.items():
            label.setText(str(slider.value()))

    def _changed(self, *_args: object) -> None:
        self.edited.emit()

    def _update_count(self, text: str) -> None:
        left = MAX_NOTE_CHARS - len(text)
        # Only worth showing when the end is near.
        self.note_count.setText(str(left) if left <= 40 else "")
        self.note_count.setToolTip(tr("{count} characters left").format(count=left))

"""How I felt, if I want to say: a "Say how I felt" box that turns on a 0 to 10 scale,
with the value beside it and what the ends mean under it (the boundary moment and the
invitation attempt dialogs).

Nothing is said until the box is ticked: ``value()`` is None until then, so a feeling
is never stored by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.common.scale_slider import ScaleSlider
from ui.common.surfaces import text_label

MAX_FEELING = 10
DEFAULT_FEELING = 5


def tr(text: str) -> str:
    return QCoreApplication.translate("FeelingField", text)


class FeelingField(QWidget):
    """``has_feeling`` (the box), ``scale`` (0..10, off until ticked) and ``value_label``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has_feeling = QCheckBox(tr("&Say how I felt"), self)
        self.has_feeling.setAccessibleName(tr("Say how I felt, from 0 to 10"))
        self.scale = ScaleSlider(self)
        self.scale.setRange(0, MAX_FEELING)
        self.scale.setPageStep(1)
        self.scale.setValue(DEFAULT_FEELING)
        self.scale.setTickPosition(ScaleSlider.TickPosition.TicksBelow)
        self.scale.setAccessibleName(tr("How I felt, 0 (very low) to 10 (very good)"))
        self.scale.setEnabled(False)
        self.value_label = QLabel(self)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setMinimumWidth(
            self.value_label.fontMetrics().horizontalAdvance(tr("{n} / 10").format(n=10))
        )
        self.scale.valueChanged.connect(self._show_value)
        self.has_feeling.toggled.connect(self._toggled)

        low = text_label(self, muted=True)
        low.setText(tr("0 very low"))
        high = text_label(self, muted=True)
        high.setText(tr("10 very good"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends = QHBoxLayout()
        ends.addWidget(low)
        ends.addWidget(high)
        row = QHBoxLayout()
        row.addWidget(self.scale, 1)
        row.addWidget(self.value_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.has_feeling)
        layout.addLayout(row)
        layout.addLayout(ends)
        self._show_value(self.scale.value())

    def value(self) -> int | None:
        return self.scale.value() if self.has_feeling.isChecked() else None

    def set_value(self, value: int | None) -> None:
        """Tick the box and show ``value``, or untick it (None)."""
        self.has_feeling.setChecked(value is not None)
        if value is not None:
            self.scale.setValue(value)
        self._show_value(self.scale.value())

    def _toggled(self, on: bool) -> None:
        self.scale.setEnabled(on)
        self._show_value(self.scale.value())

    def _show_value(self, value: int) -> None:
        self.value_label.setText(
            tr("{n} / 10").format(n=value) if self.has_feeling.isChecked() else ""
        )

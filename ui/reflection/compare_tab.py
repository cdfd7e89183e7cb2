"""Two reflections side by side (by default the latest and the one before), so change
over months shows: each reason and impact with both answers and both notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reflection.content import bundled
from app.reflection.model import Answer, Reflection
from ui.common.design import SPACE
from ui.common.surfaces import text_label
from ui.reflection import jobs
from ui.reflection.words import day_text, shown, title, tr

if TYPE_CHECKING:
    from app.reflection.repository import ReflectionSummary
    from ui.reflection.page import ReflectionPage

NOTE_CHARS = 400


def answer_text(answer: Answer | None) -> str:
    """ "7 of 10", "not sure" or "—", with the note under it."""
    if answer is None:
        return "\u2014"
    if answer.unsure:
        head = tr("not sure")
    elif answer.score is None:
        head = "\u2014"
    else:
        head = tr("{n} of 10").format(n=answer.score)
    note = answer.note.strip()
    return head if not note else f"{head}\n{shown(note, NOTE_CHARS)}"


class CompareTab(QWidget):
    def __init__(self, page: ReflectionPage) -> None:
        super().__init__(page)
        self.page = page
        self.earlier = QComboBox(self)
        self.earlier.setAccessibleName(tr("Earlier reflection to compare"))
        self.later = QComboBox(self)
        self.later.setAccessibleName(tr("Later reflection to compare"))
        earlier_label = QLabel(tr("&Compare"), self)
        earlier_label.setBuddy(self.earlier)
        later_label = QLabel(tr("with"), self)
        later_label.setBuddy(self.later)
        for combo in (self.earlier, self.later):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        row = QHBoxLayout()
        row.addWidget(earlier_label)
        row.addWidget(self.earlier)
        row.addWidget(later_label)
        row.addWidget(self.later)
        row.addStretch(1)
        self.empty = text_label(self, muted=True)
        self.empty.setText(tr("Once you have two reflections, they show here side by side."))
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(tr("Two reflections side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE.s, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._sequence = 0

    def show_summaries(self, summaries: list[ReflectionSummary]) -> None:
        """Fill both choices; keep what was chosen, else the latest and the one before."""
        chosen = (self.earlier.currentData(), self.later.currentData())
        with QSignalBlocker(self.earlier), QSignalBlocker(self.later):
            for combo in (self.earlier, self.later):
                combo.clear()
                for summary in summaries:
                    combo.addItem(day_text(summary.day), summary.id)
            ids = [s.id for s in summaries]
            if chosen[0] != chosen[1] and chosen[0] in ids and chosen[1] in ids:
                self.earlier.setCurrentIndex(ids.index(chosen[0]))
                self.later.setCurrentIndex(ids.index(chosen[1]))
            elif len(ids) > 1:
                self.earlier.setCurrentIndex(1)
                self.later.setCurrentIndex(0)
        enough = len(summaries) > 1
        self.empty.setVisible(not enough)
        self.table.setVisible(enough)
        self.earlier.setEnabled(enough)
        self.later.setEnabled(enough)
        if enough:
            self.load()
        else:
            self.table.setRowCount(0)

    def load(self) -> None:
        first, second = self.earlier.currentData(), self.later.currentData()
        if first is None or second is None or self.page.closed:
            return
        self._sequence += 1
        sequence = self._sequence

        def done(found: tuple[Reflection, Reflection]) -> None:
            if sequence == self._sequence and not self.page.closed:
                self.show_pair(*found)

        self.page.session.submit(jobs.pair(int(first), int(second)), done, self.page.failed)

    def show_pair(self, earlier: Reflection, later: Reflection) -> None:
        content = bundled()
        self.table.setHorizontalHeaderLabels(
            [tr("Possibility or impact"), day_text(earlier.day), day_text(later.day)]
        )
        rows: list[tuple[str, str, str, bool]] = []
        for section, kind, items in (
            (tr("Why they might be saying no"), "reasons", content.reasons),
            (tr("What it does to me"), "impacts", content.impacts),
        ):
            rows.append((section, "", "", True))
            for item in items:
                rows.append(
                    (
                        title(item),
                        answer_text(getattr(earlier, kind).get(item.id)),
                        answer_text(getattr(later, kind).get(item.id)),
                        False,
                    )
                )
        self.table.setRowCount(len(rows))
        for n, (name, a, b, heading) in enumerate(rows):
            for column, text in enumerate((name, a, b)):
                cell = QTableWidgetItem(text)
                if heading:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(n, column, cell)
        self.table.resizeRowsToContents()

    def rows_text(self) -> list[tuple[str, ...]]:
        return [
            tuple("" if (cell := self.table.item(r, c)) is None else cell.text() for c in range(3))
            for r in range(self.table.rowCount())
        ]

    def wipe(self) -> None:
        self.table.setRowCount(0)
        self.earlier.clear()
        self.later.clear()

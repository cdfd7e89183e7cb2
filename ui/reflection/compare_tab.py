"""Two reflections side by side (by default the latest and the one before), so change
over months shows: each reason and impact with both answers and both notes, and on
each line that differs, what changed in words (``app.reflection.compare``). With fewer
than two reflections it says what it is for and offers to start one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reflection.compare import Change, change
from app.reflection.content import bundled
from app.reflection.model import Answer, Reflection
from ui.common.design import SPACE, TYPE
from ui.common.surfaces import scaled_font, text_label
from ui.common.theme import set_role
from ui.reflection import jobs
from ui.reflection.fields import wrap_label
from ui.reflection.words import change_word, day_text, shown, title, tr

if TYPE_CHECKING:
    from app.reflection.repository import ReflectionSummary
    from ui.reflection.page import ReflectionPage

NOTE_CHARS = 400
# The table's columns: the item, the earlier answer, the later one, what changed.
COLUMNS = ("item", "earlier", "later", "change")


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
        self.chooser = QWidget(self)
        self.earlier = QComboBox(self.chooser)
        self.earlier.setAccessibleName(tr("Earlier reflection to compare"))
        self.later = QComboBox(self.chooser)
        self.later.setAccessibleName(tr("Later reflection to compare"))
        earlier_label = QLabel(tr("&Compare"), self.chooser)
        earlier_label.setBuddy(self.earlier)
        later_label = QLabel(tr("wi&th"), self.chooser)
        later_label.setBuddy(self.later)
        for combo in (self.earlier, self.later):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        row = QHBoxLayout(self.chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(earlier_label)
        row.addWidget(self.earlier)
        row.addWidget(later_label)
        row.addWidget(self.later)
        row.addSpacing(SPACE.m)
        self.summary = text_label(self.chooser, muted=True, name="reflection-compare-summary")
        row.addWidget(self.summary, 1)

        # With fewer than two reflections: what this view is for, and the first step.
        self.empty_box = QWidget(self)
        self.empty = wrap_label("", self.empty_box, muted=False)
        self.empty.setObjectName("reflection-compare-empty")
        self.start_button = QPushButton(tr("Start a new &reflection"), self.empty_box)
        self.start_button.setAccessibleName(tr("Start a new reflection for today"))
        set_role(self.start_button, "primary")
        self.start_button.clicked.connect(self.page.start_reflection)
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, SPACE.s, 0, 0)
        empty_layout.setSpacing(SPACE.m)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.empty_box.setMaximumWidth(720)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(tr("Two reflections side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Each row as tall as its text at the columns' current widths (measured again
        # whenever they change), never a height worked out at some earlier width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE.s, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.empty_box, 1)
        layout.addWidget(self.table, 1)
        self._sequence = 0
        self.show_summaries([])

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
        if not summaries:
            self.empty.setText(
                tr(
                    "Here two of your reflections sit side by side, with what changed "
                    "marked on each line, so you can see how things shift over the months. "
                    "Start with one today; in a few weeks, another will show here beside it."
                )
            )
        else:
            self.empty.setText(
                tr(
                    "You have one reflection so far. Write another in a few weeks, or "
                    "whenever things feel different, and the two will show here side by "
                    "side, with what changed marked on each line."
                )
            )
        self.empty_box.setVisible(not enough)
        self.chooser.setVisible(enough)
        self.table.setVisible(enough)
        if enough:
            self.load()
        else:
            self.table.setRowCount(0)
            self.summary.clear()

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
            [
                tr("Possibility or impact"),
                day_text(earlier.day),
                day_text(later.day),
                tr("What changed"),
            ]
        )
        self.table.clearSpans()
        rows: list[tuple[str, str, str, str] | str] = []
        changed = total = 0
        for section, kind, items in (
            (tr("Why they might be saying no"), "reasons", content.reasons),
            (tr("What it does to me"), "impacts", content.impacts),
        ):
            rows.append(section)
            for item in items:
                before, after = (
                    getattr(earlier, kind).get(item.id),
                    getattr(later, kind).get(item.id),
                )
                what = change(before, after)
                total += 1
                changed += what is not Change.SAME
                rows.append(
                    (title(item), answer_text(before), answer_text(after), change_word(what))
                )
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            if isinstance(row, str):
                cell = QTableWidgetItem(row)
                cell.setFont(scaled_font(self.table, TYPE.body, bold=True))
                self.table.setItem(n, 0, cell)
                for column in range(1, len(COLUMNS)):
                    self.table.setItem(n, column, QTableWidgetItem(""))
                self.table.setSpan(n, 0, 1, len(COLUMNS))
                continue
            for column, text in enumerate(row):
                cell = QTableWidgetItem(text)
                if column == len(COLUMNS) - 1 and text:
                    cell.setFont(scaled_font(self.table, TYPE.body, bold=True))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(n, column, cell)
        if changed:
            self.summary.setText(
                tr("{n} of {total} answers differ between these two.").format(
                    n=changed, total=total
                )
            )
        else:
            self.summary.setText(tr("Every answer is the same in these two."))

    def rows_text(self) -> list[tuple[str, ...]]:
        return [
            tuple(
                "" if (cell := self.table.item(r, c)) is None else cell.text()
                for c in range(len(COLUMNS))
            )
            for r in range(self.table.rowCount())
        ]

    def wipe(self) -> None:
        self.table.setRowCount(0)
        self.earlier.clear()
        self.later.clear()
        self.summary.clear()

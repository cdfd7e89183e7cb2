"""The "why might they be saying no, and what it does to me" tab: the dated reflections
on the left, the chosen one on the right, saving as the person goes
(``ui/common/autosave.py``). A new reflection is kept once something is answered."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reflection.content import bundled
from app.reflection.model import Reflection, ReflectionDraft
from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.design import SPACE
from ui.common.messages import Tone
from ui.common.scrolling import scroll_area
from ui.common.surfaces import text_label
from ui.common.theme import set_role
from ui.reflection import jobs
from ui.reflection.fields import ItemRow, wrap_label
from ui.reflection.words import day_text, pydate, qdate, tr

if TYPE_CHECKING:
    from app.reflection.repository import ReflectionSummary
    from ui.reflection.page import ReflectionPage

ID_ROLE = Qt.ItemDataRole.UserRole


class ReasonsTab(QWidget):
    def __init__(self, page: ReflectionPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self._current_id: int | None = None
        self._creating = False
        self._loading = False
        self.autosave = Autosave(
            self._store, self, new_text=tr("A new reflection. It saves as you go.")
        )
        content = bundled()

        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("My reflections, newest first"))
        self.list.itemSelectionChanged.connect(self._chosen)
        self.new_button = QPushButton(tr("&New reflection"), self)
        self.new_button.setAccessibleName(tr("Start a new reflection for today"))
        set_role(self.new_button, "primary")
        self.new_button.clicked.connect(lambda: self.open_reflection(None))
        self.delete_button = QPushButton(tr("&Delete"), self)
        self.delete_button.setAccessibleName(tr("Delete the chosen reflection"))
        self.delete_button.setToolTip(tr("Delete the chosen reflection (you can undo it)"))
        self.delete_button.clicked.connect(self.delete_current)
        # With none yet, what this tab is for stands where the list will be.
        self.list_empty = wrap_label(
            tr(
                "No reflections yet. This is where you think through why your partner "
                "might be saying no, and what it does to you. Answer as much or as little "
                "as you like on the right: it saves by itself, dated today. Each one is "
                "kept, so over the months you can see how things shift."
            ),
            self,
            muted=False,
        )
        self.list_empty.setObjectName("reflection-list-empty")
        left = QVBoxLayout()
        left.addWidget(self.new_button)
        left.addWidget(self.list, 1)
        left.addWidget(self.list_empty)
        left.addStretch(0)
        left.addWidget(self.delete_button)

        form = QWidget(self)
        self.day = QDateEdit(form)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(tr("ddd d MMM yyyy"))
        self.day.setAccessibleName(tr("Date of this reflection"))
        self.day.dateChanged.connect(lambda _d: self._edited())
        day_label = QLabel(tr("D&ate"), form)
        day_label.setBuddy(self.day)
        day_row = QHBoxLayout()
        day_row.addWidget(day_label)
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        self.status = SaveStateLabel(self.autosave, form)

        why = text_label(form, name="reflection-why-title")
        why.setText(tr("Why might they be saying no?"))
        set_role(why, "section-title")
        why_more = wrap_label(
            tr(
                "These are possibilities, not a verdict on your partner: nobody can know "
                "another person's reasons for sure. How much does each seem to fit, from 0 "
                "(not at all) to 10 (very much)? \u201cNot sure\u201d is a fine answer."
            ),
            form,
        )
        self.reason_rows = [ItemRow(item, form, unsure=True) for item in content.reasons]
        impact = text_label(form, name="reflection-impact-title")
        impact.setText(tr("What it does to me"))
        set_role(impact, "section-title")
        impact_more = wrap_label(
            tr("How much each weighs on you just now, from 0 (not at all) to 10 (a great deal)."),
            form,
        )
        self.impact_rows = [ItemRow(item, form, unsure=False) for item in content.impacts]
        column = QVBoxLayout(form)
        column.setSpacing(SPACE.s)
        column.addLayout(day_row)
        column.addWidget(self.status)
        column.addSpacing(SPACE.s)
        column.addWidget(why)
        column.addWidget(why_more)
        for row in self.reason_rows:
            row.edited.connect(self._edited)
            column.addWidget(row)
        column.addSpacing(SPACE.m)
        column.addWidget(impact)
        column.addWidget(impact_more)
        for row in self.impact_rows:
            row.edited.connect(self._edited)
            column.addWidget(row)
        column.addStretch(1)
        form.setMaximumWidth(720)
        self.scroll_area = scroll_area(form, self, sideways=True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, SPACE.s, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.scroll_area, 3)
        self._blank(date.today())

    # ----- list -------------------------------------------------------------------------

    def show_summaries(self, summaries: list[ReflectionSummary]) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for summary in summaries:
                item = QListWidgetItem(day_text(summary.day))
                item.setData(ID_ROLE, summary.id)
                self.list.addItem(item)
                if summary.id == self._current_id:
                    self.list.setCurrentItem(item)
        self.list_empty.setVisible(not summaries)
        self.list.setVisible(bool(summaries))
        self.delete_button.setVisible(bool(summaries))
        self.delete_button.setEnabled(self._current_id is not None)

    def _chosen(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return
        reflection_id = int(item.data(ID_ROLE))
        if reflection_id == self._current_id:
            return
        self.autosave.flush()

        def done(found: Reflection) -> None:
            if not self.page.closed:
                self.show_reflection(found)

        self.session.submit(jobs.reflection(reflection_id), done, self.page.failed)

    # ----- the form ---------------------------------------------------------------------

    def _blank(self, today: date) -> None:
        self._loading = True
        try:
            self.day.setMaximumDate(qdate(today).addDays(1))
            self.day.setDate(qdate(today))
            for row in self.reason_rows + self.impact_rows:
                row.clear()
        finally:
            self._loading = False

    def open_reflection(self, reflection: Reflection | None) -> None:
        """Show ``reflection``, or a blank one dated today (None)."""
        self.autosave.flush()
        if reflection is None:
            self._current_id = None
            self._blank(self.page.today())
            with QSignalBlocker(self.list):
                self.list.clearSelection()
            self.autosave.reset(SaveState.NEW)
            self.delete_button.setEnabled(False)
            self.reason_rows[0].score.slider.setFocus()
            return
        self.show_reflection(reflection)

    def show_reflection(self, reflection: Reflection) -> None:
        self._current_id = reflection.id
        self._loading = True
        try:
            self.day.setMaximumDate(qdate(self.page.today()).addDays(1))
            self.day.setDate(qdate(reflection.day))
            for row in self.reason_rows:
                row.set_answer(reflection.reasons.get(row.item.id))
            for row in self.impact_rows:
                row.set_answer(reflection.impacts.get(row.item.id))
        finally:
            self._loading = False
        self.autosave.reset(SaveState.SAVED)
        self.delete_button.setEnabled(True)
        with QSignalBlocker(self.list):
            for n in range(self.list.count()):
                if self.list.item(n).data(ID_ROLE) == reflection.id:
                    self.list.setCurrentRow(n)

    def draft(self) -> ReflectionDraft:
        return ReflectionDraft(
            day=pydate(self.day.date()),
            reasons={row.item.id: row.answer() for row in self.reason_rows},
            impacts={row.item.id: row.answer() for row in self.impact_rows},
        )

    def has_answers(self) -> bool:
        return any(not row.answer().is_empty() for row in self.reason_rows + self.impact_rows)

    def _edited(self) -> None:
        if not self._loading and not self.page.closed:
            self.autosave.changed()

    def _store(self) -> None:
        if self.page.closed or self._creating:
            return  # saved once the reflection exists (see _created)
        reflection_id = self._current_id
        if reflection_id is None and not self.has_answers():
            self.autosave.discard(SaveState.NEW)
            return
        draft = self.draft()

        def created(stored: Reflection) -> None:
            self._creating = False
            if not self.page.closed:
                self._current_id = stored.id
                self.delete_button.setEnabled(True)
                if self.autosave.has_unsaved_changes():
                    self.autosave.flush()

        def not_created() -> None:
            self._creating = False

        problem = tr("Your reflection couldn't be saved yet: {reason}")
        if reflection_id is None:
            self._creating = True
            self.page.store(
                self.autosave,
                jobs.create(draft),
                problem,
                stored=created,
                not_stored=not_created,
            )
        else:
            self.page.store(self.autosave, jobs.update(reflection_id, draft), problem)

    def busy(self) -> bool:
        return self.autosave.has_unsaved_changes() or self.autosave.is_saving()

    def delete_current(self) -> None:
        reflection_id = self._current_id
        if reflection_id is None or self.page.closed:
            return
        self.autosave.flush()
        kept = self.draft()

        def done(_value: object) -> None:
            if self.page.closed:
                return
            self.open_reflection(None)
            self.page.notice.show_message(
                tr("The reflection was deleted."),
                Tone.INFO,
                action=(tr("Undo"), lambda: self._bring_back(kept)),
            )

        self.session.run_op(jobs.delete(reflection_id), done, self.page.failed, origin=self.page)

    def _bring_back(self, draft: ReflectionDraft) -> None:
        def done(stored: Reflection) -> None:
            if not self.page.closed:
                self.show_reflection(stored)

        self.session.run_op(jobs.create(draft), done, self.page.failed, origin=self.page)

    def before_lock(self) -> None:
        if self.autosave.has_unsaved_changes() and not self._creating:
            reflection_id, draft = self._current_id, self.draft()
            if reflection_id is not None:
                self.session.submit(jobs.update(reflection_id, draft))
            elif self.has_answers():
                self.session.submit(jobs.create(draft))
        self.autosave.close()

    def wipe(self) -> None:
        self.autosave.close()
        self.list.clear()
        for row in self.reason_rows + self.impact_rows:
            row.clear()
        self.status.clear()
        self._current_id = None

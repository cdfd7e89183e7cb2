"""Values and the future: what I value and need, what I can and cannot live with, and
the options I am weighing, each with a leaning and a note. Plainly a reflection, never
advice; "Talk this through with my therapist" adds it to the next session's topics
(``ui/common/bring_up.py``, as journal entries and check-ins do)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reflection.content import bundled
from app.reflection.model import Values, ValuesDraft
from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.design import SPACE
from ui.common.messages import Tone
from ui.common.scrolling import scroll_area
from ui.common.surfaces import text_label
from ui.common.theme import set_role
from ui.reflection import jobs
from ui.reflection.fields import OptionRow, wrap_label
from ui.reflection.words import tr

if TYPE_CHECKING:
    from ui.reflection.page import ReflectionPage

FIELD_HEIGHT = 88


class ValuesTab(QWidget):
    def __init__(self, page: ReflectionPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self._loading = False
        self.autosave = Autosave(
            self._store,
            self,
            new_text=tr(
                "Nothing written yet. Start anywhere, with a few words; it saves as you go."
            ),
        )
        form = QWidget(self)
        intro = wrap_label(
            tr(
                "What matters to you, what you need, and the options you are weighing about "
                "your relationship. A place to think, not a decision and not advice: there "
                "are no right answers, and you can change any of this at any time."
            ),
            form,
        )
        self.therapist_button = QPushButton(tr("Talk this through with my t&herapist…"), form)
        self.therapist_button.setAccessibleName(
            tr("Add values and the future to my next session's topics")
        )
        self.therapist_button.clicked.connect(self.talk_it_through)
        self.status = SaveStateLabel(self.autosave, form)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.therapist_button)
        column = QVBoxLayout(form)
        column.setSpacing(SPACE.s)
        column.addWidget(intro)
        column.addLayout(top)
        self.fields: dict[str, QPlainTextEdit] = {}
        for key, label_text, name in (
            ("what_i_value", tr("What I &value"), tr("What I value")),
            ("what_i_need", tr("What I ne&ed"), tr("What I need")),
            ("can_live_with", tr("What I can &live with"), tr("What I can live with")),
            ("cannot_live_with", tr("What I cannot l&ive with"), tr("What I cannot live with")),
        ):
            field = QPlainTextEdit(form)
            field.setAccessibleName(name)
            field.setTabChangesFocus(True)
            field.setFixedHeight(FIELD_HEIGHT)
            field.textChanged.connect(self._edited)
            label = QLabel(label_text, form)
            label.setBuddy(field)
            column.addWidget(label)
            column.addWidget(field)
            self.fields[key] = field
        options = text_label(form, name="reflection-options-title")
        options.setText(tr("Options I am weighing"))
        set_role(options, "section-title")
        column.addSpacing(SPACE.m)
        column.addWidget(options)
        column.addWidget(
            wrap_label(tr("How much you lean towards each, today. Leanings change."), form)
        )
        self.option_rows = [OptionRow(item, form) for item in bundled().options]
        for row in self.option_rows:
            row.edited.connect(self._edited)
            column.addWidget(row)
        column.addStretch(1)
        form.setMaximumWidth(720)
        scroll = scroll_area(form, self, sideways=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE.s, 0, 0)
        layout.addWidget(scroll)

    def show_values(self, values: Values) -> None:
        self._loading = True
        try:
            for key, field in self.fields.items():
                with QSignalBlocker(field):
                    field.setPlainText(getattr(values, key))
            for row in self.option_rows:
                row.set_answer(values.options.get(row.item.id))
        finally:
            self._loading = False
        self.autosave.reset(SaveState.SAVED if values.updated is not None else SaveState.NEW)

    def draft(self) -> ValuesDraft:
        return ValuesDraft(
            **{key: field.toPlainText() for key, field in self.fields.items()},
            options={row.item.id: row.answer() for row in self.option_rows},
        )

    def _edited(self) -> None:
        if not self._loading and not self.page.closed:
            self.autosave.changed()

    def _store(self) -> None:
        if self.page.closed:
            return
        self.page.store(
            self.autosave,
            jobs.save_values(self.draft()),
            tr("Your values page couldn't be saved yet: {reason}"),
        )

    def busy(self) -> bool:
        return self.autosave.has_unsaved_changes() or self.autosave.is_saving()

    def talk_it_through(self) -> None:
        from ui.common.bring_up import bring_up

        if self.page.closed:
            return
        self.autosave.flush()
        bring_up(
            self.page,
            self.session,
            tr("Values and the future: what I'm weighing about our relationship"),
            "reflection",
            "values",
            lambda text: self.page.notice.show_message(text, Tone.SUCCESS),
            lambda text: self.page.notice.show_message(text, Tone.PROBLEM),
        )

    def before_lock(self) -> None:
        if self.autosave.has_unsaved_changes():
            self.session.submit(jobs.save_values(self.draft()))
        self.autosave.close()

    def wipe(self) -> None:
        self.autosave.close()
        for field in self.fields.values():
            with QSignalBlocker(field):
                field.clear()
        for row in self.option_rows:
            row.set_answer(None)
        self.status.clear()

"""One invitation plan as a guided set of steps (plan → ask → record → look after
myself), after the seed article's steps for encouraging a partner, in our own words:

1. Is now a good time: a calm moment, not right after an argument, HALT for me; "the
   relationship feels unsafe" leads to the safety panel instead of a plan.
2. What might be behind a no: the reasons, each with what might ease it, offered as
   possibilities and never as a verdict on the partner.
3. The ask: something small to offer, and a message draft with the live checks
   (``ui/exercises/message_field.py``: fight-starters and the CRAFT-style check).
4. Ask, and note how it went (the page's attempt dialog).
5. Either way: what I keep doing for my own recovery.

The editor only shows and collects; the page saves (autosave) and navigates.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.exercises.model import Step, StepKind
from app.invitations.content import Guide
from app.invitations.model import MAX_TITLE_CHARS, Calm, Halt, Plan, PlanDraft
from app.sessions.model import DeclineReason
from ui.common.design import SPACE, TYPE
from ui.common.saving_dialog import text_field
from ui.common.surfaces import Card, scaled_font, text_label
from ui.common.theme import set_role, set_tone
from ui.exercises.message_field import MessageField

ASK_STEP = Step(
    id="invitation-ask",
    kind=StepKind.MESSAGE,
    prompt="The ask",
    checks=("fight", "craft"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("InvitationPlan", text)


class PlanEditor(QWidget):
    """The five steps of one plan. ``changed`` fires on every edit the person makes;
    ``unsafe`` when they say the relationship feels unsafe; ``log_requested`` for the
    attempt dialog."""

    changed = Signal()
    unsafe = Signal()
    log_requested = Signal()

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setAccessibleName(tr("Invitation plan"))
        self._filling = False

        self.title = QLineEdit(self)
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setPlaceholderText(tr("A name for this plan (optional)"))
        self.title.setAccessibleName(tr("Name of this plan"))
        self.title.textEdited.connect(self._edited)
        self.title.setFont(scaled_font(self.title, TYPE.section_title))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.l)
        layout.addWidget(self.title)
        layout.addWidget(self._build_timing())
        layout.addWidget(self._build_reasons())
        layout.addWidget(self._build_ask())
        layout.addWidget(self._build_record())
        layout.addWidget(self._build_either_way())
        layout.addStretch(1)
        self._timing_changed()

    # ----- 1. timing ---------------------------------------------------------------

    def _question(self, card: Card, question_id: str) -> None:
        question = self.guide.questions[question_id]
        label = text_label(card, name=f"invitation-question-{question_id}")
        label.setText(question.text.text())
        label.setFont(scaled_font(label, TYPE.body, bold=True))
        hint = text_label(card, muted=True)
        hint.setText(question.help.text())
        card.body.addWidget(label)
        card.body.addWidget(hint)

    def _build_timing(self) -> Card:
        card = Card(tr("1. Is now a good time?"), "invitation-timing", self)
        self._question(card, "calm")
        self.calm_group = QButtonGroup(self)
        self.calm_buttons: dict[Calm, QRadioButton] = {}
        row = QHBoxLayout()
        for calm, text in (
            (Calm.YES, tr("Calm")),
            (Calm.NOT_SURE, tr("Not sure")),
            (Calm.NO, tr("Not calm")),
        ):
            button = QRadioButton(text, card)
            button.setAccessibleName(tr("A calm time: {answer}").format(answer=text))
            self.calm_group.addButton(button)
            self.calm_buttons[calm] = button
            row.addWidget(button)
        row.addStretch(1)
        card.body.addLayout(row)
        self.calm_group.buttonClicked.connect(lambda _b: self._edited())

        self._question(card, "after_fight")
        self.fight_group = QButtonGroup(self)
        self.fight_yes = QRadioButton(tr("Yes, we argued"), card)
        self.fight_yes.setAccessibleName(tr("We argued lately: yes"))
        self.fight_no = QRadioButton(tr("No"), card)
        self.fight_no.setAccessibleName(tr("We argued lately: no"))
        row = QHBoxLayout()
        for button in (self.fight_yes, self.fight_no):
            self.fight_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        card.body.addLayout(row)
        self.fight_group.buttonClicked.connect(lambda _b: self._edited())

        self._question(card, "halt")
        self.halt_boxes: dict[Halt, QCheckBox] = {}
        row = QHBoxLayout()
        for halt, text in (
            (Halt.HUNGRY, tr("Hungry")),
            (Halt.ANGRY, tr("Angry")),
            (Halt.LONELY, tr("Lonely")),
            (Halt.TIRED, tr("Tired")),
        ):
            box = QCheckBox(text, card)
            box.setAccessibleName(tr("I am {feeling}").format(feeling=text.lower()))
            box.toggled.connect(lambda _on: self._edited())
            self.halt_boxes[halt] = box
            row.addWidget(box)
        row.addStretch(1)
        card.body.addLayout(row)

        self.timing_words = text_label(card, name="invitation-timing-words")
        card.body.addWidget(self.timing_words)

        self._question(card, "unsafe")
        self.unsafe_button = QPushButton(tr("It feels &unsafe"), card)
        self.unsafe_button.setAccessibleName(tr("The relationship feels unsafe: show safety help"))
        self.unsafe_button.clicked.connect(lambda: self.unsafe.emit())
        self.unsafe_words = text_label(card, name="invitation-unsafe-words")
        self.unsafe_words.hide()
        row = QHBoxLayout()
        row.addWidget(self.unsafe_button)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addWidget(self.unsafe_words)
        return card

    def _timing_changed(self) -> None:
        calm = self.calm()
        fought = self.fight_yes.isChecked()
        halt = [h for h, b in self.halt_boxes.items() if b.isChecked()]
        if calm is Calm.NO or fought:
            words = tr(
                "Maybe not today. An invitation made on a calmer day is easier to hear, and "
                "waiting is not giving up."
            )
            tone = "info"
        elif halt:
            words = tr(
                "Looking after yourself first may help: a meal, a rest, a call to someone who "
                "supports you. The plan will keep."
            )
            tone = "info"
        elif calm is Calm.YES and self.fight_no.isChecked():
            words = tr("This sounds like a reasonable moment, if you feel ready.")
            tone = "success"
        else:
            words = ""
            tone = "info"
        self.timing_words.setText(words)
        self.timing_words.setVisible(bool(words))
        set_tone(self.timing_words, tone)

    def show_unsafe_help(self) -> None:
        """No safety page to show: a calm word pointing at "Get help now" (F1)."""
        self.unsafe_words.setText(
            tr(
                "Your safety comes first, before any plan. Press F1, or use \u201cGet help "
                "now\u201d, for people you can talk to right away."
            )
        )
        set_tone(self.unsafe_words, "problem")
        self.unsafe_words.show()

    # ----- 2. reasons --------------------------------------------------------------

    def _build_reasons(self) -> Card:
        card = Card(tr("2. What might be behind a no"), "invitation-reasons", self)
        intro = text_label(card, muted=True)
        intro.setText(
            tr(
                "People say no to therapy for many reasons. Tick any that might fit, as "
                "possibilities only: only your partner knows their reasons."
            )
        )
        card.body.addWidget(intro)
        self.reason_boxes: dict[DeclineReason, QCheckBox] = {}
        self.reason_notes: dict[DeclineReason, QLabel] = {}
        for item in self.guide.reasons:
            value = DeclineReason(item.id)
            box = QCheckBox(item.title.text(), card)
            box.setAccessibleName(item.title.text())
            notes = text_label(card, muted=True, name=f"invitation-reason-{item.id}")
            lines = [item.might_be.text(), tr("What might ease it:")]
            lines += [f"\u2022 {w.text()}" for w in item.might_ease]
            notes.setText("\n".join(lines))
            notes.setContentsMargins(SPACE.l, 0, 0, SPACE.xs)
            notes.hide()
            box.toggled.connect(notes.setVisible)
            box.toggled.connect(lambda _on: self._edited())
            self.reason_boxes[value] = box
            self.reason_notes[value] = notes
            card.body.addWidget(box)
            card.body.addWidget(notes)
        self.understanding = text_field(
            card,
            tr("My thoughts on what might help"),
            tr("Optional. What you think might be behind it, and what might help."),
            3,
        )
        self.understanding.textChanged.connect(self._edited)
        card.body.addWidget(self.understanding)
        return card

    # ----- 3. the ask --------------------------------------------------------------

    def _build_ask(self) -> Card:
        card = Card(tr("3. The ask"), "invitation-ask", self)
        intro = text_label(card, muted=True)
        intro.setText(
            tr(
                "Something small and specific is easier to say yes to. The checks under "
                "your draft are adapted from CRAFT, an approach for families of people in "
                "recovery; they are suggestions, and nothing is sent anywhere."
            )
        )
        card.body.addWidget(intro)
        self.offer = QComboBox(card)
        self.offer.setAccessibleName(tr("Something small to offer"))
        self.offer.addItem(tr("Choose something to offer (optional)"), "")
        for offer in self.guide.offers:
            self.offer.addItem(offer.title.text(), offer.id)
        self.offer.currentIndexChanged.connect(self._offer_changed)
        self.offer_words = text_label(card, muted=True, name="invitation-offer-words")
        self.offer_words.hide()
        offer_label = QLabel(tr("&Offer"), card)
        offer_label.setBuddy(self.offer)
        row = QHBoxLayout()
        row.addWidget(offer_label)
        row.addWidget(self.offer, 1)
        card.body.addLayout(row)
        card.body.addWidget(self.offer_words)
        draft_label = QLabel(tr("What I might sa&y"), card)
        self.message = MessageField(ASK_STEP, card)
        self.message.edit.setAccessibleName(tr("What I might say"))
        self.message.edit.setPlaceholderText(
            tr("For example: I'd like to share something, if now is okay…")
        )
        draft_label.setBuddy(self.message.edit)
        self.message.edit.textChanged.connect(self._edited)
        card.body.addWidget(draft_label)
        card.body.addWidget(self.message)
        return card

    def _offer_changed(self) -> None:
        offer = self.guide.offer(str(self.offer.currentData() or ""))
        self.offer_words.setText("" if offer is None else offer.detail.text())
        self.offer_words.setVisible(offer is not None)
        self._edited()

    # ----- 4. record ---------------------------------------------------------------

    def _build_record(self) -> Card:
        card = Card(tr("4. Ask, and note how it went"), "invitation-record", self)
        self.record_words = text_label(card, muted=True, name="invitation-record-words")
        self.record_words.setText(
            tr(
                "When you have asked, or tried to, note what happened. Every answer is worth noting."
            )
        )
        # No mnemonic: Alt+N is "New plan…" and Alt+A the same action in the page header.
        self.log_button = QPushButton(tr("Note an attempt…"), card)
        self.log_button.setAccessibleName(tr("Note an attempt with this plan"))
        self.log_button.clicked.connect(lambda: self.log_requested.emit())
        set_role(self.log_button, "primary")
        row = QHBoxLayout()
        row.addWidget(self.log_button)
        row.addStretch(1)
        card.body.addWidget(self.record_words)
        card.body.addLayout(row)
        return card

    # ----- 5. either way -----------------------------------------------------------

    def _build_either_way(self) -> Card:
        card = Card(tr("5. Either way"), "invitation-either-way", self)
        intro = text_label(card, muted=True)
        intro.setText(
            tr("Whatever the answer, your recovery goes on. Some things you might keep doing:")
        )
        ideas = text_label(card, name="invitation-ideas")
        ideas.setText("\n".join(f"\u2022 {idea.text.text()}" for idea in self.guide.ideas))
        self.keep_doing = text_field(
            card, tr("What I will keep doing"), tr("In your own words."), 3
        )
        self.keep_doing.textChanged.connect(self._edited)
        note = text_label(card, muted=True)
        note.setText(
            tr(
                "This planner is a place to think things through. It does not replace a "
                "therapist, and it cannot promise any answer."
            )
        )
        card.body.addWidget(intro)
        card.body.addWidget(ideas)
        card.body.addWidget(self.keep_doing)
        card.body.addWidget(note)
        return card

    # ----- values ------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        self._timing_changed()
        if not self._filling:
            self.changed.emit()

    def calm(self) -> Calm | None:
        return next((c for c, b in self.calm_buttons.items() if b.isChecked()), None)

    def draft(self) -> PlanDraft:
        after_fight = (
            True if self.fight_yes.isChecked() else False if self.fight_no.isChecked() else None
        )
        return PlanDraft(
            title=self.title.text(),
            calm=self.calm(),
            after_fight=after_fight,
            halt=frozenset(h for h, b in self.halt_boxes.items() if b.isChecked()),
            reasons=tuple(r for r, b in self.reason_boxes.items() if b.isChecked()),
            understanding=self.understanding.toPlainText(),
            offer=str(self.offer.currentData() or ""),
            draft=self.message.edit.toPlainText(),
            keep_doing=self.keep_doing.toPlainText(),
        )

    def show_plan(self, plan: Plan) -> None:
        """Fill every field from ``plan`` (no ``changed`` while filling)."""
        self._filling = True
        try:
            self.title.setText(plan.title)
            for group, buttons in ((self.calm_group, self.calm_buttons),):
                group.setExclusive(False)
                for calm, button in buttons.items():
                    button.setChecked(plan.calm is calm)
                group.setExclusive(True)
            self.fight_group.setExclusive(False)
            self.fight_yes.setChecked(plan.after_fight is True)
            self.fight_no.setChecked(plan.after_fight is False)
            self.fight_group.setExclusive(True)
            for halt, box in self.halt_boxes.items():
                box.setChecked(halt in plan.halt)
            for value, box in self.reason_boxes.items():
                box.setChecked(value in plan.reasons)
            self._set_text(self.understanding, plan.understanding)
            index = self.offer.findData(plan.offer)
            if index < 0:
                self.offer.addItem(tr("An offer no longer in the list"), plan.offer)
                index = self.offer.count() - 1
            self.offer.setCurrentIndex(index)
            self._set_text(self.message.edit, plan.draft)
            self.message.check_now()
            self._set_text(self.keep_doing, plan.keep_doing)
        finally:
            self._filling = False
        self._timing_changed()
        self.unsafe_words.hide()

    @staticmethod
    def _set_text(field: QPlainTextEdit, text: str) -> None:
        if field.toPlainText() != text:
            field.setPlainText(text)

    def clear(self) -> None:
        """Forget every field (on lock, or when no plan is shown)."""
        self._filling = True
        try:
            self.title.clear()
            for group in (self.calm_group, self.fight_group):
                group.setExclusive(False)
                for button in group.buttons():
                    button.setChecked(False)
                group.setExclusive(True)
            for box in (*self.halt_boxes.values(), *self.reason_boxes.values()):
                with QSignalBlocker(box):
                    box.setChecked(False)
            for notes in self.reason_notes.values():
                notes.hide()
            self.understanding.clear()
            self.offer.setCurrentIndex(0)
            self.message.edit.clear()
            self.message.check_now()
            self.keep_doing.clear()
            for edit in (self.understanding, self.message.edit, self.keep_doing):
                edit.document().clearUndoRedoStacks()
            self.unsafe_words.clear()
            self.unsafe_words.hide()
        finally:
            self._filling = False
        self._timing_changed()

    def focus_first(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

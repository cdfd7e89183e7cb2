"""The safety page: a short relationship-safety check in plain words, the safety panel,
and the checks the person chose to save.

Answers live only in this page's memory until the person chooses "Save these
answers"; "Don't save" (or locking) forgets them, and nothing reaches the vault.
Any "yes" leads to the safety panel; ``show_item("panel")`` shows the panel directly
(the invitation planner and the relationship check-in send people here), and
``show_item("<id>")`` picks a saved check (its timeline reference).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as app_settings
from ui.common.design import SPACE, TYPE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.scrolling import scroll_area
from ui.common.surfaces import (
    Card,
    PageHeader,
    centred_column,
    reading_width,
    scaled_font,
    text_label,
)
from ui.common.text import error_words
from ui.common.theme import set_role
from ui.safety import jobs
from ui.safety.panel import SafetyPanel
from ui.shell.context import ModuleContext
from ui.shell.help_dialog import chosen_region

if TYPE_CHECKING:
    from app.platform.changes import Changes
    from app.safety.content import Question
    from app.safety.model import SafetyCheck

log = logging.getLogger(__name__)

PANEL_REF = "panel"
ID_ROLE = Qt.ItemDataRole.UserRole
CHECK_VIEW, PANEL_VIEW = 0, 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SafetyPage", text)


def _reason(error: BaseException) -> str:
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("safety job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")


class QuestionRow(QWidget):
    """One question with its Yes and No (neither chosen at first: a question may be skipped)."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"safety-question-{question.id}")
        self.words = text_label(self, name=f"safety-question-{question.id}-words")
        self.words.setText(question.text)
        self.words.setFont(scaled_font(self.words, TYPE.body, bold=True))
        self.yes = QRadioButton(tr("Yes"), self)
        self.no = QRadioButton(tr("No"), self)
        self.yes.setAccessibleName(tr("Yes: {question}").format(question=question.text))
        self.no.setAccessibleName(tr("No: {question}").format(question=question.text))
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonToggled.connect(lambda _b, _on: self.changed.emit())
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE.l)
        buttons.addWidget(self.yes)
        buttons.addWidget(self.no)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE.s)
        layout.setSpacing(SPACE.xs)
        layout.addWidget(self.words)
        layout.addLayout(buttons)

    def answer(self) -> str | None:
        if self.yes.isChecked():
            return "yes"
        if self.no.isChecked():
            return "no"
        return None

    def clear(self) -> None:
        # An exclusive group never lets its last checked button go; open it for a moment.
        self.group.setExclusive(False)
        for button in (self.yes, self.no):
            blocker = QSignalBlocker(button)
            button.setChecked(False)
            del blocker
        self.group.setExclusive(True)


class SavePrompt(Card):
    """ "Save these answers" or "Don't save", shown while answers are only in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Keep these answers?"), "safety-save-prompt", parent)
        self.words = text_label(self, name="safety-save-words")
        self.words.setText(
            tr(
                "Your answers are only on this screen for now. Save them to keep a dated "
                "record in your encrypted journal, or don't, and nothing is kept. If "
                "someone might look through Mooring, not saving is fine."
            )
        )
        self.save_button = QPushButton(tr("Sa&ve these answers"), self)
        self.save_button.setAccessibleName(tr("Save these answers"))
        self.discard_button = QPushButton(tr("Do&n't save"), self)
        self.discard_button.setAccessibleName(tr("Don't save these answers"))
        set_role(self.discard_button, "primary")
        row = QHBoxLayout()
        row.setSpacing(SPACE.s)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.body.addWidget(self.words)
        self.body.addLayout(row)


class SafetyPage(QWidget):
    """See the module docstring."""

    # The saved checks arrived (after opening, and after each change).
    loaded = Signal()

    def __init__(self, context: ModuleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety-page")
        self.setAccessibleName(tr("Safety"))
        self.context = context
        self.session = context.session
        self._closed = False
        self._sequence = 0
        self._want_check: int | None = None
        self.saved: list[SafetyCheck] | None = None  # None until they arrive
        self.rows: list[QuestionRow] = []
        self._build()
        context.settings.changed.connect(self._setting_changed)
        self.load_saved()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("Safety"), self, name="safety-header")
        self.header.set_subtitle(
            tr("A short, private check on how safe you feel with your partner, and where to turn.")
        )
        self.panel_button = QPushButton(tr("Show the safety &panel"), self)
        self.panel_button.setAccessibleName(tr("Show the safety panel"))
        self.panel_button.clicked.connect(self.show_panel)
        self.header.add_action(self.panel_button)
        self.notice = Notice(self)
        self.notice.hide()

        self.views = QStackedWidget(self)
        self.views.addWidget(self._scrolling(self._build_check(), "safety-check-scroll"))
        self.views.addWidget(self._scrolling(self._build_panel_view(), "safety-panel-scroll"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.views, 1)

    def _scrolling(self, inner: QWidget, name: str) -> QScrollArea:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, SPACE.m, SPACE.l)
        column.addLayout(centred_column(inner, max(640, reading_width(self) + 80), holder))
        column.addStretch(1)
        scroll = scroll_area(holder, self, name=name)
        return scroll

    def _build_check(self) -> QWidget:
        check = QWidget(self)
        layout = QVBoxLayout(check)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.l)

        self.check_card = Card(tr("A few questions"), "safety-check-card", check)
        intro = text_label(self.check_card, name="safety-check-intro")
        intro.setText(
            tr(
                "These questions are about whether you feel safe with your partner. Answer "
                "only what you want to; nothing is kept unless you choose to save it."
            )
        )
        self.check_card.body.addWidget(intro)
        self.check_card.body.addSpacing(SPACE.xs)
        try:
            from app.safety.content import bundled_questions

            questions = list(bundled_questions())
        except Exception as error:
            log.error("safety questions could not be loaded (%s)", type(error).__name__)
            questions = []
            self.check_card.show_problem(
                tr(
                    "The questions couldn't be shown just now. The safety panel below "
                    "still has people to call."
                )
            )
        for question in questions:
            row = QuestionRow(question, self.check_card)
            row.changed.connect(self._answers_changed)
            self.rows.append(row)
            self.check_card.body.addWidget(row)
        self.finish_button = QPushButton(tr("&Finish"), self.check_card)
        self.finish_button.setAccessibleName(tr("Finish the check"))
        set_role(self.finish_button, "primary")
        self.finish_button.clicked.connect(self.finish)
        self.clear_button = QPushButton(tr("C&lear answers"), self.check_card)
        self.clear_button.setAccessibleName(tr("Clear the answers"))
        self.clear_button.clicked.connect(self.discard)
        actions = QHBoxLayout()
        actions.setSpacing(SPACE.s)
        actions.addWidget(self.finish_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        self.check_card.body.addLayout(actions)
        source = text_label(self.check_card, muted=True, name="safety-check-source")
        source.setText(
            tr(
                "Adapted from the short relationship-safety questions many clinics ask "
                "(such as HARK), in our own words. It is not a test and gives no score, "
                "and it doesn't replace a therapist or an advocate."
            )
        )
        self.check_card.body.addWidget(source)
        layout.addWidget(self.check_card)

        # After Finish with no "yes".
        self.calm_card = Card(tr("Thank you for taking a moment with this"), "safety-calm", check)
        calm = text_label(self.calm_card, name="safety-calm-words")
        calm.setText(
            tr(
                "If anything changes, the safety panel is one click away at the top of this "
                "page, and F1 shows help lines from any screen, even when Mooring is locked."
            )
        )
        self.calm_card.body.addWidget(calm)
        self.calm_card.hide()
        layout.addWidget(self.calm_card)

        self.check_prompt = SavePrompt(check)
        self.check_prompt.save_button.clicked.connect(self.save)
        self.check_prompt.discard_button.clicked.connect(self.discard)
        self.check_prompt.hide()
        layout.addWidget(self.check_prompt)

        # Saved checks.
        self.saved_card = Card(tr("Checks you saved"), "safety-saved", check)
        self.saved_empty = text_label(self.saved_card, muted=True, name="safety-saved-empty")
        self.saved_empty.setText(tr("None saved. Saving is always up to you."))
        self.saved_list = QListWidget(self.saved_card)
        self.saved_list.setAccessibleName(tr("Checks you saved, newest first"))
        self.saved_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.saved_list.setMaximumHeight(180)
        self.saved_list.itemSelectionChanged.connect(self._saved_chosen)
        self.remove_button = QPushButton(tr("&Remove for good"), self.saved_card)
        self.remove_button.setAccessibleName(tr("Remove the chosen saved check for good"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.remove_button.setEnabled(False)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        self.saved_card.body.addWidget(self.saved_empty)
        self.saved_card.body.addWidget(self.saved_list)
        self.saved_card.body.addLayout(remove_row)
        layout.addWidget(self.saved_card)
        return check

    def _build_panel_view(self) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.l)
        self.back_button = QPushButton(tr("&Back to the questions"), holder)
        self.back_button.setAccessibleName(tr("Back to the questions"))
        self.back_button.clicked.connect(self.show_check)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        layout.addLayout(back_row)
        self.panel = SafetyPanel(holder)
        layout.addWidget(self.panel)
        # The choice to keep the answers sits under the panel's first words, so the
        # emergency line is the first thing read.
        self.panel_prompt = SavePrompt(self.panel)
        self.panel_prompt.save_button.clicked.connect(self.save)
        self.panel_prompt.discard_button.clicked.connect(self.discard)
        self.panel_prompt.hide()
        self.panel.add_below_intro(self.panel_prompt)
        return holder

    # ----- answers (memory only) ---------------------------------------------------

    def answers(self) -> dict[str, str]:
        """The answers given so far (question id -> "yes" / "no"), in memory only."""
        return {row.question.id: a for row in self.rows if (a := row.answer()) is not None}

    def _answers_changed(self) -> None:
        # A changed answer after Finish asks again.
        self.calm_card.hide()
        self.check_prompt.hide()
        self.panel_prompt.hide()

    def finish(self) -> None:
        answers = self.answers()
        if not answers:
            self.notice.show_message(
                tr("Answer any of the questions first, or open the safety panel at the top."),
                Tone.INFO,
            )
            return
        self.notice.dismiss()
        if "yes" in answers.values():
            self.calm_card.hide()
            self.check_prompt.hide()
            self.panel_prompt.show()
            self.show_panel()
            return
        self.calm_card.show()
        self.check_prompt.show()

    def save(self) -> None:
        answers = self.answers()
        if not answers:
            return
        from app.safety.model import Answer, CheckDraft

        draft = CheckDraft({qid: Answer(value) for qid, value in answers.items()})

        def done(_check: SafetyCheck) -> None:
            if self._closed:
                return
            self._forget()
            self.notice.show_message(tr("Saved in your encrypted journal."), Tone.SUCCESS)

        def failed(error: BaseException) -> None:
            if not self._closed:
                self.notice.show_message(
                    tr("The answers couldn't be saved: {reason}").format(reason=_reason(error)),
                    Tone.PROBLEM,
                    timeout_ms=0,
                )

        self.session.run_op(jobs.save(draft), done, failed, origin=self)

    def discard(self) -> None:
        """Forget the answers: nothing was or will be written."""
        had = bool(self.answers())
        self._forget()
        if had:
            self.notice.show_message(
                tr("Nothing was saved. Your answers are gone from this screen."), Tone.INFO
            )

    def _forget(self) -> None:
        for row in self.rows:
            row.clear()
        self.calm_card.hide()
        self.check_prompt.hide()
        self.panel_prompt.hide()

    # ----- views -------------------------------------------------------------------

    def show_panel(self) -> None:
        self.panel.set_region(chosen_region(self.context.settings))
        self.views.setCurrentIndex(PANEL_VIEW)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_check(self) -> None:
        self.views.setCurrentIndex(CHECK_VIEW)

    def showing_panel(self) -> bool:
        return self.views.currentIndex() == PANEL_VIEW

    def _setting_changed(self, key: str, _value: object) -> None:
        if key == app_settings.HELP_REGION and self.panel.region() is not None:
            self.panel.set_region(chosen_region(self.context.settings))

    # ----- saved checks ------------------------------------------------------------

    def load_saved(self) -> None:
        if self._closed:
            return
        self._sequence += 1
        sequence = self._sequence

        def done(found: list[SafetyCheck]) -> None:
            if sequence == self._sequence and not self._closed:
                self._show_saved(found)

        def failed(error: BaseException) -> None:
            if sequence == self._sequence and not self._closed:
                self.saved_card.show_problem(
                    tr("Your saved checks couldn't be read just now: {reason}").format(
                        reason=_reason(error)
                    )
                )

        self.session.submit(jobs.saved_checks(), done, failed)

    def _show_saved(self, found: list[SafetyCheck]) -> None:
        self.saved = found
        self.saved_card.clear_problem()
        with QSignalBlocker(self.saved_list):
            self.saved_list.clear()
            for check in found:
                words = self.check_words(check)
                item = QListWidgetItem(words)
                item.setData(ID_ROLE, check.id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
                self.saved_list.addItem(item)
        self.saved_list.setVisible(bool(found))
        self.saved_empty.setVisible(not found)
        if self._want_check is not None:
            self._select(self._want_check)
            self._want_check = None
        self._saved_chosen()
        self.loaded.emit()

    @staticmethod
    def check_words(check: SafetyCheck) -> str:
        day = QLocale().toString(
            QDate(check.day.year, check.day.month, check.day.day), QLocale.FormatType.LongFormat
        )
        answered = len(check.answers)
        if check.yes_count == 0:
            said = tr("no to all {n} answered").format(n=answered)
        else:
            said = tr("yes to {yes} of {n} answered").format(yes=check.yes_count, n=answered)
        return f"{day} \u00b7 {said}"

    def _saved_chosen(self) -> None:
        self.remove_button.setEnabled(self._chosen_id() is not None)

    def _chosen_id(self) -> int | None:
        item = self.saved_list.currentItem()
        return None if item is None or not item.isSelected() else int(item.data(ID_ROLE))

    def _select(self, check_id: int) -> bool:
        for n in range(self.saved_list.count()):
            if self.saved_list.item(n).data(ID_ROLE) == check_id:
                self.saved_list.setCurrentRow(n)
                return True
        return False

    def remove_chosen(self, *, confirm: bool = True) -> None:
        check_id = self._chosen_id()
        if check_id is None:
            return
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                tr("Remove this check?"),
                tr("Remove this saved check for good? It can't be brought back."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return

        def failed(error: BaseException) -> None:
            if not self._closed:
                self.notice.show_message(
                    tr("It couldn't be removed: {reason}").format(reason=_reason(error)),
                    Tone.PROBLEM,
                    timeout_ms=0,
                )

        def done(_none: None) -> None:
            if not self._closed:
                self.notice.show_message(tr("Removed for good."), Tone.INFO)

        self.session.run_op(jobs.delete(check_id), done, failed, origin=self)

    # ----- the page protocol -------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        from app.safety.ops import CHECKS

        if changes.touches(CHECKS):
            self.load_saved()

    def show_item(self, ref: str) -> None:
        """``"panel"``: the safety panel; a saved check's id: that check, chosen."""
        if ref == PANEL_REF:
            self.show_panel()
            return
        self.show_check()
        if ref.isdecimal() and not self._select(int(ref)):
            self._want_check = int(ref)

    def before_lock(self) -> None:
        """Forget every answer and every saved check shown; nothing to save."""
        self._closed = True
        self._forget()
        self.saved_list.clear()
        self.saved = None
        self.notice.dismiss()


__all__ = ["PANEL_REF", "SafetyPage"]

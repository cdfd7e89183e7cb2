"""The questionnaires page: PHQ-9 and GAD-7, each with what it is, the latest result,
the scores over time (a chart with the severity bands, and the same in words) and
the history; taking one, carrying on one left half-answered, and seeing the result.

Views, one at a time: the overview, the questionnaire, the crisis screen, the result.
When PHQ-9 item 9 is answered above zero, the crisis screen comes before any score
(and before going back to the overview, which shows scores); "I'm safe right now"
continues to the result. "Get help now" (F1) stays one action away throughout: these
are views inside the main window, never a modal dialog.

Every answer is saved as it is chosen (``app.measures.ops``); the page, like every
other, redraws from ``apply_changes`` when a change touches the module's topic.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.design import SPACE, TYPE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, PageHeader, scaled_font, text_label
from ui.common.theme import set_role
from ui.measures import jobs
from ui.measures.panels import PAST_LINES, CrisisLines, CrisisPanel, ResultPanel, past_note
from ui.measures.questionnaire import Questionnaire
from ui.measures.score_chart import ScorePanel
from ui.measures.words import answered_text, day_text, reason, say, score_text
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.content.crisis_lines import CrisisLine
    from app.measures.content import Catalogue, Measure
    from app.measures.model import Run
    from app.platform.changes import Changes

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
# History rows shown at most (newest first); the chart shows every score.
HISTORY_ROWS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("MeasuresPage", text)


class MeasuresPage(QWidget):
    """See the module docstring."""

    # The overview of the chosen questionnaire arrived (after opening and each change).
    loaded = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measures-page")
        self.setAccessibleName(tr("Questionnaires"))
        self.context = context
        self.session = context.session
        self.today = today
        self._closed = False
        self.catalogue: Catalogue | None = None
        self.measure_id = ""
        self.overview: jobs.Overview | None = None
        self.run: Run | None = None  # the run in the questionnaire or result view
        # Flagged runs whose crisis screen was passed with "I'm safe right now" since
        # this page was built (memory only; gone at lock).
        self._acknowledged: set[int] = set()
        self._lines: list[CrisisLine] | None = None
        self._lines_problem = ""
        self._sequence = 0
        self._build()
        self._start()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("Questionnaires"), self, name="measures-header")
        self.header.set_subtitle(
            tr(
                "Two short, widely used questionnaires: the PHQ-9 about low mood and the "
                "GAD-7 about anxiety. They are screenings, not a diagnosis, and they don't "
                "replace your clinician."
            )
        )
        self.notice = Notice(self)
        self.switch = QWidget(self)
        self.switch_group = QButtonGroup(self)
        self.switch_group.setExclusive(True)
        self.switch_buttons: dict[str, QPushButton] = {}
        self.switch_row = QHBoxLayout(self.switch)
        self.switch_row.setContentsMargins(0, 0, 0, 0)
        self.switch_row.setSpacing(4)
        self.switch_row.addStretch(1)

        self.views = QStackedWidget(self)
        self.views.addWidget(self._build_overview())
        self.questionnaire = Questionnaire(self)
        self.questionnaire.answered.connect(self._answered)
        self.questionnaire.follow_up_chosen.connect(self._follow_up_chosen)
        self.questionnaire.finish_requested.connect(self.see_result)
        self.questionnaire.later_requested.connect(self.finish_later)
        self.views.addWidget(self.questionnaire)
        self.crisis = CrisisPanel(self)
        self.crisis.safe.connect(self.safe_now)
        self.crisis.more_help.connect(self.open_help)
        self.views.addWidget(self.crisis)
        self.result = ResultPanel(self)
        self.result.edit.connect(self.edit_answers)
        self.result.back.connect(self.show_overview)
        self.views.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.switch)
        layout.addWidget(self.views, 1)

    def _build_overview(self) -> QWidget:
        inner = QWidget(self)
        # What it is, and taking it.
        self.about_card = Card("", "measures-about", inner)
        self.about = text_label(self.about_card, name="measures-about-words")
        self.screening = text_label(self.about_card, muted=True, name="measures-screening")
        self.source = text_label(self.about_card, muted=True, name="measures-source")
        self.waiting = text_label(self.about_card, name="measures-waiting")
        self.waiting.hide()
        self.take_button = QPushButton(self.about_card)
        set_role(self.take_button, "primary")
        self.take_button.clicked.connect(self.take)
        self.discard_button = QPushButton(tr("&Discard it"), self.about_card)
        self.discard_button.setAccessibleName(tr("Discard the unfinished questionnaire"))
        self.discard_button.clicked.connect(self.discard)
        self.discard_button.hide()
        actions = QHBoxLayout()
        actions.setSpacing(SPACE.s)
        actions.addWidget(self.take_button)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        body = self.about_card.body
        body.addWidget(self.about)
        body.addWidget(self.screening)
        body.addWidget(self.waiting)
        body.addLayout(actions)
        body.addWidget(self.source)

        # The latest result, never only a number.
        self.latest_card = Card(tr("Latest result"), "measures-latest", inner)
        self.latest_score = text_label(self.latest_card, name="measures-latest-score")
        self.latest_score.setFont(scaled_font(self.latest_score, TYPE.section_title, bold=True))
        self.latest_words = text_label(self.latest_card, name="measures-latest-words")
        self.latest_share = text_label(self.latest_card, name="measures-latest-share")
        set_role(self.latest_share, "prompt")
        self.latest_crisis = text_label(self.latest_card, name="measures-latest-crisis")
        self.latest_lines = CrisisLines(self.latest_card)
        for widget in (
            self.latest_score,
            self.latest_words,
            self.latest_share,
            self.latest_crisis,
            self.latest_lines,
        ):
            self.latest_card.body.addWidget(widget)
        self.latest_card.hide()

        # Over time.
        self.chart_card = Card(tr("Over time"), "measures-over-time", inner)
        self.scores = ScorePanel(self.chart_card)
        self.chart_card.body.addWidget(self.scores)
        self.history_title = text_label(self.chart_card, name="measures-history-title")
        self.history_title.setText(tr("Every result, newest first"))
        self.history_title.setFont(scaled_font(self.history_title, TYPE.body, bold=True))
        self.history = QListWidget(self.chart_card)
        self.history.setAccessibleName(tr("Every result, newest first"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setMinimumHeight(140)
        self.history.setMaximumHeight(220)
        self.history.itemActivated.connect(self._history_opened)
        self.chart_card.body.addWidget(self.history_title)
        self.chart_card.body.addWidget(self.history)

        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, SPACE.s, 0)
        layout.setSpacing(SPACE.m)
        layout.addWidget(self.about_card)
        layout.addWidget(self.latest_card)
        layout.addWidget(self.chart_card)
        layout.addStretch(1)
        scroll = scroll_area(inner, self)
        self.overview_view = scroll
        return scroll

    def _start(self) -> None:
        from app.content import ContentError
        from app.measures.content import bundled

        try:
            self.catalogue = bundled()
        except ContentError as error:
            self.notice.show_message(reason(error), Tone.PROBLEM, timeout_ms=0)
            self.take_button.setEnabled(False)
            return
        for number, measure in enumerate(self.catalogue.measures):
            name = say(measure.name)
            # "&PHQ-9", then "G&AD-7": G is "Get help now" in the window's tool bar.
            text = f"&{name}" if number == 0 else f"{name[0]}&{name[1:]}"
            button = QPushButton(text, self.switch)
            button.setCheckable(True)
            button.setAccessibleName(tr("Show the {name}").format(name=name))
            button.setToolTip(say(measure.title))
            set_role(button, "choice")
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(name) + 36)
            self.switch_group.addButton(button, number)
            self.switch_row.insertWidget(number, button)
            self.switch_buttons[measure.id] = button
        self.switch_group.idClicked.connect(
            lambda n: self.choose(self.catalogue.measures[n].id) if self.catalogue else None
        )
        self.choose(self.catalogue.measures[0].id)

    # ----- the chosen questionnaire ------------------------------------------------

    def measure(self, measure_id: str | None = None) -> Measure:
        assert self.catalogue is not None
        found = self.catalogue.get(measure_id or self.measure_id)
        assert found is not None
        return found

    def choose(self, measure_id: str) -> None:
        """Show the overview of ``measure_id``."""
        self.measure_id = measure_id
        self.switch_buttons[measure_id].setChecked(True)
        measure = self.measure()
        self.about_card.title.setText(say(measure.title))
        self.about_card.title.show()
        self.about.setText(say(measure.about))
        self.screening.setText(say(measure.screening_note))
        self.source.setText(say(measure.source))
        self.show_overview()
        self.load()

    def load(self) -> None:
        if self._closed or not self.measure_id:
            return
        self._sequence += 1
        sequence = self._sequence

        def done(found: jobs.Overview) -> None:
            if sequence == self._sequence and not self._closed:
                self._show_overview_data(found)

        def failed(error: BaseException) -> None:
            if sequence == self._sequence and not self._closed:
                self.notice.show_message(
                    tr("Your questionnaires couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    ),
                    Tone.PROBLEM,
                    timeout_ms=0,
                )

        self.session.submit(jobs.overview(self.measure_id), done, failed)

    def _show_overview_data(self, found: jobs.Overview) -> None:
        self.overview = found
        measure = self.measure(found.measure)
        today = self.today()
        name = say(measure.name)
        waiting = found.in_progress
        if waiting is not None:
            self.waiting.setText(
                tr("You started one on {day} and can carry on where you left off ({n}).").format(
                    day=day_text(waiting.day, today),
                    n=answered_text(len(waiting.answers), len(measure.items)),
                )
            )
            self.take_button.setText(tr("&Carry on"))
            self.take_button.setAccessibleName(
                tr("Carry on the {name} you started").format(name=name)
            )
        else:
            self.take_button.setText(tr("Take the {name} &now").format(name=name))
            self.take_button.setAccessibleName(tr("Take the {name} now").format(name=name))
        self.waiting.setVisible(waiting is not None)
        self.discard_button.setVisible(waiting is not None)
        self._show_latest(measure, found.latest, today)
        self.scores.show_scores(measure, found.history, today)
        self.history.clear()
        for point in reversed(found.history[-HISTORY_ROWS:]):
            text = f"{day_text(point.day, today)} \u00b7 {score_text(measure, point.score)}"
            if point.crisis:
                text += " \u00b7 " + tr("item 9 above zero")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, point.run_id)
            self.history.addItem(item)
        self.history_title.setVisible(bool(found.history))
        self.history.setVisible(bool(found.history))
        self.loaded.emit()

    def _show_latest(self, measure: Measure, run: Run | None, today: date) -> None:
        if run is None or run.score is None:
            self.latest_card.hide()
            return
        band = measure.band_for(run.score)
        self.latest_score.setText(
            tr("{day}: {score}").format(
                day=day_text(run.day, today), score=score_text(measure, run.score)
            )
        )
        self.latest_words.setText(say(band.explanation))
        self.latest_share.setText(say(measure.share_note))
        self.latest_crisis.setVisible(run.crisis)
        self.latest_lines.setVisible(run.crisis)
        if run.crisis:
            self.latest_crisis.setText(past_note())
            self.latest_lines.show_lines(self.crisis_lines()[:PAST_LINES])
        self.latest_card.show()

    # ----- taking one --------------------------------------------------------------

    def take(self) -> None:
        """Start the chosen questionnaire, or carry on the one in progress."""
        if self._closed:
            return

        def done(run: Run) -> None:
            if not self._closed:
                self.open_run(run)

        self.session.run_op(jobs.start(self.measure_id), done, self._failed, origin=self)

    def open_run(self, run: Run) -> None:
        self.run = run
        self.questionnaire.show_run(self.measure(run.measure), run)
        self._show_view(self.questionnaire)
        self.questionnaire.focus_first_unanswered()

    def _answered(self, item_id: str, value: int) -> None:
        run = self.run
        if run is None or self._closed:
            return

        def done(stored: Run) -> None:
            if not self._closed and self.run is not None and stored.id == self.run.id:
                self.run = stored
                self.questionnaire.update_run(stored)

        self.session.run_op(jobs.answer(run.id, item_id, value), done, self._failed, origin=self)

    def _follow_up_chosen(self, option_id: str) -> None:
        run = self.run
        if run is None or self._closed:
            return

        def done(stored: Run) -> None:
            if not self._closed and self.run is not None and stored.id == self.run.id:
                self.run = stored

        self.session.run_op(jobs.follow_up(run.id, option_id), done, self._failed, origin=self)

    def _needs_crisis_screen(self, run: Run | None) -> bool:
        return run is not None and run.complete and run.crisis and run.id not in self._acknowledged

    def see_result(self) -> None:
        """The result; first the crisis screen when item 9 is above zero."""
        run = self.run
        if run is None or not run.complete:
            return
        if self._needs_crisis_screen(run):
            self.show_crisis()
        else:
            self.show_result(run)

    def finish_later(self) -> None:
        """Back to the overview, keeping the answers (a scored run with item 9 above
        zero goes through the crisis screen first: the overview shows scores)."""
        if self._needs_crisis_screen(self.run):
            self.show_crisis()
            return
        self.show_overview()

    def show_crisis(self) -> None:
        lines = self.crisis_lines()
        self.crisis.show_lines(lines, self._lines_problem)
        self._show_view(self.crisis)
        self.crisis.safe_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def safe_now(self) -> None:
        """ "I'm safe right now": on to the score."""
        run = self.run
        if run is None:
            self.show_overview()
            return
        self._acknowledged.add(run.id)
        self.show_result(run)

    def show_result(self, run: Run) -> None:
        if run.score is None:
            return
        self.run = run
        self.result.show_result(
            self.measure(run.measure), run, self.crisis_lines() if run.crisis else (), self.today()
        )
        self._show_view(self.result)
        self.result.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_answers(self) -> None:
        if self.run is not None:
            self.open_run(self.run)

    def show_overview(self) -> None:
        self._show_view(self.overview_view)

    def _show_view(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        self.switch.setVisible(view is self.overview_view)

    def current_view(self) -> str:
        """ "overview", "questionnaire", "crisis" or "result"."""
        current = self.views.currentWidget()
        if current is None:
            return "overview"
        return {
            self.questionnaire: "questionnaire",
            self.crisis: "crisis",
            self.result: "result",
        }.get(current, "overview")

    def _history_opened(self, item: QListWidgetItem) -> None:
        run_id = int(item.data(ID_ROLE))

        def done(run: Run) -> None:
            if not self._closed:
                self.show_result(run)

        self.session.submit(jobs.run(run_id), done, self._failed)

    def discard(self) -> None:
        """Remove the questionnaire in progress (with Undo)."""
        waiting = self.overview.in_progress if self.overview is not None else None
        if waiting is None or self._closed:
            return

        def done(_value: object) -> None:
            if not self._closed:
                self.notice.show_message(
                    tr("The unfinished questionnaire was discarded."),
                    Tone.INFO,
                    action=(tr("Undo"), lambda: self._undo_discard(waiting)),
                )

        self.session.run_op(jobs.delete(waiting.id), done, self._failed, origin=self)

    def _undo_discard(self, run: Run) -> None:
        if not self._closed:
            self.session.run_op(jobs.restore(run), None, self._failed, origin=self)

    # ----- crisis lines ------------------------------------------------------------

    def crisis_lines(self) -> list[CrisisLine]:
        """The lines of the crisis screen (read once per page; the app chooses them)."""
        if self._lines is None:
            from app.content import ContentError
            from app.measures.crisis import screen_lines
            from ui.shell.help_dialog import chosen_region

            try:
                self._lines = screen_lines(chosen_region(self.context.settings))
                self._lines_problem = ""
            except ContentError as error:
                log.error("crisis lines could not be read: %s", type(error).__name__)
                self._lines = []
                self._lines_problem = tr(
                    "The list of lines couldn't be read. In the United States, call or "
                    "text 988; elsewhere, call your local emergency number."
                )
        return self._lines

    def open_help(self) -> None:
        """The main window's "Get help now" (F1)."""
        window = self.window()
        opener = getattr(window, "open_help", None)
        if callable(opener):
            opener()

    # ----- changes and locking -----------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.notice.show_message(
                tr("That didn't work: {reason}").format(reason=reason(error)), Tone.PROBLEM
            )

    def show_item(self, ref: str) -> None:
        """Show one result (``ref`` is its run id, as in the timeline)."""
        try:
            run_id = int(ref)
        except ValueError:
            return
        if self._closed:
            return

        def done(run: Run) -> None:
            if self._closed:
                return
            if run.measure != self.measure_id and run.measure in self.switch_buttons:
                self.choose(run.measure)
            if run.complete:
                self.show_result(run)
            else:
                self.open_run(run)

        self.session.submit(jobs.run(run_id), done, self._failed)

    def apply_changes(self, changes: Changes) -> None:
        from app.measures import ops

        if self._closed or not changes.touches(*ops.ALL_TOPICS):
            return
        self.load()

    def before_lock(self) -> None:
        """The vault closes next: answers are already saved; forget everything shown."""
        if self._closed:
            return
        self._closed = True
        self.wipe()

    def wipe(self) -> None:
        self.questionnaire.wipe()
        self.result.wipe()
        self.crisis.show_lines(())
        self.scores.clear()
        self.history.clear()
        for label in (
            self.latest_score,
            self.latest_words,
            self.latest_share,
            self.latest_crisis,
            self.waiting,
        ):
            label.clear()
        self.latest_lines.show_lines(())
        self.overview = None
        self.run = None
        self._acknowledged.clear()
        self.notice.dismiss()
        self.show_overview()

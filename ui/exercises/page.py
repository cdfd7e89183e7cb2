"""The exercises page: start an exercise, pick up one left half-done, read finished ones.

Left: what is in progress, the exercises to start (each says what it is adapted from
and about how long it takes), and what is finished. Right: the open run, which saves
itself like a journal entry (``ui/common/autosave.py``), with "bring to therapy",
"done" and "move to trash" beside it. Runs are stored with their own copy of the
exercise, so they open as they were written whatever the content says today.

Beside "bring to therapy", "For session:" links the open run to one of the sessions
around today (``app.exercises.ops.link_session``). Under the debrief's "which boundary
came up" step, the person's boundaries in use are offered to pick from. "Trash…"
under the lists opens the runs in the trash (``ui/exercises/trash_dialog.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.design import SPACE, TYPE
from ui.common.lazy_list import TwoLineDelegate, split_two_lines
from ui.common.messages import MessageBanner, Tone
from ui.common.surfaces import PageHeader, scaled_font, text_label, text_width
from ui.common.text import error_words
from ui.common.theme import set_role
from ui.exercises.runner import ExerciseRunner
from ui.exercises.words import run_lines

if TYPE_CHECKING:
    from app.boundaries.model import BoundarySummary
    from app.exercises.content import ExerciseCatalogue
    from app.exercises.model import Exercise, Run
    from app.exercises.repository import RunSummary
    from app.platform.changes import Changes
    from app.sessions.model import SessionSummary
    from app.vault.vault import Vault
    from ui.exercises.trash_dialog import ExerciseTrashDialog
    from ui.shell.context import ModuleContext

log = logging.getLogger(__name__)
RunId = int
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
FINISHED_SHOWN = 100
# The "For session:" choice offers the sessions this many days either side of today
# (and the run's own session, wherever it is).
SESSION_DAYS_BACK = 60
SESSION_DAYS_AHEAD = 60
# Steps of an exercise where the person's boundaries are offered as hints to pick from.
BOUNDARY_HINT_STEPS = {"hard-conversation-debrief": "boundary"}
BOUNDARY_HINTS_SHOWN = 8
BOUNDARY_HINT_CHARS = 64


def tr(text: str) -> str:
    return QCoreApplication.translate("ExercisesPage", text)


@dataclass(frozen=True)
class Listing:
    catalogue: ExerciseCatalogue
    in_progress: list[RunSummary]
    finished: list[RunSummary]


# Another page's link to an exercise rather than to a run (``show_item``).
EXERCISE_REF = "exercise:"


def _listing_job(vault: Vault) -> Listing:
    from app.exercises.content import bundled_catalogue
    from app.exercises.repository import RunRepository

    repo = RunRepository(vault.connection)
    return Listing(bundled_catalogue(), repo.in_progress(50), repo.finished(FINISHED_SHOWN))


@dataclass(frozen=True)
class SessionChoices:
    today: date
    sessions: list[SessionSummary]  # upcoming soonest first, then recent latest first


def _sessions_job(linked: int | None) -> Callable[[Vault], SessionChoices]:
    """Sessions around today to link a run to, with the run's own (``linked``) too."""

    def job(vault: Vault) -> SessionChoices:
        from app.platform.errors import UserError
        from app.sessions.repository import SessionRepository

        repo = SessionRepository(vault.connection)
        now = datetime.now().astimezone()
        today = now.date()
        around = repo.between(
            today - timedelta(days=SESSION_DAYS_BACK), today + timedelta(days=SESSION_DAYS_AHEAD)
        )
        ahead = [s for s in around if s.end > now]
        behind = [s for s in reversed(around) if s.end <= now]
        found = ahead + behind
        if linked is not None and all(s.id != linked for s in found):
            try:
                session = repo.get(linked)
            except UserError:
                session = None
            if session is not None and session.deleted_at is None:
                day = session.start.date()
                same_day = repo.between(day - timedelta(days=1), day + timedelta(days=1))
                extra = next((s for s in same_day if s.id == linked), None)
                if extra is not None:
                    found.append(extra)
        return SessionChoices(today, found)

    return job


def _boundaries_job(vault: Vault) -> list[BoundarySummary]:
    from app.boundaries.repository import BoundaryRepository

    return BoundaryRepository(vault.connection).active()[:BOUNDARY_HINTS_SHOWN]


def _short(text: str, limit: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\u2026"


def _reason(error: BaseException) -> str:
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    return tr("something went wrong on this computer")


class ExercisesPage(QWidget):
    def __init__(self, context: ModuleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercises-page")
        self.setAccessibleName(tr("Exercises"))
        self.context = context
        self.session = context.session
        self.run: Run | None = None
        self.catalogue: ExerciseCatalogue | None = None
        self.trash_dialog: ExerciseTrashDialog | None = None
        self._closed = False
        self._choices_sequence = 0
        self._hints_sequence = 0
        self.autosave = Autosave(
            self._store, self, new_text=tr("Nothing written yet. It saves as you go.")
        )
        self._build()
        self._empty_old_trash()
        self.reload()

    def _empty_old_trash(self) -> None:
        """Runs trashed more than 30 days ago are deleted for good (as the trash says)."""
        from app.exercises import ops

        self.session.run_op(lambda vault: ops.purge_expired(vault.connection), origin=self)

    # ----- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("Exercises"), self, name="exercises-header")
        self.header.set_subtitle(
            tr(
                "Short guided practice for boundaries and hard conversations. Do them "
                "alone, at your pace; they keep your place."
            )
        )
        self.banner = MessageBanner(self)

        self.lists = QWidget(self)
        self.lists.setMinimumWidth(text_width(self, 30))  # titles readable in a small window
        left = QVBoxLayout(self.lists)
        left.setContentsMargins(0, 0, SPACE.s, 0)
        left.setSpacing(SPACE.s)
        self.in_progress_title = self._section(tr("Carry on"), self.lists)
        self.in_progress = self._list("exercises-in-progress", tr("Exercises in progress"))
        self.library_title = self._section(tr("Start an exercise"), self.lists)
        self.library = self._list("exercises-library", tr("Exercises you can start"))
        self.finished_title = self._section(tr("Finished"), self.lists)
        self.finished = self._list("exercises-finished", tr("Finished exercises"))
        for title, widget, stretch in (
            (self.in_progress_title, self.in_progress, 1),
            (self.library_title, self.library, 3),
            (self.finished_title, self.finished, 2),
        ):
            left.addWidget(title)
            left.addWidget(widget, stretch)
        self.content_problems = text_label(self.lists, muted=True, name="exercises-problems")
        self.content_problems.hide()
        left.addWidget(self.content_problems)
        self.open_trash_button = QPushButton(tr("&Trash\u2026"), self.lists)
        self.open_trash_button.setObjectName("exercises-open-trash")
        self.open_trash_button.setAccessibleName(tr("Exercises in the trash"))
        self.open_trash_button.setToolTip(tr("Restore an exercise you moved to the trash"))
        self.open_trash_button.clicked.connect(self.open_trash)
        left.addWidget(self.open_trash_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.runner = ExerciseRunner(self)
        self.runner.answers_changed.connect(lambda _answers: self._edited())
        self.status = SaveStateLabel(self.autosave, self)
        self.status.setObjectName("exercises-save-state")
        self.flag = QCheckBox(tr("&Bring to therapy"), self)
        self.flag.setObjectName("exercises-flag")
        self.flag.setAccessibleName(tr("Bring this to therapy"))
        self.flag.toggled.connect(self._flag_toggled)
        self.session_box = QComboBox(self)
        self.session_box.setObjectName("exercises-session")
        self.session_box.setAccessibleName(tr("Session this exercise is for"))
        self.session_box.setToolTip(tr("Link this exercise to a session, to bring it up there"))
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_box.setMinimumContentsLength(12)
        self.session_box.activated.connect(self._session_chosen)
        self.session_label = QLabel(tr("&For session:"), self)
        self.session_label.setObjectName("exercises-session-label")
        self.session_label.setBuddy(self.session_box)
        self.done_button = QPushButton(tr("&Done"), self)
        self.done_button.setObjectName("exercises-done")
        self.done_button.clicked.connect(self._done_clicked)
        self.trash_button = QPushButton(tr("&Move to trash"), self)
        self.trash_button.setObjectName("exercises-trash")
        self.trash_button.setAccessibleName(tr("Move this exercise to the trash"))
        self.trash_button.clicked.connect(self._trash_clicked)
        # The save state has a row of its own: beside the buttons it was squeezed to
        # nothing with large text or a longer language.
        bar = QHBoxLayout()
        bar.setSpacing(SPACE.s)
        bar.addStretch(1)
        bar.addWidget(self.flag)
        bar.addWidget(self.session_label)
        bar.addWidget(self.session_box)
        bar.addWidget(self.done_button)
        bar.addWidget(self.trash_button)
        run_panel = QWidget(self)
        run_layout = QVBoxLayout(run_panel)
        run_layout.setContentsMargins(0, 0, 0, 0)
        run_layout.addWidget(self.runner, 1)
        run_layout.addWidget(self.status)
        run_layout.addLayout(bar)

        self.welcome = QWidget(self)
        welcome = QVBoxLayout(self.welcome)
        welcome.setContentsMargins(SPACE.xl, SPACE.xl, SPACE.xl, SPACE.xl)
        hello = QLabel(tr("Pick an exercise on the left"), self.welcome)
        hello.setFont(scaled_font(hello, TYPE.section_title))
        words = text_label(self.welcome, muted=True)
        words.setText(
            tr(
                "Each one takes a few minutes and keeps your place, so you can stop and "
                "come back. What you write stays here, encrypted. None of this replaces "
                "your therapist; you can bring any of it to a session."
            )
        )
        welcome.addWidget(hello)
        welcome.addWidget(words)
        welcome.addStretch(1)

        self.right = QStackedWidget(self)
        self.right.addWidget(self.welcome)
        self.right.addWidget(run_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([text_width(self, 52), 700])  # wider with large text

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.s, SPACE.s, SPACE.s, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._show_run_controls()

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        set_role(label, "section-title")
        return label

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget(self.lists)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        # Title in bold, the detail quieter under it, each cut short to the width (the
        # whole of a row cut short is in its tooltip), never scrolled sideways.
        widget.setItemDelegate(TwoLineDelegate(split_two_lines, parent=widget))
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.itemActivated.connect(self._activated)
        widget.itemClicked.connect(self._activated)
        return widget

    # ----- lists -----------------------------------------------------------------------

    def reload(self) -> None:
        if self._closed:
            return

        def done(listing: Listing) -> None:
            if not self._closed:
                self._show_listing(listing)

        def failed(error: BaseException) -> None:
            if not self._closed:
                self.banner.show_message(
                    tr("Your exercises couldn't be loaded: {reason}").format(reason=_reason(error)),
                    Tone.PROBLEM,
                )

        self.session.submit(_listing_job, done, failed)

    def _show_listing(self, listing: Listing) -> None:
        self.catalogue = listing.catalogue
        self._fill(self.in_progress, [self._run_item(r) for r in listing.in_progress])
        self.in_progress_title.setVisible(bool(listing.in_progress))
        self.in_progress.setVisible(bool(listing.in_progress))
        self._fill(self.library, [self._exercise_item(e) for e in listing.catalogue.exercises])
        self._fill(self.finished, [self._run_item(r) for r in listing.finished])
        self.finished_title.setVisible(bool(listing.finished))
        self.finished.setVisible(bool(listing.finished))
        if listing.catalogue.problems:
            # Named for whoever maintains the content; the rest still work.
            self.content_problems.setText(
                tr("Some exercises couldn't be read: {problems}").format(
                    problems="; ".join(listing.catalogue.problems)
                )
            )
        self.content_problems.setVisible(bool(listing.catalogue.problems))

    @staticmethod
    def _fill(widget: QListWidget, items: list[QListWidgetItem]) -> None:
        widget.clear()
        for item in items:
            widget.addItem(item)

    def _exercise_item(self, exercise: Exercise) -> QListWidgetItem:
        minutes = tr("about {n} min").format(n=exercise.minutes)
        item = QListWidgetItem(f"{exercise.title}\n{exercise.adapted_from} \u00b7 {minutes}")
        item.setData(KIND_ROLE, "exercise")
        item.setData(ID_ROLE, exercise.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{exercise.title}. {minutes}")
        item.setToolTip(exercise.why)
        return item

    def _run_item(self, summary: RunSummary) -> QListWidgetItem:
        title, detail = run_lines(summary)
        if summary.bring_to_therapy:
            detail += " \u00b7 " + tr("for therapy")
        item = QListWidgetItem(f"{title}\n{detail}")
        item.setData(KIND_ROLE, "run")
        item.setData(ID_ROLE, summary.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {detail}")
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        kind, key = item.data(KIND_ROLE), item.data(ID_ROLE)
        if kind == "exercise":
            self.start(str(key))
        elif kind == "run":
            self.open_run(int(key))

    # ----- a run -----------------------------------------------------------------------

    def start(self, exercise_id: str) -> None:
        """Begin a new run of ``exercise_id`` and open it."""
        from app.exercises import ops

        exercise = self.catalogue.get(exercise_id) if self.catalogue is not None else None
        if exercise is None or self._closed:
            return
        self.autosave.flush()
        self.session.run_op(
            lambda vault: ops.start_run(vault.connection, exercise),
            self._show_run,
            self._problem(tr("That exercise couldn't be started: {reason}")),
            origin=self,
        )

    def open_run(self, run_id: RunId) -> None:
        from app.exercises.repository import RunRepository

        if self.run is not None and self.run.id == run_id:
            return
        self.autosave.flush()
        self.session.submit(
            lambda vault: RunRepository(vault.connection).get(run_id),
            self._show_run,
            self._problem(tr("That exercise couldn't be opened: {reason}")),
        )

    def _show_run(self, run: Run) -> None:
        if self._closed:
            return
        self.run = run
        self.runner.show_exercise(run.exercise, run.answers)
        self.autosave.reset(SaveState.SAVED if run.answers else SaveState.NEW)
        self.right.setCurrentIndex(1)
        self._show_run_controls()
        self._load_session_choices()
        self._load_boundary_hints()
        first = self.runner.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_run_controls(self) -> None:
        run = self.run
        for widget in (
            self.flag,
            self.session_label,
            self.session_box,
            self.done_button,
            self.trash_button,
            self.status,
        ):
            widget.setEnabled(run is not None)
        if run is None:
            return
        self.flag.blockSignals(True)
        self.flag.setChecked(run.bring_to_therapy)
        self.flag.blockSignals(False)
        self._show_linked_session()
        self.runner.set_read_only(run.finished is not None)
        self.done_button.setText(tr("&Done") if run.finished is None else tr("&Open again"))
        self.done_button.setAccessibleName(
            tr("Mark this exercise as done")
            if run.finished is None
            else tr("Open this exercise again to change it")
        )

    def _edited(self) -> None:
        if self.run is not None and not self._closed:
            self.autosave.changed()

    def _store(self) -> None:
        """Autosave: hand the answers to the worker (they are checked there)."""
        from app.exercises import ops

        run = self.run
        if run is None or self._closed:
            return
        answers = self.runner.answers()
        run_id = run.id
        ticket = self.autosave.begin()

        def done(_summary: object) -> None:
            self.autosave.finished(ticket)

        def failed(error: BaseException) -> None:
            self.autosave.failed(ticket)
            if not self._closed:
                self.banner.show_message(
                    tr("Your answers couldn't be saved yet: {reason}").format(
                        reason=_reason(error)
                    ),
                    Tone.PROBLEM,
                )

        self.session.run_op(
            lambda vault: ops.save_answers(vault.connection, run_id, answers),
            done,
            failed,
            origin=self,
        )

    def save(self) -> None:
        """Save now (Ctrl+S); otherwise answers save by themselves a second after a change."""
        self.autosave.flush()

    def _flag_toggled(self, on: bool) -> None:
        from app.exercises import ops

        run = self.run
        if run is None:
            return
        run_id = run.id
        self.session.run_op(
            lambda vault: ops.set_flag(vault.connection, run_id, on),
            self._updated,
            self._problem(tr("That couldn't be changed: {reason}")),
            origin=self,
        )

    def _done_clicked(self) -> None:
        from app.exercises import ops

        run = self.run
        if run is None:
            return
        self.autosave.flush()
        run_id = run.id
        op = ops.finish_run if run.finished is None else ops.reopen_run
        self.session.run_op(
            lambda vault: op(vault.connection, run_id),
            self._updated,
            self._problem(tr("That couldn't be changed: {reason}")),
            origin=self,
        )

    def _trash_clicked(self) -> None:
        from app.exercises import ops

        run = self.run
        if run is None:
            return
        self.autosave.flush()
        run_id = run.id

        def trashed(_value: object) -> None:
            self.close_run()
            self.banner.show_message(
                tr("Moved to the trash. It stays there for 30 days."), Tone.SUCCESS
            )

        self.session.run_op(
            lambda vault: ops.trash_run(vault.connection, run_id),
            trashed,
            self._problem(tr("That couldn't be moved to the trash: {reason}")),
            origin=self,
        )

    # ----- "For session:" ---------------------------------------------------------------

    def _load_session_choices(self) -> None:
        """Read the sessions around today (and the run's own) for the choice."""
        run = self.run
        if run is None or self._closed:
            return
        self._choices_sequence += 1
        sequence, run_id = self._choices_sequence, run.id

        def done(choices: SessionChoices) -> None:
            current = self.run
            if (
                sequence == self._choices_sequence
                and not self._closed
                and current is not None
                and current.id == run_id
            ):
                self._show_session_choices(choices)

        self.session.submit(
            _sessions_job(run.session_id),
            done,
            self._problem(tr("Your sessions couldn't be read just now: {reason}")),
        )

    def _show_session_choices(self, choices: SessionChoices) -> None:
        from ui.sessions.words import kind_name, when_text

        self.session_box.blockSignals(True)
        self.session_box.clear()
        self.session_box.addItem(tr("None"), None)
        for summary in choices.sessions:
            when = when_text(summary.start, summary.minutes, choices.today)
            self.session_box.addItem(f"{when} \u00b7 {kind_name(summary.kind_id)}", summary.id)
        self.session_box.blockSignals(False)
        self._show_linked_session()

    def session_choice_ids(self) -> list[int | None]:
        """The sessions offered, in order (None first: no session)."""
        return [self.session_box.itemData(n) for n in range(self.session_box.count())]

    def _show_linked_session(self) -> None:
        """Show the run's current link in the choice (without saving anything)."""
        run = self.run
        if run is None:
            return
        self.session_box.blockSignals(True)
        ids = self.session_choice_ids()
        if not ids:
            self.session_box.addItem(tr("None"), None)
            ids = [None]
        if run.session_id not in ids:
            # Linked to a session outside the list (or not read yet): say so plainly.
            self.session_box.addItem(tr("A session not listed here"), run.session_id)
            ids.append(run.session_id)
        self.session_box.setCurrentIndex(ids.index(run.session_id))
        self.session_box.blockSignals(False)

    def _session_chosen(self, index: int) -> None:
        from app.exercises import ops

        run = self.run
        if run is None or self._closed:
            return
        wanted = self.session_box.itemData(index)
        session_id = None if wanted is None else int(wanted)
        if session_id == run.session_id:
            return
        run_id = run.id

        def failed(error: BaseException) -> None:
            self._problem(tr("That couldn't be linked: {reason}"))(error)
            if not self._closed:
                self._show_linked_session()

        self.session.run_op(
            lambda vault: ops.link_session(vault.connection, run_id, session_id),
            self._updated,
            failed,
            origin=self,
        )

    # ----- boundaries as hints ---------------------------------------------------------

    def _load_boundary_hints(self) -> None:
        """Under a step that asks which boundary came up, offer the person's own."""
        run = self.run
        if run is None or self._closed:
            return
        step_id = BOUNDARY_HINT_STEPS.get(run.exercise_id)
        if step_id is None or run.exercise.step(step_id) is None:
            return
        self._hints_sequence += 1
        sequence, run_id = self._hints_sequence, run.id

        def done(boundaries: list[BoundarySummary]) -> None:
            current = self.run
            if (
                sequence == self._hints_sequence
                and not self._closed
                and current is not None
                and current.id == run_id
            ):
                self._show_boundary_hints(step_id, boundaries)

        # Hints only: if they can't be read, the step still works as it is.
        self.session.submit(_boundaries_job, done, lambda _error: None)

    def _show_boundary_hints(self, step_id: str, boundaries: list[BoundarySummary]) -> None:
        block = self.runner.blocks.get(step_id)
        if block is None or not boundaries:
            return
        hints = QWidget(block)
        hints.setObjectName("exercises-boundary-hints")
        hints.setAccessibleName(tr("Your boundaries"))
        column = QVBoxLayout(hints)
        column.setContentsMargins(0, SPACE.xs, 0, 0)
        column.setSpacing(SPACE.xs)
        intro = text_label(hints, muted=True)
        intro.setText(tr("Your boundaries. Choose one to add it to your answer:"))
        column.addWidget(intro)
        previous = block.field.focus_widget()  # Tab goes from the answer to the hints
        for summary in boundaries:
            statement = summary.boundary.statement
            button = QPushButton(_short(statement, BOUNDARY_HINT_CHARS), hints)
            button.setObjectName("exercises-boundary-hint")
            button.setAccessibleName(
                tr("Add this boundary to your answer: {boundary}").format(
                    boundary=_short(statement, 300)
                )
            )
            button.setToolTip(_short(statement, 600))
            button.clicked.connect(lambda _on=False, s=statement: self._use_boundary(step_id, s))
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            QWidget.setTabOrder(previous, button)
            previous = button
        layout = block.layout()
        if layout is not None:
            layout.addWidget(hints)
        hints.show()  # now, not on the next turn of the event loop: Tab reaches it at once

    def boundary_hints(self) -> list[QPushButton]:
        return self.runner.findChildren(QPushButton, "exercises-boundary-hint")

    def _use_boundary(self, step_id: str, statement: str) -> None:
        """Add the boundary's words to the step's answer, on a line of their own."""
        block = self.runner.blocks.get(step_id)
        edit = getattr(block.field, "edit", None) if block is not None else None
        if edit is None:
            return
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        before = edit.toPlainText()
        cursor.insertText(("\n" if before.strip() else "") + statement.strip())
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- the trash --------------------------------------------------------------------

    def open_trash(self) -> None:
        """Show the exercises in the trash (one dialog at a time)."""
        from ui.exercises.trash_dialog import ExerciseTrashDialog

        if self._closed:
            return
        if self.trash_dialog is not None:
            self.trash_dialog.raise_()
            self.trash_dialog.activateWindow()
            return
        dialog = ExerciseTrashDialog(self.session, self)
        dialog.finished.connect(lambda _result: self._forget_trash(dialog))
        self.trash_dialog = dialog
        dialog.open()
        dialog.load()

    def _forget_trash(self, dialog: ExerciseTrashDialog) -> None:
        if self.trash_dialog is dialog:
            self.trash_dialog = None
        dialog.wipe()
        dialog.deleteLater()

    def _updated(self, run: object) -> None:
        from app.exercises.model import Run

        if isinstance(run, Run) and self.run is not None and run.id == self.run.id:
            # Keep the answers on screen (they may be newer than the stored ones).
            self.run = run
            self._show_run_controls()

    def close_run(self) -> None:
        self.autosave.flush()
        self.run = None
        self.runner.clear()
        self.autosave.reset(SaveState.NEW)
        self.right.setCurrentIndex(0)
        self._show_run_controls()

    def _problem(self, words: str) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            if not self._closed:
                self.banner.show_message(words.format(reason=_reason(error)), Tone.PROBLEM)

        return show

    # ----- the page protocol (ui/shell/navigation.py) -----------------------------------

    def apply_changes(self, changes: Changes) -> None:
        from app.exercises.ops import ALL_TOPICS, TRASH
        from app.sessions.ops import SESSIONS

        if self._closed:
            return
        if changes.touches(SESSIONS):
            self._load_session_choices()
        if not any(changes.touches(topic) for topic in ALL_TOPICS):
            return
        self.reload()
        if self.trash_dialog is not None and changes.touches(TRASH):
            self.trash_dialog.load()

    def show_item(self, ref: str) -> None:
        """``ref`` is a run's id, or ``exercise:<id>`` to carry on with that exercise."""
        if ref.startswith(EXERCISE_REF):
            self.carry_on_or_start(ref.removeprefix(EXERCISE_REF))
            return
        try:
            self.open_run(int(ref))
        except ValueError:
            log.warning("an exercise reference that is not a number was asked for")

    def carry_on_or_start(self, exercise_id: str) -> None:
        """Open the half-done run of ``exercise_id`` if there is one, or begin one (another
        page's link: the lists may not be loaded yet, so they are read afresh)."""

        def done(listing: Listing) -> None:
            if self._closed:
                return
            self._show_listing(listing)
            for run in listing.in_progress:
                if run.exercise_id == exercise_id:
                    self.open_run(run.id)
                    return
            self.start(exercise_id)

        self.session.submit(
            _listing_job, done, self._problem(tr("That exercise couldn't be opened: {reason}"))
        )

    def before_lock(self) -> None:
        """The vault closes next: queue the last save, then forget what is shown."""
        from app.exercises import ops

        if self._closed:
            return
        run = self.run
        if run is not None and self.autosave.has_unsaved_changes():
            answers, run_id = self.runner.answers(), run.id
            self.session.submit(lambda vault: ops.save_answers(vault.connection, run_id, answers))
        self._closed = True
        if self.trash_dialog is not None:
            dialog, self.trash_dialog = self.trash_dialog, None
            dialog.wipe()
            dialog.reject()
        self.autosave.close()
        self.runner.clear()
        self.run = None
        self.session_box.clear()
        for widget in (self.in_progress, self.library, self.finished):
            widget.clear()
        self.banner.clear_message()


def build(context: ModuleContext) -> ExercisesPage:
    return ExercisesPage(context)


__all__ = ["ExercisesPage", "Listing", "build"]

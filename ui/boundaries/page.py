"""The boundaries page: the boundaries in use (and those set aside) on the left; the
chosen one on the right, with how often it held and the log of moments it was tested.

Everything is read on the database worker: the page shows its frame at once and fills
in as answers arrive. Changes run as operations (``app.boundaries.ops``) and the page,
like every other, redraws from ``apply_changes`` when one touches the module's topics.
The log is read 50 moments at a time, newest first ("Show more" reads the next 50), so
a boundary logged thousands of times opens as fast as a new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.boundaries import jobs
from ui.boundaries.held_chart import HeldPanel
from ui.boundaries.words import (
    DOT,
    ROW_CHARS,
    area_title,
    day_text,
    held_lately,
    outcome_text,
    plural,
    reason,
    shown,
)
from ui.common.design import SPACE, TYPE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.record_lists import (
    ID_ROLE,
    LogCard,
    LogWords,
    RecordLog,
    TwoLineList,
    TwoLines,
)
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, PageHeader, scaled_font, text_label
from ui.common.theme import set_role
from ui.shell import shortcuts
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.boundaries.model import Boundary, BoundaryEvent
    from app.platform.changes import Changes
    from ui.boundaries.builder import BoundaryBuilder
    from ui.boundaries.moment_dialog import MomentDialog

log = logging.getLogger(__name__)

NEW_KEY = shortcuts.NEW
# The detail shows this much of a long need or rehearsal; Edit shows all of it.
DETAIL_CHARS = 4_000
# The care-taking reflection, as the Exercises page's show_item takes it (pages reach
# each other by module id and a reference only: ui/shell/context.py).
CARE_REFLECTION_REF = "exercise:caretaking-reflection"


def tr(text: str) -> str:
    return QCoreApplication.translate("BoundariesPage", text)


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class BoundaryList(TwoLineList):
    """Boundaries as two-line rows: the statement, then its area and how it held lately."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def show_boundaries(self, rows: list[jobs.Row]) -> None:
        lines = []
        for row in rows:
            boundary = row.boundary
            second = f"{area_title(boundary.area)}{DOT}{held_lately(row.lately)}"
            if boundary.bring_to_therapy:
                second += DOT + tr("For therapy")
            lines.append(
                TwoLines(
                    boundary.id,
                    shown(boundary.statement, ROW_CHARS),
                    second,
                    shown(boundary.statement, 600),
                )
            )
        self.show_rows(lines)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as its rows (up to a point), so the two lists sit one under the other."""
        rows = max(1, self.count())
        row_height = self.sizeHintForRow(0) if self.count() else 48
        self.setMaximumHeight(min(rows, 8) * row_height + 2 * self.frameWidth() + 4)


class MomentList(RecordLog):
    """The log: one row of a few lines per moment, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Moments this boundary was tested, newest first"), tr("Delete this moment"), parent
        )

    @staticmethod
    def words(event: BoundaryEvent, today: date) -> str:
        top = [outcome_text(event.outcome), day_text(event.happened, event.at, today)]
        if event.feeling is not None:
            top.append(tr("Felt {n} of 10").format(n=event.feeling))
        lines = [DOT.join(top)]
        if event.what_happened.strip():
            lines.append(shown(event.what_happened.strip(), ROW_CHARS))
        if event.next_time.strip():
            lines.append(
                tr("Next time: {text}").format(text=shown(event.next_time.strip(), ROW_CHARS))
            )
        return "\n".join(lines)

    def add_events(self, events: list[BoundaryEvent], today: date) -> None:
        for event in events:
            self.add_record(event.id, self.words(event, today))


class BoundariesPage(QWidget):
    """See the module docstring."""

    # The lists arrived (after opening, and after each change).
    loaded = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boundaries-page")
        self.setAccessibleName(tr("Boundaries"))
        self.context = context
        self.session = context.session
        self.today = today
        self._closed = False
        self._selected: int | None = None
        self._boundary: Boundary | None = None
        self._events: dict[int, BoundaryEvent] = {}
        self._last_event: BoundaryEvent | None = None
        self._more = False
        self._want_event: int | None = None
        self._lists_sequence = 0
        self._detail_sequence = 0
        self._held_sequence = 0
        self._log_sequence = 0
        self.has_boundaries: bool | None = None  # None until the lists arrive
        self.builder: BoundaryBuilder | None = None
        self.moment_dialog: MomentDialog | None = None
        self._build()
        self._bind_keys()
        self._start()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("Boundaries"), self, name="boundaries-header")
        self.header.set_subtitle(
            tr("What you will do to look after yourself, and how it goes when it's tested.")
        )
        self.new_button = QPushButton(tr("&New boundary…"), self)
        self.new_button.setAccessibleName(tr("New boundary"))
        self.new_button.setToolTip(tr("Write a new boundary ({key})").format(key=_native(NEW_KEY)))
        self.new_button.clicked.connect(lambda: self.new_boundary())
        set_role(self.new_button, "primary")
        # The care-taking reflection belongs with boundaries (it is often where one
        # starts), but it is an exercise: it opens, or carries on, on the Exercises page.
        self.care_button = QPushButton(tr("&Where my care goes…"), self)
        self.care_button.setAccessibleName(tr("Where my care goes: a reflection"))
        self.care_button.setToolTip(
            tr(
                "A reflection on where looking after your partner costs your own "
                "recovery. It opens on the Exercises page."
            )
        )
        self.care_button.clicked.connect(self.open_care_reflection)
        self.header.add_action(self.care_button)
        self.header.add_action(self.new_button)
        self.notice = Notice(self)

        self.views = QStackedWidget(self)
        self.views.addWidget(self._build_empty())
        self.views.addWidget(self._build_main())
        self.views.setCurrentIndex(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.views, 1)

    def _build_empty(self) -> QWidget:
        holder = QWidget(self)
        self.empty_card = Card(tr("No boundaries yet"), "boundaries-empty", holder)
        self.empty_words = text_label(self.empty_card, name="boundaries-empty-words")
        self.empty_words.setText(
            tr(
                "A boundary is something you decide to do to look after yourself, like "
                "\u201cIf there\u2019s drink in the house, I will spend the evening at my "
                "sister\u2019s.\u201d It is about your own actions, not about changing your "
                "partner."
            )
        )
        self.empty_more = text_label(self.empty_card, muted=True)
        self.empty_more.setText(
            tr(
                "Once you have one, you can note each time it is tested and see how it "
                "holds over the weeks. There is no score to keep."
            )
        )
        self.empty_button = QPushButton(tr("Write your first boundary…"), self.empty_card)
        self.empty_button.setAccessibleName(tr("Write your first boundary"))
        self.empty_button.clicked.connect(lambda: self.new_boundary())
        set_role(self.empty_button, "primary")
        row = QHBoxLayout()
        row.addWidget(self.empty_button)
        row.addStretch(1)
        self.empty_card.body.addWidget(self.empty_words)
        self.empty_card.body.addWidget(self.empty_more)
        self.empty_card.body.addSpacing(SPACE.s)
        self.empty_card.body.addLayout(row)
        self.empty_card.setMaximumWidth(640)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, SPACE.l, 0, 0)
        layout.addWidget(self.empty_card)
        layout.addStretch(1)
        return holder

    def _build_main(self) -> QWidget:
        # Left: in use, then set aside (folded away until asked for).
        left = QWidget(self)
        self.active_title = text_label(left, name="boundaries-active-title")
        self.active_title.setText(tr("In use"))
        set_role(self.active_title, "section-title")
        self.active_list = BoundaryList(tr("Boundaries in use"), left)
        self.active_empty = text_label(left, muted=True)
        self.active_empty.setText(
            tr("None in use just now. Archived ones can be brought back below.")
        )
        self.active_empty.hide()
        self.archived_toggle = QToolButton(left)
        self.archived_toggle.setCheckable(True)
        self.archived_toggle.setAutoRaise(True)
        self.archived_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.archived_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.archived_toggle.toggled.connect(self._toggle_archived)
        self.archived_list = BoundaryList(tr("Archived boundaries"), left)
        self.archived_list.hide()
        for boundary_list in (self.active_list, self.archived_list):
            boundary_list.itemSelectionChanged.connect(
                lambda which=boundary_list: self._list_selected(which)
            )
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACE.s, 0)
        left_layout.setSpacing(SPACE.s)
        left_layout.addWidget(self.active_title)
        left_layout.addWidget(self.active_list)
        left_layout.addWidget(self.active_empty)
        left_layout.addSpacing(SPACE.s)
        left_layout.addWidget(self.archived_toggle)
        left_layout.addWidget(self.archived_list)
        left_layout.addStretch(1)

        # Right: the chosen boundary.
        self.side = QStackedWidget(self)
        self.pick_hint = text_label(self.side, muted=True)
        self.pick_hint.setText(tr("Choose a boundary on the left to see it here."))
        self.pick_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.side.addWidget(self.pick_hint)
        self.side.addWidget(self._build_detail())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 640])
        return self.splitter

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        # The boundary itself.
        self.boundary_card = Card("", "boundary-card", detail)
        self.statement = text_label(self.boundary_card, name="boundary-statement")
        self.statement.setFont(scaled_font(self.statement, TYPE.section_title))
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.area = text_label(self.boundary_card, muted=True, name="boundary-area")
        self.need_title = text_label(self.boundary_card, name="boundary-need-title")
        self.need_title.setText(tr("The need behind it"))
        self.need_title.setFont(scaled_font(self.need_title, TYPE.body, bold=True))
        self.need = text_label(self.boundary_card, name="boundary-need")
        self.need.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rehearsal_title = text_label(self.boundary_card, name="boundary-rehearsal-title")
        self.rehearsal_title.setText(tr("What I could say"))
        self.rehearsal_title.setFont(scaled_font(self.rehearsal_title, TYPE.body, bold=True))
        self.rehearsal = text_label(self.boundary_card, name="boundary-rehearsal")
        self.rehearsal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.rehearsal, "prompt")

        self.edit_button = QPushButton(tr("&Edit…"), self.boundary_card)
        self.edit_button.setAccessibleName(tr("Edit this boundary"))
        self.edit_button.clicked.connect(self.edit_boundary)
        self.log_button = QPushButton(tr("&Log a moment…"), self.boundary_card)
        self.log_button.setAccessibleName(tr("Log a moment this boundary was tested"))
        self.log_button.setToolTip(tr("Note a time this boundary was tested, however it went"))
        self.log_button.clicked.connect(lambda: self.log_moment())
        set_role(self.log_button, "primary")
        self.archive_button = QPushButton(self.boundary_card)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.trash_button = QPushButton(tr("Move to &trash"), self.boundary_card)
        self.trash_button.setAccessibleName(tr("Move this boundary to the trash"))
        self.trash_button.setToolTip(tr("Kept in the trash for 30 days, with its moments"))
        self.trash_button.clicked.connect(self.trash_boundary)
        self.therapy = QCheckBox(tr("Bring to thera&py"), self.boundary_card)
        self.therapy.setAccessibleName(tr("Bring this boundary to therapy"))
        self.therapy.setToolTip(tr("Include it in what you take to your next session"))
        self.therapy.toggled.connect(self._therapy_toggled)
        actions = QHBoxLayout()
        actions.setSpacing(SPACE.s)
        for button in (self.log_button, self.edit_button, self.archive_button, self.trash_button):
            actions.addWidget(button)
        actions.addStretch(1)
        body = self.boundary_card.body
        body.addWidget(self.statement)
        body.addWidget(self.area)
        body.addSpacing(SPACE.xs)
        body.addWidget(self.need_title)
        body.addWidget(self.need)
        body.addWidget(self.rehearsal_title)
        body.addWidget(self.rehearsal)
        body.addWidget(self.therapy)
        body.addSpacing(SPACE.xs)
        body.addLayout(actions)

        # How often it held.
        self.held_card = Card(tr("How often it held"), "boundary-held-card", detail)
        self.held = HeldPanel(self.held_card)
        self.held.kind_changed.connect(lambda _kind: self.load_held())
        self.held_card.body.addWidget(self.held)

        # The log.
        self.log_card = LogCard(
            tr("Moments"),
            "boundary-log-card",
            MomentList,
            LogWords(
                empty=tr(
                    "No moments yet. When this boundary is tested, note how it went: held, "
                    "bent or not held, each one is worth noticing."
                ),
                change_chosen=tr("Change the chosen moment"),
                delete_chosen=tr("Delete the chosen moment"),
                delete_tip=tr("Delete the chosen moment (you can undo it)"),
                show_older=tr("Show older moments"),
            ),
            detail,
        )
        self.moments = cast(MomentList, self.log_card.log)
        self.log_empty = self.log_card.empty
        self.edit_moment_button = self.log_card.edit_button
        self.delete_moment_button = self.log_card.delete_button
        self.more_button = self.log_card.more_button
        self.log_card.edit_requested.connect(self.edit_moment)
        self.log_card.delete_requested.connect(self.delete_moment)
        self.log_card.more_requested.connect(self.load_more)

        layout = QVBoxLayout(detail)
        layout.setContentsMargins(SPACE.s, 0, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.l)
        layout.addWidget(self.boundary_card)
        layout.addWidget(self.held_card)
        layout.addWidget(self.log_card)
        layout.addStretch(1)
        self.detail_scroll = scroll_area(detail, self)
        return self.detail_scroll

    def _bind_keys(self) -> None:
        self.new_action = QAction(tr("New boundary"), self)
        self.new_action.setShortcut(QKeySequence(NEW_KEY))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(lambda _checked=False: self.new_boundary())
        self.addAction(self.new_action)

    def _start(self) -> None:
        # Boundaries in the trash for 30 days leave it (as journal entries do).
        self.session.run_op(jobs.purge_expired(), None, self._quiet_error, origin=self)
        self.load_lists()

    # ----- reading -----------------------------------------------------------------

    def load_lists(self) -> None:
        if self._closed:
            return
        self._lists_sequence += 1
        sequence = self._lists_sequence

        def done(found: jobs.Lists) -> None:
            if sequence == self._lists_sequence and not self._closed:
                self._show_lists(found)

        def failed(error: BaseException) -> None:
            if sequence == self._lists_sequence and not self._closed:
                self.notice.show_message(
                    tr("Your boundaries couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    ),
                    Tone.PROBLEM,
                    timeout_ms=0,
                )

        self.session.submit(jobs.lists(self.today()), done, failed)

    def _show_lists(self, found: jobs.Lists) -> None:
        self.active_list.show_boundaries(found.active)
        self.archived_list.show_boundaries(found.archived)
        any_boundary = bool(found.active or found.archived)
        self.has_boundaries = any_boundary
        self.views.setCurrentIndex(1 if any_boundary else 0)
        self.active_empty.setVisible(not found.active and bool(found.archived))
        self.active_list.setVisible(bool(found.active))
        self.archived_toggle.setVisible(bool(found.archived))
        self.archived_toggle.setText(tr("Archived ({n})").format(n=len(found.archived)))
        self.archived_toggle.setAccessibleName(
            plural(len(found.archived), "1 archived boundary", "%Ln archived boundaries")
        )
        ids = self.active_list.ids() + self.archived_list.ids()
        chosen = self._selected if self._selected in ids else (ids[0] if ids else None)
        self._select(chosen)
        self.loaded.emit()

    def _select(self, boundary_id: int | None) -> None:
        """Mark ``boundary_id`` in its list and show it (None: show nothing)."""
        in_archive = self.archived_list.select_id(boundary_id)
        if in_archive:
            self.active_list.select_id(None)
            self.archived_toggle.setChecked(True)
        else:
            self.active_list.select_id(boundary_id)
        if boundary_id is None:
            self._selected = None
            self._boundary = None
            self.side.setCurrentWidget(self.pick_hint)
            self._clear_detail()
            return
        changed = boundary_id != self._selected
        self._selected = boundary_id
        self.load_detail(reset_log=changed)

    def _list_selected(self, which: BoundaryList) -> None:
        item = which.currentItem()
        if item is None or not item.isSelected() or self._closed:
            return
        other = self.archived_list if which is self.active_list else self.active_list
        other.select_id(None)
        boundary_id = int(item.data(ID_ROLE))
        if boundary_id != self._selected:
            self._selected = boundary_id
            self.load_detail(reset_log=True)

    def _toggle_archived(self, on: bool) -> None:
        self.archived_list.setVisible(on)
        self.archived_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def selected_id(self) -> int | None:
        return self._selected

    def load_detail(self, *, reset_log: bool = False) -> None:
        """Read the chosen boundary, its chart and (the first pages of) its log."""
        boundary_id = self._selected
        if self._closed or boundary_id is None:
            return
        self._detail_sequence += 1
        sequence = self._detail_sequence

        def done(boundary: Boundary) -> None:
            if sequence == self._detail_sequence and not self._closed:
                self._show_boundary(boundary)

        def failed(error: BaseException) -> None:
            if sequence == self._detail_sequence and not self._closed:
                self.notice.show_message(reason(error), Tone.PROBLEM)

        self.session.submit(jobs.boundary(boundary_id), done, failed)
        self.load_held()
        self.load_log(keep=0 if reset_log else len(self._events))

    def _show_boundary(self, boundary: Boundary) -> None:
        self._boundary = boundary
        self.side.setCurrentWidget(self.detail_scroll)
        self.statement.setText(shown(boundary.statement))
        self.statement.setAccessibleName(shown(boundary.statement, 600))
        area = area_title(boundary.area)
        self.area.setText(tr("{area}, archived").format(area=area) if boundary.archived else area)
        for title, label, text in (
            (self.need_title, self.need, boundary.need),
            (self.rehearsal_title, self.rehearsal, boundary.rehearsal),
        ):
            label.setText(shown(text.strip(), DETAIL_CHARS))
            title.setVisible(bool(text.strip()))
            label.setVisible(bool(text.strip()))
        with QSignalBlocker(self.therapy):
            self.therapy.setChecked(boundary.bring_to_therapy)
        if boundary.archived:
            self.archive_button.setText(tr("&Back in use"))
            self.archive_button.setAccessibleName(tr("Put this boundary back in use"))
            self.archive_button.setToolTip(tr("Move it back to the boundaries in use"))
        else:
            self.archive_button.setText(tr("&Archive"))
            self.archive_button.setAccessibleName(tr("Archive this boundary"))
            self.archive_button.setToolTip(
                tr("Set it aside: it keeps its moments and can come back any time")
            )
        self.boundary_card.setAccessibleName(shown(boundary.statement, 200))

    def load_held(self) -> None:
        boundary_id = self._selected
        if self._closed or boundary_id is None:
            return
        from ui.sessions.words import first_weekday

        self._held_sequence += 1
        sequence = self._held_sequence

        def done(held: jobs.Held) -> None:
            if sequence == self._held_sequence and not self._closed:
                self.held.show_held(held)

        def failed(error: BaseException) -> None:
            if sequence == self._held_sequence and not self._closed:
                self.held.show_problem(
                    tr("This chart couldn't be drawn just now: {reason}").format(
                        reason=reason(error)
                    )
                )

        self.session.submit(
            jobs.held(boundary_id, self.today(), self.held.kind(), first_weekday()),
            done,
            failed,
        )

    def load_log(self, keep: int = 0) -> None:
        """Read the log afresh: the first page, or as many moments as were shown (``keep``),
        so a change does not fold away what the person opened."""
        boundary_id = self._selected
        if self._closed or boundary_id is None:
            return
        self._log_sequence += 1
        sequence = self._log_sequence
        # Everything was shown: a moment added meanwhile must not push one out of view.
        wanted = keep if self._more else keep + jobs.PAGE_SIZE
        limit = min(max(jobs.PAGE_SIZE, wanted), jobs.MAX_PAGE)
        chosen = self.moments.current_id()

        def done(page: jobs.LogPage) -> None:
            if sequence != self._log_sequence or self._closed:
                return
            self.log_card.clear_rows()
            self._events = {}
            self._add_page(page)
            wanted = self._want_event if self._want_event is not None else chosen
            self._want_event = None
            if wanted is not None:
                self.moments.select_id(wanted)

        def failed(error: BaseException) -> None:
            if sequence == self._log_sequence and not self._closed:
                self.notice.show_message(reason(error), Tone.PROBLEM)

        self.session.submit(jobs.log_page(boundary_id, None, limit), done, failed)

    def load_more(self) -> None:
        """The next 50 moments, below those shown."""
        boundary_id = self._selected
        if self._closed or boundary_id is None or not self._more:
            return
        sequence = self._log_sequence

        def done(page: jobs.LogPage) -> None:
            if sequence == self._log_sequence and not self._closed:
                self._add_page(page)

        self.session.submit(jobs.log_page(boundary_id, self._last_event), done, self._quiet_error)

    def _add_page(self, page: jobs.LogPage) -> None:
        self.moments.add_events(page.events, self.today())
        for event in page.events:
            self._events[event.id] = event
        if page.events:
            self._last_event = page.events[-1]
        elif not self._events:
            self._last_event = None
        self._more = page.more
        self.log_card.rows_added(page.more)

    def shown_event_ids(self) -> list[int]:
        return self.moments.ids()

    def _quiet_error(self, error: BaseException) -> None:
        log.error("boundaries job failed: %s", type(error).__name__)

    # ----- boundaries --------------------------------------------------------------

    def new_boundary(self) -> None:
        """Open the builder on a blank boundary."""
        self._open_builder(None)

    def edit_boundary(self) -> None:
        if self._boundary is not None:
            self._open_builder(self._boundary)

    def _open_builder(self, boundary: Boundary | None) -> None:
        from ui.boundaries.builder import BoundaryBuilder

        if self._closed:
            return
        if self.builder is not None:
            self.builder.raise_()
            self.builder.activateWindow()
            return
        dialog = BoundaryBuilder(self.session, self, boundary=boundary, origin=self)
        dialog.saved.connect(self._boundary_saved)
        dialog.finished.connect(lambda _result: self._forget_builder(dialog))
        self.builder = dialog
        dialog.open()

    def _forget_builder(self, dialog: BoundaryBuilder) -> None:
        if self.builder is dialog:
            self.builder = None
        dialog.wipe()
        dialog.deleteLater()

    def _boundary_saved(self, boundary: Boundary) -> None:
        if self._closed:
            return
        # The lists are read again when the change arrives; this one is chosen then.
        self._selected = boundary.id

    def _therapy_toggled(self, on: bool) -> None:
        if self._closed or self._boundary is None:
            return
        self.session.run_op(jobs.set_flag(self._boundary.id, on), None, self._failed, origin=self)

    def toggle_archived(self) -> None:
        boundary = self._boundary
        if self._closed or boundary is None:
            return

        def done(_stored: Boundary) -> None:
            if self._closed:
                return
            self.notice.show_message(
                tr("The boundary is back in use.")
                if boundary.archived
                else tr("The boundary is archived. It keeps its moments."),
                Tone.SUCCESS,
            )

        self.session.run_op(
            jobs.archive(boundary.id, not boundary.archived), done, self._failed, origin=self
        )

    def trash_boundary(self) -> None:
        boundary = self._boundary
        if self._closed or boundary is None:
            return
        boundary_id = boundary.id

        def done(_value: object) -> None:
            if self._closed:
                return
            self._selected = None
            self.notice.show_message(
                tr("The boundary is in the trash, with its moments."),
                Tone.INFO,
                action=(tr("Undo"), lambda: self.restore(boundary_id)),
            )

        self.session.run_op(jobs.trash(boundary_id), done, self._failed, origin=self)

    def restore(self, boundary_id: int) -> None:
        if self._closed:
            return

        def done(_value: object) -> None:
            if not self._closed:
                self._selected = boundary_id
                self.notice.show_message(tr("The boundary is back."), Tone.SUCCESS)

        self.session.run_op(jobs.restore(boundary_id), done, self._failed, origin=self)

    # ----- moments -----------------------------------------------------------------

    def log_moment(self, event: BoundaryEvent | None = None) -> None:
        """Open the moment dialog: a new moment, or ``event`` to change."""
        from ui.boundaries.moment_dialog import MomentDialog

        boundary = self._boundary
        if self._closed or boundary is None:
            return
        if self.moment_dialog is not None:
            self.moment_dialog.raise_()
            self.moment_dialog.activateWindow()
            return
        dialog = MomentDialog(
            self.session,
            boundary.id,
            boundary.statement,
            self.today(),
            self,
            event=event,
            origin=self,
        )
        dialog.saved.connect(self._moment_saved)
        dialog.finished.connect(lambda _result: self._forget_moment_dialog(dialog))
        self.moment_dialog = dialog
        dialog.open()

    def _forget_moment_dialog(self, dialog: MomentDialog) -> None:
        if self.moment_dialog is dialog:
            self.moment_dialog = None
        dialog.wipe()
        dialog.deleteLater()

    def _moment_saved(self, event: BoundaryEvent) -> None:
        if not self._closed:
            self._want_event = event.id

    def chosen_event(self) -> BoundaryEvent | None:
        event_id = self.moments.current_id()
        return None if event_id is None else self._events.get(event_id)

    def edit_moment(self) -> None:
        event = self.chosen_event()
        if event is not None:
            self.log_moment(event)

    def delete_moment(self) -> None:
        """Delete the chosen moment; Undo logs it again as it was."""
        event = self.chosen_event()
        if self._closed or event is None:
            return

        def done(_value: object) -> None:
            if self._closed:
                return
            self.notice.show_message(
                tr("The moment was deleted."),
                Tone.INFO,
                action=(tr("Undo"), lambda: self._log_again(event)),
            )

        self.session.run_op(jobs.delete_event(event.id), done, self._failed, origin=self)

    def _log_again(self, event: BoundaryEvent) -> None:
        if self._closed:
            return

        def done(stored: BoundaryEvent) -> None:
            if not self._closed:
                self._want_event = stored.id
                self.notice.show_message(tr("The moment is back."), Tone.SUCCESS)

        self.session.run_op(
            jobs.log_event(event.boundary_id, event.draft()), done, self._failed, origin=self
        )

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.notice.show_message(
                tr("That didn't work: {reason}").format(reason=reason(error)), Tone.PROBLEM
            )

    # ----- another page asked ------------------------------------------------------

    def open_care_reflection(self) -> None:
        self.context.navigate("exercises", CARE_REFLECTION_REF)

    def show_item(self, ref: str) -> None:
        """Show a moment (``ref`` is its id, as in the timeline) with its boundary."""
        try:
            event_id = int(ref)
        except ValueError:
            return
        if self._closed:
            return

        def done(event: BoundaryEvent) -> None:
            if self._closed:
                return
            self._want_event = event.id
            self._select(event.boundary_id)

        self.session.submit(jobs.event_boundary(event_id), done, self._failed)

    # ----- changes and locking -----------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what shows a topic that changed (here or on another page)."""
        from app.boundaries import ops

        if self._closed or not changes.touches(*ops.ALL_TOPICS):
            return
        self.load_lists()  # reads the chosen boundary again too

    def before_lock(self) -> None:
        """The vault closes next: close the dialogs and forget everything shown."""
        if self._closed:
            return
        self._closed = True
        self.wipe()

    def wipe(self) -> None:
        """Empty every list, field, chart and message (on lock)."""
        for dialog in (self.builder, self.moment_dialog):
            if dialog is not None:
                dialog.wipe()
                dialog.reject()
        self.active_list.clear()
        self.archived_list.clear()
        self.archived_toggle.setText("")
        self.archived_toggle.setAccessibleName("")
        self._selected = None
        self._boundary = None
        self._clear_detail()
        self.side.setCurrentWidget(self.pick_hint)
        self.notice.dismiss()

    def _clear_detail(self) -> None:
        for label in (self.statement, self.area, self.need, self.rehearsal):
            label.clear()
            label.setAccessibleName("")
        self.boundary_card.setAccessibleName("")
        with QSignalBlocker(self.therapy):
            self.therapy.setChecked(False)
        self.log_card.reset()
        self._events = {}
        self._last_event = None
        self._more = False
        self.held.clear()

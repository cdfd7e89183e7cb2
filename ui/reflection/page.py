"""The reflection page: four tabs.

1. Why they might be saying no, and what it does to me: dated, repeatable reflections.
2. Side by side: any two reflections compared (the latest and the one before at first).
3. Values and the future, with "Talk this through with my therapist".
4. The monthly relationship check-in and its chart.

Everything is read on the database worker in one job when the page opens; changes run
as operations (``app.reflection.ops``), and the page redraws from ``apply_changes``
like every other. Forms save by themselves (``ui/common/autosave.py``); a form with
changes of its own is not reloaded under the person's hands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.common.design import SPACE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.surfaces import PageHeader
from ui.reflection import jobs
from ui.reflection.checkin_tab import CheckinTab
from ui.reflection.compare_tab import CompareTab
from ui.reflection.reasons_tab import ReasonsTab
from ui.reflection.values_tab import ValuesTab
from ui.reflection.words import reason
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.platform.changes import Changes, OpResult
    from app.vault.vault import Vault
    from ui.common.autosave import Autosave

log = logging.getLogger(__name__)
T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReflectionPage", text)


class ReflectionPage(QWidget):
    """See the module docstring."""

    loaded = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflection-page")
        self.setAccessibleName(tr("Reflection"))
        self.context = context
        self.session = context.session
        self.today = today
        self.closed = False
        self._sequence = 0
        self.overview: jobs.Overview | None = None

        self.header = PageHeader(tr("Reflection"), self, name="reflection-header")
        self.header.set_subtitle(
            tr(
                "Space to think about your relationship and your recovery. This is for you: "
                "not advice, not a judgement on your partner, and no stand-in for your "
                "therapist."
            )
        )
        self.notice = Notice(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Reflection sections"))
        self.reasons = ReasonsTab(self)
        self.compare = CompareTab(self)
        self.values = ValuesTab(self)
        self.checkin = CheckinTab(self)
        self.tabs.addTab(self.reasons, tr("&Why no, and what it does to me"))
        self.tabs.addTab(self.compare, tr("Side &by side"))
        self.tabs.addTab(self.values, tr("Values and the &future"))
        self.tabs.addTab(self.checkin, tr("&Monthly check-in"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.load()

    def load(self, changes: Changes | None = None) -> None:
        """Read everything shown; forms that have edits of their own keep them."""
        if self.closed:
            return
        self._sequence += 1
        sequence = self._sequence
        first = self.overview is None

        def done(found: jobs.Overview) -> None:
            if sequence != self._sequence or self.closed:
                return
            self.overview = found
            self._show(found, first, changes)
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            if sequence == self._sequence and not self.closed:
                self.notice.show_message(
                    tr("Your reflections couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    ),
                    Tone.PROBLEM,
                    timeout_ms=0,
                )

        self.session.submit(jobs.overview(), done, failed)

    def _show(self, found: jobs.Overview, first: bool, changes: Changes | None) -> None:
        from app.reflection import ops

        mine = changes is not None and changes.origin is self
        if first or changes is None or changes.touches(ops.REFLECTIONS):
            self.reasons.show_summaries(found.summaries)
            self.compare.show_summaries(found.summaries)
            if first:
                self.reasons.open_reflection(found.latest)
        values_changed = changes is not None and changes.touches(ops.VALUES)
        if first or (values_changed and not (mine or self.values.busy())):
            self.values.show_values(found.values)
        if first or changes is None or changes.touches(ops.CHECKINS):
            reload_form = first or not (mine or self.checkin.busy())
            self.checkin.show_checkins(found.checkins, reload_form=reload_form)

    def store(
        self,
        autosave: Autosave,
        op: Callable[[Vault], OpResult[T]],
        problem: str,
        *,
        stored: Callable[[T], None] | None = None,
        not_stored: Callable[[], None] | None = None,
    ) -> None:
        """One autosave of a tab's form: ``op`` runs on the worker; when it fails, the
        changes stay unsaved for the next try and ``problem`` ("… couldn't be saved
        yet: {reason}") is shown. ``stored``/``not_stored`` are the tab's own follow-ups
        (``not_stored`` runs before the autosave learns of the failure)."""
        ticket = autosave.begin()

        def done(value: T) -> None:
            autosave.finished(ticket)
            if stored is not None:
                stored(value)

        def failed(error: BaseException) -> None:
            if not_stored is not None:
                not_stored()
            autosave.failed(ticket)
            if not self.closed:
                self.notice.show_message(problem.format(reason=reason(error)), Tone.PROBLEM)

        self.session.run_op(op, done, failed, origin=self)

    def start_reflection(self) -> None:
        """A new reflection dated today, on the first tab (the empty views' first step)."""
        if self.closed:
            return
        self.tabs.setCurrentWidget(self.reasons)
        self.reasons.open_reflection(None)

    def failed(self, error: BaseException) -> None:
        if not self.closed:
            self.notice.show_message(
                tr("That didn't work: {reason}").format(reason=reason(error)), Tone.PROBLEM
            )

    # ----- the page protocol --------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        from app.reflection import ops

        if self.closed or not changes.touches(*ops.ALL_TOPICS):
            return
        self.load(changes)

    def show_item(self, ref: str) -> None:
        """``reflection:<id>`` opens a reflection; ``checkin:YYYY-MM`` a month."""
        if self.closed:
            return
        kind, _colon, value = ref.partition(":")
        try:
            if kind == "reflection":
                reflection_id = int(value)
                self.tabs.setCurrentWidget(self.reasons)
                self.reasons.autosave.flush()
                self.session.submit(
                    jobs.reflection(reflection_id), self.reasons.show_reflection, self.failed
                )
            elif kind == "checkin":
                month = date.fromisoformat(f"{value}-01")
                self.tabs.setCurrentWidget(self.checkin)
                self.checkin.autosave.flush()
                self.checkin.show_month(month)
        except ValueError:
            return

    def before_lock(self) -> None:
        """The vault closes next: queue the last saves, then forget everything shown."""
        if self.closed:
            return
        for tab in (self.reasons, self.values, self.checkin):
            tab.before_lock()
        self.closed = True
        self.wipe()

    def wipe(self) -> None:
        for tab in (self.reasons, self.compare, self.values, self.checkin):
            tab.wipe()
        self.overview = None
        self.notice.dismiss()

"""Autosave for any editor: the one-second timer, the save state and its words.

The journal's editor (ui/journal/editor.py) and the check-ins page use it, so every
editor saves the same way and says so in the same words ("Saving…", "Saved").
docs/ARCHITECTURE.md, "Durability": a change reaches the database about a second after
it is made, and on lock, quit and window close (those lock first; a page's
``before_lock`` queues the last save on the worker before the vault's close job).

How an editor uses it::

    self.autosave = Autosave(self._store, self)   # _store hands the work to the worker
    self.status = SaveStateLabel(self.autosave, self)
    # on every change the person makes:
    self.autosave.changed()
    # in _store:
    ticket = self.autosave.begin()
    session.run_op(op, lambda _v: self.autosave.finished(ticket),
                   lambda _e: self.autosave.failed(ticket))
    # when another item is shown:
    self.autosave.flush(); ...; self.autosave.reset(SaveState.SAVED)
    # when _store finds nothing worth keeping (the same item stays shown):
    self.autosave.discard(SaveState.NEW)

The timer is not restarted by each change: a save runs at most one interval after the
first unsaved change, so steady editing is saved every interval (a crash loses at most
that) and a pause is saved within an interval of the last change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.common.surfaces import MutedLabel

AUTOSAVE_MS = 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


class SaveState(Enum):
    NEW = "new"  # nothing kept yet
    PENDING = "pending"  # changed; the timer will save it
    SAVING = "saving"  # handed to the worker
    SAVED = "saved"
    FAILED = "failed"


def state_text(state: SaveState, new_text: str = "") -> str:
    """The words for ``state`` (the journal's); ``new_text`` replaces the NEW state's."""
    if state is SaveState.NEW:
        return new_text or tr("Not saved yet")
    return {
        SaveState.PENDING: tr("Saving…"),
        SaveState.SAVING: tr("Saving…"),
        SaveState.SAVED: tr("Saved"),
        SaveState.FAILED: tr("Not saved yet"),
    }[state]


@dataclass(frozen=True)
class Ticket:
    """One save handed to the worker: which item (epoch) and which change (revision)."""

    epoch: int
    revision: int


class Autosave(QObject):
    """The timer and the bookkeeping of one editor's autosave.

    ``store`` is called (without arguments) when the timer fires or on :meth:`flush`,
    only when there are changes; it calls :meth:`begin` when it hands them to the
    worker, and :meth:`finished` or :meth:`failed` with the ticket when the worker
    answers. A store that finds nothing worth keeping calls :meth:`discard` instead.
    """

    state_changed = Signal(object)  # SaveState

    def __init__(
        self,
        store: Callable[[], None],
        parent: QObject | None = None,
        *,
        interval_ms: int = AUTOSAVE_MS,
        new_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.new_text = new_text
        self.state = SaveState.NEW
        self._pending = False
        self._closed = False
        self._epoch = 0
        self._revision = 0
        self._in_flight = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)

    # ----- what the editor tells it ----------------------------------------------------

    def changed(self) -> None:
        """The person changed something: save it within one interval."""
        if self._closed:
            return
        self._pending = True
        self._revision += 1
        self._set(SaveState.PENDING)
        if not self.timer.isActive():
            self.timer.start()

    def has_unsaved_changes(self) -> bool:
        """True when there are changes not yet handed to the worker."""
        return self._pending

    def is_saving(self) -> bool:
        """True while a save handed to the worker has not answered yet."""
        return self._in_flight > 0

    def flush(self) -> None:
        """Save the pending changes now (nothing happens when there are none)."""
        self.timer.stop()
        if self._pending and not self._closed:
            self._store()

    def begin(self) -> Ticket:
        """``store`` hands the changes to the worker now."""
        self.timer.stop()
        self._pending = False
        self._in_flight += 1
        self._set(SaveState.SAVING)
        return Ticket(self._epoch, self._revision)

    def finished(self, ticket: Ticket, state: SaveState = SaveState.SAVED) -> None:
        """The worker stored what ``ticket`` carried.

        When nothing newer is pending or on its way, ``state`` is shown: SAVED, or what
        the item now is when the worker kept nothing of it (NEW).
        """
        self._in_flight = max(0, self._in_flight - 1)
        if self._closed or ticket.epoch != self._epoch:
            return
        if not self._in_flight and ticket.revision == self._revision and not self._pending:
            self._set(state)

    def failed(self, ticket: Ticket) -> None:
        """The worker could not store it: keep the changes for the next try."""
        self._in_flight = max(0, self._in_flight - 1)
        if self._closed or ticket.epoch != self._epoch:
            return
        self._pending = True
        self._set(SaveState.FAILED)

    def discard(self, state: SaveState = SaveState.NEW) -> None:
        """``store`` found nothing worth keeping: forget the changes, show ``state``.

        Unlike :meth:`reset` the item stays the same: saves of it already handed to the
        worker still answer (a failure brings the changes back).
        """
        self.timer.stop()
        self._pending = False
        self._set(state)

    def reset(self, state: SaveState) -> None:
        """Another item is shown (flush first): forget the changes, show ``state``.

        Answers to saves of the item before no longer change the state shown.
        """
        self.timer.stop()
        self._pending = False
        self._epoch += 1
        self._set(state, always=True)

    def close(self) -> None:
        """Lock: stop; nothing after this is saved (flush or queue the save first)."""
        self._closed = True
        self._pending = False
        self.timer.stop()

    def text(self) -> str:
        return state_text(self.state, self.new_text)

    def _set(self, state: SaveState, *, always: bool = False) -> None:
        if state is self.state and not always:
            return
        self.state = state
        self.state_changed.emit(state)


class SaveStateLabel(MutedLabel):
    """Shows an :class:`Autosave`'s state in words, in the quieter text colour."""

    def __init__(self, autosave: Autosave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._autosave = autosave
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Longer words (another language, large text) wrap rather than run out of the row.
        self.setWordWrap(True)
        # As high as its wrapped lines (Fixed or Maximum would hold it to its size hint).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Save status"))
        autosave.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        text = self._autosave.text()
        self.setText(text)
        self.setAccessibleDescription(text)

    def clear(self) -> None:
        """Show nothing (on lock)."""
        self.setText("")
        self.setAccessibleDescription("")

"""Tidies the search index at quiet moments, so words edited away leave no trace.

Autosave cannot afford to scrub an entry's old words from the full-text index, so
they stay in older index pages (inside the encrypted database) until those pages
are merged. After a quiet minute, this merges the index in short steps on the
database worker, with a pause between steps so an autosave never waits behind more
than one. Any new change pauses it until the next quiet minute. It also runs once
after each unlock, for changes an earlier session had no quiet minute to tidy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.journal import jobs

if TYPE_CHECKING:
    from app.vault.vault import Vault

log = logging.getLogger(__name__)

QUIET_MS = 60_000  # no saves or deletions for this long
STEP_GAP_MS = 50  # between steps: the worker is free for anything queued meanwhile

Submit = Callable[
    [Callable[["Vault"], bool], Callable[[bool], None], Callable[[BaseException], None]],
    None,
]


def _tidy_step(vault: Vault) -> bool:
    return jobs.repository(vault).tidy_search_index()


class IndexTidier(QObject):
    """Runs ``tidy_search_index`` steps once the journal has been quiet for a while."""

    def __init__(self, submit: Submit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._stopped = False
        self._pending = True  # tidy once per unlock (see the module docstring)
        self._stepping = False
        self.steps_run = 0  # for tests and benchmarks; holds no content
        self.quiet_timer = QTimer(self)
        self.quiet_timer.setSingleShot(True)
        self.quiet_timer.setInterval(QUIET_MS)
        self.quiet_timer.timeout.connect(self._begin)
        self._gap_timer = QTimer(self)
        self._gap_timer.setSingleShot(True)
        self._gap_timer.setInterval(STEP_GAP_MS)
        self._gap_timer.timeout.connect(self._step)

    def start(self) -> None:
        """Begin waiting for a quiet moment (after unlock)."""
        if not self._stopped:
            self.quiet_timer.start()

    def note_change(self) -> None:
        """Something was written: tidy after the next quiet minute, pausing until then."""
        if self._stopped:
            return
        self._pending = True
        self._gap_timer.stop()
        self.quiet_timer.start()  # restarts the wait

    def busy(self) -> bool:
        """True while there is tidying still to do or under way."""
        return self._pending or self._stepping or self._gap_timer.isActive()

    def stop(self) -> None:
        """On lock: no more steps (one already on the worker finishes first)."""
        self._stopped = True
        self.quiet_timer.stop()
        self._gap_timer.stop()

    def _begin(self) -> None:
        if self._stopped or not self._pending:
            return
        self._pending = False
        self._step()

    def _step(self) -> None:
        if self._stopped or self._stepping:
            return
        self._stepping = True
        try:
            self._submit(_tidy_step, self._stepped, self._failed)
        except RuntimeError:  # the vault closed in the meantime
            self._stepping = False
            self.stop()

    def _stepped(self, more: bool) -> None:
        self._stepping = False
        self.steps_run += 1
        if self._stopped or self.quiet_timer.isActive():
            return  # locked, or a change arrived: the next quiet minute starts over
        if more:
            self._gap_timer.start()

    def _failed(self, error: BaseException) -> None:
        self._stepping = False
        log.error("tidying the search index failed: %s", type(error).__name__)
        self.stop()

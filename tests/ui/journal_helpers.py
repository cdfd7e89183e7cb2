"""Shared steps of the journal's window tests: unlock to the journal, run a repository
call as a job, fill the locked vault, read the list's titles."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from ui.journal.page import JournalPage

OFFSET = timezone(timedelta(hours=2))


def unlock_window(qtbot: Any, shell: Any) -> None:
    """Type the passphrase, click Unlock, wait for the workspace (threaded worker too)."""
    window = shell.window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)


def unlock(qtbot: Any, shell: Any) -> JournalPage:
    """Unlock with the passphrase and show the journal (window active, keys reach it)."""
    window = shell.window
    unlock_window(qtbot, shell)
    assert window.workspace.show_module("journal")
    page = window.workspace.pages.currentWidget()
    assert isinstance(page, JournalPage)
    with qtbot.waitActive(window):
        window.activateWindow()
    return page


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(repository)`` as a job (synchronous in these tests) and return its result."""
    from app.journal.entries import EntryRepository

    box: list[Any] = []
    shell.session.submit(lambda vault: fn(EntryRepository(vault.connection)), box.append)
    assert box, "the job did not finish"
    return box[0]


def fill_vault(count: int, **extra: Any) -> None:
    """Write ``count`` entries straight into the (locked) vault, one a day from 2024-01-01."""
    from app.journal.entries import EntryRepository
    from app.vault.vault import Vault

    vault = Vault.unlock(os.environ["MOORING_DATA_DIR"], PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        start = datetime(2024, 1, 1, 9, 30, tzinfo=OFFSET)
        vault.connection.execute("BEGIN IMMEDIATE")  # one commit: fast set-up
        for n in range(count):
            repo.create(
                title=f"Entry {n}",
                body=f"Body of entry {n}",
                created=start + timedelta(days=n),
                **extra,
            )
        vault.connection.execute("COMMIT")
    finally:
        vault.close()


def titles(model: Any) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]

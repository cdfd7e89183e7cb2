"""Shared by the packet wizard's tests (tests/ui/test_ui_exchange_*.py): the page in a
real unlocked window over a real vault, and a few things written into that vault the
way the other pages write them (operations through the session)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_fixtures import PASSPHRASE

from ui.shell import navigation

TODAY = date.today()


@pytest.fixture
def packet_module() -> Iterator[str]:
    """The packet page in the navigation for this test (and only then, unless the
    navigation lists it for good: ``ui.exchange`` in MODULE_PACKAGES)."""
    import ui.exchange

    before = {module.id for module in navigation.modules()}
    ui.exchange.register()
    yield "exchange"
    if "exchange" not in before and "ui.exchange" not in navigation.MODULE_PACKAGES:
        navigation.unregister("exchange")


def unlock(qtbot: Any, make_shell: Any, **options: Any) -> Any:
    shell = make_shell(**options)
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.current_screen() == "workspace", timeout=20_000)
    return shell


def open_page(qtbot: Any, shell: Any) -> Any:
    """The packet page of an unlocked window, shown from the navigation."""
    from ui.exchange.page import PacketPage

    workspace = shell.window.workspace
    assert workspace.show_module("exchange")
    page = workspace.pages.currentWidget()
    assert isinstance(page, PacketPage)
    return page


def click(qtbot: Any, button: Any) -> None:
    """A click where a check box's or radio button's box is (its left end)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.submit(fn, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def run_op(shell: Any, op: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.run_op(op, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


# ----- writing into the vault ----------------------------------------------------------


def add_entry(shell: Any, title: str, body: str, *, flagged: bool = True) -> int:
    from app.journal import ops
    from app.journal.ops import EntryEdit

    edit = EntryEdit(title=title, body=body, bring_to_therapy=flagged)
    saved = run_op(shell, lambda vault: ops.save_entry(vault.connection, None, edit))
    return int(saved.entry.id)


def add_checkin(shell: Any, day: date, mood: int, note: str = "") -> None:
    from app.checkins import ops
    from app.checkins.model import CheckIn

    checkin = CheckIn(day, mood, 10 - mood, 2, False, False, True, False, 7.5, note)
    run_op(shell, lambda vault: ops.save(vault.connection, checkin))


def add_session(shell: Any, day: date, status: str = "attended", takeaways: str = "") -> Any:
    from app.sessions import ops
    from app.sessions.model import SessionDraft, Status

    draft = SessionDraft(
        start=datetime.combine(day, time(18, 0)), status=Status(status), takeaways=takeaways
    )
    return run_op(shell, lambda vault: ops.create_session(vault.connection, draft))


def fill_two_weeks(shell: Any) -> None:
    """Check-ins every other day, an attended session a week ago, a missed one, and two
    flagged entries (with a third not flagged)."""
    for days_ago in range(0, 14, 2):
        add_checkin(shell, TODAY - timedelta(days=days_ago), 4 + days_ago % 5)
    add_session(shell, TODAY - timedelta(days=7), "attended", "Name the feeling first.")
    add_session(shell, TODAY - timedelta(days=3), "missed")


# ----- the preview -----------------------------------------------------------------------

ENTRY_ONE = ("A hard Sunday", "The kettle sang and I stayed calm.\n\nThen I called Marrowby.")
ENTRY_TWO = (
    "After group",
    "I told them about the drive home.\n\nMy sister Wrenfold said she is proud of me.",
)


def gathered(qtbot: Any, make_shell: Any) -> tuple[Any, Any]:
    """An unlocked window with two weeks of check-ins, sessions and two flagged
    entries, its packet page gathered (the usual sections) and showing the preview."""
    shell = unlock(qtbot, make_shell)
    fill_two_weeks(shell)
    add_entry(shell, *ENTRY_ONE)
    add_entry(shell, *ENTRY_TWO)
    add_entry(shell, "Not for therapy", "Private words about Quillhaven.", flagged=False)
    page = open_page(qtbot, shell)
    qtbot.mouseClick(page.choose.gather_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.laid is not None)
    return shell, page


def find(page: Any, words: str, *, select: bool = True) -> Any:
    """Put the preview's cursor on ``words`` (selected, or just before them)."""
    cursor = page.preview.view.document().find(words)
    assert not cursor.isNull(), words
    if not select:
        cursor.setPosition(cursor.selectionStart())
    page.preview.view.setTextCursor(cursor)
    return cursor


def select_between(page: Any, first: str, last: str) -> None:
    """Select from the start of ``first`` to the end of ``last``."""
    from PySide6.QtGui import QTextCursor

    document = page.preview.view.document()
    start = document.find(first).selectionStart()
    end = document.find(last, start).selectionEnd()
    assert 0 <= start < end
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    page.preview.view.setTextCursor(cursor)


def key(qtbot: Any, page: Any, which: Any, modifier: Any = None) -> None:
    """A key pressed in the preview (where the keyboard is)."""
    view = page.preview.view
    view.setFocus()
    if modifier is None:
        qtbot.keyClick(view, which)
    else:
        qtbot.keyClick(view, which, modifier)


def written_text(page: Any) -> str:
    """Every word of the packet as it will come out."""
    return repr(page.preview.written())

"""The timeline page in the real window on a real vault: its place after Today, the
empty state, rows in plain words, the filters, paging as the list scrolls, opening an
item in its own page, refreshing after a change, locking, and screenshots in light and
dark (kept when MOORING_TEST_SHOTS names a folder)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLabel,
    QWidget,
)
from shots import keep_shot
from ui_fixtures import PASSPHRASE

from app.boundaries import ops as boundary_ops
from app.boundaries.model import BoundaryDraft, EventDraft, Outcome
from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.invitations import ops as invitation_ops
from app.invitations.model import Answer, AttemptDraft, How
from app.journal.entries import EntryRepository
from app.journal.ops import EntryEdit, save_entry
from app.platform import demo
from app.platform.contributions import DemoPlan
from app.timeline import kinds
from ui.timeline.page import TimelinePage
from ui.timeline.rows import FIRST_PAGE_SIZE, PAGE_SIZE, DayStartRole, KeyRole, SecondLineRole

pytestmark = pytest.mark.usefixtures("existing_vault")

TODAY = date.today()
SECRET = "the blue kettle by the window"


@pytest.fixture(autouse=True)
def timeline_registered() -> None:
    """The page is in the navigation (ui/shell/navigation.py lists "ui.timeline"; this
    registers it again, the same way, in case the packages were loaded before)."""
    import ui.timeline

    ui.timeline.register()


# ----- helpers -----------------------------------------------------------------------


def unlock(qtbot: Any, make_shell: Any) -> Any:
    shell = make_shell()
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


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


def open_page(qtbot: Any, shell: Any) -> TimelinePage:
    workspace = shell.window.workspace
    assert workspace.show_module("timeline")
    page = workspace.pages.currentWidget()
    assert isinstance(page, TimelinePage)
    qtbot.waitUntil(lambda: not page.model.is_loading())
    return page


def lines(page: TimelinePage) -> list[tuple[str, str]]:
    model = page.model
    return [
        (str(model.index(n).data()), str(model.index(n).data(SecondLineRole)))
        for n in range(model.rowCount())
    ]


def fill_a_bit_of_everything(shell: Any) -> dict[str, Any]:
    """One of several kinds, on known days, through the modules' own operations."""
    made: dict[str, Any] = {}

    def work(vault: Any) -> None:
        connection = vault.connection
        entries = EntryRepository(connection)
        made["entry"] = entries.create(
            title="Walk by the harbour",
            body=f"I noticed {SECRET} again.",
            created=datetime.combine(TODAY, time(0, 1)).astimezone(),
            bring_to_therapy=True,
        )
        made["old_entry"] = entries.create(
            title="An older evening",
            created=datetime.combine(TODAY - timedelta(days=3), time(21, 0)).astimezone(),
        )
        CheckInRepository(connection).save(
            CheckIn(
                TODAY - timedelta(days=1), 7, 3, 1, False, False, True, False, 7.5, "slept well"
            )
        )
        boundary = boundary_ops.create_boundary(
            connection,
            BoundaryDraft(area="time", statement="If I'm shouted at, I will leave the room."),
        ).value
        made["moment"] = boundary_ops.log_event(
            connection,
            boundary.id,
            EventDraft(happened=TODAY - timedelta(days=2), outcome=Outcome.HELD, feeling=6),
        ).value
        made["attempt"] = invitation_ops.log_attempt(
            connection,
            AttemptDraft(happened=TODAY - timedelta(days=2), how=How.MESSAGE, answer=Answer.MAYBE),
        ).value

    worker(shell, work)
    return made


# ----- place and empty state ---------------------------------------------------------


def test_the_timeline_comes_after_the_sections_people_know(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    order = shell.window.workspace.module_ids
    assert order[:2] == ["today", "journal"]
    assert order[order.index("safety") + 1 :][:2] == ["timeline", "exchange"]
    nav = shell.window.workspace.nav
    assert nav.item(order.index("timeline")).text() == "Timeline"


def test_an_empty_vault_says_so_kindly(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(qtbot, shell)
    assert page.model.rowCount() == 0
    assert page.is_empty_shown()
    assert "Nothing here yet" in page.empty_text.text()
    assert not page.empty_all.isVisibleTo(page)
    keep_shot(shell.window, "timeline-empty")


# ----- rows --------------------------------------------------------------------------


def test_rows_say_what_each_thing_is_newest_first(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    made = fill_a_bit_of_everything(shell)
    page = open_page(qtbot, shell)
    shown = lines(page)
    assert len(shown) == 5
    first, second = shown[0]
    assert first == "\u2691 Walk by the harbour"
    assert second.startswith("Journal entry") and "to bring to therapy" in second
    assert "I noticed" in second  # the start of the text after the title
    assert shown[1][0] == "Mood 7, stress 3, craving 1"
    assert shown[1][1] == "Check-in  \u00b7  slept well"
    # Two days ago: the boundary moment and the invitation, in the modules' words.
    two_days = dict(shown[2:4])
    assert "If I'm shouted at, I will leave the room." in two_days
    assert "\u2713 Held" in two_days["If I'm shouted at, I will leave the room."]
    assert "I felt 6 of 10" in two_days["If I'm shouted at, I will leave the room."]
    assert "They said maybe" in two_days
    assert "By message" in two_days["They said maybe"]
    assert shown[4][0] == "An older evening"
    # A day's first row carries the day; the others on that day do not.
    model = page.model
    starts = [bool(model.index(n).data(DayStartRole)) for n in range(5)]
    assert starts == [True, True, True, False, True]
    assert model.index(0).data(Qt.ItemDataRole.DisplayRole)
    spoken = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Walk by the harbour" in spoken and "\u2691" not in spoken
    assert model.index(0).data(KeyRole) == ("journal", "entry", str(made["entry"].id))
    keep_shot(shell.window, "timeline-rows")


def test_every_kind_of_a_demo_vault_reads_in_words(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    worker(shell, lambda vault: demo.fill(vault.connection, DemoPlan(today=TODAY, entries=60)))
    page = open_page(qtbot, shell)
    for kind, _name in _kinds():
        page.filters.choose_kind(kind)
        qtbot.waitUntil(lambda: not page.model.is_loading())
        for first, second in lines(page)[:20]:
            assert first.strip() and second.strip()
            assert "{" not in first + second and "None" not in first + second
            assert "_" not in second  # no raw ids ("not_now", "in_person")


def _kinds() -> list[tuple[Any, str]]:
    from ui.timeline.words import kind_names

    return [k for k in kind_names() if k[0] != kinds.SAFETY_CHECK]  # no demo safety checks


# ----- filters -----------------------------------------------------------------------


def test_the_filters_narrow_the_list_and_show_everything_brings_it_back(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    fill_a_bit_of_everything(shell)
    page = open_page(qtbot, shell)
    assert page.model.rowCount() == 5
    assert not page.filters.show_all.isEnabled()

    page.filters.choose_kind(kinds.CHECKIN)
    assert [first for first, _ in lines(page)] == ["Mood 7, stress 3, craving 1"]
    assert page.filters.show_all.isEnabled()

    page.filters.choose_kind(None)
    page.filters.flagged.setChecked(True)
    assert [first for first, _ in lines(page)] == ["\u2691 Walk by the harbour"]

    page.filters.flagged.setChecked(False)
    page.filters.set_days(TODAY - timedelta(days=2), TODAY - timedelta(days=1))
    assert len(lines(page)) == 3

    page.filters.set_days(TODAY - timedelta(days=40), TODAY - timedelta(days=30))
    assert page.is_empty_shown()
    assert page.empty_text.text() == "Nothing here matches what you chose."
    assert page.empty_all.isVisibleTo(page)
    keep_shot(shell.window, "timeline-filtered-empty")
    qtbot.mouseClick(page.empty_all, Qt.MouseButton.LeftButton)
    assert not page.is_empty_shown()
    assert page.model.rowCount() == 5
    assert not page.filters.use_dates.isChecked() and page.filters.kind.currentIndex() == 0


def test_the_filter_row_is_reachable_and_named_from_the_keyboard(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(qtbot, shell)
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QComboBox | QDateEdit) and widget.isVisibleTo(page):
            assert widget.accessibleName(), widget.objectName()
    mnemonics = {label.text() for label in page.filters.findChildren(QLabel) if "&" in label.text()}
    assert "&Show" in mnemonics
    assert "&" in page.filters.flagged.text() and "&" in page.filters.use_dates.text()
    assert page.table.accessibleName() == "Timeline, newest first"
    # The workspace puts the keyboard in the page's first control.
    shell.window.workspace.focus_page()
    assert shell.window.focusWidget() is page.filters.kind


# ----- paging ------------------------------------------------------------------------


def test_the_list_reads_more_as_it_scrolls_and_end_reaches_the_first_day(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)

    def entries(vault: Any) -> None:
        repo = EntryRepository(vault.connection)
        start = datetime.combine(TODAY, time(12)).astimezone()
        for n in range(450):
            repo.create(title=f"entry {n}", created=start - timedelta(hours=5 * n))

    worker(shell, entries)
    page = open_page(qtbot, shell)
    model = page.model
    assert model.rowCount() == FIRST_PAGE_SIZE
    assert model.pages_fetched == 1
    page.table.setFocus()
    for _ in range(10):  # each End asks for the next page; the view may ask too
        qtbot.keyClick(page.table, Qt.Key.Key_End)
        if not model.canFetchMore():
            break
    qtbot.keyClick(page.table, Qt.Key.Key_End)  # every page is in: End is the first day
    assert model.rowCount() == 450
    assert model.pages_fetched == 1 + -(-(450 - FIRST_PAGE_SIZE) // PAGE_SIZE)
    assert page.table.currentIndex().row() == 449
    titles = [first for first, _ in lines(page)]
    assert titles == [f"entry {n}" for n in range(450)]
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.table.currentIndex().row() == 0


def test_scrolling_to_the_bottom_fetches_the_next_page(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    worker(shell, lambda vault: demo.fill(vault.connection, DemoPlan(today=TODAY, entries=300)))
    page = open_page(qtbot, shell)
    before = page.model.rowCount()
    assert before == FIRST_PAGE_SIZE
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() > before)
    assert page.model.pages_fetched == 2


def test_the_top_row_names_its_day_when_a_long_day_is_scrolled_into(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)

    def entries(vault: Any) -> None:
        repo = EntryRepository(vault.connection)
        start = datetime.combine(TODAY, time(23, 30)).astimezone()
        for n in range(40):  # forty entries on one day: only the first row is its start
            repo.create(title=f"entry {n}", created=start - timedelta(minutes=10 * n))

    worker(shell, entries)
    page = open_page(qtbot, shell)
    table = page.table
    shell.window.resize(1280, 800)
    qtbot.wait(20)
    row_height = table.rowHeight(0)

    def day_column_inked() -> bool:
        image = table.viewport().grab().toImage()
        background = image.pixelColor(2, row_height // 2)
        width = min(image.width(), 100)  # inside the day column, whatever the font
        return any(
            image.pixelColor(x, y) != background
            for x in range(4, width, 2)
            for y in range(2, row_height - 2, 2)
        )

    assert day_column_inked()  # the first row: the day's start
    table.scrollTo(page.model.index(20, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.wait(20)
    top = table.indexAt(table.viewport().rect().topLeft())
    assert top.row() >= 10 and not top.data(DayStartRole)
    assert day_column_inked()


# ----- opening an item ---------------------------------------------------------------


def test_enter_opens_the_item_in_its_own_page(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    made = fill_a_bit_of_everything(shell)
    page = open_page(qtbot, shell)
    workspace = shell.window.workspace

    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert workspace.current_module() == "journal"
    journal = workspace.pages.currentWidget()
    qtbot.waitUntil(lambda: journal.editor.current_id() == made["entry"].id)

    assert workspace.show_module("timeline")
    page.table.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert workspace.current_module() == "checkins"
    checkins = workspace.pages.currentWidget()
    assert checkins.current_day() == TODAY - timedelta(days=1)

    assert workspace.show_module("timeline")
    row = next(
        n
        for n in range(page.model.rowCount())
        if page.model.index(n).data(KeyRole)[0] == "invitations"
    )
    rect = page.table.visualRect(page.model.index(row))
    # A double click as a person makes it: the first click, then the second.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.current_module() == "invitations"


# ----- changes and locking -----------------------------------------------------------


def test_a_change_elsewhere_shows_at_once_or_when_next_shown(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    fill_a_bit_of_everything(shell)
    page = open_page(qtbot, shell)
    page.table.setCurrentIndex(page.model.index(2))
    chosen = page.model.index(2).data(KeyRole)

    run_op(
        shell,
        lambda vault: save_entry(
            vault.connection, None, EntryEdit(title="Just now", body="a line")
        ),
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert lines(page)[0][0] == "Just now"
    assert page.table.currentIndex().data(KeyRole) == chosen  # the choice stays

    assert shell.window.workspace.show_module("journal")
    run_op(
        shell,
        lambda vault: save_entry(vault.connection, None, EntryEdit(title="While away", body="x")),
    )
    assert page.model.rowCount() == 6  # hidden: read when next shown
    assert shell.window.workspace.show_module("timeline")
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    assert lines(page)[0][0] == "While away"


def test_locking_empties_the_list(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    fill_a_bit_of_everything(shell)
    page = open_page(qtbot, shell)
    assert any(SECRET[:10] in second for _, second in lines(page))
    page.before_lock()
    assert page.model.rowCount() == 0
    assert page.banner.text() == "" and page.empty_text.text() == ""
    for label in page.findChildren(QLabel):
        assert "harbour" not in label.text()
    page.reload()  # nothing more is read into a page whose vault is closing
    assert page.model.rowCount() == 0
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"


# ----- screenshots -------------------------------------------------------------------


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_screenshots_of_a_demo_timeline(qtbot: Any, make_shell: Any, theme_name: str) -> None:
    from ui.common import theme

    shell = unlock(qtbot, make_shell)
    worker(shell, lambda vault: demo.fill(vault.connection, DemoPlan(today=TODAY, entries=200)))
    try:
        theme.apply_theme(theme_name)
        qtbot.wait(20)  # the palette change reaches every widget
        shell.window.resize(1280, 800)
        page = open_page(qtbot, shell)
        qtbot.wait(20)
        page.table.setCurrentIndex(page.model.index(3))
        assert page.model.rowCount() == FIRST_PAGE_SIZE
        keep_shot(shell.window, f"timeline-{theme_name}")
        page.filters.choose_kind(kinds.SESSION)
        qtbot.wait(20)
        keep_shot(shell.window, f"timeline-sessions-{theme_name}")
    finally:
        theme.apply_theme("light")


# ----- when a page can't be read -------------------------------------------------------


def test_a_read_that_fails_is_one_sentence_and_keeps_nothing(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection at the page's one read (app.timeline.read_page)."""
    from app.platform.errors import InvalidValue
    from ui.timeline import rows

    shell = unlock(qtbot, make_shell)
    fill_a_bit_of_everything(shell)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise InvalidValue("The vault could not be read.")

    monkeypatch.setattr(rows, "read_page", broken)
    page = open_page(qtbot, shell)
    assert page.model.rowCount() == 0
    assert (
        page.banner.text()
        == "Your timeline couldn't be read just now: The vault could not be read."
    )
    assert "\n" not in page.banner.text()
    assert not page.model.canFetchMore()

    monkeypatch.setattr(rows, "read_page", lambda *_a, **_k: (_ for _ in ()).throw(OSError()))
    page.reload()
    assert page.banner.text() == "Your timeline couldn't be read just now. Please try again."
    monkeypatch.undo()
    page.reload()
    assert page.banner.text() == "" and page.model.rowCount() == 5


def test_the_check_in_page_shows_the_day_it_is_asked_for(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    day = TODAY - timedelta(days=9)
    assert workspace.navigate("checkins", day.isoformat())
    checkins = workspace.pages.currentWidget()
    assert checkins.current_day() == day
    checkins.show_item("not a day")
    assert checkins.current_day() == day

"""The Today page in the window: first after unlocking, its cards, their empty states,
refreshing from changes made elsewhere, ticking homework, and forgetting on lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from ui_fixtures import PASSPHRASE

from app.checkins import ops as checkin_ops
from app.checkins.model import CheckIn
from app.content.encouragement import line_of_the_day
from app.content.prompts import prompt_of_the_day
from app.sessions import ops as session_ops
from app.sessions.homework import HomeworkRepository
from app.sessions.model import Format, SessionDraft
from ui.checkins.page import CheckinPage
from ui.shell import navigation
from ui.shell.context import ModuleContext
from ui.today.page import HOMEWORK_SHOWN, TodayPage

pytestmark = pytest.mark.usefixtures("existing_vault")

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=ZONE)  # a Friday morning
TODAY = NOW.date()
SECRET = "call my sister about the weekend"


# ----- helpers ---------------------------------------------------------------------------


def unlock(qtbot: Any, make_shell: Any) -> Any:
    shell = make_shell()
    with qtbot.waitActive(shell.window):  # focus moves as on a real desktop
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def open_page(
    shell: Any, now: Callable[[], datetime] = lambda: NOW, navigate: Any = None
) -> TodayPage:
    """A Today page whose "now" is ``now``, shown in the window's workspace."""
    workspace = shell.window.workspace
    context = workspace.context
    if navigate is not None:
        context = ModuleContext(context.session, context.settings, navigate)
    page = TodayPage(context, now=now)
    workspace.pages.addWidget(page)
    workspace.pages.setCurrentWidget(page)
    return page


def run(shell: Any, op: Callable[[Any], Any]) -> Any:
    """Run a data-changing operation through the session (so ``changed`` is emitted)."""
    box: list[Any] = []
    shell.session.run_op(lambda vault: op(vault.connection), box.append)
    assert box, "the operation did not finish"
    return box[0]


def read(shell: Any, fn: Callable[[Any], Any]) -> Any:
    box: list[Any] = []
    shell.session.submit(lambda vault: fn(vault.connection), box.append)
    assert box, "the job did not finish"
    return box[0]


def checkin_on(day: date, mood: int) -> CheckIn:
    return CheckIn(day, mood, 4, 0, False, False, False, False, None, "")


def add_session(shell: Any, start: datetime, **draft: Any) -> int:
    values = {"kind_id": "iop-group", "minutes": 90, **draft}
    made = run(
        shell,
        lambda c: session_ops.create_session(
            c, SessionDraft(start=start, **values), clock=lambda: NOW - timedelta(days=30)
        ),
    )
    return int(made.id)


def add_homework(shell: Any, session_id: int, text: str, due: date | None) -> int:
    item = run(shell, lambda c: session_ops.add_homework(c, session_id, text, due))
    return int(item.id)


def locale_day(day: date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a person (or a screen reader) could get from ``widget``."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.accessibleName())
        texts.append(child.accessibleDescription())
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
    return [text for text in texts if text]


@pytest.fixture
def sessions_page() -> Iterator[list[str]]:
    """A stand-in sessions page (the real one may not be registered); yields the refs
    it was asked to show."""
    navigation.load_module_packages()
    previous = next((m for m in navigation.modules() if m.id == "sessions"), None)
    shown: list[str] = []

    class Sessions(QWidget):
        def show_item(self, ref: str) -> None:
            shown.append(ref)

    navigation.register("sessions", "Sessions", lambda _context: Sessions(), order=30)
    yield shown
    if previous is None:
        navigation.unregister("sessions")
    else:
        navigation.register(
            previous.id,
            previous.title,
            previous.factory,
            order=previous.order,
            build_when_shown=previous.build_when_shown,
            preload=previous.preload,
        )


# ----- the first page ----------------------------------------------------------------------


def test_today_is_the_first_page_after_unlocking(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    assert workspace.module_ids[0] == "today"
    assert workspace.current_module() == "today"
    assert workspace.nav.item(0).text() == "Today"
    page = workspace.pages.currentWidget()
    assert isinstance(page, TodayPage) and page.isVisible()
    assert page.greeting.text() in {"Good morning", "Good afternoon", "Good evening", "Hello"}
    assert page.date_label.text()
    assert page.shown_day() == date.today()


def test_an_empty_vault_shows_inviting_empty_states(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    assert page.greeting.text() == "Good morning"
    assert page.checkin_text.text().startswith("A minute to notice how you are")
    assert page.checkin_button.isVisible() and page.checkin_button.text() == "Check in now"
    assert page.session_when.text() == (
        "No sessions planned. Add one, or set up a repeating schedule."
    )
    assert not page.session_kind.isVisible()
    assert page.homework_rows() == []
    assert page.homework_empty.isVisible()
    assert page.homework_empty.text().startswith("Nothing due today.")
    assert not page.topics_card.isVisible()
    assert page.prompt_text.text() == prompt_of_the_day(TODAY).text
    assert page.prompt_button.isVisible()
    assert page.encouragement.text() == line_of_the_day(TODAY).text
    assert not any(card.problem.isVisible() for card in page.cards)


def test_the_greeting_follows_the_time_of_day(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    moments = {9: "Good morning", 14: "Good afternoon", 20: "Good evening", 3: "Hello"}
    for hour, words in moments.items():
        page = open_page(shell, lambda hour=hour: NOW.replace(hour=hour))
        assert page.greeting.text() == words


# ----- the check-in ------------------------------------------------------------------------


def test_a_check_in_saved_today_shows_as_done(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    assert page.checkin_button.text() == "Check in now"
    checkin = CheckIn(TODAY, 7, 3, 1, False, False, True, False, 7.5, SECRET)
    run(shell, lambda c: checkin_ops.save(c, checkin))  # refreshes through session.changed
    assert page.checkin_text.text() == ("Done for today. Mood 7, stress 3, craving 1 (out of 10).")
    assert page.checkin_button.text() == "Change it"
    assert SECRET not in " ".join(shown_texts(page)), "the note stays on the check-in page"
    # Yesterday's check-in is not today's.
    run(shell, lambda c: checkin_ops.delete(c, TODAY))
    run(shell, lambda c: checkin_ops.save(c, checkin_on(TODAY - timedelta(days=1), 5)))
    assert page.checkin_button.text() == "Check in now"


def test_check_in_now_opens_the_check_in_page_and_saving_there_updates_today(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    page = workspace.pages.currentWidget()
    assert isinstance(page, TodayPage)
    qtbot.mouseClick(page.checkin_button, Qt.MouseButton.LeftButton)
    assert workspace.current_module() == "checkins"
    checkins = workspace.pages.currentWidget()
    assert isinstance(checkins, CheckinPage)

    checkins.form.mood.setValue(8)
    checkins.save()
    assert not page.isVisible()
    assert workspace.show_module("today")  # hidden meanwhile: reloads when shown
    assert page.checkin_text.text().startswith("Done for today. Mood 8,")
    assert page.checkin_button.text() == "Change it"


# ----- the next session --------------------------------------------------------------------


def test_the_next_planned_session_and_its_open_button(
    qtbot: Any, make_shell: Any, sessions_page: list[str]
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    assert page.session_button.isVisible() and page.session_button.text() == "Plan a session"

    add_session(shell, NOW - timedelta(days=1))  # over: not "next"
    later = add_session(
        shell, NOW + timedelta(days=5), kind_id="individual-therapy", provider_text="Dr Rowan"
    )
    assert page.session_kind.text() == "Individual therapy"
    assert page.session_with.text() == "With Dr Rowan"
    assert page.session_when.text().endswith(", by video")
    assert not page.session_when.text().startswith(("Today", "Tomorrow"))

    tomorrow = add_session(shell, (NOW + timedelta(days=1)).replace(hour=18, minute=0))
    assert page.session_kind.text() == "IOP group"
    assert page.session_when.text().startswith("Tomorrow at ")
    assert page.session_with.isHidden()

    run(shell, lambda c: session_ops.delete_session(c, tomorrow))
    assert page.session_kind.text() == "Individual therapy"
    qtbot.mouseClick(page.session_button, Qt.MouseButton.LeftButton)
    assert shell.window.workspace.current_module() == "sessions"
    assert sessions_page == [str(later)]


def test_a_session_under_way_says_so(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    add_session(shell, NOW - timedelta(minutes=30), minutes=60, format=Format.IN_PERSON)
    page = open_page(shell)
    assert page.session_when.text().startswith("Happening now, until ")
    assert page.session_when.text().endswith(", in person")


# ----- homework ----------------------------------------------------------------------------


def test_homework_due_is_listed_and_ticked_off_from_today(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    session_id = add_session(shell, NOW - timedelta(days=2))
    due_today = add_homework(shell, session_id, "Write three things that helped", TODAY)
    overdue = add_homework(shell, session_id, SECRET, TODAY - timedelta(days=1))
    undated = add_homework(shell, session_id, "Read the handout", None)
    last_year = add_homework(shell, session_id, "An old one", date(2024, 12, 30))
    add_homework(shell, session_id, "Not yet", TODAY + timedelta(days=3))
    page = open_page(shell)

    rows = page.homework_rows()
    # Due today, then overdue (the most recent first), then undated.
    assert [row.item_id for row in rows] == [due_today, overdue, last_year, undated]
    assert [row.detail.text() for row in rows] == [
        "Due today",
        f"Was due {locale_day(TODAY - timedelta(days=1), 'ddd d MMM')}",
        f"Was due {locale_day(date(2024, 12, 30), 'ddd d MMM yyyy')}",
        f"From your session on {locale_day(TODAY - timedelta(days=2), 'ddd d MMM')}",
    ]
    assert rows[0].check.accessibleName() == "Write three things that helped"
    assert not page.homework_empty.isVisible()

    # A person clicks what they see: wait until the rows are laid out.
    qtbot.waitUntil(lambda: all(row.check.height() > 0 for row in rows))
    qtbot.mouseClick(rows[0].check, Qt.MouseButton.LeftButton)
    item = read(shell, lambda c: HomeworkRepository(c).get(due_today))
    assert item.done
    # Still shown, ticked, so a slip can be undone; the keyboard stays on it.
    rows = page.homework_rows()
    assert [(row.item_id, row.is_done()) for row in rows] == [
        (overdue, False),
        (last_year, False),
        (undated, False),
        (due_today, True),
    ]
    assert rows[3].detail.text() == "Done today"
    assert QApplication.focusWidget() is rows[3].check

    qtbot.mouseClick(rows[3].text, Qt.MouseButton.LeftButton)  # the words tick it too
    assert not read(shell, lambda c: HomeworkRepository(c).get(due_today)).done
    assert page.homework_rows()[0].item_id == due_today


def test_a_homework_tick_that_fails_is_undone_with_a_kind_line(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    session_id = add_session(shell, NOW - timedelta(days=2))
    item_id = add_homework(shell, session_id, "Breathing practice", TODAY)
    page = open_page(shell)
    # Gone behind the page's back (no change announced: the page still shows it).
    read(shell, lambda c: c.execute("DELETE FROM session_homework WHERE id = ?", (item_id,)))
    row = page.homework_rows()[0]
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert page.homework_card.problem.isVisible()
    assert page.homework_card.problem.text() == (
        "That couldn't be saved: That homework item no longer exists."
    )
    assert page.homework_rows() == [] and page.homework_empty.isVisible()


def test_at_most_five_items_then_and_n_more(
    qtbot: Any, make_shell: Any, sessions_page: list[str]
) -> None:
    shell = unlock(qtbot, make_shell)
    session_id = add_session(shell, NOW - timedelta(days=2))
    for n in range(HOMEWORK_SHOWN + 2):
        add_homework(shell, session_id, f"Task {n}", TODAY)
    page = open_page(shell)
    assert len(page.homework_rows()) == HOMEWORK_SHOWN
    assert page.homework_more.text() == "And 2 more."
    assert page.homework_more_button.isVisible()
    qtbot.mouseClick(page.homework_more_button, Qt.MouseButton.LeftButton)
    assert shell.window.workspace.current_module() == "sessions"
    assert sessions_page == []


def test_open_topics_show_when_there_are_some(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    assert not page.topics_card.isVisible()
    for text in ("Sleep", "Work stress", "The weekend", "My brother"):
        run(shell, lambda c, text=text: session_ops.add_topic(c, text))
    assert page.topics_card.isVisible()
    assert (
        page.topics_text.text()
        == "\u2022 Sleep\n\u2022 Work stress\n\u2022 The weekend\nand 1 more"
    )


# ----- the prompt and the encouragement ----------------------------------------------------


def test_the_prompt_of_the_day_holds_all_day_and_changes_across_days(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    morning = open_page(shell, lambda: NOW.replace(hour=6)).prompt_text.text()
    evening = open_page(shell, lambda: NOW.replace(hour=23)).prompt_text.text()
    assert morning == evening != ""
    week = {
        open_page(shell, lambda n=n: NOW + timedelta(days=n)).prompt_text.text() for n in range(4)
    }
    assert len(week) == 4

    asked: list[tuple[str, str | None]] = []
    page = open_page(shell, navigate=lambda module, ref=None: bool(asked.append((module, ref))))
    qtbot.mouseClick(page.prompt_button, Qt.MouseButton.LeftButton)
    assert asked == [("journal", f"prompt:{prompt_of_the_day(TODAY).id}")]


def test_write_about_this_opens_the_journal(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    page = shell.window.workspace.pages.currentWidget()
    qtbot.mouseClick(page.prompt_button, Qt.MouseButton.LeftButton)
    assert shell.window.workspace.current_module() == "journal"
    # The journal starts an entry answering that very prompt (its show_item).
    journal = shell.window.workspace.pages.currentWidget()
    assert journal.editor.prompt_label.isVisibleTo(journal)
    assert prompt_of_the_day(date.today()).text in journal.editor.prompt_label.text()


def test_loaded_is_announced_once_per_fill(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    page = shell.window.workspace.pages.currentWidget()
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.reload()


def test_a_new_day_brings_a_new_page(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    clock = {"now": NOW.replace(hour=23, minute=59)}
    page = open_page(shell, lambda: clock["now"])
    run(shell, lambda c: checkin_ops.save(c, checkin_on(TODAY, 6)))
    assert page.checkin_button.text() == "Change it"
    clock["now"] = NOW + timedelta(days=1)
    page._tick()  # the minute timer
    assert page.shown_day() == TODAY + timedelta(days=1)
    assert page.checkin_button.text() == "Check in now"
    assert page.encouragement.text() == line_of_the_day(TODAY + timedelta(days=1)).text


# ----- failures ----------------------------------------------------------------------------


def test_a_card_that_fails_to_load_says_so_and_the_others_still_show(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    from app.checkins.repository import CheckInRepository

    shell = unlock(qtbot, make_shell)
    add_session(shell, NOW + timedelta(days=3))

    def broken(*_args: Any) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(CheckInRepository, "get", broken)
    page = open_page(shell)
    assert page.checkin_card.problem.isVisible()
    assert page.checkin_card.problem.text() == "Today's check-in couldn't be loaded just now."
    assert page.checkin_text.isHidden()
    assert page.session_kind.text() == "IOP group"
    assert page.prompt_text.text() and page.encouragement.text()
    assert not page.session_card.problem.isVisible()
    assert "RuntimeError" in caplog.text and SECRET not in caplog.text


def test_when_the_whole_load_fails_every_card_says_so(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    import ui.today.data

    shell = unlock(qtbot, make_shell)

    def broken(*_args: Any) -> None:
        raise OSError(SECRET)

    monkeypatch.setattr(ui.today.data, "read_today", broken)
    page = open_page(shell)
    shown = [card for card in page.cards if card.problem.isVisible()]
    assert shown == [
        page.checkin_card,
        page.session_card,
        page.homework_card,
        page.topics_card,
        page.prompt_card,
    ]
    assert "OSError" in caplog.text and SECRET not in caplog.text


# ----- privacy -----------------------------------------------------------------------------


def fill_with_secrets(shell: Any) -> None:
    session_id = add_session(shell, NOW + timedelta(days=1), provider_text="Dr Secretname")
    add_homework(shell, session_id, SECRET, TODAY)
    run(shell, lambda c: session_ops.add_topic(c, "my secret topic"))
    run(shell, lambda c: checkin_ops.save(c, checkin_on(TODAY, 2)))


def test_before_lock_empties_the_page(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    fill_with_secrets(shell)
    page = open_page(shell)
    before = " ".join(shown_texts(page))
    assert SECRET in before and "Dr Secretname" in before and "my secret topic" in before
    assert "Mood 2" in before

    page.before_lock()
    after = " ".join(shown_texts(page))
    for words in (SECRET, "Secretname", "secret topic", "Mood 2", "IOP group"):
        assert words not in after
    assert prompt_of_the_day(TODAY).text not in after
    assert page.homework_rows() == [] and page.shown_day() is None
    page.reload()  # a late refresh does nothing
    assert page.shown_day() is None


def test_the_window_title_never_shows_todays_content(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    fill_with_secrets(shell)
    page = open_page(shell)
    assert SECRET in " ".join(shown_texts(page))
    titles = {shell.window.windowTitle(), QApplication.applicationDisplayName()}
    titles |= {w.windowTitle() for w in QApplication.topLevelWidgets()}
    for title in titles:
        for words in (SECRET, "Secretname", "secret topic", "IOP group", "Mood"):
            assert words not in title
        assert prompt_of_the_day(TODAY).text not in title
    shell.window.lock()
    assert shell.window.current_screen() != "workspace"


# ----- registration and looks --------------------------------------------------------------


def test_today_is_built_at_unlock_and_names_what_to_preload() -> None:
    import importlib

    navigation.load_module_packages()
    today = next(m for m in navigation.modules() if m.id == "today")
    assert navigation.modules()[0] is today
    assert not today.build_when_shown and today.title() == "Today"
    for name in today.preload:
        importlib.import_module(name)


def test_quiet_lines_follow_a_switch_to_dark(qtbot: Any, make_shell: Any) -> None:
    from ui.common import theme
    from ui.common.design import DARK, LIGHT

    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    role = page.date_label.foregroundRole()
    theme.apply_theme("light")
    qtbot.waitUntil(
        lambda: page.date_label.palette().color(role).name() == LIGHT.text_secondary, timeout=2000
    )
    try:
        theme.apply_theme("dark")  # the widgets hear of it from the event loop
        qtbot.waitUntil(
            lambda: page.date_label.palette().color(role).name() == DARK.text_secondary,
            timeout=2000,
        )
        assert DARK.text_secondary != DARK.text, "quieter than the text"
    finally:
        theme.apply_theme("light")

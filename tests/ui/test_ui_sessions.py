"""The sessions page on a real unlocked vault: Upcoming, Past, Month, hours, partner,
topics, reminders, the calendar file, refreshing from other pages, and locking.

The page's "now" is a fixed moment (NOW); the helpers here are shared with
test_ui_sessions_editor.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_fixtures import PASSPHRASE

from app import settings as schema
from app.platform.changes import Changes, OpResult
from app.sessions import ops
from app.sessions.model import (
    DeclineReason,
    Format,
    Partner,
    PartnerResponse,
    Session,
    SessionDraft,
    Status,
)
from ui.common import file_dialogs
from ui.common.messages import Tone
from ui.sessions.page import MONTH, PAST, SessionsPage
from ui.sessions.session_list import FIRST_PAGE_SIZE
from ui.shell.context import ModuleContext

pytestmark = pytest.mark.usefixtures("existing_vault")

NOW = datetime(2025, 3, 12, 12, 0).astimezone()  # a Wednesday, at noon
TODAY = NOW.date()
SECRET = "my brother's name is Aurelio"


def clock() -> datetime:
    return NOW


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


# ----- helpers (also used by test_ui_sessions_editor.py) ------------------------------


def unlock(qtbot: Any, make_shell: Any) -> Any:
    shell = make_shell()
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def open_page(qtbot: Any, make_shell: Any) -> tuple[Any, SessionsPage]:
    """An unlocked window showing a sessions page whose "now" is NOW."""
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    page = SessionsPage(ModuleContext(shell.session, shell.settings), clock=clock)
    workspace.pages.addWidget(page)
    workspace.pages.setCurrentWidget(page)
    # Upcoming is read at once; the rest once it is on screen (the partner last).
    qtbot.waitUntil(lambda: page.partner.words.text() != "")
    return shell, page


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the (synchronous) worker and return what it returned."""
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.submit(fn, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def run_op(shell: Any, op: Callable[[Any], Any]) -> Any:
    """An operation as another page would run it (its changes reach every page)."""
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.run_op(op, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def add_session(
    shell: Any,
    start: datetime,
    minutes: int = 60,
    kind_id: str = "individual-therapy",
    **fields: Any,
) -> Session:
    draft = SessionDraft(start=start, minutes=minutes, kind_id=kind_id, **fields)
    return run_op(shell, lambda vault: ops.create_session(vault.connection, draft, clock=clock))


def stored(shell: Any, session_id: int) -> Session:
    from app.sessions.repository import SessionRepository

    return worker(shell, lambda vault: SessionRepository(vault.connection, clock).get(session_id))


def live_sessions(shell: Any) -> list[Any]:
    from app.sessions.repository import SessionRepository

    return worker(
        shell,
        lambda vault: SessionRepository(vault.connection, clock).between(
            date(1970, 1, 1), date(2099, 12, 31)
        ),
    )


# ----- the page ----------------------------------------------------------------------


def test_the_page_is_in_the_navigation_and_invites_a_first_session(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    assert workspace.show_module("sessions")
    assert isinstance(workspace.pages.currentWidget(), SessionsPage)
    order = workspace.module_ids
    assert order.index("checkins") < order.index("sessions")

    _shell, page = open_page(qtbot, make_shell)
    upcoming = page.upcoming
    assert upcoming.empty.isVisible()
    assert "No sessions here yet" in upcoming.empty_text.text()
    assert "repeating schedule" in upcoming.empty_text.text()
    assert upcoming.empty_new.isVisible() and upcoming.empty_repeat.isVisible()
    assert not page.remind.isChecked(), "reminders are off until the person turns them on"
    page.show_view(PAST)
    assert page.past_empty.text() == "Sessions you've been to will show here, newest first."
    qtbot.mouseClick(upcoming.empty_new, Qt.MouseButton.LeftButton)
    assert page.editor.isVisible() and page.editor.heading.text() == "New session"


def test_every_control_has_an_accessible_name(qtbot: Any, make_shell: Any) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    _shell, page = open_page(qtbot, make_shell)
    page.new_session()
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
    unnamed = []
    for kind in kinds:
        for widget in page.findChildren(kind):
            inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QAbstractItemView)
            if inner or widget.objectName().startswith("qt_") or widget.isHidden():
                continue  # parts of a control, Qt's own (the calendar's), or not shown
            named = widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text()
            )
            if not named:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    views = [
        v
        for v in page.findChildren(QAbstractItemView)
        if not v.accessibleName() and not v.isHidden() and v.window() is page.window()
    ]
    unnamed += [f"{type(v).__name__} {v.objectName()}" for v in views]
    unnamed = [u for u in unnamed if "qt_calendar" not in u]
    assert not unnamed


def test_a_session_from_another_page_shows_through_apply_changes(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert page.upcoming.next_session() is None
    session = add_session(shell, at(TODAY + timedelta(days=1), 18), kind_id="iop-group")
    assert page.upcoming.next_session() is not None
    assert page.upcoming.next_session().id == session.id
    assert page.upcoming.next_label.text().startswith("Tomorrow, ")
    assert "IOP group" in page.upcoming.next_label.text()
    assert not page.upcoming.empty.isVisible()

    later = add_session(shell, at(TODAY + timedelta(days=6), 10))
    assert [row.id for row in page.upcoming.model.rows()] == [later.id]
    assert "Individual therapy" in page.upcoming.model.rows()[0].headline
    # The month (built when first chosen) shows both days in bold, and the chosen
    # day's sessions.
    assert page._month is None
    qtbot.mouseClick(page.view_group.button(MONTH), Qt.MouseButton.LeftButton)
    assert page.views.currentWidget() is page.month
    page.month.select_day(TODAY + timedelta(days=1))
    assert page.month.day_sessions() and "IOP group" in page.month.day_sessions()[0]
    fmt = page.month.calendar.dateTextFormat(QDate(2025, 3, 18))
    assert fmt.fontUnderline()


def test_one_click_marks_sessions_that_are_over(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    monday = add_session(shell, at(TODAY - timedelta(days=2), 10))
    tuesday = add_session(shell, at(TODAY - timedelta(days=1), 18), 180, "iop-group")
    cancelled = add_session(shell, at(TODAY - timedelta(days=3), 9))
    assert page.upcoming.unmarked_box.isVisible()
    buttons = page.upcoming.mark_buttons
    assert (
        buttons[(tuesday.id, Status.ATTENDED)].accessibleName().startswith("I attended Yesterday")
    )

    qtbot.mouseClick(buttons[(tuesday.id, Status.ATTENDED)], Qt.MouseButton.LeftButton)
    assert stored(shell, tuesday.id).status is Status.ATTENDED
    qtbot.mouseClick(
        page.upcoming.mark_buttons[(monday.id, Status.MISSED)], Qt.MouseButton.LeftButton
    )
    assert stored(shell, monday.id).status is Status.MISSED
    qtbot.mouseClick(
        page.upcoming.mark_buttons[(cancelled.id, Status.CANCELLED)], Qt.MouseButton.LeftButton
    )
    assert stored(shell, cancelled.id).status is Status.CANCELLED
    assert not page.upcoming.unmarked_box.isVisible()
    assert page.upcoming.mark_buttons == {}
    # The hours count the attended one (3 hours, this week).
    assert "This week so far: 3 hours attended." in page.hours.words.text()
    assert "1 attended, 1 missed, 1 cancelled" in page.hours.words.text()


def test_marking_by_keyboard_keeps_the_place_and_the_tab_order(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    add_session(shell, at(TODAY + timedelta(days=2), 10))  # a next session, with "Open"
    first = add_session(shell, at(TODAY - timedelta(days=2), 10))
    second = add_session(shell, at(TODAY - timedelta(days=1), 10))
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    upcoming = page.upcoming
    buttons = list(upcoming.mark_buttons.values())
    # The buttons sit at the top of the view, so Tab reaches them before "Open".
    chain, widget = [buttons[0]], buttons[0].nextInFocusChain()
    while widget is not buttons[0]:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain.index(buttons[-1]) < chain.index(upcoming.open_next), (
        chain.index(buttons[-1]),
        chain.index(upcoming.open_next),
        len(chain),
    )

    newest = upcoming.mark_buttons[(second.id, Status.ATTENDED)]
    qtbot.waitUntil(newest.isVisible)
    newest.setFocus()
    assert newest.hasFocus()
    qtbot.keyClick(newest, Qt.Key.Key_Space)
    assert stored(shell, second.id).status is Status.ATTENDED
    # Rebuilt without the marked one; the keyboard is still on the buttons.
    remaining = upcoming.mark_buttons
    assert set(remaining) == {(first.id, status) for _session, status in remaining}
    qtbot.waitUntil(lambda: any(b.hasFocus() for b in upcoming.mark_buttons.values()))


def test_past_filters_and_pages(qtbot: Any, make_shell: Any) -> None:
    from app.sessions.repository import SessionRepository

    shell, page = open_page(qtbot, make_shell)
    count = FIRST_PAGE_SIZE + 30

    def many(vault: Any) -> OpResult[None]:
        repo = SessionRepository(vault.connection, clock)
        for n in range(count):
            repo.create(
                SessionDraft(
                    start=at(TODAY - timedelta(days=n + 1), 10),
                    kind_id="medication" if n % 5 == 0 else "individual-therapy",
                    status=Status.MISSED if n % 7 == 0 else Status.ATTENDED,
                    partner=Partner(PartnerResponse.CAME)
                    if n == 3
                    else Partner(PartnerResponse.NOT_ASKED),
                )
            )
        return OpResult(None, Changes.of(ops.SESSIONS))

    run_op(shell, many)
    page.show_view(PAST)
    model = page.past_model
    assert model.rowCount() == FIRST_PAGE_SIZE, "the first page only"
    assert model.row(0).headline.startswith("Yesterday, ")
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == count
    assert not model.canFetchMore()
    days = [row.day for row in model.rows()]
    assert days == sorted(days, reverse=True), "newest first"

    filters = page.filters
    filters.kind.setCurrentIndex(filters.kind.findData("medication"))
    assert model.rowCount() == len(range(0, count, 5))
    assert all("Medication" in row.headline for row in model.rows())
    filters.status.setCurrentIndex(filters.status.findData(Status.MISSED))
    assert model.rowCount() == len([n for n in range(0, count, 5) if n % 7 == 0])
    assert all(row.status == Status.MISSED for row in model.rows())
    filters.kind.setCurrentIndex(0)
    filters.status.setCurrentIndex(0)
    filters.partner.setCurrentIndex(filters.partner.findData(PartnerResponse.CAME))
    assert model.rowCount() == 1 and "Partner: Came along" in model.row(0).details
    filters.partner.setCurrentIndex(filters.partner.findData(PartnerResponse.DECLINED))
    assert model.rowCount() == 0
    assert page.past_empty.isVisible()
    assert page.past_empty.text() == "No past sessions match these choices."

    # Enter on a row opens it in the editor.
    filters.partner.setCurrentIndex(0)
    page.past_list.setFocus()
    page.past_list.setCurrentIndex(model.index(2))
    qtbot.keyClick(page.past_list, Qt.Key.Key_Return)
    assert page.editor.session_id() == model.row(2).id


def test_a_topic_waits_on_the_next_session_and_is_ticked_off_there(
    qtbot: Any, make_shell: Any
) -> None:
    from app.sessions.bring_up import TopicRepository

    shell, page = open_page(qtbot, make_shell)
    later = add_session(shell, at(TODAY + timedelta(days=8), 10))
    first = add_session(shell, at(TODAY + timedelta(days=2), 18), 180, "iop-group")
    topics = page.upcoming.topics
    qtbot.keyClicks(topics.new_topic, "Asking for a different group time")
    qtbot.mouseClick(topics.add_button, Qt.MouseButton.LeftButton)
    assert topics.new_topic.text() == ""
    assert topics.topic_texts() == ["Asking for a different group time"]
    item = topics.item_for("Asking for a different group time")
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked

    # It waits on the editor of any session, too.
    page.open_session(later.id)
    assert page.editor.topics.topic_texts() == ["Asking for a different group time"]
    page.editor.request_close()

    item.setCheckState(Qt.CheckState.Checked)  # what a click on its box does
    (topic,) = worker(
        shell, lambda vault: TopicRepository(vault.connection).ticked_off_at(first.id)
    )
    assert topic.text == "Asking for a different group time"
    assert worker(shell, lambda vault: TopicRepository(vault.connection).open_topics()) == []
    again = page.upcoming.topics.item_for("Asking for a different group time")
    assert again is not None and again.checkState() == Qt.CheckState.Checked
    again.setCheckState(Qt.CheckState.Unchecked)
    assert len(worker(shell, lambda vault: TopicRepository(vault.connection).open_topics())) == 1


def test_the_weekly_target_shows_on_the_hours_chart(qtbot: Any, make_shell: Any) -> None:
    from app.sessions.hours import ProgramHours

    shell, page = open_page(qtbot, make_shell)
    add_session(shell, at(TODAY - timedelta(days=1), 18), 180, "iop-group", status=Status.ATTENDED)
    hours = page.hours
    assert hours.target.text() == "No target"
    assert [s.label for s in hours.chart.chart_data().series] == ["Hours attended"]
    assert "You can set a weekly target" in hours.words.text()

    hours.target.setFocus()
    hours.target.lineEdit().selectAll()
    qtbot.keyClicks(hours.target.lineEdit(), "6")
    hours.commit_target()
    assert worker(shell, lambda vault: ProgramHours(vault.connection).weekly_target()) == 360
    data = hours.chart.chart_data()
    target = next(s for s in data.series if s.label == "My weekly target")
    assert set(target.values.values()) == {6.0}
    attended = next(s for s in data.series if s.label == "Hours attended")
    assert attended.values[TODAY] == 3.0
    assert data.y_max >= 6
    assert "This week so far: 3 of your 6 hours." in hours.words.text()

    hours.target.setValue(0)
    hours.commit_target()
    assert worker(shell, lambda vault: ProgramHours(vault.connection).weekly_target()) is None
    assert len(hours.chart.chart_data().series) == 1


def test_partner_history_in_neutral_words(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert page.partner.words.text().startswith("No invitations noted yet.")
    add_session(shell, at(TODAY - timedelta(days=9), 10), partner=Partner(PartnerResponse.CAME))
    add_session(
        shell,
        at(TODAY - timedelta(days=5), 10),
        partner=Partner(PartnerResponse.DECLINED, DeclineReason.VULNERABLE),
    )
    add_session(
        shell,
        at(TODAY - timedelta(days=2), 10),
        partner=Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "Work is heavy now"),
    )
    words = page.partner.words.text()
    assert "You've invited your partner to 3 sessions." in words
    assert "Came along: 1" in words and "Said not this time: 2" in words
    assert "They said opening up there would feel like a lot: 1" in words
    history = [page.partner.history.item(n).text() for n in range(page.partner.history.count())]
    assert len(history) == 3
    assert "Work is heavy now" in history[0], "newest first, in their own words"


def test_reminders_say_nothing_about_the_session(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    add_session(
        shell,
        NOW + timedelta(minutes=20),
        kind_id="couples-session",
        provider_text="Dr. Okafor",
        bring_up=SECRET,
    )
    shown: list[str] = []
    page.reminders.notify = shown.append
    page.reminders.check()
    assert shown == [], "off by default"
    page.remind.setChecked(True)
    assert page.reminders.is_enabled()
    assert shown == ["Mooring: a reminder"]
    page.reminders.check()
    assert shown == ["Mooring: a reminder"], "once per session"

    shell.settings.set(schema.DISCREET_MODE, True)
    add_session(shell, NOW + timedelta(minutes=25))
    page.reminders.check()
    assert shown == ["Mooring: a reminder", "A reminder"]
    page.remind.setChecked(False)
    assert not page.reminders.is_enabled()


def test_the_reminder_choice_is_kept_and_builds_the_page_at_unlock(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    workspace = shell.window.workspace
    row = workspace.module_ids.index("sessions")
    assert row not in [workspace.pages.indexOf(p) for p in workspace.built_pages()]
    page.remind.setChecked(True)
    assert shell.settings.get(schema.SESSION_REMINDERS) is True
    shell.window.lock()
    unlock_again = shell.window.unlock_screen
    qtbot.keyClicks(unlock_again.passphrase, PASSPHRASE)
    qtbot.mouseClick(unlock_again.unlock_button, Qt.MouseButton.LeftButton)
    workspace = shell.window.workspace
    built = workspace.pages.widget(workspace.module_ids.index("sessions"))
    assert isinstance(built, SessionsPage), "built at unlock, so reminders run at once"
    assert built.remind.isChecked() and built.reminders.is_enabled()
    # The settings file holds a yes or no, nothing about any session.
    text = shell.settings.path.read_text(encoding="utf-8")
    assert "session_reminders=true" in text and SECRET not in text


def test_calendar_file_has_neutral_titles_and_no_notes(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell, page = open_page(qtbot, make_shell)
    add_session(
        shell,
        at(TODAY + timedelta(days=1), 18),
        kind_id="couples-session",
        provider_text="Dr. Okafor",
        bring_up=SECRET,
        takeaways=SECRET,
        partner=Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, SECRET),
    )
    add_session(shell, at(TODAY - timedelta(days=1), 18), status=Status.ATTENDED)
    asked: list[str] = []

    def choose(_parent: Any, title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "my calendar")

    monkeypatch.setattr(file_dialogs, "ask_save_path", choose)

    # The warning comes first (the real message box, answered like a person would).
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert not box.checkBox().isChecked(), "neutral titles unless asked"
        go = next(b for b in box.buttons() if b.text() == "Choose where to save…")
        go.click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen and "don't encrypt" in seen[0]
    assert asked == ["calendar.ics"]
    written = (tmp_path / "my calendar.ics").read_text("utf-8")
    assert written.count("BEGIN:VEVENT") == 1, "planned sessions only"
    assert "SUMMARY:Appointment" in written
    for private in (SECRET, "Aurelio", "Okafor", "Couples", "couples"):
        assert private not in written
    assert page.notice.tone is Tone.SUCCESS

    # With the kind as the title, when asked for.
    page.ask_export_options = lambda: True
    page.export_calendar()
    assert "SUMMARY:Couples session" in (tmp_path / "my calendar.ics").read_text("utf-8")

    # A folder that isn't there: one line, nothing written.
    monkeypatch.setattr(
        file_dialogs, "ask_save_path", lambda *_args: str(tmp_path / "gone" / "c.ics")
    )
    page.export_calendar()
    assert page.notice.tone is Tone.PROBLEM
    assert page.notice.text() == (
        "The calendar file wasn't saved: That folder doesn't exist; please choose another place."
    )
    assert not (tmp_path / "gone").exists()


def test_ctrl_n_opens_a_new_session(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert shell.window.workspace.show_module("journal")
    journal = shell.window.workspace.pages.currentWidget()
    shell.window.workspace.pages.setCurrentWidget(page)
    page.views.setFocus()
    qtbot.keyClick(page.views, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.isVisible() and page.editor.heading.text() == "New session"
    assert journal.editor.handle is None, "the hidden journal made no entry"


def test_show_item_opens_the_session(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    session = add_session(shell, at(TODAY + timedelta(days=3), 9), format=Format.PHONE)
    page.show_item(str(session.id))
    assert page.editor.session_id() == session.id
    assert page.editor.format.currentData() == Format.PHONE


def test_before_lock_saves_the_editor_and_empties_everything(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    session = add_session(shell, at(TODAY - timedelta(days=1), 18), 180, "iop-group")
    add_session(shell, at(TODAY + timedelta(days=1), 18), partner=Partner(PartnerResponse.MAYBE))
    page.upcoming.topics.new_topic.setText(SECRET)
    page.open_session(session.id)
    qtbot.keyClicks(page.editor.takeaways, SECRET)
    assert page.editor.is_dirty()

    page.before_lock()
    assert stored(shell, session.id).takeaways == SECRET, "the last words are kept"
    editor = page.editor
    assert editor.takeaways.toPlainText() == "" and editor.bring_up.toPlainText() == ""
    assert editor.heading.text() == ""
    assert page.upcoming.topics.new_topic.text() == ""
    assert page.upcoming.model.rowCount() == 0 and page.past_model.rowCount() == 0
    assert page.upcoming.next_label.text() == ""
    assert page.hours.chart.chart_data() is None and page.hours.words.text() == ""
    assert page.partner.words.text() == "" and page.partner.history.count() == 0
    assert page.month.day_sessions() == []
    assert not page.reminders.is_enabled()
    # Nothing arriving later fills it again.
    add_session(shell, at(TODAY + timedelta(days=2), 18))
    assert page.upcoming.model.rowCount() == 0


def test_a_real_lock_leaves_nothing_on_the_page(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    add_session(shell, at(date.today() + timedelta(days=1), 18))
    assert shell.window.workspace.show_module("sessions")
    page = shell.window.workspace.pages.currentWidget()
    assert isinstance(page, SessionsPage)
    assert page.upcoming.next_session() is not None
    page.open_session(page.upcoming.next_session().id)
    qtbot.keyClicks(page.editor.bring_up, SECRET)
    shell.session.lock()
    assert page.editor.bring_up.toPlainText() == ""
    assert page.upcoming.next_session() is None


def test_another_page_can_open_a_session_here(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    session = add_session(shell, at(date.today() + timedelta(days=2), 9), kind_id="medication")
    workspace = shell.window.workspace
    assert workspace.navigate("sessions", str(session.id))
    page = workspace.pages.currentWidget()
    assert isinstance(page, SessionsPage)
    assert page.editor.isVisible() and page.editor.session_id() == session.id
    assert page.editor.kind.currentData() == "medication"
    page.show_item("not a number")  # ignored
    assert page.editor.session_id() == session.id


def test_the_trash_restores_and_removes_for_good(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shell, page = open_page(qtbot, make_shell)
    kept = add_session(shell, at(TODAY + timedelta(days=1), 10), bring_up=SECRET)
    gone = add_session(shell, at(TODAY + timedelta(days=2), 10))
    worker(shell, lambda vault: ops.delete_session(vault.connection, kept.id, clock=clock))
    worker(shell, lambda vault: ops.delete_session(vault.connection, gone.id, clock=clock))
    page.open_trash()
    dialog = page.trash_dialog
    assert dialog is not None and dialog.list.count() == 2

    ids = [dialog.list.item(n).data(Qt.ItemDataRole.UserRole + 1) for n in range(2)]
    dialog.list.setCurrentRow(ids.index(kept.id))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert stored(shell, kept.id).deleted_at is None
    assert stored(shell, kept.id).bring_up == SECRET
    assert dialog.list.count() == 1

    # The question is a true boundary of this test: answered "yes" here.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert (
        worker(
            shell,
            lambda vault: vault.connection.execute(
                "SELECT count(*) FROM sessions WHERE id = ?", (gone.id,)
            ).fetchone()[0],
        )
        == 0
    )
    assert dialog.empty.isVisibleTo(dialog)
    page.before_lock()
    assert page.trash_dialog is None or dialog.list.count() == 0

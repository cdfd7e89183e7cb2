"""The session editor on a real unlocked vault: creating and changing a session through
its fields, refused input, homework, repeating schedules, deleting with Undo, and
closing with or without unsaved changes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from test_ui_sessions import (
    NOW,
    SECRET,
    TODAY,
    add_session,
    at,
    clock,
    live_sessions,
    open_page,
    stored,
    worker,
)

from app.sessions.model import (
    DeclineReason,
    DeletionInfo,
    Format,
    Partner,
    PartnerResponse,
    Status,
)
from ui.common.messages import Tone
from ui.sessions.editor import Discard, Scope, deletion_words

pytestmark = pytest.mark.usefixtures("existing_vault")

TUESDAY, THURSDAY = 1, 3


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def save_with_keys(qtbot: Any, widget: Any) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def homework_of(shell: Any, session_id: int) -> list[Any]:
    from app.sessions.homework import HomeworkRepository

    return worker(shell, lambda vault: HomeworkRepository(vault.connection).for_session(session_id))


def test_a_new_session_through_the_editor_shows_in_upcoming(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.isVisible() and editor.status_line.text() == "Not saved yet."
    assert editor.date.date() == qdate(TODAY)
    assert not editor.homework.add_button.isEnabled(), "homework once it's saved"

    editor.date.setDate(qdate(TODAY + timedelta(days=1)))
    editor.start.setTime(QTime(17, 30))
    editor.minutes.setValue(50)
    assert editor.end.time() == QTime(18, 20), "the end follows the length"
    editor.kind.setCurrentIndex(editor.kind.findData("individual-therapy"))
    editor.format.setCurrentIndex(editor.format.findData(Format.IN_PERSON))
    qtbot.keyClicks(editor.provider.lineEdit(), "Dr. Rivera")
    qtbot.keyClicks(editor.bring_up, "Sleep has been rough")
    editor.feeling_before.setValue(4)
    editor.partner.setCurrentIndex(editor.partner.findData(PartnerResponse.DECLINED))
    assert not editor.partner_reason.isHidden()
    assert editor.partner_words.isHidden()
    editor.partner_reason.setCurrentIndex(editor.partner_reason.findData(DeclineReason.OTHER))
    assert not editor.partner_words.isHidden()
    qtbot.keyClicks(editor.partner_words, "Not ready yet")
    save_with_keys(qtbot, editor.bring_up)

    assert editor.status_line.text() == "Saved."
    assert not editor.is_dirty()
    (summary,) = live_sessions(shell)
    session = stored(shell, summary.id)
    assert session.start == at(TODAY + timedelta(days=1), 17, 30)
    assert session.minutes == 50
    assert session.kind_id == "individual-therapy"
    assert session.format is Format.IN_PERSON
    assert session.status is Status.PLANNED
    assert (session.provider_id, session.provider_text) == (None, "Dr. Rivera")
    assert session.bring_up == "Sleep has been rough"
    assert (session.feeling_before, session.feeling_after) == (4, None)
    assert session.partner == Partner(
        PartnerResponse.DECLINED, DeclineReason.OTHER, "Not ready yet"
    )
    assert page.upcoming.next_session() is not None
    assert page.upcoming.next_session().id == session.id
    assert "Individual therapy" in page.upcoming.next_label.text()
    assert "Dr. Rivera" in page.upcoming.next_details.text()
    assert editor.heading.text() == "Individual therapy  \u00b7  Tomorrow"
    assert editor.homework.add_button.isEnabled()


def test_an_end_before_the_start_is_refused_and_nothing_is_written(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    page.new_session(TODAY + timedelta(days=2))
    editor = page.editor
    editor.start.setTime(QTime(18, 0))
    editor.end.setTime(QTime(17, 0))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.banner.tone is Tone.PROBLEM
    assert editor.banner.text() == "A session can't end before it starts."
    assert editor.status_line.text() == "Not saved yet."
    assert live_sessions(shell) == []

    # Putting it right saves it, and the message goes.
    editor.end.setTime(QTime(19, 0))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.banner.isHidden()
    (summary,) = live_sessions(shell)
    assert summary.minutes == 60


def test_overlapping_sessions_get_a_gentle_note(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    add_session(shell, at(TODAY + timedelta(days=1), 18), 180, "iop-group")
    page.new_session(TODAY + timedelta(days=1))
    editor = page.editor
    editor.start.setTime(QTime(20, 0))
    editor.check_overlaps()
    assert not editor.overlap_note.isHidden()
    assert editor.overlap_note.text().startswith("This overlaps with IOP group at ")
    assert "That's fine" in editor.overlap_note.text()
    editor.start.setTime(QTime(21, 0))  # touching the end is not overlapping
    editor.check_overlaps()
    assert editor.overlap_note.isHidden()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(live_sessions(shell)) == 2, "overlapping is allowed"


def test_homework_add_tick_change_and_remove(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    session = add_session(shell, at(TODAY - timedelta(days=1), 10), status=Status.ATTENDED)
    page.open_session(session.id)
    box = page.editor.homework
    assert box.hint.text().startswith("No homework from this session.")

    qtbot.keyClicks(box.text, "Read the handout on urge surfing")
    box.has_due.setChecked(True)
    box.due.setDate(qdate(TODAY + timedelta(days=1)))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.text, "Call my sponsor twice")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    items = homework_of(shell, session.id)
    assert [(i.text, i.due) for i in items] == [
        ("Read the handout on urge surfing", TODAY + timedelta(days=1)),
        ("Call my sponsor twice", None),
    ]
    assert box.text.text() == ""
    row = box.item_for("Read the handout on urge surfing")
    assert row is not None and row.text().endswith("due tomorrow")

    row.setCheckState(Qt.CheckState.Checked)  # what a click on its box does
    assert homework_of(shell, session.id)[0].done
    assert box.item_for("Read the handout on urge surfing").checkState() == Qt.CheckState.Checked

    box.list.setCurrentItem(box.item_for("Call my sponsor twice"))
    qtbot.mouseClick(box.edit_button, Qt.MouseButton.LeftButton)
    assert box.text.text() == "Call my sponsor twice" and box.add_button.text() == "Save change"
    box.text.setText("Call my sponsor three times")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert [i.text for i in homework_of(shell, session.id)] == [
        "Read the handout on urge surfing",
        "Call my sponsor three times",
    ]
    assert box.add_button.text() == "Add"

    box.list.setCurrentItem(box.item_for("Read the handout on urge surfing"))
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert [i.text for i in homework_of(shell, session.id)] == ["Call my sponsor three times"]
    assert box.list.count() == 1


def test_a_tuesday_thursday_schedule_and_this_and_all_following(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    page.open_repeat()
    dialog = page.repeat_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.weekdays[TUESDAY].setChecked(True)
    dialog.weekdays[THURSDAY].setChecked(True)
    dialog.start.setTime(QTime(18, 0))
    dialog.minutes.setValue(180)
    dialog.kind.setCurrentIndex(dialog.kind.findData("iop-group"))
    qtbot.keyClicks(dialog.provider.lineEdit(), "Riverside IOP")
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert page.repeat_dialog is None or not page.repeat_dialog.isVisible()

    planned = live_sessions(shell)
    assert planned and {s.start.weekday() for s in planned} == {TUESDAY, THURSDAY}
    assert all(s.kind_id == "iop-group" and s.provider_text == "Riverside IOP" for s in planned)
    assert planned[0].start.date() == TODAY + timedelta(days=1), "the first Thursday"
    assert page.notice.text().startswith("Your repeating schedule is set.")
    assert page.upcoming.next_label.text().startswith("Tomorrow, ")
    assert page.upcoming.model.rowCount() == len(planned) - 1

    # From the third one on, the group starts at 17:30.
    third = planned[2]
    page.open_session(third.id)
    editor = page.editor
    assert editor.schedule_note.text() == "Repeats every Tuesday and Thursday at 18:00."
    asked: list[str] = []

    def scope() -> Scope:
        asked.append("scope")
        return Scope.FOLLOWING

    editor.ask_scope = scope
    editor.start.setTime(QTime(17, 30))
    qtbot.keyClicks(editor.bring_up, "The new time")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["scope"]
    after = {s.id: s for s in live_sessions(shell)}
    assert len(after) == len(planned)
    for before in planned:
        hour = (17, 30) if before.start >= third.start else (18, 0)
        now = after[before.id].start
        assert (now.hour, now.minute) == hour
        assert after[before.id].minutes == 180
    assert stored(shell, third.id).bring_up == "The new time"
    assert not stored(shell, third.id).changed, "it follows the schedule still"

    # "Only this one" changes one session.
    fifth = planned[4]
    page.open_session(fifth.id)
    editor.ask_scope = lambda: Scope.ONE
    editor.minutes.setValue(120)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert stored(shell, fifth.id).minutes == 120 and stored(shell, fifth.id).changed
    assert stored(shell, planned[6].id).minutes == 180

    # Notes alone don't ask.
    editor.ask_scope = lambda: pytest.fail("asked about notes")  # type: ignore[assignment,return-value]
    qtbot.keyClicks(editor.takeaways, "Good group")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert stored(shell, fifth.id).takeaways == "Good group"

    # Ending the schedule after the first week takes the later blank ones away.
    page.open_session(planned[1].id)
    ends: list[date] = []
    editor.confirm_end_schedule = lambda day: ends.append(day) or True  # type: ignore[func-returns-value]
    qtbot.mouseClick(editor.end_schedule_button, Qt.MouseButton.LeftButton)
    assert ends == [planned[1].start.date()]
    left = live_sessions(shell)
    kept = {s.id for s in left}
    assert {planned[0].id, planned[1].id, fifth.id} <= kept, "ones with writing stay"
    assert planned[6].id not in kept
    assert "taken off your list" in editor.banner.text()


def test_a_refused_schedule_shows_why_and_plans_nothing(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    page.open_repeat()
    dialog = page.repeat_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.banner.text() == "Choose at least one day of the week for the schedule."
    assert live_sessions(shell) == []
    dialog.reject()


def test_delete_asks_with_the_homework_count_and_undo_brings_it_back(
    qtbot: Any, make_shell: Any
) -> None:
    from app.sessions import ops

    shell, page = open_page(qtbot, make_shell)
    session = add_session(shell, at(TODAY + timedelta(days=1), 10))
    for text in ("Journal twice", "Walk after dinner"):
        worker(shell, lambda vault, t=text: ops.add_homework(vault.connection, session.id, t))
    page.open_session(session.id)
    (first, _second) = page.editor.homework.list.item(0), page.editor.homework.list.item(1)
    first.setCheckState(Qt.CheckState.Checked)

    asked: list[DeletionInfo] = []
    page.editor.confirm_delete = lambda info: asked.append(info) or False  # type: ignore[func-returns-value]
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [DeletionInfo(homework=2, open_homework=1, topics=0, entries=0)]
    assert deletion_words(asked[0]).startswith("Its 2 homework items go with it (1 not done yet).")
    assert len(live_sessions(shell)) == 1, "kept when the answer is no"
    assert page.editor.is_open()

    page.editor.confirm_delete = lambda info: True
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert live_sessions(shell) == []
    assert stored(shell, session.id).deleted_at is not None
    assert not page.editor.is_open() and page.side.currentWidget() is page.side_scroll
    assert page.upcoming.next_session() is None
    assert page.notice.text() == "The session is in the trash."
    assert page.notice.action_button.text() == "Undo"

    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in live_sessions(shell)] == [session.id]
    assert len(homework_of(shell, session.id)) == 2
    assert page.upcoming.next_session() is not None
    assert page.notice.text() == "The session is back."


def test_escape_closes_and_asks_only_when_something_is_unsaved(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    session = add_session(shell, at(TODAY - timedelta(days=1), 10), status=Status.ATTENDED)
    editor = page.editor
    asked: list[str] = []

    def answer(reply: Discard | None) -> Any:
        def ask() -> Discard | None:
            asked.append("asked")
            return reply

        return ask

    editor.ask_discard = answer(None)
    page.open_session(session.id)
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_Escape)
    assert asked == [] and not editor.is_open()

    page.open_session(session.id)
    qtbot.keyClicks(editor.takeaways, SECRET)
    qtbot.keyClick(editor.takeaways, Qt.Key.Key_Escape)
    assert asked == ["asked"] and editor.is_open(), "keep editing"

    editor.ask_discard = answer(Discard.DISCARD)
    qtbot.keyClick(editor.takeaways, Qt.Key.Key_Escape)
    assert not editor.is_open()
    assert stored(shell, session.id).takeaways == ""

    page.open_session(session.id)
    qtbot.keyClicks(editor.takeaways, "Felt heard today")
    editor.ask_discard = answer(Discard.SAVE)
    qtbot.keyClick(editor.takeaways, Qt.Key.Key_Escape)
    assert not editor.is_open()
    assert stored(shell, session.id).takeaways == "Felt heard today"


def test_another_session_saves_first_and_a_change_elsewhere_reloads(
    qtbot: Any, make_shell: Any
) -> None:
    from app.sessions import ops

    shell, page = open_page(qtbot, make_shell)
    one = add_session(shell, at(TODAY - timedelta(days=2), 10), status=Status.ATTENDED)
    two = add_session(shell, at(TODAY - timedelta(days=1), 10), status=Status.ATTENDED)
    editor = page.editor
    editor.ask_discard = lambda: Discard.SAVE
    page.open_session(one.id)
    qtbot.keyClicks(editor.takeaways, "Kept")
    page.open_session(two.id)
    assert stored(shell, one.id).takeaways == "Kept"
    assert editor.session_id() == two.id

    # Another page changes the open (unchanged) session: the editor shows it.
    shell.session.run_op(
        lambda vault: ops.set_status(vault.connection, two.id, Status.MISSED, clock=clock)
    )
    assert editor.status.currentData() == Status.MISSED
    assert NOW.date() == TODAY

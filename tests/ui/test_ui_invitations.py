"""The invitation planner page on a real unlocked vault: a plan made and autosaved with
the live checks on the ask, the unsafe answer, noting attempts (and a refused one),
the gentle pause before asking again, edit and delete with Undo, the spacing setting,
1,000 attempts read in pages, and locking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from app.invitations import ops
from app.invitations.model import Answer, AttemptDraft, How
from app.invitations.repository import InvitationRepository
from app.sessions.model import DeclineReason
from ui.invitations.page import InvitationsPage

pytestmark = pytest.mark.usefixtures("existing_vault")

TODAY = date.today()
EMOJI_RTL = "אם תרצה, נלך יחד 🌊 — هل تأتي معي مرة واحدة؟ 🙏🏽"


def open_page(qtbot: Any, make_shell: Any) -> tuple[Any, InvitationsPage]:
    shell = make_shell()
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    workspace = shell.window.workspace
    assert workspace.show_module("invitations")
    page = workspace.pages.currentWidget()
    assert isinstance(page, InvitationsPage)
    qtbot.waitUntil(lambda: page.has_plans is not None)
    return shell, page


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.submit(fn, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def repo(shell: Any, fn: Callable[[InvitationRepository], Any]) -> Any:
    return worker(shell, lambda vault: fn(InvitationRepository(vault.connection)))


def run_op(shell: Any, op: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.run_op(op, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def add_attempt(shell: Any, day: date, answer: Answer, **fields: Any) -> Any:
    draft = AttemptDraft(happened=day, how=How.IN_PERSON, answer=answer, **fields)
    return run_op(shell, lambda vault: ops.log_attempt(vault.connection, draft))


def make_plan(qtbot: Any, page: InvitationsPage) -> int:
    before = page.plan_list.count()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.plan_list.count() == before + 1 and page._plan is not None)
    assert page.side.currentWidget() is page.editor_scroll
    plan_id = page._plan_id
    assert plan_id is not None
    return plan_id


def test_a_plan_is_made_checked_live_and_autosaved(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert page.has_plans is False and page.side.currentWidget() is page.start_holder
    assert "does not replace your therapist" in page.start_words.text()
    plan_id = make_plan(qtbot, page)
    editor = page.editor
    # Step 1: not calm, so the page suggests another day.
    editor.calm_buttons[next(iter(editor.calm_buttons))].click()
    editor.fight_yes.click()
    assert "Maybe not today" in editor.timing_words.text()
    # Step 2: a reason shows what might ease it.
    box = editor.reason_boxes[DeclineReason.PRIVACY]
    box.click()
    notes = editor.reason_notes[DeclineReason.PRIVACY]
    assert notes.isVisibleTo(editor) and "virtual session" in notes.text()
    # Step 3: the ask is checked as it is written.
    qtbot.keyClicks(editor.message.edit, "You never listen to me, you always refuse")
    editor.message.check_now()
    notes_now = " ".join(editor.message.note_texts())
    assert "never" in notes_now.lower() or "always" in notes_now.lower()
    editor.message.edit.setPlainText(
        "I love you. Would you come to one session with me? It would mean a lot to me."
    )
    editor.message.check_now()
    assert any("\u2713" in line for line in editor.message.note_texts()), "a CRAFT rule is met"
    editor.offer.setCurrentIndex(editor.offer.findData("one-session"))
    assert "no promise" in editor.offer_words.text()
    editor.keep_doing.setPlainText(EMOJI_RTL)
    page.autosave.flush()
    stored = repo(shell, lambda r: r.get_plan(plan_id))
    assert stored.draft.startswith("I love you.") and stored.offer == "one-session"
    assert stored.reasons == (DeclineReason.PRIVACY,) and stored.after_fight is True
    assert stored.keep_doing == EMOJI_RTL
    assert page.save_state.text() == "Saved"


def test_unsafe_goes_to_the_safety_panel_or_says_where_help_is(qtbot: Any, make_shell: Any) -> None:
    from dataclasses import replace

    _shell, page = open_page(qtbot, make_shell)
    make_plan(qtbot, page)
    asked: list[tuple[str, str | None]] = []
    page.context = replace(page.context, navigate=lambda m, r=None: asked.append((m, r)) or True)
    page.editor.unsafe_button.click()
    assert asked == [("safety", "panel")]
    assert not page.editor.unsafe_words.isVisibleTo(page.editor)
    page.context = replace(page.context, navigate=lambda _m, _r=None: False)
    page.editor.unsafe_button.click()
    words = page.editor.unsafe_words.text()
    assert (
        page.editor.unsafe_words.isVisibleTo(page.editor)
        and "F1" in words
        and "Get help now" in words
    )


def test_an_attempt_is_noted_and_the_next_ask_gets_a_gentle_pause(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    plan_id = make_plan(qtbot, page)
    qtbot.mouseClick(page.editor.log_button, Qt.MouseButton.LeftButton)
    dialog = page.attempt_dialog
    assert dialog is not None and dialog.plan.currentData() == plan_id
    # No answer chosen: one line, nothing written.
    dialog.save()
    assert dialog.banner.text() == "Please choose what they answered."
    assert repo(shell, lambda r: r.count()) == 0
    dialog.answer_buttons[Answer.NOT_NOW].click()
    dialog.reason.setCurrentIndex(dialog.reason.findData("privacy"))
    dialog.their_words.setPlainText(EMOJI_RTL)
    dialog.has_feeling.setChecked(True)
    dialog.feeling.setValue(3)
    qtbot.keyClick(dialog.their_words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.attempt_dialog is None)
    (stored,) = repo(shell, lambda r: r.attempts())
    assert stored.answer is Answer.NOT_NOW and stored.reason is DeclineReason.PRIVACY
    assert stored.feeling == 3 and stored.plan_id == plan_id and stored.their_words == EMOJI_RTL
    qtbot.waitUntil(lambda: page.shown_attempt_ids() == [stored.id])
    assert "They said not now" in page.attempt_list.item(0).text()
    # Asked today: the pause shows, and a new ask says when would be kinder.
    assert page.pause_words.isVisibleTo(page) and "14 more days" in page.pause_words.text()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.notice.isVisibleTo(page) and "your choice" in page.notice.label.text()
    assert repo(shell, lambda r: len(r.plans())) == 1, "nothing made before going on"
    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.plan_list.count() == 2)
    # They brought it up themselves: no pause.
    add_attempt(shell, TODAY, Answer.MAYBE, they_raised=True)
    qtbot.waitUntil(lambda: not page.pause_words.isVisibleTo(page))
    page.log_attempt()
    assert page.attempt_dialog is not None, "no pause: the dialog opens at once"
    qtbot.keyClick(page.attempt_dialog, Qt.Key.Key_Escape)
    assert page.attempt_dialog is None


def test_edit_delete_with_undo_and_the_chart(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    first = add_attempt(shell, TODAY - timedelta(days=40), Answer.NO)
    second = add_attempt(shell, TODAY - timedelta(days=20), Answer.MAYBE)
    qtbot.waitUntil(lambda: page.shown_attempt_ids() == [second.id, first.id])
    assert "2 attempts" in page.outcomes.words.text()
    assert page.outcomes.chart.accessibleDescription() == page.outcomes.words.text()
    page.attempt_list.select_id(first.id)
    page.edit_attempt()
    dialog = page.attempt_dialog
    assert dialog is not None and dialog.answer() is Answer.NO
    dialog.answer_buttons[Answer.NOT_NOW].click()
    dialog.save()
    qtbot.waitUntil(lambda: page.attempt_dialog is None)
    assert repo(shell, lambda r: r.get_attempt(first.id)).answer is Answer.NOT_NOW
    page.attempt_list.select_id(second.id)
    page.delete_attempt()
    qtbot.waitUntil(lambda: page.shown_attempt_ids() == [first.id])
    assert page.notice.action_button.text() == "Undo"
    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.shown_attempt_ids()) == 2)
    back = repo(shell, lambda r: r.attempts())[0]
    assert back.answer is Answer.MAYBE and back.happened == second.happened


def test_the_spacing_setting_is_kept_in_the_vault(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert page.spacing_box.value() == 14
    page.spacing_box.setValue(30)
    page.save_spacing()
    assert repo(shell, lambda r: r.spacing_days()) == 30
    add_attempt(shell, TODAY - timedelta(days=20), Answer.NO)
    qtbot.waitUntil(lambda: page.pause_words.isVisibleTo(page))
    assert "10 more days" in page.pause_words.text()


def test_a_thousand_attempts_are_read_fifty_at_a_time(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)

    def fill(vault: Any) -> None:
        rows = [
            ((TODAY - timedelta(days=i // 3)).isoformat(), ("yes", "maybe", "not_now", "no")[i % 4])
            for i in range(1000)
        ]
        with vault.connection:
            vault.connection.executemany(
                "INSERT INTO invitation_attempts (happened, how, answer, created) VALUES"
                " (?, 'message', ?, '2026-01-01T12:00:00+00:00')",
                rows,
            )

    worker(shell, fill)
    page.load_history()
    qtbot.waitUntil(lambda: page.attempt_list.count() == 50)
    assert not page.more_button.isHidden()
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.attempt_list.count() == 100)
    assert len(set(page.shown_attempt_ids())) == 100


def test_lock_empties_the_page(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    plan_id = make_plan(qtbot, page)
    page.editor.message.edit.setPlainText("Would you try one session?")
    page.editor.understanding.setPlainText("Maybe privacy.")
    page.log_attempt()
    assert page.attempt_dialog is not None
    page.before_lock()
    assert page.attempt_dialog is None
    assert page.editor.message.edit.toPlainText() == ""
    assert page.editor.understanding.toPlainText() == ""
    assert page.plan_list.count() == 0 and page.attempt_list.count() == 0
    # The last change was saved before the vault closed.
    assert repo(shell, lambda r: r.get_plan(plan_id)).draft == "Would you try one session?"


def test_attempts_feed_the_session_trackers_partner_history(qtbot: Any, make_shell: Any) -> None:
    from ui.sessions.page import SessionsPage

    shell, _page = open_page(qtbot, make_shell)
    add_attempt(shell, TODAY - timedelta(days=3), Answer.NOT_NOW, reason=DeclineReason.HURT)
    workspace = shell.window.workspace
    assert workspace.show_module("sessions")
    sessions = workspace.pages.currentWidget()
    assert isinstance(sessions, SessionsPage)
    qtbot.waitUntil(lambda: sessions.partner.words.text() != "")
    words = sessions.partner.words.text()
    assert "asking them once outside a session" in words
    assert "No invitations noted yet" not in words
    rows = [
        sessions.partner.history.item(n).text() for n in range(sessions.partner.history.count())
    ]
    assert len(rows) == 1 and "Not now" in rows[0] and "hurt" in rows[0]
    # A new ask elsewhere reaches the panel through the change notifications.
    add_attempt(shell, TODAY, Answer.MAYBE)
    qtbot.waitUntil(lambda: sessions.partner.history.count() == 2)
    assert "Maybe" in sessions.partner.history.item(0).text()

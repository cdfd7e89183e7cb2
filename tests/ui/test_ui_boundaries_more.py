"""The boundaries page, continued: archive, trash with Undo, bring to therapy, the log
read 50 at a time, Ctrl+N on this page, another page asking for a moment, changes made
elsewhere, and locking."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from test_ui_boundaries import (
    SECRET,
    TODAY,
    add_boundary,
    add_moment,
    open_page,
    repo,
    rows,
    run_op,
)

from app.boundaries import ops
from app.boundaries.model import EventDraft, Outcome
from app.boundaries.repository import BoundaryRepository
from app.platform.changes import Changes, OpResult
from ui.boundaries.page import BoundariesPage

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_archive_sets_a_boundary_aside_and_brings_it_back(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    kept = add_boundary(shell, "If I'm tired, I will say no to plans.")
    aside = add_boundary(shell, "If dinner runs late, I will head home at nine.")
    add_moment(shell, aside.id, TODAY - timedelta(days=2), Outcome.HELD)
    assert page.selected_id() == kept.id, "one added elsewhere doesn't take the view"
    page.active_list.setCurrentRow(0)  # newest first
    assert page.selected_id() == aside.id
    assert not page.archived_toggle.isVisible(), "no archive to show yet"
    assert page.archive_button.text() == "&Archive"

    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert repo(shell, lambda r: r.get(aside.id)).archived
    assert page.active_list.ids() == [kept.id]
    assert page.archived_list.ids() == [aside.id]
    assert page.archived_toggle.isVisible() and page.archived_toggle.text() == "Archived (1)"
    assert page.archived_toggle.accessibleName() == "1 archived boundary"
    assert page.selected_id() == aside.id, "it stays in view, under Archived"
    assert page.archived_toggle.isChecked() and page.archived_list.isVisible()
    assert page.area.text() == "Time, archived"
    assert page.moments.count() == 1, "it keeps its moments"
    assert page.notice.text() == "The boundary is archived. It keeps its moments."

    # Folded away, then chosen again from the archive.
    page.archived_toggle.setChecked(False)
    assert not page.archived_list.isVisible()
    page.active_list.setCurrentRow(0)
    assert page.selected_id() == kept.id
    page.archived_toggle.setChecked(True)
    page.archived_list.setCurrentRow(0)
    assert page.selected_id() == aside.id and not page.active_list.selectedItems()

    assert page.archive_button.text() == "&Back in use"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not repo(shell, lambda r: r.get(aside.id)).archived
    assert page.active_list.ids() == [aside.id, kept.id]
    assert not page.archived_toggle.isVisible()


def test_trash_with_undo_and_the_empty_state_after_the_last(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)
    add_moment(shell, boundary.id, TODAY, Outcome.BENT, what_happened="Gave in a bit.")
    qtbot.waitUntil(lambda: page.moments.count() == 1)

    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert [b.id for b in repo(shell, lambda r: r.in_trash())] == [boundary.id]
    assert page.views.currentIndex() == 0, "no boundary left: the empty state"
    assert page.selected_id() is None and page.moments.count() == 0
    assert page.notice.text() == "The boundary is in the trash, with its moments."
    assert page.notice.action_button.text() == "Undo"

    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    assert repo(shell, lambda r: r.in_trash()) == []
    assert page.views.currentIndex() == 1
    assert page.selected_id() == boundary.id
    assert page.moments.count() == 1, "with its log"
    assert page.notice.text() == "The boundary is back."


def test_bring_to_therapy_is_saved_and_shown_in_the_list(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)
    qtbot.waitUntil(lambda: page.selected_id() == boundary.id)
    assert not page.therapy.isChecked() and page.therapy.accessibleName()
    qtbot.mouseClick(page.therapy, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert repo(shell, lambda r: r.get(boundary.id)).bring_to_therapy
    assert rows(page.active_list)[0][1].endswith("For therapy")
    assert page.therapy.isChecked()

    # Editing keeps the flag.
    page.edit_boundary()
    builder = page.builder
    assert builder is not None and builder.windowTitle() == "Edit boundary"
    assert builder.statement.toPlainText() == boundary.statement
    assert builder.area.currentData() == "time"
    builder.statement.setPlainText("If I'm shouted at, I will leave the room for an hour.")
    builder.save()
    qtbot.waitUntil(lambda: page.builder is None)
    saved = repo(shell, lambda r: r.get(boundary.id))
    assert saved.statement.endswith("for an hour.") and saved.bring_to_therapy
    assert page.statement.text() == saved.statement


def test_a_long_log_is_read_fifty_at_a_time(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)

    def many(vault: Any) -> Any:
        repo_ = BoundaryRepository(vault.connection)
        for n in range(120):
            repo_.log_event(
                boundary.id,
                EventDraft(happened=TODAY - timedelta(days=n), outcome=Outcome.HELD),
            )
        return OpResult(None, Changes.of(ops.EVENTS))

    run_op(shell, many)
    qtbot.waitUntil(lambda: page.moments.count() == 50)
    assert page.more_button.isVisible()
    ids = page.shown_event_ids()
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.moments.count() == 100
    assert page.shown_event_ids()[:50] == ids, "older moments follow, none twice"
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.moments.count() == 120 and not page.more_button.isVisible()
    days = [repo(shell, lambda r, i=i: r.get_event(i)).happened for i in page.shown_event_ids()]
    assert days == sorted(days, reverse=True), "newest first"

    # A change keeps what was opened rather than folding it back to 50.
    add_moment(shell, boundary.id, TODAY, Outcome.BENT)
    assert page.moments.count() == 121


def test_ctrl_n_on_this_page_starts_a_boundary_and_help_names_it(
    qtbot: Any, make_shell: Any
) -> None:
    from ui.shell import shortcuts

    shell, page = open_page(qtbot, make_shell)
    qtbot.keyClick(page.views, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.builder is not None, "Ctrl+N here is a new boundary"
    page.builder.reject()
    assert page.builder is None
    assert "Ctrl+N" in page.new_button.toolTip() or "\u2318N" in page.new_button.toolTip()
    assert shortcuts.portable(page.new_action.shortcut().toString()) in shortcuts.listed_keys()

    # On the journal, Ctrl+N is still a new entry there, not a boundary.
    workspace = shell.window.workspace
    assert workspace.show_module("journal")
    journal = workspace.pages.currentWidget()
    qtbot.keyClick(journal, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.builder is None


def test_another_page_can_ask_for_a_moment_and_changes_elsewhere_show(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    first = add_boundary(shell, "If I'm rushed, I will ask for a minute.")
    second = add_boundary(shell)
    wanted = add_moment(shell, first.id, TODAY - timedelta(days=4), Outcome.NOT_HELD)
    add_moment(shell, first.id, TODAY, Outcome.HELD)
    page.active_list.setCurrentRow(0)
    assert page.selected_id() == second.id

    workspace = shell.window.workspace
    assert workspace.show_module("journal")
    assert workspace.navigate("boundaries", str(wanted.id))
    assert workspace.pages.currentWidget() is page
    assert page.selected_id() == first.id
    assert page.moments.currentItem().text().startswith("\u2717 Not held")
    page.show_item("not a number")
    assert page.selected_id() == first.id

    # A boundary written elsewhere (an exercise, say) shows without reopening the page.
    third = add_boundary(shell, "If money is asked for, I will say I'll think about it.")
    assert third.id in page.active_list.ids()


def test_lock_empties_the_page_and_closes_its_dialogs(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell, "If there is drink at " + SECRET + ", I will go home.")
    add_moment(shell, boundary.id, TODAY, Outcome.HELD, what_happened=SECRET)
    qtbot.waitUntil(lambda: page.moments.count() == 1)
    page.log_moment()
    dialog = page.moment_dialog
    assert dialog is not None
    dialog.what.setPlainText(SECRET)

    page.before_lock()
    assert page.moment_dialog is None and dialog.what.toPlainText() == ""
    assert page.active_list.count() == 0 and page.archived_list.count() == 0
    assert page.moments.count() == 0
    assert page.held.chart.chart_data() is None and page.held.words.text() == ""
    assert page.notice.text() == ""
    for widget in page.findChildren(QLabel):
        assert SECRET not in widget.text() and SECRET not in widget.accessibleName()
    for field in page.findChildren(QPlainTextEdit):
        assert SECRET not in field.toPlainText()
    # Nothing more is read into a page whose vault is closing.
    page.load_lists()
    assert page.active_list.count() == 0


def test_the_window_locks_with_the_builder_open(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    page.new_boundary()
    builder = page.builder
    assert builder is not None
    builder.statement.setPlainText(SECRET)
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"
    assert builder.statement.toPlainText() == ""


def test_the_page_is_in_the_navigation_after_exercises(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    order = shell.window.workspace.module_ids
    assert order.index("boundaries") > order.index("sessions")
    assert isinstance(page, BoundariesPage)
    assert page.header.title.text() == "Boundaries"
    assert page.new_button.property("role") == "primary"
    for widget in (page.new_button, page.log_button, page.edit_button, page.trash_button):
        assert widget.accessibleName()


def test_escape_closes_the_moment_dialog_and_return_saves_from_a_choice(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)
    page.log_moment()
    dialog = page.moment_dialog
    assert dialog is not None and dialog.save_button.isDefault()
    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    assert page.moment_dialog is None
    assert repo(shell, lambda r: r.events(boundary.id)) == []

    page.log_moment()
    dialog = page.moment_dialog
    assert dialog is not None
    dialog.outcome_buttons[Outcome.BENT].setFocus()
    qtbot.keyClick(dialog.outcome_buttons[Outcome.BENT], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.outcome_buttons[Outcome.BENT], Qt.Key.Key_Return)
    assert page.moment_dialog is None
    (event,) = repo(shell, lambda r: r.events(boundary.id))
    assert event.outcome is Outcome.BENT and event.happened == TODAY


def test_where_my_care_goes_opens_the_reflection_and_later_carries_it_on(
    qtbot: Any, make_shell: Any
) -> None:
    from app.exercises.repository import RunRepository
    from ui.exercises.page import ExercisesPage

    shell, page = open_page(qtbot, make_shell)
    workspace = shell.window.workspace
    qtbot.mouseClick(page.care_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.current_module() == "exercises")
    exercises = workspace.pages.currentWidget()
    assert isinstance(exercises, ExercisesPage)
    qtbot.waitUntil(lambda: exercises.run is not None)
    assert exercises.run is not None and exercises.run.exercise_id == "caretaking-reflection"
    first = exercises.run.id

    # Back on Boundaries, the same button carries on with that run, not a second one.
    assert workspace.show_module("boundaries")
    qtbot.mouseClick(page.care_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.current_module() == "exercises")
    qtbot.waitUntil(lambda: exercises.run is not None and exercises.run.id == first)
    box: list[Any] = []
    shell.session.submit(lambda vault: RunRepository(vault.connection).in_progress(50), box.append)
    qtbot.waitUntil(lambda: bool(box))
    assert [run.exercise_id for run in box[0]] == ["caretaking-reflection"]

"""More of the exercises page, in the real window over a real vault: the trash (restore,
delete forever after asking, empty), linking a run to a session, and the person's own
boundaries offered under the debrief's "which boundary came up" step."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_ui_exercises_page import library_row, open_page, unlock

from app.boundaries import ops as boundary_ops
from app.boundaries.model import BoundaryDraft
from app.exercises import ops as exercise_ops
from app.exercises.repository import RunRepository
from app.sessions import ops as session_ops
from app.sessions.model import SessionDraft
from ui.exercises.page import ExercisesPage
from ui.exercises.trash_dialog import ExerciseTrashDialog

pytestmark = pytest.mark.usefixtures("existing_vault")

SECRET = "the harbour wall words"
TIME_BOUNDARY = "If I'm asked to skip my meeting, I will say no and go anyway."
PHONE_BOUNDARY = "If my phone is picked up without asking, I will leave the room."


def on_worker(shell: Any, job: Any) -> Any:
    box: list[Any] = []
    shell.session.submit(job, box.append)
    assert box, "the synchronous worker answers at once"
    return box[0]


def change(shell: Any, op: Any) -> Any:
    box: list[Any] = []
    shell.session.run_op(op, box.append)
    assert box
    return box[0]


def start(page: ExercisesPage, exercise_id: str) -> int:
    page._activated(library_row(page, exercise_id))  # as Return on the row does
    assert page.run is not None and page.run.exercise_id == exercise_id
    return page.run.id


def trash_dialog(qtbot: Any, page: ExercisesPage) -> ExerciseTrashDialog:
    qtbot.mouseClick(page.open_trash_button, Qt.MouseButton.LeftButton)
    dialog = page.trash_dialog
    assert isinstance(dialog, ExerciseTrashDialog)
    qtbot.waitExposed(dialog)
    return dialog


# ----- the trash -----------------------------------------------------------------------


def test_trash_restores_and_deletes_forever_after_asking(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    assert page.open_trash_button.accessibleName()

    kept = start(page, "i-statement")
    qtbot.keyClicks(page.runner.blocks["situation"].field.edit, SECRET)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    gone = start(page, "positive-communication")
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert page.in_progress.count() == 0

    dialog = trash_dialog(qtbot, page)
    assert "30 days" in dialog.explain.text()
    assert dialog.list.isVisibleTo(dialog) and not dialog.empty.isVisibleTo(dialog)
    assert sorted(dialog.shown_ids()) == sorted([kept, gone])
    assert dialog.list.accessibleName() and dialog.purge_button.accessibleName()

    # Restore the half-done one: it is back with its answer, with the ones to carry on.
    dialog.list.setCurrentRow(dialog.shown_ids().index(kept))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.shown_ids() == [gone]
    assert on_worker(shell, lambda v: RunRepository(v.connection).get(kept).answers) == {
        "situation": SECRET
    }
    qtbot.waitUntil(lambda: page.in_progress.count() == 1)

    # Delete forever asks first; Escape (or "Keep it") keeps it.
    asked: list[str] = []

    def answer(with_escape: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        if with_escape:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            forever = next(b for b in box.buttons() if b.text() == "Delete forever")
            qtbot.mouseClick(forever, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer(True))
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert asked and "can't be undone" in asked[0]
    assert dialog.shown_ids() == [gone]
    assert [s.id for s in on_worker(shell, lambda v: RunRepository(v.connection).trashed())] == [
        gone
    ]

    QTimer.singleShot(0, lambda: answer(False))
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert on_worker(shell, lambda v: RunRepository(v.connection).trashed()) == []
    count = on_worker(
        shell, lambda v: v.connection.execute("SELECT count(*) FROM exercise_runs").fetchone()[0]
    )
    assert count == 1, "only the restored one is left"

    # Now empty: it says so, and there is nothing to act on.
    assert dialog.empty.isVisibleTo(dialog) and not dialog.list.isVisibleTo(dialog)
    assert dialog.empty.text() == "The trash is empty."
    assert not dialog.restore_button.isEnabled() and not dialog.purge_button.isEnabled()

    # Escape closes it.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert page.trash_dialog is None


def test_an_empty_trash_says_so(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    dialog = trash_dialog(qtbot, page)
    assert dialog.empty.isVisibleTo(dialog) and dialog.list.count() == 0
    assert not dialog.restore_button.isEnabled()


def test_locking_closes_the_trash(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    start(page, "i-statement")
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    dialog = trash_dialog(qtbot, page)
    assert dialog.list.count() == 1
    shell.window.lock()
    assert not dialog.isVisible() and dialog.list.count() == 0


# ----- "For session:" -----------------------------------------------------------------


def add_session(shell: Any, start: datetime, kind: str = "individual-therapy") -> int:
    draft = SessionDraft(start=start, minutes=50, kind_id=kind)
    return int(change(shell, lambda v: session_ops.create_session(v.connection, draft)).id)


def at_hour(days: int, hour: int = 18) -> datetime:
    day = datetime.now() + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0).astimezone()


def stored_session(shell: Any, run_id: int) -> int | None:
    return on_worker(shell, lambda v: RunRepository(v.connection).get(run_id).session_id)


def test_a_run_is_linked_to_a_session_by_keyboard(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    upcoming = add_session(shell, at_hour(3))
    recent = add_session(shell, at_hour(-5), "peer-support")
    long_ago = add_session(shell, at_hour(-200))
    page = open_page(qtbot, shell)
    run_id = start(page, "i-statement")

    box = page.session_box
    assert box.accessibleName() and box.isEnabled()
    assert page.session_label.buddy() is box
    assert page.session_choice_ids() == [None, upcoming, recent], "upcoming, then recent"
    assert box.currentIndex() == 0 and box.currentText() == "None"
    assert "Peer" in box.itemText(2)

    # Alt+F reaches the choice; Down picks the next session, and it is saved.
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert stored_session(shell, run_id) == upcoming
    assert page.run is not None and page.run.session_id == upcoming
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert stored_session(shell, run_id) == recent
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert stored_session(shell, run_id) is None

    # Opened again, the choice shows the run's link (even one outside the weeks shown).
    change(shell, lambda v: exercise_ops.link_session(v.connection, run_id, long_ago))
    other = start(page, "positive-communication")
    assert box.currentIndex() == 0 and stored_session(shell, other) is None
    page.open_run(run_id)
    assert page.run is not None and page.run.id == run_id
    assert box.currentData() == long_ago
    assert page.session_choice_ids() == [None, upcoming, recent, long_ago]


def test_a_session_added_meanwhile_is_offered(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    start(page, "i-statement")
    assert page.session_choice_ids() == [None]
    added = add_session(shell, at_hour(1))
    qtbot.waitUntil(lambda: page.session_choice_ids() == [None, added])
    assert page.session_box.currentIndex() == 0


# ----- boundaries as hints --------------------------------------------------------------


def add_boundary(shell: Any, area: str, statement: str) -> int:
    draft = BoundaryDraft(area=area, statement=statement)
    return int(change(shell, lambda v: boundary_ops.create_boundary(v.connection, draft)).id)


def test_the_debrief_offers_my_boundaries(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    add_boundary(shell, "time", TIME_BOUNDARY)
    add_boundary(shell, "privacy-and-phone", PHONE_BOUNDARY)
    archived = add_boundary(shell, "money", "If money is taken, I will keep my own account.")
    change(shell, lambda v: boundary_ops.archive_boundary(v.connection, archived))
    page = open_page(qtbot, shell)

    start(page, "i-statement")
    assert page.boundary_hints() == [], "only under the debrief's boundary step"

    run_id = start(page, "hard-conversation-debrief")
    hints = page.boundary_hints()
    assert [h.text() for h in hints] == [PHONE_BOUNDARY, TIME_BOUNDARY], "in use, newest first"
    assert all(h.accessibleName().startswith("Add this boundary") for h in hints)
    block = page.runner.blocks["boundary"]
    assert all(block.isAncestorOf(h) for h in hints)

    field = block.field
    # Tab from the answer reaches the hints, in order, then the next step.
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "It came up at dinner.")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert hints[0].hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(hints[0], Qt.Key.Key_Tab)
    assert hints[1].hasFocus()
    qtbot.keyClick(hints[1], Qt.Key.Key_Space)
    assert field.edit.toPlainText() == "It came up at dinner.\n" + TIME_BOUNDARY
    assert field.edit.hasFocus(), "back to writing"
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.runner.blocks["feelings_after"].field.focus_widget().hasFocus()
    page.save()
    answers = on_worker(shell, lambda v: RunRepository(v.connection).get(run_id).answers)
    assert answers["boundary"] == "It came up at dinner.\n" + TIME_BOUNDARY


def test_no_boundaries_no_hints(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    start(page, "hard-conversation-debrief")
    assert "boundary" in page.runner.blocks
    assert page.boundary_hints() == []

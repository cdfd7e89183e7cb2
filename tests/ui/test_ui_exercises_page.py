"""The exercises page in the real window over a real vault: start an exercise, answer,
leave it half-done, lock, unlock and carry on; flag it; mark it done; trash it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from app.exercises.repository import RunRepository
from ui.common.autosave import SaveState
from ui.exercises.page import ExercisesPage

pytestmark = pytest.mark.usefixtures("existing_vault")

SECRET = "the saltmarsh words I wrote"


def unlock(qtbot: Any, shell: Any) -> None:
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"


def open_page(qtbot: Any, shell: Any) -> ExercisesPage:
    assert shell.window.workspace.show_module("exercises")
    page = shell.window.workspace.pages.currentWidget()
    assert isinstance(page, ExercisesPage)
    qtbot.waitUntil(lambda: page.library.count() > 0)
    return page


def library_row(page: ExercisesPage, exercise_id: str) -> Any:
    for row in range(page.library.count()):
        item = page.library.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == exercise_id:
            return item
    raise AssertionError(f"{exercise_id} is not in the library")


def runs(shell: Any) -> list[Any]:
    box: list[Any] = []
    shell.session.submit(
        lambda vault: [
            RunRepository(vault.connection).get(s.id)
            for s in RunRepository(vault.connection).in_progress(50)
            + RunRepository(vault.connection).finished(50)
        ],
        box.append,
    )
    return box[0]


def test_an_exercise_left_half_done_is_there_after_a_lock(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    assert page.right.currentIndex() == 0, "a warm word until an exercise is chosen"
    page.library.setCurrentItem(library_row(page, "i-statement"))
    page._activated(library_row(page, "i-statement"))  # as Return on the row does
    assert page.run is not None and page.right.currentIndex() == 1
    assert page.runner.exercise is not None
    assert page.runner.exercise.adapted_from.startswith("Adapted from")

    situation = page.runner.blocks["situation"].field
    qtbot.keyClicks(situation.edit, SECRET)
    assert page.autosave.has_unsaved_changes()
    page.save()
    assert page.autosave.state is SaveState.SAVED
    [stored] = runs(shell)
    assert stored.answers == {"situation": SECRET}
    assert stored.finished is None

    # Typed just before the lock: the last save is queued before the vault closes.
    qtbot.keyClicks(situation.edit, " and more")
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    assert page.in_progress.count() == 1, "the half-done one is offered first"
    item = page.in_progress.item(0)
    assert "I-statement" in item.text() and "1 of" in item.text()
    page._activated(item)
    assert page.runner.blocks["situation"].field.value() == SECRET + " and more"


def test_flag_done_and_trash(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    page._activated(library_row(page, "positive-communication"))
    assert page.run is not None
    qtbot.mouseClick(page.flag, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    [stored] = runs(shell)
    assert stored.bring_to_therapy and stored.finished is not None
    assert page.done_button.text().replace("&", "") == "Open again"
    assert page.finished.count() == 1 and "for therapy" in page.finished.item(0).text()

    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert page.run is None and page.right.currentIndex() == 0
    assert runs(shell) == []
    assert "trash" in page.banner.text()


def test_lock_empties_the_page(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    page._activated(library_row(page, "i-statement"))
    qtbot.keyClicks(page.runner.blocks["situation"].field.edit, SECRET)
    page.before_lock()
    assert page.run is None and page.runner.blocks == {}
    assert page.library.count() == 0 and page.in_progress.count() == 0


def test_a_finished_run_is_read_until_opened_again(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    page._activated(library_row(page, "i-statement"))
    situation = page.runner.blocks["situation"].field
    qtbot.keyClicks(situation.edit, SECRET)
    feeling = page.runner.blocks["feeling"].field
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.run is not None and page.run.finished is not None)
    assert situation.edit.isReadOnly(), "a finished run's words are not changed by a stray key"
    assert not feeling.isEnabled()
    qtbot.keyClicks(situation.edit, "typed by mistake")
    assert situation.value() == SECRET

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)  # Open again
    qtbot.waitUntil(lambda: page.run is not None and page.run.finished is None)
    assert not situation.edit.isReadOnly() and feeling.isEnabled()
    qtbot.keyClicks(situation.edit, " again")
    assert situation.value() == SECRET + " again"

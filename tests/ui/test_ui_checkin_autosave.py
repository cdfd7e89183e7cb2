"""The autosave the check-ins share with any editor (ui/common/autosave.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ui.common.autosave import AUTOSAVE_MS, Autosave, SaveState, SaveStateLabel, Ticket


class Editor(QObject):
    """A stand-in editor: remembers the tickets its store handed out."""

    def __init__(self) -> None:
        super().__init__()
        self.tickets: list[Ticket] = []
        self.autosave = Autosave(self.store, self, new_text="Nothing yet")

    def store(self) -> None:
        self.tickets.append(self.autosave.begin())


def test_states_and_words_follow_a_change_through_the_worker(qtbot: Any) -> None:
    editor = Editor()
    autosave = editor.autosave
    label = SaveStateLabel(autosave)
    qtbot.addWidget(label)
    assert label.text() == "Nothing yet" and label.accessibleName() == "Save status"
    assert autosave.timer.interval() == AUTOSAVE_MS == 1000

    autosave.changed()
    assert (autosave.state, label.text()) == (SaveState.PENDING, "Saving…")
    assert autosave.has_unsaved_changes() and autosave.timer.isActive()
    autosave.flush()
    assert (autosave.state, label.text()) == (SaveState.SAVING, "Saving…")
    assert autosave.is_saving() and not autosave.has_unsaved_changes()
    autosave.finished(editor.tickets[-1])
    assert (autosave.state, label.text()) == (SaveState.SAVED, "Saved")
    assert label.accessibleDescription() == "Saved"

    autosave.flush()
    assert len(editor.tickets) == 1, "nothing changed: nothing to store"


def test_an_answer_for_an_older_change_or_item_does_not_say_saved(qtbot: Any) -> None:
    editor = Editor()
    autosave = editor.autosave
    autosave.changed()
    autosave.flush()
    autosave.changed()  # more, while the first save is on its way
    autosave.finished(editor.tickets[0])
    assert autosave.state is SaveState.PENDING, "the newer change is not stored yet"

    autosave.flush()
    autosave.reset(SaveState.NEW)  # another day is shown meanwhile
    autosave.finished(editor.tickets[1])
    assert autosave.state is SaveState.NEW


def test_a_failed_save_is_kept_for_the_next_try_and_close_stops_everything(qtbot: Any) -> None:
    editor = Editor()
    autosave = editor.autosave
    autosave.changed()
    autosave.flush()
    autosave.failed(editor.tickets[0])
    assert autosave.state is SaveState.FAILED and autosave.text() == "Not saved yet"
    assert autosave.has_unsaved_changes()
    autosave.flush()
    assert len(editor.tickets) == 2, "tried again"

    autosave.close()
    autosave.changed()
    autosave.flush()
    assert len(editor.tickets) == 2 and not autosave.timer.isActive()


def test_steady_changes_are_saved_every_interval_not_only_at_a_pause(qtbot: Any) -> None:
    editor = Editor()
    autosave = editor.autosave
    autosave.changed()
    remaining = autosave.timer.remainingTime()
    autosave.changed()
    assert autosave.timer.remainingTime() <= remaining, "a change does not push the save back"


def test_a_save_that_kept_nothing_shows_the_state_it_is_given(qtbot: Any) -> None:
    editor = Editor()
    autosave = editor.autosave
    autosave.changed()
    autosave.flush()
    autosave.finished(editor.tickets[0], SaveState.NEW)
    assert autosave.state is SaveState.NEW and autosave.text() == "Nothing yet"


def test_discard_forgets_the_changes_but_not_the_saves_on_their_way(qtbot: Any) -> None:
    editor = Editor()
    autosave = editor.autosave
    autosave.changed()
    autosave.flush()  # on its way
    autosave.changed()
    autosave.discard(SaveState.NEW)  # the store found nothing worth keeping
    assert autosave.state is SaveState.NEW and not autosave.has_unsaved_changes()
    assert not autosave.timer.isActive()
    autosave.flush()
    assert len(editor.tickets) == 1, "nothing left to store"

    autosave.failed(editor.tickets[0])  # the same item: the failure still counts
    assert autosave.state is SaveState.FAILED and autosave.has_unsaved_changes()

"""Journal page: writing, autosave, switching entries, locking mid-sentence, pasting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from journal_helpers import unlock as unlock_journal
from journal_helpers import worker
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from ui_fixtures import PASSPHRASE

from ui.journal.editor import SaveState
from ui.journal.page import JournalPage

pytestmark = pytest.mark.usefixtures("existing_vault")

SENTENCE = "tonight I almost called him and then I wrote instead"


def unlock(qtbot: Any, shell: Any) -> JournalPage:
    """The journal, unlocked, with the focus in the search field."""
    page = unlock_journal(qtbot, shell)
    page.search_field.setFocus()
    return page


def stored(shell: Any) -> list[Any]:
    """Every live entry in the vault, newest first."""
    from app.journal.model import EntryFilter

    def read(repo: Any) -> list[Any]:
        return [repo.get(s.id) for s in repo.page(EntryFilter(), after=None, limit=100)]

    return worker(shell, read)


def press(qtbot: Any, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the person's focus is."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def new_entry(qtbot: Any, page: JournalPage, title: str, body: str) -> None:
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.isVisible()
    assert QApplication.focusWidget() is page.editor.body
    qtbot.keyClicks(page.editor.title, title)
    qtbot.keyClicks(page.editor.body, body)


def test_typing_is_saved_about_a_second_after_the_last_keystroke(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "Evening", SENTENCE)
    editor = page.editor
    assert editor.state is SaveState.PENDING
    assert editor.state_label.text() == "Saving…"
    assert editor.autosave_timer.isActive() and editor.autosave_timer.interval() <= 1000
    assert stored(shell) == [], "saved after the pause, not on every keystroke"

    qtbot.waitUntil(lambda: editor.state is SaveState.SAVED, timeout=3000)
    [entry] = stored(shell)
    assert (entry.title, entry.body) == ("Evening", SENTENCE)
    assert editor.state_label.text() == "Saved"
    # The new entry shows at the top of the list, selected.
    assert page.model.rowCount() == 1
    assert page.list.currentIndex().row() == 0
    assert page.count_label.text() == "1 entry"

    # More typing starts the timer again and updates the same entry.
    editor.autosave_timer.setInterval(20)
    qtbot.keyClicks(editor.body, " and felt calmer")
    qtbot.waitUntil(lambda: editor.state is SaveState.SAVED, timeout=3000)
    [entry] = stored(shell)
    assert entry.body == SENTENCE + " and felt calmer"


def test_steady_typing_is_saved_every_interval_not_only_at_a_pause(
    qtbot: Any, make_shell: Any
) -> None:
    # A kill while someone types without pausing must lose at most the last interval,
    # so the timer must not restart on every keystroke.
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "Steady", "start")
    editor = page.editor
    editor.autosave_timer.setInterval(150)
    words = [f"word{n}" for n in range(30)]
    saved_while_typing: list[str] = []
    for word in words:  # about 1.5 s of typing, never pausing as long as the interval
        qtbot.keyClicks(editor.body, " " + word)
        qtbot.wait(50)
        saved_while_typing += [entry.body for entry in stored(shell)]
    assert any("word10" in body for body in saved_while_typing), saved_while_typing[-1:]
    qtbot.waitUntil(lambda: editor.state is SaveState.SAVED, timeout=3000)
    [entry] = stored(shell)
    assert entry.body == "start " + " ".join(words)


def test_ctrl_s_saves_at_once_and_words_are_counted(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "", "one two three")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.state is SaveState.SAVED
    assert not page.editor.autosave_timer.isActive()
    assert [e.body for e in stored(shell)] == ["one two three"]
    qtbot.waitUntil(lambda: page.editor.words_label.text() == "3 words", timeout=2000)
    # An untitled entry is listed by its first words.
    assert page.model.index(0).data() == "one two three"


def test_an_empty_new_entry_is_not_stored(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert stored(shell) == []
    assert page.editor.state_label.text().startswith("Not saved yet")


def test_switching_entries_saves_the_one_left(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "First", "the first one")
    page.save_now()
    new_entry(qtbot, page, "Second", "the second one")
    page.save_now()
    assert page.model.rowCount() == 2

    # Open the first, type, and switch away before the timer fires.
    first = page.model.index(1)
    page.list.setCurrentIndex(first)
    assert page.editor.title.text() == "First"
    assert not page.editor.body.document().isUndoAvailable(), "undo never crosses entries"
    page.editor.body.moveCursor(page.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor.body, ", edited")
    assert page.editor.autosave_timer.isActive()
    page.list.setCurrentIndex(page.model.index(0))
    assert page.editor.title.text() == "Second"
    bodies = {e.title: e.body for e in stored(shell)}
    assert bodies == {"First": "the first one, edited", "Second": "the second one"}
    # The list row shows a new title without reloading.
    page.list.setCurrentIndex(page.model.index(1))
    qtbot.keyClicks(page.editor.title, " light")
    page.save_now()
    assert page.model.index(1).data() == "First light"


def test_tags_and_therapy_flag_are_saved(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "Session notes", "what to raise on Thursday")
    qtbot.keyClicks(page.editor.tags, "therapy, Sleep, sleep,  ")
    page.editor.tags.editingFinished.emit()
    page.editor.therapy.click()
    [entry] = stored(shell)
    assert entry.tags == ("therapy", "Sleep")
    assert entry.bring_to_therapy
    # The filter offers the tags, and the list marks the entry.
    assert [page.filters.tag.itemData(i) for i in range(page.filters.tag.count())] == [
        None,
        "Sleep",
        "therapy",
    ] or [page.filters.tag.itemData(i) for i in range(page.filters.tag.count())] == [
        None,
        "therapy",
        "Sleep",
    ]
    assert (
        page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("to bring to therapy")
    )


def test_writing_from_a_prompt_links_the_entry_and_shows_the_prompt(
    qtbot: Any, make_shell: Any
) -> None:
    from app.journal.model import Prompt

    prompt = Prompt(id="feelings-01", theme="feelings", text="What felt heavy today?")
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.choose_prompt = lambda: prompt
    page.prompt_button.click()
    assert page.editor.prompt_label.isVisible()
    assert page.editor.prompt_label.text() == prompt.text
    qtbot.keyClicks(page.editor.body, "the drive home")
    page.save_now()
    [entry] = stored(shell)
    assert entry.prompt_id == "feelings-01"


def test_lock_mid_sentence_then_unlock_finds_the_sentence(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "", SENTENCE)
    assert page.editor.autosave_timer.isActive(), "still waiting for the pause"
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"

    page = unlock(qtbot, shell)
    assert page.model.rowCount() == 1
    page.list.setCurrentIndex(page.model.index(0))
    assert page.editor.body.toPlainText() == SENTENCE


def test_lock_with_a_threaded_worker_still_saves_first(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell(synchronous=False)
    window = shell.window
    page = unlock_journal(qtbot, shell)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, SENTENCE)
    window.lock()
    assert shell.tasks.wait_idle(10_000)

    from app.journal.entries import EntryRepository
    from app.journal.model import EntryFilter
    from app.vault.vault import Vault

    shell.tasks.shutdown()
    vault = Vault.unlock(shell.session.paths.root, PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        [summary] = repo.page(EntryFilter(), after=None, limit=10)
        assert repo.get(summary.id).body == SENTENCE
    finally:
        vault.close()


def test_saved_shows_only_once_the_words_are_committed(qtbot: Any, make_shell: Any) -> None:
    # "Saved" is a promise: at the moment the label says it, another connection (a
    # crash and restart, say) must already read the words.
    from app.journal.entries import EntryRepository
    from app.journal.model import EntryFilter
    from app.vault.vault import Vault

    shell = make_shell(synchronous=False)
    page = unlock_journal(qtbot, shell)
    page.new_entry()
    editor = page.editor
    editor.autosave_timer.setInterval(50)

    def committed_bodies() -> list[str]:
        vault = Vault.unlock(shell.session.paths.root, PASSPHRASE)
        try:
            repo = EntryRepository(vault.connection)
            return [repo.get(s.id).body for s in repo.page(EntryFilter(), after=None, limit=5)]
        finally:
            vault.close()

    seen: list[tuple[str, list[str]]] = []

    def state_changed(state: SaveState) -> None:
        if state is SaveState.SAVED:
            seen.append((editor.state_label.text(), committed_bodies()))

    editor.state_changed.connect(state_changed)
    qtbot.keyClicks(editor.body, "first words")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    qtbot.keyClicks(editor.body, " and more")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == [("Saved", ["first words"]), ("Saved", ["first words and more"])]


def test_lock_clears_the_editor_its_undo_history_and_every_list(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "Private title", SENTENCE)
    qtbot.keyClicks(page.editor.tags, "secret-tag")
    page.save_now()
    qtbot.keyClicks(page.search_field, "tonight")
    page.search.run_now()
    assert page.results_model.rowCount() == 1
    body = page.editor.body
    assert body.document().isUndoAvailable()

    shell.window.lock()
    assert body.toPlainText() == "" and not body.document().isUndoAvailable()
    assert page.editor.title.text() == "" and not page.editor.title.isUndoAvailable()
    assert page.editor.handle is None
    assert page.model.rowCount() == 0 and page.results_model.rowCount() == 0
    assert page.filters.tag.count() == 1, "only 'All tags' is left"
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            assert "Private title" not in widget.text() and "secret-tag" not in widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            assert SENTENCE not in widget.toPlainText()
    # Typing into the dead page after the lock stores nothing and raises nothing.
    body.setPlainText("after the lock")
    assert not page.editor.autosave_timer.isActive()


def test_window_title_never_shows_entry_text(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "Title words", SENTENCE)
    page.save_now()
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.keyClicks(page.search_field, "almost")
    page.search.run_now()
    page.editor.tabs.setCurrentWidget(page.editor.preview)
    titles = {w.windowTitle() for w in QApplication.topLevelWidgets()}
    for title in titles:
        assert "Title words" not in title and "almost" not in title
    assert shell.window.windowTitle() == "Mooring"


def test_a_pasted_image_is_refused_with_a_message_and_no_file(
    qtbot: Any, make_shell: Any, isolated_root: Path
) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "", "before ")
    before = {p for p in isolated_root.rglob("*") if p.is_file()}

    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    assert not page.editor.body.canInsertFromMimeData(mime)
    QApplication.clipboard().setMimeData(mime)
    page.editor.body.paste()

    assert page.editor.body.toPlainText() == "before "
    assert "Pictures can't go into an entry" in page.notice.text()
    page.save_now()
    after = {p for p in isolated_root.rglob("*") if p.is_file()}
    new_files = {p for p in after - before if "data" not in p.relative_to(isolated_root).parts}
    assert new_files == set(), "no temp file for a pasted image"

    # Text still pastes, as plain text only (never the HTML that comes with it).
    rich = QMimeData()
    rich.setHtml("<b>bold</b><img src='http://example.com/x.png'>")
    rich.setText("plain words")
    QApplication.clipboard().setMimeData(rich)
    page.editor.body.paste()
    # The clipboard owns the QMimeData made here; clear it while Python is still
    # running, or Qt deletes the wrapper at process exit and the interpreter crashes.
    QApplication.clipboard().clear()
    assert page.editor.body.toPlainText() == "before plain words"


def test_keys_and_controls_have_names_and_tooltips(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.new_entry()
    for widget in (
        page.search_field,
        page.list,
        page.new_button,
        page.prompt_button,
        page.delete_button,
        page.trash_button,
        page.filters.tag,
        page.filters.therapy_only,
        page.filters.calendar,
        page.editor.title,
        page.editor.body,
        page.editor.tags,
        page.editor.therapy,
        page.editor.undo_button,
        page.editor.redo_button,
    ):
        assert widget.accessibleName(), widget.objectName()
    assert "Ctrl+N" in page.new_button.toolTip()
    assert "Ctrl+F" in page.search_field.toolTip()
    assert "Del" in page.delete_button.toolTip()

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_field


def test_undo_and_redo_buttons_follow_the_editor(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "", "abc")
    editor = page.editor
    assert editor.undo_button.isEnabled() and not editor.redo_button.isEnabled()
    editor.undo_button.click()
    assert editor.body.toPlainText() == ""
    assert editor.redo_button.isEnabled()
    editor.redo_button.click()
    assert editor.body.toPlainText() == "abc"


def test_closing_the_window_mid_sentence_keeps_the_sentence(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "", SENTENCE)
    assert page.editor.autosave_timer.isActive()
    shell.window.close()
    assert shell.window.current_screen() == "unlock"

    from app.journal.entries import EntryRepository
    from app.journal.model import EntryFilter
    from app.vault.vault import Vault

    vault = Vault.unlock(shell.session.paths.root, PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        [summary] = repo.page(EntryFilter(), after=None, limit=10)
        assert repo.get(summary.id).body == SENTENCE
    finally:
        vault.close()


def test_prompt_dialog_lists_themes_and_their_prompts(qtbot: Any) -> None:
    from app.content.prompts import load_prompts
    from ui.journal.prompt_dialog import PromptDialog

    themes, prompts = load_prompts()
    dialog = PromptDialog(themes, prompts)
    qtbot.addWidget(dialog)
    assert dialog.theme_list.count() == len(themes)
    second = themes[1]
    dialog.theme_list.setCurrentRow(1)
    shown = [dialog.prompt_list.item(i).text() for i in range(dialog.prompt_list.count())]
    assert shown == [p.text for p in prompts if p.theme == second.id]
    assert dialog.description.text() == second.description
    dialog.prompt_list.setCurrentRow(len(shown) - 1)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.text == shown[-1]
    assert dialog.select_prompt(prompts[0].id)
    assert dialog.chosen() == prompts[0]


def test_journal_and_check_ins_are_in_the_navigation(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    ids = shell.window.workspace.module_ids
    assert ids.index("today") < ids.index("journal") < ids.index("checkins")


def test_a_too_long_tag_is_left_out_and_the_words_are_still_saved(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    new_entry(qtbot, page, "", "words first")
    page.editor.tags.setText("ok, " + "x" * 80 + ", \u05e9\u05dc\u05d5\u05dd, \U0001f331")
    page.save_now()
    [entry] = stored(shell)
    assert entry.body == "words first"
    assert entry.tags == ("ok", "\u05e9\u05dc\u05d5\u05dd", "\U0001f331")
    assert "at most 64 characters" in page.notice.text()
    assert page.editor.state is SaveState.SAVED


# The suggestion list is a popup; the offscreen platform says it can't grab keys.
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|propagateSizeHints\(\)|grabbing the keyboard)"
)
def test_tags_complete_after_the_last_comma(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.create(body="x", tags=["sleep", "sponsor", "work"]))
    page._refresh_overview()
    page.new_entry()
    completer = page.editor.tag_completer
    page.editor.tags.setFocus()
    qtbot.keyClicks(page.editor.tags, "work, sp")
    assert completer.splitPath(page.editor.tags.text()) == ["sp"]
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "work, sponsor", "earlier tags are kept"
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.editor.tags.text() == "work, sponsor"
    page.save_now()
    assert stored(shell)[0].tags == ("work", "sponsor")
    shell.window.lock()
    assert completer.model().rowCount() == 0, "no tag names kept after a lock"

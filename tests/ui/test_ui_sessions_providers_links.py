"""Providers and linked journal entries in the sessions window, on a real unlocked
vault: the Providers dialog (add, change, remove, refused names) and the editor's
provider choices; linking entries through the picker, unlinking, opening one in the
journal, and entries in the journal's trash leaving the list."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_ui_sessions import (
    TODAY,
    add_session,
    at,
    clock,
    open_page,
    run_op,
    stored,
    unlock,
    worker,
)

from app.journal import ops as journal_ops
from app.journal.entries import EntryRepository
from app.sessions import ops
from app.sessions.model import Provider, Status
from ui.common.messages import Tone
from ui.journal.page import JournalPage
from ui.sessions.page import SessionsPage

pytestmark = pytest.mark.usefixtures("existing_vault")

YESTERDAY = TODAY - timedelta(days=1)


# ----- helpers --------------------------------------------------------------------------


def providers_of(shell: Any) -> list[Provider]:
    from app.sessions.repository import ProviderRepository

    return worker(shell, lambda vault: ProviderRepository(vault.connection).all())


def add_provider(shell: Any, name: str, role: str = "") -> Provider:
    return run_op(shell, lambda vault: ops.add_provider(vault.connection, name, role, clock=clock))


def add_entry(shell: Any, title: str, body: str, created: datetime) -> int:
    return worker(
        shell,
        lambda vault: EntryRepository(vault.connection).create(
            title=title, body=body, created=created
        ),
    ).id


def link_rows(shell: Any, session_id: int) -> list[int]:
    """The stored links of a session (also to entries in the trash)."""
    rows = worker(
        shell,
        lambda vault: vault.connection.execute(
            "SELECT entry_id FROM session_entries WHERE session_id = ? ORDER BY entry_id",
            (session_id,),
        ).fetchall(),
    )
    return [int(entry_id) for (entry_id,) in rows]


def link(shell: Any, session_id: int, entry_id: int) -> None:
    run_op(shell, lambda vault: ops.link_entry(vault.connection, session_id, entry_id))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_providers(qtbot: Any, page: SessionsPage) -> Any:
    click(qtbot, page.providers_button)
    dialog = page.providers_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(qtbot: Any, dialog: Any, name: str, role: str = "", notes: str = "") -> None:
    dialog.name.setText(name)
    dialog.role.setText(role)
    dialog.notes.setPlainText(notes)


def combo_items(combo: Any) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


def list_texts(view: Any) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


# ----- providers --------------------------------------------------------------------------


def test_add_change_and_see_providers_in_the_editor(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    page.new_session()
    editor = page.editor
    assert combo_items(editor.provider) == []
    qtbot.keyClicks(editor.bring_up, "Sleep")  # unsaved work stays while providers change

    click(qtbot, editor.manage_providers)
    dialog = page.providers_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.empty.isVisible() and dialog.list.isHidden()
    assert dialog.save_button.text() == "&Add provider"

    fill(qtbot, dialog, "Dr. Rivera", "Therapist", "Tuesdays, room 4")
    click(qtbot, dialog.save_button)
    (rivera,) = providers_of(shell)
    assert (rivera.name, rivera.role, rivera.notes) == (
        "Dr. Rivera",
        "Therapist",
        "Tuesdays, room 4",
    )
    assert dialog.banner.tone is Tone.SUCCESS
    assert list_texts(dialog.list) == ["Dr. Rivera  \u00b7  Therapist"]
    assert dialog.current_id() == rivera.id and dialog.save_button.text() == "&Save changes"
    assert combo_items(editor.provider) == ["Dr. Rivera"], "the editor's choices follow"
    assert editor.is_dirty() and editor.bring_up.toPlainText() == "Sleep"

    # A second one, through "New provider" (Return in the name adds it).
    click(qtbot, dialog.new_button)
    assert dialog.name.text() == "" and dialog.current_id() is None
    qtbot.keyClicks(dialog.name, "Riverside IOP group")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [p.name for p in providers_of(shell)] == ["Dr. Rivera", "Riverside IOP group"]
    assert dialog.banner.text() == "Riverside IOP group is in your providers.", "saved once"
    assert combo_items(editor.provider) == ["Dr. Rivera", "Riverside IOP group"]

    # Changing one: choose it, change the fields, save.
    editor.provider.setEditText("Dr. Rivera")
    dialog.list.setCurrentItem(dialog.item_for("Dr. Rivera"))
    assert (dialog.name.text(), dialog.role.text()) == ("Dr. Rivera", "Therapist")
    assert dialog.notes.toPlainText() == "Tuesdays, room 4"
    fill(qtbot, dialog, "Dr. Ana Rivera", "Counsellor", "Thursdays now")
    click(qtbot, dialog.save_button)
    changed = next(p for p in providers_of(shell) if p.id == rivera.id)
    assert (changed.name, changed.role, changed.notes) == (
        "Dr. Ana Rivera",
        "Counsellor",
        "Thursdays now",
    )
    assert len(providers_of(shell)) == 2
    assert dialog.banner.text() == "Your changes are saved."
    assert combo_items(editor.provider) == ["Dr. Ana Rivera", "Riverside IOP group"]
    assert editor.provider.currentText() == "Dr. Ana Rivera", "the field follows the rename"

    # Saved with the new session, it is that provider (not free text).
    dialog.reject()
    assert page.providers_dialog is None
    click(qtbot, editor.save_button)
    session = stored(shell, editor.session_id())
    assert (session.provider_id, session.provider_text) == (rivera.id, "")


def test_removing_a_provider_asks_first_and_sessions_keep_the_name(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    rivera = add_provider(shell, "Dr. Rivera", "Therapist")
    session = add_session(shell, at(YESTERDAY, 10), status=Status.ATTENDED, provider_id=rivera.id)
    page.open_session(session.id)
    assert page.editor.provider.currentText() == "Dr. Rivera"

    dialog = open_providers(qtbot, page)
    asked: list[Provider] = []
    dialog.confirm_remove = lambda provider: asked.append(provider) or False
    assert not dialog.remove_button.isEnabled(), "nothing chosen yet"
    dialog.list.setCurrentItem(dialog.item_for("Dr. Rivera"))
    click(qtbot, dialog.remove_button)
    assert [p.name for p in asked] == ["Dr. Rivera"]
    assert [p.id for p in providers_of(shell)] == [rivera.id], "kept when the answer is no"

    dialog.confirm_remove = lambda provider: True
    click(qtbot, dialog.remove_button)
    assert providers_of(shell) == []
    assert dialog.banner.tone is Tone.SUCCESS
    assert dialog.banner.text() == (
        "Dr. Rivera is no longer in your providers. 1 session keeps the name."
    )
    assert dialog.empty.isVisible() and dialog.name.text() == ""
    kept = stored(shell, session.id)
    assert (kept.provider_id, kept.provider_text) == (None, "Dr. Rivera")
    assert combo_items(page.editor.provider) == []
    assert page.editor.provider.currentText() == "Dr. Rivera"
    assert not page.editor.is_dirty()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "A provider's name needs a few words."),
        ("   ", "A provider's name needs a few words."),
        ("x" * 201, "A provider's name can be at most 200 characters long."),
    ],
)
def test_a_refused_name_shows_the_core_sentence_and_writes_nothing(
    qtbot: Any, make_shell: Any, name: str, message: str
) -> None:
    shell, page = open_page(qtbot, make_shell)
    dialog = open_providers(qtbot, page)
    fill(qtbot, dialog, name, "Therapist")
    click(qtbot, dialog.save_button)
    assert dialog.banner.tone is Tone.PROBLEM
    assert dialog.banner.text() == message
    assert providers_of(shell) == []
    assert dialog.name.text() == name, "what was typed stays, to put right"

    # Changing a stored one to a refused name leaves it as it was.
    rivera = add_provider(shell, "Dr. Rivera")
    dialog.load()
    dialog.list.setCurrentItem(dialog.item_for("Dr. Rivera"))
    fill(qtbot, dialog, name)
    click(qtbot, dialog.save_button)
    assert dialog.banner.text() == message
    assert [(p.id, p.name) for p in providers_of(shell)] == [(rivera.id, "Dr. Rivera")]


# ----- linked journal entries -------------------------------------------------------------


def test_link_and_unlink_entries_through_the_picker(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    older = add_entry(
        shell, "Cravings after group", "It passed.", at(TODAY - timedelta(days=3), 21)
    )
    untitled = add_entry(shell, "", "Slept badly again, woke at four", at(YESTERDAY, 22))
    blank = add_entry(shell, "", "", at(TODAY, 8))

    # A new session can't have links until it is saved.
    page.new_session()
    links = page.editor.links
    assert not links.link_button.isEnabled()
    assert links.hint.text().startswith("Once the session is saved")
    page.editor.close_editor()

    session = add_session(shell, at(YESTERDAY, 10), status=Status.ATTENDED)
    page.open_session(session.id)
    links = page.editor.links
    assert links.list.isHidden() and links.hint.text().startswith("No journal entries linked")

    click(qtbot, links.link_button)
    picker = page.editor.picker
    assert picker is not None and picker.isVisible()
    assert list_texts(picker.list) == [
        "Today  \u00b7  Untitled entry",
        "Yesterday  \u00b7  Slept badly again, woke at four",
        "Sun 9 Mar  \u00b7  Cravings after group",
    ], "the newest first, named as the journal names them"
    assert picker.current_id() == blank

    picker.search.setText("cravings")
    picker.run_search()
    assert list_texts(picker.list) == ["Sun 9 Mar  \u00b7  Cravings after group"]
    picker.search.setText("zebra")
    picker.run_search()
    assert picker.list.count() == 0 and picker.message.text() == (
        "No entries match that. Try another word."
    )
    assert not picker.link_button.isEnabled()
    picker.search.setText("cravings")
    picker.run_search()
    click(qtbot, picker.link_button)
    assert page.editor.picker is None
    assert link_rows(shell, session.id) == [older]
    assert list_texts(links.list) == ["Sun 9 Mar  \u00b7  Cravings after group"]
    assert not links.hint.isVisible()

    # A second one by double-click; the linked one can't be chosen again.
    click(qtbot, links.link_button)
    picker = page.editor.picker
    item = picker.item_for(older)
    assert item.text().endswith("(linked already)")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    picker.list.itemActivated.emit(picker.item_for(untitled))
    assert link_rows(shell, session.id) == sorted([older, untitled])
    assert links.entry_ids() == [older, untitled], "oldest first"
    assert not page.editor.is_dirty(), "links are stored at once"

    # Unlink: the entry stays in the journal.
    links.list.setCurrentItem(links.item_for(older))
    click(qtbot, links.unlink_button)
    assert link_rows(shell, session.id) == [untitled]
    assert links.entry_ids() == [untitled]
    assert worker(
        shell,
        lambda vault: vault.connection.execute(
            "SELECT deleted_at FROM entries WHERE id = ?", (older,)
        ).fetchone(),
    ) == (None,)


def test_an_entry_gone_meanwhile_is_refused_with_the_core_sentence(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    entry = add_entry(shell, "After the family session", "", at(YESTERDAY, 20))
    session = add_session(shell, at(YESTERDAY, 10), status=Status.ATTENDED)
    page.open_session(session.id)
    click(qtbot, page.editor.links.link_button)
    picker = page.editor.picker
    assert picker.current_id() == entry
    # Moved to the trash while the picker was open (straight in the vault: no page is told).
    worker(shell, lambda vault: EntryRepository(vault.connection).delete(entry))
    click(qtbot, picker.link_button)
    assert page.editor.banner.tone is Tone.PROBLEM
    assert page.editor.banner.text() == "That journal entry no longer exists."
    assert link_rows(shell, session.id) == []


def test_an_entry_in_the_journal_trash_leaves_the_list_and_comes_back(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    kept = add_entry(shell, "What my counsellor said", "", at(YESTERDAY, 19))
    trashed = add_entry(shell, "Angry draft", "", at(YESTERDAY, 21))
    session = add_session(shell, at(YESTERDAY, 10), status=Status.ATTENDED)
    link(shell, session.id, kept)
    link(shell, session.id, trashed)
    page.open_session(session.id)
    links = page.editor.links
    assert links.entry_ids() == [kept, trashed]

    run_op(shell, lambda vault: journal_ops.delete_entry(vault.connection, trashed))
    assert links.entry_ids() == [kept]
    assert list_texts(links.list) == ["Yesterday  \u00b7  What my counsellor said"]

    run_op(shell, lambda vault: journal_ops.restore_entry(vault.connection, trashed))
    assert links.entry_ids() == [kept, trashed]

    # A new title in the journal shows here too.
    edit = journal_ops.EntryEdit(title="What Dana said")
    run_op(shell, lambda vault: journal_ops.save_entry(vault.connection, kept, edit))
    assert list_texts(links.list)[0] == "Yesterday  \u00b7  What Dana said"


def test_activating_a_linked_entry_opens_it_in_the_journal(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    now = datetime.now().astimezone()
    first = add_entry(shell, "Before group", "Nervous", now - timedelta(hours=5))
    entry = add_entry(shell, "After group", "Glad I went", now - timedelta(hours=1))
    session = add_session(shell, now - timedelta(hours=3), 180, "iop-group")
    link(shell, session.id, first)
    link(shell, session.id, entry)

    assert workspace.show_module("sessions")
    page = workspace.pages.currentWidget()
    assert isinstance(page, SessionsPage)
    page.open_session(session.id)
    links = page.editor.links
    qtbot.waitUntil(lambda: links.entry_ids() == [first, entry])

    links.list.setFocus()
    links.list.setCurrentItem(links.item_for(entry))
    qtbot.keyClick(links.list, Qt.Key.Key_Return)
    journal = workspace.pages.currentWidget()
    assert isinstance(journal, JournalPage)
    qtbot.waitUntil(lambda: journal.editor.current_id() == entry)
    assert journal.editor.title.text() == "After group"

    # "Open" does the same for the chosen one.
    assert workspace.show_module("sessions")
    links.list.setCurrentItem(links.item_for(first))
    click(qtbot, links.open_button)
    assert workspace.pages.currentWidget() is journal
    qtbot.waitUntil(lambda: journal.editor.current_id() == first)

"""The packet wizard's preview on a real vault: gathered on the worker with a busy bar
(and a Stop that stops it), the whole packet shown as it will come out, leaving out
the item under the cursor or a selection (Delete; again brings it back), a whole
section, blacking out selected words (Ctrl+B; a selection across places is one span
in each), undo and redo (Ctrl+Z, Ctrl+Shift+Z), the pages exactly as they will come
out, and a kind word for a period with nothing in it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from exchange_helpers import (  # noqa: F401
    ENTRY_ONE,
    ENTRY_TWO,
    TODAY,
    find,
    gathered,
    key,
    open_page,
    packet_module,
    select_between,
    unlock,
    written_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.exchange.document import REDACTED
from app.exchange.period import PeriodKind
from ui.exchange import jobs
from ui.exchange.page import CHOOSE, OUTPUT, PREVIEW
from ui.exchange.words import day_text

pytestmark = pytest.mark.usefixtures("existing_vault", "packet_module")


def _struck(page: Any, words: str) -> bool:
    cursor = page.preview.view.document().find(words)
    probe = QTextCursor(cursor)
    probe.setPosition(cursor.selectionStart() + 1)
    return bool(probe.charFormat().fontStrikeOut())


def _black(page: Any, words: str) -> bool:
    cursor = page.preview.view.document().find(words)
    probe = QTextCursor(cursor)
    probe.setPosition(cursor.selectionStart() + 1)
    fmt = probe.charFormat()
    return fmt.background().color() == fmt.foreground().color()


def test_gathering_runs_on_the_worker_with_a_busy_bar_then_shows_everything(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = jobs.gather

    def watched(*args: Any) -> Any:
        job = real(*args)

        def run(vault: Any) -> Any:
            # While the job runs: the bar shows and the button waits.
            seen.append(page.choose.busy_bar.isVisible())
            seen.append(page.choose.gather_button.isEnabled())
            return job(vault)

        return run

    monkeypatch.setattr(jobs, "gather", watched)
    shell = unlock(qtbot, make_shell)
    page = open_page(qtbot, shell)
    from exchange_helpers import add_entry, fill_two_weeks

    fill_two_weeks(shell)
    add_entry(shell, *ENTRY_ONE)
    add_entry(shell, "Kept to myself", "Nothing about Quillhaven.", flagged=False)
    with qtbot.waitSignal(page.settled):
        qtbot.mouseClick(page.choose.gather_button, Qt.MouseButton.LeftButton)
    assert seen == [True, False]
    assert page.step() == PREVIEW
    assert not page.choose.busy_bar.isVisible()
    text = page.preview.view.toPlainText()
    assert "Notes for my therapist" in text
    assert "The kettle sang and I stayed calm." in text
    assert "Name the feeling first." in text  # a session's takeaway
    assert "Check-ins and trends" in text
    assert "Quillhaven" not in text  # not flagged: not in the packet at all
    assert page.preview.counts.text() == "Everything shown will be included."
    assert page.preview.view.hasFocus() or page.preview.view.isVisible()
    assert page.preview.view.isReadOnly()


def test_stop_while_gathering_stays_on_the_first_step(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.exchange import packet as packet_module_

    real = packet_module_.build_packet

    def stopped(*args: Any, **kwargs: Any) -> Any:
        page.choose.cancel_button.click()  # the person presses Stop meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, "build_packet", stopped)
    page = open_page(qtbot, unlock(qtbot, make_shell))
    page.choose.gather_button.click()
    assert page.step() == CHOOSE
    assert page.preview.packet is None
    assert page.choose.message.isHidden()  # stopping is not a problem
    assert page.choose.gather_button.isEnabled()


def test_an_empty_period_says_so_kindly_and_offers_to_choose_again(
    qtbot: Any, make_shell: Any
) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    page.choose.set_custom(TODAY - timedelta(days=400), TODAY - timedelta(days=380))
    page.choose.gather_button.click()
    preview = page.preview
    assert page.step() == PREVIEW
    assert preview.body.currentWidget() is not preview.view
    assert preview.empty.isVisible()
    assert preview.empty.title.text() == "Nothing to bring from these days"
    assert "You could choose more weeks" in preview.empty_words.text()
    assert not preview.next_button.isEnabled() and not preview.pages_button.isEnabled()
    assert preview.tools.isHidden()
    page.go_to(OUTPUT)  # no way on to an empty file
    assert page.step() == PREVIEW
    qtbot.mouseClick(preview.empty_back, Qt.MouseButton.LeftButton)
    assert page.step() == CHOOSE
    assert page.choose.kind() is PeriodKind.CUSTOM  # the choice is kept


def test_delete_leaves_out_the_entry_under_the_cursor_and_again_brings_it_back(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    find(page, "I stayed calm", select=False)
    keys = preview.items_chosen()
    assert len(keys) == 1 and keys[0].section == "journal.flagged"
    assert preview.leave_out_button.text() == "&Leave out"
    key(qtbot, page, Qt.Key.Key_Delete)
    assert preview.choices.left_out_items == {keys[0]}
    assert _struck(page, "I stayed calm")
    assert not _struck(page, "Wrenfold")
    assert "kettle" not in written_text(page) and "Wrenfold" in written_text(page)
    assert preview.counts.text() == "1 part left out."
    assert preview.leave_out_button.text() == "Br&ing back"
    key(qtbot, page, Qt.Key.Key_Delete)
    assert preview.choices.left_out_items == frozenset()
    assert not _struck(page, "I stayed calm")
    assert "kettle" in written_text(page)


def test_the_button_leaves_out_every_row_a_selection_touches(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    # Two sessions: the attended one (a week ago) and the missed one.
    select_between(page, "Name the feeling first.", "missed")
    keys = preview.items_chosen()
    assert len(keys) == 2 and all(k.section == "sessions.list" for k in keys)
    qtbot.mouseClick(preview.leave_out_button, Qt.MouseButton.LeftButton)
    assert preview.choices.left_out_items == set(keys)
    assert "Name the feeling first." not in written_text(page)
    sessions = page.preview.written().section("sessions.list")
    assert sessions is None  # every row out: the table and its section go


def test_a_whole_section_can_be_left_out_and_brought_back(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    find(page, "Wrenfold", select=False)
    assert preview.section_chosen() == "journal.flagged"
    assert preview.section_button.accessibleName() == "Leave out the section Entries to bring"
    qtbot.mouseClick(preview.section_button, Qt.MouseButton.LeftButton)
    assert preview.choices.left_out_sections == {"journal.flagged"}
    assert preview.written().section("journal.flagged") is None
    assert _struck(page, "Wrenfold") and _struck(page, "Entries to bring")
    assert preview.counts.text() == "1 section left out."
    qtbot.mouseClick(preview.section_button, Qt.MouseButton.LeftButton)
    assert preview.choices.left_out_sections == frozenset()


def test_delete_on_a_heading_leaves_out_its_section_but_not_the_summary(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    find(page, "Entries to bring", select=False)
    key(qtbot, page, Qt.Key.Key_Delete)
    assert preview.choices.left_out_sections == {"journal.flagged"}
    # The summary's lines belong to the other sections: it is unticked on step 1.
    find(page, "1 session attended", select=False)
    assert preview.section_chosen() is None
    assert not preview.leave_out_button.isEnabled()
    assert not preview.section_button.isEnabled()
    key(qtbot, page, Qt.Key.Key_Delete)
    assert preview.choices.left_out_sections == {"journal.flagged"}


def test_ctrl_b_blacks_out_the_selected_words_and_only_they_leave_the_file(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    assert not preview.black_out_button.isEnabled()
    find(page, "Wrenfold")
    assert preview.black_out_button.isEnabled()
    key(qtbot, page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    [(place, _spans)] = preview.choices.redactions.items()
    assert place.section == "journal.flagged" and place.row == -1
    text = written_text(page)
    assert "Wrenfold" not in text
    assert f"My sister {REDACTED} said she is proud of me." in text
    assert _black(page, "Wrenfold")
    assert "Wrenfold" in preview.view.toPlainText()  # still readable in place for choosing
    assert preview.counts.text() == "1 passage blacked out."
    # Again on the same words: shown again.
    find(page, "Wrenfold")
    qtbot.mouseClick(preview.black_out_button, Qt.MouseButton.LeftButton)
    assert dict(preview.choices.redactions) == {}
    assert "Wrenfold" in written_text(page)


def test_a_selection_across_paragraphs_and_cells_is_one_span_in_each(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    select_between(page, "Then I called", "the drive home")
    pieces = preview.pieces_chosen()
    texts = {
        piece[0]: preview.laid.places.text_of(piece[0])[piece[1] : piece[2]] for piece in pieces
    }
    # The end of one entry, the next one's heading (its day, as the window writes days,
    # and title) and the start of its first paragraph: three places, one span each.
    assert list(texts.values()) == [
        "Then I called Marrowby.",
        f"{day_text(TODAY)} \u2014 After group",
        "I told them about the drive home",
    ]
    assert all(place.section == "journal.flagged" for place in texts)
    key(qtbot, page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    text = written_text(page)
    assert "Marrowby" not in text and "drive home" not in text and "After group" not in text
    assert "The kettle sang" in text and ". Then" not in text
    # Across table cells: a takeaway and the next row's status.
    select_between(page, "the feeling first.", "missed")
    cells = preview.pieces_chosen()
    assert len(cells) >= 2 and all(p[0].row >= 0 for p in cells)
    key(qtbot, page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    rows = page.preview.written().section("sessions.list").blocks[0].rows
    assert any(REDACTED in cell for row in rows for cell in row)
    assert "Name the feeling first." not in written_text(page)


def test_black_out_counts_an_emoji_as_one_character(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    from exchange_helpers import add_entry

    add_entry(shell, "Tuesday", "I felt \U0001f600 then Wrenfold called.")
    page = open_page(qtbot, shell)
    page.choose.gather_button.click()
    find(page, "Wrenfold")
    page.preview.black_out()
    assert f"I felt \U0001f600 then {REDACTED} called." in written_text(page)


def test_undo_and_redo_step_through_the_choices(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    preview = page.preview
    assert not preview.undo_button.isEnabled()
    find(page, "I stayed calm", select=False)
    key(qtbot, page, Qt.Key.Key_Delete)
    find(page, "Wrenfold")
    key(qtbot, page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    both = preview.choices
    assert preview.undo_button.isEnabled() and not preview.redo_button.isEnabled()
    key(qtbot, page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dict(preview.choices.redactions) == {} and len(preview.choices.left_out_items) == 1
    assert not _black(page, "Wrenfold")
    key(qtbot, page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert preview.choices.left_out_items == frozenset()
    assert not _struck(page, "I stayed calm")
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    key(qtbot, page, Qt.Key.Key_Z, shift_ctrl)
    key(qtbot, page, Qt.Key.Key_Z, shift_ctrl)
    assert preview.choices == both
    assert _struck(page, "I stayed calm") and _black(page, "Wrenfold")
    qtbot.mouseClick(preview.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.redo_button, Qt.MouseButton.LeftButton)
    assert preview.choices == both


def test_the_keys_belong_to_the_preview_only(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    for action in (
        page.preview.leave_out_action,
        page.preview.black_out_action,
        page.preview.undo_action,
        page.preview.redo_action,
    ):
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    # With the keyboard on a button, Delete leaves nothing out.
    find(page, "I stayed calm", select=False)
    page.preview.next_button.setFocus()
    qtbot.keyClick(page.preview.next_button, Qt.Key.Key_Delete)
    assert page.preview.choices.left_out_items == frozenset()


def test_see_the_pages_shows_exactly_what_will_be_written(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from ui.exchange import printing

    painted: list[Any] = []
    real = printing.paint_pages

    def paint(packet: Any, wording: Any, printer: Any, *rest: Any) -> int:
        painted.append(packet)
        return real(packet, wording, printer, *rest)

    monkeypatch.setattr(printing, "paint_pages", paint)
    _shell, page = gathered(qtbot, make_shell)
    find(page, "I stayed calm", select=False)
    page.preview.leave_out()
    find(page, "Wrenfold")
    page.preview.black_out()
    qtbot.mouseClick(page.preview.pages_button, Qt.MouseButton.LeftButton)
    dialog = page.preview.pages_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(painted))
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None and widget.pageCount() >= 2
    assert dialog.windowTitle() == "The pages as they will come out"
    shown = repr(painted[-1])
    assert "kettle" not in shown and "Wrenfold" not in shown and REDACTED in shown
    assert painted[-1] == page.preview.written()
    dialog.close()
    qtbot.waitUntil(lambda: page.preview.pages_dialog is None)


def test_going_back_and_gathering_again_starts_without_choices(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    find(page, "I stayed calm", select=False)
    page.preview.leave_out()
    qtbot.mouseClick(page.preview.back_button, Qt.MouseButton.LeftButton)
    assert page.step() == CHOOSE
    page.choose.set_kind(PeriodKind.FOUR_WEEKS)
    page.choose.gather_button.click()
    assert page.step() == PREVIEW
    assert page.preview.choices.left_out_items == frozenset()
    assert not page.preview.undo_stack.canUndo()
    assert page.preview.packet.start == TODAY - timedelta(days=27)


def test_a_change_elsewhere_offers_to_gather_again(qtbot: Any, make_shell: Any) -> None:
    shell, page = gathered(qtbot, make_shell)
    from exchange_helpers import add_entry

    add_entry(shell, "Later", "Written after gathering, Brackenfold.")
    assert not page.notice.isHidden()
    assert page.notice.text() == "Something changed since these notes were gathered."
    page.notice.action_button.click()
    assert page.step() == PREVIEW
    assert "Brackenfold" in page.preview.view.toPlainText()


def test_left_out_items_keep_their_places(qtbot: Any, make_shell: Any) -> None:
    """Leaving out restyles in place: every piece of text stays where it was, so a
    selection made afterwards still blacks out the words it shows."""
    _shell, page = gathered(qtbot, make_shell)
    document = page.preview.view.document()
    before = document.find("Wrenfold").selectionStart()
    find(page, "I stayed calm", select=False)
    page.preview.leave_out()
    assert page.preview.view.document() is document
    assert document.find("Wrenfold").selectionStart() == before
    find(page, "Wrenfold")
    page.preview.black_out()
    assert f"My sister {REDACTED} said" in written_text(page)

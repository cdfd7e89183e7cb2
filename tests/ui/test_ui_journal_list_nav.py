"""The journal's entry list as a person uses it: Home and End, a scroll bar that stands
for the whole journal, a snippet under each title, and the right-click menu."""

from __future__ import annotations

from typing import Any

import pytest
from journal_helpers import fill_vault, unlock, worker
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QStyleOptionViewItem

from ui.common import theme
from ui.journal.entry_list import (
    CACHED_PAGES,
    PAGE_SIZE,
    EntryRowDelegate,
    IdRole,
    SnippetRole,
    TherapyRole,
)

pytestmark = pytest.mark.usefixtures("existing_vault")

CTRL = Qt.KeyboardModifier.ControlModifier


def _current_title(page: Any) -> str:
    return str(page.editor.title.text())


def _selected_rows(view: Any) -> list[int]:
    return [index.row() for index in view.selectionModel().selectedRows()]


def test_end_and_home_go_to_the_oldest_and_newest_entry(qtbot: Any, make_shell: Any) -> None:
    total = 2 * PAGE_SIZE + 120  # far past the first page
    fill_vault(total)
    shell = make_shell()
    page = unlock(qtbot, shell)
    view, model = page.list, page.model
    view.setFocus(Qt.FocusReason.TabFocusReason)  # the newest entry, opened
    assert _current_title(page) == f"Entry {total - 1}"

    for modifier in (Qt.KeyboardModifier.NoModifier, CTRL):
        qtbot.keyClick(view, Qt.Key.Key_End, modifier)
        assert view.currentIndex().row() == total - 1
        assert _selected_rows(view) == [total - 1], "the oldest row shows as chosen"
        assert _current_title(page) == "Entry 0", "and it is open"
        # Its words are read once it is shown (one page, not every page before it).
        qtbot.waitUntil(lambda: model.index(total - 1).data() == "Entry 0", timeout=2000)
        assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()

        qtbot.keyClick(view, Qt.Key.Key_Home, modifier)
        assert view.currentIndex().row() == 0
        assert _selected_rows(view) == [0]
        assert _current_title(page) == f"Entry {total - 1}"
        assert view.verticalScrollBar().value() == 0
    assert model.pages_fetched <= 3


def test_the_scroll_bar_stands_for_the_whole_journal(qtbot: Any, make_shell: Any) -> None:
    total = 2_500
    fill_vault(total)
    shell = make_shell()
    page = unlock(qtbot, shell)
    view, model = page.list, page.model
    assert model.rowCount() == total
    row_height = view.verticalHeader().defaultSectionSize()
    bar = view.verticalScrollBar()
    assert bar.maximum() >= total * row_height - view.viewport().height() - row_height
    # Dragging the bar to the middle shows the entries there, read on demand.
    bar.setValue(bar.maximum() // 2)
    middle = view.rowAt(view.viewport().height() // 2)
    assert 1000 < middle < 1500
    qtbot.waitUntil(lambda: model.index(middle).data() == f"Entry {total - 1 - middle}")
    # Scrolling end to end keeps only a few pages of rows in memory.
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 25)):
        bar.setValue(value)
        row = view.rowAt(10)
        qtbot.waitUntil(lambda row=row: model.index(row).data() == f"Entry {total - 1 - row}")
        assert model.cached_rows() <= CACHED_PAGES * PAGE_SIZE
    assert model.cached_rows() < total


def test_rows_show_a_plain_snippet_under_the_title(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(
        shell,
        lambda r: r.create(
            title="Sunday", body="# Heading\n\nA **slow** _walk_ by [the sea](http://x)"
        ),
    )
    untitled = "Walked to the harbour after group and felt calmer than I expected tonight"
    worker(shell, lambda r: r.create(body=untitled))
    page.apply_changes(_changes_to_entries())
    model = page.model
    rows = {model.index(n).data(): model.index(n) for n in range(model.rowCount())}
    assert rows["Sunday"].data(SnippetRole) == "Heading A slow walk by the sea"
    # An untitled entry is named by its first words; the snippet goes on from there.
    name = "Walked to the harbour after group and felt…"
    assert rows[name].data(SnippetRole) == "calmer than I expected tonight"

    # Drawn in three lines: the snippet and date in the theme's secondary colour,
    # a selected row in the palette's highlight colours.
    view = page.list
    delegate = view.itemDelegate()
    assert isinstance(delegate, EntryRowDelegate)
    secondary = QColor(theme.current().text_secondary)
    unselected = _paint_row(view, rows["Sunday"], selected=False)
    selected = _paint_row(view, rows["Sunday"], selected=True)
    assert _count(unselected, secondary) > 5
    assert _count(selected, secondary) == 0
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    assert _count(selected, highlight) > 1000
    font_height = view.fontMetrics().height()
    assert view.verticalHeader().defaultSectionSize() >= 3 * font_height


def _paint_row(view: Any, index: Any, *, selected: bool) -> QImage:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 320, view.verticalHeader().defaultSectionSize())
    option.widget = view
    option.state |= QStyle.StateFlag.State_Enabled
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    else:
        option.state &= ~QStyle.StateFlag.State_Selected
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(view.palette().color(view.palette().ColorRole.Base))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return image


def _count(image: QImage, colour: QColor) -> int:
    wanted = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


def _menu_closed(qtbot: Any, view: Any) -> None:
    """Wait for the menu to close and the window to take the keys back."""
    qtbot.waitUntil(lambda: view.menu is None and QApplication.activeWindow() is view.window())


def _right_click(qtbot: Any, view: Any, row: int) -> None:
    """A right click on ``row`` as the window system delivers it (the window turns it
    into a context-menu event, as for a real mouse)."""
    window = view.window()
    point = view.viewport().mapTo(window, view.visualRect(view.model().index(row, 0)).center())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=point)


def _choose(qtbot: Any, view: Any, name: str) -> list[str]:
    """Once the menu is up, move to the action ``name`` with the keys and press Enter;
    returns the actions the menu offered."""
    offered: list[str] = []

    def act() -> None:
        menu = view.menu
        assert isinstance(menu, QMenu) and menu.isVisible()
        actions = [a for a in menu.actions() if not a.isSeparator()]
        offered.extend(a.text() for a in actions)
        for action in actions:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            if action.objectName() == name:
                break
        assert menu.activeAction() is not None
        assert menu.activeAction().objectName() == name
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    return offered


def test_right_click_acts_on_the_row_clicked(qtbot: Any, make_shell: Any) -> None:
    fill_vault(5)
    shell = make_shell()
    page = unlock(qtbot, shell)
    view, model = page.list, page.model
    view.setCurrentIndex(model.index(0))
    assert _current_title(page) == "Entry 4"

    # A right click on the third row: the menu is for that entry, which stays closed.
    offered = _choose(qtbot, view, "journal-menu-therapy")
    _right_click(qtbot, view, 2)
    _menu_closed(qtbot, view)
    assert offered == ["Open", "Bring to therapy", "Move to trash"]
    assert _current_title(page) == "Entry 4", "the open entry is not replaced"
    assert view.currentIndex().row() == 0
    assert worker(shell, lambda r: r.get(3).bring_to_therapy)
    assert model.index(2).data(TherapyRole) is True
    assert not worker(shell, lambda r: r.get(5).bring_to_therapy)

    # Again: the flag is shown as set, and choosing it clears it.
    _choose(qtbot, view, "journal-menu-therapy")
    _right_click(qtbot, view, 2)
    _menu_closed(qtbot, view)
    assert not worker(shell, lambda r: r.get(3).bring_to_therapy)

    # Open: that entry in the editor, the cursor in its text.
    _choose(qtbot, view, "journal-menu-open")
    _right_click(qtbot, view, 2)
    _menu_closed(qtbot, view)
    assert _current_title(page) == "Entry 2"
    assert view.currentIndex().row() == 2
    assert page.editor.body.hasFocus()


def test_the_menu_key_and_shift_f10_act_on_the_current_row(qtbot: Any, make_shell: Any) -> None:
    fill_vault(4)
    shell = make_shell()
    page = unlock(qtbot, shell)
    view, model = page.list, page.model
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert _current_title(page) == "Entry 2"

    # Shift+F10: bring the current entry (the open one) to therapy, through the editor.
    _choose(qtbot, view, "journal-menu-therapy")
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    _menu_closed(qtbot, view)
    assert page.editor.therapy.isChecked()
    assert worker(shell, lambda r: r.get(3).bring_to_therapy)

    # The context-menu key: move it to the trash, with the usual Undo.
    _choose(qtbot, view, "journal-menu-trash")
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    _menu_closed(qtbot, view)
    assert [s.title for s in worker(shell, lambda r: r.trash())] == ["Entry 2"]
    assert [model.index(n).data() for n in range(model.rowCount())] == [
        "Entry 3",
        "Entry 1",
        "Entry 0",
    ]
    assert "trash" in page.notice.text()
    page.notice.action_button.click()
    assert worker(shell, lambda r: r.trash()) == []


def test_a_change_keeps_the_list_where_it_was(qtbot: Any, make_shell: Any) -> None:
    fill_vault(600)
    shell = make_shell()
    page = unlock(qtbot, shell)
    view, model = page.list, page.model
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    row = view.rowAt(view.viewport().height() // 2)
    qtbot.waitUntil(lambda: bool(model.index(row).data()))
    entry_id = model.index(row).data(IdRole)
    before = bar.value()

    page.set_therapy_flag(entry_id, True)  # as the menu does, for an unopened entry
    assert model.index(row).data(TherapyRole) is True, "the row shows it at once"
    assert bar.value() == before, "the list stays where the person was"
    worker(shell, lambda r: r.delete(1))  # someone else's change: the oldest entry
    page.apply_changes(_changes_to_entries())
    assert model.rowCount() == 599
    assert bar.value() == before
    assert model.index(row).data(IdRole) == entry_id


def _changes_to_entries() -> Any:
    from app.journal import ops
    from app.platform.changes import Changes

    return Changes.of(ops.ENTRIES, ops.TRASH)


def test_selection_shows_when_the_list_gets_the_focus(qtbot: Any, make_shell: Any) -> None:
    fill_vault(3)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setFocus(Qt.FocusReason.TabFocusReason)
    assert page.list.currentIndex().row() == 0
    assert _selected_rows(page.list) == [0]
    assert QApplication.focusWidget() is page.list

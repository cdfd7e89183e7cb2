"""The safety page on a real unlocked vault: a "yes" leads to the safety panel; "Don't
save" leaves nothing in the database file; saving keeps a dated check that can be
removed for good; other pages open the panel with navigate("safety", "panel"); the
panel follows the region chosen in Settings; locking forgets unsaved answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from ui_fixtures import PASSPHRASE

from app import settings as schema
from app.content.crisis_lines import lines_for
from app.safety.content import bundled_questions, load_planning
from app.vault import engine
from tests.ui.shots import keep_shot
from ui.safety.page import SafetyPage

pytestmark = pytest.mark.usefixtures("existing_vault")


def unlock(qtbot: Any, make_shell: Any, region: str = "us") -> Any:
    shell = make_shell()
    shell.window.settings.set(schema.HELP_REGION, region)
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def open_page(qtbot: Any, make_shell: Any, region: str = "us") -> tuple[Any, SafetyPage]:
    shell = unlock(qtbot, make_shell, region)
    workspace = shell.window.workspace
    assert workspace.show_module("safety")
    page = workspace.pages.currentWidget()
    assert isinstance(page, SafetyPage)
    qtbot.waitUntil(lambda: page.saved is not None)
    return shell, page


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    shell.session.submit(fn, results.append)
    return results[0]


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shot(widget: QWidget, name: str) -> None:
    keep_shot(widget, name)


def plain_copy(database: Path, key: bytes, target: Path) -> bytes:
    connection = engine.open_file_only(database, key)
    try:
        (rows,) = connection.execute("SELECT count(*) FROM safety_checks").fetchone()
        connection.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    assert rows == 0
    return target.read_bytes()


def test_yes_leads_to_the_panel_and_dont_save_leaves_nothing_in_the_file(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    shell, page = open_page(qtbot, make_shell)
    shell.window.resize(1100, 800)
    assert [row.question.id for row in page.rows] == [q.id for q in bundled_questions()]
    shot(shell.window, "1-check.png")
    click(qtbot, page.rows[0].yes)
    click(qtbot, page.rows[1].no)
    assert page.answers() == {page.rows[0].question.id: "yes", page.rows[1].question.id: "no"}
    click(qtbot, page.finish_button)
    assert page.showing_panel()
    assert page.panel_prompt.isVisible()
    text = page.panel.visible_text()
    assert "call your local emergency number" in text
    hotline = text.find("National Domestic Violence Hotline")
    assert 0 <= hotline < text.find("988 Suicide") < text.find("Find A Helpline")
    assert "SAMHSA" not in text  # the panel is about safety, not substance use
    assert "Ctrl+Shift+L" in text and "device" in text
    for step in load_planning():
        assert step.title in text and step.text in text
    shot(shell.window, "2-panel.png")
    key = worker(shell, lambda vault: vault.data_key)
    database = worker(shell, lambda vault: vault.paths.database)

    click(qtbot, page.panel_prompt.discard_button)
    assert page.answers() == {} and not page.panel_prompt.isVisible()
    assert "Nothing was saved" in page.notice.label.text()
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"
    plain = plain_copy(database, key, tmp_path / "plain.db")
    for question in bundled_questions():
        assert question.id.encode() not in plain


def test_all_no_offers_the_same_choice_and_saving_keeps_a_check_to_remove(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert page.saved_empty.isVisible() and not page.saved_list.isVisible()
    click(qtbot, page.finish_button)  # nothing answered yet: a word, no panel
    assert not page.showing_panel() and "Answer any" in page.notice.label.text()
    for row in page.rows:
        click(qtbot, row.no)
    click(qtbot, page.finish_button)
    assert not page.showing_panel()
    assert page.calm_card.isVisible() and page.check_prompt.isVisible()
    # Changing an answer after Finish asks again.
    click(qtbot, page.rows[3].yes)
    assert not page.check_prompt.isVisible()
    click(qtbot, page.rows[3].no)
    click(qtbot, page.finish_button)
    click(qtbot, page.check_prompt.save_button)
    qtbot.waitUntil(lambda: page.saved_list.count() == 1)
    assert page.answers() == {} and not page.check_prompt.isVisible()
    assert "no to all 4 answered" in page.saved_list.item(0).text()
    stored = worker(
        shell, lambda v: v.connection.execute("SELECT yes_count FROM safety_checks").fetchall()
    )
    assert stored == [(0,)]
    # The timeline's reference picks the saved check.
    saved_id = page.saved_list.item(0).data(Qt.ItemDataRole.UserRole)
    page.saved_list.clearSelection()
    shell.window.workspace.navigate("safety", str(saved_id))
    assert page.saved_list.currentRow() == 0 and page.remove_button.isEnabled()
    page.remove_chosen(confirm=False)
    qtbot.waitUntil(lambda: page.saved_list.count() == 0)
    assert page.saved_empty.isVisible()
    assert worker(
        shell, lambda v: v.connection.execute("SELECT count(*) FROM safety_checks").fetchone()
    ) == (0,)


def test_other_pages_open_the_panel_for_the_chosen_region(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell, region="nz")
    workspace = shell.window.workspace
    workspace.show_module("today")
    assert workspace.navigate("safety", "panel")
    page = workspace.pages.currentWidget()
    assert isinstance(page, SafetyPage) and page.showing_panel()
    assert not page.panel_prompt.isVisible()  # nothing answered: nothing to save
    text = page.panel.visible_text()
    for line in lines_for("NZ", {"relationship-safety", "crisis"}):
        assert line.name in text and line.contact in text
    assert "Samaritans" not in text and "988" not in text
    # Settings changes the region: the panel follows at once.
    shell.window.settings.set(schema.HELP_REGION, "au")
    text = page.panel.visible_text()
    assert "1800RESPECT" in text and "13 11 14" in text and "1737" not in text
    shell.window.settings.set(schema.HELP_REGION, "other")
    text = page.panel.visible_text()
    assert "findahelpline.com" in text and "1800RESPECT" not in text
    click(qtbot, page.back_button)
    assert not page.showing_panel()


def test_locking_forgets_unsaved_answers(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    click(qtbot, page.rows[0].yes)
    shell.window.lock()
    assert page.answers() == {}
    shell.window.settings.set(schema.HELP_REGION, "ca")  # the old page is gone: no harm
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    shell.window.workspace.show_module("safety")
    again = shell.window.workspace.pages.currentWidget()
    assert isinstance(again, SafetyPage) and again.answers() == {}


def test_help_is_one_key_away_on_the_safety_page(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell, region="gb")
    page.finish_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_F1)
    dialog = shell.window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.visible_text()
    assert text.find("emergency number") < text.find("Samaritans") < text.find("Find A Helpline")


def test_every_control_has_a_name_and_mnemonics_do_not_clash(qtbot: Any, make_shell: Any) -> None:
    _shell, page = open_page(qtbot, make_shell)
    page.show_panel()
    # (The shared one-line notice names its own buttons when it shows them.)
    buttons = [b for b in page.findChildren(QAbstractButton) if not page.notice.isAncestorOf(b)]
    assert len(buttons) >= 12
    for button in buttons:
        assert button.accessibleName(), button.text()
    for view in (0, 1):
        page.views.setCurrentIndex(view)
        keys = [
            b.text().split("&", 1)[1][0].lower()
            for b in buttons
            if "&" in b.text() and b.isVisibleTo(page)
        ]
        assert len(keys) == len(set(keys)), keys

"""Help (F1) as a new user meets it: it fits the window and scrolls, it lists every
shortcut from the one list the keys come from, it says how to use Mooring and which
region each help line serves; in discreet mode it opens from the lock screen under a
plain title, and the application's names (what task bars group by) are neutral."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication
from ui_fixtures import PASSPHRASE

from app import settings as schema
from app.content.crisis_lines import CrisisLine, lines_for
from ui.shell import navigation, shortcuts
from ui.shell.settings_store import SettingsStore

pytestmark = pytest.mark.usefixtures("existing_vault")


def unlock(qtbot: Any, window: Any) -> None:
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"


def press_f1(qtbot: Any, window: Any) -> None:
    """F1 where the person's focus is in the window (the offscreen screen may not have
    made the window active)."""
    qtbot.keyClick(QApplication.focusWidget() or window.focusWidget() or window, Qt.Key.Key_F1)


@pytest.fixture
def app_names() -> Iterator[None]:
    """Puts back the application's names (discreet mode changes them process-wide)."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    saved = (app.applicationName(), app.applicationDisplayName(), app.desktopFileName())
    yield
    from ui.shell import app_identity

    app.setApplicationName(saved[0])
    app.setApplicationDisplayName(saved[1])
    QGuiApplication.setDesktopFileName(saved[2])
    app_identity._changed = False


# ----- size -------------------------------------------------------------------------------


def test_help_is_never_taller_than_a_small_window_and_scrolls(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    # Opened once at the window's usual size, then again after the window shrank.
    press_f1(qtbot, window)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.resize(600, 480)
    qtbot.waitUntil(lambda: window.height() == 480)
    press_f1(qtbot, window)
    assert dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().height() <= window.frameGeometry().height()
    assert dialog.frameGeometry().width() <= window.frameGeometry().width()
    assert window.frameGeometry().contains(dialog.frameGeometry().center())
    screen = window.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    # What does not fit scrolls, and the keyboard reaches it.
    qtbot.waitUntil(lambda: dialog.scroll_area.verticalScrollBar().maximum() > 0)
    assert dialog.scroll_area.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_escape_closes_help(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    window.open_help()
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ----- shortcuts from one list ------------------------------------------------------------


def test_help_lists_the_keys_a_new_user_needs_written_for_this_platform(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    window.open_help()
    assert window.help_dialog is not None
    rows = {key.text(): meaning.text() for key, meaning in window.help_dialog.shortcut_labels}
    for portable in ("Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+Shift+L", "Ctrl+Q", "Ctrl+S"):
        native = QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)
        assert any(native in keys.split(" / ") for keys in rows), (native, rows)
    assert any("F1" in keys.split(" / ") for keys in rows)
    assert any("quit" in meaning.lower() for meaning in rows.values())
    # Every row is named for screen readers, keys and meaning together.
    for key, meaning in window.help_dialog.shortcut_labels:
        assert key.accessibleName() == f"{key.text()}: {meaning.text()}"


def _page_shortcuts(widget: Any) -> set[str]:
    """Every Ctrl/Alt/Meta or F-key shortcut a page binds beyond one field or list."""
    found = set()
    for action in widget.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # Delete in a list, Down in the search field: local to one widget
        for sequence in action.shortcuts():
            text = shortcuts.portable(sequence.toString())
            if text and (any(m in text for m in ("Ctrl+", "Alt+", "Meta+")) or text[0] == "F"):
                found.add(text)
    return found


def test_every_shortcut_the_window_and_pages_bind_is_listed_and_every_listed_one_works(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    unlock(qtbot, window)
    workspace = window.workspace
    for module_id in workspace.module_ids:  # builds the pages built when first shown
        assert workspace.show_module(module_id)
    bound = _page_shortcuts(workspace)
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+S"} <= bound, "the pages' keys were found"
    window_keys = {
        shortcuts.portable(QKeySequence(QKeyCombination.fromCombined(combined)).toString())
        for combined in window.keys._handlers
    }
    assert {"Ctrl+L", "Ctrl+Shift+L", "F1", "Ctrl+Q"} <= window_keys
    listed = shortcuts.listed_keys()
    assert bound | window_keys <= listed, f"not in Help: {(bound | window_keys) - listed}"
    assert listed <= bound | window_keys, (
        f"listed but bound nowhere: {listed - bound - window_keys}"
    )


def test_settings_lists_the_same_shortcuts_as_help(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    unlock(qtbot, window)
    window.open_settings()
    window.open_help()
    in_settings = [label.text() for label in window.settings_dialog.shortcut_labels]
    in_help = [key.text() for key, _meaning in window.help_dialog.shortcut_labels]
    assert in_settings == in_help


# ----- how to use, and regions ----------------------------------------------------------


def test_help_says_how_to_use_each_section_in_a_few_plain_lines(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    window.open_help()
    dialog = window.help_dialog
    assert dialog is not None
    assert dialog.how_to_title.text() == "How to use Mooring"
    lines = [label.text() for label in dialog.how_to_labels]
    assert 6 <= len(lines) <= 14
    text = " ".join(lines)
    navigation.load_module_packages()
    for module in navigation.modules():
        assert module.title() in text, f"Help says nothing about {module.title()}"
    assert "saved as you go" in text and "encrypted on this computer" in text
    assert shortcuts.native(shortcuts.LOCK) in text
    assert "help lines" in text
    assert "Use recovery code instead" in text
    assert window.unlock_screen.recovery_link.accessibleName() == "Use recovery code instead"
    for word in ("addict", "patient", "symptom", "disorder", "cure"):
        assert word not in text.lower()


def test_each_help_line_says_which_region_it_serves(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    SettingsStore(config_dir).set(schema.HELP_REGION, "us")
    lines = [
        CrisisLine("a-line", "Harbour Line", "Call 123", "Someone listens.", "US", "crisis"),
        CrisisLine("b-line", "Island Line", "Call 456", "Someone listens.", "NZ", "crisis"),
        CrisisLine("c-line", "Any Line", "Look up a.example", "A list.", "INTL", "directory"),
    ]
    window = make_shell(crisis_lines=lambda: lines).window
    window.open_help()
    dialog = window.help_dialog
    assert dialog is not None
    regions = [label.text() for label in dialog.region_labels]
    assert regions == ["For people in the United States", "For people anywhere"]
    text = dialog.visible_text()
    assert text.find("Harbour Line") < text.find("For people in the United States")
    assert text.find("For people in the United States") < text.find("Any Line")
    assert "Island Line" not in text


def test_the_bundled_lines_all_show_their_region(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    SettingsStore(config_dir).set(schema.HELP_REGION, "gb")
    window = make_shell().window
    window.open_help()
    assert window.help_dialog is not None
    lines = lines_for("GB")
    assert len(window.help_dialog.region_labels) == len(lines) >= 3
    for label in window.help_dialog.region_labels:
        assert label.text().startswith("For people ")


@pytest.mark.parametrize(
    ("setting", "locale_name", "first"),
    [
        ("us", "C", "988 Suicide & Crisis Lifeline"),
        ("ca", "en_US", "9-8-8 Suicide Crisis Helpline"),
        ("system", "en_AU.UTF-8", "Lifeline"),
        ("system", "en_NZ", "1737, Need to talk?"),
        ("system", "de_DE", "Find A Helpline"),
        ("other", "en_GB", "Find A Helpline"),
    ],
)
def test_help_shows_the_chosen_regions_lines_first_then_the_directory(
    qtbot: Any,
    make_shell: Any,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
    locale_name: str,
    first: str,
) -> None:
    from ui.shell import help_dialog

    monkeypatch.setattr(help_dialog, "system_locale_name", lambda: locale_name)
    SettingsStore(config_dir).set(schema.HELP_REGION, setting)
    window = make_shell().window
    press_f1(qtbot, window)  # on the lock screen
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    titles = [card.title.text() for card in dialog.line_cards]
    assert titles[0] == first
    assert titles[-1] == "Find A Helpline" and titles.count("Find A Helpline") == 1
    text = dialog.visible_text()
    assert text.find("emergency number") < text.find(first)


def test_help_can_show_another_place_without_changing_the_setting(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    SettingsStore(config_dir).set(schema.HELP_REGION, "us")
    window = make_shell().window
    window.open_help()
    dialog = window.help_dialog
    assert dialog is not None
    assert dialog.region_box.accessibleName() == "Show help lines for"
    dialog.region_box.setCurrentIndex(dialog.region_box.findData("au"))
    names = [card.title.text() for card in dialog.line_cards]
    assert names[:3] == ["Lifeline", "National Alcohol and Other Drug Hotline", "1800RESPECT"]
    assert "988" not in dialog.visible_text()
    assert SettingsStore(config_dir).get(schema.HELP_REGION) == "us"
    # Opened again, it shows the place chosen in Settings.
    dialog.close()
    window.open_help()
    assert dialog.line_cards[0].title.text() == "988 Suicide & Crisis Lifeline"


# ----- discreet mode ----------------------------------------------------------------------


@pytest.mark.usefixtures("app_names")
def test_f1_opens_help_on_the_discreet_lock_screen_under_a_plain_title(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    SettingsStore(config_dir).set("discreet_mode", True)
    window = make_shell().window
    assert window.current_screen() == "unlock"
    assert not window.help_action.isVisible(), "no help button for someone looking on"
    press_f1(qtbot, window)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible(), "help never needs the passphrase"
    assert window.current_screen() == "unlock"
    title = dialog.windowTitle()
    assert title == "Help"
    for word in ("mooring", "recovery", "addiction", "crisis", "journal"):
        assert word not in title.lower()
    assert "Mooring" not in dialog.how_to_title.text()
    assert "call your local emergency number" in dialog.visible_text()

    # Ctrl+Shift+H too.
    dialog.reject()
    qtbot.keyClick(
        window.unlock_screen.passphrase,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.isVisible()


@pytest.mark.usefixtures("app_names")
def test_help_title_follows_discreet_mode_switched_while_open(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    window = shell.window
    window.open_help()
    assert window.help_dialog is not None
    assert window.help_dialog.windowTitle() == "Get help now"
    shell.settings.set("discreet_mode", True)
    assert window.help_dialog.windowTitle() == "Help"
    shell.settings.set("discreet_mode", False)
    assert window.help_dialog.windowTitle() == "Get help now"


@pytest.mark.usefixtures("app_names")
def test_discreet_mode_gives_the_application_neutral_names_before_the_window_shows(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    SettingsStore(config_dir).set("discreet_mode", True)
    window = make_shell().window
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    # The names X11's WM_CLASS class, the desktop file and a task bar's group use.
    assert app.applicationName() == "Notes"
    assert app.applicationDisplayName() == "Notes"
    assert app.desktopFileName() == "notes"
    assert window.windowTitle() == "Notes"
    unlock(qtbot, window)
    for name in (app.applicationName(), app.applicationDisplayName(), app.desktopFileName()):
        assert "mooring" not in name.lower()


@pytest.mark.usefixtures("app_names")
def test_switching_discreet_mode_off_gives_the_names_back(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    shell.settings.set("discreet_mode", True)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    assert app.applicationName() == "Notes"
    shell.settings.set("discreet_mode", False)
    assert app.applicationName() == "mooring"
    assert app.desktopFileName() == "mooring"
    assert app.applicationDisplayName() == ""
    assert shell.window.windowTitle() == "Mooring"


def test_the_program_is_named_notes_from_the_start_in_discreet_mode(config_dir: Path) -> None:
    from ui.shell.app_identity import program_argv

    assert program_argv(config_dir, "/opt/mooring/mooring") == ["/opt/mooring/mooring"]
    SettingsStore(config_dir).set("discreet_mode", True)
    assert program_argv(config_dir, "/opt/mooring/mooring") == ["notes"]

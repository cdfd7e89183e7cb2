"""A walk through every screen, page and dialog of the real window, for the tests that
look at everything at once (accessible names, the pseudo-locale, large text).

``walk(shell, qtbot)`` starts from the set-up screen over an empty data folder (the
shell was started with no journal yet), creates the journal through it, optionally
fills it with the demo, locks (the lock screen, both of its views), unlocks, and then
visits every page of the navigation (each tab of a tab widget and each view or step a
page has) and opens every dialog the window has, each as a person would reach it where
that is cheap, and through the dialog's own class where reaching it needs data.

It yields ``(name, top widget)`` with the widget shown; the caller inspects it before
asking for the next one (dialogs are closed after). Modal questions the code runs with
``exec()`` are shown without a nested event loop while the walk is at them: ``exec``
and ``QMessageBox.question`` are replaced for that moment only (``_shown_not_run``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget
from ui_fixtures import PASSPHRASE

from ui.shell import navigation

Stop = tuple[str, QWidget]
Opener = Callable[[Any, Any], QWidget | None]


def settle(qtbot: Any, rounds: int = 3) -> None:
    """Let queued work, layouts and paints finish (the worker is synchronous)."""
    for _ in range(rounds):
        QApplication.processEvents()
    qtbot.wait(5)


# ----- modal questions shown, not run ------------------------------------------------


@contextmanager
def _shown_not_run() -> Iterator[list[QDialog]]:
    """While inside, ``exec()`` shows a dialog and returns "rejected" at once, and
    ``QMessageBox.question`` builds its box the same way; the dialogs are collected."""
    opened: list[QDialog] = []

    def fake_exec(self: QDialog) -> int:
        self.show()
        opened.append(self)
        return 0

    def fake_question(parent: QWidget, title: str, text: str, buttons: Any, default: Any) -> Any:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.show()
        opened.append(box)
        return QMessageBox.StandardButton.Cancel

    saved = (QDialog.exec, QMessageBox.exec, QMessageBox.question)
    QDialog.exec = fake_exec  # type: ignore[method-assign]
    QMessageBox.exec = fake_exec  # type: ignore[method-assign]
    QMessageBox.question = fake_question  # type: ignore[method-assign,assignment]
    try:
        yield opened
    finally:
        QDialog.exec, QMessageBox.exec, QMessageBox.question = saved  # type: ignore[method-assign,assignment]


def _new_dialog(before: set[int]) -> QWidget | None:
    """The top-level dialog shown since ``before`` (ids of the visible top levels)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
            return widget
    return None


def _visible_top_levels() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


# ----- tabs, views and steps -----------------------------------------------------------


def _with_tabs(name: str, top: QWidget, root: QWidget, qtbot: Any) -> Iterator[Stop]:
    """``root`` as it is, then each other tab of every visible tab widget in it."""
    yield name, top
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle(qtbot)
            label = tabs.tabText(index).replace("&", "")
            yield f"{name} / tab {index} {label}", top
        tabs.setCurrentIndex(first)
        settle(qtbot)


def _page(shell: Any) -> Any:
    return shell.window.workspace.pages.currentWidget()


def _first_exercise(page: Any) -> None:
    from app.exercises.content import bundled_catalogue

    page.start(bundled_catalogue().exercises[0].id)


def _exchange_steps(page: Any) -> list[tuple[str, Callable[[], None]]]:
    from ui.exchange.page import OUTPUT, PREVIEW

    def preview() -> None:
        page.gather()
        page.go_to(PREVIEW)

    return [("preview", preview), ("output", lambda: page.go_to(OUTPUT))]


def _steps(module_id: str, page: Any) -> list[tuple[str, Callable[[], None]]]:
    """The views of a page besides the one it opens on, each with how to reach it."""
    steps: dict[str, Callable[[], list[tuple[str, Callable[[], None]]]]] = {
        "journal": lambda: [("new entry", page.new_entry), ("trash", page.show_trash)],
        "sessions": lambda: [
            ("past", lambda: page.show_view(1)),
            ("month", lambda: page.show_view(2)),
            ("new session", page.new_session),
        ],
        "exercises": lambda: [("running", lambda: _first_exercise(page))],
        "measures": lambda: [("questionnaire", page.take)],
        "safety": lambda: [("check", page.show_check), ("panel", page.show_panel)],
        "exchange": lambda: _exchange_steps(page),
    }
    return steps.get(module_id, list)()


def _page_stops(shell: Any, qtbot: Any) -> Iterator[Stop]:
    window = shell.window
    for module in navigation.modules():
        assert window.workspace.show_module(module.id), module.id
        settle(qtbot, 6)
        page = _page(shell)
        name = f"page {module.id}"
        yield from _with_tabs(name, window, page, qtbot)
        for step, go in _steps(module.id, page):
            go()
            settle(qtbot, 6)
            yield from _with_tabs(f"{name} / {step}", window, page, qtbot)


# ----- dialogs -------------------------------------------------------------------------


def _on_page(module_id: str, act: Callable[[Any], Any]) -> Opener:
    def opener(shell: Any, qtbot: Any) -> None:
        assert shell.window.workspace.show_module(module_id)
        settle(qtbot)
        act(_page(shell))

    return opener


def _settings_child(act: Callable[[Any], Any]) -> Opener:
    def opener(shell: Any, qtbot: Any) -> None:
        shell.window.open_settings()
        settle(qtbot)
        act(shell.window.settings_dialog)

    return opener


def _prompt_dialog(shell: Any, qtbot: Any) -> None:
    assert shell.window.workspace.show_module("journal")
    settle(qtbot)
    _page(shell).write_from_prompt()


def _provider() -> Any:
    from app.sessions.model import Provider

    now = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
    return Provider(1, "Dr. Rivera", "therapist", "", now, now)


def _deletion() -> Any:
    from app.sessions.model import DeletionInfo

    return DeletionInfo(homework=2, open_homework=1, topics=1, entries=1)


def _question(call: Callable[[Any], Any]) -> Opener:
    """A question asked with ``exec()`` by a module function, given the window."""

    def opener(shell: Any, _qtbot: Any) -> None:
        call(shell.window)

    return opener


def dialog_openers() -> list[tuple[str, Opener]]:
    """Every dialog of the window: (name, how to open it)."""
    from ui.data import page as data_page
    from ui.exercises import trash_dialog as exercise_trash
    from ui.journal import page as journal_page
    from ui.sessions import editor as session_editor
    from ui.sessions import export as session_export
    from ui.sessions import providers_dialog
    from ui.sessions import trash_dialog as session_trash

    return [
        ("help", lambda shell, _q: shell.window.open_help()),
        ("settings", lambda shell, _q: shell.window.open_settings()),
        ("change passphrase", _settings_child(lambda d: d.open_change_passphrase())),
        ("new recovery code", _settings_child(lambda d: d.open_new_recovery_code())),
        ("journal: write from a prompt", _prompt_dialog),
        ("journal: delete forever?", _question(journal_page.ask_to_purge)),
        ("check-ins: bring up", _on_page("checkins", lambda p: p.bring_up())),
        ("sessions: repeat", _on_page("sessions", lambda p: p.open_repeat())),
        ("sessions: providers", _on_page("sessions", lambda p: p.open_providers())),
        ("sessions: trash", _on_page("sessions", lambda p: p.open_trash())),
        ("sessions: link an entry", _on_page("sessions", _entry_picker)),
        ("sessions: delete forever?", _question(session_trash._confirm_purge)),
        ("sessions: calendar export", _question(session_export.ask_export_options)),
        ("sessions: which of the series?", _question(session_editor.ask_scope)),
        ("sessions: save changes?", _question(session_editor.ask_discard)),
        (
            "sessions: move to the trash?",
            _question(lambda w: session_editor.confirm_delete(w, _deletion())),
        ),
        (
            "sessions: end the schedule?",
            _question(lambda w: session_editor.confirm_end_schedule(w, date(2026, 3, 1))),
        ),
        (
            "sessions: remove a provider?",
            _question(lambda w: providers_dialog.confirm_remove(w, _provider())),
        ),
        ("exercises: trash", _on_page("exercises", lambda p: p.open_trash())),
        ("exercises: delete forever?", _question(exercise_trash._confirm_purge)),
        ("boundaries: builder", _on_page("boundaries", lambda p: p.new_boundary())),
        ("boundaries: a moment", _on_page("boundaries", _log_moment)),
        ("invitations: an attempt", _on_page("invitations", lambda p: p.log_attempt())),
        ("data: restore?", _question(lambda w: data_page.confirm_restore(w, "a backup"))),
    ]


def _entry_picker(page: Any) -> None:
    # "Link an entry..." in a saved session's editor; the picker itself needs no data.
    from ui.sessions.entry_picker import EntryPicker

    EntryPicker(page.session, date.today, [], page).open()


def _log_moment(page: Any) -> None:
    # "Log a moment" on a chosen boundary; with none yet (an empty journal), the dialog
    # as it would open, with no statement shown.
    from ui.boundaries.moment_dialog import MomentDialog

    if page.selected_id() is not None:
        page.log_moment()
        return
    MomentDialog(page.session, 1, "", date.today(), page).open()


def _dialog_stops(shell: Any, qtbot: Any) -> Iterator[Stop]:
    for name, opener in dialog_openers():
        before = _visible_top_levels()
        with _shown_not_run() as opened:
            opener(shell, qtbot)
            settle(qtbot)
        dialog = opened[-1] if opened else _new_dialog(before)
        assert dialog is not None, f"the dialog {name!r} did not open"
        settle(qtbot)
        yield from _with_tabs(f"dialog {name}", dialog, dialog, qtbot)
        for other in [w for w in QApplication.topLevelWidgets() if id(w) not in before]:
            if other.isVisible() and isinstance(other, QDialog):
                other.reject()
        settle(qtbot)
        if shell.window.settings_dialog is not None and shell.window.settings_dialog.isVisible():
            shell.window.settings_dialog.reject()
            settle(qtbot)


# ----- the screens before the workspace ------------------------------------------------


def _setup_stops(shell: Any, qtbot: Any) -> Iterator[Stop]:
    window = shell.window
    assert window.current_screen() == "setup", "the walk starts with no journal yet"
    setup = window.setup_screen
    yield "setup: passphrase", window
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClicks(setup.confirm, PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert setup.pages.currentIndex() == 1
    yield "setup: recovery code", window
    setup.stored_check.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    yield "setup: remember", window
    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.current_screen() == "workspace"


def _lock_stops(shell: Any, qtbot: Any) -> Iterator[Stop]:
    window = shell.window
    window.lock()
    settle(qtbot)
    assert window.current_screen() == "unlock"
    yield "unlock: passphrase", window
    window.unlock_screen.show_recovery()
    settle(qtbot)
    yield "unlock: recovery code", window
    window.unlock_screen.show_passphrase()
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)
    settle(qtbot)


def fill_with_demo(shell: Any) -> None:
    """The demo's data in the open journal (through the worker, as one job)."""
    from app.platform.contributions import DemoPlan
    from app.platform.demo import fill

    done: list[object] = []
    plan = DemoPlan(today=date.today(), entries=40, years=1)
    shell.session.submit(lambda vault: fill(vault.connection, plan), done.append)
    assert done, "the demo did not fill the journal"


def walk(shell: Any, qtbot: Any, *, demo: bool = False, dialogs: bool = True) -> Iterator[Stop]:
    """Every screen, page (tab, view, step) and dialog, as ``(name, top widget)``."""
    yield from _setup_stops(shell, qtbot)
    if demo:
        fill_with_demo(shell)
    yield from _lock_stops(shell, qtbot)
    yield from _page_stops(shell, qtbot)
    if dialogs:
        yield from _dialog_stops(shell, qtbot)


# ----- what the tests look at ----------------------------------------------------------


def visible_children(top: QWidget, kind: type[QWidget] | tuple[type[QWidget], ...]) -> list[Any]:
    """The widgets of ``kind`` under ``top`` a person can see now (in a shown dialog
    of the same window too only when ``top`` is it)."""
    found = [top, *top.findChildren(QWidget)]
    return [
        w for w in found if isinstance(w, kind) and w.isVisible() and w.window() is top.window()
    ]


def plain_text(label: Any) -> str:
    """What a label shows, as text (rich text read through a document; a single ``&``
    before a letter is a mnemonic in a label with a buddy)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z/]", text)
    ):
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    if label.buddy() is not None:
        text = _without_mnemonic(text)
    return text


def _without_mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


# Widgets that cut their text short on purpose (and show it whole elsewhere); none yet:
# the lists that elide do it in their delegates, which are not labels or buttons.
ELIDED_ON_PURPOSE: frozenset[str] = frozenset()


def cut_off(top: QWidget) -> list[str]:
    """Labels and buttons under ``top`` whose text does not fit them."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for label in visible_children(top, QLabel):
        if label.objectName() in ELIDED_ON_PURPOSE or not label.text():
            continue
        text = plain_text(label)
        rect = label.contentsRect()
        margin = 2 * label.margin() + 2 * label.indent() if label.indent() > 0 else 0
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                found.append(
                    f"QLabel {label.objectName()!r} {text[:60]!r}: needs {needed} px high, has "
                    f"{label.height()}"
                )
            continue
        metrics = label.fontMetrics()
        wide = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if wide > rect.width() - margin:
            found.append(
                f"QLabel {label.objectName()!r} {text[:60]!r}: needs {wide} px, has {rect.width()}"
            )
    for button in visible_children(top, QAbstractButton):
        if button.objectName() in ELIDED_ON_PURPOSE or not button.text():
            continue
        if button.objectName().startswith("qt_"):
            continue  # Qt's own parts (a calendar's month button) size themselves
        wanted = button.sizeHint().width()
        if wanted > button.width():
            found.append(
                f"{type(button).__name__} {button.objectName()!r} {button.text()[:60]!r}: "
                f"needs {wanted} px, has {button.width()}"
            )
    return found

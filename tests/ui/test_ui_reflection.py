"""The reflection page on a real unlocked vault: a reflection answered by keyboard and
saved by itself, two reflections side by side, the values page and "talk this through
with my therapist", the monthly check-in (one per month), its chart in words, the
gentle safety offer on a low "I feel safe", and locking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_fixtures import PASSPHRASE

from app.reflection import ops
from app.reflection.model import Answer, CheckInDraft, ReflectionDraft
from tests.ui.shots import keep_shot
from ui.common.bring_up import BringUpDialog
from ui.reflection.page import ReflectionPage

pytestmark = pytest.mark.usefixtures("existing_vault")

TODAY = date.today()


def open_page(qtbot: Any, make_shell: Any) -> tuple[Any, ReflectionPage]:
    shell = make_shell()
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    workspace = shell.window.workspace
    assert workspace.show_module("reflection")
    page = workspace.pages.currentWidget()
    assert isinstance(page, ReflectionPage)
    qtbot.waitUntil(lambda: page.overview is not None)
    return shell, page


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.submit(fn, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def run_op(shell: Any, op: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.run_op(op, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def rows(shell: Any, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in worker(shell, lambda v: v.connection.execute(sql).fetchall())]


def with_navigate(page: ReflectionPage, navigate: Callable[..., bool]) -> None:
    """The page's way to other pages, replaced (the safety page may or may not exist)."""
    page.context = type(page.context)(page.context.session, page.context.settings, navigate)


def shot(widget: Any, name: str) -> None:
    widget.window().resize(1280, 800)
    keep_shot(widget, name)


def test_a_reflection_answered_by_keyboard_saves_itself(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    tab = page.reasons
    assert tab.list_empty.isVisible() or tab.list.count() == 0
    shot(page, "empty")
    privacy = next(r for r in tab.reason_rows if r.item.id == "privacy-worries")
    privacy.score.slider.setFocus()
    for _ in range(7):
        qtbot.keyClick(privacy.score.slider, Qt.Key.Key_Right)
    assert privacy.score.value_label.text() == "7"
    qtbot.keyClicks(privacy.note, "They don't like strangers knowing about us.")
    privacy.note.insertPlainText(" 🌿 שלום")  # QTest types Latin-1 only
    unsure = next(r for r in tab.reason_rows if r.item.id == "handle-it-ourselves")
    assert unsure.score.unsure is not None
    unsure.score.unsure.click()
    # Saves by itself about a second after the first change.
    qtbot.waitUntil(lambda: tab._current_id is not None, timeout=4000)
    qtbot.waitUntil(lambda: tab.autosave.text() == "Saved", timeout=4000)
    stored = rows(shell, "SELECT item, score, unsure, note FROM reflection_answers ORDER BY item")
    assert stored == [
        ("handle-it-ourselves", None, 1, ""),
        ("privacy-worries", 7, 0, "They don't like strangers knowing about us. 🌿 שלום"),
    ]
    assert tab.list.count() == 1
    shot(page, "reasons")


def test_two_reflections_side_by_side_latest_and_the_one_before(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    for day, score in ((TODAY - timedelta(days=30), 3), (TODAY, 8)):
        draft = ReflectionDraft(day, {"blame-or-resentment": Answer(score, note=f"n{score}")}, {})
        run_op(shell, lambda v, d=draft: ops.create_reflection(v.connection, d))
    qtbot.waitUntil(lambda: page.compare.table.rowCount() > 0)
    page.tabs.setCurrentWidget(page.compare)
    assert page.compare.earlier.currentIndex() == 1 and page.compare.later.currentIndex() == 0
    blame = next(
        r for r in page.compare.rows_text() if r[0] == "Hurt or resentment may be in the way"
    )
    assert blame[1] == "3 of 10\nn3" and blame[2] == "8 of 10\nn8"
    shot(page, "compare")


def test_one_checkin_a_month_a_low_safe_answer_offers_help(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    tab = page.checkin
    page.tabs.setCurrentWidget(tab)
    assert not tab.safety_card.isVisible()
    safe = tab.scores["feeling-safe"]
    safe.slider.setFocus()
    qtbot.keyClick(safe.slider, Qt.Key.Key_Right)
    qtbot.keyClick(safe.slider, Qt.Key.Key_Right)
    assert safe.score() == 2
    assert tab.safety_card.isVisible()
    # When the safety page can't be shown, a calm line points at "Get help now".
    with_navigate(page, lambda _module, _ref=None: False)
    tab.safety_button.click()
    assert "Get help now" in tab.safety_banner.text() and tab.safety_banner.isVisible()
    tab.autosave.flush()
    qtbot.waitUntil(lambda: tab.autosave.text() == "Saved")
    month = f"{TODAY:%Y-%m}"
    assert rows(shell, "SELECT month, question, score FROM relationship_checkin_scores") == [
        (month, "feeling-safe", 2)
    ]
    # The same month again edits that month's check-in (never a second one).
    qtbot.keyClick(safe.slider, Qt.Key.Key_Right)
    qtbot.keyClick(safe.slider, Qt.Key.Key_Right)
    tab.autosave.flush()
    qtbot.waitUntil(lambda: tab.autosave.text() == "Saved")
    assert not tab.safety_card.isVisible()
    assert rows(shell, "SELECT month, score FROM relationship_checkin_scores") == [(month, 4)]
    assert rows(shell, "SELECT count(*) FROM relationship_checkins") == [(1,)]
    # The chart and its words follow.
    qtbot.waitUntil(lambda: "4" in tab.words.text())
    assert "I feel safe with my partner" in tab.words.text()
    shot(page, "checkin")


def test_the_safety_page_is_reached_when_there_is_one(qtbot: Any, make_shell: Any) -> None:
    _shell, page = open_page(qtbot, make_shell)
    asked: list[tuple[str, str | None]] = []
    with_navigate(page, lambda module, ref=None: asked.append((module, ref)) or True)
    page.checkin.safety_button.click()
    assert asked == [("safety", "panel")] and not page.checkin.safety_banner.isVisible()


def test_months_switch_and_the_chart_shows_a_chosen_question(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    earlier = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)
    draft = CheckInDraft(earlier, {"trust": 6, "closeness": 5}, "calmer")
    run_op(shell, lambda v: ops.save_checkin(v.connection, draft))
    tab = page.checkin
    qtbot.waitUntil(lambda: len(tab._checkins) == 1)
    tab.show_month(earlier)
    qtbot.waitUntil(lambda: tab.scores["trust"].score() == 6)
    assert tab.note.toPlainText() == "calmer" and tab.autosave.text() == "Saved"
    tab.question.setCurrentIndex(tab.question.findData("trust"))
    data = tab.chart.chart_data()
    assert data is not None and [s.label for s in data.series] == ["We trust each other"]
    assert "We trust each other" in tab.words.text() and "close" not in tab.words.text()


def test_values_save_and_go_to_the_next_session(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    tab = page.values
    page.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.fields["what_i_value"], "Honesty, and my sobriety.")
    separating = next(r for r in tab.option_rows if r.item.id == "separating")
    separating.leaning.setCurrentIndex(separating.leaning.findData("a_little"))
    tab.autosave.flush()
    qtbot.waitUntil(lambda: tab.autosave.text() == "Saved")
    assert rows(shell, "SELECT what_i_value FROM reflection_values") == [
        ("Honesty, and my sobriety.",)
    ]
    assert rows(shell, "SELECT option, leaning FROM reflection_options") == [
        ("separating", "a_little")
    ]
    shot(page, "values")

    def add(_n: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BringUpDialog):
            dialog.add_button.click()
        else:
            QTimer.singleShot(20, add)

    QTimer.singleShot(0, add)
    tab.talk_it_through()
    topics = rows(shell, "SELECT source_kind, source_ref FROM session_topics")
    assert topics == [("reflection", "values")]
    assert "next time" in page.notice.text()


def test_out_of_range_is_refused_with_one_line_and_nothing_written(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    bad = CheckInDraft(TODAY, {"trust": 11})
    errors: list[BaseException] = []
    shell.session.run_op(lambda v: ops.save_checkin(v.connection, bad), None, errors.append)
    page.failed(errors[0])
    assert page.notice.text().endswith("from 0 to 10, or left empty.")
    assert rows(shell, "SELECT count(*) FROM relationship_checkins") == [(0,)]


def test_locking_saves_what_was_typed_and_empties_the_page(
    qtbot: Any, make_shell: Any, data_dir: Path
) -> None:
    shell, page = open_page(qtbot, make_shell)
    row = page.reasons.impact_rows[0]
    qtbot.keyClicks(row.note, "Lonely evenings. Evangelina knows.")
    qtbot.keyClicks(page.values.fields["what_i_need"], "Rest")
    shell.window.lock()
    assert row.note.toPlainText() == "" and page.values.fields["what_i_need"].toPlainText() == ""
    assert page.closed
    from app.vault.vault import Vault

    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        notes = vault.connection.execute("SELECT note FROM reflection_answers").fetchall()
        need = vault.connection.execute("SELECT what_i_need FROM reflection_values").fetchall()
    finally:
        vault.close()
    assert notes == [("Lonely evenings. Evangelina knows.",)] and need == [("Rest",)]

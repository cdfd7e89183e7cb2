"""The questionnaires page in the real window: PHQ-9 with item 9 above zero meets the
crisis screen before any score, "I'm safe right now" continues to the score; a
half-answered questionnaire has no score and carries on after lock and unlock; a
changed answer is rescored and the chart follows; GAD-7 goes straight to its result."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from app import settings as settings_schema
from app.measures.repository import MeasureRepository
from ui.measures.page import MeasuresPage

pytestmark = pytest.mark.usefixtures("existing_vault")

# Set MOORING_TEST_SHOTS=/some/folder to keep screenshots of the screens for a look.
SHOTS = os.environ.get("MOORING_TEST_SHOTS", "")


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


def unlock(qtbot: Any, shell: Any) -> None:
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"


def open_page(qtbot: Any, shell: Any) -> MeasuresPage:
    workspace = shell.window.workspace
    assert workspace.show_module("measures")
    page = workspace.pages.currentWidget()
    assert isinstance(page, MeasuresPage)
    qtbot.waitUntil(lambda: page.overview is not None)
    return page


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: Any, page: MeasuresPage, item: str, value: int) -> None:
    button = page.questionnaire.answer_button(item, value)
    page.questionnaire.scroller.ensureWidgetVisible(button)
    click(qtbot, button)


def stored(shell: Any) -> list[tuple[Any, ...]]:
    rows: list[Any] = []
    shell.session.submit(
        lambda vault: vault.connection.execute(
            "SELECT measure, status, score, crisis FROM measure_runs ORDER BY id"
        ).fetchall(),
        rows.extend,
    )
    return [tuple(r) for r in rows]


def test_item_nine_above_zero_shows_the_crisis_screen_before_the_score(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    shell.window.settings.set(settings_schema.HELP_REGION, "us")  # "Where you live"
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    assert page.current_view() == "overview"
    assert not page.latest_card.isVisible()
    click(qtbot, page.take_button)
    assert page.current_view() == "questionnaire"
    form = page.questionnaire
    assert not form.finish_button.isEnabled()
    measure = page.measure("phq9")
    for item in measure.items:
        answer(qtbot, page, item.id, 1 if item.id == "self-harm" else 2)
    assert form.progress.text() == "9 of 9 answered"
    assert stored(shell) == [("phq9", "complete", 17, 1)]
    # Nothing on the questionnaire screen says the score.
    assert "17" not in form.progress.text() and "17" not in form.title.text()
    click(qtbot, form.finish_button)
    assert page.current_view() == "crisis"
    assert page.crisis.isVisible() and not page.result.isVisible()
    assert page.result.score.text() == ""  # no score drawn anywhere yet
    assert page.crisis.lines.shown and page.crisis.lines.shown[0].startswith("Call or text 988")
    shot(page, "crisis")
    # "Get help now" (F1) still works on this screen.
    qtbot.keyClick(page.crisis.safe_button, Qt.Key.Key_F1)
    window = shell.window
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    window.help_dialog.reject()
    click(qtbot, page.crisis.safe_button)
    assert page.current_view() == "result"
    assert page.result.score.text() == "17 of 27"
    assert page.result.band.text().startswith("Moderately severe")
    assert "clinician" in page.result.share.text()
    assert "not a diagnosis" in page.result.screening.text()
    assert page.result.crisis_note.isVisible()
    qtbot.wait(20)
    shot(page, "result")
    click(qtbot, page.result.back_button)
    assert page.current_view() == "overview"
    assert page.history.count() == 1
    assert "item 9 above zero" in page.history.item(0).text()
    assert page.latest_crisis.isVisible()
    data = page.scores.chart.chart_data()
    assert data is not None and list(data.series[0].values.values()) == [17.0]
    assert "Latest" in page.scores.words.text() or "One PHQ-9 score" in page.scores.words.text()
    shot(page, "overview")


def test_leaving_a_flagged_questionnaire_goes_through_the_crisis_screen(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    click(qtbot, page.take_button)
    for item in page.measure("phq9").items:
        answer(qtbot, page, item.id, 3 if item.id == "self-harm" else 0)
    click(qtbot, page.questionnaire.later_button)
    assert page.current_view() == "crisis"
    click(qtbot, page.crisis.safe_button)
    assert page.current_view() == "result" and page.result.score.text() == "3 of 27"


def test_gad7_goes_straight_to_its_result(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    click(qtbot, page.switch_buttons["gad7"])
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.measure == "gad7")
    click(qtbot, page.take_button)
    for item in page.measure("gad7").items:
        answer(qtbot, page, item.id, 1)
    click(qtbot, page.questionnaire.finish_button)
    assert page.current_view() == "result"
    assert page.result.score.text() == "7 of 21"
    assert page.result.band.text().startswith("Mild")
    assert not page.result.crisis_note.isVisible()


def test_half_answered_has_no_score_and_carries_on_after_lock(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    click(qtbot, page.take_button)
    answer(qtbot, page, "interest", 2)
    answer(qtbot, page, "down", 1)
    assert not page.questionnaire.finish_button.isEnabled()
    click(qtbot, page.questionnaire.later_button)
    assert page.current_view() == "overview"
    assert page.take_button.text() == "&Carry on" and page.discard_button.isVisible()
    assert page.history.count() == 0 and not page.latest_card.isVisible()
    assert stored(shell) == [("phq9", "in_progress", None, 0)]
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    assert "2 of 9 answered" in page.waiting.text()
    click(qtbot, page.take_button)
    form = page.questionnaire
    assert form.answer_button("interest", 2).isChecked()
    assert form.answer_button("down", 1).isChecked()
    assert not form.answer_button("sleep", 0).isChecked()
    assert form.progress.text() == "2 of 9 answered"
    assert len(stored(shell)) == 1  # carried on, not started again


def test_answers_changed_after_scoring_are_rescored_and_charted(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    click(qtbot, page.take_button)
    for item in page.measure("phq9").items:
        answer(qtbot, page, item.id, 0 if item.id == "self-harm" else 1)
    click(qtbot, page.questionnaire.finish_button)
    assert page.result.score.text() == "8 of 27"
    click(qtbot, page.result.edit_button)
    assert page.current_view() == "questionnaire"
    answer(qtbot, page, "down", 3)
    assert stored(shell) == [("phq9", "complete", 10, 0)]
    data = page.scores.chart.chart_data()
    assert data is not None and list(data.series[0].values.values()) == [10.0]
    click(qtbot, page.questionnaire.finish_button)
    assert page.result.score.text() == "10 of 27"
    assert page.result.band.text().startswith("Moderate")


def test_discard_with_undo(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    click(qtbot, page.take_button)
    answer(qtbot, page, "sleep", 3)
    click(qtbot, page.questionnaire.later_button)
    click(qtbot, page.discard_button)
    assert stored(shell) == []
    assert not page.discard_button.isVisible()
    click(qtbot, page.notice.action_button)
    assert stored(shell) == [("phq9", "in_progress", None, 0)]
    repo: list[Any] = []
    shell.session.submit(
        lambda vault: MeasureRepository(vault.connection).in_progress("phq9"), repo.append
    )
    assert repo[0].answers == {"sleep": 3} and repo[0].day == date.today()

"""The questionnaires page with years of demo scores: the chart with its severity
bands and its words, the history, a flagged past result never shown as only a number,
every control named, and the page in the dark theme."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QListWidget
from test_ui_measures import open_page, unlock

from app.measures import demo
from app.platform.contributions import DemoPlan
from ui.common.theme import apply_theme

pytestmark = pytest.mark.usefixtures("existing_vault")

SHOTS = os.environ.get("MOORING_TEST_SHOTS", "")


def fill_demo(shell: Any, years: int = 5) -> int:
    added: list[int] = []
    plan = DemoPlan(today=date.today(), years=years)
    shell.session.run_op(
        lambda vault: _demo_op(vault, plan), added.append, lambda e: (_ for _ in ()).throw(e)
    )
    return added[0]


def _demo_op(vault: Any, plan: DemoPlan) -> Any:
    from app.measures.ops import RUNS
    from app.platform.changes import in_transaction

    return in_transaction(vault.connection, lambda: demo.fill(vault.connection, plan), RUNS)


def test_years_of_scores_chart_with_bands_and_words(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    added = fill_demo(shell)
    qtbot.waitUntil(lambda: page.overview is not None and len(page.overview.history) > 0)
    shell.window.resize(1280, 900)
    assert page.overview is not None
    history = page.overview.history
    assert len(history) == added // 2 and len(history) > 50
    chart = page.scores.chart
    data = chart.chart_data()
    assert data is not None and len(data.series[0].values) == len(history)
    assert data.y_max == 27.0
    assert [edge for edge, _name in chart.band_edges()] == [5.0, 10.0, 15.0, 20.0]
    words = page.scores.words.text()
    assert f"{len(history)} PHQ-9 scores" in words
    assert "Bands: 0 to 4 minimal, 5 to 9 mild, 10 to 14 moderate" in words
    assert chart.accessibleDescription() == words
    assert page.history.count() == len(history)
    flagged = [n for n in range(page.history.count()) if "item 9" in page.history.item(n).text()]
    assert len(flagged) == 1
    # Opening the flagged past result: the score comes with words and the lines.
    item = page.history.item(flagged[0])
    page.history.setCurrentItem(item)
    qtbot.keyClick(page.history, Qt.Key.Key_Return)
    assert page.current_view() == "result"
    assert page.result.crisis_note.isVisible() and page.result.crisis_lines.shown
    assert page.result.explanation.text() and page.result.share.text()
    page.result.back_button.click()
    chart.repaint()
    assert chart.paints > 0
    if SHOTS:
        qtbot.wait(30)
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.window().grab().save(str(Path(SHOTS) / "demo-overview.png"))
        page.overview_view.verticalScrollBar().setValue(10_000)
        qtbot.wait(30)
        page.window().grab().save(str(Path(SHOTS) / "demo-chart.png"))
        page.switch_buttons["gad7"].click()
        qtbot.waitUntil(lambda: page.overview is not None and page.overview.measure == "gad7")
        apply_theme("dark")
        qtbot.wait(30)
        page.window().grab().save(str(Path(SHOTS) / "demo-gad7-dark.png"))
        page.take_button.click()
        qtbot.wait(30)
        page.window().grab().save(str(Path(SHOTS) / "questionnaire-dark.png"))
        apply_theme("light")


def test_every_control_is_named_and_mnemonics_do_not_clash(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    page.take_button.click()
    for view in (page.overview_view, page.questionnaire, page.crisis, page.result):
        keys: dict[str, str] = {}
        for button in view.findChildren(QAbstractButton):
            assert button.accessibleName(), button.text()
            text = button.text()
            if "&" in text:
                key = text[text.index("&") + 1].lower()
                assert key not in keys, (text, keys[key])
                keys[key] = text
        for widget in view.findChildren(QListWidget):
            assert widget.accessibleName()
    page_keys = [b.text() for b in page.switch_buttons.values()]
    assert page_keys == ["&PHQ-9", "G&AD-7"]
    assert page.scores.chart.accessibleName()


def test_before_lock_forgets_everything_shown(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    page = open_page(qtbot, shell)
    fill_demo(shell, years=1)
    qtbot.waitUntil(lambda: page.overview is not None and len(page.overview.history) > 0)
    page.history.setCurrentRow(0)
    qtbot.keyClick(page.history, Qt.Key.Key_Return)
    assert page.result.score.text()
    page.before_lock()
    assert page.result.score.text() == "" and page.result.explanation.text() == ""
    assert page.history.count() == 0 and page.latest_score.text() == ""
    assert page.scores.chart.chart_data() is None and page.scores.words.text() == ""
    assert page.overview is None and page.run is None

"""Daily check-ins in the window: the form, saving and replacing a day, trends, locking."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from ui_fixtures import PASSPHRASE

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from ui.checkins.form import CheckinValues
from ui.checkins.page import CheckinPage
from ui.checkins.trends import checkin_chart, halt_and_sleep_summary
from ui.common.chart import ChartWidget
from ui.common.messages import Tone
from ui.shell.context import ModuleContext

pytestmark = pytest.mark.usefixtures("existing_vault")

TODAY = date(2025, 3, 14)
YESTERDAY = TODAY - timedelta(days=1)


def unlock(qtbot: Any, make_shell: Any) -> Any:
    shell = make_shell()
    # Shortcuts need an active window, as on a real desktop.
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def open_page(qtbot: Any, make_shell: Any) -> tuple[Any, CheckinPage]:
    """An unlocked window showing a check-in page whose "today" is TODAY."""
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    page = CheckinPage(ModuleContext(shell.session, shell.settings), today=lambda: TODAY)
    workspace.pages.addWidget(page)
    workspace.pages.setCurrentWidget(page)
    return shell, page


def stored(shell: Any, day: date) -> CheckIn | None:
    results: list[CheckIn | None] = []
    shell.session.submit(lambda vault: CheckInRepository(vault.connection).get(day), results.append)
    return results[0]


def store(shell: Any, *checkins: CheckIn) -> None:
    def job(vault: Any) -> None:
        repository = CheckInRepository(vault.connection)
        for checkin in checkins:
            repository.save(checkin)

    shell.session.submit(job)


def checkin(day: date, mood: int = 5, **fields: Any) -> CheckIn:
    values = {
        "stress": 4,
        "craving": 1,
        "hungry": False,
        "angry": False,
        "lonely": False,
        "tired": False,
        "sleep_hours": None,
        "note": "",
    }
    values.update(fields)
    return CheckIn(day=day, mood=mood, **values)


def fill(qtbot: Any, page: CheckinPage, note: str = "Walked by the river after group") -> None:
    """Use the form the way a person would: keys on the sliders, clicks, typing."""
    form = page.form
    form.mood.setFocus()
    for _ in range(3):
        qtbot.keyClick(form.mood, Qt.Key.Key_Right)  # 5 -> 8
    form.stress.setFocus()
    qtbot.keyClick(form.stress, Qt.Key.Key_Left)  # 5 -> 4
    form.craving.setFocus()
    qtbot.keyClick(form.craving, Qt.Key.Key_Right)  # 0 -> 1
    qtbot.mouseClick(form.lonely, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.tired, Qt.MouseButton.LeftButton)
    form.sleep.setFocus()
    qtbot.keyClick(form.sleep, Qt.Key.Key_Up)  # "not recorded" -> 7 hours
    qtbot.keyClick(form.sleep, Qt.Key.Key_Down)  # 6.5 hours
    form.note.setFocus()
    qtbot.keyClicks(form.note, note)


def test_the_page_is_in_the_navigation_and_greets_warmly(qtbot: Any, make_shell: Any) -> None:
    shell = unlock(qtbot, make_shell)
    assert shell.window.workspace.show_module("checkins")
    page = shell.window.workspace.pages.currentWidget()
    assert isinstance(page, CheckinPage)
    assert page.heading.text() == "How are you doing today?"
    assert page.current_day() == date.today()
    assert page.form.values() == CheckinValues()
    assert page.status.text() == "No check-in for this day yet."


def test_save_with_ctrl_s_and_read_the_day_back(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    fill(qtbot, page)
    assert page.status.text() == "Not saved yet."
    assert QApplication.focusWidget() is page.form.note
    qtbot.keyClick(page.form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.banner.tone is Tone.SUCCESS
    assert "Saved your check-in for today" in page.banner.text()
    assert page.status.text() == "Saved."
    assert not page.is_dirty()
    assert stored(shell, TODAY) == CheckIn(
        day=TODAY,
        mood=8,
        stress=4,
        craving=1,
        hungry=False,
        angry=False,
        lonely=True,
        tired=True,
        sleep_hours=6.5,
        note="Walked by the river after group",
    )

    # A new page (as after the next unlock) fills the form from the saved day.
    again = CheckinPage(ModuleContext(shell.session, shell.settings), today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.form.values() == CheckinValues(
        8, 4, 1, False, False, True, True, 6.5, note="Walked by the river after group"
    )
    assert again.form.lonely.text().startswith("\u2713"), "on is shown by more than colour"
    assert again.status.text() == "Saved earlier. Saving again replaces it."


def test_saving_the_same_day_again_replaces_it(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    fill(qtbot, page, note="first try")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.form.mood.setValue(2)
    page.form.note.selectAll()
    qtbot.keyClicks(page.form.note, "second thoughts")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = stored(shell, TODAY)
    assert saved is not None and saved.mood == 2 and saved.note == "second thoughts"
    results: list[list[CheckIn]] = []
    shell.session.submit(
        lambda vault: CheckInRepository(vault.connection).between(YESTERDAY, TODAY),
        results.append,
    )
    assert [c.day for c in results[0]] == [TODAY], "one check-in per day"


def test_another_day_loads_its_own_check_in_and_keeps_unsaved_changes(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    store(shell, checkin(YESTERDAY, mood=3, angry=True, note="hard evening"))

    qtbot.mouseClick(page.previous_day, Qt.MouseButton.LeftButton)
    assert page.current_day() == YESTERDAY
    assert page.heading.text() == "How were you doing yesterday?"
    assert page.form.values().mood == 3 and page.form.values().angry
    assert page.form.note.text() == "hard evening"
    assert page.next_day.isEnabled() and page.today_button.isEnabled()

    # Change yesterday, then go forward without pressing Save: the change is kept.
    page.form.craving.setValue(6)
    assert page.is_dirty()
    qtbot.mouseClick(page.next_day, Qt.MouseButton.LeftButton)
    assert page.current_day() == TODAY
    assert page.form.values() == CheckinValues(), "today starts fresh"
    assert not page.next_day.isEnabled(), "no check-ins for days that haven't come yet"
    kept = stored(shell, YESTERDAY)
    assert kept is not None and kept.craving == 6 and kept.note == "hard evening"

    # The date field works too, and can't go past today.
    page.show_day(date(2024, 12, 25))
    assert page.heading.text() == "How were you doing on Wednesday 25 December 2024?"
    assert page.form.values() == CheckinValues()
    page.show_day(TODAY + timedelta(days=3))
    assert page.current_day() == TODAY


def test_values_out_of_range_are_refused(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    form = page.form
    form.mood.setValue(15)
    form.craving.setValue(-3)
    form.sleep.setValue(30)
    assert (form.mood.value(), form.craving.value(), form.sleep.hours()) == (10, 0, 24.0)
    form.note.setFocus()
    qtbot.keyClicks(form.note, "x" * 300)
    assert len(form.note.text()) == 280
    assert page.form.note_count.text() == "0"

    # Should something out of range reach the core anyway, it says so in one line.
    form.values = lambda: CheckinValues(mood=11)  # type: ignore[method-assign]
    page.save()
    assert page.banner.tone is Tone.PROBLEM
    message = page.banner.text()
    assert message.startswith("Not saved:") and "0 to 10" in message and "\n" not in message
    assert stored(shell, TODAY) is None


def test_trends_show_the_chosen_period_in_a_chart_and_in_words(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    store(
        shell,
        checkin(TODAY - timedelta(days=2), mood=4, tired=True, sleep_hours=6.0),
        checkin(TODAY - timedelta(days=1), mood=8, tired=True, lonely=True, sleep_hours=8.0),
        checkin(TODAY - timedelta(days=60), mood=2),
    )
    page.refresh_trends()
    chart = page.trends.chart
    assert isinstance(chart, ChartWidget)
    data = chart.chart_data()
    assert data is not None and data.day_count == 30 and data.end == TODAY
    assert [s.label for s in data.series] == ["Mood", "Stress", "Craving"]
    assert page.trends.summary_label.text().splitlines()[0] == (
        "Mood over the last 30 days: average 6.0, lowest 4 on 12 Mar, highest 8 on 13 Mar; "
        "2 of 30 days recorded."
    )
    assert chart.accessibleDescription() == chart.summary()
    assert page.trends.halt_label.text() == (
        "HALT over the last 30 days: tired on 2 days, lonely on 1 day. "
        "Sleep: 7 hours on average, 2 nights recorded."
    )

    qtbot.mouseClick(page.trends.period_buttons[90], Qt.MouseButton.LeftButton)
    data = chart.chart_data()
    assert data is not None and data.day_count == 90
    assert "3 of 90 days recorded" in page.trends.summary_label.text()

    # Saving today redraws the chart with the new point.
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    data = chart.chart_data()
    assert data is not None and TODAY in data.series[0].values


def test_trends_when_nothing_is_recorded_yet(qtbot: Any, make_shell: Any) -> None:
    _shell, page = open_page(qtbot, make_shell)
    assert page.trends.summary_label.text() == "No check-ins yet in this period."
    assert page.trends.halt_label.isHidden()


def test_every_control_has_an_accessible_name(qtbot: Any, make_shell: Any) -> None:
    _shell, page = open_page(qtbot, make_shell)
    controls = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QLineEdit, ChartWidget)
    checked = unnamed = 0
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, controls) or isinstance(widget, QScrollBar):
            continue
        # Qt's own parts: the calendar pop-up and the text field inside a spin box.
        if _inside(widget, QCalendarWidget) or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        checked += 1
        if not widget.accessibleName():
            unnamed += 1
            print("no accessible name:", type(widget).__name__, widget.objectName())
    assert checked >= 15 and unnamed == 0


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def test_locking_saves_unsaved_changes_and_clears_the_page(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    store(shell, checkin(YESTERDAY, mood=7))
    page.refresh_trends()
    assert page.trends.chart.chart_data() is not None
    fill(qtbot, page, note="half a thought")

    shell.window.lock()
    # Checked before Qt deletes the page: nothing of what was shown is left in it.
    assert page.form.note.text() == "" and not page.form.note.isUndoAvailable()
    assert page.form.values() == CheckinValues()
    assert not any(b.isChecked() for b in page.form.halt_buttons())
    assert page.trends.chart.chart_data() is None
    assert page.trends.chart.accessibleDescription() == ""
    assert page.trends.summary_label.text() == ""
    assert page.banner.text() == "" and page.status.text() == ""

    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    saved = stored(shell, TODAY)
    assert saved is not None and saved.note == "half a thought" and saved.mood == 8


def test_pure_trend_helpers() -> None:
    rows = [
        checkin(TODAY, mood=6, hungry=True, sleep_hours=7.5),
        checkin(TODAY - timedelta(days=40), mood=1),
    ]
    data = checkin_chart(rows, TODAY, 30)
    assert data.start == TODAY - timedelta(days=29)
    assert data.series[0].values == {TODAY: 6.0}, "only days inside the period"
    assert halt_and_sleep_summary([], 30) == ""
    assert halt_and_sleep_summary(rows[:1], 30) == (
        "HALT over the last 30 days: hungry on 1 day. "
        "Sleep: 7.5 hours on average, 1 night recorded."
    )
    assert (
        halt_and_sleep_summary([checkin(TODAY)], 90) == "HALT over the last 90 days: none marked."
    )

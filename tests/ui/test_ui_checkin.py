"""Daily check-ins in the window: the form, saving by itself and replacing a day, the
page header, trends (daily and weekly), locking and quitting."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QWidget,
)
from ui_fixtures import PASSPHRASE

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from ui.checkins.form import CheckinValues
from ui.checkins.page import CheckinPage
from ui.checkins.trends import checkin_chart, halt_and_sleep_summary
from ui.common.autosave import SaveState
from ui.common.chart import ChartWidget
from ui.common.messages import Tone
from ui.common.surfaces import PageHeader
from ui.shell.context import ModuleContext

pytestmark = pytest.mark.usefixtures("existing_vault")

TODAY = date(2025, 3, 14)
YESTERDAY = TODAY - timedelta(days=1)


NEW_DAY = "No check-in for this day yet. It saves as you go."


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


def wait_saved(qtbot: Any, page: CheckinPage) -> None:
    """Let the autosave timer run out (about a second) and the save finish."""
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.SAVED, timeout=5000)


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
    assert page.status.text() == NEW_DAY


def test_the_page_starts_with_a_header_with_its_main_button_on_the_right(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = open_page(qtbot, make_shell)
    header = page.header
    assert isinstance(header, PageHeader)
    assert header.title.text() == "Check-ins"
    assert header.subtitle.text().startswith("A minute for yourself.")
    assert header.action_row.indexOf(page.bring_up_button) >= 0, "the main button sits in it"
    # The header comes first: above the day, the question and the form.
    content = header.parentWidget()
    assert content is not None and content.layout().indexOf(header) == 0
    assert header.mapTo(content, QPoint(0, 0)).y() < page.heading.mapTo(content, QPoint(0, 0)).y()
    assert not [
        b for b in page.findChildren(QPushButton) if "save" in b.text().replace("&", "").lower()
    ], "no Save button to miss: the check-in saves by itself"


def test_no_widget_on_the_page_has_a_style_sheet_of_its_own(qtbot: Any, make_shell: Any) -> None:
    _shell, page = open_page(qtbot, make_shell)
    own = [type(w).__name__ for w in page.findChildren(QWidget) if w.styleSheet()]
    assert own == [], "a theme switch must restyle everything"
    # The on/off buttons look "on" through the application's "choice" role.
    toggles = [*page.form.halt_buttons(), *page.trends.period_buttons.values()]
    assert all(b.property("role") == "choice" for b in toggles)


def test_a_check_in_saves_by_itself_like_a_journal_entry(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    timer = page.autosave.timer
    assert timer.interval() <= 1000 and not timer.isActive()
    page.form.mood.setFocus()
    qtbot.keyClick(page.form.mood, Qt.Key.Key_Right)
    # The journal's words and way: "Saving…" at once, stored when the timer runs out.
    assert page.status.text() == "Saving…" and page.autosave.state is SaveState.PENDING
    assert timer.isActive()
    assert stored(shell, TODAY) is None, "saved after a short pause, not on every change"
    wait_saved(qtbot, page)
    assert page.status.text() == "Saved"
    assert page.status.accessibleDescription() == "Saved"
    first = stored(shell, TODAY)
    assert first is not None and first.mood == 6

    # Everything else the person does is kept the same way, with nothing to press.
    fill(qtbot, page)
    assert page.status.text() == "Saving…"
    wait_saved(qtbot, page)
    assert not page.is_dirty()
    assert page.banner.text() == "", "no message to read: the status says it"
    assert stored(shell, TODAY) == CheckIn(
        day=TODAY,
        mood=9,
        stress=4,
        craving=1,
        hungry=False,
        angry=False,
        lonely=True,
        tired=True,
        sleep_hours=6.5,
        note="Walked by the river after group",
    )


def test_ctrl_s_saves_at_once_and_the_day_reads_back(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    fill(qtbot, page)
    assert page.status.text() == "Saving…"
    assert QApplication.focusWidget() is page.form.note
    qtbot.keyClick(page.form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.status.text() == "Saved"
    assert not page.autosave.timer.isActive()
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
    assert again.status.text() == "Saved"


def test_an_untouched_form_creates_no_check_in(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    # Looking is not checking in: open the day, press Ctrl+S, go back a day and forward.
    page.form.note.setFocus()
    qtbot.keyClick(page.form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(shell, TODAY) is None, "nothing was changed, so there is nothing to save"
    qtbot.mouseClick(page.previous_day, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_day, Qt.MouseButton.LeftButton)
    assert page.status.text() == NEW_DAY
    assert not page.autosave.timer.isActive()
    assert stored(shell, TODAY) is None and stored(shell, YESTERDAY) is None

    shell.window.lock()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert stored(shell, TODAY) is None, "locking saves only what the person changed"


def test_the_wheel_scrolls_the_page_past_the_scales_instead_of_changing_them(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = open_page(qtbot, make_shell)
    page.scroll_area.resize(700, 300)
    qtbot.waitExposed(page)
    page.scroll_area.setFocus()
    for field in (page.form.mood, page.form.sleep):
        before = page.form.values()
        wheel = QWheelEvent(
            QPointF(10, 10),
            QPointF(field.mapToGlobal(QPoint(10, 10))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(field, wheel)
        assert page.form.values() == before, f"{field.accessibleName()} unchanged by scrolling"
        assert not wheel.isAccepted(), "left to the page to scroll"
    assert not page.is_dirty()
    # With the keyboard focus, the wheel is the person's choice to change the value.
    page.form.mood.setFocus()
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(page.form.mood.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.form.mood, wheel)
    assert page.form.values().mood != CheckinValues().mood


def test_saving_the_same_day_again_replaces_it(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    fill(qtbot, page, note="first try")
    page.save()
    page.form.mood.setValue(2)
    page.form.note.selectAll()
    qtbot.keyClicks(page.form.note, "second thoughts")
    wait_saved(qtbot, page)

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

    # Change yesterday, then go forward at once, before the pause: the change is kept.
    page.form.craving.setValue(6)
    assert page.is_dirty() and page.autosave.timer.isActive()
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

    # Should something out of range reach the core anyway, it says so in one line and
    # the status does not claim it is saved.
    form.values = lambda: CheckinValues(mood=11)  # type: ignore[method-assign]
    page.save()
    assert page.banner.tone is Tone.PROBLEM
    message = page.banner.text()
    assert message.startswith("Your check-in couldn't be saved yet:")
    assert "0 to 10" in message and "\n" not in message
    assert page.status.text() == "Not saved yet" and page.is_dirty(), "tried again later"
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
    qtbot.mouseClick(page.trends.period_buttons[7], Qt.MouseButton.LeftButton)
    page.form.mood.setValue(9)
    page.save()
    data = chart.chart_data()
    assert data is not None and data.series[0].values.get(TODAY) == 9.0


def test_seven_and_thirty_days_are_daily_ninety_and_a_year_weekly(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    # Every day of the last year: mood runs 0, 1 .. 10, 0, 1 .. so weeks differ.
    store(shell, *(checkin(TODAY - timedelta(days=i), mood=i % 11) for i in range(365)))
    chart = page.trends.chart
    for days in (7, 30):
        qtbot.mouseClick(page.trends.period_buttons[days], Qt.MouseButton.LeftButton)
        data = chart.chart_data()
        assert data is not None and not data.is_summarised()
        assert len(data.series[0].values) == days, "one point a day"
    for days in (90, 365):
        qtbot.mouseClick(page.trends.period_buttons[days], Qt.MouseButton.LeftButton)
        data = chart.chart_data()
        assert data is not None and data.is_summarised() and data.day_count == days
        mood = data.series[0]
        assert len(mood.values) == round(days / 7), "one point a week"
        latest = max(mood.values)
        span = mood.spans[latest]
        assert (span.first, span.last) == (TODAY - timedelta(days=6), TODAY), "the last 7 days"
        week = [i % 11 for i in range(7)]  # today back to six days ago
        assert mood.values[latest] == round(sum(week) / 7, 1)
        assert (span.low, span.high, span.days) == (min(week), max(week), 7)
        spans = [mood.spans[d] for d in sorted(mood.values)]
        assert spans[0].first == data.start, "every day of the period is in a week"
        assert all(b.first == a.last + timedelta(days=1) for a, b in itertools.pairwise(spans))


def _numbers(text: str, word: str) -> float:
    """The number after ``word`` in a summary sentence ("lowest 4.3 (...)" -> 4.3)."""
    import re

    match = re.search(rf"{word} (\d+(?:\.\d)?) \(", text)
    assert match is not None, f"no {word!r} in {text!r}"
    return float(match.group(1))


@pytest.mark.parametrize("days", [90, 365])
def test_the_words_under_a_weekly_chart_give_the_numbers_it_draws(
    qtbot: Any, make_shell: Any, days: int
) -> None:
    shell, page = open_page(qtbot, make_shell)
    # One very low and one very high day inside otherwise steady weeks: the daily
    # extremes (0 and 10) are not what a weekly line shows.
    rows = [checkin(TODAY - timedelta(days=i), mood=5, stress=3 + i % 3) for i in range(80)]
    rows[10] = checkin(TODAY - timedelta(days=10), mood=0, stress=3)
    rows[40] = checkin(TODAY - timedelta(days=40), mood=10, stress=3)
    store(shell, *rows)
    qtbot.mouseClick(page.trends.period_buttons[days], Qt.MouseButton.LeftButton)
    data = page.trends.chart.chart_data()
    assert data is not None
    lines = page.trends.summary_label.text().splitlines()
    assert "week" in lines[0] and "average" in lines[0], "says what the points are"
    for series in data.series:
        [sentence] = [line for line in lines if line.startswith(series.label + " over")]
        assert "as weekly averages" in sentence
        drawn = series.values
        assert _numbers(sentence, "lowest") == min(drawn.values())
        assert _numbers(sentence, "highest") == max(drawn.values())
        assert _numbers(sentence, "latest") == drawn[max(drawn)]
        assert f"80 of {days} days recorded" in sentence
    mood = next(line for line in lines if line.startswith("Mood"))
    assert "lowest 0" not in mood and "highest 10" not in mood, "weekly, not daily, numbers"
    assert page.trends.chart.accessibleDescription() == " ".join(lines)


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

    assert page.is_dirty() and page.autosave.timer.isActive(), "the pause has not run out"
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


def test_quitting_keeps_the_last_change(qtbot: Any, make_shell: Any, data_dir: Any) -> None:
    from app.vault.vault import Vault

    shell, page = open_page(qtbot, make_shell)
    fill(qtbot, page, note="just before closing")
    assert page.autosave.timer.isActive(), "not saved by the timer yet"
    # Quitting closes the window, as when the person closes it (ui/shell/application.py).
    shell.window.close()
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        saved = CheckInRepository(vault.connection).get(TODAY)
    finally:
        vault.close()
    assert saved is not None and saved.note == "just before closing"


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

"""The boundaries page on a real unlocked vault: building boundaries by keyboard, logging
moments, the chart and its words, archive, trash with Undo, changing and deleting a
moment, the live checks, refused values, paging the log, and locking.

Shared helpers live here; more cases are in test_ui_boundaries_more.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_fixtures import PASSPHRASE

from app.boundaries import ops, stats
from app.boundaries.model import BoundaryDraft, EventDraft, Outcome
from app.boundaries.repository import BoundaryRepository
from ui.boundaries.page import BoundariesPage
from ui.sessions.words import first_weekday

pytestmark = pytest.mark.usefixtures("existing_vault")

TODAY = date.today()
SECRET = "my cousin Evangelina's flat"


# ----- helpers (also used by test_ui_boundaries_more.py) -------------------------------


def unlock(qtbot: Any, make_shell: Any) -> Any:
    shell = make_shell()
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def open_page(qtbot: Any, make_shell: Any) -> tuple[Any, BoundariesPage]:
    """An unlocked window showing the boundaries page (from the navigation)."""
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    assert workspace.show_module("boundaries")
    page = workspace.pages.currentWidget()
    assert isinstance(page, BoundariesPage)
    qtbot.waitUntil(lambda: page.has_boundaries is not None)
    return shell, page


def worker(shell: Any, fn: Callable[[Any], Any]) -> Any:
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.submit(fn, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def run_op(shell: Any, op: Callable[[Any], Any]) -> Any:
    """An operation as another page would run it (its changes reach every page)."""
    results: list[Any] = []
    errors: list[BaseException] = []
    shell.session.run_op(op, results.append, errors.append)
    if errors:
        raise errors[0]
    return results[0]


def add_boundary(shell: Any, statement: str = "If I'm shouted at, I will leave the room.") -> Any:
    draft = BoundaryDraft(area="time", statement=statement, need="Quiet evenings.")
    return run_op(shell, lambda vault: ops.create_boundary(vault.connection, draft))


def add_moment(shell: Any, boundary_id: int, day: date, outcome: Outcome, **fields: Any) -> Any:
    draft = EventDraft(happened=day, outcome=outcome, **fields)
    return run_op(shell, lambda vault: ops.log_event(vault.connection, boundary_id, draft))


def repo(shell: Any, fn: Callable[[BoundaryRepository], Any]) -> Any:
    return worker(shell, lambda vault: fn(BoundaryRepository(vault.connection)))


def focused(window: QWidget) -> QWidget:
    """Where the keyboard focus is in ``window`` (the offscreen platform does not
    activate a dialog, so the application's focus widget may be elsewhere)."""
    widget = window.focusWidget()
    assert widget is not None
    return widget


def key(
    qtbot: Any, window: QWidget, which: Qt.Key, modifier: Qt.KeyboardModifier | None = None
) -> None:
    """A key press where the keyboard focus is, as a person would press it."""
    if modifier is None:
        qtbot.keyClick(focused(window), which)
    else:
        qtbot.keyClick(focused(window), which, modifier)


def type_text(qtbot: Any, window: QWidget, text: str) -> None:
    qtbot.keyClicks(focused(window), text)


def rows(boundary_list: Any) -> list[tuple[str, str]]:
    from ui.common.record_lists import LINES_ROLE

    return [boundary_list.item(n).data(LINES_ROLE) for n in range(boundary_list.count())]


def build_by_keyboard(
    qtbot: Any, page: BoundariesPage, downs: int, need: str, statement: str, rehearsal: str
) -> None:
    """Ctrl+N, then the area (Down ``downs`` times), need, boundary and rehearsal, each
    reached with Tab, and Ctrl+Return to save."""
    qtbot.keyClick(page.views, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    builder = page.builder
    assert builder is not None and builder.isVisible()
    assert focused(builder) is builder.area
    for _ in range(downs):
        key(qtbot, builder, Qt.Key.Key_Down)
    key(qtbot, builder, Qt.Key.Key_Tab)
    assert focused(builder) is builder.need
    type_text(qtbot, builder, need)
    key(qtbot, builder, Qt.Key.Key_Tab)
    assert focused(builder) is builder.statement
    type_text(qtbot, builder, statement)
    key(qtbot, builder, Qt.Key.Key_Tab)
    assert focused(builder) is builder.rehearsal
    type_text(qtbot, builder, rehearsal)
    key(qtbot, builder, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.builder is None)


# ----- building --------------------------------------------------------------------


def test_an_empty_page_says_what_a_boundary_is_and_offers_the_first(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    assert page.has_boundaries is False
    assert page.views.currentIndex() == 0, "the empty state shows"
    words = page.empty_words.text()
    assert "boundary" in words and "your own actions" in words
    assert page.empty_button.isVisible() and page.empty_button.accessibleName()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert page.builder is not None and page.builder.windowTitle() == "New boundary"
    qtbot.keyClick(page.builder, Qt.Key.Key_Escape)
    assert page.builder is None, "Escape closes the builder"
    assert repo(shell, lambda r: r.active()) == [], "and nothing was saved"


def test_two_boundaries_built_by_keyboard_show_in_the_list(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    build_by_keyboard(
        qtbot,
        page,
        1,
        "Evenings that are mine.",
        "If a call runs past nine, I will say goodnight and hang up.",
        "I need to go now. Talk tomorrow.",
    )
    build_by_keyboard(
        qtbot,
        page,
        5,
        "A home where staying sober is possible.",
        "If there is drink in the house, I will spend the evening at " + SECRET + ".",
        "I love you, and tonight I'm staying away.",
    )
    found = [s.boundary for s in repo(shell, lambda r: r.active())]
    assert [b.area for b in found] == ["money", "time"], "newest first, areas as chosen"
    assert found[0].statement.endswith(SECRET + ".")
    assert found[1].need == "Evenings that are mine."
    assert found[1].rehearsal == "I need to go now. Talk tomorrow."

    assert page.views.currentIndex() == 1
    shown = rows(page.active_list)
    assert len(shown) == 2
    assert shown[0][0].startswith("If there is drink")
    assert shown[0][1] == "Money  \u00b7  Not tested in the last month"
    assert page.selected_id() == found[0].id, "the new boundary is shown"
    assert page.statement.text() == found[0].statement
    assert page.area.text() == "Money"
    assert page.rehearsal.text() == "I love you, and tonight I'm staying away."


def test_the_live_checks_follow_the_draft_a_moment_after_typing_pauses(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = open_page(qtbot, make_shell)
    page.new_boundary()
    builder = page.builder
    assert builder is not None
    assert builder.checks_met() == [False, False, False, False], "an empty draft meets none"
    qtbot.keyClicks(builder.statement, "You need to stop drinking")
    assert builder._check_timer.isActive(), "checked once typing pauses, not per key"
    qtbot.waitUntil(lambda: not builder._check_timer.isActive())
    first = builder.checks_met()
    assert first[0] is False, "about the partner's action: not yet"
    titles = [row.title.text() for row in builder.check_rows]
    assert titles[0] == "\u25cb Not yet: About what I will do"
    assert "Try writing what you will do" in builder.check_rows[0].detail.text()

    builder.statement.clear()
    qtbot.keyClicks(
        builder.statement, "If you drink at home, I will leave the room and call my sponsor."
    )
    qtbot.waitUntil(lambda: builder.checks_met() == [True, True, True, True])
    assert builder.check_rows[0].title.text() == "\u2713 Met: About what I will do"
    assert builder.check_rows[0].accessibleName().startswith("Met: About what I will do.")
    builder.reject()


def test_refused_values_show_in_the_builder_and_keep_what_was_typed(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    page.new_boundary()
    builder = page.builder
    assert builder is not None
    statement = "If I'm pressured to drink, I will leave."
    builder.statement.setPlainText(statement)
    builder.need.setPlainText("Safety")
    builder.save()
    assert builder.banner.isVisible()
    assert builder.banner.text() == "Please choose an area from the list."
    assert builder.statement.toPlainText() == statement and builder.need.toPlainText() == "Safety"
    assert builder.save_button.isEnabled()

    builder.area.setCurrentIndex(0)
    builder.statement.setPlainText("   ")
    builder.save()
    assert builder.banner.text() == 'A boundary needs a few words, like "If ..., I will ...".'
    builder.statement.setPlainText("x" * 2_001)
    builder.save()
    assert builder.banner.text() == "A boundary can be at most 2,000 characters long."
    assert repo(shell, lambda r: r.active()) == [], "nothing was saved"

    # 100 KB, emoji and right-to-left text save whole.
    long_need = ("שלום עולם 🌊 مرحبا " * 6_000)[:100_000]
    builder.need.setPlainText(long_need)
    builder.statement.setPlainText("אם יש אלכוהול בבית, I will sleep elsewhere 🙏")
    builder.rehearsal.setPlainText("🙂" * 10)
    builder.save()
    qtbot.waitUntil(lambda: page.builder is None)
    (saved,) = [s.boundary for s in repo(shell, lambda r: r.active())]
    assert saved.need == long_need and saved.rehearsal == "🙂" * 10
    assert page.statement.text() == saved.statement, "shown as written"
    assert page.need.text().startswith("שלום עולם 🌊") and page.need.text().endswith("\u2026")


# ----- moments, the chart and its words ------------------------------------------------


def log_through_dialog(
    qtbot: Any, page: BoundariesPage, day: date, outcome: Outcome, what: str, feeling: int | None
) -> None:
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    dialog = page.moment_dialog
    assert dialog is not None
    dialog.day.setDate(dialog.day.date().addDays((day - TODAY).days))
    qtbot.keyClicks(dialog.what, what)
    qtbot.mouseClick(dialog.outcome_buttons[outcome], Qt.MouseButton.LeftButton)
    if feeling is not None:
        dialog.has_feeling.setChecked(True)
        dialog.feeling.setFocus()
        for _ in range(abs(feeling - dialog.feeling.value())):
            qtbot.keyClick(
                dialog.feeling,
                Qt.Key.Key_Right if feeling > dialog.feeling.value() else Qt.Key.Key_Left,
            )
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.moment_dialog is None)


def test_moments_logged_over_several_days_show_in_the_log_the_list_and_the_chart(
    qtbot: Any, make_shell: Any
) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)
    qtbot.waitUntil(lambda: page.selected_id() == boundary.id)
    plan = [
        (TODAY - timedelta(days=20), Outcome.NOT_HELD, "I said nothing.", 2),
        (TODAY - timedelta(days=12), Outcome.BENT, "Said half of it.", None),
        (TODAY - timedelta(days=5), Outcome.HELD, "Said it calmly.", 7),
        (TODAY - timedelta(days=1), Outcome.HELD, "Left the room, came back later.", 6),
    ]
    for day, outcome, what, feeling in plan:
        log_through_dialog(qtbot, page, day, outcome, what, feeling)
    add_moment(shell, boundary.id, TODAY - timedelta(days=60), Outcome.HELD)

    stored = repo(shell, lambda r: r.events(boundary.id))
    assert [(e.happened, e.outcome, e.feeling) for e in stored][:4] == [
        (day, outcome, feeling) for day, outcome, _w, feeling in reversed(plan)
    ]
    # The log, newest first: the word and its mark, the day, how I felt, what happened.
    first = page.moments.item(0).text().split("\n")
    assert first[0].startswith("\u2713 Held  \u00b7  ")
    assert first[0].endswith("Felt 6 of 10")
    assert first[1] == "Left the room, came back later."
    bent = page.moments.item(2).text()
    assert bent.startswith("\u223c Bent") and "Felt" not in bent
    assert page.moments.item(3).text().startswith("\u2717 Not held")
    assert page.moments.count() == 5

    # The list: how it held in the last 30 days (the moment 60 days ago is older).
    assert rows(page.active_list)[0][1] == "Time  \u00b7  Held 2 of 4 times in the last month"

    # The chart: weeks, one point per week with moments; its words are the summary's.
    chart = page.held.chart.chart_data()
    assert chart is not None
    held, bent_series, not_held = chart.series
    assert [s.label for s in chart.series] == ["Held", "Bent", "Not held"]
    assert sum(held.values.values()) == 3 and sum(not_held.values.values()) == 1
    assert sum(bent_series.values.values()) == 1
    weeks = stats.week_start
    weekday = first_weekday()
    tested_weeks = {weeks(d, weekday) for d in [p[0] for p in plan] + [TODAY - timedelta(60)]}
    assert len(held.values) == len(tested_weeks)
    for middle, span in held.spans.items():
        assert span.first <= middle <= span.last and (span.last - span.first).days == 6
    start = weeks(TODAY, weekday) - timedelta(weeks=11)
    expected = worker(
        shell,
        lambda vault: stats.summary(
            stats.held_over_time(
                vault.connection, boundary.id, start, TODAY, "week", first_weekday=weekday
            ),
            "week",
        ),
    )
    assert page.held.words.text() == expected
    assert page.held.chart.accessibleDescription() == expected
    assert expected.startswith("Over 12 weeks, this boundary was tested 5 times: it held 3 times")

    # Months: the same moments in a year's view.
    qtbot.mouseClick(page.held.buttons["month"], Qt.MouseButton.LeftButton)
    assert page.held.words.text().startswith("Over 12 months, this boundary was tested 5 times")
    months = page.held.chart.chart_data()
    assert months is not None and sum(months.series[0].values.values()) == 3


def test_a_moment_can_be_changed_and_deleted_with_undo(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)
    add_moment(
        shell, boundary.id, TODAY - timedelta(days=3), Outcome.BENT, what_happened="Gave in."
    )
    add_moment(shell, boundary.id, TODAY - timedelta(days=2), Outcome.HELD, feeling=8)
    qtbot.waitUntil(lambda: page.moments.count() == 2)
    assert not page.edit_moment_button.isEnabled(), "nothing chosen yet"

    page.moments.setCurrentRow(1)
    assert page.edit_moment_button.isEnabled()
    qtbot.keyClick(page.moments, Qt.Key.Key_Return)  # activating a moment opens it
    dialog = page.moment_dialog
    assert dialog is not None and dialog.windowTitle() == "Change this moment"
    assert dialog.what.toPlainText() == "Gave in." and dialog.outcome() is Outcome.BENT
    assert not dialog.has_feeling.isChecked()
    dialog.outcome_buttons[Outcome.HELD].setChecked(True)
    dialog.next_time.setPlainText("Say it earlier.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.moment_dialog is None)
    changed = repo(shell, lambda r: r.events(boundary.id))[1]
    assert changed.outcome is Outcome.HELD and changed.next_time == "Say it earlier."
    assert page.moments.item(1).text().endswith("Next time: Say it earlier.")
    assert page.moments.currentRow() == 1, "the changed moment stays chosen"

    # Delete (the key, in the list), then Undo brings it back as it was.
    page.moments.setFocus()
    qtbot.keyClick(page.moments, Qt.Key.Key_Delete)
    assert changed.id not in [e.id for e in repo(shell, lambda r: r.events(boundary.id))]
    assert page.moments.count() == 1
    assert page.notice.text() == "The moment was deleted."
    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    back = repo(shell, lambda r: r.events(boundary.id))
    assert len(back) == 2
    assert back[1].draft() == changed.draft()
    assert page.moments.count() == 2
    assert page.notice.text() == "The moment is back."


def test_a_moment_without_an_outcome_is_refused_in_place(qtbot: Any, make_shell: Any) -> None:
    shell, page = open_page(qtbot, make_shell)
    boundary = add_boundary(shell)
    qtbot.waitUntil(lambda: page.selected_id() == boundary.id)
    page.log_moment()
    dialog = page.moment_dialog
    assert dialog is not None
    words = "Stayed calm 🌿 ושקט " * 5_000
    dialog.what.setPlainText(words)
    dialog.save()
    assert dialog.banner.text() == "Please choose whether the boundary held, bent or was not held."
    assert dialog.what.toPlainText() == words, "nothing typed is lost"
    assert repo(shell, lambda r: r.events(boundary.id)) == []
    dialog.outcome_buttons[Outcome.NOT_HELD].setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: page.moment_dialog is None)
    (event,) = repo(shell, lambda r: r.events(boundary.id))
    assert event.what_happened == words and event.outcome is Outcome.NOT_HELD
    assert len(page.moments.item(0).text()) < 1_000, "a list row shows the start of it"

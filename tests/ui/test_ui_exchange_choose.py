"""The packet wizard's first step on a real vault: the periods (the last session's day
or its absence), the sections with their usual ticks, and the sentences that keep
"Look it over" waiting (a range that ends before it starts or spans over ten years,
nothing ticked)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from exchange_helpers import (  # noqa: F401
    TODAY,
    add_session,
    click,
    open_page,
    packet_module,
    unlock,
)

from app.exchange.period import PeriodKind
from app.exchange.sections import DEFAULT_SECTIONS, SECTIONS
from ui.exchange.page import CHOOSE
from ui.exchange.words import qdate

pytestmark = pytest.mark.usefixtures("existing_vault", "packet_module")


def test_the_page_is_in_the_navigation_and_opens_on_its_first_step(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    workspace = shell.window.workspace
    assert "exchange" in workspace.module_ids
    page = open_page(qtbot, shell)
    assert page.step() == CHOOSE
    assert page.header.title.text() == "For my therapist"
    assert page.choose.kind() is PeriodKind.SINCE_LAST_SESSION
    assert page.choose.gather_button.isEnabled()


def test_every_section_is_offered_by_its_title_with_the_usual_ones_ticked(
    qtbot: Any, make_shell: Any
) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    boxes = page.choose.section_boxes
    assert list(boxes) == [s.id for s in SECTIONS]
    assert [boxes[s.id].text() for s in SECTIONS] == [s.title for s in SECTIONS]
    assert page.choose.wanted() == DEFAULT_SECTIONS
    assert not boxes["reflection.summary"].isChecked()
    for box in boxes.values():
        assert box.accessibleName().startswith("Include: ")


def test_with_no_session_yet_since_the_last_one_says_it_is_the_last_two_weeks(
    qtbot: Any, make_shell: Any
) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    button = page.choose.kind_buttons[PeriodKind.SINCE_LAST_SESSION]
    qtbot.waitUntil(lambda: "none noted yet" in button.text())
    assert button.text().replace("&", "") == (
        "Since my last session (none noted yet, so the last two weeks)"
    )


def test_since_the_last_session_names_its_day_and_follows_a_new_session(
    qtbot: Any, make_shell: Any
) -> None:
    shell = unlock(qtbot, make_shell)
    week_ago = TODAY - timedelta(days=7)
    add_session(shell, week_ago, "attended")
    add_session(shell, TODAY - timedelta(days=2), "missed")  # missed: not "the last session"
    page = open_page(qtbot, shell)
    button = page.choose.kind_buttons[PeriodKind.SINCE_LAST_SESSION]
    words = week_ago.strftime("%A ") + str(week_ago.day) + week_ago.strftime(" %B")
    qtbot.waitUntil(lambda: words in button.text())
    # A session attended three days ago, written on another page: the day follows.
    later = TODAY - timedelta(days=3)
    add_session(shell, later, "attended")
    qtbot.waitUntil(lambda: str(later.day) + later.strftime(" %B") in button.text())


def test_a_range_that_ends_before_it_starts_is_one_sentence_and_waits(
    qtbot: Any, make_shell: Any
) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    choose = page.choose
    assert not choose.custom_row.isEnabled()
    click(qtbot, choose.kind_buttons[PeriodKind.CUSTOM])
    assert choose.custom_row.isEnabled()
    assert choose.range_problem.isHidden()
    choose.end_edit.setDate(qdate(TODAY - timedelta(days=20)))
    assert not choose.range_problem.isHidden()
    assert choose.range_problem.text() == "The period ends before it starts."
    assert "\n" not in choose.range_problem.text()
    assert not choose.gather_button.isEnabled()
    # Clicking anyway does nothing (no job, no step change).
    page.gather()
    assert page.step() == CHOOSE and not choose.busy_bar.isVisible()
    choose.end_edit.setDate(qdate(TODAY))
    assert choose.range_problem.isHidden()
    assert choose.gather_button.isEnabled()
    # A bad range only matters while "Days I choose" is the choice.
    choose.end_edit.setDate(qdate(TODAY - timedelta(days=20)))
    click(qtbot, choose.kind_buttons[PeriodKind.TWO_WEEKS])
    assert choose.range_problem.isHidden() and choose.gather_button.isEnabled()


def test_a_range_over_ten_years_is_refused_in_a_sentence(qtbot: Any, make_shell: Any) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    choose = page.choose
    choose.set_custom(date(2010, 1, 1), TODAY)
    assert choose.range_problem.text() == (
        "The period is longer than ten years; choose a shorter one."
    )
    assert not choose.gather_button.isEnabled()
    choose.set_custom(TODAY - timedelta(days=3600), TODAY)
    assert choose.range_problem.isHidden() and choose.gather_button.isEnabled()


def test_with_nothing_ticked_it_asks_for_one_thing(qtbot: Any, make_shell: Any) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    choose = page.choose
    for box in choose.section_boxes.values():
        box.setChecked(False)
    assert choose.sections_problem.text() == "Tick at least one thing to include."
    assert not choose.gather_button.isEnabled()
    click(qtbot, choose.section_boxes["journal.flagged"])
    assert choose.wanted() == {"journal.flagged"}
    assert choose.sections_problem.isHidden() and choose.gather_button.isEnabled()


def test_the_custom_days_take_keyboard_mnemonics(qtbot: Any, make_shell: Any) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    choose = page.choose
    choose.set_kind(PeriodKind.CUSTOM)
    labels = [label for label in choose.custom_row.findChildren(type(choose.range_problem))]
    buddies = {label.text(): label.buddy() for label in labels if label.buddy() is not None}
    assert buddies == {"Fro&m": choose.start_edit, "T&o": choose.end_edit}
    assert choose.start_edit.accessibleName() == "First day"
    assert choose.end_edit.accessibleName() == "Last day"


def test_the_choice_of_sections_is_not_written_to_the_settings_file(
    qtbot: Any, make_shell: Any, config_dir: Any
) -> None:
    page = open_page(qtbot, unlock(qtbot, make_shell))
    page.choose.section_boxes["reflection.summary"].setChecked(True)
    text = "".join(p.read_text(errors="replace") for p in config_dir.rglob("*") if p.is_file())
    for word in ("reflection", "journal.flagged", "summary", "therap"):
        assert word not in text

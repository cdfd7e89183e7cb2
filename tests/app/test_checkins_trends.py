"""Weekly averages for long check-in trends (app/checkins/trends.py)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from app.checkins.trends import uses_weeks, week_spans, weekly

END = date(2025, 3, 14)


def back(days: int) -> date:
    return END - timedelta(days=days)


def test_short_periods_are_daily_and_long_ones_weekly() -> None:
    assert not uses_weeks(7) and not uses_weeks(30)
    assert uses_weeks(90) and uses_weeks(365)


def test_weeks_count_back_from_the_last_day_and_cover_every_day_once() -> None:
    for days in (1, 7, 10, 11, 90, 365, 366):
        start = back(days - 1)
        spans = week_spans(start, END)
        assert spans[0][0] == start and spans[-1][1] == END
        assert all(b[0] == a[1] + timedelta(days=1) for a, b in itertools.pairwise(spans))
        if len(spans) > 1 or days == 7:
            assert spans[-1] == (back(6), END), "the latest week is the last seven days"
        lengths = [(last - first).days + 1 for first, last in spans]
        assert all(length == 7 for length in lengths[1:-1])
        # A few days left over join the oldest week; half a week or more stand alone.
        assert 4 <= lengths[0] <= 10 or len(spans) == 1
    assert [len(week_spans(back(n - 1), END)) for n in (90, 365)] == [13, 52]
    assert week_spans(END, back(1)) == []


def test_a_week_is_its_average_lowest_highest_and_days_recorded() -> None:
    values = {back(0): 5.0, back(1): 6.0, back(3): 6.0, back(8): 1.0, back(40): 9.0}
    weeks = weekly(values, back(89), END)
    assert [(w.first, w.last) for w in weeks] == [
        (back(41), back(35)),
        (back(13), back(7)),
        (back(6), END),
    ]
    latest = weeks[-1]
    assert (latest.average, latest.low, latest.high, latest.days) == (5.7, 5.0, 6.0, 3)
    assert latest.middle == back(3), "drawn in the middle of its days"
    assert weeks[1].average == 1.0 and weeks[1].days == 1
    assert weekly({back(100): 3.0}, back(89), END) == [], "days outside are left out"


def test_averages_round_half_up_to_the_one_decimal_that_is_drawn_and_said() -> None:
    # 5.25 and 5.15 are not exact in binary; people round them to 5.3 and 5.2.
    weeks = weekly({back(0): 5.0, back(1): 5.5, back(2): 5.0, back(3): 5.5}, back(6), END)
    assert weeks[0].average == 5.3
    weeks = weekly({back(0): 5.1, back(1): 5.2}, back(6), END)
    assert weeks[0].average == 5.2
    weeks = weekly({back(0): 2.0, back(1): 2.0, back(2): 3.0}, back(6), END)
    assert weeks[0].average == 2.3

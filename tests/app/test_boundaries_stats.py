"""How often a boundary held over time: weekly and monthly buckets, the sentence that
words them (and agrees with them), and a boundary logged 5,000 times staying fast."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

import pytest
from boundaries_helpers import TODAY, Clock, boundary, bulk_log, moment

from app.boundaries import stats
from app.boundaries.errors import InvalidBoundary
from app.boundaries.model import Outcome
from app.boundaries.repository import BoundaryRepository
from app.boundaries.stats import Bucket, held_over_time, summary
from app.vault.vault import Vault


@pytest.fixture
def repo(vault: Vault) -> BoundaryRepository:
    return BoundaryRepository(vault.connection, Clock())


def _log(repo: BoundaryRepository, boundary_id: int, *moments: tuple[date, Outcome]) -> None:
    for day, outcome in moments:
        repo.log_event(boundary_id, moment(happened=day, outcome=outcome))


def test_weekly_buckets_cover_every_week_of_the_period(
    vault: Vault, repo: BoundaryRepository
) -> None:
    made = repo.create(boundary()).id
    other = repo.create(boundary()).id
    _log(
        repo,
        made,
        (date(2026, 2, 9), Outcome.HELD),  # Monday
        (date(2026, 2, 15), Outcome.BENT),  # Sunday, same week
        (date(2026, 2, 16), Outcome.NOT_HELD),
        (date(2026, 3, 2), Outcome.HELD),
    )
    repo.log_event(made, moment(happened=date(2026, 3, 3), at=time(23, 59)))
    _log(repo, other, (date(2026, 2, 10), Outcome.NOT_HELD))
    buckets = held_over_time(vault.connection, made, date(2026, 2, 11), date(2026, 3, 4))
    assert [(b.start, b.end, b.held, b.bent, b.not_held) for b in buckets] == [
        # The first week starts before the period; only moments inside it count.
        (date(2026, 2, 9), date(2026, 2, 15), 0, 1, 0),
        (date(2026, 2, 16), date(2026, 2, 22), 0, 0, 1),
        (date(2026, 2, 23), date(2026, 3, 1), 0, 0, 0),
        (date(2026, 3, 2), date(2026, 3, 8), 2, 0, 0),
    ]
    assert [b.share_held for b in buckets] == [0.0, 0.0, None, 1.0]
    sunday_weeks = held_over_time(
        vault.connection, made, date(2026, 2, 9), date(2026, 2, 16), first_weekday=6
    )
    assert [(b.start, b.total) for b in sunday_weeks] == [
        (date(2026, 2, 8), 1),
        (date(2026, 2, 15), 2),
    ]


def test_monthly_buckets_cross_a_year(vault: Vault, repo: BoundaryRepository) -> None:
    made = repo.create(boundary()).id
    _log(
        repo,
        made,
        (date(2025, 12, 31), Outcome.HELD),
        (date(2026, 1, 1), Outcome.BENT),
        (date(2026, 1, 31), Outcome.HELD),
        (date(2026, 3, 1), Outcome.HELD),
    )
    buckets = held_over_time(vault.connection, made, date(2025, 12, 15), TODAY, "month")
    assert [(b.start, b.end, b.held, b.bent) for b in buckets] == [
        (date(2025, 12, 1), date(2025, 12, 31), 1, 0),
        (date(2026, 1, 1), date(2026, 1, 31), 1, 1),
        (date(2026, 2, 1), date(2026, 2, 28), 0, 0),
        (date(2026, 3, 1), date(2026, 3, 31), 1, 0),
    ]
    assert buckets[1].share_held == 0.5


def test_bad_arguments_are_refused_in_one_line(vault: Vault) -> None:
    with pytest.raises(InvalidBoundary, match=r"^Moments can be grouped by week or by month\.$"):
        held_over_time(vault.connection, 1, TODAY, TODAY, "year")  # type: ignore[arg-type]
    with pytest.raises(InvalidBoundary, match="start date must be a calendar date"):
        held_over_time(vault.connection, 1, "2026-01-01", TODAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidBoundary, match="first day of the week"):
        held_over_time(vault.connection, 1, TODAY, TODAY, first_weekday=7)
    assert held_over_time(vault.connection, 1, TODAY, TODAY - timedelta(days=1)) == []


def _numbers(text: str) -> list[int]:
    words = text.replace("once", "1 times")
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\d|\d", words)]


def test_the_summary_words_the_same_numbers_as_the_buckets(
    vault: Vault, repo: BoundaryRepository
) -> None:
    made = repo.create(boundary()).id
    bulk_log(vault.connection, made, 300, TODAY, seed=3)
    for kind in ("week", "month"):
        buckets = held_over_time(vault.connection, made, TODAY - timedelta(days=120), TODAY, kind)
        totals = stats.totals(buckets)
        latest = [b for b in buckets if b.total][-1]
        text = summary(buckets, kind)
        first, _dot, second = text.partition(". ")
        assert _numbers(first) == [
            len(buckets),
            totals.total,
            totals.held,
            stats.percent(totals.held / totals.total),
            totals.bent,
            totals.not_held,
        ], text
        assert _numbers(second)[-2:] == [latest.held, latest.total], text
        assert str(latest.start.year) in second
        assert "\n" not in text


def test_the_summary_of_few_or_no_moments_reads_plainly() -> None:
    week = Bucket(date(2026, 3, 2), date(2026, 3, 8))
    assert summary([]) == "There is no period to show."
    assert summary([week, week]) == "No moments were logged in these 2 weeks."
    one = Bucket(date(2026, 3, 1), date(2026, 3, 31), held=1)
    assert summary([one], "month") == (
        "Over 1 month, this boundary was tested once: it held once (100%), bent 0 times"
        " and was not held 0 times. In March 2026, the latest with moments, it held 1 of 1."
    )


# ----- a boundary logged 5,000 times -------------------------------------------------


def test_a_boundary_logged_5000_times_counts_every_moment(
    vault: Vault, repo: BoundaryRepository
) -> None:
    made = repo.create(boundary()).id
    noise = repo.create(boundary(area="time")).id
    rows = bulk_log(vault.connection, made, 5000, TODAY)
    bulk_log(vault.connection, noise, 2000, TODAY, seed=5)
    page = repo.events(made, limit=50)
    newest = sorted(rows, reverse=True)[:50]
    assert [BoundaryRepository.cursor_of(e)[0] for e in page] == [h for h, _o in newest]
    first = min(date.fromisoformat(h[:10]) for h, _o in rows)
    weeks = held_over_time(vault.connection, made, first, TODAY)
    assert sum(b.total for b in weeks) == 5000
    assert sum(b.held for b in weeks) == sum(1 for _h, o in rows if o == "held")
    months = held_over_time(vault.connection, made, first, TODAY, "month")
    assert sum(b.total for b in months) == 5000
    assert repo.counts(made).total == 5000
    assert "tested 5,000 times" in summary(weeks)
    # How fast this is, is tests/bench/bench_boundaries.py's to say; the index test
    # below guards the plans that make it fast.


def test_the_log_and_the_chart_read_from_the_index(vault: Vault) -> None:
    """The plans behind the speed: no sort, no table scan (index walks only)."""
    page = vault.connection.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM boundary_events e WHERE e.boundary_id = ?"
        " AND (e.happened, e.id) < (?, ?) ORDER BY e.happened DESC, e.id DESC LIMIT 50",
        (1, "2026-03-01", 5),
    ).fetchall()
    chart = vault.connection.execute(
        "EXPLAIN QUERY PLAN SELECT happened, outcome FROM boundary_events"
        " WHERE boundary_id = ? AND happened >= ? AND happened < ?",
        (1, "2025-01-01", "2026-03-05"),
    ).fetchall()
    counts = vault.connection.execute(
        "EXPLAIN QUERY PLAN SELECT boundary_id, outcome, count(*) FROM boundary_events"
        " WHERE boundary_id IN (?, ?) GROUP BY boundary_id, outcome",
        (1, 2),
    ).fetchall()
    counts_plan = " ".join(str(row[-1]) for row in counts)
    assert "COVERING INDEX boundary_events_outcomes" in counts_plan
    assert "TEMP B-TREE" not in counts_plan
    page_plan = " ".join(str(row[-1]) for row in page)
    chart_plan = " ".join(str(row[-1]) for row in chart)
    assert "boundary_events_log" in page_plan and "TEMP B-TREE" not in page_plan
    assert "COVERING INDEX boundary_events_log" in chart_plan

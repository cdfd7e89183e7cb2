"""Daily check-ins: one per day, replaced on a second save, validated strictly."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from app.checkins.errors import InvalidCheckIn
from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.vault.vault import Vault

DAY = date(2024, 3, 10)


def _checkin(**changes: Any) -> CheckIn:
    base = CheckIn(
        day=DAY,
        mood=6,
        stress=4,
        craving=2,
        hungry=False,
        angry=True,
        lonely=False,
        tired=True,
        sleep_hours=7.5,
        note="Slow morning, better afternoon.",
    )
    return replace(base, **changes)


@pytest.fixture
def checkins(vault: Vault) -> CheckInRepository:
    return CheckInRepository(vault.connection)


def test_save_and_get_round_trip(checkins: CheckInRepository) -> None:
    assert checkins.get(DAY) is None
    stored = checkins.save(_checkin())
    assert stored == _checkin()
    assert checkins.get(DAY) == _checkin()


def test_saving_the_same_day_replaces_it(checkins: CheckInRepository, vault: Vault) -> None:
    checkins.save(_checkin())
    checkins.save(_checkin(mood=2, sleep_hours=None, note="", angry=False))
    assert checkins.get(DAY) == _checkin(mood=2, sleep_hours=None, note="", angry=False)
    assert vault.connection.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1


def test_between_is_inclusive_and_oldest_first(checkins: CheckInRepository) -> None:
    for day in (date(2024, 3, 12), date(2024, 3, 9), date(2024, 3, 10), date(2024, 3, 20)):
        checkins.save(_checkin(day=day, mood=day.day % 11))
    got = checkins.between(date(2024, 3, 9), date(2024, 3, 12))
    assert [c.day for c in got] == [date(2024, 3, 9), date(2024, 3, 10), date(2024, 3, 12)]
    assert checkins.between(date(2024, 3, 13), date(2024, 3, 19)) == []
    assert checkins.between(date(2024, 3, 21), date(2024, 3, 1)) == []


def test_extremes_are_accepted(checkins: CheckInRepository) -> None:
    for values in (
        dict(mood=0, stress=0, craving=0, sleep_hours=0.0, note=""),
        dict(mood=10, stress=10, craving=10, sleep_hours=24, note="x" * 280),
        dict(day=date(1900, 1, 1)),
        dict(day=date(2100, 12, 31)),
    ):
        stored = checkins.save(_checkin(**values))
        assert checkins.get(stored.day) == stored
    assert checkins.get(DAY).sleep_hours == 24.0  # type: ignore[union-attr]


def test_note_is_kept_to_one_line(checkins: CheckInRepository) -> None:
    stored = checkins.save(_checkin(note="  first line\nsecond\tline  "))
    assert stored.note == "first line second line"
    assert checkins.get(DAY) == stored


@pytest.mark.parametrize(
    "change",
    [
        {"mood": 11},
        {"mood": -1},
        {"stress": 100},
        {"craving": -5},
        {"mood": 5.5},
        {"mood": "5"},
        {"mood": True},
        {"hungry": 1},
        {"tired": "yes"},
        {"sleep_hours": -0.5},
        {"sleep_hours": 24.5},
        {"sleep_hours": math.nan},
        {"sleep_hours": math.inf},
        {"sleep_hours": "8"},
        {"sleep_hours": True},
        {"note": "x" * 281},
        {"note": None},
        {"day": date(1899, 12, 31)},
        {"day": date(2101, 1, 1)},
        {"day": datetime(2024, 3, 10, 12, 0)},
        {"day": "2024-03-10"},
    ],
)
def test_out_of_range_values_are_refused_and_nothing_changes(
    checkins: CheckInRepository, change: dict[str, Any]
) -> None:
    checkins.save(_checkin())
    with pytest.raises(InvalidCheckIn) as error:
        checkins.save(_checkin(**change))
    assert "\n" not in str(error.value) and str(error.value)
    assert checkins.get(DAY) == _checkin()


def test_delete(checkins: CheckInRepository) -> None:
    checkins.save(_checkin())
    assert checkins.delete(DAY) is True
    assert checkins.delete(DAY) is False
    assert checkins.get(DAY) is None

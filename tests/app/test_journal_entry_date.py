"""Changing an entry's date (app.journal.entry_date) on a real vault, and the Python
filter twin agreeing with the SQL one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.journal.entries import EntryRepository
from app.journal.entry_date import change_entry_date, matches
from app.journal.errors import EntryNotFound
from app.journal.model import EntryFilter
from app.journal.ops import ENTRIES, ENTRY_TEXT
from app.platform.errors import InvalidValue
from app.vault.vault import Vault

BERLIN = timezone(timedelta(hours=1))
START = datetime(2024, 5, 1, 9, 0, tzinfo=BERLIN)


def _ids(repo: EntryRepository, entry_filter: EntryFilter = EntryFilter()) -> list[int]:  # noqa: B008
    return [s.id for s in repo.page(entry_filter, after=None, limit=100)]


def test_a_new_date_moves_the_entry_in_the_list_calendar_and_day_filter(vault: Vault) -> None:
    repo = EntryRepository(vault.connection)
    first = repo.create(title="first", created=START)
    second = repo.create(title="second", created=START + timedelta(days=1))
    assert _ids(repo) == [second.id, first.id]

    result = change_entry_date(vault.connection, first.id, START + timedelta(days=5, hours=3))
    assert result.changes.touches(ENTRIES) and result.changes.touches(ENTRY_TEXT)
    assert result.value.created == START + timedelta(days=5, hours=3)
    assert result.value.created.utcoffset() == timedelta(hours=1), "the given offset is kept"
    assert result.value.title == "first"
    assert repo.get(first.id).created == START + timedelta(days=5, hours=3)
    # Newest first: it is now on top; its day moved in the calendar and day filters.
    assert _ids(repo) == [first.id, second.id]
    assert repo.days_with_entries(2024, 5) == {date(2024, 5, 2), date(2024, 5, 6)}
    day = EntryFilter(start=date(2024, 5, 6), end=date(2024, 5, 6))
    assert _ids(repo, day) == [first.id]


def test_a_naive_date_is_local_time_and_bad_dates_change_nothing(vault: Vault) -> None:
    repo = EntryRepository(vault.connection)
    entry = repo.create(title="t", created=START)
    moved = change_entry_date(vault.connection, entry.id, datetime(2023, 2, 3, 21, 30))
    assert moved.value.created.replace(tzinfo=None) == datetime(2023, 2, 3, 21, 30)
    assert moved.value.created.utcoffset() is not None

    with pytest.raises(InvalidValue):
        change_entry_date(vault.connection, entry.id, datetime(1850, 1, 1, tzinfo=BERLIN))
    assert repo.get(entry.id).created == moved.value.created
    with pytest.raises(EntryNotFound):
        change_entry_date(vault.connection, 999, START)


def test_matches_agrees_with_the_list_filter(vault: Vault) -> None:
    repo = EntryRepository(vault.connection)
    entries = [
        repo.create(title="a", tags=["Sleep"], created=START),
        repo.create(
            title="b", tags=["work"], bring_to_therapy=True, created=START + timedelta(days=1)
        ),
        repo.create(
            title="c", created=datetime(2024, 5, 2, 23, 30, tzinfo=timezone(timedelta(hours=-7)))
        ),
        repo.create(
            title="d",
            tags=["sleep", "work"],
            bring_to_therapy=True,
            created=START + timedelta(days=3),
        ),
    ]
    filters = [
        EntryFilter(),
        EntryFilter(tag="sleep"),
        EntryFilter(tag="SLEEP "),
        EntryFilter(tag="work", therapy_only=True),
        EntryFilter(therapy_only=True),
        EntryFilter(start=date(2024, 5, 2), end=date(2024, 5, 2)),
        EntryFilter(start=date(2024, 5, 3)),
        EntryFilter(end=date(2024, 5, 1)),
        EntryFilter(tag="x" * 200),
        EntryFilter(tag="nothing"),
    ]
    for entry_filter in filters:
        listed = set(_ids(repo, entry_filter))
        computed = {
            e.id
            for e in entries
            if matches(entry_filter, created=e.created, tags=e.tags, therapy=e.bring_to_therapy)
        }
        assert computed == listed, entry_filter

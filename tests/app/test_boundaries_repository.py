"""Boundaries and their logs in a real vault: round trips, archive, trash and purge,
the log's pages, and every refusal one plain sentence that changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

import pytest
from boundaries_helpers import NOW, TODAY, Clock, boundary, count, moment, snapshot

from app.boundaries.areas import BoundaryArea
from app.boundaries.errors import InvalidBoundary, NotFound
from app.boundaries.model import BoundaryDraft, Outcome, OutcomeCounts
from app.boundaries.repository import BoundaryRepository
from app.platform.errors import InvalidValue, UserError
from app.vault.vault import Vault

EMOJI_RTL = "אם תרים את הקול, אלך לנשום 🌊 — إذا رفعت صوتك سأخرج قليلاً 🙏🏽"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(vault: Vault, clock: Clock) -> BoundaryRepository:
    return BoundaryRepository(vault.connection, clock)


def _refused(
    repo: BoundaryRepository, vault: Vault, call: Any, kind: type[UserError] = InvalidBoundary
) -> str:
    """The call is refused with one plain line and nothing in the vault changes."""
    before = snapshot(vault.connection)
    with pytest.raises(kind) as raised:
        call()
    message = str(raised.value)
    assert message and "\n" not in message and message.endswith(".")
    assert snapshot(vault.connection) == before
    return message


# ----- boundaries -------------------------------------------------------------------


def test_a_boundary_round_trips(repo: BoundaryRepository, clock: Clock) -> None:
    made = repo.create(boundary(source_run_id=12, bring_to_therapy=True))
    assert made.area == "money" and made.statement.startswith("If I'm asked")
    assert made.need == "Keeping our savings steady." and made.rehearsal.startswith("I hear")
    assert made.bring_to_therapy and made.source_run_id == 12
    assert made.created == made.updated == NOW and made.archived_at is None
    assert repo.get(made.id) == made
    clock.advance(hours=1)
    changed = repo.update(made.id, replace(made.draft(), area="time"))
    assert changed.area == "time" and changed.updated == NOW + timedelta(hours=1)
    assert changed.created == NOW
    assert [s.boundary.id for s in repo.active()] == [made.id]


def test_the_statement_is_stripped_and_text_keeps_its_lines(repo: BoundaryRepository) -> None:
    made = repo.create(boundary(statement="  If so, I will go.\n", need="one\ntwo\x00"))
    assert made.statement == "If so, I will go."
    assert made.need == "one\ntwo"


def test_emoji_and_right_to_left_text_in_every_field(repo: BoundaryRepository) -> None:
    made = repo.create(boundary(statement=EMOJI_RTL, need=EMOJI_RTL, rehearsal=EMOJI_RTL))
    assert (made.statement, made.need, made.rehearsal) == (EMOJI_RTL,) * 3
    event = repo.log_event(made.id, moment(what_happened=EMOJI_RTL, next_time=EMOJI_RTL))
    assert repo.get_event(event.id).what_happened == EMOJI_RTL
    assert repo.get_event(event.id).next_time == EMOJI_RTL


def test_100_kb_texts_are_kept_whole(repo: BoundaryRepository) -> None:
    big = ("Ich höre dich. 🌿 " * 6000)[:100_000]
    made = repo.create(boundary(need=big, rehearsal=big, statement="x" * 2000))
    assert repo.get(made.id).need == big and len(repo.get(made.id).statement) == 2000
    event = repo.log_event(made.id, moment(what_happened=big, next_time=big))
    assert repo.get_event(event.id).what_happened == big


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"statement": ""}, 'A boundary needs a few words, like "If ..., I will ...".'),
        ({"statement": " \n\t "}, 'A boundary needs a few words, like "If ..., I will ...".'),
        ({"statement": "x" * 2001}, "A boundary can be at most 2,000 characters long."),
        ({"statement": None}, "The boundary must be text."),
        ({"area": "weekends"}, "Please choose an area from the list."),
        ({"area": None}, "Please choose an area from the list."),
        (
            {"need": "x" * 100_001},
            "The need behind a boundary can be at most 100,000 characters long.",
        ),
        ({"rehearsal": "x" * 100_001}, "The rehearsal can be at most 100,000 characters long."),
        ({"rehearsal": 5}, "The rehearsal must be text."),
        ({"bring_to_therapy": 1}, "'Bring to therapy' must be yes or no."),
        (
            {"source_run_id": "7"},
            "The exercise a boundary was built in must be given by its number.",
        ),
    ],
)
def test_a_bad_boundary_is_refused_in_one_line(
    repo: BoundaryRepository, vault: Vault, changes: dict[str, Any], message: str
) -> None:
    assert _refused(repo, vault, lambda: repo.create(boundary(**changes))) == message
    made = repo.create(boundary())
    assert _refused(repo, vault, lambda: repo.update(made.id, boundary(**changes))) == message


def test_refusals_are_invalid_values_that_never_repeat_the_text(
    repo: BoundaryRepository,
) -> None:
    secret = "my very private words " * 200
    with pytest.raises(InvalidValue) as raised:
        repo.create(boundary(statement=secret))
    assert isinstance(raised.value, InvalidBoundary)
    assert "private" not in str(raised.value)


def test_a_stored_area_that_left_the_content_is_kept_on_save(vault: Vault, clock: Clock) -> None:
    old = (BoundaryArea("weekends", "Weekends", "Saturdays and Sundays."),)
    made = BoundaryRepository(vault.connection, clock, old).create(boundary(area="weekends"))
    repo = BoundaryRepository(vault.connection, clock)  # the bundled areas, without it
    kept = repo.update(made.id, BoundaryDraft(area="weekends", statement="If x, I will y."))
    assert kept.area == "weekends"
    other = repo.create(boundary())
    with pytest.raises(InvalidBoundary):
        repo.update(other.id, boundary(area="weekends"))


def test_archive_and_unarchive_move_a_boundary_between_the_lists(
    repo: BoundaryRepository, clock: Clock
) -> None:
    first, second = repo.create(boundary()), repo.create(boundary(area="time"))
    clock.advance(days=1)
    archived = repo.archive(first.id)
    assert archived.archived and archived.archived_at == clock.now
    assert repo.archive(first.id) == archived  # twice changes nothing
    assert [s.boundary.id for s in repo.active()] == [second.id]
    assert [s.boundary.id for s in repo.archived()] == [first.id]
    repo.log_event(first.id, moment())  # an archived boundary's log stays open
    assert repo.unarchive(first.id).archived_at is None
    assert [s.boundary.id for s in repo.active()] == [second.id, first.id]
    assert repo.archived() == []


def test_the_list_carries_counts_and_the_last_moment(repo: BoundaryRepository) -> None:
    made = repo.create(boundary())
    assert repo.active()[0].counts == OutcomeCounts() and repo.active()[0].last_happened is None
    repo.log_event(made.id, moment(happened=date(2026, 3, 1), outcome=Outcome.BENT))
    repo.log_event(made.id, moment(happened=date(2026, 3, 3), at=time(21, 5)))
    repo.log_event(made.id, moment(happened=date(2026, 2, 20), outcome=Outcome.NOT_HELD))
    summary = repo.active()[0]
    assert summary.counts == OutcomeCounts(held=1, bent=1, not_held=1)
    assert summary.counts.share_held == pytest.approx(1 / 3)
    assert summary.last_happened == date(2026, 3, 3)


def test_unknown_ids_are_not_found_in_one_line(repo: BoundaryRepository, vault: Vault) -> None:
    for call in (
        lambda: repo.get(99),
        lambda: repo.update(99, boundary()),
        lambda: repo.archive(99),
        lambda: repo.trash(99),
        lambda: repo.restore(99),
        lambda: repo.purge(99),
        lambda: repo.log_event(99, moment()),
        lambda: repo.get_event(99),
        lambda: repo.update_event(99, moment()),
        lambda: repo.delete_event(99),
    ):
        _refused(repo, vault, call, NotFound)


# ----- trash ------------------------------------------------------------------------


def test_trash_hides_a_boundary_and_restore_brings_back_its_log(
    repo: BoundaryRepository, vault: Vault, clock: Clock
) -> None:
    made = repo.create(boundary())
    event = repo.log_event(made.id, moment())
    repo.trash(made.id)
    assert repo.get(made.id).deleted_at == NOW
    assert repo.active() == [] and repo.archived() == []
    assert [b.id for b in repo.in_trash()] == [made.id]
    assert repo.events_between(date(2026, 1, 1), TODAY) == []
    assert _refused(repo, vault, lambda: repo.log_event(made.id, moment()), NotFound) == (
        "That boundary no longer exists."
    )
    assert _refused(repo, vault, lambda: repo.archive(made.id), NotFound)
    # A late autosave of the builder still lands.
    assert repo.update(made.id, boundary(need="later")).need == "later"
    restored = repo.restore(made.id)
    assert restored.deleted_at is None and repo.events(made.id) == [repo.get_event(event.id)]


def test_purge_removes_the_log_with_the_boundary(repo: BoundaryRepository, vault: Vault) -> None:
    kept, gone = repo.create(boundary()), repo.create(boundary(area="time"))
    for day in range(1, 4):
        repo.log_event(kept.id, moment(happened=date(2026, 3, day)))
        repo.log_event(gone.id, moment(happened=date(2026, 3, day)))
    assert _refused(repo, vault, lambda: repo.purge(gone.id), NotFound) == (
        "That boundary isn't in the trash."
    )
    repo.trash(gone.id)
    repo.purge(gone.id)
    assert count(vault.connection, "boundaries") == 1
    assert count(vault.connection, "boundary_events", f"boundary_id = {gone.id}") == 0
    assert count(vault.connection, "boundary_events", f"boundary_id = {kept.id}") == 3


def test_purge_expired_keeps_boundaries_for_thirty_days(
    vault: Vault, repo: BoundaryRepository, clock: Clock
) -> None:
    old, recent = repo.create(boundary()), repo.create(boundary())
    repo.log_event(old.id, moment())
    repo.trash(old.id)
    clock.advance(days=10)
    repo.trash(recent.id)
    clock.advance(days=19, hours=23)
    assert repo.purge_expired() == 0
    clock.advance(hours=1)
    assert repo.purge_expired() == 1
    assert [b.id for b in repo.in_trash()] == [recent.id]
    assert count(vault.connection, "boundary_events") == 0


# ----- the log ----------------------------------------------------------------------


def test_a_moment_round_trips_with_and_without_a_time(repo: BoundaryRepository) -> None:
    made = repo.create(boundary())
    dated = repo.log_event(made.id, moment(outcome=Outcome.NOT_HELD, feeling=None))
    timed = repo.log_event(made.id, moment(at=time(21, 30, 59), outcome=Outcome.BENT))
    assert dated.at is None and dated.feeling is None and dated.outcome is Outcome.NOT_HELD
    assert timed.at == time(21, 30) and timed.happened == date(2026, 3, 2)
    assert timed.created == NOW
    changed = repo.update_event(timed.id, moment(happened=date(2026, 3, 3), feeling=0))
    assert (changed.happened, changed.at, changed.feeling) == (date(2026, 3, 3), None, 0)
    assert changed.created == NOW and changed.draft() == moment(
        happened=date(2026, 3, 3), feeling=0
    )
    repo.delete_event(dated.id)
    assert repo.events(made.id) == [changed]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"outcome": "kept"}, "Please choose whether the boundary held, bent or was not held."),
        ({"outcome": None}, "Please choose whether the boundary held, bent or was not held."),
        ({"feeling": 11}, "How you felt is a number from 0 to 10, or left empty."),
        ({"feeling": -1}, "How you felt is a number from 0 to 10, or left empty."),
        ({"feeling": True}, "How you felt is a number from 0 to 10, or left empty."),
        ({"feeling": 5.5}, "How you felt is a number from 0 to 10, or left empty."),
        (
            {"happened": TODAY + timedelta(days=2)},
            "A moment can be dated at most one day after today.",
        ),
        ({"happened": "2026-03-01"}, "The date of a moment must be a calendar date."),
        (
            {"happened": date(1800, 1, 1)},
            "The date of a moment must be between 1900 and 2100; it is 1800-01-01.",
        ),
        ({"at": "21:00"}, "The time of a moment must be a time of day, or left empty."),
        ({"what_happened": "x" * 100_001}, "What happened can be at most 100,000 characters long."),
        ({"next_time": b"bytes"}, "What you will try next time must be text."),
    ],
)
def test_a_bad_moment_is_refused_in_one_line(
    repo: BoundaryRepository, vault: Vault, changes: dict[str, Any], message: str
) -> None:
    made = repo.create(boundary())
    event = repo.log_event(made.id, moment())
    assert _refused(repo, vault, lambda: repo.log_event(made.id, moment(**changes))) == message
    assert _refused(repo, vault, lambda: repo.update_event(event.id, moment(**changes))) == message


def test_tomorrow_is_allowed_for_a_late_night_in_another_zone(repo: BoundaryRepository) -> None:
    made = repo.create(boundary())
    assert repo.log_event(made.id, moment(happened=TODAY + timedelta(days=1))).happened == (
        TODAY + timedelta(days=1)
    )


def test_the_log_pages_newest_first_without_gaps_or_repeats(repo: BoundaryRepository) -> None:
    made = repo.create(boundary())
    other = repo.create(boundary())
    logged = []
    for offset in range(12):
        day = TODAY - timedelta(days=offset // 3)
        at = None if offset % 3 == 0 else time(8 + offset, 0)
        logged.append(repo.log_event(made.id, moment(happened=day, at=at)))
    repo.log_event(other.id, moment())
    # Two moments on one day and time: the later logged comes first.
    logged.append(repo.log_event(made.id, moment(happened=TODAY, at=time(9, 0))))
    seen, before = [], None
    while page := repo.events(made.id, limit=5, before=before):
        seen += page
        before = BoundaryRepository.cursor_of(page[-1])
    assert len(seen) == len(logged) == len({e.id for e in seen})
    # Newest first; a day without a time comes just after (below) that day's times.
    keys = [(e.happened, e.at is not None, e.at or time.min, e.id) for e in seen]
    assert keys == sorted(keys, reverse=True)
    assert all(e.boundary_id == made.id for e in seen)


def test_counts_per_outcome_over_a_period(repo: BoundaryRepository) -> None:
    made = repo.create(boundary())
    for day, outcome, at in (
        (1, Outcome.HELD, None),
        (2, Outcome.HELD, time(23, 59)),
        (2, Outcome.BENT, None),
        (3, Outcome.NOT_HELD, time(0, 0)),
    ):
        repo.log_event(made.id, moment(happened=date(2026, 3, day), outcome=outcome, at=at))
    assert repo.counts(made.id) == OutcomeCounts(2, 1, 1)
    assert repo.counts(made.id, date(2026, 3, 2), date(2026, 3, 2)) == OutcomeCounts(1, 1, 0)
    assert repo.counts(made.id, start=date(2026, 3, 3)) == OutcomeCounts(0, 0, 1)
    assert repo.counts(made.id, end=date(2026, 3, 1)) == OutcomeCounts(1, 0, 0)

"""Bad input to sessions: refused with one plain sentence, the vault unchanged.

Also the edges that must be accepted (24 hours, 1970 and 2099, 100,000 characters) and
times across a daylight-saving change in New York.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sessions_helpers import (
    NY,
    Clock,
    assert_plain_sentence,
    at,
    count,
    draft,
    open_vault,
    refused,
)

from app.sessions import validation
from app.sessions.errors import InvalidSession
from app.sessions.model import (
    MAX_NOTES_CHARS,
    DeclineReason,
    Format,
    Partner,
    PartnerResponse,
    SessionDraft,
    Status,
)
from app.sessions.repository import ProviderRepository, SessionRepository
from app.vault.vault import Vault

EST = timedelta(hours=-5)
EDT = timedelta(hours=-4)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def repo(vault: Vault) -> SessionRepository:
    repo = SessionRepository(vault.connection, Clock())
    # A session already there, so "unchanged" means more than "still empty".
    repo.create(draft(start=at(1, 9), bring_up="earlier session"))
    return repo


def _stored(vault: Vault, session_id: int) -> tuple[str, str, str, str, int]:
    row = vault.connection.execute(
        "SELECT start, start_utc, start_day, end_utc, minutes FROM sessions WHERE id = ?",
        (session_id,),
    ).fetchone()
    return tuple(row)


# ----- the session's time and length ------------------------------------------------


def test_a_session_ending_before_it_starts_is_refused(
    vault: Vault, repo: SessionRepository
) -> None:
    bad = draft(start=at(2, 10), end=at(2, 9, 30))
    message = refused(vault.connection, lambda: repo.create(bad), "09:30", "9:30")
    assert message == validation.MESSAGE_ENDS_BEFORE_START
    # Saving an existing session with it is refused the same way.
    existing = repo.past()[0]
    assert refused(vault.connection, lambda: repo.save(existing.id, bad)) == message


def test_a_session_of_zero_minutes_is_refused(vault: Vault, repo: SessionRepository) -> None:
    by_minutes = refused(vault.connection, lambda: repo.create(draft(minutes=0)))
    by_end = refused(vault.connection, lambda: repo.create(draft(start=at(2), end=at(2))))
    negative = refused(vault.connection, lambda: repo.create(draft(minutes=-30)), "-30")
    # Half a minute rounds to nothing too.
    seconds = refused(
        vault.connection,
        lambda: repo.create(draft(start=at(2), end=at(2) + timedelta(seconds=29))),
    )
    assert by_minutes == by_end == negative == seconds == validation.MESSAGE_TOO_SHORT


def test_a_session_longer_than_24_hours_is_refused(vault: Vault, repo: SessionRepository) -> None:
    by_minutes = refused(vault.connection, lambda: repo.create(draft(minutes=1441)), "1441")
    by_end = refused(
        vault.connection,
        lambda: repo.create(draft(start=at(2), end=at(2) + timedelta(minutes=1441))),
        "1441",
    )
    assert by_minutes == by_end == validation.MESSAGE_TOO_LONG


def test_a_session_of_exactly_24_hours_is_allowed(vault: Vault, repo: SessionRepository) -> None:
    by_minutes = repo.create(draft(minutes=1440))
    by_end = repo.create(draft(start=at(5), minutes=None, end=at(6)))
    assert by_minutes.minutes == by_end.minutes == 1440
    assert by_minutes.end == at(3)
    assert _stored(vault, by_minutes.id)[3] == "2026-03-03T15:00:00.000000"


@pytest.mark.parametrize(
    "start",
    [
        datetime(1900, 1, 1, 10, 0),
        datetime(1900, 6, 1, 10, 0, tzinfo=NY),
        datetime(1969, 12, 31, 23, 59, tzinfo=NY),
        datetime(2100, 1, 1, 0, 0, tzinfo=NY),
        datetime(2100, 7, 4, 18, 0),
    ],
    ids=["1900-naive", "1900-new-york", "1969-last-minute", "2100-first-minute", "2100-naive"],
)
def test_sessions_dated_outside_1970_to_2099_are_refused(
    vault: Vault, repo: SessionRepository, start: datetime
) -> None:
    message = refused(
        vault.connection, lambda: repo.create(draft(start=start)), str(start.year), "1969-12-31"
    )
    assert message == validation.MESSAGE_DATE_RANGE


@pytest.mark.parametrize(
    "start",
    [
        datetime(1, 1, 1, 0, 0),
        datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=5))),
        datetime(9999, 12, 31, 23, 0),
        datetime(9999, 12, 31, 23, 0, tzinfo=NY),
    ],
    ids=["year-1-naive", "year-1-east", "year-9999-naive", "year-9999-west"],
)
def test_far_off_years_are_refused_with_a_sentence_not_a_crash(
    vault: Vault, repo: SessionRepository, start: datetime
) -> None:
    # These overflowed datetime.astimezone() (OverflowError/ValueError) before the fix.
    typed = start.date().isoformat()
    message = refused(vault.connection, lambda: repo.create(draft(start=start)), typed)
    assert message == validation.MESSAGE_DATE_RANGE
    with pytest.raises(InvalidSession):
        repo.overlapping_time(start, 60)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (datetime(9999, 12, 31, 23, 0, tzinfo=NY), validation.MESSAGE_TOO_LONG),
        (datetime(9999, 12, 31, 23, 0), validation.MESSAGE_TOO_LONG),
        (datetime(1, 1, 1, 0, 0), validation.MESSAGE_ENDS_BEFORE_START),
        (datetime(2026, 3, 5, 10, 0, tzinfo=NY), validation.MESSAGE_TOO_LONG),
        (datetime(2026, 2, 27, 10, 0, tzinfo=NY), validation.MESSAGE_ENDS_BEFORE_START),
    ],
)
def test_an_end_days_away_is_refused_with_a_sentence(
    vault: Vault, repo: SessionRepository, end: datetime, expected: str
) -> None:
    bad = draft(start=at(2), minutes=None, end=end)
    assert refused(vault.connection, lambda: repo.create(bad)) == expected


def test_an_end_given_in_a_far_off_offset_counts_the_real_time_between(
    repo: SessionRepository,
) -> None:
    # Three calendar days apart on paper, 22 hours and a minute in real time.
    start = datetime(2026, 3, 2, 23, 59, tzinfo=timezone(timedelta(hours=-12)))
    end = datetime(2026, 3, 5, 0, 0, tzinfo=timezone(timedelta(hours=14)))
    session = repo.create(draft(start=start, minutes=None, end=end))
    assert session.minutes == 22 * 60 + 1
    assert session.start.utcoffset() == timedelta(hours=-12)


def test_the_first_and_last_allowed_days_are_kept(vault: Vault, repo: SessionRepository) -> None:
    first = repo.create(draft(start=datetime(1970, 1, 1, 0, 0, tzinfo=NY)))
    last = repo.create(draft(start=datetime(2099, 12, 31, 23, 0, tzinfo=NY), minutes=60))
    utc_first = repo.create(draft(start=datetime(1970, 1, 1, 0, 0, tzinfo=UTC)))
    assert first.start == datetime(1970, 1, 1, 0, 0, tzinfo=timezone(EST))
    assert last.start.date() == date(2099, 12, 31)
    assert last.end == datetime(2100, 1, 1, 0, 0, tzinfo=timezone(EST))
    assert _stored(vault, first.id)[2] == "1970-01-01"
    assert _stored(vault, last.id)[2] == "2099-12-31"
    assert _stored(vault, utc_first.id)[1] == "1970-01-01T00:00:00.000000"
    assert [s.id for s in repo.between(date(1970, 1, 1), date(1970, 1, 1))] == [
        utc_first.id,
        first.id,
    ]
    assert [s.id for s in repo.month(2099, 12)] == [last.id]


# ----- daylight saving (America/New_York: 8 March 2026 and 1 November 2026) ---------


def test_a_session_across_the_spring_change_lasts_its_real_length(
    vault: Vault, repo: SessionRepository
) -> None:
    session = repo.create(draft(start=datetime(2026, 3, 8, 1, 30, tzinfo=NY), minutes=60))
    assert session.start.utcoffset() == EST
    assert session.minutes == 60
    assert session.end - session.start == timedelta(minutes=60)
    wall_end = session.end.astimezone(NY)
    assert (wall_end.hour, wall_end.minute, wall_end.utcoffset()) == (3, 30, EDT)
    assert _stored(vault, session.id) == (
        "2026-03-08T01:30:00-05:00",
        "2026-03-08T06:30:00.000000",
        "2026-03-08",
        "2026-03-08T07:30:00.000000",
        60,
    )
    # Given as an end on the wall clock, the length is the real time between the two.
    by_end = repo.create(
        draft(
            start=datetime(2026, 3, 8, 1, 30, tzinfo=NY),
            minutes=None,
            end=datetime(2026, 3, 8, 3, 30, tzinfo=NY),
        )
    )
    assert by_end.minutes == 60


def test_a_start_in_the_skipped_hour_becomes_the_real_moment_after(
    vault: Vault, repo: SessionRepository
) -> None:
    session = repo.create(draft(start=datetime(2026, 3, 8, 2, 30, tzinfo=NY), minutes=45))
    assert (session.start.hour, session.start.minute) == (3, 30)
    assert session.start.utcoffset() == EDT
    assert session.start == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert session.end == datetime(2026, 3, 8, 8, 15, tzinfo=UTC)


def test_a_session_across_the_autumn_change_lasts_its_real_length(
    vault: Vault, repo: SessionRepository
) -> None:
    # 01:30 happens twice on 1 November; fold=0 is the first (daylight) one.
    session = repo.create(draft(start=datetime(2026, 11, 1, 1, 30, tzinfo=NY), minutes=60))
    assert session.start.utcoffset() == EDT
    wall_end = session.end.astimezone(NY)
    assert (wall_end.hour, wall_end.minute, wall_end.utcoffset()) == (1, 30, EST)


def test_start_times_keep_whole_minutes_and_their_offset(
    vault: Vault, repo: SessionRepository
) -> None:
    session = repo.create(draft(start=datetime(2026, 7, 1, 18, 0, 42, 123, tzinfo=NY)))
    assert session.start == datetime(2026, 7, 1, 18, 0, tzinfo=timezone(EDT))
    assert _stored(vault, session.id)[0] == "2026-07-01T18:00:00-04:00"


# ----- overlaps -----------------------------------------------------------------------


def test_overlapping_sessions_are_allowed_and_found(vault: Vault, repo: SessionRepository) -> None:
    a = repo.create(draft(start=at(10, 10), minutes=60))
    b = repo.create(draft(start=at(10, 10, 30), minutes=60))  # overlaps a
    c = repo.create(draft(start=at(10, 11), minutes=60))  # touches a's end, overlaps b
    d = repo.create(draft(start=at(10, 9), minutes=60))  # ends as a starts
    cancelled = repo.create(draft(start=at(10, 10, 15), minutes=30, status=Status.CANCELLED))
    trashed = repo.create(draft(start=at(10, 10, 20), minutes=30))
    repo.delete(trashed.id)

    assert [s.id for s in repo.overlapping(a.id)] == [b.id]
    assert [s.id for s in repo.overlapping(b.id)] == [a.id, c.id]
    assert [s.id for s in repo.overlapping(c.id)] == [b.id]
    assert repo.overlapping(d.id) == []
    # The cancelled one still sees the live ones it overlaps; nobody sees it.
    assert [s.id for s in repo.overlapping(cancelled.id)] == [a.id, b.id]
    # Before a form is saved: every overlap, nothing excluded.
    assert [s.id for s in repo.overlapping_time(at(10, 10), 60)] == [a.id, b.id]
    assert [s.id for s in repo.overlapping_time(at(10, 9, 59), 1)] == [d.id]
    assert repo.overlapping_time(at(10, 12), 30) == []
    assert [s.id for s in repo.overlapping_time(at(10, 10), 60, exclude=a.id)] == [b.id]


def test_a_day_long_session_overlaps_the_next_morning(
    vault: Vault, repo: SessionRepository
) -> None:
    long = repo.create(draft(start=at(11, 10, 30), minutes=1440))
    assert [s.id for s in repo.overlapping_time(at(12, 10), 60)] == [long.id]
    assert repo.overlapping_time(at(12, 10, 30), 60) == []


# ----- notes up to 100,000 characters ---------------------------------------------------


def test_notes_of_exactly_100000_characters_are_kept(vault: Vault, repo: SessionRepository) -> None:
    bring_up = ("Line one.\n" * 10_000)[:MAX_NOTES_CHARS]
    takeaways = "é" * MAX_NOTES_CHARS
    assert len(bring_up) == len(takeaways) == 100_000
    session = repo.create(draft(bring_up=bring_up, takeaways=takeaways))
    assert repo.get(session.id).bring_up == bring_up
    assert repo.get(session.id).takeaways == takeaways
    repo.set_notes(session.id, takeaways="z" * MAX_NOTES_CHARS)
    assert len(repo.get(session.id).takeaways) == 100_000


@pytest.mark.parametrize("field", ["bring_up", "takeaways"])
def test_notes_of_100001_characters_are_refused(
    vault: Vault, repo: SessionRepository, field: str
) -> None:
    too_long = "Secret words " + "q" * (MAX_NOTES_CHARS + 1 - 13)
    assert len(too_long) == 100_001
    by_create = refused(vault.connection, lambda: repo.create(draft(**{field: too_long})), "Secret")
    assert by_create.endswith("can be at most 100,000 characters long.")
    existing = repo.past()[0]
    refused(vault.connection, lambda: repo.set_notes(existing.id, **{field: too_long}), "Secret")
    refused(
        vault.connection,
        lambda: repo.save(existing.id, draft(**{field: too_long})),
        "Secret",
    )
    assert repo.get(existing.id).bring_up == "earlier session"


def test_provider_notes_have_the_same_limit(vault: Vault) -> None:
    providers = ProviderRepository(vault.connection, Clock())
    kept = providers.add("Dr. Rivera", notes="n" * MAX_NOTES_CHARS)
    assert len(kept.notes) == MAX_NOTES_CHARS
    refused(vault.connection, lambda: providers.add("Dr. Chen", notes="n" * (MAX_NOTES_CHARS + 1)))
    assert count(vault.connection, "session_providers") == 1


# ----- every other field ------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        SessionDraft(start="2026-03-02 10:00"),
        SessionDraft(start=at(2), minutes=None),
        SessionDraft(start=at(2), minutes=1.5),
        SessionDraft(start=at(2), minutes=True),
        SessionDraft(start=at(2), end="noon"),
        SessionDraft(start=at(2), kind_id="bowling-night"),
        SessionDraft(start=at(2), kind_id=None),
        SessionDraft(start=at(2), format="carrier-pigeon"),
        SessionDraft(start=at(2), status="postponed"),
        SessionDraft(start=at(2), feeling_before=11),
        SessionDraft(start=at(2), feeling_after=-1),
        SessionDraft(start=at(2), feeling_after=False),
        SessionDraft(start=at(2), provider_id="Dr. Rivera"),
        SessionDraft(start=at(2), provider_text="Dr. Rivera " * 30),
        SessionDraft(start=at(2), bring_up=None),
        SessionDraft(start=at(2), partner="declined"),
        SessionDraft(start=at(2), partner=Partner("shrugged")),
        SessionDraft(
            start=at(2),
            partner=Partner(PartnerResponse.DECLINED, "too busy"),
        ),
        SessionDraft(
            start=at(2),
            partner=Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "w" * 501),
        ),
    ],
)
def test_every_bad_field_is_refused_with_a_plain_sentence(
    vault: Vault, repo: SessionRepository, bad: SessionDraft
) -> None:
    refused(vault.connection, lambda: repo.create(bad), "bowling", "pigeon", "Rivera", "busy")


def test_a_provider_that_no_longer_exists_is_refused(vault: Vault, repo: SessionRepository) -> None:
    from app.sessions.errors import NotFound

    message = refused(vault.connection, lambda: repo.create(draft(provider_id=999)), error=NotFound)
    assert message == "That provider no longer exists."


def test_feelings_accept_0_to_10_and_empty(vault: Vault, repo: SessionRepository) -> None:
    session = repo.create(draft(feeling_before=0, feeling_after=10))
    assert (session.feeling_before, session.feeling_after) == (0, 10)
    session = repo.set_feelings(session.id, None, 5)
    assert (session.feeling_before, session.feeling_after) == (None, 5)
    refused(vault.connection, lambda: repo.set_feelings(session.id, 4, 11))
    assert repo.get(session.id).feeling_after == 5


def test_one_line_fields_are_tidied_and_notes_keep_their_lines(
    vault: Vault, repo: SessionRepository
) -> None:
    session = repo.create(
        draft(
            provider_text="  Harbor \n  Clinic\t",
            bring_up="First\n\nSecond\x00\x07",
            format=Format.PHONE,
        )
    )
    assert session.provider_text == "Harbor Clinic"
    assert session.bring_up == "First\n\nSecond"
    assert session.format is Format.PHONE


def test_messages_never_hold_the_persons_words() -> None:
    words = "My secret words"
    for call in (
        lambda: validation.homework_text(words * 100),
        lambda: validation.topic_text(words * 100),
        lambda: validation.line(words * 100, "A provider's name", 200),
        lambda: validation.source("Entry!", words),
    ):
        with pytest.raises(InvalidSession) as caught:
            call()
        assert_plain_sentence(str(caught.value), "secret", "Entry!")

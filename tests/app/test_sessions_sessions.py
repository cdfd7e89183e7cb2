"""Sessions on a real SQLCipher vault: every field, the partner's answer, the trash,
providers, entry links, and every list (upcoming, unmarked, past pages, month)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sessions_helpers import NOW, NY, Clock, at, count, draft, open_vault, refused

from app.journal.entries import EntryRepository
from app.sessions import kinds as session_kinds
from app.sessions.bring_up import TopicRepository
from app.sessions.errors import NotFound, SessionsError
from app.sessions.homework import HomeworkRepository
from app.sessions.model import (
    TRASH_DAYS,
    DeclineReason,
    DeletionInfo,
    Format,
    Partner,
    PartnerResponse,
    SessionDraft,
    SessionFilter,
    SessionSummary,
    Status,
)
from app.sessions.partner import REASON_LABELS, RESPONSE_LABELS, PartnerHistory
from app.sessions.repository import MAX_PAGE, ProviderRepository, SessionRepository
from app.vault.vault import Vault

EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(vault: Vault, clock: Clock) -> SessionRepository:
    return SessionRepository(vault.connection, clock)


@pytest.fixture
def providers(vault: Vault, clock: Clock) -> ProviderRepository:
    return ProviderRepository(vault.connection, clock)


# ----- every field ------------------------------------------------------------------


def test_create_save_and_get_round_trip_every_field(
    vault: Vault, repo: SessionRepository, providers: ProviderRepository, clock: Clock
) -> None:
    rivera = providers.add("Dr. Rivera", "Therapist", "Tuesdays only")
    full = SessionDraft(
        start=datetime(2026, 2, 24, 17, 45, tzinfo=NY),
        minutes=50,
        kind_id="couples-session",
        format=Format.IN_PERSON,
        status=Status.ATTENDED,
        provider_id=rivera.id,
        provider_text="Harbor Clinic",
        bring_up="The argument on Sunday.\nAnd sleep.",
        takeaways="Boundaries can be kind.",
        feeling_before=3,
        feeling_after=8,
        partner=Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "Maybe in spring"),
    )
    created = repo.create(full)
    assert created.start == datetime(2026, 2, 24, 17, 45, tzinfo=EST)
    assert (created.minutes, created.end) == (50, datetime(2026, 2, 24, 18, 35, tzinfo=EST))
    assert created.kind_id == "couples-session"
    assert created.format is Format.IN_PERSON
    assert created.status is Status.ATTENDED
    assert (created.provider_id, created.provider_name) == (rivera.id, "Dr. Rivera")
    assert created.provider_text == "Harbor Clinic"
    assert created.bring_up == "The argument on Sunday.\nAnd sleep."
    assert created.takeaways == "Boundaries can be kind."
    assert (created.feeling_before, created.feeling_after) == (3, 8)
    assert created.partner == Partner(
        PartnerResponse.DECLINED, DeclineReason.OTHER, "Maybe in spring"
    )
    assert (created.schedule_id, created.changed, created.deleted_at) == (None, False, None)
    assert created.created == created.edited == NOW
    assert repo.get(created.id) == created
    # The draft of a session saves back to the same session.
    assert created.draft() == full
    clock.advance(hours=1)
    same = repo.save(created.id, created.draft())
    assert same == replace(created, edited=NOW + timedelta(hours=1))

    changed = SessionDraft(
        start=datetime(2026, 7, 1, 9, 0, tzinfo=NY),
        end=datetime(2026, 7, 1, 10, 30, tzinfo=NY),
        kind_id="medication",
        format=Format.PHONE,
        status=Status.MISSED,
        provider_id=None,
        provider_text="",
        bring_up="",
        takeaways="",
        feeling_before=None,
        feeling_after=None,
        partner=Partner(),
    )
    saved = repo.save(created.id, changed)
    assert saved.start == datetime(2026, 7, 1, 9, 0, tzinfo=EDT)
    assert saved.minutes == 90
    assert (saved.kind_id, saved.format, saved.status) == (
        "medication",
        Format.PHONE,
        Status.MISSED,
    )
    assert (saved.provider_id, saved.provider_name, saved.provider_text) == (None, "", "")
    assert (saved.bring_up, saved.takeaways) == ("", "")
    assert (saved.feeling_before, saved.feeling_after) == (None, None)
    assert saved.partner == Partner()
    assert saved.created == NOW and saved.edited == NOW + timedelta(hours=1)
    assert saved.changed is False  # not a schedule's session: nothing to mark
    assert repo.get(created.id) == saved
    row = vault.connection.execute(
        "SELECT start_utc, start_day, end_utc FROM sessions WHERE id = ?", (created.id,)
    ).fetchone()
    assert tuple(row) == ("2026-07-01T13:00:00.000000", "2026-07-01", "2026-07-01T14:30:00.000000")


def test_the_single_field_setters(repo: SessionRepository, clock: Clock) -> None:
    session = repo.create(draft(bring_up="before", takeaways="kept"))
    clock.advance(minutes=5)
    assert repo.set_status(session.id, Status.ATTENDED).status is Status.ATTENDED
    noted = repo.set_notes(session.id, bring_up="after")
    assert (noted.bring_up, noted.takeaways) == ("after", "kept")
    assert repo.set_notes(session.id, takeaways="").takeaways == ""
    assert repo.set_notes(session.id).bring_up == "after"
    assert repo.set_feelings(session.id, 2, 9).feeling_after == 9
    answered = repo.set_partner(session.id, Partner(PartnerResponse.CAME))
    assert answered.partner == Partner(PartnerResponse.CAME)
    assert answered.edited == NOW + timedelta(minutes=5)
    for call in (
        lambda: repo.set_status(999, Status.MISSED),
        lambda: repo.set_notes(999, bring_up="x"),
        lambda: repo.set_feelings(999, 1, 1),
        lambda: repo.set_partner(999, Partner()),
        lambda: repo.get(999),
        lambda: repo.save(999, draft()),
    ):
        with pytest.raises(NotFound, match=r"^That session no longer exists\.$"):
            call()


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (Partner(PartnerResponse.NOT_ASKED), Partner()),
        (Partner(PartnerResponse.CAME, DeclineReason.HURT, "words"), Partner(PartnerResponse.CAME)),
        (Partner(PartnerResponse.MAYBE, DeclineReason.OTHER, "w"), Partner(PartnerResponse.MAYBE)),
        (Partner(PartnerResponse.INVITED, None, "words"), Partner(PartnerResponse.INVITED)),
        (Partner(PartnerResponse.DECLINED), Partner(PartnerResponse.DECLINED)),
        (
            Partner(PartnerResponse.DECLINED, DeclineReason.PRIVACY, "dropped"),
            Partner(PartnerResponse.DECLINED, DeclineReason.PRIVACY),
        ),
        (
            Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "  Not\nthis month  "),
            Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "Not this month"),
        ),
        (
            Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, ""),
            Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, ""),
        ),
    ],
)
def test_partner_answers_keep_a_reason_only_when_declined_and_words_only_with_other(
    repo: SessionRepository, given: Partner, kept: Partner
) -> None:
    assert repo.create(draft(partner=given)).partner == kept
    session = repo.create(draft(start=at(3)))
    assert repo.set_partner(session.id, given).partner == kept
    assert repo.get(session.id).partner == kept


def test_partner_words_are_limited_to_500_characters(vault: Vault, repo: SessionRepository) -> None:
    words = "x" * 500
    ok = Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, words)
    assert repo.create(draft(partner=ok)).partner.words == words
    too_long = Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, words + "y")
    refused(vault.connection, lambda: repo.create(draft(partner=too_long)))


def test_a_kind_that_left_the_content_is_kept_and_shows_as_other(
    vault: Vault, clock: Clock
) -> None:
    old_kinds = [*session_kinds.bundled_kinds(), session_kinds.SessionKind("art", "Art", "A.")]
    old = SessionRepository(vault.connection, clock, old_kinds)
    session = old.create(draft(kind_id="art"))
    new = SessionRepository(vault.connection, clock)
    assert new.get(session.id).kind_id == "art"
    assert session_kinds.resolve("art").id == "other"
    # Saved again (say, new notes): the stored kind stays; choosing it anew does not.
    saved = new.save(session.id, new.get(session.id).draft())
    assert saved.kind_id == "art"
    other = new.create(draft(start=at(3)))
    refused(vault.connection, lambda: new.save(other.id, draft(start=at(3), kind_id="art")))


# ----- the trash ------------------------------------------------------------------------


def test_deleting_a_session_reports_what_goes_with_it_and_restore_brings_it_back(
    vault: Vault, repo: SessionRepository, clock: Clock
) -> None:
    homework = HomeworkRepository(vault.connection, clock)
    topics = TopicRepository(vault.connection, clock)
    entries = EntryRepository(vault.connection, clock)
    session = repo.create(draft(start=at(3, 10), status=Status.ATTENDED))
    other = repo.create(draft(start=at(3, 15)))
    items = [homework.add(session.id, f"Task {n}", at(6).date()) for n in range(3)]
    homework.set_done(items[0].id, True)
    homework.add(other.id, "Elsewhere")
    ticked = topics.tick_off(topics.add("Sleep").id, session.id)
    waiting = topics.add("Work stress")
    entry = entries.create(title="After group", body="Felt lighter.")
    repo.link_entry(session.id, entry.id)

    info = DeletionInfo(homework=3, open_homework=2, topics=1, entries=1)
    assert repo.deletion_info(session.id) == info
    assert repo.delete(session.id) == info
    trashed = repo.get(session.id)
    assert trashed.deleted_at == NOW
    assert [s.id for s in repo.trash()] == [session.id]
    assert [s.id for s in repo.between(at(1).date(), at(31).date())] == [other.id]
    assert _ids(repo.past()) == [other.id]
    assert [i.id for i in homework.today(at(6).date()).due_today] == []
    with pytest.raises(NotFound):
        homework.get(items[1].id)
    assert [t.id for t in topics.open_topics()] == [waiting.id]
    assert repo.sessions_for_entry(entry.id) == []
    # Deleting again changes nothing.
    assert repo.delete(session.id) == info
    assert repo.get(session.id).deleted_at == NOW

    repo.restore(session.id)
    assert repo.get(session.id).deleted_at is None
    assert repo.trash() == []
    assert [i.id for i in homework.today(at(6).date()).due_today] == [
        items[1].id,
        items[2].id,
    ]
    assert [t.id for t in topics.for_session(session.id)] == [waiting.id, ticked.id]
    assert [s.id for s in repo.sessions_for_entry(entry.id)] == [session.id]
    assert repo.detail(session.id).entry_ids == (entry.id,)


def test_a_late_save_reaches_a_session_in_the_trash(
    vault: Vault, repo: SessionRepository, clock: Clock
) -> None:
    session = repo.create(draft(bring_up="first words"))
    repo.delete(session.id)
    clock.advance(seconds=2)
    saved = repo.save(session.id, replace(session.draft(), bring_up="late autosave"))
    assert (saved.bring_up, saved.deleted_at) == ("late autosave", NOW)
    assert [s.id for s in repo.trash()] == [session.id]
    assert repo.detail(session.id).session == saved
    # So does the notes' autosave path.
    late = repo.set_notes(session.id, takeaways="later still")
    assert (late.takeaways, late.deleted_at) == ("later still", NOW)
    # The other single-field setters treat a session in the trash as gone.
    for call in (
        lambda: repo.set_status(session.id, Status.ATTENDED),
        lambda: repo.set_feelings(session.id, 1, 2),
        lambda: repo.set_partner(session.id, Partner(PartnerResponse.CAME)),
        lambda: repo.link_entry(session.id, 1),
    ):
        refused(vault.connection, call, error=NotFound)


def test_purge_removes_a_session_with_everything_that_went_with_it(
    vault: Vault, repo: SessionRepository, clock: Clock
) -> None:
    homework = HomeworkRepository(vault.connection, clock)
    topics = TopicRepository(vault.connection, clock)
    entries = EntryRepository(vault.connection, clock)
    session = repo.create(draft())
    kept = repo.create(draft(start=at(3)))
    homework.add(session.id, "One")
    homework.add(kept.id, "Two")
    topics.tick_off(topics.add("Brought up").id, session.id)
    entry = entries.create(body="Stays.")
    repo.link_entry(session.id, entry.id)

    with pytest.raises(NotFound, match=r"^That session isn't in the trash\.$"):
        repo.purge(session.id)
    with pytest.raises(NotFound, match=r"^That session no longer exists\.$"):
        repo.purge(999)
    repo.delete(session.id)
    repo.purge(session.id)
    with pytest.raises(NotFound):
        repo.get(session.id)
    with pytest.raises(NotFound):
        repo.restore(session.id)
    connection = vault.connection
    assert count(connection, "sessions") == 1
    assert count(connection, "session_homework") == 1
    assert count(connection, "session_topics") == 0
    assert count(connection, "session_entries") == 0
    assert entries.get(entry.id).body == "Stays."


def test_purge_expired_waits_30_days_by_the_clock(
    vault: Vault, repo: SessionRepository, clock: Clock
) -> None:
    homework = HomeworkRepository(vault.connection, clock)
    first = repo.create(draft())
    homework.add(first.id, "Goes with it")
    second = repo.create(draft(start=at(3)))
    repo.delete(first.id)
    clock.advance(days=10)
    repo.delete(second.id)
    clock.advance(days=TRASH_DAYS - 10, seconds=-1)
    assert repo.purge_expired() == 0
    clock.advance(seconds=1)
    assert repo.purge_expired() == 1
    assert [s.id for s in repo.trash()] == [second.id]
    assert count(vault.connection, "session_homework") == 0
    assert repo.purge_expired(now=clock.now + timedelta(days=10)) == 1
    assert count(vault.connection, "sessions") == 0


def test_a_thousand_homework_items_on_one_session(
    vault: Vault, repo: SessionRepository, clock: Clock
) -> None:
    homework = HomeworkRepository(vault.connection, clock)
    session = repo.create(draft(start=at(3)))
    added = [homework.add(session.id, f"Step {n:04d}") for n in range(1000)]
    listed = homework.for_session(session.id)
    assert [i.text for i in listed] == [f"Step {n:04d}" for n in range(1000)]
    assert [i.id for i in listed] == [i.id for i in added]
    assert [i.id for i in repo.detail(session.id).homework] == [i.id for i in added]
    assert len(homework.today(at(4).date()).undated) == 1000
    assert repo.deletion_info(session.id) == DeletionInfo(1000, 1000, 0, 0)

    repo.delete(session.id)
    assert homework.today(at(4).date()).undated == ()
    assert homework.counts(at(1).date(), at(31).date()) == (0, 0)
    repo.restore(session.id)
    assert [i.id for i in homework.today(at(4).date()).undated] == [i.id for i in added]
    repo.delete(session.id)
    repo.purge(session.id)
    assert count(vault.connection, "session_homework") == 0


# ----- entry links ------------------------------------------------------------------------


def test_linking_journal_entries(vault: Vault, repo: SessionRepository, clock: Clock) -> None:
    entries = EntryRepository(vault.connection, clock)
    first = entries.create(body="One")
    second = entries.create(body="Two")
    session = repo.create(draft())
    repo.link_entry(session.id, second.id)
    repo.link_entry(session.id, first.id)
    repo.link_entry(session.id, first.id)  # twice changes nothing
    assert count(vault.connection, "session_entries") == 2
    assert repo.detail(session.id).entry_ids == (first.id, second.id)
    entries.delete(first.id)  # an entry in the trash is not shown
    assert repo.detail(session.id).entry_ids == (second.id,)
    with pytest.raises(NotFound, match=r"^That journal entry no longer exists\.$"):
        repo.link_entry(session.id, first.id)
    with pytest.raises(NotFound):
        repo.link_entry(999, second.id)
    repo.unlink_entry(session.id, second.id)
    assert repo.sessions_for_entry(second.id) == []


# ----- providers --------------------------------------------------------------------------


def test_providers_add_save_list_and_delete_keeping_the_name_on_sessions(
    vault: Vault, repo: SessionRepository, providers: ProviderRepository, clock: Clock
) -> None:
    rivera = providers.add("  Dr. Rivera ", "Therapist", "Prefers video.\nCall first.")
    assert (rivera.name, rivera.role, rivera.notes) == (
        "Dr. Rivera",
        "Therapist",
        "Prefers video.\nCall first.",
    )
    bay = providers.add("bay group")
    assert [p.name for p in providers.all()] == ["bay group", "Dr. Rivera"]
    clock.advance(hours=2)
    renamed = providers.save(rivera.id, "Dr. Ana Rivera", "Counselor", "")
    assert renamed.edited == NOW + timedelta(hours=2) and renamed.created == NOW
    linked = repo.create(draft(provider_id=rivera.id))
    with_text = repo.create(draft(start=at(3), provider_id=rivera.id, provider_text="Clinic B"))
    assert repo.get(linked.id).provider_name == "Dr. Ana Rivera"

    assert providers.delete(rivera.id) == 1
    kept = repo.get(linked.id)
    assert (kept.provider_id, kept.provider_name, kept.provider_text) == (
        None,
        "",
        "Dr. Ana Rivera",
    )
    other = repo.get(with_text.id)
    assert (other.provider_id, other.provider_text) == (None, "Clinic B")
    assert [p.id for p in providers.all()] == [bay.id]
    with pytest.raises(NotFound, match=r"^That provider no longer exists\.$"):
        providers.get(rivera.id)
    with pytest.raises(NotFound):
        providers.save(rivera.id, "x", "", "")
    with pytest.raises(NotFound):
        providers.delete(rivera.id)
    refused(vault.connection, lambda: providers.add("   "))
    refused(vault.connection, lambda: providers.add("n" * 201))
    refused(vault.connection, lambda: providers.save(bay.id, "", "", ""))


# ----- lists --------------------------------------------------------------------------------


def _ids(found: list[SessionSummary]) -> list[int]:
    return [s.id for s in found]


def test_upcoming_next_planned_and_unmarked(repo: SessionRepository, clock: Clock) -> None:
    # Now: Wednesday 4 March, 12:00.
    over = repo.create(draft(start=at(4, 9), minutes=60))  # planned, already over
    running = repo.create(draft(start=at(4, 11, 30), minutes=60))  # planned, not over
    later = repo.create(draft(start=at(6, 9)))
    soon = repo.create(draft(start=at(5, 9)))
    repo.create(draft(start=at(5, 10), status=Status.CANCELLED))
    repo.create(draft(start=at(5, 11), status=Status.ATTENDED))
    old = repo.create(draft(start=at(2, 9)))
    trashed = repo.create(draft(start=at(5, 12)))
    repo.delete(trashed.id)

    assert _ids(repo.upcoming()) == [running.id, soon.id, later.id]
    assert _ids(repo.upcoming(limit=2)) == [running.id, soon.id]
    next_one = repo.next_planned()
    assert next_one is not None and next_one.id == running.id
    assert _ids(repo.unmarked()) == [over.id, old.id]

    clock.advance(minutes=30)  # 12:30: the running one is over now
    assert _ids(repo.upcoming()) == [soon.id, later.id]
    assert _ids(repo.unmarked()) == [running.id, over.id, old.id]
    repo.set_status(over.id, Status.ATTENDED)
    assert _ids(repo.unmarked()) == [running.id, old.id]
    clock.advance(days=10)
    assert repo.next_planned() is None


def test_past_filters_by_kind_status_and_partner(vault: Vault, clock: Clock) -> None:
    kinds = [*session_kinds.bundled_kinds(), session_kinds.SessionKind("art", "Art", "A.")]
    SessionRepository(vault.connection, clock, kinds).create(
        draft(start=at(1, 8), kind_id="art", status=Status.ATTENDED)
    )
    repo = SessionRepository(vault.connection, clock)
    art = repo.past()[0]
    group = repo.create(draft(start=at(1, 9), kind_id="iop-group", status=Status.ATTENDED))
    other = repo.create(draft(start=at(1, 10), kind_id="other", status=Status.MISSED))
    couples = repo.create(
        draft(
            start=at(2, 10),
            kind_id="couples-session",
            status=Status.ATTENDED,
            partner=Partner(PartnerResponse.CAME),
        )
    )
    declined = repo.create(
        draft(
            start=at(3, 10),
            kind_id="individual-therapy",
            status=Status.CANCELLED,
            partner=Partner(PartnerResponse.DECLINED, DeclineReason.HURT),
        )
    )
    repo.create(draft(start=at(5, 10), kind_id="other"))  # not past yet

    assert _ids(repo.past()) == [declined.id, couples.id, other.id, group.id, art.id]
    assert _ids(repo.past(SessionFilter(kind_id="other"))) == [other.id, art.id]
    assert _ids(repo.past(SessionFilter(kind_id="iop-group"))) == [group.id]
    assert _ids(repo.past(SessionFilter(kind_id="art"))) == [art.id]
    assert _ids(repo.past(SessionFilter(status=Status.ATTENDED))) == [couples.id, group.id, art.id]
    assert _ids(repo.past(SessionFilter(partner=PartnerResponse.DECLINED))) == [declined.id]
    assert _ids(repo.past(SessionFilter(partner=PartnerResponse.NOT_ASKED))) == [
        other.id,
        group.id,
        art.id,
    ]
    both = SessionFilter(kind_id="other", status=Status.ATTENDED)
    assert _ids(repo.past(both)) == [art.id]
    assert repo.past(SessionFilter(kind_id="medication")) == []


def test_past_pages_with_cursors_have_no_gaps_and_no_duplicates(vault: Vault, clock: Clock) -> None:
    repo = SessionRepository(vault.connection, clock)
    start = datetime(2025, 9, 1, 8, 0, tzinfo=NY)  # across the November clock change
    made: list[int] = []
    for n in range(330):
        # Two sessions share each start time so ties are broken by id.
        when = start + timedelta(hours=9 * (n // 2))
        kind = "iop-group" if n % 3 == 0 else "individual-therapy"
        made.append(repo.create(draft(start=when, minutes=30, kind_id=kind)).id)
    repo.create(draft(start=NOW + timedelta(hours=1)))  # the future is not past
    expected = sorted(made, key=lambda i: (repo.get(i).start, i), reverse=True)

    def pages(filter: SessionFilter, size: int) -> list[int]:
        seen: list[int] = []
        after = None
        while True:
            page = repo.past(filter, after=after, limit=size)
            assert len(page) <= size
            seen += _ids(page)
            if len(page) < size:
                return seen
            after = repo.cursor_of(page[-1])

    assert pages(SessionFilter(), 37) == expected
    assert pages(SessionFilter(), 1) == expected
    assert pages(SessionFilter(), 330) == expected
    groups = [i for i in expected if repo.get(i).kind_id == "iop-group"]
    assert pages(SessionFilter(kind_id="iop-group"), 25) == groups
    assert len(groups) == 110
    assert len(repo.past(limit=10_000)) == 330 < MAX_PAGE
    assert repo.past(limit=0) == []


def test_month_and_between_use_the_local_start_date(repo: SessionRepository) -> None:
    late = repo.create(draft(start=datetime(2026, 2, 28, 23, 30, tzinfo=NY)))  # 04:30 UTC 1 Mar
    first = repo.create(draft(start=datetime(2026, 3, 1, 0, 0, tzinfo=NY)))
    last = repo.create(draft(start=datetime(2026, 3, 31, 23, 59, tzinfo=NY)))
    april = repo.create(draft(start=datetime(2026, 4, 1, 0, 0, tzinfo=NY)))
    cancelled = repo.create(draft(start=at(15), status=Status.CANCELLED))
    trashed = repo.create(draft(start=at(16)))
    repo.delete(trashed.id)
    assert _ids(repo.month(2026, 3)) == [first.id, cancelled.id, last.id]
    assert _ids(repo.month(2026, 2)) == [late.id]
    assert _ids(repo.between(date(2026, 2, 28), date(2026, 4, 1))) == [
        late.id,
        first.id,
        cancelled.id,
        last.id,
        april.id,
    ]
    assert repo.between(date(2026, 4, 2), date(2026, 3, 1)) == []
    assert repo.month(2027, 3) == []
    for year, month in ((2026, 13), (2026, 0), (1969, 12), (2100, 1)):
        with pytest.raises(SessionsError):
            repo.month(year, month)


# ----- the partner's history ------------------------------------------------------------------


def test_partner_history_and_summary(vault: Vault, repo: SessionRepository) -> None:
    declined_hurt = Partner(PartnerResponse.DECLINED, DeclineReason.HURT)
    words = Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "After the holidays")
    a = repo.create(draft(start=at(1), partner=Partner(PartnerResponse.INVITED)))
    b = repo.create(draft(start=at(2), partner=declined_hurt, kind_id="couples-session"))
    repo.create(draft(start=at(3)))  # not asked
    c = repo.create(draft(start=datetime(2026, 4, 2, 10, tzinfo=NY), partner=words))
    d = repo.create(draft(start=datetime(2026, 4, 9, 10, tzinfo=NY), partner=declined_hurt))
    e = repo.create(draft(start=datetime(2026, 4, 10, 10, tzinfo=NY), partner=Partner("came")))
    trashed = repo.create(draft(start=at(5), partner=Partner(PartnerResponse.CAME)))
    repo.delete(trashed.id)

    history = PartnerHistory(vault.connection)
    summary = history.summary()
    assert summary.invited == 5
    assert dict(summary.responses) == {
        PartnerResponse.NOT_ASKED: 1,
        PartnerResponse.INVITED: 1,
        PartnerResponse.CAME: 1,
        PartnerResponse.MAYBE: 0,
        PartnerResponse.DECLINED: 3,
    }
    assert dict(summary.reasons) == {
        DeclineReason.NO_NEED: 0,
        DeclineReason.VULNERABLE: 0,
        DeclineReason.HURT: 2,
        DeclineReason.PRIVACY: 0,
        DeclineReason.OURSELVES: 0,
        DeclineReason.OTHER: 1,
    }
    march = history.summary(date(2026, 3, 1), date(2026, 3, 31))
    assert march.invited == 2 and march.responses[PartnerResponse.NOT_ASKED] == 1

    moments = history.history()
    assert [m.session_id for m in moments] == [a.id, b.id, c.id, d.id, e.id]
    assert moments[1].day == date(2026, 3, 2) and moments[1].kind_id == "couples-session"
    assert (moments[1].response, moments[1].reason, moments[1].words) == (
        PartnerResponse.DECLINED,
        DeclineReason.HURT,
        "",
    )
    assert moments[2].words == "After the holidays"
    assert [m.session_id for m in history.history(date(2026, 4, 1), date(2026, 4, 9))] == [
        c.id,
        d.id,
    ]
    # Every response and reason has a neutral label.
    assert set(RESPONSE_LABELS) == set(PartnerResponse)
    assert set(REASON_LABELS) == set(DeclineReason)
    assert all(
        label and "\n" not in label
        for label in (*RESPONSE_LABELS.values(), *REASON_LABELS.values())
    )

"""Plans, attempts and the spacing setting in a real vault: round trips, the trash,
paging, the gentle pause before asking again, and every refusal one plain line that
changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any, cast

import pytest
from invitations_helpers import (
    EMOJI_RTL,
    NOW,
    TODAY,
    Clock,
    attempt,
    bulk_attempts,
    plan,
    snapshot,
)

from app.invitations import ops
from app.invitations.errors import InvalidInvitation, NotFound
from app.invitations.model import Answer, Calm, Halt, How
from app.invitations.repository import InvitationRepository
from app.platform.errors import UserError
from app.sessions.model import DeclineReason
from app.vault.vault import Vault


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(vault: Vault, clock: Clock) -> InvitationRepository:
    return InvitationRepository(vault.connection, clock)


def _refused(vault: Vault, call: Any, kind: type[UserError] = InvalidInvitation) -> str:
    before = snapshot(vault.connection)
    with pytest.raises(kind) as raised:
        call()
    message = str(raised.value)
    assert message and "\n" not in message and message.endswith(".")
    assert snapshot(vault.connection) == before
    return message


def test_a_plan_round_trips_and_changes(repo: InvitationRepository, clock: Clock) -> None:
    made = repo.create_plan(plan(halt=frozenset({Halt.TIRED, Halt.HUNGRY})))
    assert made.calm is Calm.YES and made.after_fight is False
    assert made.halt == {Halt.TIRED, Halt.HUNGRY}
    assert made.reasons == (DeclineReason.PRIVACY,) and made.offer == "one-session"
    assert made.created == made.updated == NOW
    assert repo.get_plan(made.id) == made
    clock.advance(hours=1)
    changed = repo.update_plan(
        made.id,
        replace(
            made.to_draft(),
            calm=None,
            after_fight=None,
            reasons=(DeclineReason.OTHER, DeclineReason.HURT),
            offer="",
        ),
    )
    assert changed.calm is None and changed.after_fight is None and changed.offer == ""
    # Stored in the enum's order, whatever order they were ticked in.
    assert changed.reasons == (DeclineReason.HURT, DeclineReason.OTHER)
    assert changed.updated == NOW + timedelta(hours=1)
    assert [s.plan.id for s in repo.plans()] == [made.id]


def test_long_emoji_and_right_to_left_text_is_kept_whole(repo: InvitationRepository) -> None:
    long = ("x" * 99_990) + "🌊🙏🏽"
    made = repo.create_plan(plan(draft=long, understanding=EMOJI_RTL, keep_doing=EMOJI_RTL))
    assert repo.get_plan(made.id).draft == long
    assert repo.get_plan(made.id).understanding == EMOJI_RTL
    stored = repo.log_attempt(attempt(their_words=EMOJI_RTL, next_step=long, plan_id=made.id))
    assert repo.get_attempt(stored.id).their_words == EMOJI_RTL
    assert repo.get_attempt(stored.id).next_step == long


def test_refusals_are_one_line_and_write_nothing(repo: InvitationRepository, vault: Vault) -> None:
    made = repo.create_plan(plan())
    repo.log_attempt(attempt())
    too_long = "x" * 100_001
    assert "100,000" in _refused(vault, lambda: repo.create_plan(plan(draft=too_long)))
    assert "100,000" in _refused(
        vault, lambda: repo.update_plan(made.id, plan(keep_doing=too_long))
    )
    assert "100,000" in _refused(vault, lambda: repo.log_attempt(attempt(their_words=too_long)))
    _refused(vault, lambda: repo.create_plan(plan(calm=cast(Calm, "maybe"))))
    _refused(vault, lambda: repo.create_plan(plan(halt=frozenset({cast(Halt, "sad")}))))
    _refused(vault, lambda: repo.create_plan(plan(reasons=(cast(DeclineReason, "denial"),))))
    _refused(vault, lambda: repo.create_plan(plan(offer="a-weekend-away")))
    _refused(vault, lambda: repo.create_plan(plan(after_fight=cast(bool, "yes"))))
    assert "what they answered" in _refused(
        vault, lambda: repo.log_attempt(attempt(answer=cast(Answer, "never")))
    )
    _refused(vault, lambda: repo.log_attempt(attempt(answer=cast(Answer, ""))))
    _refused(vault, lambda: repo.log_attempt(attempt(how=cast(How, "letter"))))
    _refused(vault, lambda: repo.log_attempt(attempt(reason=cast(DeclineReason, "blame"))))
    for feeling in (-1, 11, cast(int, 5.5), cast(int, True), cast(int, "5")):
        assert "0 to 10" in _refused(vault, lambda f=feeling: repo.log_attempt(attempt(feeling=f)))
    _refused(vault, lambda: repo.log_attempt(attempt(happened=TODAY + timedelta(days=2))))
    _refused(vault, lambda: repo.log_attempt(attempt(happened=cast(date, "2026-03-01"))))
    _refused(vault, lambda: repo.log_attempt(attempt(at=cast(time, "21:00"))))
    _refused(vault, lambda: repo.log_attempt(attempt(plan_id=999)), NotFound)
    for days in (-1, 366, cast(int, 2.5), cast(int, None)):
        _refused(vault, lambda d=days: repo.set_spacing_days(d))


def test_sql_checks_refuse_what_validation_would(vault: Vault) -> None:
    """The tables hold their own limits, for any writer that skips the repository."""
    import sqlcipher3

    bad = (
        "INSERT INTO invitation_attempts (happened, how, answer, created) VALUES"
        " ('2026-03-01', 'in_person', 'never', 'x')",
        "INSERT INTO invitation_attempts (happened, how, answer, feeling, created) VALUES"
        " ('2026-03-01', 'in_person', 'no', 11, 'x')",
        "INSERT INTO invitation_attempts (happened, how, answer, reason, created) VALUES"
        " ('2026-03-01', 'in_person', 'no', 'denial', 'x')",
        "INSERT INTO invitation_plans (created, updated, reasons) VALUES ('x', 'x', 'no need')",
        "INSERT INTO invitation_settings (id, spacing_days) VALUES (1, 400)",
    )
    for statement in bad:
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
            vault.connection.execute(statement)


def test_attempts_round_trip_edit_and_delete(repo: InvitationRepository) -> None:
    made = repo.create_plan(plan())
    stored = repo.log_attempt(
        attempt(plan_id=made.id, at=time(20, 15, 33), they_raised=True, feeling=None)
    )
    assert stored.at == time(20, 15) and stored.they_raised and stored.feeling is None
    assert stored.plan_id == made.id and stored.reason is DeclineReason.PRIVACY
    changed = repo.update_attempt(
        stored.id, replace(stored.to_draft(), answer=Answer.MAYBE, reason=None)
    )
    assert changed.answer is Answer.MAYBE and changed.reason is None
    assert repo.plans()[0].attempts == 1 and repo.plans()[0].last_asked == date(2026, 3, 2)
    repo.delete_attempt(stored.id)
    with pytest.raises(NotFound):
        repo.get_attempt(stored.id)
    with pytest.raises(NotFound):
        repo.delete_attempt(stored.id)


def test_the_trash_keeps_plans_30_days_and_attempts_stay(
    repo: InvitationRepository, clock: Clock
) -> None:
    made = repo.create_plan(plan())
    kept = repo.log_attempt(attempt(plan_id=made.id))
    repo.trash_plan(made.id)
    assert repo.plans() == [] and [p.id for p in repo.in_trash()] == [made.id]
    with pytest.raises(NotFound):
        repo.log_attempt(attempt(plan_id=made.id))
    repo.restore_plan(made.id)
    assert [s.plan.id for s in repo.plans()] == [made.id]
    repo.trash_plan(made.id)
    clock.advance(days=29)
    assert repo.purge_expired() == 0
    clock.advance(days=1)
    assert repo.purge_expired() == 1
    with pytest.raises(NotFound):
        repo.get_plan(made.id)
    # The attempt is history: it stays, without its plan.
    assert repo.get_attempt(kept.id).plan_id is None


def test_attempts_page_newest_first_without_gaps(repo: InvitationRepository, vault: Vault) -> None:
    bulk_attempts(vault.connection, 1000, TODAY)
    seen: list[int] = []
    page = repo.attempts(50)
    while page:
        seen += [a.id for a in page]
        page = repo.attempts(50, repo.cursor_of(page[-1]))
    assert len(seen) == len(set(seen)) == 1000
    keys = [repo.cursor_of(repo.get_attempt(i)) for i in seen[:60]]
    assert keys == sorted(keys, reverse=True)


def test_spacing_suggests_a_pause_unless_they_brought_it_up(
    repo: InvitationRepository, clock: Clock
) -> None:
    assert repo.spacing_days() == 14
    assert repo.spacing().until is None
    repo.log_attempt(attempt(happened=date(2026, 3, 2), answer=Answer.NOT_NOW))
    spacing = repo.spacing()
    assert spacing.until == date(2026, 3, 16)
    assert spacing.waiting(TODAY) and spacing.days_left(TODAY) == 12
    assert not spacing.waiting(date(2026, 3, 16))
    repo.set_spacing_days(30)
    assert repo.spacing().until == date(2026, 4, 1)
    repo.log_attempt(attempt(happened=date(2026, 3, 3), answer=Answer.NO, they_raised=True))
    assert repo.spacing().until is None  # they raised it: no waiting
    repo.log_attempt(attempt(happened=date(2026, 3, 4), answer=Answer.NOT_REACHED))
    assert repo.spacing().until is None  # we didn't get to it: nothing to wait for
    repo.set_spacing_days(0)
    repo.log_attempt(attempt(happened=date(2026, 3, 4), answer=Answer.NO))
    assert repo.spacing().until is None


def test_operations_say_what_changed(vault: Vault, clock: Clock) -> None:
    made = ops.create_plan(vault.connection, plan(), clock=clock)
    assert made.changes.touches(ops.PLANS)
    logged = ops.log_attempt(vault.connection, attempt(plan_id=made.value.id), clock=clock)
    assert logged.changes.touches(ops.ATTEMPTS)
    assert ops.set_spacing_days(vault.connection, 21).changes.touches(ops.SETTINGS)
    assert ops.purge_expired(vault.connection, clock=clock).changes.is_empty()
    before = snapshot(vault.connection)
    with pytest.raises(InvalidInvitation):
        ops.log_attempt(vault.connection, attempt(feeling=12), clock=clock)
    assert snapshot(vault.connection) == before

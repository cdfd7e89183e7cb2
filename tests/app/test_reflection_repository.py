"""Reflections, the values page and monthly check-ins in a real vault: round trips,
one check-in per month, the side-by-side order, and every refusal one plain line that
writes nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.reflection import ops
from app.reflection.errors import InvalidReflection, NotFound
from app.reflection.model import (
    Answer,
    CheckInDraft,
    Leaning,
    OptionAnswer,
    ReflectionDraft,
    ValuesDraft,
)
from app.reflection.repository import ReflectionRepository
from app.vault.vault import Vault

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=ZoneInfo("America/New_York"))
TODAY = NOW.date()
EMOJI_RTL = "אני מרגישה לבד 🌊 — أشعر بالوحدة 🙏🏽"
TABLES = (
    "reflections",
    "reflection_answers",
    "reflection_values",
    "reflection_options",
    "relationship_checkins",
    "relationship_checkin_scores",
)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(vault: Vault, clock: Clock) -> ReflectionRepository:
    return ReflectionRepository(vault.connection, clock)


def snapshot(connection: Any) -> dict[str, list[Any]]:
    return {
        t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES
    }


def refused(vault: Vault, call: Any, kind: type[Exception] = InvalidReflection) -> str:
    before = snapshot(vault.connection)
    with pytest.raises(kind) as raised:
        call()
    message = str(raised.value)
    assert message and "\n" not in message and message.endswith(".")
    assert snapshot(vault.connection) == before
    return message


def draft(day: date = TODAY, **reasons: Answer) -> ReflectionDraft:
    return ReflectionDraft(
        day=day,
        reasons=reasons or {"privacy-worries": Answer(7, note="They hate being talked about.")},
        impacts={"isolation": Answer(8, note="Evenings.")},
    )


def test_a_reflection_round_trips_and_empty_answers_are_not_kept(
    repo: ReflectionRepository, clock: Clock
) -> None:
    made = repo.create(
        draft(
            **{
                "privacy-worries": Answer(7, note="x"),
                "fear-of-being-vulnerable": Answer(unsure=True),
                "something-else": Answer(),
            }
        )
    )
    assert made.day == TODAY and made.created == made.updated == NOW
    assert made.reasons == {
        "privacy-worries": Answer(7, False, "x"),
        "fear-of-being-vulnerable": Answer(None, True, ""),
    }
    assert made.impacts == {"isolation": Answer(8, False, "Evenings.")}
    clock.now += timedelta(hours=1)
    changed = repo.update(made.id, draft(**{"blame-or-resentment": Answer(3)}))
    assert changed.reasons == {"blame-or-resentment": Answer(3)}
    assert changed.updated == NOW + timedelta(hours=1) and changed.created == NOW
    assert repo.get(made.id) == changed


def test_reflections_list_newest_first_for_comparing(repo: ReflectionRepository) -> None:
    old = repo.create(draft(TODAY - timedelta(days=60)))
    new = repo.create(draft(TODAY))
    middle = repo.create(draft(TODAY - timedelta(days=30)))
    assert [s.id for s in repo.summaries()] == [new.id, middle.id, old.id]
    assert [r.id for r in repo.between(TODAY - timedelta(days=40), TODAY)] == [middle.id, new.id]
    repo.delete(middle.id)
    assert [s.id for s in repo.summaries()] == [new.id, old.id]
    with pytest.raises(NotFound):
        repo.get(middle.id)


def test_a_100_kb_note_is_kept_whole_and_one_more_character_refused(
    repo: ReflectionRepository, vault: Vault
) -> None:
    big = ("Ich höre dich. 🌿 " * 7000)[:100_000]
    made = repo.create(draft(**{"something-else": Answer(note=big)}))
    assert repo.get(made.id).reasons["something-else"].note == big
    message = refused(
        vault, lambda: repo.create(draft(**{"something-else": Answer(note=big + "x")}))
    )
    assert "100,000" in message


def test_emoji_and_right_to_left_text_everywhere(repo: ReflectionRepository) -> None:
    made = repo.create(draft(**{"privacy-worries": Answer(5, note=EMOJI_RTL)}))
    assert repo.get(made.id).reasons["privacy-worries"].note == EMOJI_RTL
    values = repo.save_values(ValuesDraft(what_i_value=EMOJI_RTL, cannot_live_with=EMOJI_RTL))
    assert values.what_i_value == values.cannot_live_with == EMOJI_RTL
    month = repo.save_checkin(CheckInDraft(TODAY, {"trust": 4}, EMOJI_RTL))
    assert month.note == EMOJI_RTL


@pytest.mark.parametrize("score", [-1, 11, 3.5, True, "7"])
def test_out_of_range_scores_are_refused_and_nothing_is_written(
    repo: ReflectionRepository, vault: Vault, score: Any
) -> None:
    message = refused(vault, lambda: repo.create(draft(**{"privacy-worries": Answer(score)})))
    assert message == "A score is a whole number from 0 to 10, or left empty."
    refused(vault, lambda: repo.save_checkin(CheckInDraft(TODAY, {"trust": score})))


def test_other_refusals_write_nothing(repo: ReflectionRepository, vault: Vault) -> None:
    refused(vault, lambda: repo.create(draft(**{"not-a-reason": Answer(3)})))
    refused(
        vault,
        lambda: repo.create(ReflectionDraft(TODAY, {}, {"isolation": Answer(unsure=True)})),
    )
    refused(vault, lambda: repo.create(draft(TODAY + timedelta(days=2))))
    refused(vault, lambda: repo.save_checkin(CheckInDraft(TODAY + timedelta(days=40), {})))
    refused(vault, lambda: repo.save_checkin(CheckInDraft(TODAY, {"nope": 3})))
    refused(
        vault,
        lambda: repo.save_values(ValuesDraft(options={"separating": OptionAnswer("maybe")})),  # type: ignore[arg-type]
    )
    refused(vault, lambda: repo.update(999, draft()), NotFound)


def test_one_checkin_per_month_a_second_save_edits_it(
    repo: ReflectionRepository, clock: Clock
) -> None:
    first = repo.save_checkin(CheckInDraft(date(2026, 3, 1), {"trust": 4, "feeling-safe": 2}, "a"))
    clock.now += timedelta(days=10)
    second = repo.save_checkin(CheckInDraft(date(2026, 3, 20), {"trust": 6}, "b"))
    assert second.month == date(2026, 3, 1)
    assert second.scores == {"trust": 6} and second.note == "b"
    assert second.created == first.created and second.updated > first.updated
    assert len(repo.checkins()) == 1
    repo.save_checkin(CheckInDraft(date(2026, 1, 5), {"trust": 3}))
    assert [c.month for c in repo.checkins()] == [date(2026, 1, 1), date(2026, 3, 1)]
    assert [c.month for c in repo.checkins(date(2026, 2, 1), date(2026, 3, 31))] == [
        date(2026, 3, 1)
    ]
    repo.delete_checkin(date(2026, 1, 1))
    assert repo.checkin(date(2026, 1, 9)) is None


def test_values_page_saves_over_itself(repo: ReflectionRepository) -> None:
    assert repo.values().updated is None
    repo.save_values(
        ValuesDraft(
            what_i_value="Honesty",
            options={
                "separating": OptionAnswer(Leaning.A_LITTLE, "Just thinking."),
                "ask-again-later": OptionAnswer(),
            },
        )
    )
    saved = repo.save_values(
        ValuesDraft(what_i_need="Rest", options={"ask-again-later": OptionAnswer(Leaning.STRONGLY)})
    )
    assert saved.what_i_value == "" and saved.what_i_need == "Rest"
    assert saved.options == {"ask-again-later": OptionAnswer(Leaning.STRONGLY, "")}
    assert saved.updated == NOW


def test_ops_say_what_changed(vault: Vault, clock: Clock) -> None:
    result = ops.create_reflection(vault.connection, draft(), clock=clock)
    assert result.changes.touches(ops.REFLECTIONS) and not result.changes.touches(ops.CHECKINS)
    saved = ops.save_checkin(vault.connection, CheckInDraft(TODAY, {"trust": 5}), clock=clock)
    assert saved.changes.touches(ops.CHECKINS)
    assert ops.save_values(vault.connection, ValuesDraft()).changes.touches(ops.VALUES)


def test_sql_checks_refuse_what_validation_would(vault: Vault) -> None:
    import sqlcipher3

    db = vault.connection
    db.execute("INSERT INTO reflections (day, created, updated) VALUES ('2026-03-04', 'x', 'x')")
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute(
            "INSERT INTO reflection_answers (reflection_id, kind, item, score) VALUES (1, 'reason', 'a', 11)"
        )
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute(
            "INSERT INTO relationship_checkins (month, created, updated) VALUES ('2026-3', 'x', 'x')"
        )
    db.rollback()

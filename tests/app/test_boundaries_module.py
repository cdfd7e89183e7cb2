"""The boundaries module: its operations and what they announce, the demo, what it
gives the timeline, the packet and the export, and its schema step."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from boundaries_helpers import NOW, Clock, boundary, count, moment, snapshot
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.boundaries import demo, ops, schema
from app.boundaries.errors import InvalidBoundary
from app.boundaries.model import Outcome
from app.boundaries.module import MODULE, export, packet, timeline
from app.boundaries.repository import BoundaryRepository
from app.platform.changes import Changes
from app.platform.contributions import DemoPlan, Paragraph, Table
from app.platform.registry import find
from app.vault import migrations
from app.vault.vault import Vault

PLAN = DemoPlan(today=date(2026, 12, 2), years=2)


def test_the_module_is_registered_with_its_step_and_topics() -> None:
    assert find("boundaries") is MODULE
    assert MODULE.schema == schema.STEPS and [s.version for s in schema.STEPS] == [7]
    assert schema.STEPS[0] in migrations.MIGRATIONS
    assert {t.name for t in MODULE.topics} == {"boundaries.boundaries", "boundaries.events"}


def test_operations_say_what_they_changed(vault: Vault) -> None:
    db, clock = vault.connection, Clock()
    made = ops.create_boundary(db, boundary(), clock=clock)
    assert made.changes == Changes.of(ops.BOUNDARIES)
    bid = made.value.id
    logged = ops.log_event(db, bid, moment(), clock=clock)
    assert logged.changes == Changes.of(ops.EVENTS)
    assert ops.update_event(db, logged.value.id, moment(feeling=2), clock=clock).value.feeling == 2
    assert ops.update_boundary(db, bid, boundary(need="n"), clock=clock).value.need == "n"
    assert ops.set_bring_to_therapy(db, bid, True, clock=clock).value.bring_to_therapy
    assert ops.archive_boundary(db, bid, clock=clock).value.archived
    assert not ops.unarchive_boundary(db, bid, clock=clock).value.archived
    assert ops.trash_boundary(db, bid, clock=clock).changes == Changes.of(
        ops.BOUNDARIES, ops.EVENTS
    )
    assert ops.restore_boundary(db, bid).value.deleted_at is None
    assert ops.delete_event(db, logged.value.id).changes == Changes.of(ops.EVENTS)
    assert ops.purge_expired(db, clock=clock) == ops.purge_expired(db, clock=clock)
    assert ops.purge_expired(db, clock=clock).changes.is_empty()
    ops.trash_boundary(db, bid, clock=clock)
    assert ops.purge_boundary(db, bid).changes.touches(ops.BOUNDARIES)
    assert count(db, "boundaries") == 0


def test_a_refused_operation_leaves_the_vault_and_its_transaction_clean(vault: Vault) -> None:
    db = vault.connection
    bid = ops.create_boundary(db, boundary(), clock=Clock()).value.id
    before = snapshot(db)
    with pytest.raises(InvalidBoundary):
        ops.log_event(db, bid, moment(outcome="maybe"), clock=Clock())
    assert snapshot(db) == before and not db.in_transaction


# ----- contributions ----------------------------------------------------------------


@pytest.fixture
def logged(vault: Vault) -> dict[str, int]:
    clock = Clock(NOW - timedelta(days=40))
    repo = BoundaryRepository(vault.connection, clock)
    home = repo.create(boundary(area="alcohol-or-drugs-at-home", bring_to_therapy=True)).id
    phone = repo.create(boundary(area="privacy-and-phone", statement="If X, I will Y.")).id
    gone = repo.create(boundary(statement="Trashed one.")).id
    quiet = repo.create(boundary(statement="Never tested.")).id
    clock.advance(days=40)
    for day, outcome in ((24, Outcome.HELD), (26, Outcome.BENT), (28, Outcome.HELD)):
        repo.log_event(home, moment(happened=date(2026, 2, day), outcome=outcome))
    repo.log_event(home, moment(happened=date(2026, 3, 2), at=time(21, 15)))
    repo.log_event(phone, moment(happened=date(2026, 2, 25), outcome=Outcome.NOT_HELD))
    repo.log_event(phone, moment(happened=date(2026, 1, 5)))  # before the period
    repo.log_event(gone, moment(happened=date(2026, 2, 25)))
    repo.archive(phone)
    repo.trash(gone)
    return {"home": home, "phone": phone, "gone": gone, "quiet": quiet}


def test_the_timeline_has_each_moment_of_boundaries_outside_the_trash(
    vault: Vault, logged: dict[str, int]
) -> None:
    items = list(timeline(vault.connection, date(2026, 2, 1), date(2026, 3, 4)))
    assert [(i.day, i.values["boundary"]) for i in items] == [
        (date(2026, 2, 24), logged["home"]),
        (date(2026, 2, 25), logged["phone"]),  # archived boundaries keep their history
        (date(2026, 2, 26), logged["home"]),
        (date(2026, 2, 28), logged["home"]),
        (date(2026, 3, 2), logged["home"]),
    ]
    last = items[-1]
    assert last.module == "boundaries" and last.kind == "boundary_event"
    assert last.flagged and last.title.startswith("If I'm asked")
    assert last.at is not None and (last.at.hour, last.at.minute) == (21, 15)
    assert items[0].at is None and items[1].values["outcome"] == "not_held"
    assert list(timeline(vault.connection, date(2020, 1, 1), date(2020, 12, 31))) == []


def test_the_packet_shows_each_boundary_with_how_often_it_held(
    vault: Vault, logged: dict[str, int]
) -> None:
    (section,) = packet(vault.connection, date(2026, 2, 1), date(2026, 3, 4))
    assert section.id == "boundaries.log" and section.title == "Boundaries"
    texts = [b.text for b in section.blocks if isinstance(b, Paragraph)]
    assert texts == [
        "Alcohol or drugs at home: If I'm asked to lend money, I will say I need a day to think.",
        "Tested 4 times in this period: held 3 (75%), bent 1, not held 0.",
        "Privacy and phone: If X, I will Y.",
        "Tested 1 time in this period: held 0 (0%), bent 0, not held 1.",
    ]
    tables = [b for b in section.blocks if isinstance(b, Table)]
    assert tables[0].header == ("Date", "What happened", "Outcome", "Feeling", "Next time")
    assert [row[0] for row in tables[0].rows] == [
        "2026-03-02 21:15",
        "2026-02-28",
        "2026-02-26",
        "2026-02-24",
    ]
    assert tables[0].rows[2][2] == "bent" and tables[1].rows[0][2] == "not held"
    # Flagged but untested: shown in a period it existed in, never before it was made.
    (later,) = packet(vault.connection, date(2026, 3, 3), date(2026, 3, 4))
    assert [b.text for b in later.blocks if isinstance(b, Paragraph)][1] == (
        "Not tested in this period."
    )
    assert packet(vault.connection, date(2025, 1, 1), date(2025, 1, 31)) == ()


def test_the_packet_shows_the_last_five_moments_only(vault: Vault) -> None:
    repo = BoundaryRepository(vault.connection, Clock())
    bid = repo.create(boundary()).id
    for day in range(1, 9):
        repo.log_event(bid, moment(happened=date(2026, 2, day)))
    (section,) = packet(vault.connection, date(2026, 2, 1), date(2026, 2, 28))
    (table,) = [b for b in section.blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == [f"2026-02-0{d}" for d in (8, 7, 6, 5, 4)]


def test_the_export_keeps_every_row_whole_trash_included(
    vault: Vault, logged: dict[str, int]
) -> None:
    records = list(export(vault.connection))
    boundaries = [r.data for r in records if r.kind == "boundaries"]
    events = [r.data for r in records if r.kind == "boundary_events"]
    assert len(boundaries) == 4 and len(events) == 7
    assert {r.module for r in records} == {"boundaries"}
    gone = next(b for b in boundaries if b["id"] == logged["gone"])
    assert gone["deleted_at"] is not None and gone["statement"] == "Trashed one."
    assert set(boundaries[0]) >= {"area", "statement", "need", "rehearsal", "source_run_id"}
    assert set(events[0]) >= {"happened", "outcome", "feeling", "what_happened", "next_time"}


# ----- demo -------------------------------------------------------------------------


def test_the_demo_fills_boundaries_with_a_mostly_held_log(vault: Vault) -> None:
    added = demo.fill(vault.connection, PLAN)
    db = vault.connection
    assert added == count(db, "boundaries") + count(db, "boundary_events")
    repo = BoundaryRepository(db)
    assert len(repo.active()) == 3 and len(repo.archived()) == 1
    outcomes = {
        o: count(db, "boundary_events", f"outcome = '{o}'") for o in ("held", "bent", "not_held")
    }
    total = sum(outcomes.values())
    assert 80 <= total <= 300, outcomes
    assert outcomes["held"] > total / 2 and outcomes["bent"] > outcomes["not_held"] > 0
    last = db.execute("SELECT max(happened) FROM boundary_events").fetchone()[0]
    assert date.fromisoformat(last[:10]) <= PLAN.today
    assert list(timeline(db, PLAN.today - timedelta(days=30), PLAN.today))
    assert demo.fill(db, PLAN) == 0  # a second demo never doubles a log


def test_the_demo_is_the_same_for_the_same_seed_and_day(tmp_path: Path) -> None:
    def content(name: str) -> list[tuple[object, ...]]:
        made, _code = Vault.create(tmp_path / name, PASSPHRASE, kdf=SMALL_KDF)
        try:
            demo.fill(made.connection, PLAN)
            return made.connection.execute(
                "SELECT boundary_id, happened, outcome, feeling, what_happened, next_time"
                " FROM boundary_events ORDER BY id"
            ).fetchall()
        finally:
            made.close()

    assert content("one") == content("two")


# ----- schema -----------------------------------------------------------------------


def test_a_vault_from_before_boundaries_gains_the_tables_and_keeps_its_data(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made at step 6 (the release before), opened with today's code: step 7 on run."""
    with monkeypatch.context() as before:
        before.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:6])
        made, _code = Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)
    db = made.connection
    assert migrations.current_version(db) == 6
    db.execute(
        "INSERT INTO checkins (day, mood, stress, craving, hungry, angry, lonely, tired,"
        " note, saved) VALUES ('2026-03-01', 5, 5, 5, 0, 0, 0, 0, 'kept', 'x')"
    )
    made.close()
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert migrations.current_version(opened.connection) == migrations.LATEST_VERSION
        repo = BoundaryRepository(opened.connection, Clock())
        bid = repo.create(boundary()).id
        assert repo.log_event(bid, moment()).boundary_id == bid
        assert count(opened.connection, "checkins") == 1
    finally:
        opened.close()


def test_the_tables_refuse_bad_rows_themselves(vault: Vault) -> None:
    db = vault.connection
    bid = BoundaryRepository(db, Clock()).create(boundary()).id
    bad_rows = (
        f"({bid}, '2026-3-1', 'held', NULL)",
        f"({bid}, '2026-03-01T9:00', 'held', NULL)",
        f"({bid}, '2026-03-01', 'maybe', NULL)",
        f"({bid}, '2026-03-01', 'held', 11)",
        "(999, '2026-03-01', 'held', NULL)",
    )
    for values in bad_rows:
        with pytest.raises(Exception, match="constraint"):
            db.execute(
                "INSERT INTO boundary_events (boundary_id, happened, outcome, feeling, created)"
                f" VALUES {values[:-1]}, 'x')"
            )
    with pytest.raises(Exception, match="constraint"):
        db.execute(
            "INSERT INTO boundaries (area, statement, created, updated)"
            " VALUES ('time', '', 'x', 'x')"
        )

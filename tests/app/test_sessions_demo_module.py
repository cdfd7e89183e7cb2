"""The demo history, and what the module gives the timeline, the packet and the export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sessions_helpers import SESSION_TABLES, Clock, at, count, draft, open_vault, snapshot
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.platform.contributions import DemoPlan, Paragraph, Table
from app.platform.registry import find
from app.sessions import demo, kinds, ops, schema
from app.sessions.bring_up import TopicRepository
from app.sessions.homework import HomeworkRepository
from app.sessions.model import DeclineReason, Partner, PartnerResponse, Status
from app.sessions.module import EXPORT_TABLES, MODULE, export, packet, timeline
from app.sessions.repository import SessionRepository
from app.vault.vault import Vault

PLAN = DemoPlan(today=date(2026, 12, 2), years=5)
# Columns that record when a row was written rather than what it holds.
WRITE_TIMES = {"created", "edited"}


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, int]]:
    """One vault with the five-year demo, shared by the read-only tests below."""
    vault, _code = Vault.create(
        tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE, kdf=SMALL_KDF
    )
    try:
        added = demo.fill(vault.connection, PLAN)
        yield vault, added
    finally:
        vault.close()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


def _content_rows(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every sessions table without write times and the per-vault calendar token."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in SESSION_TABLES:
        cursor = connection.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        keep = [i for i, name in enumerate(names) if name not in WRITE_TIMES]
        rows = [tuple(row[i] for i in keep) for row in cursor]
        if table == "session_settings":
            rows = [row for row in rows if row[0] != "calendar_token"]
        found[table] = sorted(rows, key=repr)
    return found


# ----- the demo --------------------------------------------------------------------------


def test_the_demo_fills_five_years_of_sessions_and_homework(demo_vault: tuple[Vault, int]) -> None:
    vault, added = demo_vault
    db = vault.connection
    assert 700 <= added <= 900
    assert count(db, "sessions") == added
    assert 1_500 <= count(db, "session_homework") <= 2_300
    assert count(db, "session_providers") == 4
    assert count(db, "session_schedules") == 1
    assert count(db, "session_topics", "done_at IS NULL") == 3
    assert count(db, "session_topics") >= 6
    assert count(db, "sessions", "deleted_at IS NULL") == added
    first, last = db.execute("SELECT min(start_day), max(start_day) FROM sessions").fetchone()
    assert date.fromisoformat(first) >= PLAN.today - timedelta(days=5 * 365)
    assert date.fromisoformat(first) <= PLAN.today - timedelta(days=5 * 365 - 14)
    assert date.fromisoformat(last) > PLAN.today + timedelta(weeks=10)
    # Roughly 150 a year, and every kind the demo uses is in the content.
    per_year = db.execute(
        "SELECT count(*) FROM sessions WHERE start_day BETWEEN '2025-01-01' AND '2025-12-31'"
    ).fetchone()[0]
    assert 110 <= per_year <= 200
    used = {row[0] for row in db.execute("SELECT DISTINCT kind_id FROM sessions")}
    assert used <= kinds.known_ids() and len(used) >= 5
    statuses = dict(db.execute("SELECT status, count(*) FROM sessions GROUP BY status").fetchall())
    assert statuses["attended"] > 0.75 * added
    assert statuses["missed"] > 0 and statuses["cancelled"] > 0
    assert count(db, "sessions", "partner != 'not_asked'") > 10
    assert count(db, "session_settings", "key = 'weekly_target_minutes' AND value = '540'") == 1


def test_the_demo_plans_sessions_after_today(demo_vault: tuple[Vault, int]) -> None:
    vault, _added = demo_vault
    db = vault.connection
    ahead = count(db, "sessions", f"start_day > '{PLAN.today}' AND status = 'planned'")
    assert ahead >= 20
    assert count(db, "sessions", f"start_day > '{PLAN.today}' AND status != 'planned'") == 0
    from_schedule = count(db, "sessions", f"start_day > '{PLAN.today}' AND schedule_id IS NOT NULL")
    assert from_schedule >= 2 * 11  # Tuesdays and Thursdays for twelve weeks
    assert (
        count(
            db,
            "session_homework h JOIN sessions s ON s.id = h.session_id",
            f"s.start_day > '{PLAN.today}'",
        )
        == 0
    )


def test_the_demo_is_deterministic_and_never_doubles(
    demo_vault: tuple[Vault, int], vault: Vault
) -> None:
    shared, added = demo_vault
    assert demo.fill(vault.connection, PLAN) == added
    assert _content_rows(vault.connection) == _content_rows(shared.connection)
    # A second demo adds nothing and changes nothing.
    before = snapshot(vault.connection)
    assert demo.fill(vault.connection, PLAN) == 0
    assert snapshot(vault.connection) == before


def test_another_seed_gives_another_history(demo_vault: tuple[Vault, int], vault: Vault) -> None:
    shared, _added = demo_vault
    demo.fill(vault.connection, DemoPlan(today=PLAN.today, years=1, seed=8))
    assert 100 <= count(vault.connection, "sessions") <= 220
    assert (
        _content_rows(vault.connection)["sessions"] != _content_rows(shared.connection)["sessions"]
    )


# ----- the module --------------------------------------------------------------------------


def test_the_module_declares_itself() -> None:
    assert MODULE.id == "sessions"
    assert MODULE.schema == schema.STEPS
    assert MODULE.topics == ops.ALL_TOPICS
    assert MODULE.demo is demo.fill
    assert (MODULE.timeline, MODULE.packet, MODULE.export) == (timeline, packet, export)
    assert find("sessions") is MODULE
    assert [table for table, _order in EXPORT_TABLES] == list(SESSION_TABLES)


def test_the_timeline_lists_sessions_and_ticked_off_homework_in_the_range(
    demo_vault: tuple[Vault, int],
) -> None:
    vault, _added = demo_vault
    db = vault.connection
    start, end = date(2026, 10, 1), date(2026, 11, 30)
    items = list(MODULE.timeline(db, start, end))
    sessions = [i for i in items if i.kind == "session"]
    homework = [i for i in items if i.kind == "homework"]
    assert len(sessions) == count(
        db, "sessions", f"deleted_at IS NULL AND start_day BETWEEN '{start}' AND '{end}'"
    )
    assert len(homework) == count(db, "session_homework", f"done_day BETWEEN '{start}' AND '{end}'")
    assert len(sessions) > 10 and len(homework) > 10
    assert all(start <= i.day <= end and i.module == "sessions" for i in items)
    assert all(i.at is not None and i.at.date() == i.day for i in items)
    assert all(i.title == "" for i in sessions)  # the window words a session
    assert {i.values["status"] for i in sessions} <= {s.value for s in Status}
    first = SessionRepository(db).get(int(sessions[0].ref))
    assert sessions[0].values == {
        "kind": first.kind_id,
        "status": first.status.value,
        "minutes": first.minutes,
        "partner": first.partner.response.value,
    }
    item = HomeworkRepository(db).get(int(homework[0].ref))
    assert homework[0].title == item.text and homework[0].values == {"session": item.session_id}


def test_the_timeline_leaves_out_the_trash(vault: Vault) -> None:
    clock = Clock()
    sessions = SessionRepository(vault.connection, clock)
    kept = sessions.create(draft(start=at(2)))
    gone = sessions.create(draft(start=at(3)))
    done = HomeworkRepository(vault.connection, clock)
    done.set_done(done.add(gone.id, "Hidden").id, True)
    sessions.delete(gone.id)
    items = list(timeline(vault.connection, date(2026, 3, 1), date(2026, 3, 31)))
    assert [(i.kind, i.ref) for i in items] == [("session", str(kept.id))]


def test_the_packet_for_a_period_with_sessions(vault: Vault) -> None:
    clock = Clock()
    db = vault.connection
    sessions = SessionRepository(db, clock)
    homework = HomeworkRepository(db, clock)
    attended = sessions.create(
        draft(start=at(2), status=Status.ATTENDED, minutes=90, takeaways="Slow down.")
    )
    sessions.create(draft(start=at(3), status=Status.MISSED, kind_id="iop-group"))
    sessions.create(
        draft(
            start=at(4, 9),
            status=Status.CANCELLED,
            partner=Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "Next month"),
        )
    )
    sessions.create(draft(start=at(9), partner=Partner(PartnerResponse.CAME)))  # planned
    homework.set_done(homework.add(attended.id, "Walk", date(2026, 3, 5)).id, True)
    homework.add(attended.id, "Read")
    TopicRepository(db, clock).add("Sleep")
    sections = packet(db, date(2026, 3, 1), date(2026, 3, 31))
    assert [s.id for s in sections] == [
        "sessions.summary",
        "sessions.list",
        "sessions.homework",
        "sessions.topics",
        "sessions.partner",
    ]
    summary, listing, work, topics, partner = sections
    assert summary.blocks == (
        Paragraph(
            "1 attended, 1 missed, 1 cancelled; 1.5 hours attended. Homework: 1 done, 1 still open."
        ),
    )
    assert listing.blocks == (
        Table(
            ("Date", "Kind", "Status", "Takeaways"),
            (
                ("2026-03-02", "Other", "attended", "Slow down."),
                ("2026-03-03", "IOP group", "missed", ""),
                ("2026-03-04", "Other", "cancelled", ""),
            ),
        ),
    )
    assert work.blocks == (
        Table(
            ("Given", "Homework", "Due", "Done"),
            (("2026-03-02", "Walk", "2026-03-05", "yes"), ("2026-03-02", "Read", "", "not yet")),
        ),
    )
    assert topics.blocks == (Paragraph("Sleep"),)
    assert partner.blocks == (
        Table(
            ("Date", "Answer", "Reason"),
            (
                ("2026-03-04", "Said not this time", "Next month"),
                ("2026-03-09", "Came along", ""),
            ),
        ),
    )


def test_the_packet_for_an_empty_period_is_empty(
    demo_vault: tuple[Vault, int], vault: Vault
) -> None:
    assert packet(vault.connection, date(2026, 3, 1), date(2026, 3, 31)) == ()
    shared, _added = demo_vault
    # Before the demo's history began (its open topics came later).
    assert packet(shared.connection, date(2015, 1, 1), date(2015, 12, 31)) == ()
    full = packet(shared.connection, date(2026, 1, 1), date(2026, 12, 31))
    assert [s.id for s in full] == [
        "sessions.summary",
        "sessions.list",
        "sessions.homework",
        "sessions.topics",
        "sessions.partner",
    ]
    assert len(full[3].blocks) == 3


def test_the_export_holds_every_row_of_every_table(demo_vault: tuple[Vault, int]) -> None:
    vault, _added = demo_vault
    db = vault.connection
    records = list(MODULE.export(db))
    assert {r.module for r in records} == {"sessions"}
    for table, _order in EXPORT_TABLES:
        mine = [r for r in records if r.kind == table]
        assert len(mine) == count(db, table), table
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        assert all(list(r.data) == columns for r in mine), table
    assert len(records) == sum(count(db, table) for table in SESSION_TABLES)
    assert len(records) > 2_500
    # Whole rows: the longest notes come out as they are stored.
    (longest,) = db.execute("SELECT max(length(bring_up)) FROM sessions").fetchone()
    assert max(len(str(r.data["bring_up"])) for r in records if r.kind == "sessions") == longest


def test_the_export_includes_the_trash(vault: Vault) -> None:
    clock = Clock()
    sessions = SessionRepository(vault.connection, clock)
    gone = sessions.create(draft(start=at(2), bring_up="In the trash"))
    sessions.delete(gone.id)
    (record,) = [r for r in export(vault.connection) if r.kind == "sessions"]
    assert record.data["bring_up"] == "In the trash"
    assert record.data["deleted_at"] == datetime.isoformat(clock.now)

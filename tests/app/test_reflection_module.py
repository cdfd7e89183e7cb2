"""The reflection module's declaration: schema step 9, demo data over the demo years,
and its timeline, packet and export contributions."""

from __future__ import annotations

from datetime import date

from app.platform.contributions import DemoPlan, Paragraph, Table
from app.platform.registry import find
from app.reflection import demo, module
from app.reflection.model import Answer, CheckInDraft, ReflectionDraft
from app.reflection.repository import ReflectionRepository
from app.vault import migrations
from app.vault.vault import Vault

TODAY = date(2026, 12, 2)


def test_the_module_is_registered_with_step_9() -> None:
    declared = find("reflection")
    assert declared is module.MODULE
    assert [s.version for s in declared.schema] == [9]
    assert all(s in migrations.MIGRATIONS for s in declared.schema)


def test_demo_fills_reflections_and_monthly_checkins_once(vault: Vault) -> None:
    plan = DemoPlan(today=TODAY, years=3, seed=7)
    added = demo.fill(vault.connection, plan)
    repo = ReflectionRepository(vault.connection)
    reflections, checkins = repo.summaries(), repo.checkins()
    assert len(reflections) == 4
    assert 25 <= len(checkins) <= 37 and added == 4 + len(checkins) + 1
    assert checkins[-1].month <= TODAY and checkins[0].month >= date(2023, 12, 1)
    assert repo.values().options
    assert demo.fill(vault.connection, plan) == 0  # never doubled


def test_timeline_packet_and_export(vault: Vault) -> None:
    repo = ReflectionRepository(
        vault.connection, lambda: __import__("datetime").datetime(2026, 11, 30, 12).astimezone()
    )
    first = repo.create(ReflectionDraft(date(2026, 10, 1), {"privacy-worries": Answer(3)}, {}))
    latest = repo.create(
        ReflectionDraft(date(2026, 11, 1), {"privacy-worries": Answer(6, note="later")}, {})
    )
    repo.save_checkin(CheckInDraft(date(2026, 11, 1), {"trust": 7, "feeling-safe": 8}))
    items = list(module.timeline(vault.connection, date(2026, 10, 15), date(2026, 11, 30)))
    assert [(i.kind, i.ref) for i in items] == [
        ("reflection", f"reflection:{latest.id}"),
        ("relationship_checkin", "checkin:2026-11"),
    ]
    (section,) = module.packet(vault.connection, date(2026, 10, 15), date(2026, 11, 30))
    tables = [b for b in section.blocks if isinstance(b, Table)]
    assert tables[0].header[1:3] == ("Before", "Latest")
    words = [b.text for b in section.blocks if isinstance(b, Paragraph)]
    assert "Latest: 2026-11-01; before: 2026-10-01." in words
    assert tables[0].rows[0][1:] == ("3 of 10", "6 of 10", "later")
    assert tables[-1].rows == (("2026-11", "7", "", "", "", "", "8"),)
    assert module.packet(vault.connection, date(2020, 1, 1), date(2020, 2, 1)) == ()
    kinds = [r.kind for r in module.export(vault.connection)]
    assert kinds.count("reflections") == 2 and kinds.count("relationship_checkin_scores") == 2
    assert first.id in [
        r.data["id"] for r in module.export(vault.connection) if r.kind == "reflections"
    ]

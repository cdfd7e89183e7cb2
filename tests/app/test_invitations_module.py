"""The planner as a module: its schema step, demo data over the years, the timeline,
packet and export, and the months the chart is drawn from."""

from __future__ import annotations

import json
from datetime import date

from invitations_helpers import TODAY, Clock, attempt, plan

from app.invitations import ops, stats
from app.invitations.model import Answer
from app.invitations.module import MODULE
from app.invitations.repository import InvitationRepository
from app.platform.contributions import DemoPlan, Paragraph, Table
from app.vault import migrations
from app.vault.vault import Vault


def test_the_step_is_version_8_right_after_boundaries() -> None:
    versions = [s.version for s in migrations.MIGRATIONS]
    assert [s.version for s in MODULE.schema] == [8]
    assert versions.index(8) == versions.index(7) + 1


def test_demo_fills_plans_and_attempts_over_the_years(vault: Vault) -> None:
    added = MODULE.demo(vault.connection, DemoPlan(today=TODAY, years=3))  # type: ignore[misc]
    repo = InvitationRepository(vault.connection)
    assert added == len(repo.plans()) + repo.count()
    assert len(repo.plans()) == 3 and 35 <= repo.count() <= 80
    answers = {a.answer for a in repo.attempts(500)}
    assert {Answer.NOT_NOW, Answer.NO, Answer.MAYBE} <= answers
    oldest = repo.attempts(500)[-1].happened
    assert (TODAY - oldest).days > 2 * 365
    # A second demo adds nothing.
    assert MODULE.demo(vault.connection, DemoPlan(today=TODAY, years=3)) == 0  # type: ignore[misc]


def test_timeline_packet_and_export(vault: Vault) -> None:
    clock = Clock()
    made = ops.create_plan(vault.connection, plan(), clock=clock).value
    for day, answer in ((date(2026, 2, 1), Answer.NO), (date(2026, 3, 2), Answer.MAYBE)):
        ops.log_attempt(
            vault.connection, attempt(happened=day, answer=answer, plan_id=made.id), clock=clock
        )
    ops.set_spacing_days(vault.connection, 20)
    assert MODULE.timeline is not None and MODULE.packet is not None and MODULE.export is not None
    items = list(MODULE.timeline(vault.connection, date(2026, 3, 1), date(2026, 3, 31)))
    assert [i.values["answer"] for i in items] == ["maybe"] and items[0].ref
    (section,) = MODULE.packet(vault.connection, date(2026, 1, 1), date(2026, 3, 31))
    assert section.id == "invitations.attempts"
    first, table = section.blocks
    assert isinstance(first, Paragraph) and "Asked 2 times" in first.text
    assert isinstance(table, Table) and table.rows[0][2] == "maybe"
    assert MODULE.packet(vault.connection, date(1990, 1, 1), date(1990, 2, 1)) == ()
    records = list(MODULE.export(vault.connection))
    kinds = [r.kind for r in records]
    assert kinds.count("invitation_attempts") == 2 and kinds.count("invitation_plans") == 1
    assert kinds.count("invitation_settings") == 1
    for record in records:
        json.dumps(record.data)


def test_months_and_their_words_agree(vault: Vault) -> None:
    clock = Clock()
    for day, answer in (
        (date(2026, 1, 10), Answer.NO),
        (date(2026, 1, 28), Answer.NOT_NOW),
        (date(2026, 3, 2), Answer.MAYBE),
        (date(2024, 3, 2), Answer.YES),  # outside the 12 months
    ):
        ops.log_attempt(vault.connection, attempt(happened=day, answer=answer), clock=clock)
    months = stats.months(vault.connection, TODAY)
    assert len(months) == 12 and months[0].start == date(2025, 4, 1)
    assert months[-1].start == date(2026, 3, 1) and months[-1].end == TODAY
    january = next(m for m in months if m.start == date(2026, 1, 1))
    assert (january.no, january.not_now, january.total) == (1, 1, 2)
    assert months[-1].group("open") == 1
    assert (
        stats.summary(months) == "3 attempts in 2 months of the last 12: maybe 1, not now 1, no 1."
    )
    assert stats.summary(stats.months(vault.connection, date(2020, 1, 1))) == (
        "No attempts noted in these 12 months."
    )

"""The module platform: the registry, schema steps in one order, topics, demo data,
contributions, and change descriptions (app/platform)."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.platform import demo
from app.platform.changes import NOTHING, Changes, OpResult, Topic
from app.platform.contributions import Chart, DemoPlan, PacketSection, Paragraph, Table
from app.platform.module import FeatureModule
from app.platform.registry import MODULE_PACKAGES, feature_modules, find
from app.platform.schema import SchemaStep
from app.safety.model import Answer, CheckDraft
from app.safety.ops import save_check
from app.vault import migrations
from app.vault.vault import Vault

TODAY = date(2026, 12, 2)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    yield opened
    opened.close()


# ----- the registry -----------------------------------------------------------------


def test_every_package_declares_one_module_with_its_package_name() -> None:
    modules = feature_modules()
    assert [m.id for m in modules] == [p.rpartition(".")[2] for p in MODULE_PACKAGES]
    assert [m.id for m in modules][:4] == ["journal", "checkins", "sessions", "exercises"]
    assert find("checkins").title == "Check-ins"
    with pytest.raises(KeyError):
        find("nothing")


def test_module_ids_and_topics_are_checked() -> None:
    with pytest.raises(ValueError, match="lowercase"):
        FeatureModule(id="Bad-Id", title="x")
    with pytest.raises(ValueError, match="must start with"):
        FeatureModule(id="one", title="x", topics=(Topic("two.things"),))
    with pytest.raises(ValueError, match=r"module\.kind"):
        Topic("nodot")


def test_topics_are_unique_across_modules() -> None:
    names = [t.name for m in feature_modules() for t in m.topics]
    assert len(names) == len(set(names))
    assert all(m.topics for m in feature_modules())


def test_app_modules_never_import_qt() -> None:
    for package in MODULE_PACKAGES:
        source = Path(importlib.import_module(f"{package}.module").__file__ or "")
        for path in source.parent.glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text and "from ui" not in text, path


# ----- schema steps -----------------------------------------------------------------


def test_migrations_list_every_module_step_in_order_and_contiguous() -> None:
    versions = [step.version for step in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    module_steps = [step for m in feature_modules() for step in m.schema]
    # Each module's steps appear in the migrations, in the module's own order.
    listed = list(migrations.MIGRATIONS)
    for step in module_steps:
        assert step in listed
    positions = [listed.index(step) for step in module_steps]
    assert positions == sorted(positions)
    assert versions[-1] == migrations.LATEST_VERSION
    assert all(isinstance(step, SchemaStep) and step.description for step in listed)


def test_a_new_vault_has_every_modules_tables(vault: Vault) -> None:
    tables = {
        name
        for (name,) in vault.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert {"entries", "checkins", "sessions", "session_homework", "session_topics"} <= tables
    (version,) = vault.connection.execute("PRAGMA user_version").fetchone()
    assert version == migrations.LATEST_VERSION


# ----- demo data and contributions --------------------------------------------------


def test_demo_fills_every_module_in_one_transaction(vault: Vault) -> None:
    added = demo.fill(vault.connection, DemoPlan(today=TODAY, entries=50, years=1))
    assert set(added) == {m.id for m in feature_modules() if m.demo is not None}
    assert added["journal"] == 50
    assert 250 <= added["checkins"] <= 365
    assert 120 <= added["sessions"] <= 220
    counts = {
        table: vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("entries", "checkins", "sessions")
    }
    assert counts["entries"] == 50 and counts["checkins"] == added["checkins"]


def test_a_refused_demo_leaves_the_vault_as_it_was(vault: Vault) -> None:
    demo.fill(vault.connection, DemoPlan(today=TODAY, entries=10, years=1))
    before = _row_counts(vault)
    # The journal refuses a second demo without force; nothing of any module is added.
    from app.platform.errors import UserError

    with pytest.raises(UserError) as raised:
        demo.fill(vault.connection, DemoPlan(today=TODAY, entries=10, years=1))
    assert "\n" not in str(raised.value)
    assert _row_counts(vault) == before


def _row_counts(vault: Vault) -> dict[str, int]:
    names = [
        name
        for (name,) in vault.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%fts%'"
        )
    ]
    return {
        name: vault.connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in names
    }


def test_contributions_cover_the_period_and_nothing_outside_it(vault: Vault) -> None:
    demo.fill(vault.connection, DemoPlan(today=TODAY, entries=200, years=1))
    # The demo never makes safety checks (app/safety/module.py says why): one saved here,
    # as the person would, so that module's contribution is exercised too.
    november = datetime(2026, 11, 12, 20, 30).astimezone()
    save_check(
        vault.connection,
        CheckDraft({"afraid-of-partner": Answer.NO}),
        clock=lambda: november,
    )
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    for module in feature_modules():
        assert module.timeline is not None and module.packet is not None
        items = list(module.timeline(vault.connection, start, end))
        assert items, module.id
        assert all(start <= item.day <= end and item.module == module.id for item in items)
        sections = module.packet(vault.connection, start, end)
        for section in sections:
            assert isinstance(section, PacketSection)
            assert section.id.startswith(module.id + ".")
            assert all(isinstance(b, Paragraph | Table | Chart) for b in section.blocks)
        # A period before anything was written contributes nothing.
        old = (date(1990, 1, 1), date(1990, 2, 1))
        assert list(module.timeline(vault.connection, *old)) == []
        assert module.packet(vault.connection, *old) == ()


def test_export_records_are_json_and_count_every_row(vault: Vault) -> None:
    demo.fill(vault.connection, DemoPlan(today=TODAY, entries=30, years=1))
    records = {m.id: list(m.export(vault.connection)) for m in feature_modules() if m.export}
    assert len(records["journal"]) == 30
    (checkins,) = vault.connection.execute("SELECT count(*) FROM checkins").fetchone()
    assert len(records["checkins"]) == checkins
    (sessions,) = vault.connection.execute("SELECT count(*) FROM sessions").fetchone()
    assert sum(1 for r in records["sessions"] if r.kind == "sessions") == sessions
    for module_records in records.values():
        for record in module_records:
            json.dumps(record.data)  # every value is plain JSON


def test_checkins_packet_summarises_the_period(vault: Vault) -> None:
    from app.checkins.model import CheckIn
    from app.checkins.repository import CheckInRepository

    repo = CheckInRepository(vault.connection)
    repo.save(CheckIn(date(2026, 11, 3), 4, 6, 2, False, False, True, False, 7.0, ""))
    repo.save(CheckIn(date(2026, 11, 4), 6, 2, 0, False, False, False, True, None, ""))
    (section,) = find("checkins").packet(vault.connection, date(2026, 11, 1), date(2026, 11, 30))
    summary, chart, table = section.blocks
    assert isinstance(chart, Chart)
    assert isinstance(summary, Paragraph) and "2 check-ins" in summary.text
    assert "mood 5.0" in summary.text and "stress 4.0" in summary.text
    assert isinstance(table, Table) and [row[0] for row in table.rows] == [
        "2026-11-03",
        "2026-11-04",
    ]


# ----- change descriptions ----------------------------------------------------------


def test_changes_touch_merge_and_carry_no_content() -> None:
    a, b, c = Topic("x.a"), Topic("x.b"), Topic("y.c")
    one = Changes.of(a, origin="editor")
    assert one.touches(a) and one.touches(b, a) and not one.touches(b)
    both = one.merged([Changes.of(b), NOTHING])
    assert both.topics == {a, b} and both.origin == "editor"
    assert NOTHING.is_empty() and not both.is_empty()
    assert both.from_origin("page").origin == "page"
    assert repr(Changes.of(c, a)) == "Changes(x.a, y.c)"
    # Equality ignores who asked.
    assert Changes.of(a, origin=1) == Changes.of(a, origin=2)
    result = OpResult(5, both)
    assert result.value == 5 and result.changes.touches(b)

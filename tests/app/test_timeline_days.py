"""Each module's newest day before a day (app/timeline/days.py), checked against what
the module's own timeline hook yields: never earlier than the truth, always before the
day asked about, and None only when there is nothing before it."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.boundaries import ops as boundary_ops
from app.journal.entries import EntryRepository
from app.platform import demo, timestamps
from app.platform.contributions import DemoPlan
from app.platform.registry import feature_modules
from app.safety.model import Answer, CheckDraft
from app.safety.ops import save_check
from app.timeline import days
from app.vault.vault import Vault

TODAY = date(2026, 12, 2)
# The journal reads by UTC moment: its answer may be two days late (see days._journal).
LATE_BY_TWO_DAYS_AT_MOST = {"journal"}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    root = tmp_path_factory.mktemp("timeline-days") / "vault"
    vault, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    connection = vault.connection
    demo.fill(connection, DemoPlan(today=TODAY, entries=150, years=2))
    save_check(
        connection,
        CheckDraft({"afraid-of-partner": Answer.NO}),
        clock=lambda: datetime(2025, 3, 4, 21, 0).astimezone(),
    )
    entries = EntryRepository(connection)
    # Entries far from UTC (a local day either side of the UTC date), and one in the trash.
    entries.create(
        title="east", created=datetime(2020, 1, 2, 0, 30, tzinfo=timezone(timedelta(hours=14)))
    )
    entries.create(
        title="west", created=datetime(2019, 6, 30, 23, 30, tzinfo=timezone(timedelta(hours=-12)))
    )
    gone = entries.create(title="gone", created=datetime(2018, 1, 1, 12, tzinfo=UTC))
    entries.delete(gone.id)
    # A boundary in the trash keeps its moments in the table; the hook leaves them out.
    (trashed,) = connection.execute(
        "SELECT boundary_id FROM boundary_events GROUP BY boundary_id ORDER BY count(*) LIMIT 1"
    ).fetchone()
    boundary_ops.trash_boundary(connection, trashed)
    yield vault
    vault.close()


def test_every_module_with_a_timeline_has_a_day_query() -> None:
    for module in feature_modules():
        if module.timeline is not None:
            assert days.knows(module.id), module.id


@pytest.mark.parametrize("module", [m for m in feature_modules() if m.timeline], ids=lambda m: m.id)
def test_newest_day_before_agrees_with_the_hook(filled: Vault, module: object) -> None:
    from app.platform.module import FeatureModule

    assert isinstance(module, FeatureModule) and module.timeline is not None
    connection = filled.connection
    item_days = sorted(
        {i.day for i in module.timeline(connection, timestamps.EARLIEST, timestamps.LATEST)}
    )
    assert item_days, module.id  # every module has something in this vault
    newest_before = days.newest_before(module.id, module.timeline)
    probes = {timestamps.EARLIEST, timestamps.LATEST + timedelta(days=1), date(2000, 1, 1)}
    for day in item_days:
        probes |= {day - timedelta(days=1), day, day + timedelta(days=1), day + timedelta(days=2)}
    exact = 0
    for probe in sorted(probes):
        position = bisect.bisect_left(item_days, probe)
        truth = item_days[position - 1] if position else None
        got = newest_before(connection, probe)
        if got is not None:
            assert got < probe, (module.id, probe, got)
        if truth is None:
            continue
        assert got is not None and got >= truth, (module.id, probe, truth, got)
        if module.id in LATE_BY_TWO_DAYS_AT_MOST:
            assert got - truth <= timedelta(days=2), (module.id, probe, truth, got)
        exact += got == truth
    # Late answers are the exception (the trash, a day's margin), not the rule.
    assert exact >= len(item_days) // 2, module.id


def test_a_late_answer_only_costs_an_empty_window(filled: Vault) -> None:
    """The trashed boundary's moments are still in its table: the day query may name
    their days, but the timeline shows none of them."""
    from app.timeline import TimelineFilter, read_page
    from app.timeline.kinds import BOUNDARY_MOMENT

    connection = filled.connection
    hook = next(m.timeline for m in feature_modules() if m.id == "boundaries")
    assert hook is not None
    shown = {i.ref for i in hook(connection, timestamps.EARLIEST, timestamps.LATEST)}
    (stored,) = connection.execute("SELECT count(*) FROM boundary_events").fetchone()
    assert len(shown) < stored  # the trashed boundary had moments
    page = read_page(connection, TimelineFilter(kinds=frozenset({BOUNDARY_MOMENT})), size=1000)
    assert {i.ref for i in page.items} == shown
